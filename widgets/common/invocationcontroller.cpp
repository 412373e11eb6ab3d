#include "invocationcontroller.h"

#include "backendhost.h"

#include <QUuid>

namespace lambdesk {

QString sourceLabel(InvocationSource source, int attempt)
{
    switch (source) {
    case InvocationSource::Console: return InvocationController::tr("Console");
    case InvocationSource::Cli: return InvocationController::tr("CLI");
    case InvocationSource::Api: return InvocationController::tr("Lambda API");
    case InvocationSource::Load: return InvocationController::tr("Load run");
    case InvocationSource::FunctionUrl: return InvocationController::tr("Function URL");
    case InvocationSource::EventQueue:
        return attempt > 1 ? InvocationController::tr("Event queue (attempt %1)").arg(attempt)
                           : InvocationController::tr("Event queue");
    case InvocationSource::Queue: return InvocationController::tr("Queue trigger (SQS)");
    case InvocationSource::Schedule:
        return attempt > 1 ? InvocationController::tr("Schedule (attempt %1)").arg(attempt)
                           : InvocationController::tr("Schedule");
    }
    return {};
}

InvocationController::InvocationController(BackendHost *host, QObject *parent) : QObject(parent), m_host(host)
{
    // The one channel: queued from the backend thread, in the order the backend announced them.
    connect(m_host->backend(), &Backend::invocationStarted, this, &InvocationController::onStarted);
    connect(m_host->backend(), &Backend::invocationFinished, this, &InvocationController::onFinished);
}

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

QString InvocationController::invoke(const QString &function, const QByteArray &payload, const QString &qualifier,
                                     InvocationType type)
{
    // The id is chosen here, so the console knows its own before the backend announces it.
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (type == InvocationType::Event) {
        m_ownEvents.append(requestId);
        if (m_ownEvents.size() > kKeptOwnEvents)
            m_ownEvents.removeFirst();
    } else if (type == InvocationType::RequestResponse) {
        m_own.insert(requestId);
    }
    InvokeRequest request{function, qualifier, payload, type, {}, requestId, InvocationSource::Console};
    m_host->invoke(this, std::move(request), [this, function, requestId](Result<InvocationResult> r) {
        if (!r) {
            // A throttle ran through the channel (announced and recorded); anything else never started.
            if (r.error().kind != Error::Kind::Throttled) {
                m_own.remove(requestId);
                m_ownEvents.removeOne(requestId);
                Q_EMIT invocationFailed(function, requestId, r.error().message);
            }
            return;
        }
        if (r->status == InvocationStatus::Queued || r->status == InvocationStatus::DryRun)
            Q_EMIT invocationAnswered(r.value());
        // A run's result came through the channel already.
    });
    return requestId;
}

QString InvocationController::invokeCurrent(const QString &function)
{
    return invoke(function, currentPayload(function));
}

int InvocationController::running(const QString &function) const
{
    int n = 0;
    for (const InvocationStart &s : m_running)
        n += s.function == function ? 1 : 0;
    return n;
}

int InvocationController::runningFrom(InvocationSource source) const
{
    int n = 0;
    for (const InvocationStart &s : m_running)
        n += s.source == source ? 1 : 0;
    return n;
}

void InvocationController::onStarted(const InvocationStart &start)
{
    m_running.insert(start.requestId, start);
    Q_EMIT invocationStarted(start);
    Q_EMIT runningChanged(start.function);
}

void InvocationController::onFinished(const InvocationResult &result)
{
    const bool wasRunning = m_running.remove(result.requestId) > 0;
    remember(result, true);
    Q_EMIT invocationFinished(result);
    m_own.remove(result.requestId); // views asked isOwn() while it was announced
    if (wasRunning)
        Q_EMIT runningChanged(result.functionName);
}

std::optional<InvocationResult> InvocationController::lastResult(const QString &function) const
{
    const auto it = m_recent.constFind(function);
    if (it == m_recent.cend() || it->isEmpty())
        return std::nullopt;
    return it->first();
}

void InvocationController::remember(const InvocationResult &result, bool newest)
{
    QList<InvocationResult> &list = m_recent[result.functionName];
    for (qsizetype i = 0; i < list.size(); ++i) {
        // An Event invocation's attempts share a request id: the newest attempt stands for it.
        if (list.at(i).requestId == result.requestId) {
            if (!newest)
                return;
            list.removeAt(i);
            break;
        }
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
                remember(r, false);
            m_historyDone.insert(function);
            Q_EMIT historyLoaded(function);
        });
}

} // namespace lambdesk
