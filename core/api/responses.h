#pragma once

#include "apierror.h"
#include "httpmessage.h"
#include "model/functionalias.h"
#include "model/functionversion.h"
#include "operations.h"

#include <QJsonObject>

// What the Lambda API answers, rendered from Lambdesk's values with AWS's field names, status
// codes and headers. Pure: the tests compare these replies without a socket.
namespace lambdesk::api::responses {

inline const QString kAccountId = QStringLiteral("000000000000");

QString functionArn(const QString &region, const QString &name, const QString &qualifier = {});
// Changes whenever the configuration or the code does (AWS's RevisionId precondition).
QString revisionId(const FunctionConfig &config);

// FunctionConfiguration: what CreateFunction, the updates and GetFunctionConfiguration return.
// A qualifier makes the FunctionArn qualified, as AWS does when one was asked for.
QJsonObject functionConfiguration(const FunctionConfig &config, const QString &region, const QString &qualifier = {});
// A published version's FunctionConfiguration: Version "N", the ARN qualified with N, or with
// `qualifier` when it was asked for by another name (an alias).
QJsonObject versionConfiguration(const FunctionVersion &version, const QString &region, const QString &qualifier = {});
// AliasConfiguration: AliasArn, Name, FunctionVersion, Description, RevisionId, and RoutingConfig
// when the alias has a second version (AWS leaves it out otherwise).
QJsonObject aliasConfiguration(const QString &function, const FunctionAlias &alias, const QString &region);
// One page of ListVersionsByFunction: $LATEST (its ARN qualified with $LATEST) then the versions.
QJsonObject listVersions(const FunctionConfig &latest, const QList<FunctionVersion> &oldestFirst, const Page &page,
                         const QString &region);
// One page of ListAliases from the function's aliases sorted by name.
QJsonObject listAliases(const QString &function, const QList<FunctionAlias> &sortedByName, const ListAliases &request,
                        const QString &region);
// GetFunction: {Configuration, Code: {RepositoryType, Location}}.
QJsonObject getFunction(const FunctionConfig &config, const QString &region, const QString &qualifier,
                        const QString &codeLocation);
QJsonObject getFunction(const QJsonObject &configuration, const QString &codeLocation);

// GetFunctionConcurrency / PutFunctionConcurrency: {"ReservedConcurrentExecutions": N}, or {} when none is set.
QJsonObject functionConcurrency(std::optional<int> reserved);
// GetAccountSettings: AccountLimit (code size limits, ConcurrentExecutions, UnreservedConcurrentExecutions)
// and AccountUsage (TotalCodeSize, FunctionCount).
QJsonObject accountSettings(int concurrentExecutions, int unreservedConcurrentExecutions, qint64 totalCodeSize,
                            int functionCount);

// One page of ListFunctions from every function sorted by name.
QJsonObject listFunctions(const QList<FunctionConfig> &sortedByName, const ListFunctions &request,
                          const QString &region);

HttpReply json(int status, const QJsonObject &body);
HttpReply noContent(); // 204: DeleteFunction
// {"Type": "User"|"Service", "message", "Message"} with x-amzn-ErrorType, as botocore and the SDKs parse it.
HttpReply error(const ApiError &error);
// Invoke, RequestResponse: 200 even for a function error (X-Amz-Function-Error says so).
HttpReply invocation(const InvocationResult &result, bool tailLog);
HttpReply eventAccepted(bool legacyAsync); // 202
HttpReply dryRun();                        // 204
HttpReply zip(const QByteArray &archive, const QString &name);

// x-amzn-RequestId, which every Lambda reply carries.
void setRequestId(HttpReply &reply, const QString &requestId);

} // namespace lambdesk::api::responses
