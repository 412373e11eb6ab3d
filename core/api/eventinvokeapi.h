#pragma once

#include "functionref.h"
#include "httpmessage.h"
#include "model/eventinvokeconfig.h"

#include <QJsonObject>

// The asynchronous invocation configuration routes of the Lambda API (2019-09-25):
//   PUT    /2019-09-25/functions/{name}/event-invoke-config[?Qualifier=Q]   Put (replaces)
//   POST   /2019-09-25/functions/{name}/event-invoke-config[?Qualifier=Q]   Update (merges)
//   GET    /2019-09-25/functions/{name}/event-invoke-config[?Qualifier=Q]   Get
//   DELETE /2019-09-25/functions/{name}/event-invoke-config[?Qualifier=Q]   Delete (204)
//   GET    /2019-09-25/functions/{name}/event-invoke-config/list            List
// Pure: parsing and rendering are tested without sockets; LambdaApiServer runs them.
namespace lambdesk::api::eventinvoke {

enum class Kind { Put, Update, Get, Delete, List };

struct Request
{
    Kind kind = Kind::Get;
    FunctionRef function; // the qualifier of the name joined with ?Qualifier=
    EventInvokeConfigPatch patch; // Put, Update
    QString startAt;              // List: the decoded Marker (a qualifier)
    int maxItems = 50;            // List
};

// Whether the request is for one of these routes (its path begins with /2019-09-25/functions/).
bool isRequest(const HttpRequest &request);
ApiResult<Request> parse(const HttpRequest &request);
// "PutFunctionEventInvokeConfig", ...
QString operationName(Kind kind);

// FunctionEventInvokeConfig: LastModified (epoch seconds), FunctionArn (qualified),
// MaximumRetryAttempts and MaximumEventAgeInSeconds when set, DestinationConfig.
QJsonObject render(const EventInvokeConfig &config, const QString &function, const QString &region);
// {"FunctionEventInvokeConfigs": [...], "NextMarker"?} from the configurations in list order.
QJsonObject renderList(const QList<EventInvokeConfig> &configs, const Request &request, const QString &function,
                       const QString &region);

} // namespace lambdesk::api::eventinvoke
