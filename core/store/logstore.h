#pragma once

#include "invoke/asyncqueue.h"
#include "invoke/invocationresult.h"

#include <QList>
#include <QObject>
#include <QString>

namespace lambdesk {

// One stored log line with where it came from.
struct LogRecord
{
    qint64 id = 0; // row id, increasing: readers ask for "everything after id N"
    QString function;
    QString version;
    QString logStream;
    LogLine line;
};

// One stored invocation (what the Monitor tab and "last results" read).
struct InvocationRecord
{
    qint64 id = 0;
    QString requestId;
    QString function;
    QString version;
    qint64 startedAtMs = 0;
    double durationMs = 0;
    qint64 billedMs = 0;
    int memorySizeMb = 0;
    int maxMemoryUsedMb = 0;
    double initDurationMs = -1; // -1: warm
    QString status;             // statusName()
    QString source;             // sourceName(); empty in records of older versions: the console
    int attempt = 1;
    QString errorType;
    QByteArray payload; // first 256 KB

    static InvocationRecord fromResult(const InvocationResult &r);
    // The stored invocation as the results panel shows it, with its log lines.
    InvocationResult toResult(const QList<LogRecord> &logs) const;
};

// Logs, invocation records and the Event queue's journal in SQLite (WAL), written in batches. Lives on its own thread
// (see LogStoreThread); every method runs there.
class LogStore : public QObject
{
    Q_OBJECT
public:
    explicit LogStore(QString path, QObject *parent = nullptr);
    ~LogStore() override;

    bool open(QString *error);
    void append(const QList<LogRecord> &logs, const QList<InvocationRecord> &invocations);
    QList<LogRecord> logsAfter(qint64 afterId, const QString &function, int limit) const;
    QList<InvocationRecord> invocations(const QString &function, int limit) const;
    // The lines of one invocation (START through REPORT and what it printed), oldest first;
    // the newest `limit` when there are more.
    QList<LogRecord> logsOfRequest(const QString &requestId, int limit) const;
    // Keeps the newest `maxLogs` lines and `maxInvocations` records.
    void prune(qint64 maxLogs, qint64 maxInvocations);

    // The Event queue's journal: one row per event not yet finished.
    void saveAsyncEvent(const AsyncQueue::Snapshot &event);
    void removeAsyncEvent(const QString &requestId);
    QList<AsyncQueue::Snapshot> asyncEvents() const; // oldest accepted first

private:
    QString m_path;
    QString m_connection;
};

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::LogRecord)
Q_DECLARE_METATYPE(lambdesk::InvocationRecord)
