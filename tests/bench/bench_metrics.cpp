// The Monitor tab's refresh over a million stored invocations: the query the page makes for
// each range (live 15 minutes per second from the records, an hour, 12 hours and a day from
// the minute buckets), beside plain SQL over the same table measured in the same run: a
// COUNT(*) of the whole table and the indexed aggregate a day's figures would need without
// the buckets. The invocations are written through the store's batch path (LogStore::append,
// as the backend writes them), spread over the last 24 hours. Prints figures; asserts nothing.
#include "benchsupport.h"
#include "metrics/metricstore.h"
#include "store/logstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace lambdesk;
using bench::medianMs;
using bench::msSince;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 total = 1'000'000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--invocations")); i >= 0 && i + 1 < args.size())
        total = args.at(i + 1).toLongLong();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs.db"));
    LogStore store(path);
    LogStore::Retention keep;
    keep.maxInvocations = total + 1;
    store.setRetention(keep);
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = now - kDayMs;
    QRandomGenerator rng(12);
    QElapsedTimer insert;
    insert.start();
    constexpr int kBatch = 5000;
    for (qint64 done = 0; done < total;) {
        QList<InvocationRecord> batch;
        batch.reserve(kBatch);
        for (int i = 0; i < kBatch && done < total; ++i, ++done) {
            InvocationRecord r;
            r.requestId = QString::number(done);
            r.function = QStringLiteral("bench");
            const bool aliased = done % 4 == 0;
            r.version = aliased ? QStringLiteral("2") : QStringLiteral("$LATEST");
            r.qualifier = aliased ? QStringLiteral("live") : QStringLiteral("$LATEST");
            r.startedAtMs = from + done * kDayMs / total; // evenly over the day, in order
            r.durationMs = 5 + rng.bounded(400.0);
            r.billedMs = qint64(std::ceil(r.durationMs));
            r.memorySizeMb = 128;
            r.maxMemoryUsedMb = 40 + int(rng.bounded(60));
            r.initDurationMs = done % 500 == 0 ? 150 + rng.bounded(100.0) : -1;
            const quint32 roll = rng.bounded(100);
            r.status = roll < 2 ? QStringLiteral("error")
                : roll < 3      ? QStringLiteral("throttled")
                                : QStringLiteral("success");
            r.source = QStringLiteral("api");
            batch.append(std::move(r));
        }
        store.append({}, batch);
    }
    const double insertMs = msSince(insert);
    std::printf("bench_metrics: %lld invocations over the last 24 h, written in batches of %d in %.1f s "
                "(%.0f records/s, metrics included)\n\n",
                total, kBatch, insertMs / 1000, double(total) / insertMs * 1000);

    // Baselines, on a connection of their own to the same database.
    double countMs = 0, aggregateMs = 0, percentileMs = 0;
    qint64 counted = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        countMs = medianMs(5, [&] {
            q.exec(QStringLiteral("SELECT COUNT(*) FROM invocations"));
            q.next();
            counted = q.value(0).toLongLong();
        });
        aggregateMs = medianMs(3, [&] {
            q.prepare(QStringLiteral("SELECT started_ms / 300000, COUNT(*), SUM(status != 'success'), AVG(duration_ms),"
                                     " MIN(duration_ms), MAX(duration_ms), MAX(max_memory_mb) FROM invocations"
                                     " WHERE function = ? AND started_ms >= ? GROUP BY 1"));
            q.addBindValue(QStringLiteral("bench"));
            q.addBindValue(from);
            q.exec();
            while (q.next()) {}
        });
        percentileMs = medianMs(3, [&] {
            // What exact percentiles over the day need: every duration, in order.
            q.prepare(QStringLiteral("SELECT duration_ms FROM invocations WHERE function = ? AND started_ms >= ?"
                                     " ORDER BY duration_ms"));
            q.addBindValue(QStringLiteral("bench"));
            q.addBindValue(from);
            q.setForwardOnly(true);
            q.exec();
            while (q.next()) {}
        });
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    std::printf("%-58s %10s\n", "baseline (plain SQL, same table)", "median ms");
    std::printf("%-58s %10.1f  (%lld rows)\n", "SELECT COUNT(*) FROM invocations", countMs, counted);
    std::printf("%-58s %10.1f\n", "indexed aggregate of a day, 5-min groups (no percentiles)", aggregateMs);
    std::printf("%-58s %10.1f\n", "a day's durations sorted (exact percentiles)", percentileMs);

    struct Case
    {
        const char *name;
        qint64 span;
        qint64 bucket;
        metrics::Query::Source source;
        QString alias;
    };
    const Case cases[] = {
        {"live 15 min, per second, exact", 15 * 60'000, 1000, metrics::Query::Source::Exact, {}},
        {"1 hour, per minute", 3600'000, 60'000, metrics::Query::Source::Minutes, {}},
        {"12 hours, per 5 minutes", 12 * 3600'000, 300'000, metrics::Query::Source::Minutes, {}},
        {"1 day, per 5 minutes", kDayMs, 300'000, metrics::Query::Source::Minutes, {}},
        {"1 day, per 5 minutes, alias live", kDayMs, 300'000, metrics::Query::Source::Minutes, QStringLiteral("live")},
        {"1 day, per minute", kDayMs, 60'000, metrics::Query::Source::Minutes, {}},
    };
    std::printf("\n%-58s %10s %10s\n", "Monitor refresh (MetricStore::query, 100 newest rows)", "median ms",
                "invocations");
    for (const Case &c : cases) {
        metrics::Query q;
        q.filter.function = QStringLiteral("bench");
        q.filter.alias = c.alias;
        q.nowMs = now;
        q.toMs = now;
        q.fromMs = now - c.span + c.bucket;
        q.bucketMs = c.bucket;
        q.source = c.source;
        q.recentLimit = 100;
        metrics::Report r;
        const double t = medianMs(5, [&] { r = store.metrics()->query(q); });
        std::printf("%-58s %10.1f %10lld\n", c.name, t, r.total.invocations + r.total.throttles);
    }
    std::printf("\nTarget: a refresh under 100 ms.\n");
    return 0;
}
