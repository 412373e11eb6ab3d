#pragma once

#include "apierror.h"
#include "functionref.h"
#include "httpmessage.h"

#include <QJsonObject>
#include <QList>

// The resource-based policy operations of the Lambda API (2015-03-31), as pure functions:
//   POST   /2015-03-31/functions/{name}/policy[?Qualifier=]                 AddPermission -> 201 {"Statement"}
//   DELETE /2015-03-31/functions/{name}/policy/{StatementId}[?Qualifier=]   RemovePermission -> 204
//   GET    /2015-03-31/functions/{name}/policy[?Qualifier=]                 GetPolicy -> {"Policy", "RevisionId"}
// Kept and answered as AWS does, not enforced (Lambdesk is one local account): so that
// `aws lambda add-permission --action lambda:InvokeFunctionUrl --principal '*'
// --function-url-auth-type NONE`, as AWS documents for a public function URL, succeeds.
namespace lambdesk::api::policy {

enum class Kind { Add, Remove, Get };

struct Request
{
    Kind kind = Kind::Get;
    FunctionRef function;
    QString statementId;
    QJsonObject body; // Add: AWS's fields (Action, Principal, SourceArn, ...), checked
};

bool isRequest(const HttpRequest &request);
ApiResult<Request> parse(const HttpRequest &request);
QString operationName(Kind kind);

// The IAM statement AWS writes for an AddPermission body, on the resource `functionArn`.
QJsonObject statement(const Request &request, const QString &functionArn);
// GetPolicy's answer: {"Policy": "<the policy document as a string>", "RevisionId"}.
QJsonObject policyJson(const QList<QJsonObject> &statements);

} // namespace lambdesk::api::policy
