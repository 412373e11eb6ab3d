#pragma once

#include "apicall.h"
#include "httpmessage.h"
#include "httpserver.h"
#include "invoke/invocationresult.h"
#include "model/error.h"
#include "model/functionurl.h"
#include "sigv4.h"

#include <QObject>

#include <memory>

namespace lambdesk {

class Backend;

// Serves function URLs on the Lambda API's port (LambdaApiServer hands it every request whose
// Host is <url-id>.lambda-url.localhost[:port] or whose path is /lambda-url/<url-id>/..., before
// the Lambda API's Host/Origin guard and signature rule see it). A request becomes AWS's payload
// format 2.0 event (api/functionurlevent.h), runs through Backend::invoke as source
// "function-url", and the function's answer is mapped back as AWS does; the URL's Cors applies
// (api/functionurlcors.h), AuthType AWS_IAM checks SigV4 against the server's credentials.
// Lives on the Backend's thread, as its LambdaApiServer.
class FunctionUrlServer : public QObject
{
    Q_OBJECT
public:
    explicit FunctionUrlServer(Backend *backend, QObject *parent = nullptr);

    struct Request
    {
        api::HttpRequest http;
        QString urlId;    // functionurl::urlIdOf
        QByteArray rest;  // the path the function sees (rawPath), as sent
        quint16 port = 0; // the server's port (x-forwarded-port)
        api::sigv4::Credentials credentials; // what an AWS_IAM URL's signatures are checked against
        bool refusing = false;               // the backend is shutting down: 503
    };
    // Answers now or later through `responder`; requestHandled follows the answer.
    void handle(Request request, api::HttpResponder responder);

Q_SIGNALS:
    void requestHandled(const lambdesk::ApiCall &call);

private:
    struct Exchange;
    using ExchangePtr = std::shared_ptr<Exchange>;

    void invokeBuffered(const ExchangePtr &ex, const FunctionUrlConfig &url, QByteArray event);
    // InvokeMode RESPONSE_STREAM: the answer leaves as the handler writes it (chunked), its
    // http-integration prelude as the status line, headers and cookies (api/functionurlstream.h).
    void invokeStreamed(const ExchangePtr &ex, const FunctionUrlConfig &url, QByteArray event);
    // The answer to a finished invocation (buffered; or streamed but nothing left yet).
    void answerInvocation(const ExchangePtr &ex, const Result<InvocationResult> &result, const QByteArray &streamType);
    void send(Exchange &ex, api::HttpReply reply);

    Backend *m_backend;
};

} // namespace lambdesk
