#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The Debug Adapter Protocol's framing: each message is a header block ("Content-Length: N",
// other headers ignored, lines ended by CRLF, the block by an empty line) then N bytes of JSON.
// Pure functions over a buffer, tested and fuzzed without sockets. The bytes come from the
// runtime's debugpy or, through the proxy, from an outside IDE: a bad or oversized frame is an
// error (the connection is dropped), never a crash or an unbounded buffer.
namespace lambdesk::dap {

struct Limits
{
    int maxHeaderBytes = 8 * 1024;          // the header block, up to and with its empty line
    qint64 maxBodyBytes = 64 * 1024 * 1024; // a variables answer of a large object is big, not this big
};

struct Taken
{
    enum Status { NeedMore, Message, Invalid };
    Status status = NeedMore;
    QByteArray body;  // Message: the JSON body
    QString error;    // Invalid: why (the stream cannot be resynchronised after it)
};

// Takes the first whole message out of `buffer` (appended to as bytes arrive). NeedMore leaves
// the buffer as it was; Message removes the frame; Invalid leaves it as it was.
Taken takeMessage(QByteArray &buffer, const Limits &limits = {});

// "Content-Length: N\r\n\r\n" + body.
QByteArray frame(const QByteArray &body);

// A framed request: {"seq", "type":"request", "command", "arguments"} (no arguments when empty).
QByteArray request(int seq, const QString &command, const QJsonObject &arguments = {});

// The body as a JSON object (a message is always one), or why not.
Result<QJsonObject> parse(const QByteArray &body);

// pydevd decorates frame names and exception types with notes for an IDE's UI: "handler
// (Current frame)", "ValueError       (note: full exception trace is shown but execution is
// paused at: handler)". The plain name.
QString undecorated(QString text);

} // namespace lambdesk::dap
