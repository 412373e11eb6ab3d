// The CloudWatch Logs API's pure parts (api/logsapi.h) and the reads behind them
// (logs/logquery.h) over a real LogStore: operations and their rules, AWS's error shapes,
// streams, time ranges, filter patterns and the paging tokens.
#include "api/logsapi.h"
#include "logs/logquery.h"
#include "store/logstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace lambdesk;
using namespace lambdesk::api;

namespace {

const QString kStreamA = QStringLiteral("2026/12/01/[$LATEST]aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
const QString kStreamB = QStringLiteral("2026/12/01/[1]bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
const QString kStreamC = QStringLiteral("2026/12/01/[$LATEST]cccccccccccccccccccccccccccccccc");
const QString kStreamD = QStringLiteral("2026/12/01/[$LATEST]dddddddddddddddddddddddddddddddd");
const QString kShared = QStringLiteral("/app/shared");

FunctionConfig function(const QString &name, const QString &logGroup = {})
{
    FunctionConfig f;
    f.name = name;
    f.logging.logGroup = logGroup;
    return f;
}

// The groups of the functions in the store: fn and other log to their default group; svc-a and
// svc-b share kShared (sharedLogGroup).
QMap<QString, QStringList> groups()
{
    return logsapi::logGroups({function(QStringLiteral("fn")), function(QStringLiteral("other")),
                               function(QStringLiteral("svc-a"), kShared), function(QStringLiteral("svc-b"), kShared)});
}

// A parsed call given its group's functions, as the server does.
template<typename T>
T resolved(const HttpRequest &request)
{
    auto call = logsapi::parse(request);
    if (!call) {
        qWarning("parse: %s", qPrintable(call.error().message));
        return {};
    }
    if (!logsapi::resolveGroup(call.value(), groups()))
        qWarning("group not found");
    return std::get<T>(call.value());
}

LogRecord line(const QString &function, const QString &stream, qint64 time, const QString &text)
{
    return LogRecord{0, function, stream.contains(u"[1]") ? QStringLiteral("1") : QStringLiteral("$LATEST"), stream,
                     LogLine{time, QStringLiteral("req"), text, false}};
}

HttpRequest request(const char *operation, const QJsonObject &body)
{
    HttpRequest r;
    r.method = "POST";
    r.path = "/";
    r.headers = {{"X-Amz-Target", QByteArray("Logs_20140328.") + operation},
                 {"Content-Type", "application/x-amz-json-1.1"}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

QStringList texts(const QList<LogRecord> &records)
{
    QStringList out;
    for (const LogRecord &r : records)
        out.append(r.line.text);
    return out;
}

} // namespace

class TestLogsApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void recognisesTheTarget();
    void parseErrors_data();
    void parseErrors();
    void errorShape();
    void filterByPatternTimeAndStream();
    void filterPagesWithTokens();
    void getLogEventsBothWays();
    void streamsAndGroups();
    void sharedLogGroup();

private:
    logs::EventPage filter(const QJsonObject &body);

    QTemporaryDir m_dir;
    std::unique_ptr<LogStore> m_store;
};

void TestLogsApi::initTestCase()
{
    m_store = std::make_unique<LogStore>(m_dir.filePath(QStringLiteral("logs.db")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    QList<LogRecord> lines;
    // fn: 10 lines in stream A at 1000..1009, 5 in stream B at 1005..1009 (interleaved in time);
    // other: one line that must never show in fn's group.
    for (int i = 0; i < 10; ++i)
        lines.append(
            line(QStringLiteral("fn"), kStreamA, 1000 + i,
                 i % 3 == 0 ? QStringLiteral("[ERROR] failure %1").arg(i) : QStringLiteral("[INFO] ok %1").arg(i)));
    for (int i = 0; i < 5; ++i)
        lines.append(line(QStringLiteral("fn"), kStreamB, 1005 + i,
                          QStringLiteral(R"({"level": "%1", "latency": %2})")
                              .arg(i == 2 ? QStringLiteral("ERROR") : QStringLiteral("INFO"))
                              .arg(i * 60)));
    lines.append(line(QStringLiteral("other"), kStreamA, 1003, QStringLiteral("[ERROR] elsewhere")));
    lines.append(line(QStringLiteral("fn"), QString(), 1004, QStringLiteral("a note with no stream")));
    m_store->append(lines, {});
}

void TestLogsApi::cleanupTestCase()
{
    m_store.reset();
}

logs::EventPage TestLogsApi::filter(const QJsonObject &body)
{
    const auto f = resolved<logsapi::FilterLogEvents>(request("FilterLogEvents", body));
    if (f.query.functions.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
    return logs::queryEvents(db, f.query);
}

void TestLogsApi::recognisesTheTarget()
{
    QVERIFY(logsapi::isLogsRequest(request("FilterLogEvents", {})));
    HttpRequest lambda = request("FilterLogEvents", {});
    lambda.headers = {};
    QVERIFY(!logsapi::isLogsRequest(lambda));
    const auto unknown = logsapi::parse(request("PutLogEvents", {}));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().type, QByteArray("UnknownOperationException"));
    QVERIFY(unknown.error().message.contains(u"PutLogEvents"));
}

void TestLogsApi::parseErrors_data()
{
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("message");
    const QJsonObject group{{QStringLiteral("logGroupName"), QStringLiteral("/aws/lambda/fn")}};
    auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = group;
        o.insert(QLatin1StringView(key), v);
        return o;
    };
    QTest::newRow("no group") << QByteArray("FilterLogEvents") << QJsonObject()
                              << QByteArray("InvalidParameterException")
                              << QStringLiteral("Value null at 'logGroupName'");
    QTest::newRow("limit 0") << QByteArray("FilterLogEvents") << with("limit", 0)
                             << QByteArray("InvalidParameterException") << QStringLiteral("at 'limit'");
    QTest::newRow("limit past 10000") << QByteArray("GetLogEvents")
                                      << QJsonObject{{QStringLiteral("logGroupName"), QStringLiteral("/aws/lambda/fn")},
                                                     {QStringLiteral("logStreamName"), kStreamA},
                                                     {QStringLiteral("limit"), 10001}}
                                      << QByteArray("InvalidParameterException") << QStringLiteral("from 1 to 10000");
    QTest::newRow("no stream") << QByteArray("GetLogEvents") << group << QByteArray("InvalidParameterException")
                               << QStringLiteral("'logStreamName'");
    QTest::newRow("bad pattern") << QByteArray("FilterLogEvents") << with("filterPattern", QStringLiteral("{ $.a = "))
                                 << QByteArray("InvalidParameterException") << QStringLiteral("Invalid filter pattern");
    QTest::newRow("bad token") << QByteArray("FilterLogEvents") << with("nextToken", QStringLiteral("zzz"))
                               << QByteArray("InvalidParameterException")
                               << QStringLiteral("The specified nextToken is invalid.");
    QTest::newRow("names and prefix") << QByteArray("FilterLogEvents")
                                      << QJsonObject{{QStringLiteral("logGroupName"), QStringLiteral("/aws/lambda/fn")},
                                                     {QStringLiteral("logStreamNames"), QJsonArray{kStreamA}},
                                                     {QStringLiteral("logStreamNamePrefix"), QStringLiteral("2026")}}
                                      << QByteArray("InvalidParameterException")
                                      << QStringLiteral("mutually exclusive");
    QTest::newRow("order by time with prefix")
        << QByteArray("DescribeLogStreams")
        << QJsonObject{{QStringLiteral("logGroupName"), QStringLiteral("/aws/lambda/fn")},
                       {QStringLiteral("orderBy"), QStringLiteral("LastEventTime")},
                       {QStringLiteral("logStreamNamePrefix"), QStringLiteral("2026")}}
        << QByteArray("InvalidParameterException")
        << QStringLiteral("Cannot order by LastEventTime with a logStreamNamePrefix.");
    QTest::newRow("startTime as text") << QByteArray("FilterLogEvents")
                                       << with("startTime", QStringLiteral("yesterday"))
                                       << QByteArray("InvalidParameterException") << QStringLiteral("'startTime'");
}

void TestLogsApi::parseErrors()
{
    QFETCH(QByteArray, operation);
    QFETCH(QJsonObject, body);
    QFETCH(QByteArray, type);
    QFETCH(QString, message);
    const auto call = logsapi::parse(request(operation.constData(), body));
    QVERIFY(!call);
    QCOMPARE(call.error().type, type);
    QCOMPARE(call.error().status, 400);
    QVERIFY2(call.error().message.contains(message), qPrintable(call.error().message));
}

void TestLogsApi::errorShape()
{
    const HttpReply r = logsapi::errorReply(logsapi::groupNotFound());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/x-amz-json-1.1"));
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("ResourceNotFoundException"));
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(u"__type").toString(), QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(body.value(u"message").toString(), QStringLiteral("The specified log group does not exist."));
}

void TestLogsApi::filterByPatternTimeAndStream()
{
    const QJsonObject group{{QStringLiteral("logGroupName"), QStringLiteral("/aws/lambda/fn")}};
    logs::EventPage all = filter(group);
    QCOMPARE(all.events.size(), 15); // not the other function's, not the line without a stream
    QVERIFY(all.complete);
    for (qsizetype i = 1; i < all.events.size(); ++i) // interleaved by time
        QVERIFY(all.events.at(i - 1).line.timeMs <= all.events.at(i).line.timeMs);

    QJsonObject q = group;
    q.insert(QStringLiteral("filterPattern"), QStringLiteral("ERROR"));
    QCOMPARE(texts(filter(q).events),
             QStringList({QStringLiteral("[ERROR] failure 0"), QStringLiteral("[ERROR] failure 3"),
                          QStringLiteral("[ERROR] failure 6"), QStringLiteral(R"({"level": "ERROR", "latency": 120})"),
                          QStringLiteral("[ERROR] failure 9")}));
    q.insert(QStringLiteral("filterPattern"), QStringLiteral(R"({ $.level = "ERROR" })"));
    QCOMPARE(texts(filter(q).events), QStringList{QStringLiteral(R"({"level": "ERROR", "latency": 120})")});
    q.insert(QStringLiteral("filterPattern"), QStringLiteral(R"({ $.latency > 100 })"));
    QCOMPARE(filter(q).events.size(), 3); // 120, 180, 240
    q.insert(QStringLiteral("filterPattern"), QStringLiteral("?failure ?\"ok 1\" -3"));
    QCOMPARE(texts(filter(q).events),
             QStringList({QStringLiteral("[ERROR] failure 0"), QStringLiteral("[INFO] ok 1"),
                          QStringLiteral("[ERROR] failure 6"), QStringLiteral("[ERROR] failure 9")}));

    // startTime and endTime are both inclusive.
    QJsonObject t = group;
    t.insert(QStringLiteral("startTime"), 1002);
    t.insert(QStringLiteral("endTime"), 1005);
    QCOMPARE(
        texts(filter(t).events),
        QStringList({QStringLiteral("[INFO] ok 2"), QStringLiteral("[ERROR] failure 3"), QStringLiteral("[INFO] ok 4"),
                     QStringLiteral("[INFO] ok 5"), QStringLiteral(R"({"level": "INFO", "latency": 0})")}));

    QJsonObject s = group;
    s.insert(QStringLiteral("logStreamNames"), QJsonArray{kStreamB});
    QCOMPARE(filter(s).events.size(), 5);
    s.remove(QStringLiteral("logStreamNames"));
    s.insert(QStringLiteral("logStreamNamePrefix"), QStringLiteral("2026/12/01/[$LATEST]"));
    QCOMPARE(filter(s).events.size(), 10);
}

void TestLogsApi::filterPagesWithTokens()
{
    QJsonObject q{{QStringLiteral("logGroupName"), QStringLiteral("/aws/lambda/fn")}, {QStringLiteral("limit"), 4}};
    QStringList seen;
    int pages = 0;
    for (;;) {
        const auto f = resolved<logsapi::FilterLogEvents>(request("FilterLogEvents", q));
        QCOMPARE(f.query.functions, QStringList({QStringLiteral("fn")}));
        QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
        const logs::EventPage page = logs::queryEvents(db, f.query);
        const QJsonObject body = logsapi::filterLogEvents(f, page, {});
        ++pages;
        for (const QJsonValue &e : body.value(u"events").toArray()) {
            QVERIFY(!e.toObject().value(u"eventId").toString().isEmpty());
            QCOMPARE(e.toObject().value(u"logStreamName").toString().isEmpty(), false);
            seen.append(e.toObject().value(u"message").toString());
        }
        if (!body.contains(u"nextToken"))
            break;
        q.insert(QStringLiteral("nextToken"), body.value(u"nextToken"));
        QVERIFY(pages < 10);
    }
    QCOMPARE(seen.size(), 15);
    QCOMPARE(seen, texts(filter({{QStringLiteral("logGroupName"), QStringLiteral("/aws/lambda/fn")}}).events));
    QVERIFY(pages >= 4);
}

void TestLogsApi::getLogEventsBothWays()
{
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
    auto get = [&](QJsonObject body) {
        body.insert(QStringLiteral("logGroupName"), QStringLiteral("/aws/lambda/fn"));
        body.insert(QStringLiteral("logStreamName"), kStreamA);
        const auto g = resolved<logsapi::GetLogEvents>(request("GetLogEvents", body));
        return logsapi::getLogEvents(g, logs::queryEvents(db, logsapi::eventQuery(g)));
    };
    auto messages = [](const QJsonObject &o) {
        QStringList out;
        for (const QJsonValue &e : o.value(u"events").toArray())
            out.append(e.toObject().value(u"message").toString());
        return out;
    };
    // Without startFromHead: the newest, oldest first.
    const QJsonObject newest = get({{QStringLiteral("limit"), 3}});
    QCOMPARE(messages(newest),
             QStringList(
                 {QStringLiteral("[INFO] ok 7"), QStringLiteral("[INFO] ok 8"), QStringLiteral("[ERROR] failure 9")}));
    const QJsonObject before = get(
        {{QStringLiteral("limit"), 3}, {QStringLiteral("nextToken"), newest.value(u"nextBackwardToken")}});
    QCOMPARE(messages(before),
             QStringList(
                 {QStringLiteral("[INFO] ok 4"), QStringLiteral("[INFO] ok 5"), QStringLiteral("[ERROR] failure 6")}));
    // At the end going forward: no events and the same token back.
    const QJsonObject end = get({{QStringLiteral("nextToken"), newest.value(u"nextForwardToken")}});
    QCOMPARE(messages(end), QStringList());
    QCOMPARE(end.value(u"nextForwardToken"), newest.value(u"nextForwardToken"));
    // From the head, then forward.
    const QJsonObject head = get({{QStringLiteral("limit"), 2}, {QStringLiteral("startFromHead"), true}});
    QCOMPARE(messages(head), QStringList({QStringLiteral("[ERROR] failure 0"), QStringLiteral("[INFO] ok 1")}));
    const QJsonObject next = get(
        {{QStringLiteral("limit"), 2}, {QStringLiteral("nextToken"), head.value(u"nextForwardToken")}});
    QCOMPARE(messages(next), QStringList({QStringLiteral("[INFO] ok 2"), QStringLiteral("[ERROR] failure 3")}));
    QVERIFY(!head.value(u"events").toArray().at(0).toObject().contains(u"logStreamName"));
}

void TestLogsApi::streamsAndGroups()
{
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
    const auto streams = logs::queryStreams(db, {QStringLiteral("fn")});
    QCOMPARE(streams.size(), 2);
    QCOMPARE(streams.at(0).name, kStreamA);
    QCOMPARE(streams.at(0).firstEventMs, 1000);
    QCOMPARE(streams.at(0).lastEventMs, 1009);

    auto describe = [&](const QJsonObject &body) {
        return logsapi::describeLogStreams(resolved<logsapi::DescribeLogStreams>(request("DescribeLogStreams", body)),
                                           streams, QStringLiteral("us-east-1"));
    };
    QJsonObject byTime = describe({{QStringLiteral("logGroupName"), QStringLiteral("/aws/lambda/fn")},
                                   {QStringLiteral("orderBy"), QStringLiteral("LastEventTime")},
                                   {QStringLiteral("descending"), true},
                                   {QStringLiteral("limit"), 1}});
    QCOMPARE(byTime.value(u"logStreams").toArray().size(), 1);
    QCOMPARE(byTime.value(u"nextToken").toString(), QStringLiteral("n/1"));
    const QJsonObject first = byTime.value(u"logStreams").toArray().at(0).toObject();
    QCOMPARE(first.value(u"logStreamName").toString(), kStreamB); // both end at 1009: name order, reversed
    QCOMPARE(first.value(u"arn").toString(),
             QStringLiteral("arn:aws:logs:us-east-1:000000000000:log-group:/aws/lambda/fn:log-stream:") + kStreamB);

    const auto groups = logs::queryGroups(db, {QStringLiteral("fn"), QStringLiteral("silent")});
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).firstEventMs, 1000);
    QCOMPARE(groups.at(1).firstEventMs, -1);
    const auto call = logsapi::parse(
        request("DescribeLogGroups", {{QStringLiteral("logGroupNamePrefix"), QStringLiteral("/aws/lambda/s")}}));
    const QJsonObject described = logsapi::describeLogGroups(
        std::get<logsapi::DescribeLogGroups>(call.value()),
        logsapi::logGroups({function(QStringLiteral("fn")), function(QStringLiteral("silent"))}), groups,
        QStringLiteral("us-east-1"));
    const QJsonArray list = described.value(u"logGroups").toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(u"logGroupName").toString(), QStringLiteral("/aws/lambda/silent"));
    QCOMPARE(list.at(0).toObject().value(u"arn").toString(),
             QStringLiteral("arn:aws:logs:us-east-1:000000000000:log-group:/aws/lambda/silent:*"));
}

// Two functions whose LoggingConfig.LogGroup names the same group: the group is listed once, with
// the earliest first line of the two; it reads the lines of both; their default groups are gone.
void TestLogsApi::sharedLogGroup()
{
    m_store->append({line(QStringLiteral("svc-a"), kStreamC, 2000, QStringLiteral("a one")),
                     line(QStringLiteral("svc-b"), kStreamD, 1990, QStringLiteral("b one")),
                     line(QStringLiteral("svc-a"), kStreamC, 2010, QStringLiteral("a two"))},
                    {});
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
    const QMap<QString, QStringList> all = groups();
    QCOMPARE(all.keys(), QStringList({kShared, QStringLiteral("/aws/lambda/fn"), QStringLiteral("/aws/lambda/other")}));
    QCOMPARE(all.value(kShared), QStringList({QStringLiteral("svc-a"), QStringLiteral("svc-b")}));

    // DescribeLogGroups: the shared group once, created with its functions' first line (b's).
    QStringList names;
    for (const QStringList &functions : all)
        names += functions;
    const auto describe = logsapi::parse(request("DescribeLogGroups", {}));
    const QJsonArray listed = logsapi::describeLogGroups(std::get<logsapi::DescribeLogGroups>(describe.value()), all,
                                                         logs::queryGroups(db, names), QStringLiteral("us-east-1"))
                                  .value(u"logGroups")
                                  .toArray();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0).toObject().value(u"logGroupName").toString(), kShared);
    QCOMPARE(listed.at(0).toObject().value(u"creationTime").toInteger(), 1990);
    QCOMPARE(listed.at(0).toObject().value(u"arn").toString(),
             QStringLiteral("arn:aws:logs:us-east-1:000000000000:log-group:/app/shared:*"));

    // FilterLogEvents on it: both functions' lines, in time order; by name or by ARN.
    QCOMPARE(texts(filter({{QStringLiteral("logGroupName"), kShared}}).events),
             QStringList({QStringLiteral("b one"), QStringLiteral("a one"), QStringLiteral("a two")}));
    QCOMPARE(texts(filter({{QStringLiteral("logGroupIdentifier"),
                            QStringLiteral("arn:aws:logs:us-east-1:000000000000:log-group:/app/shared:*")},
                           {QStringLiteral("filterPattern"), QStringLiteral("one")}})
                       .events),
             QStringList({QStringLiteral("b one"), QStringLiteral("a one")}));

    // DescribeLogStreams: each function's stream.
    const auto streams = resolved<logsapi::DescribeLogStreams>(
        request("DescribeLogStreams", {{QStringLiteral("logGroupName"), kShared}}));
    QCOMPARE(streams.functions, QStringList({QStringLiteral("svc-a"), QStringLiteral("svc-b")}));
    QCOMPARE(logs::queryStreams(db, streams.functions).size(), 2);

    // GetLogEvents: one function's stream, through the group.
    const auto get = resolved<logsapi::GetLogEvents>(request("GetLogEvents",
                                                             {{QStringLiteral("logGroupName"), kShared},
                                                              {QStringLiteral("logStreamName"), kStreamD},
                                                              {QStringLiteral("startFromHead"), true}}));
    QCOMPARE(texts(logs::queryEvents(db, logsapi::eventQuery(get)).events), QStringList({QStringLiteral("b one")}));

    // The default group of a function that logs elsewhere does not exist, nor does a group that no
    // function names.
    for (const QString &gone : {QStringLiteral("/aws/lambda/svc-a"), QStringLiteral("/ecs/x")}) {
        auto call = logsapi::parse(request("FilterLogEvents", {{QStringLiteral("logGroupName"), gone}}));
        QVERIFY(call);
        QVERIFY2(!logsapi::resolveGroup(call.value(), all), qPrintable(gone));
    }
}

QTEST_GUILESS_MAIN(TestLogsApi)
#include "tst_logsapi.moc"
