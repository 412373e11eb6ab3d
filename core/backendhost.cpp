#include "backendhost.h"

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
    // Stop every runtime and delete the backend on its own thread, then end the thread.
    QMetaObject::invokeMethod(m_backend, handOff([b = m_backend] {
                                  b->stop();
                                  delete b;
                              }),
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
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

void BackendHost::invoke(QObject *context, InvokeRequest request, std::function<void(Result<InvocationResult>)> then)
{
    QPointer<QObject> ctx(context);
    post([request = std::move(request), ctx, then = std::move(then)](Backend &b) mutable {
        b.invoke(std::move(request), [ctx, then](Result<InvocationResult> r) {
            if (!ctx)
                return;
            QMetaObject::invokeMethod(ctx.data(), handOff([r = std::move(r), then]() mutable { then(std::move(r)); }),
                                      Qt::QueuedConnection);
        });
    });
}

} // namespace lambdesk
