#pragma once

#include "invoke/responsestream.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

// AWS Lambda's Runtime API (2018-06-01), as pure functions and a state machine without I/O:
// RuntimeApiServer feeds it requests and writes out what it decides.
namespace lambdesk::runtimeapi {

inline constexpr qsizetype kMaxResponseBytes = 6291556; // what AWS accepts for a response
// A streamed response (Lambda-Runtime-Function-Response-Mode: streaming) may be longer: AWS's
// default maximum is 200 MB since July 2025 (20 MB before); past it the stream is cut and the
// invocation fails. The first kMaxResponseBytes are kept in the InvocationResult.
inline constexpr qint64 kMaxStreamedResponseBytes = 200LL * 1024 * 1024;
inline constexpr QByteArrayView kResponseModeHeader = "Lambda-Runtime-Function-Response-Mode";
inline constexpr QByteArrayView kErrorBodyTrailer = "Lambda-Runtime-Function-Error-Body";

enum class Route { Next, Response, Error, InitError, NotFound, MethodNotAllowed };

struct Request
{
    Route route = Route::NotFound;
    QString requestId; // Response and Error
};

// method is the HTTP verb ("GET", "POST"), path the URL path without the query.
Request parse(QByteArrayView method, QStringView path);

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// Whether a header name or value can be written as it is: no CR, LF or NUL, which would end the
// header line and let the rest pass for headers of its own.
bool headerValueAllowed(QByteArrayView value);

struct Reply
{
    int status = 200;
    QByteArray body;
    Headers headers;
};

Reply accepted(); // 202 {"status":"OK"}
Reply error(int status, const QString &errorType, const QString &message);
Reply notFound();
Reply methodNotAllowed();

// What /next hands the runtime.
struct Event
{
    QString requestId;
    QByteArray payload;
    qint64 deadlineMs = 0; // epoch ms
    QString functionArn;
    QString traceId;
    QByteArray clientContext;   // JSON text, may be empty
    QByteArray cognitoIdentity; // JSON text, may be empty
    // The caller takes a streamed response as it comes (responsestream.h); may be null.
    std::shared_ptr<ResponseStreamSink> stream;
};
// Values that could break the header block (see headerValueAllowed) are left out.
Headers nextHeaders(const Event &event);

// The Runtime API state of one execution environment.
class Protocol
{
public:
    enum class Phase { Init, Ready, Invoking, Failed };

    // How an invocation ended, as far as the Runtime API knows.
    struct Completion
    {
        enum class Kind { Response, FunctionError, ResponseTooLarge, InitError };
        Kind kind;
        QString requestId;
    };

    struct Outcome
    {
        std::optional<Reply> reply;           // write this now (absent: hold the request)
        std::optional<Event> deliver;         // answer the held /next with this event
        std::optional<Completion> completion; // the current invocation is over
        bool initFinished = false;            // first /next: init is done
    };

    Phase phase() const { return m_phase; }
    bool hasInvocation() const { return m_current.has_value(); }
    bool delivered() const { return m_delivered; }
    bool holdingNext() const { return m_holdingNext; }
    const std::optional<Event> &current() const { return m_current; }

    // An invocation for this environment. Only one at a time.
    Outcome assign(Event event);
    Outcome onNext();
    Outcome onResponse(const QString &requestId, qsizetype size);
    // A streamed response begins: the error to answer when it may not (wrong id or state),
    // nothing when it may; it completes later with onResponse(id, 0) or onError(id).
    std::optional<Reply> checkResponse(const QString &requestId) const;
    Outcome onError(const QString &requestId);
    Outcome onInitError();
    // The held /next went away before an event could be written (client closed it).
    void nextLost() { m_holdingNext = false; }
    // Delivery failed after all (socket gone): keep the event for the next /next.
    void undeliver()
    {
        m_delivered = false;
        m_holdingNext = false;
        m_phase = Phase::Ready;
    }
    // The invocation ended outside the Runtime API (timeout, crash): forget it.
    void abandon();

private:
    Outcome deliverCurrent();
    Outcome complete(Completion::Kind kind, Reply reply);

    Phase m_phase = Phase::Init;
    std::optional<Event> m_current;
    bool m_delivered = false;
    bool m_holdingNext = false;
};

} // namespace lambdesk::runtimeapi
