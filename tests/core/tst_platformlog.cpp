// The platform's lines in a function's LoggingConfig: AWS's text lines, or AWS's JSON system
// log records filtered by SystemLogLevel, and application lines filtered by ApplicationLogLevel.
#include "runtime/platformlog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lambdesk;

namespace {

// 2026-11-22T10:04:05.123Z
constexpr qint64 kT = 1795341845123;

LoggingConfig json(const QString &application = {}, const QString &system = {})
{
    LoggingConfig c;
    c.logFormat = QStringLiteral("JSON");
    c.applicationLogLevel = application;
    c.systemLogLevel = system;
    return c;
}

logformat::Report report(std::optional<double> init, const QString &status = {}, const QString &errorType = {})
{
    return {QStringLiteral("r1"), 15.74, 16, 128, 56, init, status, errorType};
}

} // namespace

class TestPlatformLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textIsAwsText()
    {
        const PlatformLog text;
        QVERIFY(!text.isJson());
        QCOMPARE(text.start(kT, QStringLiteral("r1"), QStringLiteral("$LATEST")).value(),
                 QStringLiteral("START RequestId: r1 Version: $LATEST"));
        QCOMPARE(text.end(kT, QStringLiteral("r1"), QStringLiteral("success"), {}, 1.0, 2).value(),
                 QStringLiteral("END RequestId: r1"));
        QCOMPARE(text.report(kT, report(130.49)).value(),
                 QStringLiteral("REPORT RequestId: r1\tDuration: 15.74 ms\tBilled Duration: 16 ms\tMemory Size: 128 "
                                "MB\tMax Memory Used: 56 MB\tInit Duration: 130.49 ms"));
        QCOMPARE(
            text.initStart(kT, QStringLiteral("python:3.11"), QStringLiteral("f"), QStringLiteral("$LATEST")).value(),
            QStringLiteral("INIT_START Runtime Version: python:3.11"));
        QVERIFY(!text.initRuntimeDone(kT, QStringLiteral("success"), {})); // no text line for it
        // Text writes INIT_REPORT for a failed init only: a good one shows as REPORT's Init Duration.
        QVERIFY(!text.initReport(kT, 130.49, QStringLiteral("success"), {}));
        QCOMPARE(
            text.initReport(kT, 52.21, QStringLiteral("error"), QStringLiteral("Runtime.ImportModuleError")).value(),
            QStringLiteral("INIT_REPORT Init Duration: 52.21 ms\tPhase: init\tStatus: error\tError Type: "
                           "Runtime.ImportModuleError"));
        // Text filters nothing, not even a JSON line that says it is DEBUG.
        QVERIFY(text.keepsApplicationLine(QStringLiteral(R"({"level":"DEBUG","message":"x"})")));
    }

    void jsonRecords_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        const PlatformLog p(json());
        QTest::newRow("platform.start")
            << p.start(kT, QStringLiteral("r1"), QStringLiteral("$LATEST")).value()
            << QStringLiteral(
                   R"({"time":"2026-11-22T10:04:05.123Z","type":"platform.start","record":{"requestId":"r1","version":"$LATEST"}})");
        QTest::newRow("platform.report, cold")
            << p.report(kT, report(130.49)).value()
            << QStringLiteral(
                   R"({"time":"2026-11-22T10:04:05.123Z","type":"platform.report","record":{"requestId":"r1","status":"success","metrics":{"durationMs":15.74,"billedDurationMs":16,"memorySizeMB":128,"maxMemoryUsedMB":56,"initDurationMs":130.49}}})");
        QTest::newRow("platform.report, error")
            << p.report(kT, report(std::nullopt, QStringLiteral("error"), QStringLiteral("Runtime.ExitError"))).value()
            << QStringLiteral(
                   R"({"time":"2026-11-22T10:04:05.123Z","type":"platform.report","record":{"requestId":"r1","status":"error","errorType":"Runtime.ExitError","metrics":{"durationMs":15.74,"billedDurationMs":16,"memorySizeMB":128,"maxMemoryUsedMB":56}}})");
        QTest::newRow("platform.initStart")
            << p.initStart(kT, QStringLiteral("python:3.11"), QStringLiteral("f"), QStringLiteral("$LATEST"),
                           QStringLiteral("eu-west-3"))
                   .value()
            << QStringLiteral(
                   R"({"time":"2026-11-22T10:04:05.123Z","type":"platform.initStart","record":{"initializationType":"on-demand","phase":"init","runtimeVersion":"python:3.11","runtimeVersionArn":"arn:aws:lambda:eu-west-3::runtime:%1","functionName":"f","functionVersion":"$LATEST"}})")
                   .arg(QString::fromLatin1(
                       QCryptographicHash::hash("python:3.11", QCryptographicHash::Sha256).toHex()));
        QTest::newRow("platform.initReport")
            << p.initReport(kT, 52.214, QStringLiteral("error"), QStringLiteral("Runtime.ImportModuleError")).value()
            << QStringLiteral(
                   R"({"time":"2026-11-22T10:04:05.123Z","type":"platform.initReport","record":{"initializationType":"on-demand","phase":"init","status":"error","errorType":"Runtime.ImportModuleError","metrics":{"durationMs":52.214}}})");
        const PlatformLog debug(json({}, QStringLiteral("DEBUG")));
        QTest::newRow("platform.initRuntimeDone")
            << debug.initRuntimeDone(kT, QStringLiteral("error"), QStringLiteral("Runtime.ImportModuleError")).value()
            << QStringLiteral(
                   R"({"time":"2026-11-22T10:04:05.123Z","type":"platform.initRuntimeDone","record":{"initializationType":"on-demand","phase":"init","status":"error","errorType":"Runtime.ImportModuleError"}})");
        QTest::newRow("platform.initReport, success")
            << debug.initReport(kT, 173.778, QStringLiteral("success"), {}).value()
            << QStringLiteral(
                   R"({"time":"2026-11-22T10:04:05.123Z","type":"platform.initReport","record":{"initializationType":"on-demand","phase":"init","status":"success","metrics":{"durationMs":173.778}}})");
        QTest::newRow("platform.runtimeDone")
            << debug.end(kT, QStringLiteral("r\"1"), QStringLiteral("success"), {}, 2.5, 17).value()
            << QStringLiteral("{\"time\":\"2026-11-22T10:04:05.123Z\",\"type\":\"platform.runtimeDone\",\"record\":{"
                              "\"requestId\":\"r\\\"1\",\"status\":\"success\",\"metrics\":{\"durationMs\":2.5,"
                              "\"producedBytes\":17}}}");
    }

    void jsonRecords()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QCOMPARE(line, expected);
        QJsonParseError error;
        QVERIFY(QJsonDocument::fromJson(line.toUtf8(), &error).isObject()); // and it is JSON
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void systemLevelDropsRecords_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("start");
        QTest::addColumn<bool>("runtimeDone");
        QTest::addColumn<bool>("report");
        QTest::addColumn<bool>("initDone");   // platform.initRuntimeDone and a good init's platform.initReport
        QTest::addColumn<bool>("initFailed"); // a failed init's platform.initReport
        // AWS maps platform.runtimeDone to DEBUG, platform.start and platform.report to INFO.
        QTest::newRow("default (INFO)") << QString() << true << false << true << false << true;
        QTest::newRow("DEBUG") << QStringLiteral("DEBUG") << true << true << true << true << true;
        QTest::newRow("INFO") << QStringLiteral("INFO") << true << false << true << false << true;
        QTest::newRow("WARN") << QStringLiteral("WARN") << false << false << false << false << false;
    }

    void systemLevelDropsRecords()
    {
        QFETCH(QString, level);
        const PlatformLog p(json({}, level));
        QTEST(p.start(kT, QStringLiteral("r1"), QStringLiteral("1")).has_value(), "start");
        QTEST(p.end(kT, QStringLiteral("r1"), QStringLiteral("success"), {}, 1, 1).has_value(), "runtimeDone");
        QTEST(p.report(kT, report(std::nullopt)).has_value(), "report");
        QTEST(p.initRuntimeDone(kT, QStringLiteral("success"), {}).has_value(), "initDone");
        QTEST(p.initReport(kT, 1, QStringLiteral("success"), {}).has_value(), "initDone");
        QTEST(p.initReport(kT, 1, QStringLiteral("error"), QStringLiteral("Runtime.ExitError")).has_value(),
              "initFailed");
    }

    void applicationLevel_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("rank");
        QTest::newRow("plain text is INFO") << QStringLiteral("hello") << 2;
        QTest::newRow("Python JSON record")
            << QStringLiteral(R"({"timestamp": "2026-01-01T00:00:00.000Z", "level": "WARNING", "message": "m"})") << 3;
        QTest::newRow("Node JSON record") << QStringLiteral(R"({"timestamp":"t","level":"DEBUG","message":"m"})") << 1;
        QTest::newRow("lower case, as AWS's docs print it")
            << QStringLiteral(R"({"level": "debug", "msg": "my debug log"})") << 1;
        QTest::newRow("TRACE") << QStringLiteral(R"({"level":"TRACE"})") << 0;
        QTest::newRow("FATAL") << QStringLiteral(R"({"level":"FATAL"})") << 5;
        QTest::newRow("invalid level is INFO") << QStringLiteral(R"({"level":"loud"})") << 2;
        QTest::newRow("level not text is INFO") << QStringLiteral(R"({"level":3})") << 2;
        QTest::newRow("no level is INFO") << QStringLiteral(R"({"message":"m"})") << 2;
        QTest::newRow("broken JSON is INFO") << QStringLiteral("{\"level\":\"DEBUG\"") << 2;
    }

    void applicationLevel()
    {
        QFETCH(QString, line);
        QTEST(PlatformLog::applicationLevel(line), "rank");
    }

    void applicationLevelDropsLines_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("kept");
        const QString debug = QStringLiteral(R"({"level":"DEBUG","message":"d"})");
        const QString warn = QStringLiteral(R"({"level":"WARN","message":"w"})");
        QTest::newRow("default INFO drops DEBUG") << QString() << debug << false;
        QTest::newRow("default INFO keeps plain text") << QString() << QStringLiteral("print") << true;
        QTest::newRow("TRACE keeps DEBUG") << QStringLiteral("TRACE") << debug << true;
        QTest::newRow("WARN drops plain text (INFO)") << QStringLiteral("WARN") << QStringLiteral("print") << false;
        QTest::newRow("WARN keeps WARN") << QStringLiteral("WARN") << warn << true;
        QTest::newRow("ERROR drops WARN") << QStringLiteral("ERROR") << warn << false;
    }

    void applicationLevelDropsLines()
    {
        QFETCH(QString, level);
        QFETCH(QString, line);
        QTEST(PlatformLog(json(level)).keepsApplicationLine(line), "kept");
    }
};

QTEST_GUILESS_MAIN(TestPlatformLog)
#include "tst_platformlog.moc"
