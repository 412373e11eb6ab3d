// LambdaApiServer: the asynchronous invocation configuration API (api/eventinvokeapi.h) on the
// Lambda API's server, answered at once from the Backend.
#include "backend.h"
#include "eventinvokeapi.h"
#include "lambdaapiexchange.h"
#include "lambdaapiserver.h"
#include "responses.h"

namespace lambdesk {

using namespace api;

void LambdaApiServer::eventInvokeRequest(const ExchangePtr &ex, const HttpRequest &http)
{
    auto parsed = eventinvoke::parse(http);
    if (!parsed) {
        send(*ex, responses::error(parsed.error()));
        return;
    }
    const eventinvoke::Request r = std::move(parsed).value();
    ex->call.operation = eventinvoke::operationName(r.kind);
    ex->call.function = r.function.name;
    const QString region = m_backend->region();
    const QString &name = r.function.name;
    const QString &qualifier = r.function.qualifier;
    const auto fail = [](const Error &e) { return responses::error(ApiError::fromError(e)); };
    const auto answer = [&](const Result<EventInvokeConfig> &c) {
        return c ? responses::json(200, eventinvoke::render(c.value(), name, region)) : fail(c.error());
    };
    switch (r.kind) {
    case eventinvoke::Kind::Put: send(*ex, answer(m_backend->putEventInvokeConfig(name, qualifier, r.patch))); return;
    case eventinvoke::Kind::Update:
        send(*ex, answer(m_backend->updateEventInvokeConfig(name, qualifier, r.patch)));
        return;
    case eventinvoke::Kind::Get: send(*ex, answer(m_backend->getEventInvokeConfig(name, qualifier))); return;
    case eventinvoke::Kind::Delete: {
        const Status s = m_backend->deleteEventInvokeConfig(name, qualifier);
        send(*ex, s ? responses::noContent() : fail(s.error()));
        return;
    }
    case eventinvoke::Kind::List: {
        const auto configs = m_backend->listEventInvokeConfigs(name);
        send(*ex, configs ? responses::json(200, eventinvoke::renderList(configs.value(), r, name, region))
                          : fail(configs.error()));
        return;
    }
    }
}

} // namespace lambdesk
