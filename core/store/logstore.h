#pragma once

#include "invoke/asyncqueue.h"
#include "invoke/invocationresult.h"
#include "logs/logblocks.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <utility>

class QSqlQuery;

class QSqlDatabase;

namespace lambdesk {

namespace metrics {
class MetricStore;
struct AsyncEvent;
} // namespace metrics

// One stored log line with where it came from.
struct LogRecord
{
    qint64 id = 0; // row id, increasing: readers ask for "everything after id N"
    QString function;
    QString version;
    QString logStream;
    LogLine line;

    // The columns of the logs table a line is read from, in the order fromRow() reads them.
    static QString columns();
    static LogRecord fromRow(const QSqlQuery &row);
};

// One stored invocation (what the Monitor tab and "last results" read).
struct InvocationRecord
{
    qint64 id = 0;
    QString requestId;
    QString function;
    QString version;   // the version that ran
    QString qualifier; // as asked (an alias, say); empty in a record of an older version
    qint64 startedAtMs = 0;
    double durationMs = 0;
    qint64 billedMs = 0;
    int memorySizeMb = 0;
    int maxMemoryUsedMb = 0;
    double initDurationMs = -1; // -1: warm
    QString status;             // statusName()
    QString source;             // sourceName(); empty in records of older versions: the console
    int attempt = 1;
    double cpuThrottledMs = -1; // -1: not measured (no CPU quota, or a record of an older version)
    int cpuThrottledPeriods = 0;
    QString errorType;
    QByteArray payload; // first 256 KB

    static InvocationRecord fromResult(const InvocationResult &r);
    // The columns of the invocations table a record is read from, in the order fromRow() reads
    // them; the payload (the larger part of a row) only when asked for, last.
    static QString columns(bool withPayload);
    static InvocationRecord fromRow(const QSqlQuery &row, bool withPayload);
    // The stored invocation as the results panel shows it, with its log lines.
    InvocationResult toResult(const QList<LogRecord> &logs) const;
};

// Logs, invocation records and the Event queue's journal in SQLite (WAL), written in batches. Lives on its own thread
// (see LogStoreThread); every method runs on the thread that opened it.
// Retention is kept while writing: past the newest `maxLogs` lines (or `maxLogBytes` of text
// written by this store) and `maxInvocations` records, the oldest go with every batch.
class LogStore : public QObject
{
    Q_OBJECT
public:
    struct Retention
    {
        qint64 maxLogs = 200000; // README: the newest 200,000 lines
        qint64 maxLogBytes = 256LL << 20;
        qint64 maxInvocations = 50000;
    };
    // Whoever writes takes this, so the Event journal's writes (a second LogStore on another
    // thread) wait for one batch at most, never for a queue of them: a waiting journal write
    // goes before the next batch.
    struct WriteGate
    {
        QMutex mutex;
        std::atomic<int> waiting{0};
    };

    explicit LogStore(QString path, QObject *parent = nullptr);
    ~LogStore() override;

    void setRetention(const Retention &retention) { m_retention = retention; }
    void setWriteGate(std::shared_ptr<WriteGate> gate) { m_gate = std::move(gate); }
    bool open(QString *error);
    void append(const QList<LogRecord> &logs, const QList<InvocationRecord> &invocations);
    QList<LogRecord> logsAfter(qint64 afterId, const QString &function, int limit) const;
    // The newest `limit` lines up to row id `lastId`, oldest first.
    QList<LogRecord> logsUpTo(qint64 lastId, int limit) const;
    // The id of the newest line (0: none).
    qint64 lastLogId() const;
    QList<InvocationRecord> invocations(const QString &function, int limit) const;
    // The lines of one invocation (START through REPORT and what it printed), oldest first;
    // the newest `limit` when there are more.
    QList<LogRecord> logsOfRequest(const QString &requestId, int limit) const;
    // Keeps the newest `maxLogs` lines and `maxInvocations` records.
    void prune(qint64 maxLogs, qint64 maxInvocations);

    // The connection's name (QSqlDatabase::database), for reads on this thread that live
    // elsewhere (core/logs/logquery.h).
    QString connectionName() const { return m_connection; }

    // The Event queue's journal: one row per event not yet finished. Each change is its own
    // transaction, committed (in the WAL) when the call returns: false if it could not be.
    bool saveAsyncEvent(const AsyncQueue::Snapshot &event);
    bool removeAsyncEvent(const QString &requestId);
    QList<AsyncQueue::Snapshot> asyncEvents() const; // oldest accepted first

    // The metrics kept beside the invocation records (core/metrics/metricstore.h): counted as
    // records are written; null until open().
    const metrics::MetricStore *metrics() const { return m_metrics.get(); }
    // What the Event queue received and dropped (not invocation records).
    void appendAsyncMetrics(const QList<metrics::AsyncEvent> &events);

private:
    class Writing;
    void insertLogs(QSqlDatabase &db, const QList<LogRecord> &logs, qsizetype from, qsizetype count);
    void insertInvocations(QSqlDatabase &db, const QList<InvocationRecord> &invocations);
    void keepRetention(QSqlDatabase &db);
    // The skip index (logs/logblocks.h): each stored line goes into its function's newest block,
    // and the blocks changed are written in the same transaction as the lines.
    void addToBlock(QSqlDatabase &db, const QString &function, qint64 id, qint64 timeMs, const QString &text);
    bool writeBlocks(QSqlDatabase &db);
    bool writeBlock(QSqlDatabase &db, const QString &function, logs::blocks::Block &block);
    // Blocks for lines no block covers yet (a database from before the index): at open.
    bool buildBlocks(QSqlDatabase &db, QString *error);
    void dropBlocksUpTo(QSqlDatabase &db, qint64 cutoff);

    QString m_path;
    QString m_connection;
    Retention m_retention;
    std::shared_ptr<WriteGate> m_gate;
    // Text written by this store, batch by batch (last row id, characters), oldest first: the
    // byte retention drops whole batches from the front.
    QList<std::pair<qint64, qint64>> m_written;
    qint64 m_writtenChars = 0;
    std::unique_ptr<metrics::MetricStore> m_metrics;
    // Each function's newest block as written (or about to be), loaded when first needed.
    QHash<QString, logs::blocks::Block> m_blocks;
    QList<QString> m_dirtyBlocks;
    logs::blocks::Block *m_lastBlock = nullptr; // the last line's block, in m_blocks
    QString m_lastBlockFunction;
};

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::LogRecord)
Q_DECLARE_METATYPE(lambdesk::InvocationRecord)
