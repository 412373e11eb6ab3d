#include "invocationcontroller.h"

#include "backendhost.h"

namespace lambdesk {

namespace {

// Whether an Event invocation came back before running: Backend queued it (AWS's 202).
bool onlyQueued(const InvocationResult &r)
{
    return r.status == InvocationStatus::Queued;
}

} // namespace

InvocationController::InvocationController(BackendHost *host, QObject *parent) : QObject(parent), m_host(host)
{}

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
                   [this, function, type](Result<InvocationResult> r) {
                       if (--m_running[function] <= 0)
                           m_running.remove(function);
                       if (!r) {
                           Q_EMIT invocationFailed(function, r.error().message);
                           return;
                       }
                       InvocationResult result = std::move(r).value();
                       if (type == InvocationType::DryRun)
                           result.status = InvocationStatus::DryRun;
                       // Only results of a run are history; an acceptance or a dry run is not.
                       if (type == InvocationType::RequestResponse || !onlyQueued(result))
                           remember(function, result, true);
                       Q_EMIT invocationFinished(function, result);
                   });
}

void InvocationController::invokeCurrent(const QString &function)
{
    invoke(function, currentPayload(function));
}

std::optional<InvocationResult> InvocationController::lastResult(const QString &function) const
{
    const auto it = m_recent.constFind(function);
    if (it == m_recent.cend() || it->isEmpty())
        return std::nullopt;
    return it->first();
}

void InvocationController::remember(const QString &function, const InvocationResult &result, bool newest)
{
    if (result.status == InvocationStatus::DryRun)
        return;
    QList<InvocationResult> &list = m_recent[function];
    for (const InvocationResult &known : std::as_const(list)) {
        if (known.requestId == result.requestId)
            return;
    }
    if (newest)
        list.prepend(result);
    else
        list.append(result);
    while (list.size() > kKeptResults)
        list.removeLast();
}

void InvocationController::loadHistory(const QString &function)
{
    if (function.isEmpty() || m_historyAsked.contains(function))
        return;
    m_historyAsked.insert(function);
    m_host->call(
        this,
        [function](Backend &b) {
            QList<InvocationResult> out;
            const QList<InvocationRecord> records = b.recentInvocations(function, kKeptResults);
            for (auto it = records.crbegin(); it != records.crend(); ++it) // newest first
                out.append(it->toResult(b.requestLogs(it->requestId)));
            return out;
        },
        [this, function](QList<InvocationResult> stored) {
            // This session's results stay in front; the stored ones follow, without duplicates.
            for (const InvocationResult &r : std::as_const(stored))
                remember(function, r, false);
            m_historyDone.insert(function);
            Q_EMIT historyLoaded(function);
        });
}

} // namespace lambdesk
