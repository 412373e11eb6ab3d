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
    listen(port(), false);
}

void ApiServerController::setPort(quint16 port)
{
    listen(port, true);
}

void ApiServerController::listen(quint16 wanted, bool save)
{
    const LambdaApiServer::Options options = api::serverOptions(*m_settings);
    const QString host = m_settings->value(settings::apiHost);
    struct Outcome
    {
        bool ok = false;
        QString error;
        QString endpoint; // where it listens now: the new address, or still the old one
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
            s->setOptions(options);
            // Listens there before it stops listening here: a port that is taken changes nothing.
            const Status st = s->listen(host, wanted);
            out.ok = st.ok();
            if (!st.ok())
                out.error = st.error().message;
            out.endpoint = s->endpoint();
            out.server = s;
            return out;
        },
        [this, wanted, save](Outcome out) {
            m_server = out.server;
            m_endpoint = out.endpoint;
            if (out.ok) {
                if (save)
                    m_settings->setValue(settings::apiPort, int(wanted));
                m_error.clear();
                Q_EMIT started(m_endpoint);
                return;
            }
            // Worded for the window: the port field is where another one is chosen.
            m_error = m_endpoint.isEmpty()
                ? tr("%1. The Lambda API is not running.").arg(out.error)
                : tr("%1. The Lambda API goes on listening on %2.").arg(out.error, m_endpoint);
            Q_EMIT failed(m_error);
        });
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
