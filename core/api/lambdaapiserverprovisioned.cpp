// LambdaApiServer: Put/Get/Delete/ListProvisionedConcurrencyConfig(s) (api/provisionedapi.h)
// against the Backend.
#include "backend.h"
#include "lambdaapiexchange.h"
#include "lambdaapiserver.h"
#include "provisionedapi.h"
#include "responses.h"

namespace lambdesk {

using namespace api;

void LambdaApiServer::provisionedRequest(const ExchangePtr &ex, const HttpRequest &http)
{
    auto parsed = provisioned::parse(http);
    if (!parsed) {
        send(*ex, responses::error(parsed.error()));
        return;
    }
    const provisioned::Request r = parsed.value();
    ex->call.operation = provisioned::operationName(r.kind);
    ex->call.function = r.function.name;
    const auto fail = [](const Error &e) {
        // The configuration itself is missing: AWS's own exception for that.
        if (e.kind == Error::Kind::NotFound && e.field == u"ProvisionedConcurrencyConfig")
            return responses::error(provisioned::notFound(e.message));
        return responses::error(ApiError::fromError(e));
    };
    const QString &name = r.function.name;
    const QString &qualifier = r.function.qualifier;
    HttpReply reply;
    switch (r.kind) {
    case provisioned::Kind::Put: {
        const auto c = m_backend->putProvisionedConcurrency(name, qualifier, r.count);
        reply = c ? responses::json(202, provisioned::configJson(c.value())) : fail(c.error());
        break;
    }
    case provisioned::Kind::Get: {
        const auto c = m_backend->getProvisionedConcurrency(name, qualifier);
        reply = c ? responses::json(200, provisioned::configJson(c.value())) : fail(c.error());
        break;
    }
    case provisioned::Kind::Delete: {
        const auto s = m_backend->deleteProvisionedConcurrency(name, qualifier);
        reply = s ? responses::noContent() : fail(s.error());
        break;
    }
    case provisioned::Kind::List: {
        const auto list = m_backend->listProvisionedConcurrency(name);
        reply = list ? responses::json(200, provisioned::listJson(list.value(), m_backend->region(), name))
                     : fail(list.error());
        break;
    }
    }
    send(*ex, std::move(reply));
}

} // namespace lambdesk
