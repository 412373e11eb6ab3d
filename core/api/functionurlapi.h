#pragma once

#include "apierror.h"
#include "functionref.h"
#include "httpmessage.h"
#include "model/functionurl.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// The function URL operations of the Lambda API (2021-10-31), as pure functions:
//   POST   /2021-10-31/functions/{FunctionName}/url[?Qualifier=Q]   CreateFunctionUrlConfig -> 201
//   GET    same                                                      GetFunctionUrlConfig    -> 200
//   PUT    same                                                      UpdateFunctionUrlConfig -> 200
//   DELETE same                                                      DeleteFunctionUrlConfig -> 204
//   GET    /2021-10-31/functions/{FunctionName}/urls?Marker=&MaxItems=  ListFunctionUrlConfigs
// FunctionName: a name or an ARN (api/functionref.h). LambdaApiServer hands such requests here
// before the 2015-03-31 parser.
namespace lambdesk::api::functionurls {

enum class Kind { Create, Get, Update, Delete, List };

struct Request
{
    Kind kind = Kind::Get;
    FunctionRef function; // its qualifier: the Qualifier query parameter (or the name's)
    // Create: the whole configuration (AuthType required); Update: what the body names.
    std::optional<FunctionUrlAuthType> authType;
    std::optional<std::optional<FunctionUrlCors>> cors; // Update: {} / null Cors removes it
    std::optional<FunctionUrlInvokeMode> invokeMode;
    QString startAt;   // List: the decoded Marker (the first qualifier of the page; "$LATEST" for the unqualified)
    int maxItems = 50; // List: 1..50
};

// Whether the path is /2021-10-31/functions/{name}/url or .../urls.
bool isRequest(const HttpRequest &request);
ApiResult<Request> parse(const HttpRequest &request);
QString operationName(Kind kind);

// The configuration as Create/Get/Update answer it (functionurl::toJson), with the
// FunctionArn qualified by the alias when it has one.
QJsonObject configJson(const FunctionUrlConfig &config, const QString &region, quint16 port);
// One page of ListFunctionUrlConfigs: {"FunctionUrlConfigs":[...], "NextMarker"} (NextMarker only
// when more follow). `all`: the function's URLs, the unqualified one first.
QJsonObject listJson(const QList<FunctionUrlConfig> &all, const Request &request, const QString &region,
                     quint16 port);

} // namespace lambdesk::api::functionurls
