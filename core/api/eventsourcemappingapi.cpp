#include "eventsourcemappingapi.h"

#include "functionref.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lambdesk::api::mappings {

namespace {

const QString kCollection = QStringLiteral("/2015-03-31/event-source-mappings");

QString decodedPath(const HttpRequest &request)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(request.path));
}

// The part after the collection: empty for the collection itself, else the UUID.
QString itemOf(const QString &path)
{
    QString rest = path.mid(kCollection.size());
    while (rest.startsWith(u'/'))
        rest.remove(0, 1);
    while (rest.endsWith(u'/'))
        rest.chop(1);
    return rest;
}

ApiError invalid(const QString &message)
{
    return ApiError::invalidParameter(message);
}

std::optional<ApiError> readInt(const QJsonObject &o, const QString &field, std::optional<int> *out)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(-1e18);
    if (!v.isDouble() || d != double(qint64(d)) || d < -2147483648.0 || d > 2147483647.0)
        return invalid(QStringLiteral("%1 must be a whole number").arg(field));
    *out = int(d);
    return std::nullopt;
}

ApiResult<MappingChange> readChange(const QByteArray &body, bool creating)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.isEmpty() ? QByteArrayLiteral("{}") : body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::invalidContent(QStringLiteral("Could not parse request body into json: %1 at offset %2")
                                            .arg(error.errorString())
                                            .arg(error.offset));
    if (!doc.isObject())
        return ApiError::invalidContent(
            QStringLiteral("Could not parse request body into json: the body must be a JSON object"));
    const QJsonObject o = doc.object();
    MappingChange c;
    const auto text = [&](const QString &field, std::optional<QString> *out) -> std::optional<ApiError> {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            return invalid(QStringLiteral("%1 must be a string").arg(field));
        *out = v.toString();
        return std::nullopt;
    };
    if (auto e = text(QStringLiteral("FunctionName"), &c.function))
        return *e;
    if (auto e = text(QStringLiteral("EventSourceArn"), &c.eventSourceArn))
        return *e;
    if (auto e = readInt(o, QStringLiteral("BatchSize"), &c.batchSize))
        return *e;
    if (auto e = readInt(o, QStringLiteral("MaximumBatchingWindowInSeconds"), &c.batchingWindowS))
        return *e;
    if (const QJsonValue v = o.value(u"Enabled"); !v.isUndefined() && !v.isNull()) {
        if (!v.isBool())
            return invalid(QStringLiteral("Enabled must be true or false"));
        c.enabled = v.toBool();
    }
    if (const QJsonValue v = o.value(u"ScalingConfig"); !v.isUndefined() && !v.isNull()) {
        if (!v.isObject())
            return invalid(QStringLiteral("ScalingConfig must be an object {\"MaximumConcurrency\": N}"));
        std::optional<int> max;
        if (auto e = readInt(v.toObject(), QStringLiteral("MaximumConcurrency"), &max))
            return invalid(QStringLiteral("ScalingConfig.MaximumConcurrency must be a whole number"));
        c.maximumConcurrency = max.value_or(0); // {}: back to the default
    }
    if (const QJsonValue v = o.value(u"FunctionResponseTypes"); !v.isUndefined() && !v.isNull()) {
        if (!v.isArray())
            return invalid(QStringLiteral("FunctionResponseTypes must be a list of strings"));
        QStringList types;
        for (const QJsonValue &t : v.toArray()) {
            if (!t.isString())
                return invalid(QStringLiteral("FunctionResponseTypes must be a list of strings"));
            types << t.toString();
        }
        c.functionResponseTypes = types;
    }
    if (o.contains(u"StartingPosition"))
        return invalid(QStringLiteral("Unsupported starting position for arn type: sqs (StartingPosition is for "
                                      "streams)"));
    // Settings of streams, Kafka, MQ and filters: refused by name rather than silently dropped.
    for (const char *field : {"StartingPositionTimestamp", "ParallelizationFactor", "DestinationConfig",
                              "MaximumRecordAgeInSeconds", "BisectBatchOnFunctionError", "MaximumRetryAttempts",
                              "TumblingWindowInSeconds", "Topics", "Queues", "SourceAccessConfigurations",
                              "SelfManagedEventSource", "FilterCriteria", "DocumentDBEventSourceConfig"}) {
        if (o.contains(QLatin1String(field)))
            return invalid(QStringLiteral("%1 is not supported for a local SQS queue").arg(QLatin1String(field)));
    }
    if (!creating && c.eventSourceArn)
        return invalid(QStringLiteral("EventSourceArn cannot be changed by UpdateEventSourceMapping"));
    return c;
}

} // namespace

bool isMappingRequest(const HttpRequest &request)
{
    const QString path = decodedPath(request);
    return path == kCollection || path.startsWith(kCollection + u'/');
}

ApiResult<Call> parse(const HttpRequest &request)
{
    const QString item = itemOf(decodedPath(request));
    const QByteArray &method = request.method;
    if (item.isEmpty()) {
        if (method == "POST") {
            auto c = readChange(request.body, true);
            if (!c)
                return c.error();
            return Call(Create{c.value()});
        }
        if (method == "GET") {
            const auto q = queryItems(request.query);
            List l;
            if (const QString f = queryValue(q, u"FunctionName"); !f.isEmpty()) {
                auto ref = parseFunctionRef(f);
                if (!ref)
                    return ref.error();
                l.function = ref->name;
            }
            l.eventSourceArn = queryValue(q, u"EventSourceArn");
            l.marker = queryValue(q, u"Marker");
            if (const QString m = queryValue(q, u"MaxItems"); !m.isEmpty()) {
                bool ok = false;
                l.maxItems = m.toInt(&ok);
                if (!ok || l.maxItems < 1 || l.maxItems > 10000)
                    return invalid(QStringLiteral("MaxItems '%1' must be a whole number from 1 to 10000").arg(m));
            }
            return Call(l);
        }
    } else if (!item.contains(u'/')) {
        if (method == "GET")
            return Call(Get{item});
        if (method == "DELETE")
            return Call(Delete{item});
        if (method == "PUT") {
            auto c = readChange(request.body, false);
            if (!c)
                return c.error();
            return Call(Update{item, c.value()});
        }
    }
    return ApiError::make(404, "UnknownOperationException",
                          QStringLiteral("Unknown operation: %1 %2. Event source mappings take POST and GET on "
                                         "/2015-03-31/event-source-mappings/, and GET, PUT and DELETE on "
                                         "/2015-03-31/event-source-mappings/{UUID}.")
                              .arg(QString::fromLatin1(method), decodedPath(request)));
}

QString operationName(const Call &call)
{
    switch (call.index()) {
    case 0: return QStringLiteral("CreateEventSourceMapping");
    case 1: return QStringLiteral("ListEventSourceMappings");
    case 2: return QStringLiteral("GetEventSourceMapping");
    case 3: return QStringLiteral("UpdateEventSourceMapping");
    default: return QStringLiteral("DeleteEventSourceMapping");
    }
}

QString stateOf(const EventSourceMapping &m)
{
    return m.enabled ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
}

QJsonObject describe(const EventSourceMapping &m, const QString &state, const QString &region, const QString &queueArn)
{
    QString functionArn = QStringLiteral("arn:aws:lambda:%1:000000000000:function:%2").arg(region, m.function);
    if (!m.qualifier.isEmpty())
        functionArn += u':' + m.qualifier;
    QJsonObject o{
        {QStringLiteral("UUID"), m.uuid},
        {QStringLiteral("BatchSize"), m.batchSize},
        {QStringLiteral("MaximumBatchingWindowInSeconds"), m.batchingWindowS},
        {QStringLiteral("EventSourceArn"), queueArn},
        {QStringLiteral("FunctionArn"), functionArn},
        {QStringLiteral("LastModified"), double(m.lastModifiedMs) / 1000.0},
        {QStringLiteral("State"), state},
        {QStringLiteral("StateTransitionReason"), QStringLiteral("USER_INITIATED")},
        {QStringLiteral("FunctionResponseTypes"),
         m.reportBatchItemFailures ? QJsonArray{QStringLiteral("ReportBatchItemFailures")} : QJsonArray{}},
        {QStringLiteral("EventSourceMappingArn"),
         QStringLiteral("arn:aws:lambda:%1:000000000000:event-source-mapping:%2").arg(region, m.uuid)},
    };
    if (m.maximumConcurrency > 0)
        o.insert(QStringLiteral("ScalingConfig"), QJsonObject{{QStringLiteral("MaximumConcurrency"), m.maximumConcurrency}});
    return o;
}

} // namespace lambdesk::api::mappings
