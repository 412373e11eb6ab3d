#pragma once

#include "apierror.h"
#include "httpmessage.h"
#include "triggers/eventsourcemappings.h"

#include <QJsonObject>
#include <QString>

#include <variant>

// Lambda's event source mapping operations (2015-03-31/event-source-mappings) for local queues:
// pure parsing of requests and rendering of answers, in AWS's shapes; LambdaApiServer runs them
// against the Backend (lambdaapiservermappings.cpp).
namespace lambdesk::api::mappings {

struct Create
{
    MappingChange change;
};
struct List
{
    QString function;       // name (from a name or an ARN); empty: all
    QString eventSourceArn; // empty: all
    QString marker;         // the UUID to start at
    int maxItems = 100;
};
struct Get
{
    QString uuid;
};
struct Update
{
    QString uuid;
    MappingChange change;
};
struct Delete
{
    QString uuid;
};
using Call = std::variant<Create, List, Get, Update, Delete>;

bool isMappingRequest(const HttpRequest &request);
ApiResult<Call> parse(const HttpRequest &request);
QString operationName(const Call &call);

// How a mapping is described; `state` as the answer of the call that changed it (Creating,
// Enabling, Disabling, Updating, Deleting) or as it stands (Enabled, Disabled).
QJsonObject describe(const EventSourceMapping &m, const QString &state, const QString &region,
                     const QString &queueArn);
QString stateOf(const EventSourceMapping &m);

} // namespace lambdesk::api::mappings
