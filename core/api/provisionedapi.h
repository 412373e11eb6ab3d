#pragma once

#include "apierror.h"
#include "functionref.h"
#include "httpmessage.h"
#include "model/provisionedconcurrency.h"

#include <QJsonObject>
#include <QList>

// The provisioned concurrency operations of the Lambda API (2019-09-30), as pure functions:
//   PUT    /2019-09-30/functions/{name}/provisioned-concurrency?Qualifier=Q  {"ProvisionedConcurrentExecutions":N}
//   GET    same route (GetProvisionedConcurrencyConfig), ?List=ALL (ListProvisionedConcurrencyConfigs)
//   DELETE same route (DeleteProvisionedConcurrencyConfig)
// LambdaApiServer hands such requests here before the 2015-03-31 parser.
namespace lambdesk::api::provisioned {

enum class Kind { Put, Get, Delete, List };

struct Request
{
    Kind kind = Kind::Get;
    FunctionRef function; // the qualifier: the Qualifier query parameter (or the name's)
    int count = 0;        // Put: ProvisionedConcurrentExecutions
};

// Whether the path is /2019-09-30/functions/{name}/provisioned-concurrency.
bool isRequest(const HttpRequest &request);
ApiResult<Request> parse(const HttpRequest &request);
QString operationName(Kind kind);

// AWS's shape of one configuration; with the qualified FunctionArn (what List puts in each).
QJsonObject configJson(const ProvisionedConcurrency &config, const QString &functionArn = {});
QJsonObject listJson(const QList<ProvisionedConcurrency> &configs, const QString &region, const QString &function);
// What AWS answers when the qualifier has none: 404 ProvisionedConcurrencyConfigNotFoundException.
ApiError notFound(const QString &message);

} // namespace lambdesk::api::provisioned
