// Asynchronous invocation configuration without running a function: destination ARNs, the
// limits and their messages, AWS's invocation record byte for byte, the 2019-09-25 routes as
// pure functions, and the Backend's Put/Update/Get/Delete/List with their errors, the
// dead-letter target, the queue seam and persistence across a restart.
#include "api/eventinvokeapi.h"
#include "api/requestbody.h"
#include "backend.h"
#include "cli/commandline.h"
#include "invoke/asyncrecord.h"
#include "model/destination.h"
#include "model/validation.h"
#include "store/eventinvokeconfigstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lambdesk;
using namespace Qt::StringLiterals;

namespace {

const QString kArn = QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:");

api::HttpRequest request(const QByteArray &method, const QByteArray &path, const QByteArray &query = {},
                         const QByteArray &body = {})
{
    api::HttpRequest r;
    r.method = method;
    r.path = path;
    r.query = query;
    r.body = body;
    return r;
}

// A backend on a workspace that outlives it (for restarts), with blank Python functions.
struct TempWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<Backend> start()
    {
        Backend::Options o;
        o.workspace = dir.path();
        o.persistLogs = false;
        auto b = std::make_unique<Backend>(o);
        if (!b->start())
            qFatal("the backend did not start");
        return b;
    }
};

FunctionConfig blank(Backend &b, const QString &name)
{
    FunctionConfig c;
    c.name = name;
    c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
    auto created = b.createFunction(c, CodeSource::blank());
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error().message));
    return created.value();
}

} // namespace

class TestEventInvokeConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void destinationArns_data();
    void destinationArns();
    void limits_data();
    void limits();
    void recordKeyByKey();
    void recordOfASuccessHasNoFunctionError();
    void recordWithoutAnAttempt();
    void routes();
    void routeErrors();
    void bodies();
    void render();
    void backendPutUpdateGetDeleteList();
    void backendValidation();
    void queueSink();
    void deadLetterConfig();
    void persistsAcrossRestart();
    void deletedWithTheFunction();
    void cliAsyncConfig();
};

void TestEventInvokeConfig::destinationArns_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<bool>("queue");
    QTest::newRow("function") << kArn + QStringLiteral("audit") << true << u"audit"_s << u""_s << false;
    QTest::newRow("function:alias") << kArn + QStringLiteral("audit:live") << true << u"audit"_s << u"live"_s << false;
    QTest::newRow("function:$LATEST") << kArn + QStringLiteral("audit:$LATEST") << true << u"audit"_s << u"$LATEST"_s
                                      << false;
    QTest::newRow("other region") << QStringLiteral("arn:aws:lambda:eu-west-3:123456789012:function:x") << true << u"x"_s
                                  << u""_s << false;
    QTest::newRow("queue") << QStringLiteral("arn:aws:sqs:us-east-1:000000000000:failures") << true << u"failures"_s
                           << u""_s << true;
    QTest::newRow("sns") << QStringLiteral("arn:aws:sns:us-east-1:000000000000:topic") << false << u""_s << u""_s << false;
    QTest::newRow("event bus") << QStringLiteral("arn:aws:events:us-east-1:000000000000:event-bus/default") << false
                               << u""_s << u""_s << false;
    QTest::newRow("a name") << QStringLiteral("audit") << false << u""_s << u""_s << false;
    QTest::newRow("bad function name") << kArn + QStringLiteral("a b") << false << u""_s << u""_s << false;
    QTest::newRow("bad queue") << QStringLiteral("arn:aws:sqs:us-east-1:000000000000:a/b") << false << u""_s << u""_s
                               << false;
    QTest::newRow("short account") << QStringLiteral("arn:aws:sqs:us-east-1:0:q") << false << u""_s << u""_s << false;
}

void TestEventInvokeConfig::destinationArns()
{
    QFETCH(QString, arn);
    QFETCH(bool, valid);
    const auto t = destination::parse(QStringLiteral("DestinationConfig.OnFailure.Destination"), arn);
    QCOMPARE(bool(t), valid);
    if (!valid) {
        QCOMPARE(t.error().kind, Error::Kind::InvalidParameter);
        QCOMPARE(t.error().field, QStringLiteral("DestinationConfig.OnFailure.Destination"));
        QVERIFY2(t.error().message.startsWith(u"DestinationConfig.OnFailure.Destination '" + arn + u"' is not valid"),
                 qPrintable(t.error().message));
        return;
    }
    QFETCH(QString, name);
    QFETCH(QString, qualifier);
    QFETCH(bool, queue);
    QCOMPARE(t->name, name);
    QCOMPARE(t->qualifier, qualifier);
    QCOMPARE(t->kind == destination::Target::Kind::Queue, queue);
}

void TestEventInvokeConfig::limits_data()
{
    QTest::addColumn<int>("retries");
    QTest::addColumn<int>("age");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::newRow("defaults' bounds") << 0 << 60 << QString();
    QTest::newRow("upper bounds") << 2 << 21600 << QString();
    QTest::newRow("retries -1") << -1 << 60 << QStringLiteral("MaximumRetryAttempts must be from 0 to 2; got -1");
    QTest::newRow("retries 3") << 3 << 60 << QStringLiteral("MaximumRetryAttempts must be from 0 to 2; got 3");
    QTest::newRow("age 59") << 1 << 59
                            << QStringLiteral("MaximumEventAgeInSeconds must be from 60 to 21600 seconds (1 minute to "
                                              "6 hours); got 59");
    QTest::newRow("age 21601") << 1 << 21601
                               << QStringLiteral("MaximumEventAgeInSeconds must be from 60 to 21600 seconds (1 minute "
                                                 "to 6 hours); got 21601");
}

void TestEventInvokeConfig::limits()
{
    QFETCH(int, retries);
    QFETCH(int, age);
    QFETCH(QString, message);
    EventInvokeConfigPatch p;
    p.maximumRetryAttempts = retries;
    p.maximumEventAgeInSeconds = age;
    const auto e = validation::eventInvokeLimits(p);
    QCOMPARE(e ? e->message : QString(), message);
    // The API says the same, as AWS's exception.
    const QByteArray body = QStringLiteral(R"({"MaximumRetryAttempts":%1,"MaximumEventAgeInSeconds":%2})")
                                .arg(retries)
                                .arg(age)
                                .toUtf8();
    const auto parsed = api::requestbody::eventInvokeConfig(body);
    QCOMPARE(bool(parsed), message.isEmpty());
    if (!parsed) {
        QCOMPARE(parsed.error().status, 400);
        QCOMPARE(parsed.error().type, QByteArray("InvalidParameterValueException"));
        QCOMPARE(parsed.error().message, message);
    }
}

void TestEventInvokeConfig::recordKeyByKey()
{
    asyncrecord::Input in;
    in.requestId = QStringLiteral("e4b46cbf-b738-xmpl-8880-a18cdf61200e");
    in.functionArn = QStringLiteral("arn:aws:lambda:us-east-2:123456789012:function:my-function:$LATEST");
    in.condition = asyncrecord::Condition::RetriesExhausted;
    in.approximateInvokeCount = 3;
    in.requestPayload = R"({"ORDER_IDS": ["9e07af03-ce31-4ff3-xmpl-36dce652cb4f"]})";
    in.hasResponse = true;
    in.executedVersion = QStringLiteral("$LATEST");
    in.functionError = QStringLiteral("Unhandled");
    in.responsePayload = R"({"errorMessage":"RequestId: e4b46cbf Process exited before completing request"})";
    in.timestampMs = QDateTime(QDate(2019, 11, 14), QTime(18, 16, 5, 568), Qt::UTC).toMSecsSinceEpoch();
    const QByteArray record = asyncrecord::build(in);
    // AWS's example (docs: Capturing records of Lambda asynchronous invocations), compact.
    QCOMPARE(record,
             QByteArray(R"({"version":"1.0","timestamp":"2019-11-14T18:16:05.568Z","requestContext":{"requestId":)"
                        R"("e4b46cbf-b738-xmpl-8880-a18cdf61200e","functionArn":"arn:aws:lambda:us-east-2:)"
                        R"(123456789012:function:my-function:$LATEST","condition":"RetriesExhausted",)"
                        R"("approximateInvokeCount":3},"requestPayload":{"ORDER_IDS": )"
                        R"(["9e07af03-ce31-4ff3-xmpl-36dce652cb4f"]},"responseContext":{"statusCode":200,)"
                        R"("executedVersion":"$LATEST","functionError":"Unhandled"},"responsePayload":)"
                        R"({"errorMessage":"RequestId: e4b46cbf Process exited before completing request"}})"));
    QVERIFY(QJsonDocument::fromJson(record).isObject());
}

void TestEventInvokeConfig::recordOfASuccessHasNoFunctionError()
{
    asyncrecord::Input in;
    in.requestId = QStringLiteral("id");
    in.functionArn = kArn + QStringLiteral("fn:$LATEST");
    in.condition = asyncrecord::Condition::Success;
    in.approximateInvokeCount = 1;
    in.requestPayload = "{}";
    in.hasResponse = true;
    in.executedVersion = QStringLiteral("2");
    in.responsePayload = "not json \"quoted\"";
    in.timestampMs = 0;
    const QByteArray record = asyncrecord::build(in);
    QVERIFY(!record.contains("functionError"));
    QVERIFY(record.contains(R"("condition":"Success")"));
    QVERIFY(record.contains(R"("responseContext":{"statusCode":200,"executedVersion":"2"})"));
    // A response that is no JSON travels as a string, so the record stays JSON.
    const QJsonObject o = QJsonDocument::fromJson(record).object();
    QCOMPARE(o.value(u"responsePayload").toString(), QStringLiteral("not json \"quoted\""));
    QCOMPARE(o.value(u"timestamp").toString(), QStringLiteral("1970-01-01T00:00:00.000Z"));
}

void TestEventInvokeConfig::recordWithoutAnAttempt()
{
    asyncrecord::Input in;
    in.requestId = QStringLiteral("id");
    in.functionArn = kArn + QStringLiteral("fn:$LATEST");
    in.condition = asyncrecord::Condition::EventAgeExceeded;
    in.requestPayload = "";
    const QJsonObject o = QJsonDocument::fromJson(asyncrecord::build(in)).object();
    QCOMPARE(o.keys(), (QStringList{u"requestContext"_s, u"requestPayload"_s, u"timestamp"_s, u"version"_s}));
    QVERIFY(o.value(u"requestPayload").isNull());
    QCOMPARE(o.value(u"requestContext").toObject().value(u"condition").toString(), QStringLiteral("EventAgeExceeded"));
    QCOMPARE(o.value(u"requestContext").toObject().value(u"approximateInvokeCount").toInt(), 0);
}

void TestEventInvokeConfig::routes()
{
    using api::eventinvoke::Kind;
    struct Case
    {
        QByteArray method, path, query;
        Kind kind;
        const char *name, *qualifier;
        const char *operation;
    };
    const QList<Case> cases{
        {"PUT", "/2019-09-25/functions/orders/event-invoke-config", "", Kind::Put, "orders", "",
         "PutFunctionEventInvokeConfig"},
        {"POST", "/2019-09-25/functions/orders/event-invoke-config", "Qualifier=live", Kind::Update, "orders", "live",
         "UpdateFunctionEventInvokeConfig"},
        {"GET", "/2019-09-25/functions/orders%3A3/event-invoke-config", "", Kind::Get, "orders", "3",
         "GetFunctionEventInvokeConfig"},
        {"DELETE", "/2019-09-25/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Aorders/"
                   "event-invoke-config",
         "Qualifier=%24LATEST", Kind::Delete, "orders", "$LATEST", "DeleteFunctionEventInvokeConfig"},
        {"GET", "/2019-09-25/functions/orders/event-invoke-config/list", "MaxItems=5", Kind::List, "orders", "",
         "ListFunctionEventInvokeConfigs"},
    };
    for (const Case &c : cases) {
        const auto http = request(c.method, c.path, c.query);
        QVERIFY(api::eventinvoke::isRequest(http));
        const auto r = api::eventinvoke::parse(http);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->kind, c.kind);
        QCOMPARE(r->function.name, QString::fromLatin1(c.name));
        QCOMPARE(r->function.qualifier, QString::fromLatin1(c.qualifier));
        QCOMPARE(api::eventinvoke::operationName(r->kind), QString::fromLatin1(c.operation));
    }
    QVERIFY(!api::eventinvoke::isRequest(request("GET", "/2015-03-31/functions/orders")));
}

void TestEventInvokeConfig::routeErrors()
{
    const auto mismatch = api::eventinvoke::parse(
        request("GET", "/2019-09-25/functions/orders%3A1/event-invoke-config", "Qualifier=2"));
    QVERIFY(!mismatch);
    QCOMPARE(mismatch.error().type, QByteArray("InvalidParameterValueException"));
    const auto unknown = api::eventinvoke::parse(request("PATCH", "/2019-09-25/functions/orders/event-invoke-config"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().status, 404);
    QCOMPARE(unknown.error().type, QByteArray("UnknownOperationException"));
    const auto listQualified =
        api::eventinvoke::parse(request("GET", "/2019-09-25/functions/orders%3A1/event-invoke-config/list"));
    QVERIFY(!listQualified);
    const auto maxItems =
        api::eventinvoke::parse(request("GET", "/2019-09-25/functions/orders/event-invoke-config/list", "MaxItems=0"));
    QVERIFY(!maxItems);
    QVERIFY(maxItems.error().message.contains(u"MaxItems must be a whole number from 1 to 50"));
}

void TestEventInvokeConfig::bodies()
{
    const auto full = api::requestbody::eventInvokeConfig(
        R"({"MaximumRetryAttempts":1,"MaximumEventAgeInSeconds":120,"DestinationConfig":{"OnSuccess":{"Destination":"a"},"OnFailure":{}}})");
    QVERIFY(full);
    QCOMPARE(full->maximumRetryAttempts, std::optional<int>(1));
    QCOMPARE(full->maximumEventAgeInSeconds, std::optional<int>(120));
    QCOMPARE(full->onSuccess, std::optional<QString>(QStringLiteral("a")));
    QCOMPARE(full->onFailure, std::optional<QString>(QString())); // {} removes it
    const auto none = api::requestbody::eventInvokeConfig({});
    QVERIFY(none);
    QVERIFY(!none->maximumRetryAttempts && !none->onSuccess && !none->onFailure);
    const auto type = api::requestbody::eventInvokeConfig(R"({"MaximumRetryAttempts":"1"})");
    QVERIFY(!type);
    QCOMPARE(type.error().message, QStringLiteral("MaximumRetryAttempts must be a whole number; got a string"));
    const auto destination =
        api::requestbody::eventInvokeConfig(R"({"DestinationConfig":{"OnFailure":{"Destination":5}}})");
    QVERIFY(!destination);
    QCOMPARE(destination.error().message,
             QStringLiteral("DestinationConfig.OnFailure.Destination must be a string; got a number"));
    const auto json = api::requestbody::eventInvokeConfig("{");
    QVERIFY(!json);
    QCOMPARE(json.error().type, QByteArray("InvalidRequestContentException"));
}

void TestEventInvokeConfig::render()
{
    EventInvokeConfig c;
    c.qualifier = QStringLiteral("live");
    c.maximumRetryAttempts = 0;
    c.onFailure = kArn + QStringLiteral("failures");
    c.lastModifiedMs = 1573686021479;
    const QJsonObject o = api::eventinvoke::render(c, QStringLiteral("orders"), QStringLiteral("us-east-1"));
    QCOMPARE(o.value(u"FunctionArn").toString(), kArn + QStringLiteral("orders:live"));
    QVERIFY(o.value(u"LastModified").isDouble());
    QCOMPARE(o.value(u"LastModified").toDouble(), 1573686021.479);
    QCOMPARE(o.value(u"MaximumRetryAttempts").toInt(-1), 0);
    QVERIFY(!o.contains(u"MaximumEventAgeInSeconds")); // not set: AWS leaves it out
    const QJsonObject d = o.value(u"DestinationConfig").toObject();
    QVERIFY(d.value(u"OnSuccess").isObject() && d.value(u"OnSuccess").toObject().isEmpty());
    QCOMPARE(d.value(u"OnFailure").toObject().value(u"Destination").toString(), kArn + QStringLiteral("failures"));
    // The body as the wire has it: seconds with their milliseconds.
    QVERIFY(QJsonDocument(o).toJson(QJsonDocument::Compact).contains("\"LastModified\":1573686021.479"));
}

void TestEventInvokeConfig::backendPutUpdateGetDeleteList()
{
    testsupport::TestBackend tb;
    Backend &b = *tb.backend;
    blank(b, QStringLiteral("orders"));
    blank(b, QStringLiteral("audit"));
    QVERIFY(b.publishVersion({QStringLiteral("orders"), {}, {}, {}}));
    QVERIFY(b.createAlias(QStringLiteral("orders"), QStringLiteral("live"), QStringLiteral("1")));

    const auto none = b.getEventInvokeConfig(QStringLiteral("orders"), {});
    QVERIFY(!none);
    QCOMPARE(none.error().kind, Error::Kind::NotFound);
    QCOMPARE(none.error().message,
             QStringLiteral("The function %1orders doesn't have an EventInvokeConfig").arg(kArn));
    const auto updateNone = b.updateEventInvokeConfig(QStringLiteral("orders"), QStringLiteral("live"), {});
    QVERIFY(!updateNone);
    QCOMPARE(updateNone.error().message,
             QStringLiteral("The function %1orders:live doesn't have an EventInvokeConfig").arg(kArn));

    QSignalSpy changed(&b, &Backend::eventInvokeConfigChanged);
    EventInvokeConfigPatch p;
    p.maximumRetryAttempts = 1;
    p.onSuccess = kArn + QStringLiteral("audit");
    const auto put = b.putEventInvokeConfig(QStringLiteral("orders"), {}, p);
    QVERIFY2(put, put ? "" : qPrintable(put.error().message));
    QCOMPARE(put->qualifier, QStringLiteral("$LATEST"));
    QCOMPARE(put->retries(), 1);
    QCOMPARE(put->maxEventAgeSeconds(), 21600); // the default
    QVERIFY(put->lastModifiedMs > 0);
    QCOMPARE(changed.size(), 1);

    EventInvokeConfigPatch age;
    age.maximumEventAgeInSeconds = 600;
    const auto merged = b.updateEventInvokeConfig(QStringLiteral("orders"), QStringLiteral("$LATEST"), age);
    QVERIFY(merged);
    QCOMPARE(merged->retries(), 1);
    QCOMPARE(merged->maxEventAgeSeconds(), 600);
    QCOMPARE(merged->onSuccess, kArn + QStringLiteral("audit"));
    const auto replaced = b.putEventInvokeConfig(QStringLiteral("orders"), QStringLiteral("$LATEST"), age);
    QVERIFY(replaced);
    QVERIFY(!replaced->maximumRetryAttempts);
    QVERIFY(replaced->onSuccess.isEmpty());

    QVERIFY(b.putEventInvokeConfig(QStringLiteral("orders"), QStringLiteral("live"), p));
    QVERIFY(b.putEventInvokeConfig(QStringLiteral("orders"), QStringLiteral("1"), p));
    const auto missingAlias = b.putEventInvokeConfig(QStringLiteral("orders"), QStringLiteral("nope"), p);
    QVERIFY(!missingAlias);
    QCOMPARE(missingAlias.error().kind, Error::Kind::NotFound);
    QCOMPARE(missingAlias.error().message, QStringLiteral("Function not found: %1orders:nope").arg(kArn));
    const auto list = b.listEventInvokeConfigs(QStringLiteral("orders"));
    QVERIFY(list);
    QStringList order;
    for (const EventInvokeConfig &c : list.value())
        order << c.qualifier;
    QCOMPARE(order, (QStringList{u"$LATEST"_s, u"1"_s, u"live"_s}));

    QVERIFY(b.deleteEventInvokeConfig(QStringLiteral("orders"), QStringLiteral("live")));
    QCOMPARE(b.listEventInvokeConfigs(QStringLiteral("orders"))->size(), 2);
    // Deleting the alias deletes its configuration.
    QVERIFY(b.putEventInvokeConfig(QStringLiteral("orders"), QStringLiteral("live"), p));
    QVERIFY(b.deleteAlias(QStringLiteral("orders"), QStringLiteral("live")));
    QCOMPARE(b.listEventInvokeConfigs(QStringLiteral("orders"))->size(), 2);
    QVERIFY(b.createAlias(QStringLiteral("orders"), QStringLiteral("live"), QStringLiteral("1")));
    const auto again = b.deleteEventInvokeConfig(QStringLiteral("orders"), QStringLiteral("live"));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
    const auto unknown = b.getEventInvokeConfig(QStringLiteral("ghost"), {});
    QCOMPARE(unknown.error().message, QStringLiteral("Function not found: %1ghost").arg(kArn));
}

void TestEventInvokeConfig::backendValidation()
{
    testsupport::TestBackend tb;
    Backend &b = *tb.backend;
    blank(b, QStringLiteral("orders"));
    const auto refused = [&](EventInvokeConfigPatch p, const QString &field, const QString &contains) {
        const auto r = b.putEventInvokeConfig(QStringLiteral("orders"), {}, p);
        if (r)
            return QStringLiteral("accepted");
        if (r.error().kind != Error::Kind::InvalidParameter || r.error().field != field
            || !r.error().message.contains(contains))
            return r.error().message;
        return QString();
    };
    EventInvokeConfigPatch p;
    p.maximumRetryAttempts = 3;
    QCOMPARE(refused(p, QStringLiteral("MaximumRetryAttempts"), QStringLiteral("from 0 to 2; got 3")), QString());
    p = {};
    p.maximumEventAgeInSeconds = 30;
    QCOMPARE(refused(p, QStringLiteral("MaximumEventAgeInSeconds"), QStringLiteral("from 60 to 21600")), QString());
    p = {};
    p.onFailure = kArn + QStringLiteral("ghost");
    QCOMPARE(refused(p, QStringLiteral("DestinationConfig.OnFailure.Destination"),
                     QStringLiteral("names the function ghost, which does not exist")),
             QString());
    p = {};
    p.onSuccess = kArn + QStringLiteral("orders");
    QCOMPARE(refused(p, QStringLiteral("DestinationConfig.OnSuccess.Destination"),
                     QStringLiteral("as a destination for itself")),
             QString());
    p = {};
    p.onSuccess = QStringLiteral("arn:aws:sns:us-east-1:000000000000:topic");
    QCOMPARE(refused(p, QStringLiteral("DestinationConfig.OnSuccess.Destination"),
                     QStringLiteral("Lambdesk delivers to functions and local queues only")),
             QString());
    blank(b, QStringLiteral("audit"));
    p = {};
    p.onSuccess = kArn + QStringLiteral("audit:9");
    QCOMPARE(refused(p, QStringLiteral("DestinationConfig.OnSuccess.Destination"),
                     QStringLiteral("names function audit:9, which does not exist")),
             QString());
    // Nothing refused was written.
    QVERIFY(!b.getEventInvokeConfig(QStringLiteral("orders"), {}));
    QVERIFY(!QFile::exists(eventinvokeconfigstore::fileOf(tb.root() + QStringLiteral("/functions/orders"))));
}

void TestEventInvokeConfig::queueSink()
{
    testsupport::TestBackend tb;
    Backend &b = *tb.backend;
    blank(b, QStringLiteral("orders"));
    const QString queue = QStringLiteral("arn:aws:sqs:us-east-1:000000000000:failures");
    EventInvokeConfigPatch p;
    p.onFailure = queue;
    // The Backend's own sink is its local queues (QueueStore): a queue must exist.
    QVERIFY(b.hasQueueSink());
    auto missing = b.putEventInvokeConfig(QStringLiteral("orders"), {}, p);
    QVERIFY(!missing);
    QCOMPARE(missing.error().field, QStringLiteral("DestinationConfig.OnFailure.Destination"));
    QVERIFY2(missing.error().message.contains(u"which does not exist"), qPrintable(missing.error().message));
    QVERIFY(b.createQueue(QStringLiteral("failures")));
    QVERIFY(b.putEventInvokeConfig(QStringLiteral("orders"), {}, p));
    QVERIFY(b.destinationTargets().contains(queue));
    // Without a sink no queue can be named.
    b.setQueueSink({});
    QVERIFY(!b.hasQueueSink());
    auto noSink = b.putEventInvokeConfig(QStringLiteral("orders"), {}, p);
    QVERIFY(!noSink);
    QVERIFY(noSink.error().message.contains(u"this Lambdesk has no local queues"));

    QStringList queues{QStringLiteral("failures"), QStringLiteral("audit")};
    QueueSink sink;
    sink.exists = [&queues](const QString &q) { return queues.contains(q); };
    sink.send = [](const QString &, const QByteArray &) { return Status(Ok{}); };
    sink.list = [&queues] { return queues; };
    b.setQueueSink(sink);
    QVERIFY(b.hasQueueSink());
    QVERIFY(b.putEventInvokeConfig(QStringLiteral("orders"), {}, p));
    p.onFailure = QStringLiteral("arn:aws:sqs:us-east-1:000000000000:nope");
    const auto unknown = b.putEventInvokeConfig(QStringLiteral("orders"), {}, p);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().message,
             QStringLiteral("DestinationConfig.OnFailure.Destination names the queue nope, which does not exist; "
                            "create it first"));
    QCOMPARE(b.destinationTargets(),
             (QStringList{kArn + QStringLiteral("orders"), QStringLiteral("arn:aws:sqs:us-east-1:000000000000:audit"),
                          queue}));
}

void TestEventInvokeConfig::deadLetterConfig()
{
    testsupport::TestBackend tb;
    Backend &b = *tb.backend;
    FunctionConfig orders = blank(b, QStringLiteral("orders"));
    blank(b, QStringLiteral("dlq"));
    orders.deadLetterTarget = kArn + QStringLiteral("ghost");
    const auto ghost = b.updateConfiguration(orders);
    QVERIFY(!ghost);
    QCOMPARE(ghost.error().field, QStringLiteral("DeadLetterConfig.TargetArn"));
    orders.deadLetterTarget = QStringLiteral("arn:aws:sns:us-east-1:000000000000:topic");
    QVERIFY(!validation::config(orders).isEmpty()); // the form is a rule of the configuration itself
    orders.deadLetterTarget = kArn + QStringLiteral("dlq");
    const auto saved = b.updateConfiguration(orders);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QCOMPARE(saved->environmentsRetired, 0); // nothing the code sees
    // Stored with AWS's name, shown by GetFunctionConfiguration.
    QFile f(tb.root() + QStringLiteral("/functions/orders/function.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject onDisk = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(onDisk.value(u"DeadLetterConfig").toObject().value(u"TargetArn").toString(), kArn + QStringLiteral("dlq"));
    QCOMPARE(FunctionConfig::fromJson(onDisk).deadLetterTarget, kArn + QStringLiteral("dlq"));
    // Through the API's body: read, applied, cleared with {}.
    auto op = api::requestbody::updateConfiguration({QStringLiteral("orders"), {}},
                                                    R"({"DeadLetterConfig":{"TargetArn":"x"}})");
    QVERIFY(op);
    QCOMPARE(op->patch.deadLetterTarget, std::optional<QString>(QStringLiteral("x")));
    op = api::requestbody::updateConfiguration({QStringLiteral("orders"), {}}, R"({"DeadLetterConfig":{}})");
    QVERIFY(op);
    QCOMPARE(op->patch.appliedTo(saved->config).deadLetterTarget, QString());
    // A function without one keeps its RevisionId (nothing new in its JSON).
    FunctionConfig plain;
    plain.name = QStringLiteral("x");
    QVERIFY(!plain.toJson().contains(u"DeadLetterConfig"));
}

void TestEventInvokeConfig::persistsAcrossRestart()
{
    TempWorkspace ws;
    EventInvokeConfigPatch p;
    p.maximumRetryAttempts = 0;
    p.maximumEventAgeInSeconds = 3600;
    p.onFailure = kArn + QStringLiteral("audit");
    EventInvokeConfig saved;
    {
        auto b = ws.start();
        blank(*b, QStringLiteral("orders"));
        blank(*b, QStringLiteral("audit"));
        auto r = b->putEventInvokeConfig(QStringLiteral("orders"), {}, p);
        QVERIFY(r);
        saved = r.value();
        b->stop();
    }
    // Written atomically (no temporary file left) with AWS's names.
    const QString dir = ws.dir.path() + QStringLiteral("/functions/orders");
    QVERIFY(QFile::exists(eventinvokeconfigstore::fileOf(dir)));
    QCOMPARE(QDir(dir).entryList({QStringLiteral("event-invoke-config*")}, QDir::Files),
             QStringList{QStringLiteral("event-invoke-config.json")});
    auto b = ws.start();
    const auto again = b->getEventInvokeConfig(QStringLiteral("orders"), {});
    QVERIFY(again);
    QCOMPARE(again.value(), saved);
    b->stop();
}

void TestEventInvokeConfig::deletedWithTheFunction()
{
    testsupport::TestBackend tb;
    Backend &b = *tb.backend;
    blank(b, QStringLiteral("orders"));
    EventInvokeConfigPatch p;
    p.maximumRetryAttempts = 1;
    QVERIFY(b.putEventInvokeConfig(QStringLiteral("orders"), {}, p));
    QVERIFY(b.deleteFunction(QStringLiteral("orders")));
    blank(b, QStringLiteral("orders"));
    QVERIFY(!b.getEventInvokeConfig(QStringLiteral("orders"), {}));
}

// `lambdesk async-config`: shows the defaults, changes the fields given, names the rule broken,
// deletes.
void TestEventInvokeConfig::cliAsyncConfig()
{
    TempWorkspace ws;
    {
        auto b = ws.start();
        blank(*b, QStringLiteral("orders"));
        blank(*b, QStringLiteral("audit"));
        b->stop();
    }
    const auto lambdesk = [&](QStringList args, QString *output = nullptr, QString *errors = nullptr) {
        QString out, err;
        QTextStream o(&out), e(&err);
        args.prepend(QStringLiteral("lambdesk"));
        args << QStringLiteral("--workspace") << ws.dir.path();
        const int code = cli::run(args, o, e);
        o.flush();
        e.flush();
        if (output)
            *output = out;
        if (errors)
            *errors = err;
        return code;
    };
    QString out, err;
    QCOMPARE(lambdesk({QStringLiteral("async-config"), QStringLiteral("orders")}, &out, &err), 0);
    QVERIFY2(out.contains(u"Retry attempts:  2 (default)"), qPrintable(out));
    QVERIFY2(out.contains(u"Maximum age:     6 h (21600 s, default)"), qPrintable(out));
    QVERIFY2(out.contains(u"On failure:      none"), qPrintable(out));

    QCOMPARE(lambdesk({QStringLiteral("async-config"), QStringLiteral("orders"), QStringLiteral("--retries"),
                       QStringLiteral("0"), QStringLiteral("--max-age"), QStringLiteral("5400"),
                       QStringLiteral("--on-failure"), kArn + QStringLiteral("audit"), QStringLiteral("--dead-letter"),
                       kArn + QStringLiteral("audit")},
                      &out, &err),
             0);
    QVERIFY2(out.contains(u"Retry attempts:  0\n"), qPrintable(out));
    QVERIFY2(out.contains(u"Maximum age:     1 h 30 min (5400 s)"), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("On failure:      function audit (%1audit)").arg(kArn)), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Dead-letter:     function audit (%1audit)").arg(kArn)), qPrintable(out));
    // Only what is given changes.
    QCOMPARE(lambdesk({QStringLiteral("async-config"), QStringLiteral("orders"), QStringLiteral("--retries"),
                       QStringLiteral("1")},
                      &out),
             0);
    QVERIFY2(out.contains(u"Maximum age:     1 h 30 min (5400 s)"), qPrintable(out));
    QCOMPARE(lambdesk({QStringLiteral("async-config"), QStringLiteral("orders"), QStringLiteral("--retries"),
                       QStringLiteral("5")},
                      &out, &err),
             int(cli::BadUsage));
    QVERIFY2(err.contains(u"MaximumRetryAttempts must be from 0 to 2; got 5"), qPrintable(err));
    QCOMPARE(lambdesk({QStringLiteral("async-config"), QStringLiteral("orders"), QStringLiteral("--max-age"),
                       QStringLiteral("soon")},
                      &out, &err),
             int(cli::BadUsage));
    QVERIFY2(err.contains(u"MaximumEventAgeInSeconds must be a whole number; got 'soon'"), qPrintable(err));
    QCOMPARE(lambdesk({QStringLiteral("async-config"), QStringLiteral("orders"), QStringLiteral("--delete")}, &out),
             0);
    QCOMPARE(lambdesk({QStringLiteral("async-config"), QStringLiteral("orders")}, &out), 0);
    QVERIFY2(out.contains(u"Retry attempts:  2 (default)"), qPrintable(out));
    QCOMPARE(lambdesk({QStringLiteral("async-config"), QStringLiteral("ghost")}, &out, &err), int(cli::BadUsage));
    QVERIFY2(err.contains(u"Function not found"), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestEventInvokeConfig)
#include "tst_eventinvokeconfig.moc"
