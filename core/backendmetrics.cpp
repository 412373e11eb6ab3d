// Backend: the metrics of the stored invocations (core/metrics), read on the log store's thread.
#include "backend.h"

#include "metrics/metricstore.h"
#include "store/logstorethread.h"

#include <QDateTime>

namespace lambdesk {

void Backend::recordAsync(const QString &function, const QString &qualifier, bool dropped)
{
    if (!m_logStore)
        return;
    metrics::AsyncEvent e;
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.function = function;
    e.qualifier = qualifier;
    e.kind = dropped ? metrics::AsyncEvent::Kind::Dropped : metrics::AsyncEvent::Kind::Received;
    m_logStore->post([e](LogStore &store) { store.appendAsyncMetrics({e}); });
}

void Backend::queryMetrics(const metrics::Query &query, std::function<void(metrics::Report)> done)
{
    if (!m_logStore) {
        metrics::Report empty;
        empty.query = query;
        done(std::move(empty));
        return;
    }
    flushLogs(); // records of invocations that just ended go to the store before the query
    m_logStore->runAsync(
        this,
        [query](LogStore &store) {
            metrics::Report r;
            r.query = query;
            return store.metrics() ? store.metrics()->query(query) : r;
        },
        std::move(done));
}

void Backend::queryInvocations(const metrics::Filter &filter, qint64 fromMs, qint64 toMs, int limit,
                               std::function<void(QList<InvocationRecord>)> done)
{
    if (!m_logStore) {
        done({});
        return;
    }
    flushLogs();
    m_logStore->runAsync(
        this,
        [filter, fromMs, toMs, limit](LogStore &store) {
            return store.metrics() ? store.metrics()->invocations(filter, fromMs, toMs, limit)
                                   : QList<InvocationRecord>();
        },
        std::move(done));
}

metrics::Report Backend::metrics(const metrics::Query &query)
{
    metrics::Report out;
    out.query = query;
    if (!m_logStore)
        return out;
    flushLogs();
    m_logStore->runBlocking([&](LogStore &store) {
        if (store.metrics())
            out = store.metrics()->query(query);
    });
    return out;
}

} // namespace lambdesk
