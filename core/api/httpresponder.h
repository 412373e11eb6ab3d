#pragma once

#include "httpmessage.h"

#include <QPointer>

#include <memory>

namespace lambdesk::api {

class HttpConnection;

// One request's place in its connection's queue of answers. Answers leave in the order the
// requests came, whatever order they are given in.
struct HttpAnswerSlot
{
    QByteArray bytes; // the rendered answer, once given
    bool answered = false;
    bool close = false;       // the connection ends after this answer
    bool headRequest = false; // HEAD: the answer carries no body
    bool streaming = false;   // a streamed answer: `bytes` is what is not written yet
    bool finished = false;    // its last chunk is in `bytes`
};

// The way to answer one request, now or later (copy it into a callback). The first send()
// counts; later ones are ignored. When the client has gone, send() drops the answer: check
// isOpen() to tell that apart (e.g. to requeue the work).
class HttpResponder
{
public:
    HttpResponder() = default;
    HttpResponder(std::shared_ptr<HttpAnswerSlot> slot, HttpConnection *connection);

    void send(const HttpReply &reply) const;
    // A streamed answer instead (chunked transfer): the head now (counts as the answer, as
    // send() does), then pieces as they come, then the end. Later answers on the connection
    // wait for the end (pipelined requests are still answered in order).
    void startStream(const HttpReply &head) const;
    void sendChunk(QByteArrayView bytes) const;
    void endStream() const;
    bool isOpen() const;     // the client is still connected and waits for this answer
    bool isAnswered() const; // send() or startStream() was called
    bool isStreaming() const; // startStream() was called and endStream() not yet

private:
    std::shared_ptr<HttpAnswerSlot> m_slot;
    QPointer<HttpConnection> m_connection;
};

} // namespace lambdesk::api
