// The skip index over stored log lines (logs/logblocks.h): it never changes what a query finds.
// Every query runs twice, through the index and as the plain scan (EventQuery::skipIndex false,
// the oracle), and the pages must be the same, page by page.
#include "logs/logblocks.h"
#include "logs/logquery.h"
#include "store/logstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <bit>

using namespace lambdesk;

namespace {
constexpr qint64 kLines = 12000;

// A function's lines and another function's between them: START/REPORT, prints, JSON records,
// and a few rare ones; times mostly rising, some out of order.
QList<LogRecord> linesFrom(qint64 first, qint64 count)
{
    QList<LogRecord> out;
    for (qint64 n = first; n < first + count; ++n) {
        const bool other = n % 7 == 3 || (n / 3000) % 2 == 1; // runs of the other function too
        QString text;
        switch (n % 6) {
        case 0: text = QStringLiteral("START RequestId: req-%1 Version: $LATEST").arg(n / 6); break;
        case 1:
            text = n % 1700 == 1 ? QStringLiteral("[ERROR] RareFailure: payment gateway refused order %1").arg(n)
                : n % 2300 == 1  ? QStringLiteral("[WARN] Größe überschritten für %1").arg(n)
                : n % 2900 == 1  ? QStringLiteral("[WARN] gateway refused order %1, retrying").arg(n)
                                 : QStringLiteral("[INFO] handled order %1 for customer %2").arg(n).arg(n * 37 % 1000);
            break;
        case 2:
            text = QStringLiteral(R"({"level": "%1", "msg": "%2", "n": %3})")
                       .arg(n % 50 == 2 ? QStringLiteral("ERROR") : QStringLiteral("INFO"))
                       .arg(n % 997 == 2 ? QStringLiteral("rare event") : QStringLiteral("request done"))
                       .arg(n);
            break;
        case 3: text = QStringLiteral("ab"); break;
        case 4: text = QStringLiteral("END RequestId: req-%1").arg(n / 6); break;
        default: text = QStringLiteral("REPORT RequestId: req-%1\tDuration: %2 ms").arg(n / 6).arg(n % 400);
        }
        const qint64 time = 1'000'000 + n * 10 + (n % 11 == 5 ? -35 : 0); // some go back in time
        out.append(LogRecord{0, other ? QStringLiteral("other") : QStringLiteral("fn"), QStringLiteral("$LATEST"),
                             QStringLiteral("2026/12/01/[$LATEST]%1").arg(n / 4000, 32, 16, QLatin1Char('0')),
                             LogLine{time, QStringLiteral("req-%1").arg(n / 6), text, n % 6 == 0}});
    }
    return out;
}

// Every page of a query, each as (event ids, lastScannedId, complete).
QList<std::tuple<QList<qint64>, qint64, bool>> pages(QSqlDatabase &db, logs::EventQuery query, bool skip)
{
    query.skipIndex = skip;
    QList<std::tuple<QList<qint64>, qint64, bool>> out;
    for (int i = 0; i < 10000; ++i) {
        const logs::EventPage page = logs::queryEvents(db, query);
        QList<qint64> ids;
        for (const LogRecord &r : page.events)
            ids.append(r.id);
        out.append({ids, page.lastScannedId, page.complete});
        if (page.complete || page.lastScannedId == 0)
            break;
        (query.newestFirst ? query.beforeId : query.afterId) = page.lastScannedId;
    }
    return out;
}

// Rows of `function` in no block of theirs, blocks past the newest row.
std::pair<qint64, qint64> uncovered(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM logs l WHERE NOT EXISTS (SELECT 1 FROM log_blocks b WHERE"
                          " b.function = l.function AND l.id BETWEEN b.first_id AND b.last_id)"));
    q.next();
    const qint64 rows = q.value(0).toLongLong();
    q.exec(QStringLiteral("SELECT COUNT(*) FROM log_blocks WHERE last_id > (SELECT MAX(id) FROM logs)"));
    q.next();
    return {rows, q.value(0).toLongLong()};
}
} // namespace

class TestLogBlocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<LogStore>(m_dir.filePath(QStringLiteral("logs.db")));
        LogStore::Retention keep;
        keep.maxLogs = 1 << 30;
        keep.maxLogBytes = 1LL << 40;
        m_store->setRetention(keep);
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        // Big batches and single lines (a block rewritten transaction after transaction).
        qint64 n = 0;
        for (const qint64 size : {5000, 1, 1, 1, 3, 2500, 1, 7, 4486})
            m_store->append(linesFrom(n, size), {}), n += size;
        QCOMPARE(n, kLines);
        // The newest lines are in the function's open (not full) block.
        QSqlDatabase db = QSqlDatabase::database(m_store->connectionName());
        QCOMPARE(uncovered(db), std::make_pair(qint64(0), qint64(0)));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM log_blocks WHERE function = 'fn'")) && q.next());
        QVERIFY2(q.value(0).toInt() > 8, qPrintable(q.value(0).toString()));
    }

    void sameAsThePlainScan_data()
    {
        QTest::addColumn<QString>("pattern");
        const char *patterns[] = {
            "RareFailure",
            R"(?RareFailure ?"gateway refused")",
            R"("gateway refused")",
            "Größe",
            R"("Größe überschritten")",
            "RareFailure -customer",
            "refused -RareFailure",
            "INFO",
            "REPORT",
            "ab",
            "?ab ?RareFailure",
            "-INFO",
            "NoSuchTermAnywhere",
            "Rar",
            "",
            R"({ $.level = "ERROR" })",
            R"({ $.msg = "rare*" })",
            R"({ $.msg = "rare event" })",
            R"({ $.n > 8000 })",
            R"({ $.level = "ERROR" && $.n < 3000 })",
        };
        for (const char *p : patterns)
            QTest::newRow(p) << QString::fromUtf8(p);
    }
    // For each pattern: the whole range, one page; small pages forward and backward; a time range;
    // a stream; an id bound; a tiny scan budget.
    void sameAsThePlainScan()
    {
        QFETCH(QString, pattern);
        QSqlDatabase db = QSqlDatabase::database(m_store->connectionName());
        logs::EventQuery base;
        base.functions = {QStringLiteral("fn")};
        const auto parsed = logs::FilterPattern::parse(pattern);
        QVERIFY(parsed.ok());
        base.pattern = parsed.value();
        QList<logs::EventQuery> queries;
        queries << base;
        logs::EventQuery q = base;
        q.limit = 3;
        queries << q;
        q.newestFirst = true;
        queries << q;
        q = base;
        q.startMs = 1'000'000 + 2000 * 10;
        q.endMs = 1'000'000 + 9000 * 10;
        queries << q;
        q.limit = 2;
        queries << q;
        q = base;
        q.streams = {QStringLiteral("2026/12/01/[$LATEST]%1").arg(1, 32, 16, QLatin1Char('0'))};
        queries << q;
        q = base;
        q.maxId = 7000;
        q.limit = 4;
        queries << q;
        q = base;
        q.scanBudget = 5;
        q.limit = 1000;
        queries << q;
        q = base;
        q.versions = {QStringLiteral("1")};
        queries << q;
        qint64 events = 0;
        for (qsizetype i = 0; i < queries.size(); ++i) {
            const auto skipped = pages(db, queries.at(i), true);
            const auto scanned = pages(db, queries.at(i), false);
            QVERIFY2(
                skipped == scanned,
                qPrintable(QStringLiteral("query %1: %2 pages vs %3").arg(i).arg(skipped.size()).arg(scanned.size())));
            for (const auto &page : scanned)
                events += std::get<0>(page).size();
        }
        if (pattern != QLatin1String("NoSuchTermAnywhere"))
            QVERIFY(events > 0); // the comparison is not of empty pages only
    }

    // A rare term reads a small part of the function's rows; a short or common one is not narrowed.
    void rareTermsNarrowTheScan()
    {
        QSqlDatabase db = QSqlDatabase::database(m_store->connectionName());
        auto idsCovered = [&](const QString &pattern) -> qint64 {
            const auto ranges = logs::blocks::candidateRanges(
                db, QStringLiteral("fn"), logs::FilterPattern::parse(pattern).value().candidates(), -1, -1, 0);
            if (!ranges)
                return -1;
            qint64 ids = 0;
            for (const logs::blocks::IdRange &r : *ranges)
                ids += r.last - r.first + 1;
            return ids;
        };
        for (const char *rare : {"RareFailure", R"(?RareFailure ?"gateway refused")", "Größe", "NoSuchTermAnywhere"}) {
            const qint64 ids = idsCovered(QString::fromUtf8(rare));
            QVERIFY2(ids >= 0 && ids < kLines / 3,
                     qPrintable(QStringLiteral("%1: %2").arg(QString::fromUtf8(rare)).arg(ids)));
        }
        QCOMPARE(idsCovered(QStringLiteral("NoSuchTermAnywhere")), 0);
        QCOMPARE(idsCovered(QStringLiteral("ab")), -1);
        QCOMPARE(idsCovered(QStringLiteral("?ab ?RareFailure")), -1);
        QCOMPARE(idsCovered(QStringLiteral("-INFO")), -1);
    }

    // Blocks are kept on disk: after a reopen the function's open block goes on filling, and the
    // index still finds every line.
    void blocksSurviveAReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
        {
            LogStore store(path);
            QVERIFY(store.open(nullptr));
            store.append(linesFrom(0, 5000), {});
        }
        LogStore store(path);
        QVERIFY(store.open(nullptr));
        store.append(linesFrom(5000, 5000), {});
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        QCOMPARE(uncovered(db), std::make_pair(qint64(0), qint64(0)));
        QSqlQuery q(db);
        // Not a new block per open: every block is full but the last of each function.
        QVERIFY(q.exec(QStringLiteral("SELECT function, lines, bloom FROM log_blocks ORDER BY function, first_id")));
        QString function;
        bool lastFull = true;
        while (q.next()) {
            if (q.value(0).toString() == function)
                QVERIFY(lastFull);
            function = q.value(0).toString();
            logs::blocks::Block block;
            block.lines = q.value(1).toInt();
            for (const char c : q.value(2).toByteArray())
                block.bitsSet += std::popcount(uchar(c));
            lastFull = block.full();
        }
        for (const char *p : {"RareFailure", "Größe", R"(?RareFailure ?"gateway refused")"}) {
            logs::EventQuery query;
            query.functions = {QStringLiteral("fn")};
            query.pattern = logs::FilterPattern::parse(QString::fromUtf8(p)).value();
            QCOMPARE(pages(db, query, true), pages(db, query, false));
            QVERIFY(!std::get<0>(pages(db, query, true).first()).isEmpty());
        }
    }

    // A database from before the index (logs with logs_function, no log_blocks) gets its blocks at
    // open and loses the index the blocks replaced; lines an older Lambdesk adds afterwards (past
    // every block) are still found, read as they are, until the next open indexes them.
    void olderDatabaseGetsItsBlocks()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        auto insertRaw = [&](qint64 first, qint64 count) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS logs (id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL,"
                    " function TEXT NOT NULL, version TEXT, stream TEXT, request_id TEXT, platform INTEGER, text TEXT)")));
                QVERIFY(q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS logs_function ON logs(function, id)")));
                QVERIFY(
                    q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS logs_function_time ON logs(function, time_ms)")));
                db.transaction();
                q.prepare(QStringLiteral("INSERT INTO logs (time_ms, function, version, stream, request_id, platform,"
                                         " text) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                for (const LogRecord &r : linesFrom(first, count)) {
                    q.addBindValue(r.line.timeMs);
                    q.addBindValue(r.function);
                    q.addBindValue(r.version);
                    q.addBindValue(r.logStream);
                    q.addBindValue(r.line.requestId);
                    q.addBindValue(r.line.platform ? 1 : 0);
                    q.addBindValue(r.line.text);
                    QVERIFY(q.exec());
                }
                QVERIFY(db.commit());
            }
            QSqlDatabase::removeDatabase(QStringLiteral("old"));
        };
        insertRaw(0, 4000);
        {
            LogStore store(path);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QSqlDatabase db = QSqlDatabase::database(store.connectionName());
            QCOMPARE(uncovered(db), std::make_pair(qint64(0), qint64(0)));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'logs_function'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        insertRaw(6000, 3000); // an older Lambdesk writes again (and brings its index back)
        {
            // Read as `lambdesk logs` does: a connection of its own, no LogStore opened.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            bool late = false; // a line the older Lambdesk wrote is among them
            for (const char *p : {"RareFailure", "Größe", R"(?RareFailure ?"gateway refused")"}) {
                logs::EventQuery query;
                query.functions = {QStringLiteral("fn")};
                query.pattern = logs::FilterPattern::parse(QString::fromUtf8(p)).value();
                const auto skipped = pages(db, query, true);
                QCOMPARE(skipped, pages(db, query, false));
                for (const qint64 id : std::get<0>(skipped.first()))
                    late = late || id > 4000;
            }
            QVERIFY(late);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        LogStore store(path);
        QVERIFY(store.open(nullptr));
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        QCOMPARE(uncovered(db), std::make_pair(qint64(0), qint64(0)));
    }

    // Retention takes blocks with the lines: none is left wholly below the oldest line kept, and
    // every kept line is still in a block.
    void retentionDropsBlocks()
    {
        const QString path = m_dir.filePath(QStringLiteral("retention.db"));
        LogStore store(path);
        store.setRetention({5000, 1LL << 40, 50000});
        QVERIFY(store.open(nullptr));
        for (qint64 n = 0; n < 20000; n += 1500)
            store.append(linesFrom(n, 1500), {});
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        QCOMPARE(uncovered(db), std::make_pair(qint64(0), qint64(0)));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM log_blocks WHERE last_id < (SELECT MIN(id) FROM logs)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        store.prune(1000, 50000);
        QCOMPARE(uncovered(db), std::make_pair(qint64(0), qint64(0)));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM log_blocks WHERE last_id < (SELECT MIN(id) FROM logs)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        store.append(linesFrom(20000, 3000), {}); // blocks go on after a prune took the open one
        QCOMPARE(uncovered(db), std::make_pair(qint64(0), qint64(0)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LogStore> m_store;
};

QTEST_GUILESS_MAIN(TestLogBlocks)
#include "tst_logblocks.moc"
