#include "functionurlserver.h"

#include "backend.h"
#include "functionurlcors.h"
#include "functionurlevent.h"
#include "functionurlstream.h"
#include "responses.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QUuid>

namespace lambdesk {

using namespace api;

struct FunctionUrlServer::Exchange
{
    HttpResponder responder;
    QElapsedTimer clock;
    ApiCall call;
    HttpRequest http; // headers only once the event is made (for CORS on the answer)
    std::optional<FunctionUrlCors> cors;
    bool answered = false;
};

namespace {

// X-Ray's form: 1-<epoch seconds, 8 hex>-<96 random bits, 24 hex>.
QString traceId(qint64 epochMs)
{
    quint32 r[3];
    QRandomGenerator::global()->fillRange(r, 3);
    return QStringLiteral("1-%1-%2%3%4")
        .arg(quint32(epochMs / 1000), 8, 16, QLatin1Char('0'))
        .arg(r[0], 8, 16, QLatin1Char('0'))
        .arg(r[1], 8, 16, QLatin1Char('0'))
        .arg(r[2], 8, 16, QLatin1Char('0'));
}

// The runtime's Content-Type of a streamed response, for a URL that answers it whole.
class StreamTypeSink : public ResponseStreamSink
{
public:
    QByteArray type;
    void streamStarted(const QByteArray &contentType) override { type = contentType; }
    void streamChunk(const QByteArray &) override {}
    bool wantsMore() const override { return false; } // the payload comes whole in the result
};

// RESPONSE_STREAM: the answer leaves as the handler writes it (chunked transfer). With
// HttpResponseStream.from() the prelude becomes the status line, headers and cookies, sent once
// it is complete; otherwise 200 with the runtime's Content-Type, at once.
class UrlStreamSink : public ResponseStreamSink
{
public:
    using Decorate = std::function<HttpReply(HttpReply)>; // CORS and the request id for the head
    UrlStreamSink(HttpResponder responder, Decorate decorate)
        : m_responder(std::move(responder)), m_decorate(std::move(decorate))
    {}

    void streamStarted(const QByteArray &contentType) override
    {
        m_type = contentType;
        m_http = contentType == urlstream::kHttpIntegrationType;
        if (!m_http) {
            HttpReply head;
            head.status = 200;
            head.addHeader(QByteArrayLiteral("Content-Type"),
                           contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : contentType);
            begin(std::move(head));
        }
    }
    void streamChunk(const QByteArray &bytes) override
    {
        if (m_http && !m_started) {
            m_prelude += bytes;
            const std::optional<qsizetype> end = urlstream::preludeEnd(m_prelude);
            if (!end)
                return; // the prelude goes on
            begin(urlstream::headFromPrelude(QByteArrayView(m_prelude).first(*end - 8)));
            const QByteArray rest = m_prelude.sliced(*end);
            m_prelude.clear();
            if (!rest.isEmpty())
                m_responder.sendChunk(rest);
            return;
        }
        m_responder.sendChunk(bytes);
    }
    bool wantsMore() const override { return m_responder.isOpen(); }

    bool started() const { return m_started; }
    int status() const { return m_status; }
    QByteArray type() const { return m_type; }
    void end() { m_responder.endStream(); }

private:
    void begin(HttpReply head)
    {
        m_started = true;
        head = m_decorate(std::move(head));
        m_status = head.status;
        m_responder.startStream(head);
    }

    HttpResponder m_responder;
    Decorate m_decorate;
    QByteArray m_type;
    QByteArray m_prelude;
    bool m_http = false;
    bool m_started = false;
    int m_status = 200;
};

} // namespace

FunctionUrlServer::FunctionUrlServer(Backend *backend, QObject *parent) : QObject(parent), m_backend(backend)
{
    qRegisterMetaType<ApiCall>();
}

void FunctionUrlServer::handle(Request request, HttpResponder responder)
{
    auto ex = std::make_shared<Exchange>();
    ex->clock.start();
    ex->responder = std::move(responder);
    ex->call.timeMs = QDateTime::currentMSecsSinceEpoch();
    ex->call.method = QString::fromLatin1(request.http.method);
    ex->call.path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.http.path));
    ex->call.operation = QStringLiteral("InvokeFunctionUrl");
    ex->call.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (request.refusing) {
        HttpReply r = urlevent::internalError();
        r.status = 503;
        r.body = QByteArrayLiteral("{\"Message\":\"Lambdesk is shutting down; the request was not run\"}");
        return send(*ex, std::move(r));
    }
    const std::optional<FunctionUrlConfig> url = m_backend->functionUrlById(request.urlId);
    if (!url)
        return send(*ex, urlevent::notFound());
    ex->call.function = url->qualifier.isEmpty() ? url->functionName : url->functionName + u':' + url->qualifier;
    ex->cors = url->cors;
    HttpRequest &http = request.http;
    if (ex->cors) {
        ex->http.headers = http.headers; // for the CORS headers of the answer
        // Lambda answers preflights itself when the URL has a Cors configuration.
        if (urlcors::isPreflight(http)) {
            HttpReply reply = urlcors::preflight(http, *ex->cors);
            ex->cors.reset(); // complete as it is: send() must not apply the response rules to it
            return send(*ex, std::move(reply));
        }
    }

    urlevent::Context context;
    context.urlId = request.urlId;
    context.rawPath = request.rest;
    context.requestId = ex->call.requestId;
    context.sourceIp = http.peer.isNull() ? QStringLiteral("127.0.0.1") : http.peer.toString();
    if (context.sourceIp.startsWith(u"::ffff:"))
        context.sourceIp = context.sourceIp.mid(7);
    context.port = request.port;
    context.timeEpochMs = ex->call.timeMs;
    context.traceId = traceId(context.timeEpochMs);
    if (url->authType == FunctionUrlAuthType::AwsIam) {
        if (sigv4::verify(http, request.credentials, QDateTime::currentDateTimeUtc(), QStringLiteral("lambda")))
            return send(*ex, urlevent::forbidden());
        // The local credentials stand for the account's one user.
        const QString account = responses::kAccountId;
        context.iam = urlevent::IamCaller{request.credentials.accessKeyId, account, request.credentials.accessKeyId,
                                          QStringLiteral("arn:aws:iam::%1:user/lambdesk").arg(account),
                                          request.credentials.accessKeyId};
    }
    QByteArray event = urlevent::event(http, context);
    if (url->invokeMode == FunctionUrlInvokeMode::ResponseStream)
        invokeStreamed(ex, *url, std::move(event));
    else
        invokeBuffered(ex, *url, std::move(event));
}

void FunctionUrlServer::invokeStreamed(const ExchangePtr &ex, const FunctionUrlConfig &url, QByteArray event)
{
    const QString requestId = ex->call.requestId;
    auto sink = std::make_shared<UrlStreamSink>(ex->responder, [ex](HttpReply head) {
        if (ex->cors)
            urlcors::apply(head, ex->http, *ex->cors);
        head.addHeader(QByteArrayLiteral("x-amzn-RequestId"), ex->call.requestId.toLatin1());
        return head;
    });
    InvokeRequest request{url.functionName,
                          url.qualifier,
                          std::move(event),
                          InvocationType::RequestResponse,
                          {},
                          requestId,
                          InvocationSource::FunctionUrl};
    request.stream = sink;
    QPointer<FunctionUrlServer> self(this);
    m_backend->invoke(std::move(request), [self, ex, sink](Result<InvocationResult> r) {
        if (!self)
            return;
        if (r && sink->started()) {
            // The answer is out already; its end follows the handler's (an error mid-stream
            // cuts the body short where it was).
            sink->end();
            ex->answered = true;
            ex->call.status = ex->responder.isOpen() ? sink->status() : 0;
            if (r->isError() || r->status != InvocationStatus::Succeeded)
                ex->call.errorType = r->functionError.isEmpty() ? QStringLiteral("Unhandled") : r->functionError;
            ex->call.durationMs = double(ex->clock.nsecsElapsed()) / 1e6;
            Q_EMIT self->requestHandled(ex->call);
            return;
        }
        self->answerInvocation(ex, r, sink->type());
    });
}

void FunctionUrlServer::invokeBuffered(const ExchangePtr &ex, const FunctionUrlConfig &url, QByteArray event)
{
    InvokeRequest request{url.functionName,
                          url.qualifier,
                          std::move(event),
                          InvocationType::RequestResponse,
                          {},
                          ex->call.requestId,
                          InvocationSource::FunctionUrl};
    // A streamified handler behind a BUFFERED URL is collected and answered whole, as AWS does:
    // its Content-Type says how to read what it wrote.
    auto type = std::make_shared<StreamTypeSink>();
    request.stream = type;
    QPointer<FunctionUrlServer> self(this);
    m_backend->invoke(std::move(request), [self, ex, type](Result<InvocationResult> r) {
        if (!self)
            return; // the server is gone; so is every connection it had
        self->answerInvocation(ex, r, type->type);
    });
}

void FunctionUrlServer::answerInvocation(const ExchangePtr &ex, const Result<InvocationResult> &r,
                                         const QByteArray &streamType)
{
    if (!r) {
        const Error::Kind kind = r.error().kind;
        send(*ex, kind == Error::Kind::Throttled ? urlevent::throttled()
                  : kind == Error::Kind::NotFound ? urlevent::notFound()
                                                  : urlevent::internalError());
        return;
    }
    ex->call.requestId = r->requestId;
    if (r->status == InvocationStatus::Throttled)
        return send(*ex, urlevent::throttled());
    if (r->isError() || r->status == InvocationStatus::TimedOut || r->status == InvocationStatus::Failed) {
        ex->call.errorType = r->functionError.isEmpty() ? QStringLiteral("Unhandled") : r->functionError;
        return send(*ex, urlevent::functionError());
    }
    send(*ex, r->streamed ? urlstream::wholeReply(streamType, r->payload) : urlevent::reply(r->payload));
}

void FunctionUrlServer::send(Exchange &ex, HttpReply reply)
{
    if (ex.answered)
        return;
    ex.answered = true;
    if (ex.cors)
        urlcors::apply(reply, ex.http, *ex.cors);
    reply.addHeader(QByteArrayLiteral("x-amzn-RequestId"), ex.call.requestId.toLatin1());
    ex.call.status = reply.status;
    if (ex.responder.isOpen())
        ex.responder.send(reply);
    else
        ex.call.status = 0;
    ex.call.durationMs = double(ex.clock.nsecsElapsed()) / 1e6;
    Q_EMIT requestHandled(ex.call);
}

} // namespace lambdesk
