// The log writer's thread: its queue is bounded (a flood's lines are dropped past it, with a
// marker), and the Event journal is written at once, never behind queued log batches.
#include "store/logstorethread.h"

#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lambdesk;

namespace {

QList<LogRecord> batch(int lines, int chars, bool platform = false)
{
    QList<LogRecord> out;
    for (int i = 0; i < lines; ++i)
        out << LogRecord{0, QStringLiteral("fn"), QStringLiteral("$LATEST"), QStringLiteral("stream"),
                         LogLine{i, QStringLiteral("req"), QString(chars, u'x'), platform}};
    return out;
}

// The request ids in async_events, read through a connection of its own (as the next start would).
QStringList journaled(const QString &path)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT request_id FROM async_events ORDER BY request_id")))
            while (q.next())
                out << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return out;
}

} // namespace

class TestLogStoreThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void journalIsNotQueuedBehindLogs();
    void queueIsBounded();
};

void TestLogStoreThread::journalIsNotQueuedBehindLogs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs.db"));
    LogStoreThread store(path);
    QVERIFY(store.open(nullptr));
    QSemaphore release;
    store.post([&](LogStore &) { release.acquire(); }); // the writer is busy...
    store.append(batch(5000, 100), {});                 // ...and has batches waiting
    AsyncQueue::Snapshot e{
        {QStringLiteral("id-1"), QStringLiteral("fn"), QStringLiteral("$LATEST"), "{}"}, 0, 0, 0, 1, 1};
    QVERIFY(store.saveAsyncEvent(e)); // returns with the event committed
    QCOMPARE(journaled(path), QStringList{QStringLiteral("id-1")});
    QVERIFY(store.removeAsyncEvent(QStringLiteral("id-1")));
    QVERIFY(journaled(path).isEmpty());
    QVERIFY(store.saveAsyncEvent(e));
    release.release();
    store.runBlocking([](LogStore &) {}); // the batches are written now
    QCOMPARE(store.asyncEvents().size(), 1);
    QCOMPARE(store.asyncEvents().first().event.requestId, QStringLiteral("id-1"));
}

void TestLogStoreThread::queueIsBounded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs.db"));
    LogStoreThread store(path);
    QVERIFY(store.open(nullptr));
    QSemaphore release;
    store.post([&](LogStore &) { release.acquire(); }); // the writer falls behind
    const QList<LogRecord> flood = batch(1000, 1000);   // about 2 MB queued each
    qint64 peak = 0;
    for (int i = 0; i < 100; ++i) {
        store.append(flood, {});
        peak = std::max(peak, store.queuedBytes());
    }
    store.append(batch(1, 10, true), {}); // platform lines are never dropped
    QVERIFY2(peak <= LogStoreThread::kMaxQueuedBytes + 3 * 1024 * 1024, qPrintable(QString::number(peak)));
    release.release();
    store.runBlocking([](LogStore &) {});
    QCOMPARE(store.queuedBytes(), 0);
    store.append(batch(1, 5), {}); // caught up: the marker goes first
    QList<LogRecord> written;
    store.runBlocking([&](LogStore &s) { written = s.logsAfter(0, QStringLiteral("fn"), 1000000); });
    qint64 output = 0;
    bool platformKept = false;
    QString marker;
    for (const LogRecord &r : std::as_const(written)) {
        if (r.line.text.startsWith(u"Lambdesk: output dropped"))
            marker = r.line.text;
        else if (r.line.platform)
            platformKept = true;
        else
            ++output;
    }
    QVERIFY(platformKept);
    QVERIFY(output < 100 * 1000);
    const qint64 dropped = 100 * 1000 - (output - 1);
    QCOMPARE(marker,
             QStringLiteral("Lambdesk: output dropped: %1 lines (%2 bytes) while the log writer was behind "
                            "(more than 64 MB waiting to be written)")
                 .arg(dropped)
                 .arg(dropped * 1001));
}

QTEST_GUILESS_MAIN(TestLogStoreThread)
#include "tst_logstorethread.moc"
