#include "metricstore.h"

#include "concurrency.h"
#include "durationhistogram.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace lambdesk::metrics {

namespace {
constexpr qint64 kMinuteMs = 60'000;

qint64 floorTo(qint64 ms, qint64 step)
{
    return ms - ((ms % step) + step) % step;
}

bool ran(InvocationStatus s)
{
    return s == InvocationStatus::Succeeded || s == InvocationStatus::Failed || s == InvocationStatus::TimedOut;
}

// A record of an older Lambdesk has no qualifier: it was invoked as the version that ran.
QString qualifierOf(const InvocationRecord &r)
{
    return r.qualifier.isEmpty() ? r.version : r.qualifier;
}

bool isVersion(const QString &qualifier)
{
    if (qualifier == QLatin1StringView("$LATEST"))
        return true;
    bool number = false;
    qualifier.toInt(&number);
    return number;
}

void mergeInto(Bucket &to, const Bucket &from)
{
    to.invocations += from.invocations;
    to.errors += from.errors;
    to.throttles += from.throttles;
    to.coldStarts += from.coldStarts;
    to.durationSum += from.durationSum;
    if (from.durationMin >= 0 && (to.durationMin < 0 || from.durationMin < to.durationMin))
        to.durationMin = from.durationMin;
    to.durationMax = std::max(to.durationMax, from.durationMax);
    to.initSum += from.initSum;
    to.initMax = std::max(to.initMax, from.initMax);
    to.maxMemoryUsedMb = std::max(to.maxMemoryUsedMb, from.maxMemoryUsedMb);
    to.memorySizeMb = std::max(to.memorySizeMb, from.memorySizeMb);
    to.concurrency = std::max(to.concurrency, from.concurrency);
    to.billedMs += from.billedMs;
    to.mbMs += from.mbMs;
    to.asyncReceived += from.asyncReceived;
    to.asyncRetried += from.asyncRetried;
    to.asyncDropped += from.asyncDropped;
}

// Adds one record to a bucket (durations, errors, ...) except concurrency.
void tally(Bucket &b, const InvocationRecord &r, InvocationStatus status)
{
    if (status == InvocationStatus::Throttled) {
        ++b.throttles;
        return;
    }
    if (!ran(status))
        return;
    ++b.invocations;
    if (status != InvocationStatus::Succeeded)
        ++b.errors;
    b.durationSum += r.durationMs;
    if (b.durationMin < 0 || r.durationMs < b.durationMin)
        b.durationMin = r.durationMs;
    b.durationMax = std::max(b.durationMax, r.durationMs);
    if (r.initDurationMs >= 0) {
        ++b.coldStarts;
        b.initSum += r.initDurationMs;
        b.initMax = std::max(b.initMax, r.initDurationMs);
    }
    b.maxMemoryUsedMb = std::max(b.maxMemoryUsedMb, r.maxMemoryUsedMb);
    b.memorySizeMb = std::max(b.memorySizeMb, r.memorySizeMb);
    b.billedMs += r.billedMs;
    b.mbMs += double(r.billedMs) * double(r.memorySizeMb);
    // A schedule's runs are Event invocations too (their attempts keep the source "schedule").
    if ((r.source == QLatin1StringView("event-queue") || r.source == QLatin1StringView("schedule")) && r.attempt > 1)
        ++b.asyncRetried;
}

// " AND version = ?" / " AND qualifier = ?" for a filter, bound by bindFilter().
QString filterSql(const Filter &f)
{
    QString sql;
    if (!f.version.isEmpty())
        sql += QStringLiteral(" AND version = ?");
    if (!f.alias.isEmpty())
        sql += QStringLiteral(" AND qualifier = ?");
    return sql;
}

void bindFilter(QSqlQuery &q, const Filter &f)
{
    if (!f.version.isEmpty())
        q.addBindValue(f.version);
    if (!f.alias.isEmpty())
        q.addBindValue(f.alias);
}

} // namespace

struct MetricStore::Agg
{
    QString function;
    qint64 minute = 0;
    QString version;
    QString qualifier;
    Bucket bucket;
    DurationHistogram histogram;
    int concFunction = 0;
    int concVersion = 0;
    int concQualifier = 0;
};

static QString aggKey(const QString &function, qint64 minute, const QString &version, const QString &qualifier)
{
    return function + u'\n' + QString::number(minute) + u'\n' + version + u'\n' + qualifier;
}

MetricStore::MetricStore(QString connection) : m_connection(std::move(connection))
{}

QSqlDatabase MetricStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool MetricStore::open(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const char *statements[] = {
        "CREATE TABLE IF NOT EXISTS metric_minutes (function TEXT NOT NULL, minute INTEGER NOT NULL,"
        " version TEXT NOT NULL, qualifier TEXT NOT NULL, invocations INTEGER, errors INTEGER, throttles INTEGER,"
        " cold INTEGER, dur_sum REAL, dur_min REAL, dur_max REAL, dur_hist BLOB, init_sum REAL, init_max REAL,"
        " mem_max INTEGER, mem_size INTEGER, billed_ms INTEGER, mb_ms REAL, conc_function INTEGER,"
        " conc_version INTEGER, conc_qualifier INTEGER, async_received INTEGER, async_retried INTEGER,"
        " async_dropped INTEGER, PRIMARY KEY (function, minute, version, qualifier)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS async_metric_events (time_ms INTEGER NOT NULL, function TEXT NOT NULL,"
        " version TEXT, qualifier TEXT, dropped INTEGER)",
        "CREATE INDEX IF NOT EXISTS async_metric_events_function ON async_metric_events(function, time_ms)",
        // The last 15 minutes and a clicked minute are read by start time.
        "CREATE INDEX IF NOT EXISTS invocations_started ON invocations(function, started_ms)",
    };
    for (const char *sql : statements) {
        if (!q.exec(QString::fromLatin1(sql))) {
            if (error)
                *error = QStringLiteral("Cannot prepare the metrics tables: %1").arg(q.lastError().text());
            return false;
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.prepare(QStringLiteral("DELETE FROM metric_minutes WHERE minute < ?"));
    q.addBindValue(now - kKeptDays * 24 * 3600 * 1000);
    q.exec();
    q.prepare(QStringLiteral("DELETE FROM async_metric_events WHERE time_ms < ?"));
    q.addBindValue(now - 24 * 3600 * 1000);
    q.exec();
    if (!backfill(db)) {
        if (error)
            *error = QStringLiteral("Cannot count the stored invocations into metrics: %1").arg(db.lastError().text());
        return false;
    }
    loadRunning(db);
    return true;
}

// A database written before the metrics tables existed: its records are counted once.
bool MetricStore::backfill(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM metric_minutes)")) || !q.next() || q.value(0).toBool())
        return true;
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM invocations)")) || !q.next() || !q.value(0).toBool())
        return true;
    if (!db.transaction())
        return false;
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM invocations ORDER BY id").arg(InvocationRecord::columns(false)));
    QList<InvocationRecord> chunk;
    while (q.next()) {
        chunk.append(InvocationRecord::fromRow(q, false));
        if (chunk.size() == 5000)
            add(std::exchange(chunk, {}));
    }
    add(chunk);
    return db.commit();
}

void MetricStore::loadRunning(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT function, version, qualifier, started_ms, duration_ms, status FROM invocations"
                             " WHERE started_ms >= ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - 2 * kMaxDurationMs);
    q.exec();
    while (q.next()) {
        if (!ran(statusFromName(q.value(5).toString())))
            continue;
        const qint64 start = q.value(3).toLongLong();
        const qint64 end = start + qint64(std::ceil(q.value(4).toDouble()));
        QString qualifier = q.value(2).toString();
        if (qualifier.isEmpty())
            qualifier = q.value(1).toString();
        m_running[q.value(0).toString()].insert({start, Running{end, q.value(1).toString(), qualifier}});
        m_newestEnd = std::max(m_newestEnd, end);
    }
}

void MetricStore::add(const QList<InvocationRecord> &records)
{
    if (records.isEmpty())
        return;
    QHash<QString, Agg> aggs;
    QSet<std::pair<QString, qint64>> touched; // (function, minute) whose concurrency may have changed
    for (const InvocationRecord &r : records) {
        const InvocationStatus status = statusFromName(r.status);
        const qint64 minute = floorTo(r.startedAtMs, kMinuteMs);
        const QString qualifier = qualifierOf(r);
        Agg &a = aggs[aggKey(r.function, minute, r.version, qualifier)];
        a.function = r.function;
        a.minute = minute;
        a.version = r.version;
        a.qualifier = qualifier;
        tally(a.bucket, r, status);
        if (!ran(status))
            continue;
        a.histogram.add(r.durationMs);
        const qint64 end = r.startedAtMs + qint64(std::ceil(r.durationMs));
        if (end <= r.startedAtMs)
            continue;
        m_running[r.function].insert({r.startedAtMs, Running{end, r.version, qualifier}});
        m_newestEnd = std::max(m_newestEnd, end);
        for (qint64 m = minute; m < end; m += kMinuteMs)
            touched.insert({r.function, m});
    }
    for (const auto &[function, minute] : std::as_const(touched))
        updateConcurrency(function, minute, aggs);
    // What can no longer overlap a new invocation: started more than two longest timeouts ago.
    const qint64 keepFrom = m_newestEnd - 2 * kMaxDurationMs;
    for (auto it = m_running.begin(); it != m_running.end();) {
        auto &byStart = it.value();
        byStart.erase(byStart.begin(), byStart.lower_bound(keepFrom));
        it = byStart.empty() ? m_running.erase(it) : std::next(it);
    }
    QSqlDatabase db = database();
    write(db, aggs);
}

void MetricStore::updateConcurrency(const QString &function, qint64 minute, QHash<QString, Agg> &aggs)
{
    const auto found = m_running.constFind(function);
    if (found == m_running.cend())
        return;
    const auto &byStart = found.value();
    QList<Interval> all;
    QHash<QString, QList<Interval>> byVersion;
    QHash<QString, QList<Interval>> byQualifier;
    QSet<std::pair<QString, QString>> keys;
    const qint64 minuteEnd = minute + kMinuteMs;
    for (auto it = byStart.lower_bound(minute - kMaxDurationMs - kMinuteMs);
         it != byStart.end() && it->first < minuteEnd; ++it) {
        if (it->second.end <= minute)
            continue;
        const Interval interval{it->first, it->second.end};
        all.append(interval);
        byVersion[it->second.version].append(interval);
        byQualifier[it->second.qualifier].append(interval);
        keys.insert({it->second.version, it->second.qualifier});
    }
    const int fn = maxConcurrency(all, minute, kMinuteMs, 1).value(0);
    for (const auto &[version, qualifier] : std::as_const(keys)) {
        Agg &a = aggs[aggKey(function, minute, version, qualifier)];
        a.function = function;
        a.minute = minute;
        a.version = version;
        a.qualifier = qualifier;
        a.concFunction = std::max(a.concFunction, fn);
        a.concVersion = std::max(a.concVersion,
                                 maxConcurrency(byVersion.value(version), minute, kMinuteMs, 1).value(0));
        a.concQualifier = std::max(a.concQualifier,
                                   maxConcurrency(byQualifier.value(qualifier), minute, kMinuteMs, 1).value(0));
    }
}

void MetricStore::write(QSqlDatabase &db, const QHash<QString, Agg> &aggs)
{
    QSqlQuery read(db);
    read.prepare(QStringLiteral(
        "SELECT invocations, errors, throttles, cold, dur_sum, dur_min, dur_max, dur_hist, init_sum, init_max,"
        " mem_max, mem_size, billed_ms, mb_ms, conc_function, conc_version, conc_qualifier, async_received,"
        " async_retried, async_dropped FROM metric_minutes WHERE function = ? AND minute = ? AND version = ?"
        " AND qualifier = ?"));
    QSqlQuery put(db);
    put.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO metric_minutes (function, minute, version, qualifier, invocations, errors,"
        " throttles, cold, dur_sum, dur_min, dur_max, dur_hist, init_sum, init_max, mem_max, mem_size, billed_ms,"
        " mb_ms, conc_function, conc_version, conc_qualifier, async_received, async_retried, async_dropped)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Agg &a : aggs) {
        Bucket b = a.bucket;
        DurationHistogram histogram = a.histogram;
        int concFunction = a.concFunction, concVersion = a.concVersion, concQualifier = a.concQualifier;
        read.addBindValue(a.function);
        read.addBindValue(a.minute);
        read.addBindValue(a.version.isNull() ? QStringLiteral("") : a.version);
        read.addBindValue(a.qualifier.isNull() ? QStringLiteral("") : a.qualifier);
        if (read.exec() && read.next()) {
            Bucket old;
            old.invocations = read.value(0).toLongLong();
            old.errors = read.value(1).toLongLong();
            old.throttles = read.value(2).toLongLong();
            old.coldStarts = read.value(3).toLongLong();
            old.durationSum = read.value(4).toDouble();
            old.durationMin = read.value(5).toDouble();
            old.durationMax = read.value(6).toDouble();
            histogram.merge(DurationHistogram::decode(read.value(7).toByteArray()));
            old.initSum = read.value(8).toDouble();
            old.initMax = read.value(9).toDouble();
            old.maxMemoryUsedMb = read.value(10).toInt();
            old.memorySizeMb = read.value(11).toInt();
            old.billedMs = read.value(12).toLongLong();
            old.mbMs = read.value(13).toDouble();
            concFunction = std::max(concFunction, read.value(14).toInt());
            concVersion = std::max(concVersion, read.value(15).toInt());
            concQualifier = std::max(concQualifier, read.value(16).toInt());
            old.asyncReceived = read.value(17).toLongLong();
            old.asyncRetried = read.value(18).toLongLong();
            old.asyncDropped = read.value(19).toLongLong();
            mergeInto(b, old);
        }
        read.finish();
        // Never NULL (the key's columns are NOT NULL): an alias's event has no version.
        const auto text = [](const QString &v) { return v.isNull() ? QStringLiteral("") : v; };
        const QVariantList values{
            text(a.function), a.minute,     text(a.version),   text(a.qualifier), b.invocations,  b.errors,
            b.throttles,      b.coldStarts, b.durationSum,     b.durationMin,     b.durationMax,  histogram.encode(),
            b.initSum,        b.initMax,    b.maxMemoryUsedMb, b.memorySizeMb,    b.billedMs,     b.mbMs,
            concFunction,     concVersion,  concQualifier,     b.asyncReceived,   b.asyncRetried, b.asyncDropped};
        for (int i = 0; i < values.size(); ++i)
            put.bindValue(i, values.at(i));
        if (!put.exec())
            qWarning("Cannot write the metrics of %s: %s", qPrintable(a.function), qPrintable(put.lastError().text()));
    }
}

void MetricStore::addAsync(const QList<AsyncEvent> &events)
{
    if (events.isEmpty())
        return;
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO async_metric_events (time_ms, function, version, qualifier, dropped) VALUES (?, ?, ?, ?, ?)"));
    QHash<QString, Agg> aggs;
    for (const AsyncEvent &e : events) {
        const QString qualifier = e.qualifier.isEmpty() ? QStringLiteral("$LATEST") : e.qualifier;
        // An alias picks its version per attempt: the event itself has none.
        const QString version = isVersion(qualifier) ? qualifier : QString();
        q.addBindValue(e.timeMs);
        q.addBindValue(e.function);
        q.addBindValue(version);
        q.addBindValue(qualifier);
        q.addBindValue(e.kind == AsyncEvent::Kind::Dropped ? 1 : 0);
        q.exec();
        const qint64 minute = floorTo(e.timeMs, kMinuteMs);
        Agg &a = aggs[aggKey(e.function, minute, version, qualifier)];
        a.function = e.function;
        a.minute = minute;
        a.version = version;
        a.qualifier = qualifier;
        ++(e.kind == AsyncEvent::Kind::Dropped ? a.bucket.asyncDropped : a.bucket.asyncReceived);
    }
    write(db, aggs);
    db.commit();
}

Report MetricStore::query(const Query &query) const
{
    Query q = query;
    if (q.nowMs <= 0)
        q.nowMs = QDateTime::currentMSecsSinceEpoch();
    if (q.toMs <= 0)
        q.toMs = q.nowMs;
    bool exact = q.source == Query::Source::Exact;
    if (q.source == Query::Source::Auto)
        exact = q.fromMs >= q.nowMs - kExactWindowMs - kMinuteMs; // a live range, give or take its first minute
    if (!exact)
        q.bucketMs = std::max<qint64>(kMinuteMs, floorTo(q.bucketMs, kMinuteMs));
    q.bucketMs = std::max<qint64>(q.bucketMs, 1);
    const qint64 from = floorTo(q.fromMs, q.bucketMs);
    const qint64 span = std::max<qint64>(0, q.toMs - from);
    const int count = int(std::min<qint64>(kMaxBuckets, (span + q.bucketMs - 1) / q.bucketMs));
    Report report = exact ? queryExact(q, from, count) : queryMinutes(q, from, count);
    report.query = q;
    report.exact = exact;
    report.recent = invocations(q.filter, from, q.toMs, q.recentLimit);
    return report;
}

Report MetricStore::queryMinutes(const Query &q, qint64 from, int count) const
{
    Report report;
    report.buckets.resize(count);
    for (int i = 0; i < count; ++i)
        report.buckets[i].startMs = from + qint64(i) * q.bucketMs;
    report.total.startMs = from;
    QList<DurationHistogram> histograms(count);
    DurationHistogram all;
    const char *concColumn = !q.filter.alias.isEmpty() ? "conc_qualifier"
        : !q.filter.version.isEmpty()                  ? "conc_version"
                                                       : "conc_function";
    QSqlQuery sql(database());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT minute, invocations, errors, throttles, cold, dur_sum, dur_min, dur_max,"
                               " dur_hist, init_sum, init_max, mem_max, mem_size, billed_ms, mb_ms, %1,"
                               " async_received, async_retried, async_dropped FROM metric_minutes"
                               " WHERE function = ? AND minute >= ? AND minute < ?%2")
                    .arg(QLatin1StringView(concColumn), filterSql(q.filter)));
    sql.addBindValue(q.filter.function);
    sql.addBindValue(from);
    sql.addBindValue(from + qint64(count) * q.bucketMs);
    bindFilter(sql, q.filter);
    sql.exec();
    while (sql.next()) {
        const int i = int((sql.value(0).toLongLong() - from) / q.bucketMs);
        if (i < 0 || i >= count)
            continue;
        Bucket b;
        b.invocations = sql.value(1).toLongLong();
        b.errors = sql.value(2).toLongLong();
        b.throttles = sql.value(3).toLongLong();
        b.coldStarts = sql.value(4).toLongLong();
        b.durationSum = sql.value(5).toDouble();
        b.durationMin = b.invocations > 0 ? sql.value(6).toDouble() : -1;
        b.durationMax = b.invocations > 0 ? sql.value(7).toDouble() : -1;
        const DurationHistogram h = DurationHistogram::decode(sql.value(8).toByteArray());
        b.initSum = sql.value(9).toDouble();
        b.initMax = b.coldStarts > 0 ? sql.value(10).toDouble() : -1;
        b.maxMemoryUsedMb = sql.value(11).toInt();
        b.memorySizeMb = sql.value(12).toInt();
        b.billedMs = sql.value(13).toLongLong();
        b.mbMs = sql.value(14).toDouble();
        b.concurrency = sql.value(15).toInt();
        b.asyncReceived = sql.value(16).toLongLong();
        b.asyncRetried = sql.value(17).toLongLong();
        b.asyncDropped = sql.value(18).toLongLong();
        mergeInto(report.buckets[i], b);
        histograms[i].merge(h);
        mergeInto(report.total, b);
        all.merge(h);
    }
    // A percentile read from a bin never leaves the bucket's exact range.
    auto readPercentiles = [](Bucket &b, const DurationHistogram &h) {
        if (h.isEmpty())
            return;
        b.p50 = h.percentile(50, b.durationMin, b.durationMax);
        b.p90 = h.percentile(90, b.durationMin, b.durationMax);
        b.p99 = h.percentile(99, b.durationMin, b.durationMax);
    };
    for (int i = 0; i < count; ++i)
        readPercentiles(report.buckets[i], histograms.at(i));
    readPercentiles(report.total, all);
    return report;
}

Report MetricStore::queryExact(const Query &q, qint64 from, int count) const
{
    Report report;
    report.buckets.resize(count);
    for (int i = 0; i < count; ++i)
        report.buckets[i].startMs = from + qint64(i) * q.bucketMs;
    report.total.startMs = from;
    const qint64 to = from + qint64(count) * q.bucketMs;
    QList<QList<double>> durations(count);
    QList<double> allDurations;
    QList<Interval> intervals;
    QSqlQuery sql(database());
    sql.setForwardOnly(true);
    // From a longest timeout earlier: those still running when the range begins count as concurrent.
    sql.prepare(QStringLiteral("SELECT started_ms, duration_ms, billed_ms, memory_mb, max_memory_mb, init_ms, status,"
                               " source, attempt FROM invocations WHERE function = ? AND started_ms >= ?"
                               " AND started_ms < ?%1")
                    .arg(filterSql(q.filter)));
    sql.addBindValue(q.filter.function);
    sql.addBindValue(from - kMaxDurationMs);
    sql.addBindValue(to);
    bindFilter(sql, q.filter);
    sql.exec();
    while (sql.next()) {
        InvocationRecord r;
        r.startedAtMs = sql.value(0).toLongLong();
        r.durationMs = sql.value(1).toDouble();
        r.billedMs = sql.value(2).toLongLong();
        r.memorySizeMb = sql.value(3).toInt();
        r.maxMemoryUsedMb = sql.value(4).toInt();
        r.initDurationMs = sql.value(5).isNull() ? -1 : sql.value(5).toDouble();
        r.source = sql.value(7).toString();
        r.attempt = sql.value(8).isNull() ? 1 : sql.value(8).toInt();
        const InvocationStatus status = statusFromName(sql.value(6).toString());
        if (ran(status))
            intervals.append({r.startedAtMs, r.startedAtMs + qint64(std::ceil(r.durationMs))});
        if (r.startedAtMs < from)
            continue;
        const int i = int((r.startedAtMs - from) / q.bucketMs);
        tally(report.buckets[i], r, status);
        tally(report.total, r, status);
        if (ran(status)) {
            durations[i].append(r.durationMs);
            allDurations.append(r.durationMs);
        }
    }
    const QList<int> concurrency = maxConcurrency(intervals, from, q.bucketMs, count);
    for (int i = 0; i < count; ++i) {
        Bucket &b = report.buckets[i];
        b.concurrency = concurrency.at(i);
        report.total.concurrency = std::max(report.total.concurrency, b.concurrency);
        QList<double> &d = durations[i];
        std::sort(d.begin(), d.end());
        b.p50 = nearestRank(d, 50);
        b.p90 = nearestRank(d, 90);
        b.p99 = nearestRank(d, 99);
    }
    std::sort(allDurations.begin(), allDurations.end());
    report.total.p50 = nearestRank(allDurations, 50);
    report.total.p90 = nearestRank(allDurations, 90);
    report.total.p99 = nearestRank(allDurations, 99);

    QSqlQuery async(database());
    async.prepare(QStringLiteral("SELECT time_ms, dropped FROM async_metric_events WHERE function = ? AND time_ms >= ?"
                                 " AND time_ms < ?%1")
                      .arg(filterSql(q.filter)));
    async.addBindValue(q.filter.function);
    async.addBindValue(from);
    async.addBindValue(to);
    bindFilter(async, q.filter);
    async.exec();
    while (async.next()) {
        const int i = int((async.value(0).toLongLong() - from) / q.bucketMs);
        const bool dropped = async.value(1).toInt() != 0;
        ++(dropped ? report.buckets[i].asyncDropped : report.buckets[i].asyncReceived);
        ++(dropped ? report.total.asyncDropped : report.total.asyncReceived);
    }
    return report;
}

QList<InvocationRecord> MetricStore::invocations(const Filter &filter, qint64 fromMs, qint64 toMs, int limit) const
{
    QList<InvocationRecord> out;
    if (limit <= 0)
        return out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM invocations WHERE function = ? AND started_ms >= ? AND started_ms < ?%2"
                             " ORDER BY started_ms DESC, id DESC LIMIT ?")
                  .arg(InvocationRecord::columns(false), filterSql(filter)));
    q.addBindValue(filter.function);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    bindFilter(q, filter);
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        out.append(InvocationRecord::fromRow(q, false));
    return out;
}

} // namespace lambdesk::metrics
