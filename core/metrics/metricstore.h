#pragma once

#include "metricsreport.h"

#include <QHash>
#include <QList>
#include <QString>

#include <map>

class QSqlDatabase;

namespace lambdesk::metrics {

// What the Event queue did with an event (its attempts are invocation records).
struct AsyncEvent
{
    enum class Kind { Received, Dropped };
    qint64 timeMs = 0;
    QString function;
    QString qualifier; // as asked: empty or $LATEST, a version, or an alias
    Kind kind = Kind::Received;
};

// The metrics of the invocation records, in the log database (its own tables beside
// `invocations`): one row per function, minute, executed version and qualifier as asked, kept
// up to date as records are written (add() runs inside LogStore's write transaction), so a
// range of a day reads 1,440 rows per version at most, however many invocations it had.
// Concurrency needs the invocations that overlap a minute: the last half hour of them is kept
// in memory (and read back at open). The raw `invocations` rows answer the last 15 minutes
// exactly. Runs on the thread of the LogStore that owns it.
class MetricStore
{
public:
    static constexpr qint64 kExactWindowMs = 15 * 60'000;
    static constexpr qint64 kMaxDurationMs = 15 * 60'000; // Lambda's longest timeout
    static constexpr int kMaxBuckets = 20'000;
    static constexpr qint64 kKeptDays = 30; // minute rows older than this go at open

    explicit MetricStore(QString connection);

    // Creates the tables (and fills them from the records of a database that had none).
    bool open(QString *error);
    // Counts newly written records; in the caller's transaction.
    void add(const QList<InvocationRecord> &records);
    // Counts what the Event queue received and dropped; its own transaction.
    void addAsync(const QList<AsyncEvent> &events);

    Report query(const Query &query) const;
    // The invocations started in [fromMs, toMs), newest first (payload left out).
    QList<InvocationRecord> invocations(const Filter &filter, qint64 fromMs, qint64 toMs, int limit) const;

private:
    struct Running
    {
        qint64 end = 0;
        QString version;
        QString qualifier;
    };
    struct Agg;
    QSqlDatabase database() const;
    void updateConcurrency(const QString &function, qint64 minute, QHash<QString, Agg> &aggs);
    void write(QSqlDatabase &db, const QHash<QString, Agg> &aggs);
    Report queryMinutes(const Query &q, qint64 from, int count) const;
    Report queryExact(const Query &q, qint64 from, int count) const;
    void loadRunning(QSqlDatabase &db);
    bool backfill(QSqlDatabase &db);

    QString m_connection;
    // The invocations of the last half hour, per function, by start.
    QHash<QString, std::multimap<qint64, Running>> m_running;
    qint64 m_newestEnd = 0;
};

} // namespace lambdesk::metrics
