// The result and the closing platform lines of an invocation, from what the environment measured.
#include "runtime/invocationreport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lambdesk;

namespace {
constexpr qint64 kMs = 1000 * 1000; // ns
constexpr qint64 kMb = 1024 * 1024;

const QString kId = QStringLiteral("req-1");
const QString kReport = QStringLiteral("REPORT RequestId: req-1\t");
} // namespace

class TestInvocationReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void report_data()
    {
        QTest::addColumn<InvocationStatus>("status");
        QTest::addColumn<bool>("cold");
        QTest::addColumn<bool>("billsInit");
        QTest::addColumn<qint64>("elapsedNs");
        QTest::addColumn<qint64>("deliveredNs");
        QTest::addColumn<double>("initMs");        // < 0: init never ended
        QTest::addColumn<double>("initElapsedMs"); // since the process started
        QTest::addColumn<bool>("initReported");
        QTest::addColumn<qint64>("peakBytes");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QStringList>("errorLines");
        // expected
        QTest::addColumn<double>("durationMs");
        QTest::addColumn<qint64>("billedMs");
        QTest::addColumn<int>("maxMemoryUsedMb");
        QTest::addColumn<bool>("hasInitDuration");
        QTest::addColumn<QStringList>("lines");

        const InvocationStatus ok = InvocationStatus::Succeeded, failed = InvocationStatus::Failed,
                               timedOut = InvocationStatus::TimedOut;
        const QString end = QStringLiteral("END RequestId: req-1");
        const QString start = QStringLiteral("START RequestId: req-1 Version: $LATEST");
        const QString timedOutLine = QStringLiteral("2026-01-01T00:00:00.000Z req-1 Task timed out after 3.00 seconds");

        QTest::newRow("warm success")
            << ok << false << false << 20 * kMs << 5 * kMs << -1.0 << 0.0 << false << 50 * kMb + 1 << QString()
            << QStringList() << 15.0 << qint64(15) << 51 << false
            << QStringList{end,
                           kReport
                               + QStringLiteral("Duration: 15.00 ms\tBilled Duration: 15 ms\tMemory Size: 128 "
                                                "MB\tMax Memory Used: 51 MB")};
        QTest::newRow("cold success reports Init Duration")
            << ok << true << false << 145740000ll << 130 * kMs << 130.49 << 130.49 << false << 56 * kMb << QString()
            << QStringList() << 15.74 << qint64(16) << 56 << true
            << QStringList{end,
                           kReport
                               + QStringLiteral("Duration: 15.74 ms\tBilled Duration: 16 ms\tMemory Size: 128 "
                                                "MB\tMax Memory Used: 56 MB\tInit Duration: 130.49 ms")};
        QTest::newRow("custom runtime is billed for init")
            << ok << true << true << 110500000ll << 100 * kMs << 100.25 << 100.25 << false << 3 * kMb << QString()
            << QStringList() << 10.5 << qint64(111) << 3 << true
            << QStringList{end,
                           kReport
                               + QStringLiteral("Duration: 10.50 ms\tBilled Duration: 111 ms\tMemory Size: 128 "
                                                "MB\tMax Memory Used: 3 MB\tInit Duration: 100.25 ms")};
        QTest::newRow("warm: no Init Duration, even though init was measured")
            << ok << false << true << 2 * kMs << 1 * kMs << 80.0 << 900.0 << false << 0ll << QString() << QStringList()
            << 1.0 << qint64(1) << 0 << false
            << QStringList{end,
                           kReport
                               + QStringLiteral("Duration: 1.00 ms\tBilled Duration: 1 ms\tMemory Size: 128 "
                                                "MB\tMax Memory Used: 0 MB")};
        QTest::newRow("function error names its type")
            << failed << false << false << 9 * kMs << 1 * kMs << -1.0 << 0.0 << false << 40 * kMb
            << QStringLiteral("ValueError") << QStringList() << 8.0 << qint64(8) << 40 << false
            << QStringList{end,
                           kReport
                               + QStringLiteral("Duration: 8.00 ms\tBilled Duration: 8 ms\tMemory Size: 128 "
                                                "MB\tMax Memory Used: 40 MB\tStatus: error\tError Type: "
                                                "ValueError")};
        QTest::newRow("timeout reports the deadline as its duration")
            << timedOut << false << false << 3200 * kMs << 1 * kMs << -1.0 << 0.0 << false << 10 * kMb
            << QStringLiteral("Sandbox.Timedout") << QStringList{timedOutLine} << 3000.0 << qint64(3000) << 10 << false
            << QStringList{timedOutLine, end,
                           kReport
                               + QStringLiteral("Duration: 3000.00 ms\tBilled Duration: 3000 ms\tMemory Size: 128 "
                                                "MB\tMax Memory Used: 10 MB\tStatus: timeout")};
        QTest::newRow("init timed out: INIT_REPORT, then START")
            << timedOut << true << false << 10000 * kMs << -1ll << -1.0 << 10000.5 << false << 20 * kMb
            << QStringLiteral("Sandbox.Timedout") << QStringList{timedOutLine} << 10000.0 << qint64(10000) << 20
            << false
            << QStringList{QStringLiteral("INIT_REPORT Init Duration: 10000.50 ms\tPhase: init\tStatus: "
                                          "timeout\tError Type: Sandbox.Timedout"),
                           start, timedOutLine, end,
                           kReport
                               + QStringLiteral("Duration: 10000.00 ms\tBilled Duration: 10000 ms\tMemory Size: 128 "
                                                "MB\tMax Memory Used: 20 MB\tStatus: timeout")};
        QTest::newRow("init error already reported: START only")
            << failed << true << false << 52 * kMs << -1ll << 52.21 << 52.3 << true << 9 * kMb
            << QStringLiteral("Runtime.ImportModuleError") << QStringList() << 52.0 << qint64(52) << 9 << true
            << QStringList{start, end,
                           kReport
                               + QStringLiteral("Duration: 52.00 ms\tBilled Duration: 52 ms\tMemory Size: 128 "
                                                "MB\tMax Memory Used: 9 MB\tInit Duration: 52.21 ms\tStatus: "
                                                "error\tError Type: Runtime.ImportModuleError")};
        QTest::newRow("memory kill is reported at the memory size")
            << failed << false << false << 400 * kMs << 1 * kMs << -1.0 << 0.0 << false << 300 * kMb
            << QStringLiteral("Runtime.OutOfMemory")
            << QStringList{QStringLiteral("RequestId: req-1 Error: Runtime exited with error: signal: killed"),
                           QStringLiteral("Runtime.OutOfMemory")}
            << 399.0 << qint64(399) << 128 << false
            << QStringList{QStringLiteral("RequestId: req-1 Error: Runtime exited with error: signal: killed"),
                           QStringLiteral("Runtime.OutOfMemory"), end,
                           kReport
                               + QStringLiteral("Duration: 399.00 ms\tBilled Duration: 399 ms\tMemory Size: 128 "
                                                "MB\tMax Memory Used: 128 MB\tStatus: error\tError Type: "
                                                "Runtime.OutOfMemory")};
    }
    void report()
    {
        QFETCH(InvocationStatus, status);
        QFETCH(bool, cold);
        QFETCH(bool, billsInit);
        QFETCH(qint64, elapsedNs);
        QFETCH(qint64, deliveredNs);
        QFETCH(double, initMs);
        QFETCH(double, initElapsedMs);
        QFETCH(bool, initReported);
        QFETCH(qint64, peakBytes);
        QFETCH(QString, errorType);
        QFETCH(QStringList, errorLines);
        QFETCH(double, durationMs);
        QFETCH(qint64, billedMs);
        QFETCH(int, maxMemoryUsedMb);
        QFETCH(bool, hasInitDuration);
        QFETCH(QStringList, lines);

        InvocationReport::Input in;
        in.requestId = kId;
        in.functionName = QStringLiteral("fn");
        in.version = QStringLiteral("$LATEST");
        in.logStream = QStringLiteral("2026/01/01/[$LATEST]abc");
        in.startedAtMs = 1767225600000;
        in.memorySizeMb = 128;
        in.timeoutS = 3;
        in.billsInit = billsInit;
        in.cold = cold;
        in.elapsedNs = elapsedNs;
        in.deliveredNs = deliveredNs;
        if (initMs >= 0)
            in.initDurationMs = initMs;
        in.initElapsedMs = initElapsedMs;
        in.initReported = initReported;
        in.peakMemoryBytes = peakBytes;
        in.status = status;
        in.errorType = errorType;
        in.payload = QByteArrayLiteral("{\"k\":1}");
        in.errorLines = errorLines;

        const InvocationReport report(in);
        const InvocationResult &r = report.result();
        QCOMPARE(report.lines(), lines);
        QCOMPARE(report.reportsInit(), lines.first().startsWith(QLatin1String("INIT_REPORT")));
        QCOMPARE(r.durationMs, durationMs);
        QCOMPARE(r.billedMs, billedMs);
        QCOMPARE(r.maxMemoryUsedMb, maxMemoryUsedMb);
        QCOMPARE(r.initDurationMs.has_value(), hasInitDuration);
        if (hasInitDuration)
            QCOMPARE(*r.initDurationMs, initMs);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorType, errorType);
        QCOMPARE(r.functionError, status == InvocationStatus::Succeeded ? QString() : QStringLiteral("Unhandled"));
        QCOMPARE(r.requestId, kId);
        QCOMPARE(r.functionName, QStringLiteral("fn"));
        QCOMPARE(r.executedVersion, QStringLiteral("$LATEST"));
        QCOMPARE(r.memorySizeMb, 128);
        QCOMPARE(r.startedAtMs, in.startedAtMs);
        QCOMPARE(r.logStream, in.logStream);
        QCOMPARE(r.payload, in.payload);
        QVERIFY(r.logs.isEmpty()); // the environment's to fill
    }

    // What the cgroup's CPU quota held back: kept in the result (never more than the
    // Duration), and told in a note of Lambdesk's before END when there was any, since AWS's
    // REPORT has no field for it; nothing at all where no cgroup measured it.
    void cpuThrottling_data()
    {
        QTest::addColumn<double>("throttledMs"); // < 0: not measured
        QTest::addColumn<qint64>("periods");
        QTest::addColumn<double>("expectedMs"); // < 0: none in the result
        QTest::addColumn<QString>("note");      // empty: no line
        QTest::newRow("not measured") << -1.0 << qint64(0) << -1.0 << QString();
        QTest::newRow("measured, none") << 0.0 << qint64(0) << 0.0 << QString();
        QTest::newRow("throttled")
            << 12.5 << qint64(3) << 12.5
            << QStringLiteral("Lambdesk: CPU throttled for 12.50 ms in 3 periods (128 MB gets 7.2% of a vCPU)");
        QTest::newRow("one period")
            << 0.75 << qint64(1) << 0.75
            << QStringLiteral("Lambdesk: CPU throttled for 0.75 ms in 1 period (128 MB gets 7.2% of a vCPU)");
        QTest::newRow("at most the Duration")
            << 40.0 << qint64(4) << 15.0
            << QStringLiteral("Lambdesk: CPU throttled for 15.00 ms in 4 periods (128 MB gets 7.2% of a vCPU)");
    }
    void cpuThrottling()
    {
        QFETCH(double, throttledMs);
        QFETCH(qint64, periods);
        QFETCH(double, expectedMs);
        QFETCH(QString, note);
        InvocationReport::Input in;
        in.requestId = kId;
        in.version = QStringLiteral("$LATEST");
        in.memorySizeMb = 128;
        in.elapsedNs = 20 * kMs;
        in.deliveredNs = 5 * kMs; // Duration 15 ms
        if (throttledMs >= 0)
            in.cpuThrottledMs = throttledMs;
        in.cpuThrottledPeriods = periods;
        const InvocationReport report(in);
        const InvocationResult &r = report.result();
        QCOMPARE(r.cpuThrottledMs.has_value(), expectedMs >= 0);
        if (expectedMs >= 0)
            QCOMPARE(*r.cpuThrottledMs, expectedMs);
        QCOMPARE(r.cpuThrottledPeriods, int(periods));
        QStringList lines;
        if (!note.isEmpty())
            lines << note;
        lines << QStringLiteral("END RequestId: req-1")
              << kReport
                + QStringLiteral(
                     "Duration: 15.00 ms\tBilled Duration: 15 ms\tMemory Size: 128 MB\tMax Memory Used: 0 MB");
        QCOMPARE(report.lines(), lines);
    }

    void runtimeError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("init");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("errorMessage");
        QTest::newRow("document as it is") << QByteArray(R"({"errorType":"ValueError","errorMessage":"bad"})")
                                           << QByteArray("Other") << false << "ValueError"
                                           << "bad";
        QTest::newRow("type from the header")
            << QByteArray(R"({"errorMessage":"bad"})") << QByteArray("HeaderError") << false << "HeaderError"
            << "bad";
        QTest::newRow("text becomes a document")
            << QByteArray("it broke") << QByteArray("TextError") << false << "TextError"
            << "it broke";
        QTest::newRow("nothing says: Unhandled") << QByteArray("it broke") << QByteArray() << false << "Unhandled"
                                                 << "it broke";
        QTest::newRow("init: Runtime.Unknown") << QByteArray("[1]") << QByteArray() << true << "Runtime.Unknown"
                                               << "[1]";
    }
    void runtimeError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        QFETCH(bool, init);
        QFETCH(QString, errorType);
        QFETCH(QString, errorMessage);
        const auto e = InvocationReport::runtimeError(body, header, init);
        QCOMPARE(e.errorType, errorType);
        const QJsonObject o = QJsonDocument::fromJson(e.payload).object();
        QCOMPARE(o.value(QStringLiteral("errorMessage")).toString(), errorMessage);
        if (QJsonDocument::fromJson(body).isObject())
            QCOMPARE(e.payload, body); // untouched
        else
            QCOMPARE(o.value(QStringLiteral("errorType")).toString(), errorType);
    }

    void reasons_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("reason");
        QTest::newRow("clean exit") << 0 << 0 << "Runtime exited without providing a reason";
        QTest::newRow("exit 7") << 7 << 0 << "Runtime exited with error: exit status 7";
        QTest::newRow("killed") << 0 << 9 << "Runtime exited with error: signal: killed";
        QTest::newRow("segv") << 0 << 11 << "Runtime exited with error: signal: segmentation fault";
    }
    void reasons()
    {
        QFETCH(int, exitCode);
        QFETCH(int, signal);
        QFETCH(QString, reason);
        QCOMPARE(InvocationReport::exitReason(exitCode, signal), reason);
    }

    void storageExceeded_data()
    {
        QTest::addColumn<qint64>("usedBytes");
        QTest::addColumn<int>("ephemeralMb");
        QTest::addColumn<QString>("reason");
        QTest::newRow("612 MB") << 612
                * kMb << 512 << "Runtime exited: /tmp held 612 MB, more than the function's 512 MB of ephemeral storage";
        // Rounded up: just past the limit never reads as the limit itself.
        QTest::newRow("one byte over") << 512 * kMb
                + 1 << 512 << "Runtime exited: /tmp held 513 MB, more than the function's 512 MB of ephemeral storage";
        QTest::newRow("10 GB") << 10241 * kMb << 10240
                               << "Runtime exited: /tmp held 10241 MB, more than the function's 10240 MB of "
                                  "ephemeral storage";
    }
    void storageExceeded()
    {
        QFETCH(qint64, usedBytes);
        QFETCH(int, ephemeralMb);
        QFETCH(QString, reason);
        QCOMPARE(InvocationReport::storageExceededReason(usedBytes, ephemeralMb), reason);
    }

    void errorDocument()
    {
        const QJsonObject o = QJsonDocument::fromJson(InvocationReport::errorDocument(
                                                          QStringLiteral("Sandbox.Timedout"), QStringLiteral("late")))
                                  .object();
        QCOMPARE(o.value(QStringLiteral("errorType")).toString(), QStringLiteral("Sandbox.Timedout"));
        QCOMPARE(o.value(QStringLiteral("errorMessage")).toString(), QStringLiteral("late"));
    }
};

QTEST_GUILESS_MAIN(TestInvocationReport)
#include "tst_invocationreport.moc"
