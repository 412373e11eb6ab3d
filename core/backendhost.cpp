#include "backendhost.h"

#include "store/workspace.h"

namespace lambdesk {

BackendHost::BackendHost(Backend::Options options, QObject *parent)
    : QObject(parent), m_backend(new Backend(std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("lambdesk-backend"));
    m_backend->moveToThread(&m_thread);
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
        RuntimeCatalog runtimes;
        QString limits;
        QString root;
    };
    call(
        this,
        [](Backend &b) {
            Info info;
            const Status s = b.start();
            info.ok = s.ok();
            info.message = s.ok() ? QString() : s.error().message;
            info.runtimes = b.runtimes();
            info.limits = b.limitsDescription();
            info.root = b.workspaceRoot();
            return info;
        },
        [this](Info info) {
            m_ready = info.ok;
            m_runtimes = info.runtimes;
            m_limits = info.limits;
            m_workspaceRoot = info.root;
            Q_EMIT started(info.ok, info.message);
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
    QPointer<QObject> ctx(context);
    post([home = this, request = std::move(request), ctx, then = std::move(then)](Backend &b) mutable {
        b.invoke(std::move(request),
                 [home, ctx, then](Result<InvocationResult> r) { answer(home, ctx, std::move(r), then); });
    });
}

} // namespace lambdesk
