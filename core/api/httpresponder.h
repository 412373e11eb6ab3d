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
    bool isOpen() const;     // the client is still connected and waits for this answer
    bool isAnswered() const; // send() was called

private:
    std::shared_ptr<HttpAnswerSlot> m_slot;
    QPointer<HttpConnection> m_connection;
};

} // namespace lambdesk::api
