// The load generator against a real Python handler: exactly N invocations, never more than C in
// flight (counted on the Backend's one channel of invocations), throttles when the machine
// allows fewer environments than C, a ramp's steps, a cancel that starts nothing more, and the
// summary's figures.
#include "invoke/loadrunner.h"
#include "testsupport.h"

#include <QSignalSpy>

using namespace lambdesk;
using namespace testsupport;

namespace {

const char *kHandler = R"PY(import time

def handler(event, context):
    if "sleep" in event:
        time.sleep(event["sleep"])
    if event.get("fail"):
        raise ValueError("boom")
    return {"ok": True}
)PY";

// What the Backend announced for one function: how many started and ended, the most in flight
// at once, and for each start the number started before it and the number in flight after it.
struct Channel
{
    int started = 0;
    int finished = 0;
    int inFlight = 0;
    int maxInFlight = 0;
    int throttled = 0;
    int coldStarts = 0;
    int fromLoad = 0;              // started with the load run as their source
    QList<QPair<int, int>> starts; // (started before, in flight after)
    QObject context;

    Channel(Backend *backend, const QString &function)
    {
        QObject::connect(backend, &Backend::invocationStarted, &context, [this, function](const InvocationStart &s) {
            if (s.function != function)
                return;
            starts.append({started, inFlight + 1});
            fromLoad += s.source == InvocationSource::Load ? 1 : 0;
            ++started;
            ++inFlight;
            maxInFlight = std::max(maxInFlight, inFlight);
        });
        QObject::connect(backend, &Backend::invocationFinished, &context, [this, function](const InvocationResult &r) {
            if (r.functionName != function)
                return;
            ++finished;
            --inFlight;
            if (r.status == InvocationStatus::Throttled)
                ++throttled;
            if (r.coldStart())
                ++coldStarts;
        });
    }
};

} // namespace

class TestLoadRunner : public QObject
{
    Q_OBJECT
    QTemporaryDir m_code;
    std::unique_ptr<TestBackend> m_tb;

    // Runs `plan` to its end, gathering its batches of progress.
    LoadSummary run(LoadRunner &runner, QList<LoadProgress> *batches = nullptr)
    {
        QSignalSpy finished(&runner, &LoadRunner::finished);
        QObject context;
        if (batches)
            connect(&runner, &LoadRunner::progressed, &context,
                    [batches](const LoadProgress &p) { batches->append(p); });
        runner.start();
        if (!finished.wait(safetyNetMs(120000)))
            qFatal("the load run did not finish");
        return finished.first().first().value<LoadSummary>();
    }

    LoadPlan plan(int count, int concurrency, const QByteArray &payload = R"({"sleep": 0.05})") const
    {
        LoadPlan p;
        p.function = QStringLiteral("fn");
        p.payload = payload;
        p.count = count;
        p.concurrency = concurrency;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(m_code.filePath(QStringLiteral("lambda_function.py")));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(kHandler) > 0);
    }
    // A backend of its own for each test: its environments start cold, and a limit set by one
    // test does not reach the next.
    void init()
    {
        m_tb = std::make_unique<TestBackend>();
        QVERIFY(m_tb->create(m_tb->config(QStringLiteral("fn"), RuntimeFamily::Python,
                                          QStringLiteral("lambda_function.handler"), 128, 3),
                             m_code.path()));
    }
    void cleanup() { m_tb.reset(); }

    void concurrencyAt_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QList<int>>("expected"); // for started = 0, 1, 2, ...
        QTest::newRow("no ramp") << 4 << 3 << 0 << QList<int>{3, 3, 3, 3};
        QTest::newRow("same ends") << 3 << 2 << 2 << QList<int>{2, 2, 2};
        QTest::newRow("1 to 3 over 9") << 9 << 1 << 3 << QList<int>{1, 1, 1, 2, 2, 2, 3, 3, 3};
        QTest::newRow("falling 3 to 1") << 6 << 3 << 1 << QList<int>{3, 3, 2, 2, 1, 1};
        QTest::newRow("more levels than invocations") << 3 << 1 << 10 << QList<int>{1, 4, 7};
        QTest::newRow("uneven") << 5 << 1 << 2 << QList<int>{1, 1, 1, 2, 2};
    }
    void concurrencyAt()
    {
        QFETCH(int, count);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QList<int>, expected);
        LoadPlan p = plan(count, from);
        p.rampTo = to;
        QList<int> got;
        for (int i = 0; i < count; ++i)
            got.append(p.concurrencyAt(i));
        QCOMPARE(got, expected);
        QCOMPARE(p.concurrencyAt(count), to > 0 ? to : from); // all started: the ramp's end
    }

    void planRules_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("rampTo");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("valid") << 10 << 2 << 0 << QString();
        QTest::newRow("valid ramp") << 10 << 1 << 5 << QString();
        QTest::newRow("no invocations") << 0 << 1 << 0 << QStringLiteral("repeat");
        QTest::newRow("too many") << LoadPlan::kMaxCount + 1 << 1 << 0 << QStringLiteral("repeat");
        QTest::newRow("concurrency 0") << 10 << 0 << 0 << QStringLiteral("concurrency");
        QTest::newRow("concurrency over 1000") << 10 << 1001 << 0 << QStringLiteral("concurrency");
        QTest::newRow("ramp over 1000") << 10 << 1 << 1001 << QStringLiteral("ramp");
        QTest::newRow("ramp negative") << 10 << 1 << -1 << QStringLiteral("ramp");
    }
    void planRules()
    {
        QFETCH(int, count);
        QFETCH(int, concurrency);
        QFETCH(int, rampTo);
        QFETCH(QString, field);
        LoadPlan p = plan(count, concurrency);
        p.rampTo = rampTo;
        const auto e = p.check();
        QCOMPARE(e.has_value(), !field.isEmpty());
        if (e) {
            QCOMPARE(e->field, field);
            QCOMPARE(e->kind, Error::Kind::InvalidParameter);
            QVERIFY2(e->message.contains(QString(QStringLiteral("--") + field)), qPrintable(e->message));
        }
    }

    // 20 invocations at concurrency 4: exactly 20 start, 4 are in flight at once and never
    // more, and the summary adds up.
    void runsExactlyNAtMostCInFlight()
    {
        Channel channel(m_tb->backend.get(), QStringLiteral("fn"));
        LoadRunner runner(m_tb->backend.get(), plan(20, 4));
        QList<LoadProgress> batches;
        const LoadSummary s = run(runner, &batches);

        QCOMPARE(channel.started, 20);
        QCOMPARE(channel.finished, 20);
        QCOMPARE(channel.maxInFlight, 4); // a slot is refilled as soon as it frees
        QCOMPARE(channel.fromLoad, 20);
        QCOMPARE(m_tb->backend->runningInvocations(), 0);
        QCOMPARE(s.requested, 20);
        QCOMPARE(s.count, 20);
        QCOMPARE(s.succeeded, 20);
        QCOMPARE(s.errors + s.timeouts + s.throttles, 0);
        QCOMPARE(s.maxInFlight, 4);
        QCOMPARE(s.coldStarts, channel.coldStarts);
        QVERIFY(s.coldStarts >= 4); // four environments at least, each started cold
        QVERIFY(s.allSucceeded());
        QVERIFY(!s.cancelled && !s.error);
        // Durations of a handler that sleeps 50 ms, in order.
        QVERIFY(s.minMs && s.p50Ms && s.p90Ms && s.p99Ms && s.maxMs);
        QVERIFY(*s.minMs <= *s.p50Ms && *s.p50Ms <= *s.p90Ms && *s.p90Ms <= *s.p99Ms && *s.p99Ms <= *s.maxMs);
        QVERIFY(s.wallMs > 0);
        QVERIFY(s.invocationsPerSecond > 0);

        // The batches: every end once, the last one says all are done and none in flight.
        QVERIFY(!batches.isEmpty());
        int samples = 0;
        for (const LoadProgress &b : std::as_const(batches)) {
            samples += int(b.samples.size());
            QVERIFY(b.inFlight <= 4 && b.peakInFlight <= 4);
        }
        QCOMPARE(samples, 20);
        QCOMPARE(batches.last().done, 20);
        QCOMPARE(batches.last().inFlight, 0);
        QCOMPARE(batches.last().succeeded, 20);

        const QString table = s.table();
        QVERIFY2(table.contains(QStringLiteral("Invocations     20\n")), qPrintable(table));
        QVERIFY2(table.contains(QStringLiteral("Max in flight   4\n")), qPrintable(table));
        QVERIFY2(table.contains(QStringLiteral("Function        fn:$LATEST\n")), qPrintable(table));
    }

    // The machine allows two environments, the run asks for four at once: the others are
    // throttled (TooManyRequestsException), and the summary counts them.
    void throttlesWhenEnvironmentsAreFewerThanC()
    {
        m_tb->backend->setMaxEnvironments(2);
        Channel channel(m_tb->backend.get(), QStringLiteral("fn"));
        LoadRunner runner(m_tb->backend.get(), plan(12, 4));
        const LoadSummary s = run(runner);

        QCOMPARE(channel.started, 12);
        QCOMPARE(s.count, 12);
        QVERIFY2(s.throttles > 0, qPrintable(s.table()));
        QCOMPARE(s.throttles, channel.throttled);
        QCOMPARE(s.succeeded + s.throttles, 12);
        QVERIFY(s.succeeded >= 2);
        QVERIFY(!s.allSucceeded());
        QVERIFY(s.maxInFlight <= 4);
        QVERIFY2(s.table().contains(QStringLiteral("Throttles       %1\n").arg(s.throttles)), qPrintable(s.table()));
    }

    // 1 → 3 over 9: three at a time at most, each step's limit kept, the last step reached.
    void rampRaisesTheConcurrencyInSteps()
    {
        Channel channel(m_tb->backend.get(), QStringLiteral("fn"));
        LoadPlan p = plan(9, 1);
        p.rampTo = 3;
        LoadRunner runner(m_tb->backend.get(), p);
        const LoadSummary s = run(runner);

        QCOMPARE(channel.started, 9);
        QCOMPARE(s.succeeded, 9);
        for (const auto &[before, inFlight] : std::as_const(channel.starts))
            QVERIFY2(inFlight <= p.concurrencyAt(before),
                     qPrintable(QStringLiteral("start %1: %2 in flight").arg(before).arg(inFlight)));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(channel.starts.at(i).second, 1); // the first step: one at a time
        QCOMPARE(channel.maxInFlight, 3);
        QCOMPARE(s.maxInFlight, 3);
        QVERIFY(s.table().contains(QStringLiteral("concurrency 1 → 3")));
    }

    // Cancel: nothing starts after it, the ones in flight end, the summary says so.
    void cancelStartsNoMore()
    {
        Channel channel(m_tb->backend.get(), QStringLiteral("fn"));
        LoadRunner runner(m_tb->backend.get(), plan(1000, 2));
        QSignalSpy ended(m_tb->backend.get(), &Backend::invocationFinished);
        QSignalSpy finished(&runner, &LoadRunner::finished);
        runner.start();
        QVERIFY(waitForSignals(
            ended, [&] { return ended.size() >= 3; }, safetyNetMs(60000)));
        runner.cancel();
        const int startedAtCancel = channel.started;
        QVERIFY(finished.wait(safetyNetMs(60000)));
        const LoadSummary s = finished.first().first().value<LoadSummary>();
        QCOMPARE(channel.started, startedAtCancel);
        QCOMPARE(channel.finished, startedAtCancel);
        QVERIFY(startedAtCancel < 1000);
        QVERIFY(s.cancelled);
        QCOMPARE(s.count, startedAtCancel);
        QCOMPARE(s.requested, 1000);
        QCOMPARE(runner.inFlight(), 0);
        QVERIFY(!s.allSucceeded());
        QVERIFY(s.table().contains(QStringLiteral("cancelled after %1 of 1000").arg(startedAtCancel)));
    }

    // Function errors and timeouts are counted apart.
    void errorsAndTimeouts()
    {
        LoadRunner failing(m_tb->backend.get(), plan(4, 2, R"({"fail": true})"));
        LoadSummary s = run(failing);
        QCOMPARE(s.count, 4);
        QCOMPARE(s.errors, 4);
        QCOMPARE(s.succeeded, 0);
        QCOMPARE(s.firstError, QStringLiteral("ValueError: boom"));
        QVERIFY2(s.table().contains(QStringLiteral("First error     ValueError: boom\n")), qPrintable(s.table()));

        auto config = m_tb->backend->getFunction(QStringLiteral("fn"));
        QVERIFY(config);
        FunctionConfig c = config.value();
        c.timeout = 1;
        QVERIFY(m_tb->backend->updateConfiguration(c));
        LoadRunner slow(m_tb->backend.get(), plan(2, 2, R"({"sleep": 5})"));
        s = run(slow);
        QCOMPARE(s.timeouts, 2);
        QCOMPARE(s.errors, 0);
        QVERIFY2(s.firstError.contains(QStringLiteral("Task timed out after 1.00 seconds")), qPrintable(s.firstError));
        QVERIFY2(s.table().contains(QStringLiteral("Timeouts        2\n")), qPrintable(s.table()));
    }

    // A request that cannot run at all (no such function, a payload that is no JSON) stops the
    // run at once with the Backend's error.
    void requestThatCannotRunStopsTheRun()
    {
        LoadPlan missing = plan(50, 5);
        missing.function = QStringLiteral("nope");
        LoadRunner a(m_tb->backend.get(), missing);
        LoadSummary s = run(a);
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, Error::Kind::NotFound);
        QCOMPARE(s.count, 0);

        LoadRunner b(m_tb->backend.get(), plan(50, 5, "{not json"));
        s = run(b);
        QVERIFY(s.error);
        QCOMPARE(s.error->field, QStringLiteral("Payload"));
        QCOMPARE(s.count, 0);
        QCOMPARE(m_tb->backend->runningInvocations(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoadRunner)
#include "tst_loadrunner.moc"
