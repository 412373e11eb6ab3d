// LambdaApiServer: CreateEventSourceMapping and friends (api/eventsourcemappingapi.h) for the
// local queues, answered at once through the Backend.
#include "backend.h"
#include "eventsourcemappingapi.h"
#include "lambdaapiexchange.h"
#include "lambdaapiserver.h"
#include "responses.h"

#include <QJsonArray>

namespace lambdesk {

using namespace api;

void LambdaApiServer::mappingsRequest(const ExchangePtr &ex, const HttpRequest &http)
{
    auto parsed = mappings::parse(http);
    if (!parsed) {
        send(*ex, responses::error(parsed.error()));
        return;
    }
    const mappings::Call call = std::move(parsed).value();
    ex->call.operation = mappings::operationName(call);
    const QString region = m_backend->region();
    const auto shape = [&](const EventSourceMapping &m, const QString &state) {
        return mappings::describe(m, state, region, m_backend->queueArn(m.queue));
    };
    const auto fail = [](const Error &e) { return responses::error(ApiError::fromError(e)); };
    HttpReply reply = std::visit(
        Overloaded{
            [&](const mappings::Create &c) {
                const auto r = m_backend->createEventSourceMapping(c.change);
                if (r)
                    ex->call.function = r->function;
                return r ? responses::json(202, shape(r.value(), r->enabled ? QStringLiteral("Creating")
                                                                              : QStringLiteral("Disabled")))
                         : fail(r.error());
            },
            [&](const mappings::List &l) {
                QString queue;
                if (!l.eventSourceArn.isEmpty()) {
                    queue = QueueStore::nameFromArn(l.eventSourceArn);
                    if (queue.isEmpty())
                        return responses::json(200, QJsonObject{{QStringLiteral("EventSourceMappings"), QJsonArray{}}});
                }
                const QList<EventSourceMapping> all = m_backend->listEventSourceMappings(l.function, queue);
                QJsonArray items;
                bool started = l.marker.isEmpty();
                QString next;
                for (const EventSourceMapping &m : all) {
                    if (!started && m.uuid != l.marker)
                        continue;
                    started = true;
                    if (items.size() >= l.maxItems) {
                        next = m.uuid;
                        break;
                    }
                    items.append(shape(m, mappings::stateOf(m)));
                }
                QJsonObject o{{QStringLiteral("EventSourceMappings"), items}};
                if (!next.isEmpty())
                    o.insert(QStringLiteral("NextMarker"), next);
                return responses::json(200, o);
            },
            [&](const mappings::Get &g) {
                const auto r = m_backend->getEventSourceMapping(g.uuid);
                return r ? responses::json(200, shape(r.value(), mappings::stateOf(r.value()))) : fail(r.error());
            },
            [&](const mappings::Update &u) {
                const auto before = m_backend->getEventSourceMapping(u.uuid);
                if (!before)
                    return fail(before.error());
                const auto r = m_backend->updateEventSourceMapping(u.uuid, u.change);
                if (!r)
                    return fail(r.error());
                ex->call.function = r->function;
                const QString state = r->enabled == before->enabled ? QStringLiteral("Updating")
                    : r->enabled                                   ? QStringLiteral("Enabling")
                                                                   : QStringLiteral("Disabling");
                return responses::json(202, shape(r.value(), state));
            },
            [&](const mappings::Delete &d) {
                const auto r = m_backend->deleteEventSourceMapping(d.uuid);
                if (r)
                    ex->call.function = r->function;
                return r ? responses::json(202, shape(r.value(), QStringLiteral("Deleting"))) : fail(r.error());
            },
        },
        call);
    send(*ex, std::move(reply));
}

} // namespace lambdesk
