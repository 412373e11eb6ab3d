#pragma once

#include "logstore.h"
#include "threadhandoff.h"

#include <QPointer>
#include <QThread>

#include <functional>

namespace lambdesk {

// Runs a LogStore on its own thread so SQLite never stalls the backend or the GUI.
class LogStoreThread
{
public:
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

private:
    QThread m_thread;
    LogStore *m_store;
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
