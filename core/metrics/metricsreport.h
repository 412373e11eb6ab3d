#pragma once

#include "store/logstore.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace lambdesk::metrics {

// Which invocations of a function: all of them, those a version ran ($LATEST or "3"), or
// those invoked through an alias (AWS's "Resource" dimension function:alias).
struct Filter
{
    QString function;
    QString version; // executed version; empty: any
    QString alias;   // qualifier as asked; empty: any

    bool operator==(const Filter &) const = default;
};

// A range of time cut into buckets of bucketMs, from fromMs (rounded down to bucketMs) to toMs.
struct Query
{
    enum class Source {
        Auto,    // the stored invocations while the range is within the last 15 minutes, else minute buckets
        Exact,   // the stored invocations themselves (exact percentiles and concurrency)
        Minutes, // the per-minute buckets (bucketMs a multiple of a minute; percentiles from histograms)
    };
    Filter filter;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 bucketMs = 60'000;
    qint64 nowMs = 0; // 0: the clock; what "the last 15 minutes" counts from
    Source source = Source::Auto;
    int recentLimit = 50; // the newest invocations of the range handed back with the buckets
};

// One bucket (or the whole range, as Report::total). Durations and init in ms; -1: none.
struct Bucket
{
    qint64 startMs = 0;
    qint64 invocations = 0; // ran: succeeded, failed or timed out (throttles are not invocations)
    qint64 errors = 0;      // function errors and timeouts
    qint64 throttles = 0;
    qint64 coldStarts = 0;
    double durationSum = 0;
    double durationMin = -1;
    double durationMax = -1;
    double p50 = -1, p90 = -1, p99 = -1;
    double initSum = 0; // over the cold starts
    double initMax = -1;
    int maxMemoryUsedMb = 0; // the highest of the bucket
    int memorySizeMb = 0;    // the configured memory (the highest, if it changed)
    int concurrency = 0;     // the most invocations running at one time
    qint64 billedMs = 0;
    double mbMs = 0; // billed ms x memory MB, summed: GB-seconds = mbMs / 1024 / 1000
    qint64 asyncReceived = 0, asyncRetried = 0, asyncDropped = 0;

    double durationAvg() const { return invocations > 0 ? durationSum / double(invocations) : -1; }
    double initAvg() const { return coldStarts > 0 ? initSum / double(coldStarts) : -1; }
    // Percent of invocations without a function error; -1 with none.
    double successRate() const
    {
        return invocations > 0 ? 100.0 * double(invocations - errors) / double(invocations) : -1;
    }
    double gbSeconds() const { return mbMs / 1024.0 / 1000.0; }
};

struct Report
{
    Query query;
    bool exact = false; // percentiles and concurrency from the invocations themselves
    QList<Bucket> buckets;
    Bucket total;
    QList<InvocationRecord> recent; // newest first, at most query.recentLimit, payload left out
};

// A chart's data as CSV: one row per bucket, a header naming the columns and units.
QByteArray toCsv(const Report &report);

} // namespace lambdesk::metrics

Q_DECLARE_METATYPE(lambdesk::metrics::Report)
