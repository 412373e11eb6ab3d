#include "metricsreport.h"

#include <QDateTime>

namespace lambdesk::metrics {

namespace {
QByteArray number(double v, int decimals = 2)
{
    return v < 0 ? QByteArray() : QByteArray::number(v, 'f', decimals);
}
} // namespace

QByteArray toCsv(const Report &report)
{
    QByteArray out = "time_utc,invocations,errors,success_rate_pct,throttles,duration_avg_ms,duration_min_ms,"
                     "duration_max_ms,duration_p50_ms,duration_p90_ms,duration_p99_ms,concurrent_executions,"
                     "cold_starts,init_duration_avg_ms,init_duration_max_ms,max_memory_used_mb,memory_size_mb,"
                     "billed_ms,gb_seconds,async_received,async_retried,async_dropped\n";
    for (const Bucket &b : report.buckets) {
        const QList<QByteArray> fields{
            QDateTime::fromMSecsSinceEpoch(b.startMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8(),
            QByteArray::number(b.invocations),
            QByteArray::number(b.errors),
            number(b.successRate()),
            QByteArray::number(b.throttles),
            number(b.durationAvg()),
            number(b.durationMin),
            number(b.durationMax),
            number(b.p50),
            number(b.p90),
            number(b.p99),
            QByteArray::number(b.concurrency),
            QByteArray::number(b.coldStarts),
            number(b.initAvg()),
            number(b.initMax),
            QByteArray::number(b.maxMemoryUsedMb),
            QByteArray::number(b.memorySizeMb),
            QByteArray::number(b.billedMs),
            number(b.gbSeconds(), 6),
            QByteArray::number(b.asyncReceived),
            QByteArray::number(b.asyncRetried),
            QByteArray::number(b.asyncDropped),
        };
        out += fields.join(',') + '\n';
    }
    return out;
}

} // namespace lambdesk::metrics
