// Event source mappings against real Python handlers run by the backend: SQS's event key by
// key, a poison message that ends in the dead-letter queue after maxReceiveCount, a partial
// batch failure that returns only the failed messages, a failing batch that returns whole,
// mappings kept across a restart, and the rules of a mapping. Visibility timeouts are 0 where
// a message must come back (it is receivable again at once); nothing waits on the clock.
#include "api/eventsourcemappingapi.h"
#include "backend.h"
#include "testsupport.h"
#include "triggers/eventsourcemappings.h"
#include "triggers/queuestore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace lambdesk;
using namespace testsupport;

namespace {

const char *kHandler = R"PY(import json, os, time

def handler(event, context):
    bodies = [r["body"] for r in event["Records"]]
    for b in bodies:
        if b.startswith("wait:"):
            while not os.path.exists(b[5:]):
                time.sleep(0.02)
    for r in event["Records"]:
        if r["body"] == "poison":
            raise ValueError("poison message, receive %s" % r["attributes"]["ApproximateReceiveCount"])
    if any(b == "fail-all" for b in bodies):
        raise RuntimeError("the whole batch fails")
    failures = [{"itemIdentifier": r["messageId"]} for r in event["Records"] if r["body"].startswith("fail")]
    return {"batchItemFailures": failures, "event": event}
)PY";

QString writeHandler(const QTemporaryDir &dir)
{
    QFile f(dir.filePath(QStringLiteral("lambda_function.py")));
    if (!f.open(QIODevice::WriteOnly) || f.write(kHandler) < 0)
        qFatal("cannot write the handler");
    return dir.path();
}

struct Fixture
{
    TestBackend tb;
    QTemporaryDir code;

    Fixture()
    {
        const auto r = tb.create(tb.config(QStringLiteral("consumer"), RuntimeFamily::Python,
                                           QStringLiteral("lambda_function.handler")),
                                 writeHandler(code));
        if (!r)
            qFatal("create: %s", qPrintable(r.error().message));
    }
    Backend &b() { return *tb.backend; }
    MappingChange mapping(const QString &queue, int batchSize = 10, bool partial = false)
    {
        MappingChange c;
        c.function = QStringLiteral("consumer");
        c.eventSourceArn = b().queueArn(queue);
        c.batchSize = batchSize;
        if (partial)
            c.functionResponseTypes = QStringList{QStringLiteral("ReportBatchItemFailures")};
        return c;
    }
};

// The invocations the mappings started, as they finished.
QList<InvocationResult> queueResults(const QSignalSpy &spy)
{
    QList<InvocationResult> out;
    for (const auto &args : spy) {
        const auto r = args.first().value<InvocationResult>();
        if (r.source == InvocationSource::Queue)
            out << r;
    }
    return out;
}

} // namespace

class TestEventSourceMappings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventShape();
    void poisonMessageEndsInDeadLetterQueue();
    void messageTurningVisibleMidPumpIsNotLost();
    void partialBatchFailure();
    void failingBatchReturnsWhole();
    void throttledBatchReturns();
    void batchingWindowGathersOneBatch();
    void sendWakesPoller();
    void disabledMappingDoesNotPoll();
    void validation();
    void persistsAcrossRestart();
    void handlesToDelete();
    void apiShapes();
};

void TestEventSourceMappings::eventShape()
{
    Fixture f;
    QVERIFY(f.b().createQueue(QStringLiteral("shape")));
    const auto sent = f.b().sendQueueMessage(QStringLiteral("shape"), R"({"order": 42, "note": "a \"quoted\" line"})");
    QVERIFY(sent);
    QSignalSpy finished(&f.b(), &Backend::invocationFinished);
    QSignalSpy started(&f.b(), &Backend::invocationStarted);
    const auto m = f.b().createEventSourceMapping(f.mapping(QStringLiteral("shape")));
    QVERIFY2(m, m ? "" : qPrintable(m.error().message));
    QVERIFY(waitForSignals(finished, [&] { return !queueResults(finished).isEmpty(); }, safetyNetMs(60000)));
    const InvocationResult r = queueResults(finished).first();
    QCOMPARE(r.status, InvocationStatus::Succeeded);
    QCOMPARE(sourceName(r.source), QStringLiteral("sqs"));
    QCOMPARE(started.first().first().value<InvocationStart>().source, InvocationSource::Queue);

    const QJsonObject event = object(r.payload).value(u"event").toObject();
    QCOMPARE(event.keys(), QStringList{QStringLiteral("Records")});
    const QJsonArray records = event.value(u"Records").toArray();
    QCOMPARE(records.size(), 1);
    const QJsonObject rec = records.first().toObject();
    // Exactly SQS's keys.
    QStringList keys = rec.keys();
    QStringList expected{QStringLiteral("messageId"),   QStringLiteral("receiptHandle"),
                         QStringLiteral("body"),        QStringLiteral("attributes"),
                         QStringLiteral("messageAttributes"), QStringLiteral("md5OfBody"),
                         QStringLiteral("eventSource"), QStringLiteral("eventSourceARN"),
                         QStringLiteral("awsRegion")};
    std::sort(keys.begin(), keys.end());
    QStringList sortedExpected = expected;
    std::sort(sortedExpected.begin(), sortedExpected.end());
    QCOMPARE(keys, sortedExpected);
    // In SQS's order, too (the handler's json.dumps keeps the order it read).
    const QByteArray raw = r.payload;
    qsizetype at = raw.indexOf("\"Records\"");
    for (const QString &k : expected) {
        const qsizetype next = raw.indexOf(QByteArray("\"" + k.toUtf8() + "\""), at);
        QVERIFY2(next > at, qPrintable(k));
        at = next;
    }
    QCOMPARE(rec.value(u"messageId").toString(), sent->messageId);
    QVERIFY(!rec.value(u"receiptHandle").toString().isEmpty());
    QCOMPARE(rec.value(u"body").toString(), QString::fromUtf8(sent->body));
    QCOMPARE(rec.value(u"md5OfBody").toString(),
             QString::fromLatin1(QCryptographicHash::hash(sent->body, QCryptographicHash::Md5).toHex()));
    QCOMPARE(rec.value(u"eventSource").toString(), QStringLiteral("aws:sqs"));
    QCOMPARE(rec.value(u"eventSourceARN").toString(), QStringLiteral("arn:aws:sqs:us-east-1:000000000000:shape"));
    QCOMPARE(rec.value(u"awsRegion").toString(), QStringLiteral("us-east-1"));
    QCOMPARE(rec.value(u"messageAttributes").toObject(), QJsonObject());
    const QJsonObject attrs = rec.value(u"attributes").toObject();
    QStringList attrKeys = attrs.keys();
    std::sort(attrKeys.begin(), attrKeys.end());
    QCOMPARE(attrKeys, (QStringList{QStringLiteral("ApproximateFirstReceiveTimestamp"),
                                    QStringLiteral("ApproximateReceiveCount"), QStringLiteral("SenderId"),
                                    QStringLiteral("SentTimestamp")}));
    QCOMPARE(attrs.value(u"ApproximateReceiveCount").toString(), QStringLiteral("1")); // strings, as SQS sends
    QCOMPARE(attrs.value(u"SentTimestamp").toString(), QString::number(sent->sentMs));
    QVERIFY(attrs.value(u"ApproximateFirstReceiveTimestamp").toString().toLongLong() >= sent->sentMs);
    QVERIFY(!attrs.value(u"SenderId").toString().isEmpty());

    // Success deleted it.
    QSignalSpy counts(&f.b(), &Backend::queueCountsChanged);
    QVERIFY(waitForSignals(
        counts, [&] { return f.b().peekQueue(QStringLiteral("shape"))->isEmpty(); }, safetyNetMs(30000)));
}

void TestEventSourceMappings::poisonMessageEndsInDeadLetterQueue()
{
    Fixture f;
    QVERIFY(f.b().createQueue(QStringLiteral("dlq")));
    QueueAttributes a;
    a.visibilityTimeout = 1; // a failed message returns one second later (the poller wakes at that deadline)
    a.deadLetterTargetArn = f.b().queueArn(QStringLiteral("dlq"));
    a.maxReceiveCount = 3;
    QVERIFY(f.b().createQueue(QStringLiteral("work"), a));
    MappingChange c = f.mapping(QStringLiteral("work"), 1);
    c.maximumConcurrency = 2;
    QVERIFY(f.b().createEventSourceMapping(c));
    QSignalSpy finished(&f.b(), &Backend::invocationFinished);
    QSignalSpy counts(&f.b(), &Backend::queueCountsChanged);
    const auto poison = f.b().sendQueueMessage(QStringLiteral("work"), "poison");
    QVERIFY(poison);
    QVERIFY(waitForSignals(
        counts, [&] { return f.b().getQueue(QStringLiteral("dlq"))->visible == 1; }, safetyNetMs(120000)));

    // Three receives, three failed invocations with the receive count rising, then the move.
    QVERIFY(waitForSignals(finished, [&] { return queueResults(finished).size() >= 3; }, safetyNetMs(60000)));
    const QList<InvocationResult> runs = queueResults(finished);
    QCOMPARE(runs.size(), 3);
    QStringList receives;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(runs.at(i).status, InvocationStatus::Failed);
        QCOMPARE(runs.at(i).errorType, QStringLiteral("ValueError"));
        receives << object(runs.at(i).payload).value(u"errorMessage").toString();
    }
    receives.sort();
    QCOMPARE(receives, (QStringList{QStringLiteral("poison message, receive 1"), QStringLiteral("poison message, receive 2"),
                                    QStringLiteral("poison message, receive 3")}));
    const auto dead = f.b().peekQueue(QStringLiteral("dlq"));
    QCOMPARE(dead->size(), 1);
    QCOMPARE(dead->first().messageId, poison->messageId);
    QCOMPARE(dead->first().receiveCount, 3);
    QCOMPARE(dead->first().body, QByteArray("poison"));
    QVERIFY(f.b().peekQueue(QStringLiteral("work"))->isEmpty());

    // A good message still goes through the same mapping.
    QVERIFY(f.b().sendQueueMessage(QStringLiteral("work"), "fine"));
    QVERIFY(waitForSignals(
        finished,
        [&] {
            const auto runs = queueResults(finished);
            return !runs.isEmpty() && runs.last().status == InvocationStatus::Succeeded;
        },
        safetyNetMs(60000)));
}

// The poller against a clock that moves one millisecond each time it is read, started just
// before the failed message's visibility deadline at every offset: whichever read of the pump
// the deadline falls between (the receive's, the re-arm's), the message must come back in a
// second batch. The poller once re-armed only for messages still invisible at the re-arm's
// read, so a deadline passed between the receive and that read left it asleep for good (CI
// saw a poison message never reach its dead-letter queue).
void TestEventSourceMappings::messageTurningVisibleMidPumpIsNotLost()
{
    constexpr qint64 kStart = 1'700'000'000'000;
    for (qint64 offset = 12; offset >= 0; --offset) {
        QTemporaryDir dir;
        qint64 clock = kStart;
        QueueStore store(dir.filePath(QStringLiteral("q.db")));
        store.setClock([&clock] { return clock++; });
        QVERIFY(store.open());
        QueueAttributes a;
        a.visibilityTimeout = 1;
        QVERIFY(store.createQueue(QStringLiteral("work"), a));

        QList<std::function<void(Result<InvocationResult>)>> answers;
        QList<QByteArray> events;
        EventSourceMappings mappings(
            &store,
            [&](InvokeRequest r, std::function<void(Result<InvocationResult>)> answer) {
                events << r.payload;
                answers << std::move(answer);
            },
            {});
        mappings.start(true);
        MappingChange c;
        c.function = QStringLiteral("consumer");
        c.eventSourceArn = store.arn(QStringLiteral("work"));
        c.batchSize = 1;
        c.maximumConcurrency = 2;
        QVERIFY(mappings.create(c));
        QVERIFY(store.sendMessage(QStringLiteral("work"), "again"));
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, safetyNetMs(10000));
        const qint64 deadline = store.nextReceivableAtMs(QStringLiteral("work"));
        QVERIFY(deadline > clock);

        // The function fails just before the deadline: the message stays, and returns.
        clock = deadline - offset;
        InvocationResult failed;
        failed.functionError = QStringLiteral("Unhandled");
        failed.payload = R"({"errorType":"ValueError"})";
        answers.takeFirst()(failed);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, safetyNetMs(10000));
        QVERIFY2(events.last().contains("\"ApproximateReceiveCount\":\"2\""), events.last().constData());
        mappings.stop();
    }
}

void TestEventSourceMappings::partialBatchFailure()
{
    Fixture f;
    QueueAttributes a;
    a.visibilityTimeout = 600; // failed items stay in flight: this test sees one batch only
    QVERIFY(f.b().createQueue(QStringLiteral("batch"), a));
    QStringList failedIds;
    for (const char *body : {"ok-1", "fail-1", "ok-2", "fail-2", "ok-3"}) {
        const auto m = f.b().sendQueueMessage(QStringLiteral("batch"), body);
        QVERIFY(m);
        if (QByteArray(body).startsWith("fail"))
            failedIds << m->messageId;
    }
    const auto mapping = f.b().createEventSourceMapping(f.mapping(QStringLiteral("batch"), 10, true));
    QVERIFY(mapping);
    QSignalSpy batches(f.b().eventSourceMappings(), &EventSourceMappings::batchDone);
    QVERIFY(waitForSignals(batches, [&] { return !batches.isEmpty(); }, safetyNetMs(60000)));
    QCOMPARE(batches.first().at(1).toInt(), 5); // one batch of five
    QCOMPARE(batches.first().at(2).toInt(), 3); // three deleted
    const auto left = f.b().peekQueue(QStringLiteral("batch"));
    QCOMPARE(left->size(), 2);
    QStringList leftIds;
    for (const QueueMessage &m : left.value()) {
        leftIds << m.messageId;
        QCOMPARE(m.receiveCount, 1);
    }
    QCOMPARE(leftIds, failedIds);
    const auto info = f.b().getQueue(QStringLiteral("batch"));
    QCOMPARE(info->inFlight, 2);
    QCOMPARE(info->visible, 0);
}

void TestEventSourceMappings::failingBatchReturnsWhole()
{
    Fixture f;
    QueueAttributes a;
    a.visibilityTimeout = 600;
    QVERIFY(f.b().createQueue(QStringLiteral("whole"), a));
    for (const char *body : {"ok-1", "fail-all", "ok-2"})
        QVERIFY(f.b().sendQueueMessage(QStringLiteral("whole"), body));
    // ReportBatchItemFailures does not save a batch whose invocation failed.
    QVERIFY(f.b().createEventSourceMapping(f.mapping(QStringLiteral("whole"), 10, true)));
    QSignalSpy batches(f.b().eventSourceMappings(), &EventSourceMappings::batchDone);
    QVERIFY(waitForSignals(batches, [&] { return !batches.isEmpty(); }, safetyNetMs(60000)));
    QCOMPARE(batches.first().at(1).toInt(), 3);
    QCOMPARE(batches.first().at(2).toInt(), 0);
    QCOMPARE(f.b().getQueue(QStringLiteral("whole"))->inFlight, 3);
}

// A batch the backend cannot run (no environment free: a throttle) is not deleted: it stays in
// flight and returns after the visibility timeout, as on AWS.
void TestEventSourceMappings::throttledBatchReturns()
{
    Fixture f;
    f.b().setMaxEnvironments(1);
    QTemporaryDir scratch;
    const QString go = scratch.filePath(QStringLiteral("go"));
    QueueAttributes a;
    a.visibilityTimeout = 600;
    QVERIFY(f.b().createQueue(QStringLiteral("busy"), a));
    QVERIFY(f.b().sendQueueMessage(QStringLiteral("busy"), "wait:" + go.toUtf8()));
    const auto second = f.b().sendQueueMessage(QStringLiteral("busy"), "second");
    QVERIFY(second);
    MappingChange c = f.mapping(QStringLiteral("busy"), 1);
    c.maximumConcurrency = 2;
    QSignalSpy finished(&f.b(), &Backend::invocationFinished);
    QSignalSpy batches(f.b().eventSourceMappings(), &EventSourceMappings::batchDone);
    QVERIFY(f.b().createEventSourceMapping(c));
    // The first batch holds the one environment; the second is throttled and kept.
    QVERIFY(waitForSignals(batches, [&] { return !batches.isEmpty(); }, safetyNetMs(60000)));
    QCOMPARE(batches.first().at(2).toInt(), 0);
    const auto runs = queueResults(finished);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().status, InvocationStatus::Throttled);
    auto info = f.b().getQueue(QStringLiteral("busy"));
    QCOMPARE(info->inFlight, 2);
    QFile(go).open(QIODevice::WriteOnly);
    QVERIFY(waitForSignals(batches, [&] { return batches.size() >= 2; }, safetyNetMs(60000)));
    QCOMPARE(batches.at(1).at(2).toInt(), 1); // the first batch succeeded and was deleted
    const auto left = f.b().peekQueue(QStringLiteral("busy"));
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().messageId, second->messageId); // the throttled one, still in flight
    QCOMPARE(left->first().receiveCount, 1);
    QVERIFY(left->first().visibleAtMs > QDateTime::currentMSecsSinceEpoch());
}

// With MaximumBatchingWindowInSeconds the poller waits (up to the window) for a full batch:
// messages sent one by one arrive as one batch; a full batch goes at once.
void TestEventSourceMappings::batchingWindowGathersOneBatch()
{
    Fixture f;
    QVERIFY(f.b().createQueue(QStringLiteral("window")));
    MappingChange c = f.mapping(QStringLiteral("window"), 20);
    c.batchingWindowS = 1;
    QSignalSpy batches(f.b().eventSourceMappings(), &EventSourceMappings::batchDone);
    QVERIFY(f.b().createEventSourceMapping(c));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(f.b().sendQueueMessage(QStringLiteral("window"), "m" + QByteArray::number(i)));
        QCoreApplication::processEvents(); // the poller sees each send
    }
    QVERIFY(waitForSignals(batches, [&] { return !batches.isEmpty(); }, safetyNetMs(60000)));
    QCOMPARE(batches.first().at(1).toInt(), 5);
    QCOMPARE(batches.first().at(2).toInt(), 5);
    for (int i = 0; i < 20; ++i)
        QVERIFY(f.b().sendQueueMessage(QStringLiteral("window"), "full" + QByteArray::number(i)));
    QVERIFY(waitForSignals(batches, [&] { return batches.size() >= 2; }, safetyNetMs(60000)));
    QCOMPARE(batches.at(1).at(1).toInt(), 20);
}

void TestEventSourceMappings::sendWakesPoller()
{
    Fixture f;
    QVERIFY(f.b().createQueue(QStringLiteral("wake")));
    QVERIFY(f.b().createEventSourceMapping(f.mapping(QStringLiteral("wake"))));
    QSignalSpy batches(f.b().eventSourceMappings(), &EventSourceMappings::batchDone);
    QCoreApplication::processEvents(); // the mapping's first look finds nothing
    QVERIFY(batches.isEmpty());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(f.b().sendQueueMessage(QStringLiteral("wake"), "m" + QByteArray::number(i)));
        QVERIFY(waitForSignals(batches, [&] { return batches.size() > i; }, safetyNetMs(60000)));
    }
    int deleted = 0;
    for (const auto &args : batches)
        deleted += args.at(2).toInt();
    QCOMPARE(deleted, 3);
}

void TestEventSourceMappings::disabledMappingDoesNotPoll()
{
    Fixture f;
    QVERIFY(f.b().createQueue(QStringLiteral("off")));
    MappingChange c = f.mapping(QStringLiteral("off"));
    c.enabled = false;
    const auto m = f.b().createEventSourceMapping(c);
    QVERIFY(m);
    QVERIFY(f.b().sendQueueMessage(QStringLiteral("off"), "waits"));
    QCoreApplication::processEvents();
    QCOMPARE(f.b().getQueue(QStringLiteral("off"))->visible, 1);
    QCOMPARE(f.b().eventSourceMappings()->inFlight(m->uuid), 0);
    // Enabling it delivers what waited.
    QSignalSpy batches(f.b().eventSourceMappings(), &EventSourceMappings::batchDone);
    MappingChange on;
    on.enabled = true;
    QVERIFY(f.b().updateEventSourceMapping(m->uuid, on));
    QVERIFY(waitForSignals(batches, [&] { return !batches.isEmpty(); }, safetyNetMs(60000)));
    QCOMPARE(batches.first().at(2).toInt(), 1);
}

void TestEventSourceMappings::validation()
{
    Fixture f;
    QVERIFY(f.b().createQueue(QStringLiteral("v")));
    const auto field = [&](MappingChange c) {
        const auto r = f.b().createEventSourceMapping(c);
        return r ? QString() : r.error().field + u'|' + r.error().message;
    };
    MappingChange c = f.mapping(QStringLiteral("v"));
    c.eventSourceArn = QStringLiteral("arn:aws:sqs:us-east-1:000000000000:missing");
    QVERIFY(field(c).startsWith(u"EventSourceArn|"));
    QCOMPARE(f.b().createEventSourceMapping(c).error().kind, Error::Kind::InvalidParameter);
    c = f.mapping(QStringLiteral("v"), 0);
    QVERIFY(field(c).startsWith(u"BatchSize|"));
    c = f.mapping(QStringLiteral("v"), 10001);
    QVERIFY(field(c).startsWith(u"BatchSize|"));
    c = f.mapping(QStringLiteral("v"), 100); // past 10 needs a batching window
    QVERIFY(field(c).startsWith(u"MaximumBatchingWindowInSeconds|"));
    c.batchingWindowS = 301;
    QVERIFY(field(c).startsWith(u"MaximumBatchingWindowInSeconds|"));
    c = f.mapping(QStringLiteral("v"));
    c.maximumConcurrency = 1;
    QVERIFY(field(c).startsWith(u"ScalingConfig|"));
    c.maximumConcurrency = 1001;
    QVERIFY(field(c).startsWith(u"ScalingConfig|"));
    c = f.mapping(QStringLiteral("v"));
    c.functionResponseTypes = QStringList{QStringLiteral("Whatever")};
    QVERIFY(field(c).startsWith(u"FunctionResponseTypes|"));
    c = f.mapping(QStringLiteral("v"));
    c.function = QStringLiteral("nobody");
    QCOMPARE(f.b().createEventSourceMapping(c).error().kind, Error::Kind::NotFound);
    QVERIFY(f.b().listEventSourceMappings().isEmpty()); // nothing was kept

    const auto ok = f.b().createEventSourceMapping(f.mapping(QStringLiteral("v")));
    QVERIFY(ok);
    QCOMPARE(f.b().createEventSourceMapping(f.mapping(QStringLiteral("v"))).error().kind, Error::Kind::Conflict);
    QCOMPARE(f.b().deleteQueue(QStringLiteral("v")).error().kind, Error::Kind::Conflict); // a mapping reads it
    QCOMPARE(f.b().getEventSourceMapping(QStringLiteral("no-such-uuid")).error().kind, Error::Kind::NotFound);
    MappingChange bad;
    bad.batchSize = 0;
    QCOMPARE(f.b().updateEventSourceMapping(ok->uuid, bad).error().field, QStringLiteral("BatchSize"));
    QCOMPARE(f.b().getEventSourceMapping(ok->uuid)->batchSize, 10); // unchanged
    QVERIFY(f.b().deleteEventSourceMapping(ok->uuid));
    QVERIFY(f.b().deleteQueue(QStringLiteral("v")));
}

void TestEventSourceMappings::persistsAcrossRestart()
{
    QTemporaryDir dir;
    QTemporaryDir code;
    QString uuid;
    QString messageId;
    {
        Backend::Options o;
        o.workspace = dir.path();
        o.persistLogs = false;
        Backend b(o);
        QVERIFY(b.start());
        FunctionConfig c;
        c.name = QStringLiteral("consumer");
        c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
        c.handler = QStringLiteral("lambda_function.handler");
        QVERIFY(b.createFunction(c, CodeSource::directory(writeHandler(code))));
        QVERIFY(b.createQueue(QStringLiteral("kept")));
        MappingChange m;
        m.function = QStringLiteral("consumer");
        m.eventSourceArn = b.queueArn(QStringLiteral("kept"));
        m.batchSize = 5;
        m.enabled = false;
        const auto r = b.createEventSourceMapping(m);
        QVERIFY(r);
        uuid = r->uuid;
        messageId = b.sendQueueMessage(QStringLiteral("kept"), "survives")->messageId;
        b.stop();
    }
    Backend::Options o;
    o.workspace = dir.path();
    o.persistLogs = false;
    Backend b(o);
    QVERIFY(b.start());
    const auto r = b.getEventSourceMapping(uuid);
    QVERIFY(r);
    QCOMPARE(r->batchSize, 5);
    QCOMPARE(r->enabled, false);
    QCOMPARE(r->queue, QStringLiteral("kept"));
    QCOMPARE(b.peekQueue(QStringLiteral("kept"))->first().messageId, messageId);
    // Enabled now, it delivers the message kept from before.
    QSignalSpy batches(b.eventSourceMappings(), &EventSourceMappings::batchDone);
    MappingChange on;
    on.enabled = true;
    QVERIFY(b.updateEventSourceMapping(uuid, on));
    QVERIFY(waitForSignals(batches, [&] { return !batches.isEmpty(); }, safetyNetMs(60000)));
    QCOMPARE(batches.first().at(2).toInt(), 1);
    b.stop();
}

void TestEventSourceMappings::handlesToDelete()
{
    QList<QueueMessage> batch;
    for (int i = 0; i < 3; ++i) {
        QueueMessage m;
        m.messageId = QStringLiteral("id%1").arg(i);
        m.receiptHandle = QStringLiteral("h%1").arg(i);
        batch << m;
    }
    const QStringList all{QStringLiteral("h0"), QStringLiteral("h1"), QStringLiteral("h2")};
    QCOMPARE(EventSourceMappings::handlesToDelete(batch, "null", false), all);
    QCOMPARE(EventSourceMappings::handlesToDelete(batch, R"({"batchItemFailures":[{"itemIdentifier":"id1"}]})", false),
             all); // without ReportBatchItemFailures the answer is not read
    QCOMPARE(EventSourceMappings::handlesToDelete(batch, R"({"batchItemFailures":[{"itemIdentifier":"id1"}]})", true),
             (QStringList{QStringLiteral("h0"), QStringLiteral("h2")}));
    QCOMPARE(EventSourceMappings::handlesToDelete(batch, R"({"batchItemFailures":[]})", true), all);
    QCOMPARE(EventSourceMappings::handlesToDelete(batch, R"({"batchItemFailures":null})", true), all);
    QCOMPARE(EventSourceMappings::handlesToDelete(batch, R"("done")", true), all);
    // An invalid partial answer fails the whole batch.
    QVERIFY(EventSourceMappings::handlesToDelete(batch, R"({"batchItemFailures":[{"itemIdentifier":""}]})", true)
                .isEmpty());
    QVERIFY(EventSourceMappings::handlesToDelete(batch, R"({"batchItemFailures":[{"itemIdentifier":"zz"}]})", true)
                .isEmpty());
    QVERIFY(EventSourceMappings::handlesToDelete(batch, R"({"batchItemFailures":[{}]})", true).isEmpty());
    QVERIFY(EventSourceMappings::handlesToDelete(batch, R"({"batchItemFailures":"id1"})", true).isEmpty());
}

void TestEventSourceMappings::apiShapes()
{
    api::HttpRequest create;
    create.method = "POST";
    create.path = "/2015-03-31/event-source-mappings/";
    create.body = R"({"FunctionName":"arn:aws:lambda:us-east-1:123456789012:function:f:live",
                      "EventSourceArn":"arn:aws:sqs:us-east-1:000000000000:q","BatchSize":50,
                      "MaximumBatchingWindowInSeconds":2,"ScalingConfig":{"MaximumConcurrency":7},
                      "FunctionResponseTypes":["ReportBatchItemFailures"],"Enabled":false})";
    QVERIFY(api::mappings::isMappingRequest(create));
    auto call = api::mappings::parse(create);
    QVERIFY(call);
    const auto *c = std::get_if<api::mappings::Create>(&call.value());
    QVERIFY(c);
    QCOMPARE(*c->change.batchSize, 50);
    QCOMPARE(*c->change.batchingWindowS, 2);
    QCOMPARE(*c->change.maximumConcurrency, 7);
    QCOMPARE(*c->change.enabled, false);
    QCOMPARE(c->change.functionResponseTypes->size(), 1);

    api::HttpRequest bad = create;
    bad.body = R"({"FunctionName":"f","EventSourceArn":"x","BatchSize":"ten"})";
    QCOMPARE(api::mappings::parse(bad).error().type, QByteArray("InvalidParameterValueException"));
    QVERIFY(api::mappings::parse(bad).error().message.contains(u"BatchSize"));
    bad.body = "{nope";
    QCOMPARE(api::mappings::parse(bad).error().type, QByteArray("InvalidRequestContentException"));
    bad.body = R"({"FunctionName":"f","EventSourceArn":"x","StartingPosition":"LATEST"})";
    QVERIFY(api::mappings::parse(bad).error().message.contains(u"starting position"));

    api::HttpRequest get;
    get.method = "GET";
    get.path = "/2015-03-31/event-source-mappings/abc-123";
    QCOMPARE(std::get<api::mappings::Get>(api::mappings::parse(get).value()).uuid, QStringLiteral("abc-123"));
    get.method = "PATCH";
    QCOMPARE(api::mappings::parse(get).error().status, 404);

    api::HttpRequest list;
    list.method = "GET";
    list.path = "/2015-03-31/event-source-mappings/";
    list.query = "FunctionName=f&EventSourceArn=arn%3Aaws%3Asqs%3Aus-east-1%3A000000000000%3Aq&MaxItems=5";
    const auto l = std::get<api::mappings::List>(api::mappings::parse(list).value());
    QCOMPARE(l.function, QStringLiteral("f"));
    QCOMPARE(l.eventSourceArn, QStringLiteral("arn:aws:sqs:us-east-1:000000000000:q"));
    QCOMPARE(l.maxItems, 5);

    EventSourceMapping m;
    m.uuid = QStringLiteral("u");
    m.function = QStringLiteral("f");
    m.qualifier = QStringLiteral("live");
    m.queue = QStringLiteral("q");
    m.lastModifiedMs = 1700000000500;
    const QJsonObject o = api::mappings::describe(m, QStringLiteral("Creating"), QStringLiteral("eu-west-1"),
                                                  QStringLiteral("arn:aws:sqs:eu-west-1:000000000000:q"));
    QCOMPARE(o.value(u"UUID").toString(), QStringLiteral("u"));
    QCOMPARE(o.value(u"BatchSize").toInt(), 10);
    QCOMPARE(o.value(u"MaximumBatchingWindowInSeconds").toInt(), 0);
    QCOMPARE(o.value(u"EventSourceArn").toString(), QStringLiteral("arn:aws:sqs:eu-west-1:000000000000:q"));
    QCOMPARE(o.value(u"FunctionArn").toString(), QStringLiteral("arn:aws:lambda:eu-west-1:000000000000:function:f:live"));
    QCOMPARE(o.value(u"LastModified").toDouble(), 1700000000.5);
    QCOMPARE(o.value(u"State").toString(), QStringLiteral("Creating"));
    QCOMPARE(o.value(u"StateTransitionReason").toString(), QStringLiteral("USER_INITIATED"));
    QCOMPARE(o.value(u"FunctionResponseTypes").toArray(), QJsonArray());
    QVERIFY(!o.contains(u"ScalingConfig"));
    m.maximumConcurrency = 3;
    QCOMPARE(api::mappings::describe(m, {}, {}, {}).value(u"ScalingConfig").toObject().value(u"MaximumConcurrency").toInt(),
             3);
}

QTEST_GUILESS_MAIN(TestEventSourceMappings)
#include "tst_eventsourcemappings.moc"
