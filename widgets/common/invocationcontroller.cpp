#include "invocationcontroller.h"

#include "backendhost.h"

namespace lambdesk {

InvocationController::InvocationController(BackendHost *host, QObject *parent) : QObject(parent), m_host(host) {}

void InvocationController::setCurrentEvent(const QString &function, const QString &eventName, const QByteArray &payload)
{
    m_current.insert(function, Current{eventName, payload});
}

QByteArray InvocationController::currentPayload(const QString &function) const
{
    const auto it = m_current.constFind(function);
    return it == m_current.cend() ? QByteArrayLiteral("{}") : it->payload;
}

QString InvocationController::currentEventName(const QString &function) const
{
    return m_current.value(function).name;
}

void InvocationController::invoke(const QString &function, const QByteArray &payload, const QString &qualifier,
                                  InvocationType type)
{
    ++m_running[function];
    Q_EMIT invocationStarted(function);
    m_host->invoke(this, InvokeRequest{function, qualifier, payload, type, {}},
                   [this, function](Result<InvocationResult> r) {
                       if (--m_running[function] <= 0)
                           m_running.remove(function);
                       if (!r) {
                           Q_EMIT invocationFailed(function, r.error().message);
                           return;
                       }
                       m_last.insert(function, r.value());
                       Q_EMIT invocationFinished(function, r.value());
                   });
}

void InvocationController::invokeCurrent(const QString &function)
{
    invoke(function, currentPayload(function));
}

std::optional<InvocationResult> InvocationController::lastResult(const QString &function) const
{
    const auto it = m_last.constFind(function);
    if (it == m_last.cend())
        return std::nullopt;
    return *it;
}

} // namespace lambdesk
