#pragma once

#include "backend.h"
#include "threadhandoff.h"

#include <QPointer>
#include <QThread>

namespace lambdesk {

// Runs a Backend on its own thread (servers, processes and stores never touch the GUI
// thread) and lets the GUI talk to it without blocking: call() runs work there and hands
// the result back on the caller's thread. Connect to backend()'s signals freely (they
// arrive queued); never call its methods directly from another thread.
class BackendHost : public QObject
{
    Q_OBJECT
public:
    explicit BackendHost(Backend::Options options, QObject *parent = nullptr);
    ~BackendHost() override;

    // Starts the backend (workspace, runtimes, limits) on its thread; emits started().
    void start();
    Backend *backend() const { return m_backend; }
    bool isReady() const { return m_ready; }

    // What start() found, copied for the GUI thread.
    const RuntimeCatalog &runtimes() const { return m_runtimes; }
    QString limitsDescription() const { return m_limits; }
    QString workspaceRoot() const { return m_workspaceRoot; }

    // Runs work(Backend&) on the backend thread, then then(result) on context's thread
    // (dropped if context is gone by then).
    template<typename Work, typename Then>
    void call(QObject *context, Work work, Then then)
    {
        QPointer<QObject> ctx(context);
        QMetaObject::invokeMethod(
            m_backend, handOff([b = m_backend, ctx, work = std::move(work), then = std::move(then)]() mutable {
                auto result = work(*b);
                if (!ctx)
                    return;
                QMetaObject::invokeMethod(ctx.data(),
                                          handOff([result = std::move(result), then = std::move(then)]() mutable {
                                              then(std::move(result));
                                          }),
                                          Qt::QueuedConnection);
            }),
            Qt::QueuedConnection);
    }
    // Runs work(Backend&) on the backend thread; nothing comes back.
    template<typename Work>
    void post(Work work)
    {
        QMetaObject::invokeMethod(m_backend, handOff([b = m_backend, work = std::move(work)]() mutable { work(*b); }),
                                  Qt::QueuedConnection);
    }
    // Invokes a function; `then` runs on context's thread when the invocation is over.
    void invoke(QObject *context, InvokeRequest request, std::function<void(Result<InvocationResult>)> then);

Q_SIGNALS:
    void started(bool ok, const QString &message);

private:
    QThread m_thread;
    Backend *m_backend;
    bool m_ready = false;
    RuntimeCatalog m_runtimes;
    QString m_limits;
    QString m_workspaceRoot;
};

} // namespace lambdesk
