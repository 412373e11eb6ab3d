#include "eventinvokeapi.h"

#include "requestbody.h"
#include "requestparser.h"
#include "responses.h"

#include <QJsonArray>

namespace lambdesk::api::eventinvoke {

namespace {

const QString kVersion = QStringLiteral("2019-09-25");

} // namespace

bool isRequest(const HttpRequest &request)
{
    return request.path.startsWith("/2019-09-25/functions/");
}

QString operationName(Kind kind)
{
    switch (kind) {
    case Kind::Put: return QStringLiteral("PutFunctionEventInvokeConfig");
    case Kind::Update: return QStringLiteral("UpdateFunctionEventInvokeConfig");
    case Kind::Get: return QStringLiteral("GetFunctionEventInvokeConfig");
    case Kind::Delete: return QStringLiteral("DeleteFunctionEventInvokeConfig");
    case Kind::List: return QStringLiteral("ListFunctionEventInvokeConfigs");
    }
    return {};
}

ApiResult<Request> parse(const HttpRequest &http)
{
    const QStringList s = pathSegments(http.path);
    const auto query = queryItems(http.query);
    const bool config = s.size() == 4 && s[3] == u"event-invoke-config";
    const bool list = s.size() == 5 && s[3] == u"event-invoke-config" && s[4] == u"list";
    const QByteArray &method = http.method;
    Request r;
    if (list && method == "GET")
        r.kind = Kind::List;
    else if (config && method == "PUT")
        r.kind = Kind::Put;
    else if (config && method == "POST")
        r.kind = Kind::Update;
    else if (config && method == "GET")
        r.kind = Kind::Get;
    else if (config && method == "DELETE")
        r.kind = Kind::Delete;
    else
        return ApiError::make(404, "UnknownOperationException",
                              QStringLiteral("Unknown operation: %1 %2. The 2019-09-25 routes Lambdesk serves are "
                                             "PUT, POST, GET and DELETE .../functions/{name}/event-invoke-config and "
                                             "GET .../functions/{name}/event-invoke-config/list")
                                  .arg(QString::fromLatin1(method), QString::fromUtf8(http.path)));
    auto ref = parseFunctionRef(s[2], r.kind == Kind::List ? QualifierRule::Forbidden : QualifierRule::Allowed);
    if (!ref)
        return ref.error();
    if (r.kind != Kind::List) {
        ref = withQualifier(ref.value(), queryValue(query, u"Qualifier"));
        if (!ref)
            return ref.error();
    }
    r.function = ref.value();
    if (r.kind == Kind::Put || r.kind == Kind::Update) {
        auto patch = requestbody::eventInvokeConfig(http.body);
        if (!patch)
            return patch.error();
        r.patch = patch.value();
    }
    if (r.kind == Kind::List) {
        if (const QString marker = queryValue(query, u"Marker"); !marker.isEmpty()) {
            auto start = decodeMarker(marker);
            if (!start)
                return start.error();
            r.startAt = start.value();
        }
        if (const QString max = queryValue(query, u"MaxItems"); !max.isEmpty()) {
            bool ok = false;
            r.maxItems = max.toInt(&ok);
            if (!ok || r.maxItems < 1 || r.maxItems > 50)
                return ApiError::invalidParameter(
                    QStringLiteral("MaxItems must be a whole number from 1 to 50; got '%1'").arg(max));
        }
    }
    return r;
}

QJsonObject render(const EventInvokeConfig &c, const QString &function, const QString &region)
{
    QJsonObject onSuccess, onFailure;
    if (!c.onSuccess.isEmpty())
        onSuccess.insert(QStringLiteral("Destination"), c.onSuccess);
    if (!c.onFailure.isEmpty())
        onFailure.insert(QStringLiteral("Destination"), c.onFailure);
    QJsonObject o{
        {QStringLiteral("LastModified"), double(c.lastModifiedMs) / 1000.0},
        {QStringLiteral("FunctionArn"), responses::functionArn(region, function, c.qualifier)},
        {QStringLiteral("DestinationConfig"),
         QJsonObject{{QStringLiteral("OnSuccess"), onSuccess}, {QStringLiteral("OnFailure"), onFailure}}},
    };
    if (c.maximumRetryAttempts)
        o.insert(QStringLiteral("MaximumRetryAttempts"), *c.maximumRetryAttempts);
    if (c.maximumEventAgeInSeconds)
        o.insert(QStringLiteral("MaximumEventAgeInSeconds"), *c.maximumEventAgeInSeconds);
    return o;
}

QJsonObject renderList(const QList<EventInvokeConfig> &configs, const Request &request, const QString &function,
                       const QString &region)
{
    QJsonArray out;
    QString next;
    bool started = request.startAt.isEmpty();
    for (const EventInvokeConfig &c : configs) {
        if (!started && c.qualifier != request.startAt)
            continue;
        started = true;
        if (out.size() == request.maxItems) {
            next = c.qualifier;
            break;
        }
        out.append(render(c, function, region));
    }
    QJsonObject o{{QStringLiteral("FunctionEventInvokeConfigs"), out}};
    if (!next.isEmpty())
        o.insert(QStringLiteral("NextMarker"), encodeMarker(next));
    return o;
}

} // namespace lambdesk::api::eventinvoke
