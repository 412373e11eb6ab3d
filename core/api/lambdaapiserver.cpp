#include "lambdaapiserver.h"

#include "backend.h"
#include "codelink.h"
#include "eventsourcemappingapi.h"
#include "eventinvokeapi.h"
#include "functionurlevent.h"
#include "functionurlserver.h"
#include "lambdaapiexchange.h"
#include "layersapi.h"
#include "functionurlapi.h"
#include "policyapi.h"
#include "logsapi.h"
#include "provisionedapi.h"
#include "requestparser.h"
#include "responses.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QUuid>

#include <sys/resource.h>

namespace lambdesk {

using namespace api;

namespace {

HttpReply errorReply(const ApiError &e)
{
    return responses::error(e);
}

// A qualifier that names a published version: 1, 2, 3, ... as AWS writes them (not "01"); 0 otherwise.
int versionNumber(const QString &qualifier)
{
    bool ok = false;
    const int n = qualifier.toInt(&ok);
    return ok && n > 0 && qualifier == QString::number(n) ? n : 0;
}

} // namespace

LambdaApiServer::LambdaApiServer(Backend *backend, QObject *parent)
    : QObject(parent), m_backend(backend), m_urls(new FunctionUrlServer(backend, this))
{
    qRegisterMetaType<ApiCall>();
    connect(m_urls, &FunctionUrlServer::requestHandled, this, &LambdaApiServer::requestHandled);
    m_linkKey.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_linkKey.data()), 8);
    // A backend that shuts down takes no more calls: stop listening before its environments end.
    connect(m_backend, &Backend::shuttingDown, this, &LambdaApiServer::stopAccepting);
    // The CodeSize of each of a function's Layers in FunctionConfiguration (api/responses).
    layers::setLayerSizeLookup(this, [backend = QPointer<Backend>(m_backend)](const QString &arn) -> qint64 {
        const QStringList parts = arn.split(u':');
        if (!backend || parts.size() != 8)
            return 0;
        const auto l = backend->getLayerVersion(parts[6], parts[7].toInt());
        return l ? l->codeSize : 0;
    });
}

void LambdaApiServer::stopAccepting()
{
    m_refusing = true;
    if (m_http)
        m_http->stopListening(); // no new connections; open ones stay until their answers are out
}

LambdaApiServer::~LambdaApiServer()
{
    layers::clearLayerSizeLookup(this);
}

Status LambdaApiServer::listen(const QString &host, quint16 port)
{
    if (m_refusing || m_backend->isShuttingDown())
        return Error{
            Error::Kind::Unavailable, QStringLiteral("Lambdesk is shutting down; the API does not start again"), {}};
    QHostAddress address;
    if (host.isEmpty() || host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return Error::invalid(QStringLiteral("Host"),
                              QStringLiteral("Host '%1' is not an IP address; use 127.0.0.1 (this machine only), "
                                             "or an address of this machine with remote access allowed")
                                  .arg(host));
    if (!address.isLoopback() && !m_options.policy.allowRemote)
        return Error::invalid(
            QStringLiteral("Host"),
            QStringLiteral("Listening on %1 would let other machines drive your functions; allow remote access "
                           "explicitly (lambdesk serve --allow-remote) or listen on 127.0.0.1")
                .arg(host));
    if (m_http && m_http->isListening() && port != 0 && m_http->address() == address && m_http->port() == port) {
        m_http->setOptions(m_options.http); // already there: nothing to bind
        return Ok{};
    }
    // The new socket first: until it is bound, the server listening now (if any) goes on.
    auto *http = new HttpServer(this);
    http->setOptions(m_options.http);
    if (!http->listen(address, port)) {
        const QString where = QStringLiteral("%1:%2").arg(address.toString()).arg(port);
        QString message;
        switch (http->serverError()) {
        case QAbstractSocket::AddressInUseError:
            // No advice on how: the command line and the console each add their own.
            message = QStringLiteral(
                          "Port %1 on %2 is already in use (by another Lambdesk, or another program); choose "
                          "another port")
                          .arg(port)
                          .arg(address.toString());
            break;
        case QAbstractSocket::SocketAccessError:
            message =
                QStringLiteral(
                    "Not allowed to listen on %1: ports below 1024 need privileges; choose a port from 1024 to 65535")
                    .arg(where);
            break;
        case QAbstractSocket::SocketAddressNotAvailableError:
            message = QStringLiteral("Cannot listen on %1: %2 is not an address of this machine")
                          .arg(where, address.toString());
            delete http;
            return Error{Error::Kind::Unavailable, message, QStringLiteral("Host")};
        default: message = QStringLiteral("Cannot listen on %1: %2").arg(where, http->errorString()); break;
        }
        delete http;
        return Error{Error::Kind::Unavailable, message, QStringLiteral("Port")};
    }
    close(); // the server listening before, now that the new one is bound
    http->setHandler([this](HttpRequest request, HttpResponder responder) {
        handleRequest(std::move(request), std::move(responder));
    });
    http->setHeadCheck([this](const HttpHead &head) { return checkHead(head); });
    http->setErrorReply([](const HeadError &e) { return errorReply(ApiError::make(e.status, e.type, e.message)); });
    connect(http, &HttpServer::acceptPaused, this, [this] {
        rlimit limit{};
        ::getrlimit(RLIMIT_NOFILE, &limit);
        Q_EMIT acceptPaused(
            QStringLiteral("Out of file descriptors (the limit is %1; `ulimit -n` raises it): new "
                           "connections wait until an open one ends")
                .arg(limit.rlim_cur == RLIM_INFINITY ? QStringLiteral("unlimited") : QString::number(limit.rlim_cur)));
    });
    connect(http, &HttpServer::acceptResumed, this, &LambdaApiServer::acceptResumed);
    m_http = http;
    return Ok{};
}

void LambdaApiServer::close()
{
    if (!m_http)
        return;
    m_http->close(); // open connections go with it
    m_http->deleteLater();
    m_http = nullptr;
}

bool LambdaApiServer::isListening() const
{
    return m_http && m_http->isListening();
}

QHostAddress LambdaApiServer::address() const
{
    return m_http ? m_http->address() : QHostAddress();
}

quint16 LambdaApiServer::port() const
{
    return m_http ? m_http->port() : 0;
}

QString LambdaApiServer::endpoint() const
{
    if (!isListening())
        return {};
    const QHostAddress a = address();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + a.toString() + u']' : a.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

std::optional<HttpReply> LambdaApiServer::checkHead(const HttpHead &head) const
{
    // A function URL's request: AWS's 6 MB limit on the event's body, answered in the URL's shape.
    if (!functionurl::urlIdOf(headerValue(head.headers, "Host"), head.path).isEmpty()) {
        if (head.contentLength <= kMaxInvokeRequestBytes)
            return std::nullopt;
        return urlevent::tooLarge(kMaxInvokeRequestBytes);
    }
    // The operation's limit, from Content-Length: a body past it is never read.
    const BodyLimit limit = bodyLimit(head.method, head.path);
    if (head.contentLength <= limit.bytes)
        return std::nullopt;
    HttpReply reply = errorReply(tooLargeError(limit));
    responses::setRequestId(reply, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return reply;
}

void LambdaApiServer::handleRequest(HttpRequest http, HttpResponder responder)
{
    // Function URLs share the port: told apart by their Host or path before the Lambda API's
    // guard, signature rule and parser see them (they have their own: AuthType, Cors).
    {
        QByteArray rest;
        QString urlId = functionurl::urlIdOf(http.header("Host"), http.path, &rest);
        if (!urlId.isEmpty()) {
            FunctionUrlServer::Request r{std::move(http), std::move(urlId), std::move(rest), port(),
                                         m_options.credentials, m_refusing};
            m_urls->handle(std::move(r), std::move(responder));
            return;
        }
    }
    auto ex = std::make_shared<Exchange>();
    ex->clock.start();
    ex->responder = std::move(responder);
    ex->call.timeMs = QDateTime::currentMSecsSinceEpoch();
    ex->call.method = QString::fromLatin1(http.method);
    ex->call.path = QString::fromUtf8(QByteArray::fromPercentEncoding(http.path));
    ex->call.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray host = http.header("Host");
    // A CloudWatch Logs call (AWS JSON 1.1) is refused in its protocol's shape: {"__type", "message"}.
    const bool logsCall = logsapi::isLogsRequest(http);
    const auto refuse = [&](const ApiError &e) { send(*ex, logsCall ? logsapi::errorReply(e) : errorReply(e)); };
    if (m_refusing) {
        refuse(ApiError::make(503, "ServiceException",
                              QStringLiteral("Lambdesk is shutting down; the request was not run")));
        return;
    }
    ex->baseUrl = host.isEmpty() ? endpoint() : QStringLiteral("http://") + QString::fromLatin1(host);

    if (auto e = guard::checkHost(host, m_options.policy)) {
        refuse(*e);
        return;
    }
    if (guard::isPreflight(http)) {
        send(*ex, guard::preflight(http, m_options.policy));
        return;
    }
    if (auto e = guard::checkBrowser(http, m_options.policy)) {
        refuse(*e);
        return;
    }
    if (http.has("Origin"))
        ex->corsOrigin = http.header("Origin");
    // Code links are signed by the server itself (like S3's presigned URLs): no SigV4 for them.
    const bool codeLink = http.path.startsWith("/lambdesk/code/");
    if (m_options.requireSignature && !codeLink) {
        if (auto e = sigv4::verify(http, m_options.credentials, QDateTime::currentDateTimeUtc())) {
            refuse(*e);
            return;
        }
    }
    if (logsCall) { // the CloudWatch Logs API shares the server
        logsRequest(ex, http);
        return;
    }
    if (provisioned::isRequest(http)) { // 2019-09-30: provisioned concurrency
        provisionedRequest(ex, http);
        return;
    }
    if (mappings::isMappingRequest(http)) { // CreateEventSourceMapping and friends
        mappingsRequest(ex, http);
        return;
    }
    if (eventinvoke::isRequest(http)) { // PutFunctionEventInvokeConfig and friends
        eventInvokeRequest(ex, http);
        return;
    }
    if (layers::isRequest(http)) { // 2018-10-31: PublishLayerVersion and friends
        layersRequest(ex, http);
        return;
    }
    if (isResponseStreamInvoke(http)) { // 2021-11-15: InvokeWithResponseStream
        invokeWithResponseStream(ex, http);
        return;
    }
    if (functionurls::isRequest(http)) { // 2021-10-31: CreateFunctionUrlConfig and friends
        functionUrlsRequest(ex, http);
        return;
    }
    if (policy::isRequest(http)) { // AddPermission, RemovePermission, GetPolicy
        policyRequest(ex, http);
        return;
    }
    auto op = parseRequest(http);
    if (!op) {
        send(*ex, errorReply(op.error()));
        return;
    }
    ex->call.operation = operationName(op.value());
    ex->call.function = operationFunction(op.value());
    execute(ex, std::move(op).value());
}

std::optional<ApiError> LambdaApiServer::checkRevision(const QString &name, const QString &revisionId) const
{
    if (revisionId.isEmpty())
        return std::nullopt;
    const auto current = m_backend->getFunction(name);
    if (!current)
        return ApiError::fromError(current.error());
    if (responses::revisionId(current.value()) == revisionId)
        return std::nullopt;
    return ApiError::make(
        412, "PreconditionFailedException",
        QStringLiteral("The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias "
                       "API to retrieve the latest Revision Id"));
}

void LambdaApiServer::execute(const ExchangePtr &ex, Operation op)
{
    if (auto *invocation = std::get_if<Invoke>(&op)) {
        invoke(ex, std::move(*invocation)); // answered later
        return;
    }
    if (auto *create = std::get_if<CreateFunction>(&op)) {
        createFunction(ex, std::move(*create)); // answered when the package is unpacked
        return;
    }
    if (auto *update = std::get_if<UpdateFunctionCode>(&op)) {
        updateCode(ex, std::move(*update));
        return;
    }
    if (auto *archive = std::get_if<GetCodeArchive>(&op)) {
        codeArchive(ex, *archive);
        return;
    }
    if (auto *publish = std::get_if<PublishVersion>(&op)) {
        publishVersion(ex, std::move(*publish)); // the git work runs on a worker thread
        return;
    }
    if (auto *del = std::get_if<DeleteFunction>(&op); del && versionNumber(del->function.qualifier) > 0) {
        deleteVersion(ex, del->function.name, versionNumber(del->function.qualifier)); // on a worker thread too
        return;
    }
    const QString region = m_backend->region();
    auto fail = [](const Error &e) { return errorReply(ApiError::fromError(e)); };

    HttpReply reply = std::visit(
        Overloaded{
            [&](CreateFunction &) { return HttpReply{}; }, // handled above
            [&](GetFunction &o) {
                const auto r = describe(o.function);
                if (!r)
                    return fail(r.error());
                // The link names the version that was described, so it serves that version's package.
                const QString version = r->value(u"Version").toString();
                const QString linkName = version == u"$LATEST" ? o.function.name : o.function.name + u':' + version;
                const qint64 expires = QDateTime::currentSecsSinceEpoch() + codelink::kValidSecs;
                QJsonObject body = responses::getFunction(r.value(),
                                                          codelink::make(ex->baseUrl, linkName, expires, m_linkKey));
                // The function's reserved concurrency, when it has one (as AWS's GetFunction adds it).
                if (const auto reserved = m_backend->functionConcurrency(o.function.name);
                    reserved && reserved->has_value())
                    body.insert(QStringLiteral("Concurrency"), responses::functionConcurrency(reserved.value()));
                return responses::json(200, body);
            },
            [&](GetFunctionConfiguration &o) {
                const auto r = describe(o.function);
                return r ? responses::json(200, r.value()) : fail(r.error());
            },
            [&](UpdateFunctionConfiguration &o) {
                const auto current = m_backend->getFunction(o.function.name);
                if (!current)
                    return fail(current.error());
                if (auto e = checkRevision(o.function.name, o.revisionId))
                    return errorReply(*e);
                const auto r = m_backend->updateConfiguration(o.patch.appliedTo(current.value()));
                return r ? responses::json(200, responses::functionConfiguration(r->config, region)) : fail(r.error());
            },
            [&](UpdateFunctionCode &) { return HttpReply{}; }, // handled above
            [&](DeleteFunction &o) {
                const QString &q = o.function.qualifier;
                if (q == u"$LATEST")
                    return errorReply(ApiError::invalidParameter(
                        QStringLiteral("$LATEST version cannot be deleted without deleting the function.")));
                if (q.isEmpty()) {
                    const auto r = m_backend->deleteFunction(o.function.name);
                    return r ? responses::noContent() : fail(r.error());
                }
                // A version number was handled above. AWS deletes versions only; an alias has its own call.
                const auto alias = m_backend->getAlias(o.function.name, q);
                if (!alias && alias.error().kind == Error::Kind::NotFound)
                    return errorReply(ApiError::notFound(QStringLiteral("Function not found: %1")
                                                             .arg(responses::functionArn(region, o.function.name, q))));
                if (!alias)
                    return fail(alias.error());
                return errorReply(ApiError::invalidParameter(
                    QStringLiteral("Qualifier '%1' of DeleteFunction must be a version number; to delete the "
                                   "alias %1, call DeleteAlias")
                        .arg(q)));
            },
            [&](ListFunctions &o) {
                return responses::json(200, responses::listFunctions(m_backend->listFunctions(), o, region));
            },
            [&](GetCodeArchive &) { return HttpReply{}; },
            [&](Invoke &) { return HttpReply{}; },         // handled above
            [&](PublishVersion &) { return HttpReply{}; }, // handled above
            [&](ListVersionsByFunction &o) {
                const auto latest = m_backend->getFunction(o.function.name);
                if (!latest)
                    return fail(latest.error());
                const auto versions = m_backend->listVersions(o.function.name);
                if (!versions)
                    return fail(versions.error());
                return responses::json(200, responses::listVersions(latest.value(), versions.value(), o.page, region));
            },
            [&](CreateAlias &o) {
                const auto r = m_backend->createAlias(o.function.name, o.name, o.functionVersion, o.description,
                                                      o.routing);
                return r ? responses::json(201, responses::aliasConfiguration(o.function.name, r.value(), region))
                         : fail(r.error());
            },
            [&](GetAlias &o) {
                const auto r = m_backend->getAlias(o.function.name, o.name);
                return r ? responses::json(200, responses::aliasConfiguration(o.function.name, r.value(), region))
                         : fail(r.error());
            },
            [&](ListAliases &o) {
                const auto r = m_backend->listAliases(o.function.name);
                return r ? responses::json(200, responses::listAliases(o.function.name, r.value(), o, region))
                         : fail(r.error());
            },
            [&](UpdateAlias &o) {
                Backend::AliasUpdate update;
                update.function = o.function.name;
                update.name = o.name;
                update.functionVersion = o.functionVersion;
                update.description = o.description;
                update.routing = o.routing;
                update.revisionId = o.revisionId;
                const auto r = m_backend->updateAlias(update);
                return r ? responses::json(200, responses::aliasConfiguration(o.function.name, r.value(), region))
                         : fail(r.error());
            },
            [&](DeleteAlias &o) {
                const auto r = m_backend->deleteAlias(o.function.name, o.name);
                return r ? responses::noContent() : fail(r.error());
            },
            [&](PutFunctionConcurrency &o) {
                const auto r = m_backend->putFunctionConcurrency(o.function.name, o.reserved);
                return r ? responses::json(200, responses::functionConcurrency(r.value())) : fail(r.error());
            },
            [&](GetFunctionConcurrency &o) {
                const auto r = m_backend->functionConcurrency(o.function.name);
                return r ? responses::json(200, responses::functionConcurrency(r.value())) : fail(r.error());
            },
            [&](DeleteFunctionConcurrency &o) {
                const auto r = m_backend->deleteFunctionConcurrency(o.function.name);
                return r ? responses::noContent() : fail(r.error());
            },
            [&](GetAccountSettings &) {
                const Backend::AccountConcurrency c = m_backend->accountConcurrency();
                const QList<FunctionConfig> functions = m_backend->listFunctions();
                qint64 codeSize = 0;
                for (const FunctionConfig &f : functions)
                    codeSize += f.codeSize;
                return responses::json(
                    200, responses::accountSettings(c.limit, c.unreserved, codeSize, int(functions.size())));
            },
        },
        op);
    send(*ex, std::move(reply));
}

Result<QJsonObject> LambdaApiServer::describe(const FunctionRef &function) const
{
    const QString region = m_backend->region();
    const auto latest = m_backend->getFunction(function.name);
    if (!latest)
        return latest.error();
    const QString &q = function.qualifier;
    if (q.isEmpty() || q == u"$LATEST")
        return responses::functionConfiguration(latest.value(), region, q);
    // A version number, or an alias: described as the version it names, with the ARN as asked.
    QString version = q;
    if (versionNumber(q) == 0) {
        const auto alias = m_backend->getAlias(function.name, q);
        if (!alias) {
            if (alias.error().kind != Error::Kind::NotFound)
                return alias.error();
            return Error::notFound(
                QStringLiteral("Function not found: %1").arg(responses::functionArn(region, function.name, q)));
        }
        version = alias->functionVersion;
        if (version == u"$LATEST")
            return responses::functionConfiguration(latest.value(), region, q);
    }
    const auto v = m_backend->getVersion(function.name, versionNumber(version));
    if (!v)
        return v.error();
    return responses::versionConfiguration(v.value(), region, q);
}

void LambdaApiServer::publishVersion(const ExchangePtr &ex, PublishVersion op)
{
    QPointer<LambdaApiServer> self(this);
    m_backend->publishVersion(
        {op.function.name, op.description, op.codeSha256, op.revisionId},
        [self, ex](Result<versionstore::Published> r) {
            if (!self)
                return;
            self->send(*ex,
                       r ? responses::json(201, responses::versionConfiguration(r->version, self->m_backend->region()))
                         : errorReply(ApiError::fromError(r.error())));
        });
}

void LambdaApiServer::deleteVersion(const ExchangePtr &ex, const QString &function, int number)
{
    QPointer<LambdaApiServer> self(this);
    m_backend->deleteVersion(function, number, [self, ex](Status s) {
        if (self)
            self->send(*ex, s ? responses::noContent() : errorReply(ApiError::fromError(s.error())));
    });
}

void LambdaApiServer::createFunction(const ExchangePtr &ex, CreateFunction op)
{
    QPointer<LambdaApiServer> self(this);
    const bool publish = op.publish;
    m_backend->createFunction(
        op.config, CodeSource::fromZip(std::move(op.zip)), [self, ex, publish](Result<FunctionConfig> r) {
            if (!self)
                return; // the server is gone; so is every connection it had
            if (r && publish)
                // Publish: the answer describes version 1 (as AWS's does).
                return self->publishVersion(ex, PublishVersion{FunctionRef{r->name, {}}, {}, {}, {}});
            self->send(*ex,
                       r ? responses::json(201, responses::functionConfiguration(r.value(), self->m_backend->region()))
                         : errorReply(ApiError::fromError(r.error())));
        });
}

void LambdaApiServer::updateCode(const ExchangePtr &ex, UpdateFunctionCode op)
{
    const auto current = m_backend->getFunction(op.function.name);
    if (!current)
        return send(*ex, errorReply(ApiError::fromError(current.error())));
    if (auto e = checkRevision(op.function.name, op.revisionId))
        return send(*ex, errorReply(*e));
    // DryRun checks the package and answers what the code would be, writing nothing.
    QPointer<LambdaApiServer> self(this);
    const bool publish = op.publish && !op.dryRun;
    m_backend->updateCode(
        op.function.name, CodeSource::fromZip(std::move(op.zip)), op.dryRun,
        [self, ex, publish](Result<FunctionUpdate> r) {
            if (!self)
                return;
            if (r && publish) {
                // Publish: answered with the version of the new code; 200 as UpdateFunctionCode's.
                QPointer<LambdaApiServer> server = self;
                return self->m_backend->publishVersion(
                    {r->config.name, {}, {}, {}}, [server, ex](Result<versionstore::Published> p) {
                        if (!server)
                            return;
                        server->send(*ex,
                                     p ? responses::json(
                                         200, responses::versionConfiguration(p->version, server->m_backend->region()))
                                       : errorReply(ApiError::fromError(p.error())));
                    });
            }
            self->send(*ex,
                       r ? responses::json(200, responses::functionConfiguration(r->config, self->m_backend->region()))
                         : errorReply(ApiError::fromError(r.error())));
        });
}

void LambdaApiServer::codeArchive(const ExchangePtr &ex, const GetCodeArchive &op)
{
    if (auto e = codelink::verify(op, m_linkKey, QDateTime::currentSecsSinceEpoch()))
        return send(*ex, errorReply(*e));
    QPointer<LambdaApiServer> self(this);
    const QString name = op.name;
    m_backend->exportCode(name, [self, ex, name](Result<QByteArray> archive) {
        if (!self)
            return;
        self->send(*ex,
                   archive ? responses::zip(archive.value(), name) : errorReply(ApiError::fromError(archive.error())));
    });
}

void LambdaApiServer::invoke(const ExchangePtr &ex, Invoke op)
{
    InvokeRequest request{
        op.function.name,     op.function.qualifier, std::move(op.payload), op.type, std::move(op.clientContext), {},
        InvocationSource::Api};
    const bool tail = op.tailLog;
    const bool legacy = op.legacyAsync;
    const InvocationType type = op.type;
    ++m_inFlight;
    QPointer<LambdaApiServer> self(this);
    m_backend->invoke(std::move(request), [self, ex, tail, legacy, type](Result<InvocationResult> r) {
        if (!self)
            return; // the server is gone; so is every connection it had
        --self->m_inFlight;
        if (!r) {
            self->send(*ex, errorReply(ApiError::fromError(r.error())));
            return;
        }
        ex->call.requestId = r->requestId;
        HttpReply reply = type == InvocationType::Event ? responses::eventAccepted(legacy)
            : type == InvocationType::DryRun            ? responses::dryRun()
                                                        : responses::invocation(r.value(), tail);
        self->send(*ex, std::move(reply));
    });
}

void LambdaApiServer::send(Exchange &ex, HttpReply reply)
{
    if (ex.answered)
        return;
    ex.answered = true;
    if (!ex.corsOrigin.isEmpty())
        reply.headers += guard::corsHeaders(ex.corsOrigin);
    responses::setRequestId(reply, ex.call.requestId);
    ex.call.status = reply.status;
    ex.call.errorType = QString::fromLatin1(reply.header("x-amzn-ErrorType"));
    if (ex.call.errorType.isEmpty())
        ex.call.errorType = QString::fromLatin1(reply.header("X-Amz-Function-Error"));
    if (ex.responder.isOpen())
        ex.responder.send(reply); // Content-Length, Date and Connection are the transport's
    else
        ex.call.status = 0; // the client left first: the answer is dropped, the work was done
    ex.call.durationMs = double(ex.clock.nsecsElapsed()) / 1e6;
    Q_EMIT requestHandled(ex.call);
}

} // namespace lambdesk
