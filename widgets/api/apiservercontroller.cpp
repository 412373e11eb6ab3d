#include "apiservercontroller.h"

#include "api/apicredentials.h"
#include "api/lambdaapiserver.h"
#include "api/serveroptions.h"
#include "backendhost.h"
#include "model/validation.h"
#include "settings.h"

namespace lambdesk {

ApiServerController::ApiServerController(BackendHost *host, Settings *settings, QObject *parent)
    : QObject(parent), m_host(host), m_settings(settings)
{
    qRegisterMetaType<ApiCall>();
    const api::sigv4::Credentials credentials = api::credentials::ensure(*m_settings);
    m_accessKeyId = credentials.accessKeyId;
    m_secret = credentials.secretAccessKey;
}

quint16 ApiServerController::port() const
{
    return quint16(m_settings->apiPort());
}

bool ApiServerController::requireSignature() const
{
    return m_settings->value(settings::apiRequireSignature);
}

QString ApiServerController::profileSnippet() const
{
    const QString endpoint = m_endpoint.isEmpty()
        ? QStringLiteral("http://%1:%2").arg(m_settings->value(settings::apiHost)).arg(port())
        : m_endpoint;
    return api::credentials::awsConfigProfile({m_accessKeyId, m_secret}, endpoint, region());
}

QString ApiServerController::region() const
{
    return m_settings->region();
}

QString ApiServerController::setRegion(const QString &region)
{
    if (const auto e = validation::region(region))
        return e->message;
    m_settings->setValue(settings::region, region);
    m_host->post([region](Backend &b) { b.setRegion(region); });
    return {};
}

void ApiServerController::start()
{
    const LambdaApiServer::Options options = api::serverOptions(*m_settings);
    const QString host = m_settings->value(settings::apiHost);
    const quint16 wanted = port();
    struct Outcome
    {
        bool ok = false;
        QString text; // endpoint, or the error
        QPointer<LambdaApiServer> server;
    };
    QPointer<ApiServerController> self(this);
    m_host->call(
        this,
        [options, host, wanted, self](Backend &b) {
            Outcome out;
            // The console's one server, found here on the backend thread: two starts in a row
            // (a port change before the first answered) reuse it instead of orphaning one.
            LambdaApiServer *s = b.findChild<LambdaApiServer *>(QStringLiteral("consoleApi"),
                                                                Qt::FindDirectChildrenOnly);
            if (!s) {
                s = new LambdaApiServer(&b, &b);
                s->setObjectName(QStringLiteral("consoleApi"));
                // Calls reach the console queued, on the GUI thread.
                QObject::connect(s, &LambdaApiServer::requestHandled, self.data(), [self](const ApiCall &call) {
                    if (!self)
                        return;
                    self->m_recent.prepend(call);
                    if (self->m_recent.size() > 20)
                        self->m_recent.removeLast();
                    ++self->m_calls;
                    Q_EMIT self->callHandled(call);
                });
            }
            s->close();
            s->setOptions(options);
            const Status st = s->listen(host, wanted);
            out.ok = st.ok();
            out.text = st.ok() ? s->endpoint() : st.error().message;
            out.server = s;
            return out;
        },
        [this](Outcome out) {
            m_server = out.server;
            if (out.ok) {
                m_endpoint = out.text;
                m_error.clear();
                Q_EMIT started(m_endpoint);
            } else {
                m_endpoint.clear();
                m_error = out.text;
                Q_EMIT failed(m_error);
            }
        });
}

void ApiServerController::setPort(quint16 port)
{
    m_settings->setValue(settings::apiPort, int(port));
    start();
}

void ApiServerController::setRequireSignature(bool require)
{
    m_settings->setValue(settings::apiRequireSignature, require);
    const LambdaApiServer::Options options = api::serverOptions(*m_settings);
    m_host->post([server = m_server, options](Backend &) {
        if (server)
            server->setOptions(options);
    });
}

} // namespace lambdesk
