// Log lines through the LogStore and read back as CloudWatch Logs serves them, over a million
// stored lines of one function:
//  - ingestion: lines/s through LogStore::append (the backend's batch path, batches of 5,000:
//    100,000 lines/s arrive as 5,000 per 50 ms tick; it also fills the skip index), beside a bare
//    prepared INSERT of the same rows into a table without indexes, with the store's 3 indexes of
//    before and with its 2 of now, in the same run;
//  - queries: FilterLogEvents pages (logs/logquery.h) for several filter patterns and time
//    ranges, beside a plain COUNT(*) and an unnarrowed full scan with instr() in the same run; the
//    rare-term searches also as the plain scan without the skip index (logs/logblocks.h).
// Prints figures; asserts nothing. --lines N changes the million.
#include "benchsupport.h"
#include "logs/logquery.h"
#include "store/logstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>

using namespace lambdesk;
using bench::medianMs;
using bench::msSince;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kBatch = 5000;

// A mix like a busy function's: START/END/REPORT, text prints (some errors), JSON records.
QList<LogRecord> batchOf(qint64 first, int count, qint64 total, qint64 from, QRandomGenerator &rng)
{
    QList<LogRecord> batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qint64 n = first + i;
        const QString request = QStringLiteral("%1-4b3c-9d2e-%2").arg(n / 5, 8, 16, QLatin1Char('0')).arg(n % 7);
        QString text;
        switch (n % 5) {
        case 0: text = QStringLiteral("START RequestId: %1 Version: $LATEST").arg(request); break;
        case 1:
            text = rng.bounded(1000) == 0
                ? QStringLiteral("[ERROR] RareFailure: payment gateway refused order %1").arg(n)
                : QStringLiteral("[INFO] handled order %1 for customer %2").arg(n).arg(rng.bounded(100000));
            break;
        case 2:
            text = QStringLiteral(R"({"level": "%1", "message": "request done", "latency": %2, "order": %3})")
                       .arg(rng.bounded(50) == 0 ? QStringLiteral("ERROR") : QStringLiteral("INFO"))
                       .arg(rng.bounded(500))
                       .arg(n);
            break;
        case 3: text = QStringLiteral("END RequestId: %1").arg(request); break;
        default:
            text = QStringLiteral("REPORT RequestId: %1\tDuration: %2 ms\tBilled Duration: %3 ms\tMemory Size: 128 "
                                  "MB\tMax Memory Used: 56 MB")
                       .arg(request)
                       .arg(rng.bounded(400.0), 0, 'f', 2)
                       .arg(rng.bounded(400) + 1);
        }
        LogRecord r;
        r.function = QStringLiteral("bench");
        r.version = QStringLiteral("$LATEST");
        r.logStream = QStringLiteral("2026/12/01/[$LATEST]%1").arg(n / 100000, 32, 16, QLatin1Char('0'));
        r.line = LogLine{from + n * kDayMs / total, request, text, n % 5 != 1 && n % 5 != 2};
        batch.append(std::move(r));
    }
    return batch;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 total = 1'000'000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--lines")); i >= 0 && i + 1 < args.size())
        total = args.at(i + 1).toLongLong();
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = now - kDayMs;

    // Baselines: the same rows, a bare prepared INSERT per row, one transaction per batch; without
    // an index, and with the store's three (where LogStore's time goes beyond SQLite's floor).
    auto bareInsert = [&](const QString &name, const QStringList &indexes) {
        double ms = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dir.filePath(name + QStringLiteral(".db")));
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            q.exec(QStringLiteral("CREATE TABLE logs (id INTEGER PRIMARY KEY, time_ms INTEGER, function TEXT, version "
                                  "TEXT, stream TEXT, request_id TEXT, platform INTEGER, text TEXT)"));
            for (const QString &index : indexes)
                q.exec(index);
            QRandomGenerator rng(7);
            for (qint64 done = 0; done < total; done += kBatch) {
                const QList<LogRecord> batch = batchOf(done, int(std::min<qint64>(kBatch, total - done)), total, from,
                                                       rng);
                QElapsedTimer t;
                t.start();
                db.transaction();
                q.prepare(QStringLiteral("INSERT INTO logs (time_ms, function, version, stream, request_id, platform,"
                                         " text) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                for (const LogRecord &r : batch) {
                    q.bindValue(0, r.line.timeMs);
                    q.bindValue(1, r.function);
                    q.bindValue(2, r.version);
                    q.bindValue(3, r.logStream);
                    q.bindValue(4, r.line.requestId);
                    q.bindValue(5, r.line.platform ? 1 : 0);
                    q.bindValue(6, r.line.text);
                    q.exec();
                }
                db.commit();
                ms += msSince(t);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ms;
    };
    const double bareMs = bareInsert(QStringLiteral("bare"), {});
    const double indexedMs = bareInsert(QStringLiteral("indexed"),
                                        {QStringLiteral("CREATE INDEX a ON logs(function, id)"),
                                         QStringLiteral("CREATE INDEX b ON logs(request_id, id)"),
                                         QStringLiteral("CREATE INDEX c ON logs(function, time_ms)")});
    const double twoIndexesMs = bareInsert(QStringLiteral("twoindexes"),
                                           {QStringLiteral("CREATE INDEX b ON logs(request_id, id)"),
                                            QStringLiteral("CREATE INDEX c ON logs(function, time_ms)")});

    const QString path = dir.filePath(QStringLiteral("logs.db"));
    LogStore store(path);
    LogStore::Retention keep;
    keep.maxLogs = total + 1;
    keep.maxLogBytes = 1LL << 40;
    store.setRetention(keep);
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QRandomGenerator rng(7);
    double storeMs = 0;
    for (qint64 done = 0; done < total; done += kBatch) {
        const QList<LogRecord> batch = batchOf(done, int(std::min<qint64>(kBatch, total - done)), total, from, rng);
        QElapsedTimer t;
        t.start();
        store.append(batch, {});
        storeMs += msSince(t);
    }
    std::printf("bench_logs: %lld lines of one function over the last 24 h, batches of %d\n\n", total, kBatch);
    std::printf("%-62s %12s\n", "ingestion", "lines/s");
    std::printf("%-62s %12.0f\n", "baseline: bare INSERT, no index, a transaction per batch", total / bareMs * 1000);
    std::printf("%-62s %12.0f\n", "baseline: bare INSERT, the 3 indexes the store had before",
                total / indexedMs * 1000);
    std::printf("%-62s %12.0f\n", "baseline: bare INSERT with the store's 2 indexes", total / twoIndexesMs * 1000);
    std::printf("%-62s %12.0f\n", "LogStore::append (2 indexes, skip index, retention)", total / storeMs * 1000);

    QSqlDatabase db = QSqlDatabase::database(store.connectionName());
    QSqlQuery q(db);
    const double countMs = medianMs(5, [&] {
        q.exec(QStringLiteral("SELECT COUNT(*) FROM logs"));
        q.next();
    });
    qint64 scanHits = 0;
    const double scanMs = medianMs(3, [&] {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM logs WHERE function = ? AND instr(text, ?) > 0"));
        q.addBindValue(QStringLiteral("bench"));
        q.addBindValue(QStringLiteral("RareFailure"));
        q.exec();
        q.next();
        scanHits = q.value(0).toLongLong();
    });

    struct Row
    {
        const char *what;
        QString pattern;
        qint64 windowMs; // 0: the whole day
        int limit;
        bool allPages;
        bool plainScan = false; // the baseline: without the skip index
    };
    const QList<Row> rows{
        {"first page, no pattern (aws logs tail, 10 min)", {}, 10 * 60'000, 10000, false},
        {"ERROR, last 10 min (tail --filter-pattern)", QStringLiteral("ERROR"), 10 * 60'000, 10000, false},
        {"{ $.level = \"ERROR\" }, last 10 min", QStringLiteral(R"({ $.level = "ERROR" })"), 10 * 60'000, 10000, false},
        {"{ $.latency > 450 }, last 1 h (narrowed by its key only)", QStringLiteral(R"({ $.latency > 450 })"),
         3'600'000, 10000, false},
        {"REPORT, first page of 100 over the day", QStringLiteral("REPORT"), 0, 100, false},
        {"baseline: RareFailure, whole day, plain scan (no skip index)", QStringLiteral("RareFailure"), 0, 10000, true,
         true},
        {"RareFailure, whole day, every page (skip index)", QStringLiteral("RareFailure"), 0, 10000, true},
        {"baseline: ?RareFailure ?\"gateway refused\", day, plain scan",
         QStringLiteral(R"(?RareFailure ?"gateway refused")"), 0, 10000, true, true},
        {"?RareFailure ?\"gateway refused\", whole day (skip index)",
         QStringLiteral(R"(?RareFailure ?"gateway refused")"), 0, 10000, true},
    };
    std::printf("\n%-62s %9s %9s\n", "query over the stored lines", "ms", "events");
    std::printf("%-62s %9.1f %9s\n", "baseline: SELECT COUNT(*) FROM logs", countMs, "-");
    std::printf("%-62s %9.1f %9lld\n", "baseline: full scan, instr(text, 'RareFailure'), COUNT", scanMs, scanHits);
    for (const Row &row : rows) {
        logs::EventQuery query;
        query.functions = {QStringLiteral("bench")};
        query.pattern = logs::FilterPattern::parse(row.pattern).value();
        query.limit = row.limit;
        query.skipIndex = !row.plainScan;
        if (row.windowMs > 0)
            query.startMs = now - row.windowMs;
        qint64 events = 0;
        const double ms = medianMs(5, [&] {
            logs::EventQuery q2 = query;
            events = 0;
            for (;;) {
                const logs::EventPage page = logs::queryEvents(db, q2);
                events += page.events.size();
                if (!row.allPages || page.complete)
                    break;
                q2.afterId = page.lastScannedId;
            }
        });
        std::printf("%-62s %9.1f %9lld\n", row.what, ms, events);
    }
    qint64 streamCount = 0;
    const double streamsMs = medianMs(3,
                                      [&] { streamCount = logs::queryStreams(db, {QStringLiteral("bench")}).size(); });
    std::printf("%-62s %9.1f %9lld\n", "DescribeLogStreams (streams of the group, grouped)", streamsMs, streamCount);
    return 0;
}
