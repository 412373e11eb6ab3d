// Schedules through the Backend (backendschedules.cpp): a real Python handler receives
// EventBridge's Scheduled Event key by key when the (injected) clock reaches the run; the run
// is on the one invocation channel with the source Schedule; schedules survive a restart; a
// bad schedules.json is reported and never overwritten; a deleted function's schedule is kept
// and shown broken.
#include "backend.h"
#include "cli/commandline.h"
#include "invoke/asyncqueue.h"
#include "testsupport.h"
#include "triggers/scheduler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace lambdesk;
using namespace testsupport;

namespace {

// Returns the event it got, its keys in the order they came (json keeps them).
const char *kEchoHandler = R"PY(import json

def handler(event, context):
    if isinstance(event, dict) and event.get("fail"):
        raise ValueError("boom")
    return {"event": event, "keys": list(event.keys()) if isinstance(event, dict) else None}
)PY";

QString writeEcho(const QTemporaryDir &dir)
{
    QFile f(dir.filePath(QStringLiteral("lambda_function.py")));
    if (!f.open(QIODevice::WriteOnly) || f.write(kEchoHandler) < 0)
        qFatal("cannot write the handler");
    return dir.path();
}

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Schedule schedule(const QString &name, const QString &expression, const QString &function)
{
    Schedule s;
    s.name = name;
    s.expression = expression;
    s.function = function;
    return s;
}

struct Clock
{
    QDateTime now = utc(QStringLiteral("2026-12-01T11:58:30"));
};

} // namespace

class TestSchedules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scheduledEventReachesTheHandler();
    void inputReplacesTheEvent();
    void retriesKeepTheSource();
    void validationAndConflicts();
    void enableDisable();
    void survivesRestart();
    void badFileIsReportedNotLost();
    void deletedFunctionKeepsSchedule();
    void commandLine();
};

void TestSchedules::scheduledEventReachesTheHandler()
{
    TestBackend tb;
    QTemporaryDir code;
    QVERIFY(
        tb.create(tb.config(QStringLiteral("echo"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
                  writeEcho(code))
            .ok());
    Clock clock;
    tb.backend->scheduler()->setClock([&clock] { return clock.now; });
    tb.backend->scheduler()->start();
    const auto created = tb.backend->createSchedule(
        schedule(QStringLiteral("noon.report"), QStringLiteral("cron(0 12 * * ? *)"), QStringLiteral("echo")));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    QVERIFY(created->problem.isEmpty());
    QCOMPARE(created->nextRuns.size(), 5);
    QCOMPARE(created->nextRuns.first(), utc(QStringLiteral("2026-12-01T12:00:00")));
    QCOMPARE(created->nextRuns.last(), utc(QStringLiteral("2026-12-05T12:00:00")));

    QSignalSpy started(tb.backend.get(), &Backend::invocationStarted);
    QSignalSpy finished(tb.backend.get(), &Backend::invocationFinished);
    QSignalSpy ran(tb.backend.get(), &Backend::scheduleRan);
    // 11:59:59: not yet.
    clock.now = utc(QStringLiteral("2026-12-01T11:59:59"));
    tb.backend->scheduler()->tick();
    QCOMPARE(ran.size(), 0);
    // Noon: one Event invocation.
    clock.now = utc(QStringLiteral("2026-12-01T12:00:00"));
    tb.backend->scheduler()->tick();
    QCOMPARE(ran.size(), 1);
    QCOMPARE(ran.at(0).at(0).toString(), QStringLiteral("noon.report"));
    QCOMPARE(ran.at(0).at(3).toString(), QStringLiteral("queued"));
    const QString requestId = ran.at(0).at(1).toString();
    QVERIFY(!requestId.isEmpty());
    QVERIFY(waitForSignals(
        finished, [&] { return !finished.isEmpty(); }, safetyNetMs(60000)));

    const auto start = started.at(0).at(0).value<InvocationStart>();
    QCOMPARE(start.source, InvocationSource::Schedule);
    QCOMPARE(start.requestId, requestId);
    QCOMPARE(start.function, QStringLiteral("echo"));
    const auto result = finished.at(0).at(0).value<InvocationResult>();
    QCOMPARE(result.source, InvocationSource::Schedule);
    QCOMPARE(sourceName(result.source), QStringLiteral("schedule"));
    QCOMPARE(result.requestId, requestId);
    QCOMPARE(result.status, InvocationStatus::Succeeded);

    // The Scheduled Event, key by key and in AWS's order.
    const QJsonObject answer = object(result.payload);
    const QJsonObject event = answer.value(QStringLiteral("event")).toObject();
    QStringList keys;
    for (const QJsonValue &k : answer.value(QStringLiteral("keys")).toArray())
        keys << k.toString();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("version"), QStringLiteral("id"), QStringLiteral("detail-type"),
                          QStringLiteral("source"), QStringLiteral("account"), QStringLiteral("time"),
                          QStringLiteral("region"), QStringLiteral("resources"), QStringLiteral("detail")}));
    QCOMPARE(event.value(QStringLiteral("version")).toString(), QStringLiteral("0"));
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(event.value(QStringLiteral("id")).toString()).hasMatch(),
             qPrintable(event.value(QStringLiteral("id")).toString()));
    QCOMPARE(event.value(QStringLiteral("detail-type")).toString(), QStringLiteral("Scheduled Event"));
    QCOMPARE(event.value(QStringLiteral("source")).toString(), QStringLiteral("aws.events"));
    QCOMPARE(event.value(QStringLiteral("account")).toString(), QStringLiteral("000000000000"));
    QCOMPARE(event.value(QStringLiteral("time")).toString(), QStringLiteral("2026-12-01T12:00:00Z"));
    QCOMPARE(event.value(QStringLiteral("region")).toString(), tb.backend->region());
    QCOMPARE(event.value(QStringLiteral("resources")).toArray(),
             QJsonArray{QStringLiteral("arn:aws:events:%1:000000000000:rule/noon.report").arg(tb.backend->region())});
    QVERIFY(event.value(QStringLiteral("detail")).isObject());
    QVERIFY(event.value(QStringLiteral("detail")).toObject().isEmpty());

    // The schedule knows its last run and its result (from the channel), and its next runs.
    const auto info = tb.backend->getSchedule(QStringLiteral("noon.report"));
    QVERIFY(info.ok());
    QCOMPARE(info->lastRun, utc(QStringLiteral("2026-12-01T12:00:00")));
    QCOMPARE(info->lastRequestId, requestId);
    QCOMPARE(info->lastResult, QStringLiteral("success"));
    QCOMPARE(info->nextRuns.first(), utc(QStringLiteral("2026-12-02T12:00:00")));

    // Each run is a new event with its own id.
    clock.now = utc(QStringLiteral("2026-12-02T12:00:00"));
    tb.backend->scheduler()->tick();
    QVERIFY(waitForSignals(
        finished, [&] { return finished.size() == 2; }, safetyNetMs(60000)));
    const QJsonObject second =
        object(finished.at(1).at(0).value<InvocationResult>().payload).value(QStringLiteral("event")).toObject();
    QCOMPARE(second.value(QStringLiteral("time")).toString(), QStringLiteral("2026-12-02T12:00:00Z"));
    QVERIFY(second.value(QStringLiteral("id")) != event.value(QStringLiteral("id")));
}

void TestSchedules::inputReplacesTheEvent()
{
    TestBackend tb;
    QTemporaryDir code;
    QVERIFY(
        tb.create(tb.config(QStringLiteral("echo"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
                  writeEcho(code))
            .ok());
    Clock clock;
    tb.backend->scheduler()->setClock([&clock] { return clock.now; });
    tb.backend->scheduler()->start();
    Schedule s = schedule(QStringLiteral("custom"), QStringLiteral("rate(1 minute)"), QStringLiteral("echo:$LATEST"));
    s.input = R"({"job": "cleanup", "n": [1, 2]})";
    QVERIFY(tb.backend->createSchedule(s).ok());
    QSignalSpy finished(tb.backend.get(), &Backend::invocationFinished);
    clock.now = *tb.backend->scheduler()->nextRun(QStringLiteral("custom"));
    tb.backend->scheduler()->tick();
    QVERIFY(waitForSignals(
        finished, [&] { return !finished.isEmpty(); }, safetyNetMs(60000)));
    const auto result = finished.at(0).at(0).value<InvocationResult>();
    QCOMPARE(result.source, InvocationSource::Schedule);
    QCOMPARE(object(result.payload).value(QStringLiteral("event")).toObject(),
             object(R"({"job": "cleanup", "n": [1, 2]})"));
}

void TestSchedules::retriesKeepTheSource()
{
    // A failing run is retried as an Event invocation is (twice), each attempt announced with
    // the source Schedule and its attempt number; the last result is the schedule's.
    TestBackend tb;
    QTemporaryDir code;
    QVERIFY(
        tb.create(tb.config(QStringLiteral("echo"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
                  writeEcho(code))
            .ok());
    AsyncQueue::Options quick = tb.backend->asyncQueue().options();
    quick.retryDelaysMs = {1, 1};
    tb.backend->asyncQueue().setOptions(quick);
    Clock clock;
    tb.backend->scheduler()->setClock([&clock] { return clock.now; });
    tb.backend->scheduler()->start();
    Schedule s = schedule(QStringLiteral("failing"), QStringLiteral("rate(1 minute)"), QStringLiteral("echo"));
    s.input = R"({"fail": true})";
    QVERIFY(tb.backend->createSchedule(s).ok());
    QSignalSpy finished(tb.backend.get(), &Backend::invocationFinished);
    clock.now = *tb.backend->scheduler()->nextRun(QStringLiteral("failing"));
    tb.backend->scheduler()->tick();
    QVERIFY(waitForSignals(
        finished, [&] { return finished.size() == 3; }, safetyNetMs(90000)));
    QString requestId;
    for (int i = 0; i < 3; ++i) {
        const auto r = finished.at(i).at(0).value<InvocationResult>();
        QCOMPARE(r.source, InvocationSource::Schedule);
        QCOMPARE(r.attempt, i + 1);
        QCOMPARE(r.status, InvocationStatus::Failed);
        QCOMPARE(r.errorType, QStringLiteral("ValueError"));
        if (i == 0)
            requestId = r.requestId;
        QCOMPARE(r.requestId, requestId); // one event, three attempts
    }
    QCOMPARE(tb.backend->getSchedule(QStringLiteral("failing"))->lastResult, QStringLiteral("error"));
}

void TestSchedules::validationAndConflicts()
{
    TestBackend tb;
    QVERIFY(tb.createChild(QStringLiteral("fn"), QStringLiteral("echo")).ok());
    auto missing = tb.backend->createSchedule(
        schedule(QStringLiteral("a"), QStringLiteral("rate(5 minutes)"), QStringLiteral("nope")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QVERIFY(missing.error().message.contains(QLatin1String("function:nope")));
    auto bad = tb.backend->createSchedule(
        schedule(QStringLiteral("a"), QStringLiteral("cron(0 12 * * * *)"), QStringLiteral("fn")));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, Error::Kind::InvalidParameter);
    QCOMPARE(bad.error().field, QStringLiteral("ScheduleExpression"));
    QCOMPARE(bad.error().message,
             QStringLiteral("Parameter ScheduleExpression is not valid: day-of-month and "
                            "day-of-week cannot both be specified; use ? in one of them"));
    auto badName = tb.backend->createSchedule(
        schedule(QStringLiteral("a b"), QStringLiteral("rate(5 minutes)"), QStringLiteral("fn")));
    QVERIFY(!badName.ok());
    QCOMPARE(badName.error().field, QStringLiteral("Name"));
    QVERIFY(!QFile::exists(tb.root() + QStringLiteral("/schedules.json"))); // nothing written for a refusal

    QVERIFY(tb.backend
                ->createSchedule(schedule(QStringLiteral("a"), QStringLiteral("rate(5 minutes)"), QStringLiteral("fn")))
                .ok());
    auto again = tb.backend->createSchedule(
        schedule(QStringLiteral("a"), QStringLiteral("rate(1 day)"), QStringLiteral("fn")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QCOMPARE(tb.backend->getSchedule(QStringLiteral("a"))->schedule.expression, QStringLiteral("rate(5 minutes)"));

    // An update replaces; a bad one changes nothing.
    auto updated = tb.backend->updateSchedule(
        schedule(QStringLiteral("a"), QStringLiteral("cron(0 8 ? * MON *)"), QStringLiteral("fn")));
    QVERIFY(updated.ok());
    auto badUpdate = tb.backend->updateSchedule(
        schedule(QStringLiteral("a"), QStringLiteral("rate(5 minute)"), QStringLiteral("fn")));
    QVERIFY(!badUpdate.ok());
    QCOMPARE(tb.backend->getSchedule(QStringLiteral("a"))->schedule.expression, QStringLiteral("cron(0 8 ? * MON *)"));
    QCOMPARE(
        tb.backend->updateSchedule(schedule(QStringLiteral("zz"), QStringLiteral("rate(1 day)"), QStringLiteral("fn")))
            .error()
            .kind,
        Error::Kind::NotFound);
    QCOMPARE(tb.backend->deleteSchedule(QStringLiteral("zz")).error().kind, Error::Kind::NotFound);
    QVERIFY(tb.backend->deleteSchedule(QStringLiteral("a")).ok());
    QVERIFY(tb.backend->listSchedules()->isEmpty());
}

void TestSchedules::enableDisable()
{
    TestBackend tb;
    QVERIFY(tb.createChild(QStringLiteral("fn"), QStringLiteral("echo")).ok());
    Clock clock;
    tb.backend->scheduler()->setClock([&clock] { return clock.now; });
    tb.backend->scheduler()->start();
    Schedule s = schedule(QStringLiteral("off"), QStringLiteral("rate(1 minute)"), QStringLiteral("fn"));
    s.enabled = false;
    const auto created = tb.backend->createSchedule(s);
    QVERIFY(created.ok());
    QVERIFY(created->nextRuns.isEmpty());
    QVERIFY(!tb.backend->scheduler()->nextRun(QStringLiteral("off")));
    QSignalSpy ran(tb.backend.get(), &Backend::scheduleRan);
    clock.now = clock.now.addSecs(120);
    tb.backend->scheduler()->tick();
    QCOMPARE(ran.size(), 0);
    const auto enabled = tb.backend->setScheduleEnabled(QStringLiteral("off"), true);
    QVERIFY(enabled.ok());
    QCOMPARE(enabled->nextRuns.size(), 5);
    QVERIFY(tb.backend->scheduler()->nextRun(QStringLiteral("off")));
    QVERIFY(tb.backend->setScheduleEnabled(QStringLiteral("off"), false).ok());
    QVERIFY(!tb.backend->scheduler()->nextRun(QStringLiteral("off")));
}

void TestSchedules::survivesRestart()
{
    QTemporaryDir ws;
    Backend::Options options;
    options.workspace = ws.path();
    options.persistLogs = false;
    {
        Backend b(options);
        QVERIFY(b.start().ok());
        FunctionConfig c;
        c.name = QStringLiteral("fn");
        c.runtime = QStringLiteral("provided.al2023");
        c.handler = QStringLiteral("x.handler");
        QTemporaryDir code;
        QFile::copy(testChild(), code.path() + QStringLiteral("/bootstrap"));
        QVERIFY(b.createFunction(c, CodeSource::directory(code.path())).ok());
        Schedule s = schedule(QStringLiteral("keep.me"), QStringLiteral("cron(0 12 * * ? *)"), QStringLiteral("fn"));
        s.description = QStringLiteral("kept");
        s.input = R"({"a":1})";
        QVERIFY(b.createSchedule(s).ok());
        QVERIFY(b.setScheduleEnabled(QStringLiteral("keep.me"), false).ok());
        b.stop();
    }
    Backend b(options);
    QVERIFY(b.start().ok());
    const auto list = b.listSchedules();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    const Schedule &s = list->first().schedule;
    QCOMPARE(s.name, QStringLiteral("keep.me"));
    QCOMPARE(s.expression, QStringLiteral("cron(0 12 * * ? *)"));
    QCOMPARE(s.function, QStringLiteral("fn"));
    QCOMPARE(s.enabled, false);
    QCOMPARE(s.description, QStringLiteral("kept"));
    QCOMPARE(s.input, QByteArray(R"({"a":1})"));
    QVERIFY(s.created.isValid());
    QVERIFY(list->first().problem.isEmpty());
    b.stop();
}

void TestSchedules::badFileIsReportedNotLost()
{
    QTemporaryDir ws;
    const QByteArray garbage = "{\"Schedules\": [ {\"Name\": \"half";
    {
        QFile f(ws.filePath(QStringLiteral("schedules.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    Backend::Options options;
    options.workspace = ws.path();
    options.persistLogs = false;
    Backend b(options);
    QVERIFY(b.start().ok()); // the backend runs; the schedules are reported
    const auto list = b.listSchedules();
    QVERIFY(!list.ok());
    QVERIFY2(list.error().message.contains(QLatin1String("schedules.json is not valid JSON")),
             qPrintable(list.error().message));
    FunctionConfig c;
    c.name = QStringLiteral("fn");
    c.runtime = QStringLiteral("provided.al2023");
    c.handler = QStringLiteral("x.handler");
    QTemporaryDir code;
    QFile::copy(testChild(), code.path() + QStringLiteral("/bootstrap"));
    QVERIFY(b.createFunction(c, CodeSource::directory(code.path())).ok());
    const auto refused = b.createSchedule(
        schedule(QStringLiteral("new"), QStringLiteral("rate(1 day)"), QStringLiteral("fn")));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("cannot be read")));
    QCOMPARE(b.deleteSchedule(QStringLiteral("half")).error().message, list.error().message);
    QFile f(ws.filePath(QStringLiteral("schedules.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
    b.stop();
}

void TestSchedules::deletedFunctionKeepsSchedule()
{
    TestBackend tb;
    QVERIFY(tb.createChild(QStringLiteral("fn"), QStringLiteral("echo")).ok());
    Clock clock;
    tb.backend->scheduler()->setClock([&clock] { return clock.now; });
    tb.backend->scheduler()->start();
    QVERIFY(tb.backend
                ->createSchedule(
                    schedule(QStringLiteral("orphan"), QStringLiteral("rate(5 minutes)"), QStringLiteral("fn")))
                .ok());
    QVERIFY(tb.backend->deleteFunction(QStringLiteral("fn")).ok());
    const auto info = tb.backend->getSchedule(QStringLiteral("orphan"));
    QVERIFY(info.ok()); // kept
    QVERIFY2(info->problem.contains(QLatin1String("function fn does not exist")), qPrintable(info->problem));
    // Its run is refused, said in its last result; nothing runs.
    QSignalSpy ran(tb.backend.get(), &Backend::scheduleRan);
    QSignalSpy started(tb.backend.get(), &Backend::invocationStarted);
    clock.now = *tb.backend->scheduler()->nextRun(QStringLiteral("orphan"));
    tb.backend->scheduler()->tick();
    QCOMPARE(ran.size(), 1);
    QVERIFY2(ran.at(0).at(3).toString().startsWith(QLatin1String("refused: Function not found")),
             qPrintable(ran.at(0).at(3).toString()));
    QCOMPARE(started.size(), 0);
    QVERIFY(tb.backend->getSchedule(QStringLiteral("orphan"))->lastResult.startsWith(QLatin1String("refused")));
    // The function back: the schedule works again.
    QVERIFY(tb.createChild(QStringLiteral("fn"), QStringLiteral("echo")).ok());
    QVERIFY(tb.backend->getSchedule(QStringLiteral("orphan"))->problem.isEmpty());
}

void TestSchedules::commandLine()
{
    QTemporaryDir ws;
    const auto run = [&](QStringList args, QString *outText = nullptr, QString *errText = nullptr) {
        QString o, e;
        QTextStream out(&o), err(&e);
        args.prepend(QStringLiteral("lambdesk"));
        args << QStringLiteral("--workspace") << ws.path();
        const int code = cli::run(args, out, err);
        out.flush();
        err.flush();
        if (outText)
            *outText = o;
        if (errText)
            *errText = e;
        return code;
    };
    {
        Backend::Options options;
        options.workspace = ws.path();
        options.persistLogs = false;
        Backend b(options);
        QVERIFY(b.start().ok());
        FunctionConfig c;
        c.name = QStringLiteral("fn");
        c.runtime = QStringLiteral("provided.al2023");
        c.handler = QStringLiteral("x.handler");
        QTemporaryDir code;
        QFile::copy(testChild(), code.path() + QStringLiteral("/bootstrap"));
        QVERIFY(b.createFunction(c, CodeSource::directory(code.path())).ok());
        b.stop();
    }
    QString out, err;
    QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("create"), QStringLiteral("nightly"),
                  QStringLiteral("--function"), QStringLiteral("fn"), QStringLiteral("--expression"),
                  QStringLiteral("cron(0 2 * * ? *)"), QStringLiteral("--input"), QStringLiteral("{\"a\":1}")},
                 &out, &err),
             0);
    QVERIFY2(out.contains(QLatin1String("nightly  cron(0 2 * * ? *)  -> fn  ENABLED")), qPrintable(out));
    QCOMPARE(out.count(QStringLiteral(" 02:00 UTC")), 5); // the next five runs
    // AWS's rule, named, and exit status 2.
    QCOMPARE(
        run({QStringLiteral("schedule"), QStringLiteral("create"), QStringLiteral("bad"), QStringLiteral("--function"),
             QStringLiteral("fn"), QStringLiteral("--expression"), QStringLiteral("rate(1 minutes)")},
            &out, &err),
        2);
    QVERIFY2(err.contains(QLatin1String("Parameter ScheduleExpression is not valid: a rate of 1 takes the singular "
                                        "unit: rate(1 minute)")),
             qPrintable(err));
    QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("create"), QStringLiteral("five"),
                  QStringLiteral("--function"), QStringLiteral("fn"), QStringLiteral("--expression"),
                  QStringLiteral("rate(5 minutes)"), QStringLiteral("--disabled")},
                 &out, &err),
             0);
    QVERIFY(out.contains(QLatin1String("DISABLED")));
    QVERIFY(out.contains(QLatin1String("next runs: none (disabled)")));
    QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("enable"), QStringLiteral("five")}, &out, &err), 0);
    QCOMPARE(out.count(QStringLiteral(" UTC")), 5);
    QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("list")}, &out, &err), 0);
    QVERIFY(out.contains(QLatin1String("five  rate(5 minutes)  -> fn  ENABLED")));
    QVERIFY(out.contains(QLatin1String("nightly  cron(0 2 * * ? *)")));
    QVERIFY(out.contains(QLatin1String("input: {\"a\":1}")));
    QCOMPARE(out.count(QStringLiteral(" UTC")), 10);
    QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("disable"), QStringLiteral("five")}, &out, &err), 0);
    QVERIFY(out.contains(QLatin1String("DISABLED")));
    QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("delete"), QStringLiteral("five")}, &out, &err), 0);
    QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("delete"), QStringLiteral("five")}, &out, &err), 2);
    QVERIFY(err.contains(QLatin1String("Schedule five does not exist")));
    QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("frobnicate")}, &out, &err), 2);
    QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("list")}, &out, &err), 0);
    QVERIFY(!out.contains(QLatin1String("five")));
    QVERIFY(out.contains(QLatin1String("nightly")));
}

QTEST_GUILESS_MAIN(TestSchedules)
#include "tst_schedules.moc"
