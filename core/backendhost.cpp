#include "backendhost.h"

#include "store/workspace.h"

#include <optional>

namespace lambdesk {

BackendHost::BackendHost(Backend::Options options, QObject *parent)
    : QObject(parent), m_backend(new Backend(std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("lambdesk-backend"));
    m_backend->moveToThread(&m_thread);
    connect(m_backend, &Backend::runtimesDetected, this, &BackendHost::fetchRuntimes);
    m_thread.start();
}

BackendHost::~BackendHost()
{
    shutdown();
    m_thread.wait(); // the backend is deleted on its thread, which then ends
}

void BackendHost::shutdown()
{
    if (m_shutdownRequested)
        return;
    m_shutdownRequested = true;
    QMetaObject::invokeMethod(m_backend, handOff([b = m_backend] {
                                  QThread *thread = QThread::currentThread();
                                  QObject::connect(
                                      b, &QObject::destroyed, thread, [thread] { thread->quit(); },
                                      Qt::DirectConnection);
                                  if (!b->isStarted()) {
                                      b->deleteLater();
                                      return;
                                  }
                                  QObject::connect(b, &Backend::stopped, b, &QObject::deleteLater);
                                  b->shutdown();
                              }),
                              Qt::QueuedConnection);
}

void BackendHost::start()
{
    struct Info
    {
        bool ok = false;
        QString message;
        QString limits;
        QString sandbox;
        QString root;
    };
    call(
        this,
        [](Backend &b) {
            Info info;
            const Status s = b.start();
            info.ok = s.ok();
            info.message = s.ok() ? QString() : s.error().message;
            // The window shows the workspace now; the runtimes follow (runtimesDetected()).
            if (info.ok)
                b.detectRuntimes();
            info.limits = b.limitsDescription();
            info.sandbox = b.sandboxDescription();
            info.root = b.workspaceRoot();
            return info;
        },
        [this](Info info) {
            m_ready = info.ok;
            m_limits = info.limits;
            m_sandbox = info.sandbox;
            m_workspaceRoot = info.root;
            Q_EMIT started(info.ok, info.message);
            if (info.ok)
                fetchRuntimes();
        });
}

void BackendHost::fetchRuntimes()
{
    // Asked once started and again on each detection; the backend answers at once when they
    // are known, and only then (runtimes() would wait for the probe on the backend thread).
    call(
        this, [](Backend &b) { return b.runtimesKnown() ? std::optional<RuntimeCatalog>(b.runtimes()) : std::nullopt; },
        [this](std::optional<RuntimeCatalog> runtimes) {
            if (!runtimes)
                return; // runtimesDetected comes later and asks again
            m_runtimes = *runtimes;
            m_runtimesKnown = true;
            Q_EMIT runtimesDetected();
        });
}

QString BackendHost::codeDir(const QString &function) const
{
    if (m_workspaceRoot.isEmpty() || function.isEmpty())
        return {};
    return Workspace::codeDirOf(m_workspaceRoot, function);
}

QString BackendHost::configFile(const QString &function) const
{
    if (m_workspaceRoot.isEmpty() || function.isEmpty())
        return {};
    return Workspace::configFileOf(m_workspaceRoot, function);
}

void BackendHost::invoke(QObject *context, InvokeRequest request, std::function<void(Result<InvocationResult>)> then)
{
    callLater<Result<InvocationResult>>(
        context,
        [request = std::move(request)](Backend &b, auto reply) mutable {
            b.invoke(std::move(request), std::move(reply));
        },
        std::move(then));
}

void BackendHost::publishVersion(QObject *context, Backend::PublishRequest request,
                                 std::function<void(Result<versionstore::Published>)> then)
{
    callLater<Result<versionstore::Published>>(
        context, [request](Backend &b, auto reply) { b.publishVersion(request, std::move(reply)); }, std::move(then));
}

void BackendHost::deleteVersion(QObject *context, const QString &name, int number, std::function<void(Status)> then)
{
    callLater<Status>(
        context, [name, number](Backend &b, auto reply) { b.deleteVersion(name, number, std::move(reply)); },
        std::move(then));
}

void BackendHost::queryMetrics(QObject *context, metrics::Query query, std::function<void(metrics::Report)> then)
{
    callLater<metrics::Report>(
        context, [query](Backend &b, auto reply) { b.queryMetrics(query, std::move(reply)); }, std::move(then));
}

void BackendHost::queryInvocations(QObject *context, metrics::Filter filter, qint64 fromMs, qint64 toMs, int limit,
                                   std::function<void(QList<InvocationRecord>)> then)
{
    callLater<QList<InvocationRecord>>(
        context,
        [filter, fromMs, toMs, limit](Backend &b, auto reply) {
            b.queryInvocations(filter, fromMs, toMs, limit, std::move(reply));
        },
        std::move(then));
}

} // namespace lambdesk
