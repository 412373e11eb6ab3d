#include "runtimeapi.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lambdesk::runtimeapi {

namespace {
constexpr QStringView kPrefix = u"/2018-06-01/runtime/";
}

Request parse(QByteArrayView method, QStringView path)
{
    Request r;
    if (!path.startsWith(kPrefix))
        return r;
    const QStringView rest = path.sliced(kPrefix.size());
    const bool get = method == "GET";
    const bool post = method == "POST";
    if (rest == u"invocation/next") {
        r.route = get ? Route::Next : Route::MethodNotAllowed;
        return r;
    }
    if (rest == u"init/error") {
        r.route = post ? Route::InitError : Route::MethodNotAllowed;
        return r;
    }
    constexpr QStringView inv = u"invocation/";
    if (!rest.startsWith(inv))
        return r;
    const QStringView tail = rest.sliced(inv.size());
    const qsizetype slash = tail.lastIndexOf(u'/');
    if (slash <= 0)
        return r;
    const QStringView what = tail.sliced(slash + 1);
    const QStringView id = tail.first(slash);
    if (id.contains(u'/'))
        return r;
    if (what == u"response" || what == u"error") {
        r.requestId = id.toString();
        r.route = !post ? Route::MethodNotAllowed : what == u"response" ? Route::Response : Route::Error;
    }
    return r;
}

static const QByteArray kJson = QByteArrayLiteral("application/json");

Reply accepted()
{
    return Reply{202, QByteArrayLiteral("{\"status\":\"OK\"}"), {{QByteArrayLiteral("Content-Type"), kJson}}};
}

Reply error(int status, const QString &errorType, const QString &message)
{
    const QJsonObject o{{QStringLiteral("errorMessage"), message}, {QStringLiteral("errorType"), errorType}};
    return Reply{status, QJsonDocument(o).toJson(QJsonDocument::Compact), {{QByteArrayLiteral("Content-Type"), kJson}}};
}

Reply notFound()
{
    return error(404, QStringLiteral("NotFound"), QStringLiteral("The resource you requested does not exist."));
}

Reply methodNotAllowed()
{
    return error(405, QStringLiteral("MethodNotAllowed"),
                 QStringLiteral("The method is not allowed for the requested resource."));
}

bool headerValueAllowed(QByteArrayView value)
{
    for (const char c : value) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

Headers nextHeaders(const Event &e)
{
    Headers h;
    h.reserve(7);
    const auto add = [&h](QByteArray key, QByteArray value) {
        if (headerValueAllowed(value))
            h.append({std::move(key), std::move(value)});
    };
    add(QByteArrayLiteral("Content-Type"), kJson);
    add(QByteArrayLiteral("Lambda-Runtime-Aws-Request-Id"), e.requestId.toLatin1());
    add(QByteArrayLiteral("Lambda-Runtime-Deadline-Ms"), QByteArray::number(e.deadlineMs));
    add(QByteArrayLiteral("Lambda-Runtime-Invoked-Function-Arn"), e.functionArn.toUtf8());
    add(QByteArrayLiteral("Lambda-Runtime-Trace-Id"), e.traceId.toLatin1());
    // The Invoker hands over client contexts as compact JSON; anything else never gets here.
    if (!e.clientContext.isEmpty())
        add(QByteArrayLiteral("Lambda-Runtime-Client-Context"), e.clientContext);
    if (!e.cognitoIdentity.isEmpty())
        add(QByteArrayLiteral("Lambda-Runtime-Cognito-Identity"), e.cognitoIdentity);
    return h;
}

static Reply invalidTransition(const char *from, const char *to)
{
    return error(
        403, QStringLiteral("InvalidStateTransition"),
        QStringLiteral("State transition from %1 to %2 failed for runtime. Error: State transition is not allowed")
            .arg(QLatin1StringView(from), QLatin1StringView(to)));
}

static Reply invalidRequestId()
{
    return error(400, QStringLiteral("InvalidRequestID"), QStringLiteral("Invalid request ID"));
}

Protocol::Outcome Protocol::deliverCurrent()
{
    Outcome out;
    out.deliver = *m_current;
    m_delivered = true;
    m_holdingNext = false;
    m_phase = Phase::Invoking;
    return out;
}

Protocol::Outcome Protocol::assign(Event event)
{
    Q_ASSERT(!m_current);
    m_current = std::move(event);
    m_delivered = false;
    if (m_holdingNext && m_phase == Phase::Ready)
        return deliverCurrent();
    return {};
}

Protocol::Outcome Protocol::onNext()
{
    if (m_phase == Phase::Invoking)
        return Outcome{invalidTransition("Invoking", "Ready"), {}, {}, false};
    if (m_phase == Phase::Failed)
        return Outcome{invalidTransition("InitError", "Ready"), {}, {}, false};
    const bool first = m_phase == Phase::Init;
    m_phase = Phase::Ready;
    m_holdingNext = true;
    Outcome out = m_current ? deliverCurrent() : Outcome{};
    out.initFinished = first;
    return out;
}

Protocol::Outcome Protocol::complete(Completion::Kind kind, Reply reply)
{
    Outcome out;
    out.reply = std::move(reply);
    out.completion = Completion{kind, m_current ? m_current->requestId : QString()};
    m_current.reset();
    m_delivered = false;
    if (m_phase == Phase::Invoking)
        m_phase = Phase::Ready;
    return out;
}

Protocol::Outcome Protocol::onResponse(const QString &requestId, qsizetype size)
{
    if (!m_current || !m_delivered)
        return Outcome{
            invalidTransition(m_phase == Phase::Init ? "Init" : "Ready", "InvocationResponse"), {}, {}, false};
    if (requestId != m_current->requestId)
        return Outcome{invalidRequestId(), {}, {}, false};
    if (size > kMaxResponseBytes) {
        return complete(
            Completion::Kind::ResponseTooLarge,
            error(413, QStringLiteral("RequestEntityTooLarge"),
                  QStringLiteral("Exceeded maximum allowed payload size (%1 bytes).").arg(kMaxResponseBytes)));
    }
    return complete(Completion::Kind::Response, accepted());
}

std::optional<Reply> Protocol::checkResponse(const QString &requestId) const
{
    if (!m_current || !m_delivered)
        return invalidTransition(m_phase == Phase::Init ? "Init" : "Ready", "InvocationResponse");
    if (requestId != m_current->requestId)
        return invalidRequestId();
    return std::nullopt;
}

Protocol::Outcome Protocol::onError(const QString &requestId)
{
    if (!m_current || !m_delivered)
        return Outcome{
            invalidTransition(m_phase == Phase::Init ? "Init" : "Ready", "InvocationErrorResponse"), {}, {}, false};
    if (requestId != m_current->requestId)
        return Outcome{invalidRequestId(), {}, {}, false};
    return complete(Completion::Kind::FunctionError, accepted());
}

Protocol::Outcome Protocol::onInitError()
{
    if (m_phase != Phase::Init)
        return Outcome{invalidTransition("Ready", "InitError"), {}, {}, false};
    m_phase = Phase::Failed;
    if (!m_current)
        return Outcome{accepted(), {}, Completion{Completion::Kind::InitError, {}}, false};
    return complete(Completion::Kind::InitError, accepted());
}

void Protocol::abandon()
{
    m_current.reset();
    m_delivered = false;
    if (m_phase == Phase::Invoking)
        m_phase = Phase::Ready;
}

} // namespace lambdesk::runtimeapi
