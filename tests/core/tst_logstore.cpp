#include "logs/logquery.h"
#include "store/logstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

#include <optional>
#include <tuple>

using namespace lambdesk;

namespace {
LogRecord record(const QString &request, const QString &text, qint64 time)
{
    return LogRecord{0, QStringLiteral("fn"), QStringLiteral("$LATEST"), QStringLiteral("2024/01/01/[$LATEST]abc"),
                     LogLine{time, request, text, text.startsWith(QLatin1String("START"))}};
}
// Lines and characters in the logs table, read through a connection of its own.
std::pair<qint64, qint64> logRows(const QString &path)
{
    std::pair<qint64, qint64> out{-1, -1};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(LENGTH(text)), 0) FROM logs"))
            && q.next())
            out = {q.value(0).toLongLong(), q.value(1).toLongLong()};
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return out;
}
} // namespace

class TestLogStore : public QObject
{
    Q_OBJECT
public:
    // The writer child of killedMidWriteLosesNothingAcknowledged: appends batches of 1,000
    // numbered lines ("line N"; line 500 of batch B also says "needle-B", a rare term) and prints
    // "acked N" once append() has returned for line N.
    static int writer(const QString &path)
    {
        LogStore store(path);
        LogStore::Retention keep;
        keep.maxLogs = 1LL << 40;
        keep.maxLogBytes = 1LL << 40;
        store.setRetention(keep);
        QString error;
        if (!store.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        for (qint64 n = 0; n < 5'000'000;) {
            QList<LogRecord> batch;
            for (int i = 0; i < 1000; ++i, ++n)
                batch.append(record(
                    QStringLiteral("r"),
                    n % 1000 == 500 ? QStringLiteral("line %1 needle-%2").arg(n).arg(n / 1000, 5, 10, QLatin1Char('0'))
                                    : QStringLiteral("line %1").arg(n),
                    n));
            store.append(batch, {});
            std::printf("acked %lld\n", n - 1);
            std::fflush(stdout);
        }
        return 0;
    }

private Q_SLOTS:
    // kill -9 while a writer appends, then reopen: every line append() had returned for is
    // there, and no transaction is there by half (lines come whole batches at a time).
    void killedMidWriteLosesNothingAcknowledged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("logs.db"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LAMBDESK_LOGSTORE_WRITER"), path);
        child.setProcessEnvironment(env);
        QByteArray out;
        QEventLoop loop;
        // Killed as soon as a few batches were acknowledged: it is writing the next one then.
        connect(&child, &QProcess::readyReadStandardOutput, &loop, [&] {
            out += child.readAllStandardOutput();
            if (out.count("acked ") >= 5 && child.state() == QProcess::Running) {
                child.kill(); // SIGKILL
                loop.quit();
            }
        });
        connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit); // safety net against a hang only
        child.start(QCoreApplication::applicationFilePath(), QStringList{});
        QVERIFY(child.waitForStarted());
        loop.exec();
        QVERIFY(child.waitForFinished(60000));
        out += child.readAllStandardOutput();
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // The last complete "acked N" line.
        qint64 acked = -1;
        for (const QByteArray &line : out.split('\n'))
            if (line.startsWith("acked "))
                acked = std::max(acked, line.mid(6).toLongLong());
        QVERIFY2(acked >= 4999, out.constData());

        // The skip index as the kill left it (before a reopen could rebuild anything): every line
        // in a block of its function, no block past the last line.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY2(
                q.exec(QStringLiteral("SELECT COUNT(*) FROM logs l WHERE NOT EXISTS (SELECT 1 FROM log_blocks b"
                                      " WHERE b.function = l.function AND l.id BETWEEN b.first_id AND b.last_id)")),
                qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 0);
            QVERIFY(
                q.exec(QStringLiteral("SELECT COUNT(*) FROM log_blocks WHERE last_id > (SELECT MAX(id) FROM logs)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        LogStore reopened(path);
        QString error;
        QVERIFY2(reopened.open(&error), qPrintable(error));
        QSqlDatabase db = QSqlDatabase::database(reopened.connectionName());
        // The rare term of every acknowledged batch is found through the index.
        for (qint64 batch = 0; batch <= acked / 1000; ++batch) {
            logs::EventQuery query;
            query.functions = {QStringLiteral("fn")};
            query.pattern =
                logs::FilterPattern::parse(QStringLiteral("needle-%1").arg(batch, 5, 10, QLatin1Char('0'))).value();
            const logs::EventPage page = logs::queryEvents(db, query);
            QCOMPARE(page.events.size(), 1);
            QCOMPARE(page.events.first().line.timeMs, batch * 1000 + 500);
        }
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(time_ms), MAX(time_ms), COUNT(DISTINCT text) FROM logs")));
        QVERIFY(q.next());
        const qint64 rows = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toLongLong(), 0);        // line N was written at time N
        QCOMPARE(q.value(2).toLongLong(), rows - 1); // no gap
        QCOMPARE(q.value(3).toLongLong(), rows);     // no line twice
        QVERIFY2(rows > acked, qPrintable(QStringLiteral("%1 rows, line %2 acknowledged").arg(rows).arg(acked)));
        QCOMPARE(rows % 1000, 0); // whole batches only
    }

    void logsOfOneRequest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LogStore store(dir.filePath(QStringLiteral("logs.db")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        store.append({record(QStringLiteral("a"), QStringLiteral("START RequestId: a"), 1),
                      record(QStringLiteral("b"), QStringLiteral("START RequestId: b"), 2),
                      record(QStringLiteral("a"), QStringLiteral("one"), 3),
                      record(QStringLiteral("b"), QStringLiteral("other"), 4),
                      record(QStringLiteral("a"), QStringLiteral("two"), 5)},
                     {});
        const QList<LogRecord> a = store.logsOfRequest(QStringLiteral("a"), 100);
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.at(0).line.text, QStringLiteral("START RequestId: a"));
        QVERIFY(a.at(0).line.platform);
        QCOMPARE(a.at(1).line.text, QStringLiteral("one"));
        QCOMPARE(a.at(2).line.text, QStringLiteral("two"));
        QCOMPARE(a.at(2).line.timeMs, 5);
        QCOMPARE(a.at(2).logStream, QStringLiteral("2024/01/01/[$LATEST]abc"));
        QCOMPARE(a.at(2).function, QStringLiteral("fn"));
        QVERIFY(a.at(0).id < a.at(1).id);
        // Past the limit: the newest lines, still oldest first.
        const QList<LogRecord> tail = store.logsOfRequest(QStringLiteral("a"), 2);
        QCOMPARE(tail.size(), 2);
        QCOMPARE(tail.at(0).line.text, QStringLiteral("one"));
        QCOMPARE(tail.at(1).line.text, QStringLiteral("two"));
        QVERIFY(store.logsOfRequest(QStringLiteral("nope"), 10).isEmpty());
        QVERIFY(store.logsOfRequest(QString(), 10).isEmpty());
    }

    // A result reloaded from history shows what was measured: the CPU throttling of an
    // invocation, none, or that there was no quota to measure (issue 9: it came back as "not
    // measured" for every stored result).
    void invocationKeepsItsCpuThrottling()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("logs.db"));
        {
            LogStore store(path);
            QVERIFY(store.open(nullptr));
            QList<InvocationRecord> records;
            for (const auto &[id, ms, periods] :
                 {std::tuple<const char *, std::optional<double>, int>{"throttled", 12.5, 3},
                  {"none", 0.0, 0},
                  {"unmeasured", std::nullopt, 0}}) {
                InvocationResult r;
                r.requestId = QString::fromLatin1(id);
                r.functionName = QStringLiteral("fn");
                r.cpuThrottledMs = ms;
                r.cpuThrottledPeriods = periods;
                records.append(InvocationRecord::fromResult(r));
            }
            store.append({}, records);
        }
        LogStore reopened(path);
        QVERIFY(reopened.open(nullptr));
        const QList<InvocationRecord> stored = reopened.invocations(QStringLiteral("fn"), 10);
        QCOMPARE(stored.size(), 3);
        const InvocationResult throttled = stored.at(0).toResult({});
        QCOMPARE(throttled.requestId, QStringLiteral("throttled"));
        QVERIFY(throttled.cpuThrottledMs.has_value());
        QCOMPARE(*throttled.cpuThrottledMs, 12.5);
        QCOMPARE(throttled.cpuThrottledPeriods, 3);
        const InvocationResult none = stored.at(1).toResult({});
        QVERIFY(none.cpuThrottledMs.has_value());
        QCOMPARE(*none.cpuThrottledMs, 0.0);
        QCOMPARE(none.cpuThrottledPeriods, 0);
        QVERIFY(!stored.at(2).toResult({}).cpuThrottledMs.has_value());
    }

    // A database written before the columns existed gains them and its records read as not
    // measured.
    void olderDatabaseGainsTheThrottlingColumns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("logs.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE invocations (id INTEGER PRIMARY KEY AUTOINCREMENT, request_id TEXT,"
                " function TEXT NOT NULL, version TEXT, started_ms INTEGER, duration_ms REAL, billed_ms INTEGER,"
                " memory_mb INTEGER, max_memory_mb INTEGER, init_ms REAL, status TEXT, error_type TEXT, payload BLOB,"
                " source TEXT, attempt INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO invocations (request_id, function, status)"
                                          " VALUES ('old', 'fn', 'Succeeded')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        LogStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QList<InvocationRecord> stored = store.invocations(QStringLiteral("fn"), 10);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).requestId, QStringLiteral("old"));
        QVERIFY(!stored.at(0).toResult({}).cpuThrottledMs.has_value());
    }

    // The README promises the newest 200,000 lines: kept while writing, not only at the next
    // start (a flood grew the database to 5.4 GB within one session).
    void retentionWhileWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs.db"));
        LogStore store(path);
        QVERIFY(store.open(nullptr));
        for (int batch = 0; batch < 25; ++batch) {
            QList<LogRecord> logs;
            for (int i = 0; i < 10000; ++i)
                logs << record(QStringLiteral("r%1").arg(batch),
                               QStringLiteral("line %1 of batch %2").arg(i).arg(batch), batch * 10000 + i);
            store.append(logs, {});
        }
        QCOMPARE(logRows(path).first, 200000);
        // The newest are kept.
        const QList<LogRecord> newest = store.logsOfRequest(QStringLiteral("r24"), 1);
        QCOMPARE(newest.size(), 1);
        QCOMPARE(newest.first().line.text, QStringLiteral("line 9999 of batch 24"));
        QVERIFY(store.logsOfRequest(QStringLiteral("r4"), 10).isEmpty());
    }

    // Long lines: the text kept is bounded too, the newest batch always kept whole.
    void byteRetention()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs.db"));
        LogStore store(path);
        store.setRetention({200000, 1 << 20, 50000});
        QVERIFY(store.open(nullptr));
        for (int i = 0; i < 40; ++i)
            store.append({record(QStringLiteral("r%1").arg(i), QString(100 * 1024, QChar(char16_t(u'a' + i % 26))), i)},
                         {});
        const auto [rows, chars] = logRows(path);
        QVERIFY2(chars <= (1 << 20) + 100 * 1024, qPrintable(QString::number(chars)));
        QVERIFY(rows >= 9);
        QCOMPARE(store.logsOfRequest(QStringLiteral("r39"), 1).size(), 1);
        QVERIFY(store.logsOfRequest(QStringLiteral("r0"), 1).isEmpty());
    }

    // The Event queue's journal: saved states replace each other, removal forgets, and what is
    // there survives closing the database.
    void asyncJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs.db"));
        AsyncQueue::Snapshot a{
            {QStringLiteral("id-a"), QStringLiteral("fn"), QStringLiteral("$LATEST"), QByteArray("{\"k\": 1}\0x", 11)},
            0,
            0,
            0,
            1000,
            1000};
        AsyncQueue::Snapshot b{{QStringLiteral("id-b"), QStringLiteral("other"), {}, "{}"}, 0, 0, 0, 2000, 2000};
        {
            LogStore store(path);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QVERIFY(store.asyncEvents().isEmpty());
            store.saveAsyncEvent(b);
            store.saveAsyncEvent(a);
            a.attempts = 2;
            a.errorRetries = 1;
            a.throttles = 3;
            a.nextAttemptAtMs = 61000;
            store.saveAsyncEvent(a); // the same event, a later state
            store.saveAsyncEvent({{QStringLiteral("id-c"), QStringLiteral("fn"), {}, "{}"}, 1, 0, 0, 3000, 3000});
            store.removeAsyncEvent(QStringLiteral("id-c"));
            store.removeAsyncEvent(QStringLiteral("never-there"));
        }
        LogStore reopened(path);
        QVERIFY(reopened.open(nullptr));
        const QList<AsyncQueue::Snapshot> events = reopened.asyncEvents();
        QCOMPARE(events.size(), 2);
        const AsyncQueue::Snapshot &first = events.at(0); // oldest accepted first
        QCOMPARE(first.event.requestId, QStringLiteral("id-a"));
        QCOMPARE(first.event.function, QStringLiteral("fn"));
        QCOMPARE(first.event.qualifier, QStringLiteral("$LATEST"));
        QCOMPARE(first.event.payload, QByteArray("{\"k\": 1}\0x", 11)); // bytes, kept exactly
        QCOMPARE(first.attempts, 2);
        QCOMPARE(first.errorRetries, 1);
        QCOMPARE(first.throttles, 3);
        QCOMPARE(first.acceptedAtMs, 1000);
        QCOMPARE(first.nextAttemptAtMs, 61000);
        QCOMPARE(events.at(1).event.requestId, QStringLiteral("id-b"));
        QCOMPARE(events.at(1).event.qualifier, QString());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("LAMBDESK_LOGSTORE_WRITER"))
        return TestLogStore::writer(qEnvironmentVariable("LAMBDESK_LOGSTORE_WRITER"));
    TestLogStore tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_logstore.moc"
