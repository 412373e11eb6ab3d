#pragma once

#include "apicall.h"
#include "httpmessage.h"
#include "httpserver.h"
#include "model/error.h"
#include "operations.h"
#include "requestguard.h"
#include "sigv4.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace lambdesk {

class Backend;
class FunctionUrlServer;

// The Lambda API over HTTP (2015-03-31), so that the AWS CLI and SDKs work against Lambdesk with
// --endpoint-url. Requests go through the pure guard, SigV4 check and parser in api/, then to
// the Backend; an Invoke is answered later through the kept responder (and dropped if the
// client has gone). Lives on the Backend's thread: create it there (or move it there before
// listen()) and call every method there; connect to requestHandled from any thread (queued).
// Setup for the GUI: options from Settings (api/host, api/port, api/requireSignature,
// api/allowedOrigins) and credentials from api::credentials::ensure(settings).
// The transport is api::HttpServer (see there why not Qt's QHttpServer): bodies past an
// operation's limit are refused from Content-Length before they are read.
class LambdaApiServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        api::guard::Policy policy;     // Host and Origin rules
        bool requireSignature = false; // verify SigV4 against `credentials`
        api::sigv4::Credentials credentials;
        api::HttpServerOptions http; // connection limits and timeouts
    };

    explicit LambdaApiServer(Backend *backend, QObject *parent = nullptr);
    ~LambdaApiServer() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Listens on host (an address, or "localhost") and port (0: any free one). A non-loopback
    // address needs options().policy.allowRemote. A server listening already stops only once
    // the new address is bound (the same address and port: it just goes on). On failure the
    // message names the address and port and the rule (the port in use: choose another; how
    // is the caller's to say: a command-line option, a field of the window), error().field is
    // "Port" or "Host", and the server listening before, if any, goes on listening.
    Status listen(const QString &host, quint16 port);
    void close();
    // Stops listening and answers calls still arriving on open connections with 503: the backend
    // is shutting down (connected to Backend::shuttingDown).
    void stopAccepting();
    bool isAccepting() const { return m_http && !m_refusing; }
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    QString endpoint() const; // "http://127.0.0.1:9001"; empty when not listening
    int invocationsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void requestHandled(const lambdesk::ApiCall &call);
    // The process ran out of file descriptors while a client waited to connect: new connections
    // wait in the kernel's queue until an open one ends (message says so, with the limit).
    void acceptPaused(const QString &message);
    void acceptResumed();

private:
    struct Exchange;
    using ExchangePtr = std::shared_ptr<Exchange>;

    void handleRequest(api::HttpRequest http, api::HttpResponder responder);
    std::optional<api::HttpReply> checkHead(const api::HttpHead &head) const;
    void execute(const ExchangePtr &ex, api::Operation op);
    void invoke(const ExchangePtr &ex, api::Invoke op);
    // InvokeWithResponseStream (2021-11-15): an event stream of the chunks as the handler
    // writes them (lambdaapiserverstream.cpp).
    void invokeWithResponseStream(const ExchangePtr &ex, const api::HttpRequest &http);
    // Package work (unzipping, hashing, zipping) runs off this thread; these answer later.
    void createFunction(const ExchangePtr &ex, api::CreateFunction op);
    void updateCode(const ExchangePtr &ex, api::UpdateFunctionCode op);
    void codeArchive(const ExchangePtr &ex, const api::GetCodeArchive &op);
    void publishVersion(const ExchangePtr &ex, api::PublishVersion op);
    // CloudWatch Logs (api/logsapi.h): read on the log store's thread, answered later
    // (lambdaapiserverlogs.cpp).
    void logsRequest(const ExchangePtr &ex, const api::HttpRequest &http);
    // Event source mappings of local queues (lambdaapiservermappings.cpp).
    void mappingsRequest(const ExchangePtr &ex, const api::HttpRequest &http);
    void deleteVersion(const ExchangePtr &ex, const QString &function, int number);
    // Put/Get/Delete/ListProvisionedConcurrencyConfig(s) (api/provisionedapi.h; lambdaapiserverprovisioned.cpp).
    void provisionedRequest(const ExchangePtr &ex, const api::HttpRequest &http);
    // The 2019-09-25 asynchronous invocation configuration routes (api/eventinvokeapi.h;
    // lambdaapiserverasync.cpp).
    void eventInvokeRequest(const ExchangePtr &ex, const api::HttpRequest &http);
    // The 2018-10-31 layer routes (api/layersapi.h; lambdaapiserverlayers.cpp).
    void layersRequest(const ExchangePtr &ex, const api::HttpRequest &http);
    // The 2021-10-31 function URL configuration routes (api/functionurlapi.h; lambdaapiserverurls.cpp).
    void functionUrlsRequest(const ExchangePtr &ex, const api::HttpRequest &http);
    // AddPermission, RemovePermission, GetPolicy (api/policyapi.h; lambdaapiserverurls.cpp): kept, not enforced.
    void policyRequest(const ExchangePtr &ex, const api::HttpRequest &http);
    // FunctionConfiguration of what a qualifier names: $LATEST, a version, or an alias's version.
    Result<QJsonObject> describe(const api::FunctionRef &function) const;
    std::optional<api::ApiError> checkRevision(const QString &name, const QString &revisionId) const;
    void send(Exchange &ex, api::HttpReply reply);

    Backend *m_backend;
    FunctionUrlServer *m_urls; // function URLs share the port (functionurlserver.h)
    Options m_options;
    api::HttpServer *m_http = nullptr;
    QByteArray m_linkKey; // signs Code.Location links; new for every server
    int m_inFlight = 0;
    bool m_refusing = false;
};

} // namespace lambdesk
