#pragma once

#include "backend.h"
#include "threadhandoff.h"

#include <QPointer>
#include <QThread>

namespace lambdesk {

// Drops late answers: a widget that moves on (another function, another event) calls
// invalidate(), and the answers of calls made through BackendHost::call(guard, ...) before
// that are dropped instead of being applied to what is shown now. A child of the widget.
class CallGuard : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void invalidate() { ++m_generation; }
    quint64 generation() const { return m_generation; }

private:
    quint64 m_generation = 0;
};

// Runs a Backend on its own thread (servers, processes and stores never touch the GUI
// thread) and lets the GUI talk to it without blocking: call() runs work there and hands
// the result back on the caller's thread. Connect to backend()'s signals freely (they
// arrive queued); never call its methods directly from another thread.
class BackendHost : public QObject
{
    Q_OBJECT
public:
    explicit BackendHost(Backend::Options options, QObject *parent = nullptr);
    // Shuts the backend down on its thread (API first, then the environments) and waits for
    // the thread to end: the backend thread runs its own loop meanwhile, nothing is nested.
    ~BackendHost() override;

    // Starts the backend (workspace, runtimes, limits) on its thread; emits started().
    void start();
    // Begins the graceful stop (Backend::shutdown); the destructor waits for it to finish.
    void shutdown();
    Backend *backend() const { return m_backend; }
    bool isReady() const { return m_ready; }

    // What start() found, copied for the GUI thread. The runtimes come after started(): from
    // the cache at once, else when their detection (on a worker thread) ends; until then
    // runtimes() holds only the custom runtimes and runtimesKnown() is false.
    const RuntimeCatalog &runtimes() const { return m_runtimes; }
    bool runtimesKnown() const { return m_runtimesKnown; }
    QString limitsDescription() const { return m_limits; }
    QString sandboxDescription() const { return m_sandbox; }
    QString workspaceRoot() const { return m_workspaceRoot; }
    // The folder of a function's $LATEST code (the editor's root); empty before start().
    QString codeDir(const QString &function) const;
    // The function's function.json (what the console opens for a broken one); empty before start().
    QString configFile(const QString &function) const;

    // Runs work(Backend&) on the backend thread, then then(result) on this host's thread (the
    // GUI thread), dropped if context is gone by then. The answer goes through the host, which
    // outlives every call, and context is checked on its own thread: a context deleted while
    // the work runs is never touched.
    template<typename Work, typename Then>
    void call(QObject *context, Work work, Then then)
    {
        QPointer<QObject> ctx(context);
        QMetaObject::invokeMethod(
            m_backend,
            handOff([b = m_backend, home = this, ctx, work = std::move(work), then = std::move(then)]() mutable {
                answer(home, ctx, work(*b), std::move(then));
            }),
            Qt::QueuedConnection);
    }
    // As above, and the answer is dropped if `guard` was invalidated after the call was made.
    template<typename Work, typename Then>
    void call(CallGuard *guard, Work work, Then then)
    {
        const quint64 generation = guard->generation();
        call(static_cast<QObject *>(guard), std::move(work),
             [guard, generation, then = std::move(then)](auto result) mutable {
                 if (guard->generation() == generation)
                     then(std::move(result));
             });
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
    // Publishes a version (the git work on the backend's worker pool, not its thread); `then`
    // runs on context's thread when it is done.
    void publishVersion(QObject *context, Backend::PublishRequest request,
                        std::function<void(Result<versionstore::Published>)> then);
    // Reads metrics / a range's invocations on the log store's thread; `then` runs on context's
    // thread (dropped if context is gone).
    void queryMetrics(QObject *context, metrics::Query query, std::function<void(metrics::Report)> then);
    void queryInvocations(QObject *context, metrics::Filter filter, qint64 fromMs, qint64 toMs, int limit,
                          std::function<void(QList<InvocationRecord>)> then);
    // Deletes a version (the disk and git work on the backend's worker pool).
    void deleteVersion(QObject *context, const QString &name, int number, std::function<void(Status)> then);

    // Runs start(Backend&, reply) on the backend thread for a call that answers later (the
    // Backend's calls that take a callback); `then` runs on context's thread with what reply
    // was given, dropped if context is gone.
    template<typename R, typename Start>
    void callLater(QObject *context, Start start, std::function<void(R)> then)
    {
        QPointer<QObject> ctx(context);
        post([home = this, ctx, start = std::move(start), then = std::move(then)](Backend &b) mutable {
            start(b, [home, ctx, then](R r) { answer(home, ctx, std::move(r), then); });
        });
    }

Q_SIGNALS:
    void started(bool ok, const QString &message);
    // runtimes() holds this machine's runtimes now (after started()).
    void runtimesDetected();

private:
    // From the backend thread: hands `result` to `then` on home's thread if ctx still exists there.
    template<typename R, typename Then>
    static void answer(QObject *home, QPointer<QObject> ctx, R result, Then then)
    {
        QMetaObject::invokeMethod(
            home, handOff([ctx = std::move(ctx), result = std::move(result), then = std::move(then)]() mutable {
                if (ctx)
                    then(std::move(result));
            }),
            Qt::QueuedConnection);
    }

    QThread m_thread;
    Backend *m_backend;
    bool m_ready = false;
    bool m_shutdownRequested = false;
    void fetchRuntimes();

    RuntimeCatalog m_runtimes = RuntimeCatalog::provided();
    bool m_runtimesKnown = false;
    QString m_limits;
    QString m_sandbox;
    QString m_workspaceRoot;
};

} // namespace lambdesk
