#pragma once

#include "logstore.h"
#include "threadhandoff.h"

#include <QHash>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace lambdesk {

// Runs a LogStore on its own thread so SQLite never stalls the backend or the GUI.
// Its queue is bounded: past kMaxQueuedBytes of log lines waiting to be written, further
// lines of function output are dropped (platform lines and invocation records never are) and
// a marker line says, per function, how many when the writer has caught up.
// The Event queue's journal is written through a second connection on the caller's thread,
// synchronously, each change in its own transaction: never queued behind log batches.
class LogStoreThread
{
public:
    static constexpr qint64 kMaxQueuedBytes = 64LL << 20;

    explicit LogStoreThread(const QString &path);
    ~LogStoreThread();

    bool open(QString *error);
    void append(QList<LogRecord> logs, QList<InvocationRecord> invocations);
    // Runs `write` on the store's thread, in order with everything else posted; does not wait.
    void post(std::function<void(LogStore &)> write);
    // Runs `query` on the store's thread and waits for it (short reads only).
    void runBlocking(const std::function<void(LogStore &)> &query);
    // Runs `query` there and hands the result to `then` on `context`'s thread.
    template<typename Query, typename Then>
    void runAsync(QObject *context, Query query, Then then);

    // The Event journal, on the calling thread (the one that called open()): committed when
    // these return; false when it could not be written.
    bool saveAsyncEvent(const AsyncQueue::Snapshot &event);
    bool removeAsyncEvent(const QString &requestId);
    QList<AsyncQueue::Snapshot> asyncEvents() const;

    // Bytes of log lines handed to append() and not written yet (an estimate).
    qint64 queuedBytes() const { return m_queued.load(); }

private:
    struct Dropped
    {
        qint64 lines = 0;
        qint64 bytes = 0;
        QString version;
    };

    QThread m_thread;
    LogStore *m_store;
    std::unique_ptr<LogStore> m_journal;
    std::shared_ptr<LogStore::WriteGate> m_gate = std::make_shared<LogStore::WriteGate>();
    std::atomic<qint64> m_queued{0};
    QHash<QString, Dropped> m_dropped; // per function, since the last marker
};

template<typename Query, typename Then>
void LogStoreThread::runAsync(QObject *context, Query query, Then then)
{
    QPointer<QObject> ctx(context);
    QMetaObject::invokeMethod(
        m_store, handOff([store = m_store, ctx, query = std::move(query), then = std::move(then)]() mutable {
            auto result = query(*store);
            if (ctx)
                QMetaObject::invokeMethod(
                    ctx.data(),
                    handOff([r = std::move(result), then = std::move(then)]() mutable { then(std::move(r)); }),
                    Qt::QueuedConnection);
        }),
        Qt::QueuedConnection);
}

} // namespace lambdesk
