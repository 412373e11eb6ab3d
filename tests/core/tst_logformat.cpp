// START / END / REPORT and friends, to the character as AWS Lambda writes them.
#include "runtime/logformat.h"

#include <QtTest>
#include <csignal>

using namespace lambdesk;

class TestLogFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startEnd()
    {
        QCOMPARE(logformat::start(QStringLiteral("8f5f0f58-aaaa"), QStringLiteral("$LATEST")),
                 QStringLiteral("START RequestId: 8f5f0f58-aaaa Version: $LATEST"));
        QCOMPARE(logformat::end(QStringLiteral("8f5f0f58-aaaa")), QStringLiteral("END RequestId: 8f5f0f58-aaaa"));
    }
    void reportCold()
    {
        logformat::Report r{QStringLiteral("id"), 15.744, 16, 128, 56, 130.491, {}, {}};
        QCOMPARE(
            logformat::report(r),
            QStringLiteral("REPORT RequestId: id\tDuration: 15.74 ms\tBilled Duration: 16 ms\tMemory Size: 128 MB\t"
                           "Max Memory Used: 56 MB\tInit Duration: 130.49 ms"));
    }
    void reportWarm()
    {
        logformat::Report r{QStringLiteral("id"), 0.5, 1, 1024, 70, std::nullopt, {}, {}};
        QCOMPARE(
            logformat::report(r),
            QStringLiteral(
                "REPORT RequestId: id\tDuration: 0.50 ms\tBilled Duration: 1 ms\tMemory Size: 1024 MB\tMax Memory Used: 70 MB"));
    }
    void reportTimeoutAndError()
    {
        logformat::Report t{QStringLiteral("id"), 3000, 3000, 128, 40, std::nullopt, QStringLiteral("timeout"), {}};
        QVERIFY(logformat::report(t).endsWith(QLatin1String("\tMax Memory Used: 40 MB\tStatus: timeout")));
        logformat::Report e{QStringLiteral("id"),
                            12,
                            12,
                            128,
                            128,
                            std::nullopt,
                            QStringLiteral("error"),
                            QStringLiteral("Runtime.OutOfMemory")};
        QVERIFY(logformat::report(e).endsWith(QLatin1String("\tStatus: error\tError Type: Runtime.OutOfMemory")));
    }
    void timedOut()
    {
        // 2026-11-22T10:04:05.123Z
        const qint64 ms = QDateTime(QDate(2026, 11, 22), QTime(10, 4, 5, 123), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(logformat::isoTime(ms), QStringLiteral("2026-11-22T10:04:05.123Z"));
        QCOMPARE(logformat::timedOut(ms, QStringLiteral("abc"), 1),
                 QStringLiteral("2026-11-22T10:04:05.123Z abc Task timed out after 1.00 seconds"));
    }
    void exitDescription_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("text");
        QTest::newRow("exit 1") << 1 << 0 << "exit status 1";
        QTest::newRow("exit 0") << 0 << 0 << "exit status 0";
        QTest::newRow("killed") << 0 << int(SIGKILL) << "signal: killed";
        QTest::newRow("segv") << 0 << int(SIGSEGV) << "signal: segmentation fault";
        QTest::newRow("abort") << 0 << int(SIGABRT) << "signal: aborted";
        QTest::newRow("term") << 0 << int(SIGTERM) << "signal: terminated";
    }
    void exitDescription()
    {
        QFETCH(int, status);
        QFETCH(int, signal);
        QFETCH(QString, text);
        QCOMPARE(logformat::exitDescription(status, signal), text);
    }
    void billed()
    {
        QCOMPARE(logformat::billedMs(0.01), 1);
        QCOMPARE(logformat::billedMs(1.0), 1);
        QCOMPARE(logformat::billedMs(1.01), 2);
        QCOMPARE(logformat::billedMs(15.74), 16);
        QCOMPARE(logformat::billedMs(3000.0), 3000);
    }
    void initLines()
    {
        QCOMPARE(logformat::initStart(QStringLiteral("python:3.11.7")),
                 QStringLiteral("INIT_START Runtime Version: python:3.11.7"));
        QCOMPARE(
            logformat::initReport(52.214, QStringLiteral("error"), QStringLiteral("Runtime.ImportModuleError")),
            QStringLiteral(
                "INIT_REPORT Init Duration: 52.21 ms\tPhase: init\tStatus: error\tError Type: Runtime.ImportModuleError"));
    }
};

QTEST_GUILESS_MAIN(TestLogFormat)
#include "tst_logformat.moc"
