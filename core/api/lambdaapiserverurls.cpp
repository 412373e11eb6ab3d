// LambdaApiServer: Create/Get/Update/Delete/ListFunctionUrlConfig(s) (api/functionurlapi.h)
// against the Backend. The URLs answered carry this server's port: it serves them too.
#include "backend.h"
#include "functionurlapi.h"
#include "lambdaapiexchange.h"
#include "lambdaapiserver.h"
#include "policyapi.h"
#include "responses.h"

#include <QJsonDocument>

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

void LambdaApiServer::policyRequest(const ExchangePtr &ex, const HttpRequest &http)
{
    auto parsed = policy::parse(http);
    if (!parsed) {
        send(*ex, responses::error(parsed.error()));
        return;
    }
    const policy::Request r = std::move(parsed).value();
    ex->call.operation = policy::operationName(r.kind);
    ex->call.function = r.function.name;
    const auto fail = [](const Error &e) { return responses::error(ApiError::fromError(e)); };
    HttpReply reply;
    switch (r.kind) {
    case policy::Kind::Add: {
        const QString arn = responses::functionArn(m_backend->region(), r.function.name, r.function.qualifier);
        const auto added = m_backend->addPermission(r.function.name, r.function.qualifier, policy::statement(r, arn));
        reply = added ? responses::json(201, QJsonObject{{QStringLiteral("Statement"),
                                                          QString::fromUtf8(QJsonDocument(added.value())
                                                                                .toJson(QJsonDocument::Compact))}})
                      : fail(added.error());
        break;
    }
    case policy::Kind::Remove: {
        const Status s = m_backend->removePermission(r.function.name, r.function.qualifier, r.statementId);
        reply = s ? responses::noContent() : fail(s.error());
        break;
    }
    case policy::Kind::Get: {
        const auto statements = m_backend->getPolicy(r.function.name, r.function.qualifier);
        reply = statements ? responses::json(200, policy::policyJson(statements.value())) : fail(statements.error());
        break;
    }
    }
    send(*ex, std::move(reply));
}

} // namespace lambdesk
