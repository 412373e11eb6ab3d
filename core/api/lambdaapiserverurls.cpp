// LambdaApiServer: Create/Get/Update/Delete/ListFunctionUrlConfig(s) (api/functionurlapi.h)
// against the Backend. The URLs answered carry this server's port: it serves them too.
#include "backend.h"
#include "functionurlapi.h"
#include "lambdaapiexchange.h"
#include "lambdaapiserver.h"
#include "responses.h"

namespace lambdesk {

using namespace api;

void LambdaApiServer::functionUrlsRequest(const ExchangePtr &ex, const HttpRequest &http)
{
    auto parsed = functionurls::parse(http);
    if (!parsed) {
        send(*ex, responses::error(parsed.error()));
        return;
    }
    const functionurls::Request r = std::move(parsed).value();
    ex->call.operation = functionurls::operationName(r.kind);
    ex->call.function = r.function.name;
    const auto fail = [](const Error &e) { return responses::error(ApiError::fromError(e)); };
    const QString region = m_backend->region();
    const quint16 serverPort = port();
    const auto answer = [&](int status, const Result<FunctionUrlConfig> &c) {
        return c ? responses::json(status, functionurls::configJson(c.value(), region, serverPort)) : fail(c.error());
    };
    HttpReply reply;
    switch (r.kind) {
    case functionurls::Kind::Create: {
        FunctionUrlConfig config;
        config.functionName = r.function.name;
        config.qualifier = r.function.qualifier;
        config.authType = r.authType.value_or(FunctionUrlAuthType::None);
        config.invokeMode = r.invokeMode.value_or(FunctionUrlInvokeMode::Buffered);
        if (r.cors)
            config.cors = *r.cors;
        reply = answer(201, m_backend->createFunctionUrlConfig(config));
        break;
    }
    case functionurls::Kind::Get:
        reply = answer(200, m_backend->getFunctionUrlConfig(r.function.name, r.function.qualifier));
        break;
    case functionurls::Kind::Update: {
        Backend::FunctionUrlPatch patch;
        patch.authType = r.authType;
        patch.cors = r.cors;
        patch.invokeMode = r.invokeMode;
        reply = answer(200, m_backend->updateFunctionUrlConfig(r.function.name, r.function.qualifier, patch));
        break;
    }
    case functionurls::Kind::Delete: {
        const Status s = m_backend->deleteFunctionUrlConfig(r.function.name, r.function.qualifier);
        reply = s ? responses::noContent() : fail(s.error());
        break;
    }
    case functionurls::Kind::List: {
        const auto list = m_backend->listFunctionUrlConfigs(r.function.name);
        reply = list ? responses::json(200, functionurls::listJson(list.value(), r, region, serverPort))
                     : fail(list.error());
        break;
    }
    }
    send(*ex, std::move(reply));
}

} // namespace lambdesk
