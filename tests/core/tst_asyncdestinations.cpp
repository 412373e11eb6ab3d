// Asynchronous invocation against real Python handlers: MaximumRetryAttempts and
// MaximumEventAgeInSeconds replace the Event queue's defaults, OnSuccess and OnFailure receive
// AWS's invocation record (checked key by key, in order, as the destination function received
// it), the dead-letter target receives the event, and a local queue (a fake QueueSink) gets
// both. Retry delays are made small through AsyncQueue::Options; every wait is on a signal.
#include "backend.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace lambdesk;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kArn = QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:");

const char *kHandlers = R"PY(import json

def echo(event, context):
    return event

def fail(event, context):
    raise ValueError("bad order " + str(event.get("order")))
)PY";

// The keys of a JSON object's text at its top level, in the order they appear.
QStringList keyOrder(const QByteArray &json)
{
    QStringList keys;
    int depth = 0;
    bool inString = false;
    QByteArray current;
    bool expectKey = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\') {
                current += json.at(++i);
                continue;
            }
            if (c == '"') {
                inString = false;
                if (depth == 1 && expectKey)
                    keys << QString::fromUtf8(current);
                expectKey = false;
                continue;
            }
            current += c;
            continue;
        }
        if (c == '"') {
            inString = true;
            current.clear();
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}

class Fixture
{
public:
    Fixture()
    {
        QFile f(m_code.filePath(QStringLiteral("handlers.py")));
        if (!f.open(QIODevice::WriteOnly) || f.write(kHandlers) < 0)
            qFatal("cannot write the handlers");
        f.close();
        AsyncQueue::Options fast;
        fast.retryDelaysMs = {20, 20}; // AWS's 1 and 2 minutes, made small
        tb.backend->asyncQueue().setOptions(fast);
    }
    void create(const QString &name, const QString &handler, const QString &deadLetter = {})
    {
        FunctionConfig c = tb.config(name, RuntimeFamily::Python, QStringLiteral("handlers.") + handler);
        c.deadLetterTarget = deadLetter;
        const auto r = tb.create(c, m_code.path());
        if (!r)
            qFatal("create %s: %s", qPrintable(name), qPrintable(r.error().message));
    }
    Result<EventInvokeConfig> configure(const QString &name, std::optional<int> retries, const QString &onSuccess,
                                        const QString &onFailure)
    {
        EventInvokeConfigPatch p;
        p.maximumRetryAttempts = retries;
        if (!onSuccess.isEmpty())
            p.onSuccess = onSuccess;
        if (!onFailure.isEmpty())
            p.onFailure = onFailure;
        return tb.backend->putEventInvokeConfig(name, {}, p);
    }
    QString invokeEvent(const QString &name, const QByteArray &payload)
    {
        auto r = waitForAnswer<Result<InvocationResult>>([&](auto reply) {
            tb.backend->invoke(InvokeRequest{name, {}, payload, InvocationType::Event, {}, {}, InvocationSource::Api},
                               std::move(reply));
        });
        if (!r || !*r)
            qFatal("the Event invocation was not accepted");
        return r->value().requestId;
    }
    // Waits for the first finished run of `function` and returns it.
    std::optional<InvocationResult> firstRunOf(QSignalSpy &finished, const QString &function)
    {
        std::optional<InvocationResult> found;
        const auto look = [&] {
            for (const auto &args : finished) {
                const auto r = args.first().value<InvocationResult>();
                if (r.functionName == function && r.ran()) {
                    found = r;
                    return true;
                }
            }
            return false;
        };
        waitForSignals(finished, look, safetyNetMs(60000));
        return found;
    }
    int attemptsOf(QSignalSpy &finished, const QString &function)
    {
        int n = 0;
        for (const auto &args : finished)
            n += args.first().value<InvocationResult>().functionName == function;
        return n;
    }

    TestBackend tb;

private:
    QTemporaryDir m_code;
};

} // namespace

class TestAsyncDestinations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onFailureAfterTheLastRetry();
    void onFailureWithoutRetries();
    void onSuccessReceivesTheResponse();
    void eventAgeExceeded();
    void deadLetterFunctionGetsTheEvent();
    void queueDestinationsThroughTheSink();
    void queueDestinationsInLocalQueues();
};

// The issue's test: OnFailure receives the record after the last retry, approximateInvokeCount 3.
void TestAsyncDestinations::onFailureAfterTheLastRetry()
{
    Fixture fx;
    fx.create(QStringLiteral("orders"), QStringLiteral("fail"));
    fx.create(QStringLiteral("failures"), QStringLiteral("echo"));
    QVERIFY(fx.configure(QStringLiteral("orders"), std::nullopt, {}, kArn + QStringLiteral("failures")));
    QSignalSpy finished(fx.tb.backend.get(), &Backend::invocationFinished);
    const QString id = fx.invokeEvent(QStringLiteral("orders"), R"({"order": 42, "items": ["a", "b"]})");
    const auto delivered = fx.firstRunOf(finished, QStringLiteral("failures"));
    QVERIFY(delivered);
    QCOMPARE(fx.attemptsOf(finished, QStringLiteral("orders")), 3); // the first attempt and 2 retries
    QCOMPARE(delivered->status, InvocationStatus::Succeeded);
    QCOMPARE(delivered->source, InvocationSource::EventQueue); // an Event invocation of its own
    QVERIFY(delivered->requestId != id);

    // What the destination function received, as it printed it back: AWS's record, in order.
    const QByteArray record = delivered->payload;
    QCOMPARE(keyOrder(record), (QStringList{u"version"_s, u"timestamp"_s, u"requestContext"_s, u"requestPayload"_s,
                                            u"responseContext"_s, u"responsePayload"_s}));
    const QJsonObject o = QJsonDocument::fromJson(record).object();
    QCOMPARE(o.value(u"version").toString(), QStringLiteral("1.0"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                .match(o.value(u"timestamp").toString())
                .hasMatch());
    const QJsonObject rc = o.value(u"requestContext").toObject();
    QCOMPARE(rc.keys().size(), 4);
    QCOMPARE(rc.value(u"requestId").toString(), id);
    QCOMPARE(rc.value(u"functionArn").toString(), kArn + QStringLiteral("orders:$LATEST"));
    QCOMPARE(rc.value(u"condition").toString(), QStringLiteral("RetriesExhausted"));
    QCOMPARE(rc.value(u"approximateInvokeCount").toInt(), 3);
    QCOMPARE(o.value(u"requestPayload").toObject(),
             QJsonObject({{u"order"_s, 42}, {u"items"_s, QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}}));
    const QJsonObject response = o.value(u"responseContext").toObject();
    QCOMPARE(response.value(u"statusCode").toInt(), 200);
    QCOMPARE(response.value(u"executedVersion").toString(), QStringLiteral("$LATEST"));
    QCOMPARE(response.value(u"functionError").toString(), QStringLiteral("Unhandled"));
    const QJsonObject error = o.value(u"responsePayload").toObject();
    QCOMPARE(error.value(u"errorType").toString(), QStringLiteral("ValueError"));
    QCOMPARE(error.value(u"errorMessage").toString(), QStringLiteral("bad order 42"));
}

void TestAsyncDestinations::onFailureWithoutRetries()
{
    Fixture fx;
    fx.create(QStringLiteral("orders"), QStringLiteral("fail"));
    fx.create(QStringLiteral("failures"), QStringLiteral("echo"));
    QVERIFY(fx.configure(QStringLiteral("orders"), 0, {}, kArn + QStringLiteral("failures")));
    QSignalSpy finished(fx.tb.backend.get(), &Backend::invocationFinished);
    fx.invokeEvent(QStringLiteral("orders"), R"({"order": 7})");
    const auto delivered = fx.firstRunOf(finished, QStringLiteral("failures"));
    QVERIFY(delivered);
    QCOMPARE(fx.attemptsOf(finished, QStringLiteral("orders")), 1);
    const QJsonObject rc = QJsonDocument::fromJson(delivered->payload).object().value(u"requestContext").toObject();
    QCOMPARE(rc.value(u"approximateInvokeCount").toInt(), 1);
    QCOMPARE(rc.value(u"condition").toString(), QStringLiteral("RetriesExhausted"));
}

void TestAsyncDestinations::onSuccessReceivesTheResponse()
{
    Fixture fx;
    fx.create(QStringLiteral("orders"), QStringLiteral("echo"));
    fx.create(QStringLiteral("audit"), QStringLiteral("echo"));
    fx.create(QStringLiteral("failures"), QStringLiteral("echo"));
    QVERIFY(fx.configure(QStringLiteral("orders"), std::nullopt, kArn + QStringLiteral("audit"),
                         kArn + QStringLiteral("failures")));
    QSignalSpy finished(fx.tb.backend.get(), &Backend::invocationFinished);
    QSignalSpy delivered(fx.tb.backend.get(), &Backend::asyncDelivered);
    const QString id = fx.invokeEvent(QStringLiteral("orders"), R"({"order": 1})");
    const auto audit = fx.firstRunOf(finished, QStringLiteral("audit"));
    QVERIFY(audit);
    const QByteArray record = audit->payload;
    QCOMPARE(keyOrder(record), (QStringList{u"version"_s, u"timestamp"_s, u"requestContext"_s, u"requestPayload"_s,
                                            u"responseContext"_s, u"responsePayload"_s}));
    const QJsonObject o = QJsonDocument::fromJson(record).object();
    QCOMPARE(o.value(u"requestContext").toObject().value(u"condition").toString(), QStringLiteral("Success"));
    QCOMPARE(o.value(u"requestContext").toObject().value(u"requestId").toString(), id);
    QCOMPARE(o.value(u"requestContext").toObject().value(u"approximateInvokeCount").toInt(), 1);
    QCOMPARE(o.value(u"responsePayload").toObject(), QJsonObject({{u"order"_s, 1}}));
    const QJsonObject response = o.value(u"responseContext").toObject();
    QCOMPARE(response.keys(), (QStringList{u"executedVersion"_s, u"statusCode"_s})); // no functionError
    // Only OnSuccess was told: one delivery, no failure run.
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first().at(2).toString(), QStringLiteral("OnSuccess"));
    QCOMPARE(delivered.first().at(4).toString(), QString());
    QCOMPARE(fx.attemptsOf(finished, QStringLiteral("failures")), 0);
}

// Too old for a retry: the first attempt failed, the retry finds the event older than its
// maximum age (AsyncQueue's own limit, as MaximumEventAgeInSeconds cannot go below a minute).
void TestAsyncDestinations::eventAgeExceeded()
{
    Fixture fx;
    fx.create(QStringLiteral("orders"), QStringLiteral("fail"));
    fx.create(QStringLiteral("failures"), QStringLiteral("echo"));
    AsyncQueue::Options o;
    o.retryDelaysMs = {2000, 2000};
    o.maxEventAgeMs = 1000; // the retry comes 2 s after the first attempt ended: too late
    fx.tb.backend->asyncQueue().setOptions(o);
    QVERIFY(fx.configure(QStringLiteral("orders"), std::nullopt, {}, kArn + QStringLiteral("failures")));
    QSignalSpy finished(fx.tb.backend.get(), &Backend::invocationFinished);
    fx.invokeEvent(QStringLiteral("orders"), R"({"order": 3})");
    const auto delivered = fx.firstRunOf(finished, QStringLiteral("failures"));
    QVERIFY(delivered);
    QCOMPARE(fx.attemptsOf(finished, QStringLiteral("orders")), 1);
    const QJsonObject rec = QJsonDocument::fromJson(delivered->payload).object();
    QCOMPARE(rec.value(u"requestContext").toObject().value(u"condition").toString(),
             QStringLiteral("EventAgeExceeded"));
    QCOMPARE(rec.value(u"requestContext").toObject().value(u"approximateInvokeCount").toInt(), 1);
    // The attempt that ran is reported.
    QCOMPARE(rec.value(u"responseContext").toObject().value(u"functionError").toString(), QStringLiteral("Unhandled"));
    // And MaximumEventAgeInSeconds, when set, is the limit instead: an hour lets the retry run.
    EventInvokeConfigPatch age;
    age.maximumEventAgeInSeconds = 3600;
    QVERIFY(fx.tb.backend->updateEventInvokeConfig(QStringLiteral("orders"), {}, age));
    o.retryDelaysMs = {20, 20};
    fx.tb.backend->asyncQueue().setOptions(o); // the queue's own 1 s limit would still pass
    finished.clear();
    fx.invokeEvent(QStringLiteral("orders"), R"({"order": 4})");
    const auto second = fx.firstRunOf(finished, QStringLiteral("failures"));
    QVERIFY(second);
    QCOMPARE(fx.attemptsOf(finished, QStringLiteral("orders")), 3);
    QCOMPARE(QJsonDocument::fromJson(second->payload)
                 .object()
                 .value(u"requestContext")
                 .toObject()
                 .value(u"condition")
                 .toString(),
             QStringLiteral("RetriesExhausted"));
}

void TestAsyncDestinations::deadLetterFunctionGetsTheEvent()
{
    Fixture fx;
    fx.create(QStringLiteral("dlq"), QStringLiteral("echo"));
    fx.create(QStringLiteral("failures"), QStringLiteral("echo"));
    fx.create(QStringLiteral("orders"), QStringLiteral("fail"), kArn + QStringLiteral("dlq"));
    QVERIFY(fx.configure(QStringLiteral("orders"), 1, {}, kArn + QStringLiteral("failures")));
    QSignalSpy finished(fx.tb.backend.get(), &Backend::invocationFinished);
    const QByteArray event = R"({"order": 5, "note": "poison"})";
    fx.invokeEvent(QStringLiteral("orders"), event);
    const auto dlq = fx.firstRunOf(finished, QStringLiteral("dlq"));
    QVERIFY(dlq);
    // The event itself, nothing about the response (as a dead-letter queue gets it on AWS).
    QCOMPARE(QJsonDocument::fromJson(dlq->payload).object(), QJsonDocument::fromJson(event).object());
    // Both, as AWS does when a function has a dead-letter target and an OnFailure destination.
    const auto failures = fx.firstRunOf(finished, QStringLiteral("failures"));
    QVERIFY(failures);
    QCOMPARE(QJsonDocument::fromJson(failures->payload)
                 .object()
                 .value(u"requestContext")
                 .toObject()
                 .value(u"approximateInvokeCount")
                 .toInt(),
             2);
    QCOMPARE(fx.attemptsOf(finished, QStringLiteral("orders")), 2);
}

void TestAsyncDestinations::queueDestinationsThroughTheSink()
{
    Fixture fx;
    QList<std::pair<QString, QByteArray>> sent;
    QueueSink sink;
    sink.exists = [](const QString &q) { return q == u"failures" || q == u"dlq" || q == u"audit"; };
    sink.send = [&sent](const QString &q, const QByteArray &body) {
        sent.append({q, body});
        return Status(Ok{});
    };
    fx.tb.backend->setQueueSink(sink);
    const QString queue = QStringLiteral("arn:aws:sqs:us-east-1:000000000000:");
    fx.create(QStringLiteral("orders"), QStringLiteral("fail"), queue + QStringLiteral("dlq"));
    fx.create(QStringLiteral("fine"), QStringLiteral("echo"));
    QVERIFY(fx.configure(QStringLiteral("orders"), 0, {}, queue + QStringLiteral("failures")));
    QVERIFY(fx.configure(QStringLiteral("fine"), 0, queue + QStringLiteral("audit"), {}));
    QSignalSpy delivered(fx.tb.backend.get(), &Backend::asyncDelivered);
    const QByteArray event = R"({"order": 9})";
    const QString id = fx.invokeEvent(QStringLiteral("orders"), event);
    QVERIFY(waitForSignals(delivered, [&] { return delivered.size() >= 2; }, safetyNetMs(60000)));
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).first, QStringLiteral("failures"));
    const QJsonObject record = QJsonDocument::fromJson(sent.at(0).second).object();
    QCOMPARE(record.value(u"requestContext").toObject().value(u"requestId").toString(), id);
    QCOMPARE(record.value(u"requestContext").toObject().value(u"condition").toString(),
             QStringLiteral("RetriesExhausted"));
    QCOMPARE(sent.at(1), (std::pair{QStringLiteral("dlq"), event})); // the event, byte for byte
    for (const auto &args : delivered)
        QCOMPARE(args.at(4).toString(), QString()); // no error
    fx.invokeEvent(QStringLiteral("fine"), R"({"ok": true})");
    QVERIFY(waitForSignals(delivered, [&] { return delivered.size() >= 3; }, safetyNetMs(60000)));
    QCOMPARE(sent.at(2).first, QStringLiteral("audit"));
    QCOMPARE(QJsonDocument::fromJson(sent.at(2).second).object().value(u"responsePayload").toObject(),
             QJsonObject({{u"ok"_s, true}}));
    // A sink that refuses: the failure is reported, not lost silently.
    fx.tb.backend->setQueueSink({sink.exists, [](const QString &, const QByteArray &) {
                                     return Status(Error::internal(QStringLiteral("disk full")));
                                 }, {}});
    fx.invokeEvent(QStringLiteral("fine"), R"({"ok": 2})");
    QVERIFY(waitForSignals(delivered, [&] { return delivered.size() >= 4; }, safetyNetMs(60000)));
    QCOMPARE(delivered.at(3).at(4).toString(), QStringLiteral("disk full"));
}

// The real thing: OnFailure and the dead-letter target are local queues (the Backend's
// QueueStore); the record and the event are messages there, on disk.
void TestAsyncDestinations::queueDestinationsInLocalQueues()
{
    Fixture fx;
    Backend &b = *fx.tb.backend;
    QVERIFY(b.createQueue(QStringLiteral("failures")));
    QVERIFY(b.createQueue(QStringLiteral("dlq")));
    const QString queue = QStringLiteral("arn:aws:sqs:us-east-1:000000000000:");
    fx.create(QStringLiteral("orders"), QStringLiteral("fail"), queue + QStringLiteral("dlq"));
    QVERIFY(fx.configure(QStringLiteral("orders"), 0, {}, queue + QStringLiteral("failures")));
    QSignalSpy delivered(&b, &Backend::asyncDelivered);
    const QByteArray event = R"({"order": 10})";
    const QString id = fx.invokeEvent(QStringLiteral("orders"), event);
    QVERIFY(waitForSignals(delivered, [&] { return delivered.size() >= 2; }, safetyNetMs(60000)));
    const auto failures = b.peekQueue(QStringLiteral("failures"));
    QVERIFY(failures);
    QCOMPARE(failures->size(), 1);
    const QJsonObject record = QJsonDocument::fromJson(failures->first().body).object();
    QCOMPARE(record.value(u"requestContext").toObject().value(u"requestId").toString(), id);
    QCOMPARE(record.value(u"requestContext").toObject().value(u"condition").toString(),
             QStringLiteral("RetriesExhausted"));
    const auto dlq = b.peekQueue(QStringLiteral("dlq"));
    QVERIFY(dlq);
    QCOMPARE(dlq->size(), 1);
    QCOMPARE(dlq->first().body, event); // the event, byte for byte
}

QTEST_GUILESS_MAIN(TestAsyncDestinations)
#include "tst_asyncdestinations.moc"
