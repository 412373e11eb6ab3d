#include "logsapi.h"

#include "responses.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace lambdesk::api::logsapi {

namespace {
const QByteArray kTargetPrefix = QByteArrayLiteral("Logs_20140328.");
const QByteArray kJson11 = QByteArrayLiteral("application/x-amz-json-1.1");

ApiError invalid(QString message)
{
    return ApiError::make(400, "InvalidParameterException", std::move(message));
}

// Reads the body's members with the rules AWS states for them; the first broken one is kept.
class Params
{
public:
    explicit Params(QJsonObject o) : m_o(std::move(o)) {}

    QString string(const char *name, bool required = false)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QStringLiteral("1 validation error detected: Value null at '%1' failed to satisfy constraint: "
                                    "Member must not be null")
                         .arg(QLatin1StringView(name)));
            return {};
        }
        if (!v.isString())
            fail(QStringLiteral("%1 must be a string").arg(QLatin1StringView(name)));
        return v.toString();
    }
    qint64 integer(const char *name, qint64 fallback, qint64 min, qint64 max)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(name));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1.5);
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
            fail(
                QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy constraint: Member "
                               "must be a whole number from %3 to %4")
                    .arg(
                        QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
                        QLatin1StringView(name))
                    .arg(min)
                    .arg(max));
            return fallback;
        }
        return qint64(d);
    }
    bool boolean(const char *name, bool fallback)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(name));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(QStringLiteral("%1 must be true or false").arg(QLatin1StringView(name)));
        return v.toBool();
    }
    QStringList strings(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(name));
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(QStringLiteral("%1 must be a list of strings").arg(QLatin1StringView(name)));
            return out;
        }
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString())
                fail(QStringLiteral("%1 must be a list of strings").arg(QLatin1StringView(name)));
            out.append(e.toString());
        }
        return out;
    }
    // logGroupName (or, where AWS takes it, logGroupIdentifier: a name or an ARN).
    QString group(bool identifierToo)
    {
        QString group = string("logGroupName");
        if (group.isEmpty() && identifierToo) {
            group = string("logGroupIdentifier");
            // arn:aws:logs:REGION:ACCOUNT:log-group:NAME[:*]
            const qsizetype at = group.indexOf(QStringLiteral(":log-group:"));
            if (group.startsWith(QStringLiteral("arn:")) && at > 0) {
                group = group.mid(at + 11);
                if (group.endsWith(QStringLiteral(":*")))
                    group.chop(2);
            }
        }
        if (group.isEmpty())
            string("logGroupName", true);
        return group;
    }
    // Our nextToken: "n/<index>" for lists.
    qsizetype pageStart()
    {
        const QString token = string("nextToken");
        if (token.isEmpty())
            return 0;
        bool ok = false;
        const qsizetype n = token.startsWith(QStringLiteral("n/")) ? token.mid(2).toLongLong(&ok) : 0;
        if (!ok || n < 0)
            fail(QStringLiteral("The specified nextToken is invalid."));
        return n;
    }

    void fail(QString message)
    {
        if (!m_error)
            m_error = invalid(std::move(message));
    }
    std::optional<ApiError> error() const { return m_error; }

private:
    QJsonObject m_o;
    std::optional<ApiError> m_error;
};

QString groupArn(const QString &region, const QString &group)
{
    return QStringLiteral("arn:aws:logs:%1:%2:log-group:%3").arg(region, responses::kAccountId, group);
}

QJsonObject event(const LogRecord &r, bool withStream)
{
    QJsonObject e{{QStringLiteral("timestamp"), r.line.timeMs},
                  {QStringLiteral("message"), r.line.text},
                  {QStringLiteral("ingestionTime"), r.line.timeMs}};
    if (withStream) {
        e.insert(QStringLiteral("logStreamName"), r.logStream);
        e.insert(QStringLiteral("eventId"), QString::number(r.id));
    }
    return e;
}
} // namespace

bool isLogsRequest(const HttpRequest &request)
{
    return request.method == "POST" && request.header("X-Amz-Target").startsWith(kTargetPrefix);
}

ApiError groupNotFound()
{
    return ApiError::make(400, "ResourceNotFoundException", QStringLiteral("The specified log group does not exist."));
}

QString operationName(const Call &call)
{
    static const char *names[] = {"DescribeLogGroups", "DescribeLogStreams", "GetLogEvents", "FilterLogEvents"};
    return QString::fromLatin1(names[call.index()]);
}

QString groupOf(const Call &call)
{
    return std::visit(
        [](const auto &c) -> QString {
            if constexpr (requires { c.group; })
                return c.group;
            else
                return {};
        },
        call);
}

QMap<QString, QStringList> logGroups(const QList<FunctionConfig> &functions)
{
    QMap<QString, QStringList> groups;
    for (const FunctionConfig &f : functions)
        groups[f.logging.effectiveLogGroup(f.name)].append(f.name);
    for (QStringList &names : groups)
        names.sort();
    return groups;
}

bool resolveGroup(Call &call, const QMap<QString, QStringList> &groups)
{
    return std::visit(
        [&](auto &c) {
            if constexpr (requires { c.group; }) {
                const QStringList functions = groups.value(c.group);
                if constexpr (requires { c.query.functions; })
                    c.query.functions = functions;
                else
                    c.functions = functions;
                return !functions.isEmpty();
            } else {
                return true;
            }
        },
        call);
}

ApiResult<Call> parse(const HttpRequest &request)
{
    const QByteArray op = request.header("X-Amz-Target").mid(kTargetPrefix.size());
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body.isEmpty() ? QByteArrayLiteral("{}") : request.body,
                                                      &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject())
        return ApiError::make(400, "SerializationException",
                              QStringLiteral("The request body is not a JSON object: %1").arg(jsonError.errorString()));
    Params p(doc.object());
    Call call;
    if (op == "DescribeLogGroups") {
        DescribeLogGroups c;
        c.prefix = p.string("logGroupNamePrefix");
        c.limit = int(p.integer("limit", 50, 1, 50));
        c.start = p.pageStart();
        call = c;
    } else if (op == "DescribeLogStreams") {
        DescribeLogStreams c;
        c.group = p.group(true);
        c.prefix = p.string("logStreamNamePrefix");
        const QString order = p.string("orderBy");
        if (!order.isEmpty() && order != u"LogStreamName" && order != u"LastEventTime")
            p.fail(QStringLiteral("orderBy must be LogStreamName or LastEventTime; got '%1'").arg(order));
        c.byLastEventTime = order == u"LastEventTime";
        if (c.byLastEventTime && !c.prefix.isEmpty())
            p.fail(QStringLiteral("Cannot order by LastEventTime with a logStreamNamePrefix."));
        c.descending = p.boolean("descending", false);
        c.limit = int(p.integer("limit", 50, 1, 50));
        c.start = p.pageStart();
        call = c;
    } else if (op == "GetLogEvents") {
        GetLogEvents c;
        c.group = p.group(true);
        c.stream = p.string("logStreamName", true);
        c.startMs = p.integer("startTime", -1, 0, std::numeric_limits<qint64>::max());
        c.endMs = p.integer("endTime", -1, 0, std::numeric_limits<qint64>::max());
        c.limit = int(p.integer("limit", 10000, 1, 10000));
        c.startFromHead = p.boolean("startFromHead", false);
        c.token = p.string("nextToken");
        if (!c.token.isEmpty()) {
            bool ok = false;
            c.token.mid(2).toLongLong(&ok);
            if (!ok || !(c.token.startsWith(QStringLiteral("f/")) || c.token.startsWith(QStringLiteral("b/"))))
                p.fail(QStringLiteral("The specified nextToken is invalid."));
        }
        call = c;
    } else if (op == "FilterLogEvents") {
        FilterLogEvents c;
        c.group = p.group(true);
        c.query.streams = p.strings("logStreamNames");
        c.query.streamPrefix = p.string("logStreamNamePrefix");
        if (!c.query.streams.isEmpty() && !c.query.streamPrefix.isEmpty())
            p.fail(QStringLiteral("logStreamNames and logStreamNamePrefix are mutually exclusive; give one of them"));
        c.query.startMs = p.integer("startTime", -1, 0, std::numeric_limits<qint64>::max());
        const qint64 end = p.integer("endTime", -1, 0, std::numeric_limits<qint64>::max() - 1);
        c.query.endMs = end < 0 ? -1 : end + 1; // AWS: events later than endTime are left out
        c.query.limit = int(p.integer("limit", 10000, 1, 10000));
        const QString token = p.string("nextToken");
        if (!token.isEmpty()) {
            bool ok = false;
            c.query.afterId = token.startsWith(QStringLiteral("f/")) ? token.mid(2).toLongLong(&ok) : 0;
            if (!ok || c.query.afterId <= 0)
                p.fail(QStringLiteral("The specified nextToken is invalid."));
        }
        auto pattern = logs::FilterPattern::parse(p.string("filterPattern"));
        if (pattern)
            c.query.pattern = pattern.value();
        else
            p.fail(pattern.error().message);
        p.boolean("interleaved", true); // deprecated; AWS always interleaves now
        call = c;
    } else {
        return ApiError::make(400, "UnknownOperationException",
                              QStringLiteral("Lambdesk's CloudWatch Logs API has no operation '%1'; it serves "
                                             "DescribeLogGroups, DescribeLogStreams, GetLogEvents and FilterLogEvents")
                                  .arg(QString::fromLatin1(op)));
    }
    if (auto e = p.error())
        return *e;
    return call;
}

HttpReply errorReply(const ApiError &e)
{
    HttpReply r;
    r.status = e.status;
    r.addHeader(QByteArrayLiteral("Content-Type"), kJson11);
    r.addHeader(QByteArrayLiteral("x-amzn-ErrorType"), e.type);
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("__type"), QString::fromLatin1(e.type)},
                                       {QStringLiteral("message"), e.message}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

HttpReply reply(const QJsonObject &body)
{
    HttpReply r;
    r.status = 200;
    r.addHeader(QByteArrayLiteral("Content-Type"), kJson11);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject describeLogGroups(const DescribeLogGroups &call, const QMap<QString, QStringList> &groups,
                              const QList<logs::GroupInfo> &firstLines, const QString &region)
{
    QHash<QString, qint64> firstLine;
    for (const logs::GroupInfo &g : firstLines)
        firstLine.insert(g.function, g.firstEventMs);
    QStringList matching; // QMap: in ASCII order of the name, as AWS sorts them
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        if (it.key().startsWith(call.prefix))
            matching.append(it.key());
    QJsonArray list;
    for (qsizetype i = call.start; i < matching.size() && list.size() < call.limit; ++i) {
        const QString &name = matching.at(i);
        QJsonObject o{{QStringLiteral("logGroupName"), name},
                      {QStringLiteral("arn"), QString(groupArn(region, name) + QStringLiteral(":*"))},
                      {QStringLiteral("logGroupArn"), groupArn(region, name)},
                      {QStringLiteral("metricFilterCount"), 0},
                      {QStringLiteral("logGroupClass"), QStringLiteral("STANDARD")}};
        qint64 created = -1; // the earliest first line of its functions
        for (const QString &f : groups.value(name))
            if (const qint64 t = firstLine.value(f, -1); t >= 0 && (created < 0 || t < created))
                created = t;
        if (created >= 0)
            o.insert(QStringLiteral("creationTime"), created);
        list.append(o);
    }
    QJsonObject out{{QStringLiteral("logGroups"), list}};
    if (call.start + list.size() < matching.size())
        out.insert(QStringLiteral("nextToken"), QStringLiteral("n/%1").arg(call.start + list.size()));
    return out;
}

QJsonObject describeLogStreams(const DescribeLogStreams &call, QList<logs::StreamInfo> streams, const QString &region)
{
    streams.removeIf([&](const logs::StreamInfo &s) { return !s.name.startsWith(call.prefix); });
    if (call.byLastEventTime)
        std::stable_sort(streams.begin(), streams.end(),
                         [](const auto &a, const auto &b) { return a.lastEventMs < b.lastEventMs; });
    if (call.descending)
        std::reverse(streams.begin(), streams.end());
    QJsonArray list;
    for (qsizetype i = call.start; i < streams.size() && list.size() < call.limit; ++i) {
        const logs::StreamInfo &s = streams.at(i);
        list.append(QJsonObject{
            {QStringLiteral("logStreamName"), s.name},
            {QStringLiteral("creationTime"), s.firstEventMs},
            {QStringLiteral("firstEventTimestamp"), s.firstEventMs},
            {QStringLiteral("lastEventTimestamp"), s.lastEventMs},
            {QStringLiteral("lastIngestionTime"), s.lastEventMs},
            {QStringLiteral("uploadSequenceToken"), QString::number(s.lastId)},
            {QStringLiteral("arn"), QString(groupArn(region, call.group) + QStringLiteral(":log-stream:") + s.name)},
        });
    }
    QJsonObject out{{QStringLiteral("logStreams"), list}};
    if (call.start + list.size() < streams.size())
        out.insert(QStringLiteral("nextToken"), QStringLiteral("n/%1").arg(call.start + list.size()));
    return out;
}

QJsonObject filterLogEvents(const FilterLogEvents &, const logs::EventPage &page, const QStringList &streams)
{
    QJsonArray events;
    for (const LogRecord &r : page.events)
        events.append(event(r, true));
    QJsonArray searched;
    for (const QString &s : streams)
        searched.append(
            QJsonObject{{QStringLiteral("logStreamName"), s}, {QStringLiteral("searchedCompletely"), true}});
    QJsonObject out{{QStringLiteral("events"), events}, {QStringLiteral("searchedLogStreams"), searched}};
    if (!page.complete)
        out.insert(QStringLiteral("nextToken"), QStringLiteral("f/%1").arg(page.lastScannedId));
    return out;
}

logs::EventQuery eventQuery(const GetLogEvents &call)
{
    logs::EventQuery q;
    q.functions = call.functions;
    q.streams = {call.stream};
    q.startMs = call.startMs;
    q.endMs = call.endMs;
    q.limit = call.limit;
    const qint64 id = call.token.isEmpty() ? 0 : call.token.mid(2).toLongLong();
    const bool forward = call.token.isEmpty() ? call.startFromHead : call.token.startsWith(u'f');
    q.newestFirst = !forward;
    if (forward)
        q.afterId = id;
    else
        q.beforeId = id;
    return q;
}

QJsonObject getLogEvents(const GetLogEvents &call, const logs::EventPage &page)
{
    // A backward read comes newest first: the page is sent oldest first, as AWS does.
    QList<LogRecord> events = page.events;
    const logs::EventQuery q = eventQuery(call);
    if (q.newestFirst)
        std::reverse(events.begin(), events.end());
    QJsonArray list;
    for (const LogRecord &r : events)
        list.append(event(r, false));
    // At either end the token given comes back (the AWS CLI stops when it sees it twice).
    const QString given = call.token;
    QString forward, backward;
    if (events.isEmpty()) {
        forward = given.startsWith(u'f') ? given : QStringLiteral("f/%1").arg(q.newestFirst ? q.beforeId : q.afterId);
        backward = given.startsWith(u'b') ? given : QStringLiteral("b/%1").arg(q.newestFirst ? q.beforeId : q.afterId);
    } else {
        forward = QStringLiteral("f/%1").arg(events.constLast().id);
        backward = QStringLiteral("b/%1").arg(events.constFirst().id);
    }
    return {{QStringLiteral("events"), list},
            {QStringLiteral("nextForwardToken"), forward},
            {QStringLiteral("nextBackwardToken"), backward}};
}

} // namespace lambdesk::api::logsapi
