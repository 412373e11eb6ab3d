#include "httphead.h"

#include <QDateTime>
#include <QLocale>

#include <cctype>
#include <cstring>

namespace lambdesk::api {

namespace {

HeadParse failed(int status, const char *type, QString message)
{
    HeadParse p;
    p.state = HeadParse::State::Failed;
    p.error = HeadError{status, QByteArray(type), std::move(message)};
    return p;
}

HeadParse badRequest(QString message)
{
    return failed(400, "InvalidRequestContentException", std::move(message));
}

HeadParse tooManyHeaders(int limit)
{
    return failed(431, "RequestHeaderFieldsTooLargeException",
                  QStringLiteral("The request has more than %1 header fields; at most %1 are accepted").arg(limit));
}

HeadParse headTooLarge(qsizetype limit)
{
    return failed(431, "RequestHeaderFieldsTooLargeException",
                  QStringLiteral("The request line and header fields take more than %1 bytes; at most %1 are accepted")
                      .arg(limit));
}

// RFC 9110 token characters (method and field names).
bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const auto u = uchar(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
            continue;
        if (!std::strchr("!#$%&'*+-.^_`|~", c) || c == 0)
            return false;
    }
    return true;
}

// Field values: visible characters, blanks and obs-text; no control characters (NUL, CR, LF...).
bool isFieldValue(QByteArrayView value)
{
    for (char c : value) {
        const auto u = uchar(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// The request target in origin form: '/' then visible ASCII only.
bool isOriginForm(QByteArrayView target)
{
    if (!target.startsWith('/'))
        return false;
    for (char c : target) {
        const auto u = uchar(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArray &part : list.toByteArray().split(',')) {
        if (trimmed(part).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString shown(QByteArrayView value)
{
    QString text = QString::fromLatin1(value.first(std::min<qsizetype>(40, value.size())));
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    return value.size() > 40 ? text + QStringLiteral("...") : text;
}

// RFC 9110 date of now ("Sun, 22 Nov 2026 10:04:05 GMT"), made once a second. SDKs correct
// their clock skew from it, as they do against AWS.
QByteArray httpDate()
{
    thread_local qint64 second = -1;
    thread_local QByteArray text;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != second) {
        second = now;
        text = QLocale::c()
                   .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                   .toLatin1();
    }
    return text;
}

} // namespace

HeadParse parseHead(QByteArrayView data, const HeadLimits &limits)
{
    // Empty lines before a request are ignored (RFC 9112 §2.2).
    qsizetype start = 0;
    while (start < data.size() && start < limits.maxHeadBytes && (data[start] == '\r' || data[start] == '\n'))
        ++start;

    // The end of the head: the first empty line. Lines end with CRLF, or a bare LF.
    qsizetype end = -1; // index of the empty line's '\n'
    int lineCount = 0;  // complete lines seen before it
    const qsizetype scanTo = std::min(data.size(), start + limits.maxHeadBytes);
    qsizetype lineStart = start;
    for (qsizetype i = start; i < scanTo; ++i) {
        if (data[i] != '\n')
            continue;
        const qsizetype length = i - lineStart - (i > lineStart && data[i - 1] == '\r' ? 1 : 0);
        if (length == 0) {
            end = i;
            break;
        }
        if (++lineCount > limits.maxHeaders + 1) // the request line and maxHeaders fields
            return tooManyHeaders(limits.maxHeaders);
        lineStart = i + 1;
    }
    if (end < 0) {
        if (data.size() - start >= limits.maxHeadBytes)
            return headTooLarge(limits.maxHeadBytes);
        return HeadParse{};
    }

    HeadParse p;
    HttpHead &h = p.head;
    p.size = end + 1;
    const QList<QByteArray> lines = data.sliced(start, lineStart - start).toByteArray().split('\n');
    // The last element is what follows the final '\n' before the empty line: nothing.
    QList<QByteArray> fields;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return badRequest(QStringLiteral("A line of the request head holds a carriage return (CR) inside it"));
        fields.append(line);
    }
    if (fields.isEmpty())
        return badRequest(QStringLiteral("The request line is missing"));

    // Request line: METHOD SP target SP HTTP/1.x
    const QByteArray requestLine = fields.takeFirst();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3)
        return badRequest(
            QStringLiteral("The request line must be 'METHOD /path HTTP/1.1'; got '%1'").arg(shown(requestLine)));
    if (!isToken(parts[0]))
        return badRequest(QStringLiteral("The request method '%1' is not a valid HTTP method").arg(shown(parts[0])));
    const QByteArray &version = parts[2];
    if (!version.startsWith("HTTP/") || version.size() != 8 || version[6] != '.' || !std::isdigit(uchar(version[5]))
        || !std::isdigit(uchar(version[7])))
        return badRequest(QStringLiteral("The request line must end with HTTP/1.1; got '%1'").arg(shown(version)));
    if (version[5] != '1')
        return failed(505, "HttpVersionNotSupportedException",
                      QStringLiteral("HTTP version %1 is not supported; send HTTP/1.1").arg(shown(version.mid(5))));
    h.minorVersion = version[7] - '0';
    if (!isOriginForm(parts[1]))
        return badRequest(QStringLiteral("The request target must be a path starting with '/' without spaces or "
                                         "control characters; got '%1'")
                              .arg(shown(parts[1])));
    h.method = parts[0];
    const qsizetype question = parts[1].indexOf('?');
    h.path = question < 0 ? parts[1] : parts[1].left(question);
    h.query = question < 0 ? QByteArray() : parts[1].mid(question + 1);

    int lengths = 0, hosts = 0;
    bool closeToken = false, keepAliveToken = false;
    for (const QByteArray &line : std::as_const(fields)) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            return badRequest(QStringLiteral("Header fields may not be folded over several lines (a line starts with "
                                             "a blank)"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return badRequest(QStringLiteral("The header line '%1' is not 'Name: value' with a valid field name "
                                             "(no blanks before the colon)")
                                  .arg(shown(line)));
        const QByteArray name = line.left(colon);
        const QByteArrayView value = trimmed(QByteArrayView(line).sliced(colon + 1));
        if (!isFieldValue(value))
            return badRequest(
                QStringLiteral("The value of header %1 holds a control character").arg(QString::fromLatin1(name)));
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (++lengths > 1)
                return badRequest(QStringLiteral("Content-Length appears more than once; send it once"));
            bool digitsOnly = !value.isEmpty() && value.size() <= 15;
            for (char c : value)
                digitsOnly = digitsOnly && c >= '0' && c <= '9';
            if (!digitsOnly)
                return badRequest(QStringLiteral("Content-Length must be a whole number of bytes (0 or more); got '%1'")
                                      .arg(shown(value)));
            h.contentLength = value.toLongLong();
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return failed(411, "LengthRequiredException",
                          QStringLiteral("Transfer-Encoding is not supported; send the body with Content-Length"));
        } else if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            if (++hosts > 1)
                return badRequest(QStringLiteral("Host appears more than once; send it once"));
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            closeToken = closeToken || hasToken(value, "close");
            keepAliveToken = keepAliveToken || hasToken(value, "keep-alive");
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            h.expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
        h.headers.append({name, value.toByteArray()});
    }
    h.keepAlive = !closeToken && (h.minorVersion >= 1 || keepAliveToken);
    p.state = HeadParse::State::Complete;
    return p;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return QByteArrayLiteral("Continue");
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 204: return QByteArrayLiteral("No Content");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 411: return QByteArrayLiteral("Length Required");
    case 412: return QByteArrayLiteral("Precondition Failed");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Unknown");
    }
}

QByteArray renderReply(const HttpReply &reply, bool close, bool headRequest)
{
    QByteArray out;
    out.reserve(256 + (headRequest ? 0 : reply.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Connection", Qt::CaseInsensitive) == 0)
            continue; // the connection layer decides these
        out += name + ": " + value + "\r\n";
    }
    if (!hasHeader(reply.headers, "Date"))
        out += "Date: " + httpDate() + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!headRequest)
        out += reply.body;
    return out;
}

QByteArray renderStreamHead(const HttpReply &head, bool close, bool headRequest)
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(head.status) + ' ' + reasonPhrase(head.status) + "\r\n";
    for (const auto &[name, value] : head.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Connection", Qt::CaseInsensitive) == 0
            || name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            continue; // the connection layer decides these
        out += name + ": " + value + "\r\n";
    }
    if (!hasHeader(head.headers, "Date"))
        out += "Date: " + httpDate() + "\r\n";
    out += "Transfer-Encoding: chunked\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!headRequest)
        out += renderChunk(head.body);
    return out;
}

QByteArray renderChunk(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    QByteArray out;
    out.reserve(bytes.size() + 12);
    out += QByteArray::number(bytes.size(), 16) + "\r\n";
    out += bytes;
    out += "\r\n";
    return out;
}

QByteArray renderLastChunk()
{
    return QByteArrayLiteral("0\r\n\r\n");
}

} // namespace lambdesk::api
