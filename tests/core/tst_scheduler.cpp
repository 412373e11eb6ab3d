// The schedules' store (core/triggers/schedulestore.h: schedules.json, its rules) and the
// Scheduler (core/triggers/scheduler.h) driven by an injected clock: it fires on time, once,
// never a disabled or broken schedule, and never makes up for runs missed while asleep.
#include "triggers/scheduler.h"
#include "triggers/schedulestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lambdesk;

namespace {

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Schedule schedule(const QString &name, const QString &expression, bool enabled = true)
{
    Schedule s;
    s.name = name;
    s.expression = expression;
    s.function = QStringLiteral("fn");
    s.enabled = enabled;
    s.created = utc(QStringLiteral("2026-12-01T00:00:00"));
    return s;
}

// A clock the test moves.
struct TestClock
{
    QDateTime now = utc(QStringLiteral("2026-12-01T10:07:30"));
    Scheduler::Clock clock()
    {
        return [this] { return now; };
    }
};

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storeRoundTrip();
    void storeMissingFileIsEmpty();
    void storeBadFileIsReported();
    void storeBrokenEntryIsKept();
    void validation_data();
    void validation();
    void firesOnTime();
    void armsForTheEarliest();
    void disabledNeverFires();
    void noBackfillAfterSleep();
    void slightlyLateStillFires();
    void stoppedDoesNotFire();
    void keepsPendingRunAcrossUpdates();
    void realTimerFires();
};

void TestScheduler::storeRoundTrip()
{
    QTemporaryDir dir;
    Schedule a = schedule(QStringLiteral("nightly.report"), QStringLiteral("cron(0 2 * * ? *)"));
    a.function = QStringLiteral("fn:prod");
    a.description = QStringLiteral("the nightly report");
    a.input = R"({"custom": [1, 2]})";
    Schedule b = schedule(QStringLiteral("every_5-min"), QStringLiteral("rate(5 minutes)"), false);
    QVERIFY(schedulestore::write(dir.path(), {a, b}).ok());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("schedules.json"))));
    const auto read = schedulestore::read(dir.path());
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 2);
    QCOMPARE(read->at(0), a);
    QCOMPARE(read->at(1), b);
    QCOMPARE(read->at(1).enabled, false);
    QCOMPARE(read->at(0).qualifier(), QStringLiteral("prod"));
    QCOMPARE(read->at(0).functionName(), QStringLiteral("fn"));
    // EventBridge's field names on disk.
    QFile f(dir.filePath(QStringLiteral("schedules.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("\"ScheduleExpression\": \"rate(5 minutes)\""));
    QVERIFY(text.contains("\"State\": \"DISABLED\""));
}

void TestScheduler::storeMissingFileIsEmpty()
{
    QTemporaryDir dir;
    const auto read = schedulestore::read(dir.path());
    QVERIFY(read.ok());
    QVERIFY(read->isEmpty());
}

void TestScheduler::storeBadFileIsReported()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("schedules.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"Schedules\": [ {\"Name\": ");
    f.close();
    const auto read = schedulestore::read(dir.path());
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QLatin1String("schedules.json is not valid JSON")),
             qPrintable(read.error().message));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{\"Schedules\": [ {\"Name\": ")); // left as it was
}

void TestScheduler::storeBrokenEntryIsKept()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("schedules.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"J({"Schedules": [
        {"Name": "good", "ScheduleExpression": "rate(1 hour)", "Function": "fn", "State": "ENABLED"},
        {"Name": "bad", "ScheduleExpression": "rate(1 hours)", "Function": "fn", "State": "ENABLED"}]})J");
    f.close();
    const auto read = schedulestore::read(dir.path());
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 2);
    QVERIFY(read->at(0).brokenReason.isEmpty());
    QVERIFY2(read->at(1).brokenReason.contains(QLatin1String("singular unit")), qPrintable(read->at(1).brokenReason));
    QCOMPARE(read->at(1).expression, QStringLiteral("rate(1 hours)")); // kept as written

    // A broken schedule is never armed.
    TestClock clock;
    Scheduler scheduler;
    scheduler.setClock(clock.clock());
    scheduler.setSchedules(read.value());
    scheduler.start();
    QVERIFY(scheduler.nextRun(QStringLiteral("good")).has_value());
    QVERIFY(!scheduler.nextRun(QStringLiteral("bad")).has_value());
}

void TestScheduler::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::addColumn<QString>("fragment");

    const QString rate = QStringLiteral("rate(5 minutes)");
    QTest::newRow("valid") << "my.rule-1_a" << rate << "fn" << QByteArray() << ""
                           << "";
    QTest::newRow("valid with alias") << "r" << rate << "fn:prod" << QByteArray(R"({"a":1})") << ""
                                      << "";
    QTest::newRow("64 characters") << QString(64, u'a') << rate << "fn" << QByteArray() << ""
                                   << "";
    QTest::newRow("65 characters") << QString(65, u'a') << rate << "fn" << QByteArray() << "Name"
                                   << "1 to 64";
    QTest::newRow("empty name") << "" << rate << "fn" << QByteArray() << "Name"
                                << "Name is required";
    QTest::newRow("space in name") << "my rule" << rate << "fn" << QByteArray() << "Name"
                                   << "Name 'my rule' is not valid";
    QTest::newRow("slash in name") << "a/b" << rate << "fn" << QByteArray() << "Name"
                                   << "periods, hyphens";
    QTest::newRow("bad expression") << "r"
                                    << "rate(5 minute)"
                                    << "fn" << QByteArray() << "ScheduleExpression"
                                    << "plural unit";
    QTest::newRow("no function") << "r" << rate << "" << QByteArray() << "Function"
                                 << "Function is required";
    QTest::newRow("bad function name") << "r" << rate << "f n" << QByteArray() << "Function"
                                       << "";
    QTest::newRow("two colons") << "r" << rate << "fn:1:2" << QByteArray() << "Function"
                                << "NAME or NAME:QUALIFIER";
    QTest::newRow("empty qualifier") << "r" << rate << "fn:" << QByteArray() << "Function"
                                     << "qualifier after ':'";
    QTest::newRow("bad input") << "r" << rate << "fn" << QByteArray("{nope") << "Input"
                               << "Input is not valid JSON";
    QTest::newRow("input too large") << "r" << rate << "fn" << QByteArray("\"" + QByteArray(9000, 'x') + "\"")
                                     << "Input"
                                     << "at most 8192";
}

void TestScheduler::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, expression);
    QFETCH(QString, function);
    QFETCH(QByteArray, input);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    Schedule s = schedule(name, expression);
    s.function = function;
    s.input = input;
    const auto e = schedulestore::validate(s);
    if (field.isEmpty()) {
        QVERIFY2(!e, e ? qPrintable(e->message) : "");
        return;
    }
    QVERIFY(e.has_value());
    QCOMPARE(e->field, field);
    QVERIFY2(e->message.contains(fragment), qPrintable(e->message));
}

void TestScheduler::firesOnTime()
{
    TestClock clock;
    Scheduler scheduler;
    scheduler.setClock(clock.clock());
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.setSchedules({schedule(QStringLiteral("five"), QStringLiteral("rate(5 minutes)"))});
    scheduler.start();
    QCOMPARE(scheduler.nextRun(QStringLiteral("five")), utc(QStringLiteral("2026-12-01T10:10:00")));
    QCOMPARE(scheduler.wakeUp(), utc(QStringLiteral("2026-12-01T10:10:00")));
    QVERIFY(scheduler.timer().isActive());
    QCOMPARE(scheduler.timer().interval(), 60'000); // 2.5 minutes away: it looks again within a minute

    // Before the time: nothing.
    clock.now = utc(QStringLiteral("2026-12-01T10:09:59"));
    scheduler.tick();
    QCOMPARE(due.size(), 0);
    QCOMPARE(scheduler.timer().interval(), 1000);

    // At the time: once, with the scheduled time.
    clock.now = utc(QStringLiteral("2026-12-01T10:10:00"));
    scheduler.tick();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).at(0).value<Schedule>().name, QStringLiteral("five"));
    QCOMPARE(due.at(0).at(1).toDateTime(), utc(QStringLiteral("2026-12-01T10:10:00")));
    QCOMPARE(scheduler.nextRun(QStringLiteral("five")), utc(QStringLiteral("2026-12-01T10:15:00")));
    scheduler.tick(); // the same instant again: not twice
    QCOMPARE(due.size(), 1);

    // A few milliseconds late, as a timer is: still that run.
    clock.now = utc(QStringLiteral("2026-12-01T10:15:00")).addMSecs(7);
    scheduler.tick();
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(1).at(1).toDateTime(), utc(QStringLiteral("2026-12-01T10:15:00")));
}

void TestScheduler::armsForTheEarliest()
{
    TestClock clock;
    clock.now = utc(QStringLiteral("2026-12-01T11:59:30"));
    Scheduler scheduler;
    scheduler.setClock(clock.clock());
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.setSchedules({schedule(QStringLiteral("hourly"), QStringLiteral("rate(1 hour)")),
                            schedule(QStringLiteral("noon"), QStringLiteral("cron(0 12 * * ? *)")),
                            schedule(QStringLiteral("daily"), QStringLiteral("cron(30 12 * * ? *)"))});
    scheduler.start();
    QCOMPARE(scheduler.wakeUp(), utc(QStringLiteral("2026-12-01T12:00:00")));
    QCOMPARE(scheduler.timer().interval(), 30'000);
    clock.now = utc(QStringLiteral("2026-12-01T12:00:00"));
    scheduler.tick();
    // rate(1 hour) from midnight and noon's cron are both due at 12:00.
    QCOMPARE(due.size(), 2);
    QStringList names{due.at(0).at(0).value<Schedule>().name, due.at(1).at(0).value<Schedule>().name};
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("hourly"), QStringLiteral("noon")}));
    QCOMPARE(scheduler.wakeUp(), utc(QStringLiteral("2026-12-01T12:30:00")));
}

void TestScheduler::disabledNeverFires()
{
    TestClock clock;
    Scheduler scheduler;
    scheduler.setClock(clock.clock());
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.setSchedules({schedule(QStringLiteral("off"), QStringLiteral("rate(1 minute)"), false)});
    scheduler.start();
    QVERIFY(!scheduler.nextRun(QStringLiteral("off")));
    QVERIFY(!scheduler.timer().isActive()); // nothing to wait for
    for (int i = 1; i <= 5; ++i) {
        clock.now = clock.now.addSecs(60);
        scheduler.tick();
    }
    QCOMPARE(due.size(), 0);

    // Enabled: the first run after now, and it fires.
    Schedule on = schedule(QStringLiteral("off"), QStringLiteral("rate(1 minute)"), true);
    scheduler.setSchedules({on});
    QCOMPARE(scheduler.nextRun(QStringLiteral("off")), utc(QStringLiteral("2026-12-01T10:13:00")));
    clock.now = utc(QStringLiteral("2026-12-01T10:13:00"));
    scheduler.tick();
    QCOMPARE(due.size(), 1);

    // Disabled again: the pending run is dropped.
    on.enabled = false;
    scheduler.setSchedules({on});
    clock.now = utc(QStringLiteral("2026-12-01T10:14:00"));
    scheduler.tick();
    QCOMPARE(due.size(), 1);
}

void TestScheduler::noBackfillAfterSleep()
{
    TestClock clock;
    Scheduler scheduler;
    scheduler.setClock(clock.clock());
    QSignalSpy due(&scheduler, &Scheduler::due);
    QSignalSpy missed(&scheduler, &Scheduler::missed);
    scheduler.setSchedules({schedule(QStringLiteral("five"), QStringLiteral("rate(5 minutes)"))});
    scheduler.start();
    // The machine sleeps three hours: 36 runs pass; none is made up for, the next is after now.
    clock.now = utc(QStringLiteral("2026-12-01T13:07:30"));
    scheduler.tick();
    QCOMPARE(due.size(), 0);
    QCOMPARE(missed.size(), 1); // the one that was pending, said once
    QCOMPARE(missed.at(0).at(1).toDateTime(), utc(QStringLiteral("2026-12-01T10:10:00")));
    QCOMPARE(scheduler.nextRun(QStringLiteral("five")), utc(QStringLiteral("2026-12-01T13:10:00")));
    clock.now = utc(QStringLiteral("2026-12-01T13:10:00"));
    scheduler.tick();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).at(1).toDateTime(), utc(QStringLiteral("2026-12-01T13:10:00")));

    // A restart is a new Scheduler: the first run is the next after now, not the ones missed.
    Scheduler restarted;
    clock.now = utc(QStringLiteral("2026-12-02T09:58:00"));
    restarted.setClock(clock.clock());
    QSignalSpy dueAfterRestart(&restarted, &Scheduler::due);
    restarted.setSchedules({schedule(QStringLiteral("five"), QStringLiteral("rate(5 minutes)"))});
    restarted.start();
    restarted.tick();
    QCOMPARE(dueAfterRestart.size(), 0);
    QCOMPARE(restarted.nextRun(QStringLiteral("five")), utc(QStringLiteral("2026-12-02T10:00:00")));
}

void TestScheduler::slightlyLateStillFires()
{
    // A busy machine wakes the timer late: up to a minute late the run still happens, once.
    TestClock clock;
    Scheduler scheduler;
    scheduler.setClock(clock.clock());
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.setSchedules({schedule(QStringLiteral("noon"), QStringLiteral("cron(0 12 * * ? *)"))});
    scheduler.start();
    clock.now = utc(QStringLiteral("2026-12-01T12:00:45"));
    scheduler.tick();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).at(1).toDateTime(), utc(QStringLiteral("2026-12-01T12:00:00")));
    QCOMPARE(scheduler.nextRun(QStringLiteral("noon")), utc(QStringLiteral("2026-12-02T12:00:00")));
}

void TestScheduler::stoppedDoesNotFire()
{
    TestClock clock;
    Scheduler scheduler;
    scheduler.setClock(clock.clock());
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.setSchedules({schedule(QStringLiteral("five"), QStringLiteral("rate(5 minutes)"))});
    QVERIFY(!scheduler.timer().isActive()); // not started
    clock.now = utc(QStringLiteral("2026-12-01T10:10:00"));
    scheduler.tick();
    QCOMPARE(due.size(), 0);
    scheduler.start();
    scheduler.stop();
    QVERIFY(!scheduler.timer().isActive());
    QVERIFY(!scheduler.wakeUp().isValid());
}

void TestScheduler::keepsPendingRunAcrossUpdates()
{
    // Another schedule's change does not move this one's pending run (nor lose it).
    TestClock clock;
    Scheduler scheduler;
    scheduler.setClock(clock.clock());
    QSignalSpy due(&scheduler, &Scheduler::due);
    const Schedule five = schedule(QStringLiteral("five"), QStringLiteral("rate(5 minutes)"));
    scheduler.setSchedules({five});
    scheduler.start();
    clock.now = utc(QStringLiteral("2026-12-01T10:10:00"));
    scheduler.setSchedules({five, schedule(QStringLiteral("other"), QStringLiteral("rate(1 day)"))});
    QCOMPARE(scheduler.nextRun(QStringLiteral("five")), utc(QStringLiteral("2026-12-01T10:10:00")));
    scheduler.tick();
    QCOMPARE(due.size(), 1);
    // A changed expression starts afresh.
    scheduler.setSchedules({schedule(QStringLiteral("five"), QStringLiteral("cron(0 12 * * ? *)"))});
    QCOMPARE(scheduler.nextRun(QStringLiteral("five")), utc(QStringLiteral("2026-12-01T12:00:00")));
}

void TestScheduler::realTimerFires()
{
    // The QTimer itself fires the tick: a clock standing one second before a run, then moved to
    // it once the timer is armed; due() is awaited on the signal.
    TestClock clock;
    clock.now = utc(QStringLiteral("2026-12-01T10:09:59.950"));
    Scheduler scheduler;
    scheduler.setClock(clock.clock());
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.setSchedules({schedule(QStringLiteral("five"), QStringLiteral("rate(5 minutes)"))});
    scheduler.start();
    QCOMPARE(scheduler.timer().interval(), 50);
    clock.now = utc(QStringLiteral("2026-12-01T10:10:00"));
    QVERIFY(due.wait(30000));
    QCOMPARE(due.at(0).at(1).toDateTime(), utc(QStringLiteral("2026-12-01T10:10:00")));
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
