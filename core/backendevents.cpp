// The Backend's saved test events of a function (its Test tab's events).
#include "backend.h"

#include "model/jsoncheck.h"
#include "model/validation.h"
#include "store/workspace.h"

namespace lambdesk {

QStringList Backend::eventNames(const QString &function) const
{
    return m_workspace->eventNames(function);
}

Result<QByteArray> Backend::readEvent(const QString &function, const QString &event) const
{
    return m_workspace->readEvent(function, event);
}

Status Backend::saveEvent(const QString &function, const QString &event, const QByteArray &json)
{
    if (!function.isEmpty() && !m_functions.contains(function))
        return notFound(function);
    if (auto e = validation::eventName(event))
        return *e;
    if (auto e = json::check(json))
        return Error::invalid(QStringLiteral("Event JSON"),
                              QStringLiteral("Event JSON is not valid: %1").arg(e->message));
    const QStringList existing = m_workspace->eventNames(function);
    if (!function.isEmpty() && !existing.contains(event) && existing.size() >= validation::kMaxPrivateEvents)
        return Error::invalid(
            QStringLiteral("EventName"),
            QStringLiteral(
                "A function can have at most %1 private test events; delete one first or save this one as shareable")
                .arg(validation::kMaxPrivateEvents));
    return m_workspace->writeEvent(function, event, json);
}

Status Backend::renameEvent(const QString &fromFunction, const QString &fromEvent, const QString &toFunction,
                            const QString &toEvent, const QByteArray &json)
{
    if (fromFunction == toFunction && fromEvent == toEvent)
        return saveEvent(toFunction, toEvent, json);
    if (m_workspace->eventNames(toFunction).contains(toEvent))
        return Error::conflict(
            toFunction.isEmpty() ? QStringLiteral("A shareable event named %1 already exists").arg(toEvent)
                                 : QStringLiteral("%1 already has a private event named %2").arg(toFunction, toEvent));
    if (auto s = saveEvent(toFunction, toEvent, json); !s)
        return s;
    return m_workspace->deleteEvent(fromFunction, fromEvent);
}

Status Backend::deleteEvent(const QString &function, const QString &event)
{
    return m_workspace->deleteEvent(function, event);
}

} // namespace lambdesk
