// LoggingConfig obeyed end to end with real runtimes: with JSON, Python's logging and Node's
// console write AWS's JSON records, the platform writes platform.* records instead of
// START/END/REPORT, and lines below the levels are dropped.
#include "testsupport.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace lambdesk;
using namespace testsupport;

namespace {

LoggingConfig jsonLogging(const QString &application = {}, const QString &system = {})
{
    LoggingConfig c;
    c.logFormat = QStringLiteral("JSON");
    c.applicationLogLevel = application;
    c.systemLogLevel = system;
    return c;
}

QStringList texts(const InvocationResult &r)
{
    QStringList out;
    for (const LogLine &l : r.logs)
        out << l.text;
    return out;
}

// The JSON records among the lines, with the raw line kept for checks of key order.
QList<QJsonObject> records(const InvocationResult &r, bool platform)
{
    QList<QJsonObject> out;
    for (const LogLine &l : r.logs) {
        if (l.platform != platform)
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(l.text.toUtf8());
        if (doc.isObject())
            out << doc.object();
    }
    return out;
}

QJsonObject firstOfType(const QList<QJsonObject> &records, const QString &type)
{
    for (const QJsonObject &o : records) {
        if (o.value(QStringLiteral("type")).toString() == type)
            return o;
    }
    return {};
}

QStringList messages(const QList<QJsonObject> &records)
{
    QStringList out;
    for (const QJsonObject &o : records)
        out << o.value(QStringLiteral("message")).toString();
    return out;
}

const QRegularExpression kIsoMs(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));

} // namespace

class TestStructuredLogs : public QObject
{
    Q_OBJECT

    QString pythonCode() const { return fixture(QStringLiteral("handlers/python")); }
    QString nodeCode() const { return fixture(QStringLiteral("handlers/node")); }

private Q_SLOTS:
    void pythonJsonRecordsAndPlatformRecords()
    {
        TestBackend tb;
        QVERIFY(tb.backend->setRegion(QStringLiteral("eu-west-3")));
        FunctionConfig c = tb.config(QStringLiteral("pyjson"), RuntimeFamily::Python,
                                     QStringLiteral("handlers.log_levels"));
        c.logging = jsonLogging();
        QVERIFY(tb.create(c, pythonCode()));
        const auto r = tb.invoke(QStringLiteral("pyjson"));
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : "");
        const QStringList lines = texts(*r);

        // The handler sees what Lambda sets with JSON: the format and the level in force.
        const QJsonObject env = object(r->payload);
        QCOMPARE(env.value(QStringLiteral("format")).toString(), QStringLiteral("JSON"));
        QCOMPARE(env.value(QStringLiteral("level")).toString(), QStringLiteral("INFO"));

        // Python's logging: {"timestamp","level","message","logger","requestId"}, INFO and up.
        const QList<QJsonObject> app = records(*r, false);
        QCOMPARE(messages(app),
                 (QStringList{QStringLiteral("an info record"), QStringLiteral("a warning record"),
                              QStringLiteral("an error record"), QStringLiteral("a self-made error record")}));
        const QJsonObject info = app.first();
        QCOMPARE(info.keys(),
                 (QStringList{QStringLiteral("level"), QStringLiteral("logger"), QStringLiteral("message"),
                              QStringLiteral("requestId"), QStringLiteral("timestamp")}));
        QCOMPARE(info.value(QStringLiteral("level")).toString(), QStringLiteral("INFO"));
        QCOMPARE(info.value(QStringLiteral("logger")).toString(), QStringLiteral("root"));
        QCOMPARE(info.value(QStringLiteral("requestId")).toString(), r->requestId);
        QVERIFY2(kIsoMs.match(info.value(QStringLiteral("timestamp")).toString()).hasMatch(),
                 qPrintable(info.value(QStringLiteral("timestamp")).toString()));
        QCOMPARE(app.at(1).value(QStringLiteral("level")).toString(), QStringLiteral("WARNING"));
        QVERIFY(lines.contains(QStringLiteral("plain print"))); // no level: INFO, kept
        QVERIFY(!lines.join(u'\n').contains(QLatin1String("debug record")));

        // The platform: platform.initStart, platform.start, platform.report; no text lines.
        const QList<QJsonObject> platform = records(*r, true);
        QStringList types;
        for (const QJsonObject &o : platform)
            types << o.value(QStringLiteral("type")).toString();
        QCOMPARE(types,
                 (QStringList{QStringLiteral("platform.initStart"), QStringLiteral("platform.start"),
                              QStringLiteral("platform.report")}));
        QVERIFY(!hasLine(*r, QStringLiteral("START ")) && !hasLine(*r, QStringLiteral("END "))
                && !hasLine(*r, QStringLiteral("REPORT ")));
        const QJsonObject start = firstOfType(platform, QStringLiteral("platform.start"));
        QCOMPARE(start.value(QStringLiteral("record")).toObject().value(QStringLiteral("requestId")).toString(),
                 r->requestId);
        // The runtime version's ARN, in the region the function runs in (as its ARN says).
        const QString arn = firstOfType(platform, QStringLiteral("platform.initStart"))
                                .value(QStringLiteral("record"))
                                .toObject()
                                .value(QStringLiteral("runtimeVersionArn"))
                                .toString();
        QVERIFY2(arn.startsWith(QLatin1String("arn:aws:lambda:eu-west-3::runtime:")) && arn.size() == 34 + 64,
                 qPrintable(arn));
        QCOMPARE(start.value(QStringLiteral("record")).toObject().value(QStringLiteral("version")).toString(),
                 QStringLiteral("$LATEST"));
        const QJsonObject report = firstOfType(platform, QStringLiteral("platform.report"));
        QVERIFY(r->logs.constLast().text.startsWith(QLatin1String("{\"time\":\"")));
        // AWS's member order: requestId, status, metrics.
        QVERIFY2(
            r->logs.constLast().text.contains(QStringLiteral("\"record\":{\"requestId\":\"%1\",\"status\":\"success\","
                                                             "\"metrics\":{\"durationMs\":")
                                                  .arg(r->requestId)),
            qPrintable(r->logs.constLast().text));
        QVERIFY2(kIsoMs.match(report.value(QStringLiteral("time")).toString()).hasMatch(),
                 qPrintable(r->logs.constLast().text));
        const QJsonObject metrics =
            report.value(QStringLiteral("record")).toObject().value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("billedDurationMs")).toInteger(), r->billedMs);
        QCOMPARE(metrics.value(QStringLiteral("memorySizeMB")).toInt(), 128);
        QCOMPARE(metrics.value(QStringLiteral("maxMemoryUsedMB")).toInt(), r->maxMemoryUsedMb);
        QVERIFY(metrics.value(QStringLiteral("initDurationMs")).toDouble() > 0); // cold start
        QCOMPARE(report.value(QStringLiteral("record")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("success"));
    }

    void applicationAndSystemLevelsDrop()
    {
        TestBackend tb;
        FunctionConfig c = tb.config(QStringLiteral("pywarn"), RuntimeFamily::Python,
                                     QStringLiteral("handlers.log_levels"));
        c.logging = jsonLogging(QStringLiteral("WARN"), QStringLiteral("WARN"));
        c.logging.logGroup = QStringLiteral("/custom/group");
        QVERIFY(tb.create(c, pythonCode()));
        const auto r = tb.invoke(QStringLiteral("pywarn"));
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : "");
        const QJsonObject env = object(r->payload);
        QCOMPARE(env.value(QStringLiteral("level")).toString(), QStringLiteral("WARN"));
        QCOMPARE(env.value(QStringLiteral("group")).toString(), QStringLiteral("/custom/group"));
        QCOMPARE(env.value(QStringLiteral("contextGroup")).toString(), QStringLiteral("/custom/group"));
        // WARN and up only; a plain print counts as INFO and goes too.
        QCOMPARE(messages(records(*r, false)),
                 (QStringList{QStringLiteral("a warning record"), QStringLiteral("an error record"),
                              QStringLiteral("a self-made error record")}));
        QVERIFY(!texts(*r).contains(QStringLiteral("plain print")));
        // SystemLogLevel WARN: no platform.start or platform.report.
        QVERIFY2(records(*r, true).isEmpty(), qPrintable(texts(*r).join(u'\n')));

        // DEBUG shows platform.runtimeDone (AWS's DEBUG record) before platform.report.
        c.logging = jsonLogging(QStringLiteral("TRACE"), QStringLiteral("DEBUG"));
        QVERIFY(tb.backend->updateConfiguration(c));
        const auto d = tb.invoke(QStringLiteral("pywarn"));
        QVERIFY(d && !d->isError());
        const QList<QJsonObject> platform = records(*d, true);
        QStringList types;
        for (const QJsonObject &o : platform)
            types << o.value(QStringLiteral("type")).toString();
        // A cold start (the update retired the warm environment), with AWS's DEBUG records too.
        QCOMPARE(types,
                 (QStringList{QStringLiteral("platform.initStart"), QStringLiteral("platform.initRuntimeDone"),
                              QStringLiteral("platform.initReport"), QStringLiteral("platform.start"),
                              QStringLiteral("platform.runtimeDone"), QStringLiteral("platform.report")}));
        QCOMPARE(platform.at(2).value(QStringLiteral("record")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("success"));
        QVERIFY(platform.size() >= 2);
        QCOMPARE(platform.at(platform.size() - 2).value(QStringLiteral("type")).toString(),
                 QStringLiteral("platform.runtimeDone"));
        QCOMPARE(platform.at(platform.size() - 2)
                     .value(QStringLiteral("record"))
                     .toObject()
                     .value(QStringLiteral("requestId"))
                     .toString(),
                 d->requestId);
        QVERIFY(messages(records(*d, false)).contains(QStringLiteral("a self-made debug record"))); // TRACE: all
        QVERIFY(messages(records(*d, false)).contains(QStringLiteral("a debug record")));
    }

    void textStaysText()
    {
        TestBackend tb;
        FunctionConfig c = tb.config(QStringLiteral("pytext"), RuntimeFamily::Python,
                                     QStringLiteral("handlers.log_levels"));
        QVERIFY(tb.create(c, pythonCode()));
        const auto r = tb.invoke(QStringLiteral("pytext"));
        QVERIFY(r && !r->isError());
        const QJsonObject env = object(r->payload);
        QVERIFY(env.value(QStringLiteral("format")).isNull()); // Lambda sets neither with Text
        QVERIFY(env.value(QStringLiteral("level")).isNull());
        QVERIFY(hasLine(*r, QStringLiteral("START RequestId: ") + r->requestId));
        QVERIFY(hasLine(*r, QStringLiteral("INIT_START ")));
        QVERIFY(!hasLine(*r, QStringLiteral("INIT_REPORT"))); // a good cold start: Init Duration in REPORT only
        QVERIFY(hasLine(*r, QStringLiteral("[WARNING]\t")));
        QVERIFY(hasLine(*r, QStringLiteral("{\"level\": \"DEBUG\""))); // Text filters nothing
    }

    void pythonErrorIsAJsonRecord()
    {
        TestBackend tb;
        FunctionConfig c = tb.config(QStringLiteral("pyfail"), RuntimeFamily::Python, QStringLiteral("handlers.fail"));
        c.logging = jsonLogging();
        QVERIFY(tb.create(c, pythonCode()));
        const auto r = tb.invoke(QStringLiteral("pyfail"), R"({"why":"json"})");
        QVERIFY(r && r->isError());
        QJsonObject error;
        for (const QJsonObject &o : records(*r, false)) {
            if (o.contains(QStringLiteral("errorType")))
                error = o;
        }
        QCOMPARE(error.value(QStringLiteral("level")).toString(), QStringLiteral("ERROR"));
        QCOMPARE(error.value(QStringLiteral("errorType")).toString(), QStringLiteral("ValueError"));
        QCOMPARE(error.value(QStringLiteral("errorMessage")).toString(), QStringLiteral("bad value: json"));
        QCOMPARE(error.value(QStringLiteral("requestId")).toString(), r->requestId);
        QVERIFY(!error.value(QStringLiteral("stackTrace")).toArray().isEmpty());
        const QJsonObject report = firstOfType(records(*r, true), QStringLiteral("platform.report"));
        QCOMPARE(report.value(QStringLiteral("record")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("error"));
        QCOMPARE(report.value(QStringLiteral("record")).toObject().value(QStringLiteral("errorType")).toString(),
                 QStringLiteral("ValueError"));
    }

    void nodeErrorIsAJsonRecord()
    {
        TestBackend tb;
        FunctionConfig c = tb.config(QStringLiteral("jsfail"), RuntimeFamily::Node, QStringLiteral("handlers.fail"));
        c.logging = jsonLogging();
        QVERIFY(tb.create(c, nodeCode()));
        const auto r = tb.invoke(QStringLiteral("jsfail"), R"({"why":"json"})");
        QVERIFY(r && r->isError());
        // AWS's Node runtime logs the error itself as the message: {errorType, errorMessage, stackTrace}.
        QJsonObject error;
        for (const QJsonObject &o : records(*r, false)) {
            if (o.value(QStringLiteral("message")).isObject())
                error = o;
        }
        QCOMPARE(error.value(QStringLiteral("level")).toString(), QStringLiteral("ERROR"));
        QCOMPARE(error.value(QStringLiteral("requestId")).toString(), r->requestId);
        const QJsonObject message = error.value(QStringLiteral("message")).toObject();
        QCOMPARE(message.value(QStringLiteral("errorType")).toString(), QStringLiteral("TypeError"));
        QCOMPARE(message.value(QStringLiteral("errorMessage")).toString(), QStringLiteral("bad value: json"));
        QVERIFY(message.value(QStringLiteral("stackTrace"))
                    .toArray()
                    .first()
                    .toString()
                    .startsWith(QLatin1String("TypeError: bad value: json")));
        QVERIFY(messages(records(*r, false)).contains(QStringLiteral("about to fail"))); // console.error
    }

    void nodeJsonRecords()
    {
        TestBackend tb;
        FunctionConfig c = tb.config(QStringLiteral("jsjson"), RuntimeFamily::Node,
                                     QStringLiteral("handlers.logLevels"));
        c.logging = jsonLogging(QStringLiteral("INFO"));
        QVERIFY(tb.create(c, nodeCode()));
        const auto r = tb.invoke(QStringLiteral("jsjson"));
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : "");
        QCOMPARE(object(r->payload).value(QStringLiteral("format")).toString(), QStringLiteral("JSON"));
        QCOMPARE(object(r->payload).value(QStringLiteral("level")).toString(), QStringLiteral("INFO"));
        const QList<QJsonObject> app = records(*r, false);
        QCOMPARE(messages(app),
                 (QStringList{QStringLiteral("an info record"), QStringLiteral("a log record 42"),
                              QStringLiteral("a warning record"), QStringLiteral("an error record")}));
        QStringList levels;
        for (const QJsonObject &o : app)
            levels << o.value(QStringLiteral("level")).toString();
        QCOMPARE(levels,
                 (QStringList{QStringLiteral("INFO"), QStringLiteral("INFO"), QStringLiteral("WARN"),
                              QStringLiteral("ERROR")}));
        // AWS's Node runtime's key order: timestamp, level, requestId, message.
        const QRegularExpression shape(
            QStringLiteral(
                "^\\{\"timestamp\":\"[^\"]+\",\"level\":\"INFO\",\"requestId\":\"%1\",\"message\":\"an info record\"\\}$")
                .arg(r->requestId));
        bool found = false;
        for (const QString &line : texts(*r))
            found = found || shape.match(line).hasMatch();
        QVERIFY2(found, qPrintable(texts(*r).join(u'\n')));
        QVERIFY(texts(*r).contains(QStringLiteral("plain write")));
        QVERIFY(!texts(*r).join(u'\n').contains(QLatin1String("a debug record")));
        QCOMPARE(firstOfType(records(*r, true), QStringLiteral("platform.report"))
                     .value(QStringLiteral("record"))
                     .toObject()
                     .value(QStringLiteral("requestId"))
                     .toString(),
                 r->requestId);
    }
};

QTEST_GUILESS_MAIN(TestStructuredLogs)
#include "tst_structuredlogs.moc"
