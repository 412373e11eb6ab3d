#pragma once

#include "httpmessage.h"

#include <QString>

// The head of an HTTP/1.1 request (request line and header fields) as a pure function of the
// bytes received, with the limits that keep a client from growing it without end. The
// connection layer (HttpConnection) runs it before reading any body, so that a request can be
// refused from its head alone; the fuzz target tests/fuzz/fuzz_httphead.cpp drives it too.
namespace lambdesk::api {

struct HeadLimits
{
    int maxHeaders = 100;               // header fields; more is refused (431), never silently dropped
    qsizetype maxHeadBytes = 64 * 1024; // request line, fields and the blank line
};

struct HttpHead
{
    QByteArray method; // "GET", "POST", ...
    QByteArray path;   // as sent, percent-encoded, without the query
    QByteArray query;  // as sent, without the '?'
    int minorVersion = 1;
    Headers headers;          // names and values as sent (values without surrounding blanks)
    qint64 contentLength = 0; // 0 when absent
    bool keepAlive = true;    // the connection stays open after the answer
    bool expectContinue = false;
};

// Why a head is refused: the HTTP status, AWS-style exception type and a message that names the
// field and the rule.
struct HeadError
{
    int status = 400;
    QByteArray type;
    QString message;
};

struct HeadParse
{
    enum class State { Incomplete, Complete, Failed };
    State state = State::Incomplete;
    qsizetype size = 0; // Complete: bytes of the head, blank line included
    HttpHead head;      // Complete
    HeadError error;    // Failed
};

// Parses the request head at the start of `data` (anything after it is left alone: a body, or
// the next pipelined request). Incomplete when more bytes are needed and the limits still
// allow them. Refuses (Failed): more than maxHeaders fields or maxHeadBytes (431), a malformed
// request line or field, a missing, negative, repeated or non-numeric Content-Length, two Host
// fields, bytes no HTTP field may hold (400), Transfer-Encoding (411), a version other than 1.x (505).
HeadParse parseHead(QByteArrayView data, const HeadLimits &limits = {});

// "OK", "Not Found", ...; "Unknown" for codes without one.
QByteArray reasonPhrase(int status);

// The bytes of an answer: status line, the reply's headers, Date, Content-Length and, when the
// connection ends after it, "Connection: close". `headRequest`: the body is left out.
QByteArray renderReply(const HttpReply &reply, bool close, bool headRequest = false);

// A streamed answer: the head (the reply's status and headers, Date, Transfer-Encoding: chunked,
// no Content-Length; the reply's body, if any, as its first chunk), then one chunk per piece
// as it comes ("<hex size>\r\n<bytes>\r\n"; nothing for an empty piece, which would end the
// body), then the last chunk ("0\r\n\r\n").
QByteArray renderStreamHead(const HttpReply &head, bool close, bool headRequest = false);
QByteArray renderChunk(QByteArrayView bytes);
QByteArray renderLastChunk();

} // namespace lambdesk::api
