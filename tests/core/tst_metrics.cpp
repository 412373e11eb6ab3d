#include "metrics/concurrency.h"
#include "metrics/costestimate.h"
#include "metrics/durationhistogram.h"
#include "metrics/metricsreport.h"
#include "metrics/metricstore.h"
#include "store/logstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lambdesk;
using namespace lambdesk::metrics;

Q_DECLARE_METATYPE(lambdesk::metrics::Query::Source)

namespace {
// 2023-11-14T22:14:00Z, a whole minute.
constexpr qint64 T0 = 1'700'000'040'000;

InvocationRecord rec(const QString &id, qint64 offset, double duration, int memory, int maxMemory, double init,
                     const QString &status, const QString &version = QStringLiteral("$LATEST"),
                     const QString &qualifier = QStringLiteral("$LATEST"), const QString &source = {}, int attempt = 1)
{
    InvocationRecord r;
    r.requestId = id;
    r.function = QStringLiteral("fn");
    r.version = version;
    r.qualifier = qualifier;
    r.startedAtMs = T0 + offset;
    r.durationMs = duration;
    r.billedMs = qint64(std::ceil(duration));
    r.memorySizeMb = memory;
    r.maxMemoryUsedMb = maxMemory;
    r.initDurationMs = init;
    r.status = status;
    r.source = source.isEmpty() ? QStringLiteral("console") : source;
    r.attempt = attempt;
    return r;
}

// The hand-computed table's invocations (see table()).
QList<InvocationRecord> tableRecords()
{
    return {
        rec(QStringLiteral("r1"), 0, 100, 128, 50, 200, QStringLiteral("success")),
        rec(QStringLiteral("r2"), 50, 200, 128, 60, -1, QStringLiteral("success")),
        rec(QStringLiteral("r3"), 1000, 300, 128, 70, -1, QStringLiteral("error")),
        rec(QStringLiteral("r4"), 2000, 0, 128, 0, -1, QStringLiteral("throttled")),
        rec(QStringLiteral("r5"), 60'000, 400, 256, 120, 150, QStringLiteral("timeout"), QStringLiteral("1"),
            QStringLiteral("live")),
        rec(QStringLiteral("r6"), 60'100, 100, 256, 100, -1, QStringLiteral("success"), QStringLiteral("1"),
            QStringLiteral("live"), QStringLiteral("event-queue"), 2),
    };
}

struct Opened
{
    QTemporaryDir dir;
    std::unique_ptr<LogStore> store;
    QString path() const { return dir.filePath(QStringLiteral("logs.db")); }
    bool open()
    {
        store = std::make_unique<LogStore>(path());
        LogStore::Retention keepAll;
        keepAll.maxInvocations = 1'000'000;
        store->setRetention(keepAll);
        QString error;
        if (!store->open(&error))
            qWarning("%s", qPrintable(error));
        return store->metrics() != nullptr;
    }
};

Query rangeQuery(Query::Source source, const Filter &filter = {QStringLiteral("fn"), {}, {}})
{
    Query q;
    q.filter = filter;
    q.fromMs = T0;
    q.toMs = T0 + 3 * 60'000;
    q.bucketMs = 60'000;
    q.nowMs = T0 + 3 * 60'000;
    q.source = source;
    return q;
}

// Percentiles: exact from the invocations, within a bin's half width (2.2%) from the histograms.
bool near(double actual, double expected, bool exact)
{
    if (expected < 0)
        return actual < 0;
    return exact ? qFuzzyCompare(actual, expected) : std::abs(actual - expected) <= expected * 0.0222;
}
} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nearestRankPercentiles_data()
    {
        QTest::addColumn<QList<double>>("sorted");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        const QList<double> ten{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QTest::newRow("1..10 p50") << ten << 50.0 << 5.0;
        QTest::newRow("1..10 p90") << ten << 90.0 << 9.0;
        QTest::newRow("1..10 p99") << ten << 99.0 << 10.0;
        QTest::newRow("1..10 p10") << ten << 10.0 << 1.0;
        QTest::newRow("four p50") << QList<double>{10, 20, 30, 40} << 50.0 << 20.0;
        QTest::newRow("four p90") << QList<double>{10, 20, 30, 40} << 90.0 << 40.0;
        QTest::newRow("one p99") << QList<double>{7.5} << 99.0 << 7.5;
        QTest::newRow("none") << QList<double>{} << 50.0 << -1.0;
    }
    void nearestRankPercentiles()
    {
        QFETCH(QList<double>, sorted);
        QFETCH(double, p);
        QFETCH(double, expected);
        QCOMPARE(nearestRank(sorted, p), expected);
    }

    void histogramBins_data()
    {
        QTest::addColumn<double>("ms");
        QTest::addColumn<int>("bin");
        QTest::newRow("below the lowest") << 0.001 << 0;
        QTest::newRow("0.01 ms") << 0.01 << 0;
        QTest::newRow("0.02 ms: one doubling") << 0.0200001 << 16;
        QTest::newRow("1 ms: log2(100) * 16 = 106.3") << 1.0 << 106;
        QTest::newRow("100 ms: log2(10000) * 16 = 212.6") << 100.0 << 212;
        QTest::newRow("15 minutes: log2(9e7) * 16 = 422.7") << 900000.0 << 422;
        QTest::newRow("past the highest") << 1e12 << DurationHistogram::kBins - 1;
    }
    void histogramBins()
    {
        QFETCH(double, ms);
        QFETCH(int, bin);
        QCOMPARE(DurationHistogram::binOf(ms), bin);
        if (ms >= DurationHistogram::kLowestMs && bin < DurationHistogram::kBins - 1) {
            // A bin's value is within 2.2% of everything in it.
            QVERIFY(std::abs(DurationHistogram::binValue(bin) - ms) <= ms * 0.0222);
        }
    }

    void histogramPercentilesAndEncoding()
    {
        DurationHistogram h;
        for (int v = 1; v <= 100; ++v)
            h.add(v);
        QCOMPARE(h.count(), 100);
        const DurationHistogram back = DurationHistogram::decode(h.encode());
        QCOMPARE(back.count(), 100);
        // Nearest rank of 1..100: p50 = 50, p90 = 90, p99 = 99, each read from its bin.
        for (auto [p, expected] : {std::pair{50.0, 50.0}, {90.0, 90.0}, {99.0, 99.0}}) {
            QVERIFY2(near(back.percentile(p), expected, false), qPrintable(QString::number(back.percentile(p))));
            QCOMPARE(back.percentile(p), h.percentile(p));
        }
        DurationHistogram other;
        other.add(1000, 100);
        h.merge(other);
        // 1..100 then 100 x 1000: rank 100 of 200 is 100, rank 102 is 1000.
        QVERIFY(near(h.percentile(50), 100, false));
        QVERIFY(near(h.percentile(51), 1000, false));
        // With the exact range: the first and last ranks are exact.
        QCOMPARE(h.percentile(100, 1, 1000), 1000.0);
        QCOMPARE(h.percentile(0.1, 1, 1000), 1.0);
        QCOMPARE(h.percentile(50, 1, 80), 80.0); // a bin's value never leaves the range
        QCOMPARE(DurationHistogram().percentile(50), -1.0);
        QCOMPARE(DurationHistogram::decode(QByteArray("\x01\x02\x03", 3)).count(), 0); // cut short: nothing
    }

    void concurrency_data()
    {
        QTest::addColumn<QList<Interval>>("intervals");
        QTest::addColumn<qint64>("bucket");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("overlap in each bucket")
            << QList<Interval>{{0, 10}, {5, 15}, {10, 20}} << qint64(10) << QList<int>{2, 2, 0};
        QTest::newRow("one ends as the next starts")
            << QList<Interval>{{0, 10}, {10, 20}} << qint64(10) << QList<int>{1, 1, 0};
        QTest::newRow("one across three buckets") << QList<Interval>{{0, 25}} << qint64(10) << QList<int>{1, 1, 1};
        QTest::newRow("started before the range") << QList<Interval>{{-50, 5}} << qint64(10) << QList<int>{1, 0, 0};
        QTest::newRow("three at once, then one")
            << QList<Interval>{{1, 4}, {2, 4}, {3, 4}, {12, 13}} << qint64(10) << QList<int>{3, 1, 0};
        QTest::newRow("no time: never concurrent") << QList<Interval>{{5, 5}} << qint64(10) << QList<int>{0, 0, 0};
    }
    void concurrency()
    {
        QFETCH(QList<Interval>, intervals);
        QFETCH(qint64, bucket);
        QFETCH(QList<int>, expected);
        QCOMPARE(maxConcurrency(intervals, 0, bucket, 3), expected);
    }

    // The table of tableRecords(), per minute, from the invocations themselves and from the
    // minute buckets: the same counts, and percentiles exact or within 2.2%.
    void aggregation_data()
    {
        QTest::addColumn<Query::Source>("source");
        QTest::newRow("exact") << Query::Source::Exact;
        QTest::newRow("minute buckets") << Query::Source::Minutes;
    }
    void aggregation()
    {
        QFETCH(Query::Source, source);
        const bool exact = source == Query::Source::Exact;
        Opened db;
        QVERIFY(db.dir.isValid());
        QVERIFY(db.open());
        db.store->append({}, tableRecords());
        const Report r = db.store->metrics()->query(rangeQuery(source));
        QCOMPARE(r.exact, exact);
        QCOMPARE(r.buckets.size(), 3);
        const Bucket &m0 = r.buckets.at(0);
        QCOMPARE(m0.startMs, T0);
        QCOMPARE(m0.invocations, 3);
        QCOMPARE(m0.errors, 1);
        QCOMPARE(qRound(m0.successRate() * 100), 6667);
        QCOMPARE(m0.throttles, 1);
        QCOMPARE(m0.durationAvg(), 200.0);
        QCOMPARE(m0.durationMin, 100.0);
        QCOMPARE(m0.durationMax, 300.0);
        QVERIFY2(near(m0.p50, 200, exact), qPrintable(QString::number(m0.p50)));
        QCOMPARE(m0.p90, 300.0); // the highest: clamped to the exact maximum
        QCOMPARE(m0.p99, 300.0);
        QCOMPARE(m0.coldStarts, 1);
        QCOMPARE(m0.initAvg(), 200.0);
        QCOMPARE(m0.maxMemoryUsedMb, 70);
        QCOMPARE(m0.memorySizeMb, 128);
        QCOMPARE(m0.billedMs, 600);
        QCOMPARE(m0.gbSeconds(), 0.075);
        QCOMPARE(m0.concurrency, 2); // r1 [0, 100) and r2 [50, 250)

        const Bucket &m1 = r.buckets.at(1);
        QCOMPARE(m1.startMs, T0 + 60'000);
        QCOMPARE(m1.invocations, 2);
        QCOMPARE(m1.errors, 1); // the timeout
        QCOMPARE(m1.successRate(), 50.0);
        QCOMPARE(m1.throttles, 0);
        QCOMPARE(m1.durationAvg(), 250.0);
        QCOMPARE(m1.p50, 100.0); // nearest rank 1 of [100, 400]: the minimum
        QCOMPARE(m1.p90, 400.0);
        QCOMPARE(m1.coldStarts, 1);
        QCOMPARE(m1.initMax, 150.0);
        QCOMPARE(m1.maxMemoryUsedMb, 120);
        QCOMPARE(m1.memorySizeMb, 256);
        QCOMPARE(m1.mbMs, 500.0 * 256);
        QCOMPARE(m1.concurrency, 2);
        QCOMPARE(m1.asyncRetried, 1);

        const Bucket &m2 = r.buckets.at(2);
        QCOMPARE(m2.invocations, 0);
        QCOMPARE(m2.successRate(), -1.0);
        QCOMPARE(m2.durationAvg(), -1.0);
        QCOMPARE(m2.p50, -1.0);
        QCOMPARE(m2.concurrency, 0);

        QCOMPARE(r.total.invocations, 5);
        QCOMPARE(r.total.errors, 2);
        QCOMPARE(r.total.throttles, 1);
        QCOMPARE(r.total.durationSum, 1100.0);
        QVERIFY(near(r.total.p50, 200, exact)); // rank 3 of [100, 100, 200, 300, 400]
        QCOMPARE(r.total.p99, 400.0);
        QCOMPARE(r.total.coldStarts, 2);
        QCOMPARE(r.total.gbSeconds(), 0.2); // (600 x 128 + 500 x 256) MB-ms
        QCOMPARE(r.total.concurrency, 2);
        // The range's invocations, newest first, throttles included.
        QCOMPARE(r.recent.size(), 6);
        QCOMPARE(r.recent.first().requestId, QStringLiteral("r6"));
        QCOMPARE(r.recent.last().requestId, QStringLiteral("r1"));
        QCOMPARE(r.recent.last().initDurationMs, 200.0);
    }

    void filters_data()
    {
        QTest::addColumn<Query::Source>("source");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QList<qint64>>("invocations"); // per minute
        QTest::addColumn<qint64>("throttles");
        for (auto source : {Query::Source::Exact, Query::Source::Minutes}) {
            const char *s = source == Query::Source::Exact ? "exact" : "minutes";
            QTest::addRow("%s: $LATEST", s)
                << source << QStringLiteral("$LATEST") << QString() << QList<qint64>{3, 0, 0} << qint64(1);
            QTest::addRow("%s: version 1", s)
                << source << QStringLiteral("1") << QString() << QList<qint64>{0, 2, 0} << qint64(0);
            QTest::addRow("%s: alias live", s)
                << source << QString() << QStringLiteral("live") << QList<qint64>{0, 2, 0} << qint64(0);
            QTest::addRow("%s: unknown alias", s)
                << source << QString() << QStringLiteral("prod") << QList<qint64>{0, 0, 0} << qint64(0);
        }
    }
    void filters()
    {
        QFETCH(Query::Source, source);
        QFETCH(QString, version);
        QFETCH(QString, alias);
        QFETCH(QList<qint64>, invocations);
        QFETCH(qint64, throttles);
        Opened db;
        QVERIFY(db.open());
        db.store->append({}, tableRecords());
        const Report r = db.store->metrics()->query(rangeQuery(source, {QStringLiteral("fn"), version, alias}));
        QList<qint64> counts;
        for (const Bucket &b : r.buckets)
            counts << b.invocations;
        QCOMPARE(counts, invocations);
        QCOMPARE(r.total.throttles, throttles);
        QCOMPARE(r.recent.size(), qsizetype(invocations.at(0) + invocations.at(1) + throttles));
        // Another function's are never counted.
        const Report other = db.store->metrics()->query(rangeQuery(source, {QStringLiteral("other"), version, alias}));
        QCOMPARE(other.total.invocations + other.total.throttles, 0);
    }

    // An invocation running across a minute's end counts in the next minute's concurrency,
    // whether the records arrive in one batch or in several (as they end).
    void concurrencyAcrossMinutes_data()
    {
        QTest::addColumn<bool>("oneBatch");
        QTest::newRow("one batch") << true;
        QTest::newRow("as they end") << false;
    }
    void concurrencyAcrossMinutes()
    {
        QFETCH(bool, oneBatch);
        Opened db;
        QVERIFY(db.open());
        const QList<InvocationRecord> records{
            rec(QStringLiteral("short"), 60'500, 100, 128, 10, -1, QStringLiteral("success")),
            rec(QStringLiteral("long"), 59'000, 2'000, 128, 10, -1, QStringLiteral("success")),
            rec(QStringLiteral("later"), 61'500, 100, 128, 10, -1, QStringLiteral("success")),
        };
        if (oneBatch) {
            db.store->append({}, records);
        } else {
            for (const InvocationRecord &r : records)
                db.store->append({}, {r});
        }
        for (auto source : {Query::Source::Exact, Query::Source::Minutes}) {
            const Report r = db.store->metrics()->query(rangeQuery(source));
            QCOMPARE(r.buckets.at(0).concurrency, 1); // "long" alone in minute 0
            QCOMPARE(r.buckets.at(1).concurrency, 2); // "long" with "short"; "later" starts after "long" ends
            QCOMPARE(r.buckets.at(1).invocations, 2);
        }
    }

    void asyncEvents()
    {
        Opened db;
        QVERIFY(db.open());
        db.store->appendAsyncMetrics(
            {{T0 + 10, QStringLiteral("fn"), QString(), AsyncEvent::Kind::Received},
             {T0 + 20, QStringLiteral("fn"), QStringLiteral("live"), AsyncEvent::Kind::Received},
             {T0 + 61'000, QStringLiteral("fn"), QString(), AsyncEvent::Kind::Dropped},
             {T0 + 30, QStringLiteral("other"), QString(), AsyncEvent::Kind::Received}});
        for (auto source : {Query::Source::Exact, Query::Source::Minutes}) {
            const Report r = db.store->metrics()->query(rangeQuery(source));
            QCOMPARE(r.buckets.at(0).asyncReceived, 2);
            QCOMPARE(r.buckets.at(1).asyncDropped, 1);
            QCOMPARE(r.total.asyncReceived, 2);
            const Report live = db.store->metrics()->query(
                rangeQuery(source, {QStringLiteral("fn"), {}, QStringLiteral("live")}));
            QCOMPARE(live.total.asyncReceived, 1);
            QCOMPARE(live.total.asyncDropped, 0);
            const Report latest = db.store->metrics()->query(
                rangeQuery(source, {QStringLiteral("fn"), QStringLiteral("$LATEST"), {}}));
            QCOMPARE(latest.total.asyncReceived, 1);
            QCOMPARE(latest.total.asyncDropped, 1);
        }
    }

    // Records written before the metrics existed (or their buckets lost) are counted at open.
    void countsOlderRecordsAtOpen()
    {
        Opened db;
        QVERIFY(db.open());
        db.store->append({}, tableRecords());
        db.store.reset();
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drop"));
            c.setDatabaseName(db.path());
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE metric_minutes")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("drop"));
        QVERIFY(db.open());
        const Report r = db.store->metrics()->query(rangeQuery(Query::Source::Minutes));
        QCOMPARE(r.total.invocations, 5);
        QCOMPARE(r.total.throttles, 1);
        QCOMPARE(r.buckets.at(0).concurrency, 2);
        // And reopening again counts nothing twice.
        db.store.reset();
        QVERIFY(db.open());
        QCOMPARE(db.store->metrics()->query(rangeQuery(Query::Source::Minutes)).total.invocations, 5);
    }

    // Auto: the live quarter hour from the invocations, older ranges from the minute buckets.
    void autoSource()
    {
        Opened db;
        QVERIFY(db.open());
        db.store->append({}, tableRecords());
        Query q = rangeQuery(Query::Source::Auto);
        q.bucketMs = 1000;
        const Report live = db.store->metrics()->query(q);
        QVERIFY(live.exact);
        QCOMPARE(live.buckets.size(), 180); // per second
        QCOMPARE(live.buckets.at(0).invocations, 2);
        QCOMPARE(live.buckets.at(1).invocations, 1);
        q.nowMs = T0 + 24 * 3600 * 1000;
        const Report old = db.store->metrics()->query(q);
        QVERIFY(!old.exact);
        QCOMPARE(old.query.bucketMs, 60'000); // minute buckets at the finest
        QCOMPARE(old.buckets.size(), 3);
        QCOMPARE(old.total.invocations, 5);
    }

    void invocationsOfAMinute()
    {
        Opened db;
        QVERIFY(db.open());
        db.store->append({}, tableRecords());
        const QList<InvocationRecord> m1 = db.store->metrics()->invocations({QStringLiteral("fn"), {}, {}}, T0 + 60'000,
                                                                            T0 + 120'000, 100);
        QCOMPARE(m1.size(), 2);
        QCOMPARE(m1.at(0).requestId, QStringLiteral("r6"));
        QCOMPARE(m1.at(0).attempt, 2);
        QCOMPARE(m1.at(0).qualifier, QStringLiteral("live"));
        QCOMPARE(m1.at(1).requestId, QStringLiteral("r5"));
        QCOMPARE(m1.at(1).status, QStringLiteral("timeout"));
        QCOMPARE(db.store->metrics()->invocations({QStringLiteral("fn"), {}, {}}, T0, T0 + 60'000, 2).size(), 2);
    }

    void csv()
    {
        Opened db;
        QVERIFY(db.open());
        db.store->append({}, tableRecords());
        const QList<QByteArray> lines = toCsv(db.store->metrics()->query(rangeQuery(Query::Source::Exact))).split('\n');
        QCOMPARE(lines.size(), 5); // header, three minutes, the last newline
        QVERIFY(lines.at(0).startsWith("time_utc,invocations,errors,success_rate_pct,throttles,duration_avg_ms"));
        QCOMPARE(lines.at(1),
                 QByteArray("2023-11-14T22:14:00.000Z,3,1,66.67,1,200.00,100.00,300.00,200.00,300.00,"
                            "300.00,2,1,200.00,200.00,70,128,600,0.075000,0,0,0"));
        QCOMPARE(lines.at(3), QByteArray("2023-11-14T22:16:00.000Z,0,0,,0,,,,,,,0,0,,,0,0,0,0.000000,0,0,0"));
        QCOMPARE(lines.at(4), QByteArray());
    }

    void cost_data()
    {
        QTest::addColumn<qint64>("requests");
        QTest::addColumn<qint64>("billedMs");
        QTest::addColumn<int>("memory");
        QTest::addColumn<double>("perGbSecond");
        QTest::addColumn<double>("gbSeconds");
        QTest::addColumn<double>("total");
        // 1M requests of 100 ms at 512 MB: 50,000 GB-s.
        QTest::newRow("x86") << qint64(1'000'000) << qint64(100'000'000) << 512 << Prices::kX86PerGbSecond << 50'000.0
                             << 0.20 + 50'000 * 0.0000166667;
        QTest::newRow("arm64") << qint64(1'000'000) << qint64(100'000'000) << 512 << Prices::kArm64PerGbSecond
                               << 50'000.0 << 0.20 + 50'000 * 0.0000133334;
        // 1,024 requests of 1 s at 1,024 MB: 1,024 GB-s.
        QTest::newRow("1 GB") << qint64(1024) << qint64(1'024'000) << 1024 << 0.00001 << 1024.0
                              << 1024 * 0.2 / 1e6 + 0.01024;
    }
    void cost()
    {
        QFETCH(qint64, requests);
        QFETCH(qint64, billedMs);
        QFETCH(int, memory);
        QFETCH(double, perGbSecond);
        QFETCH(double, gbSeconds);
        QFETCH(double, total);
        Prices prices;
        prices.perGbSecond = perGbSecond;
        const CostEstimate c = estimateCost(requests, billedMs, memory, prices);
        QCOMPARE(c.gbSeconds, gbSeconds);
        QVERIFY2(qFuzzyCompare(c.total(), total), qPrintable(QString::number(c.total(), 'f', 8)));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
