#pragma once

#include "httphead.h"
#include "httpresponder.h"
#include "httpserver.h"

#include <QObject>
#include <QTimer>

#include <deque>

class QTcpSocket;

namespace lambdesk::api {

// One client connection of HttpServer: reads heads and bodies within the limits and timeouts,
// hands each request to the server's handler, and writes the answers in request order. Owns
// its socket; deletes itself when the connection ends.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    bool isOpen() const;

private:
    friend class HttpResponder;
    enum class State { Head, Body, Closing };
    enum class Wait { None, Idle, Head, Body, Linger };

    void process();
    bool readAhead() const; // may another request be read now?
    void startBody(const HttpHead &head);
    void dispatch();
    void refuse(const HttpReply &reply);
    void answer(HttpAnswerSlot &slot, const HttpReply &reply);
    void startStream(HttpAnswerSlot &slot, const HttpReply &head);
    void streamMore(HttpAnswerSlot &slot, QByteArrayView bytes, bool last);
    void writeAnswers();
    void beginClosing();
    void rearm();
    void timedOut();
    void gone();

    HttpServer *m_server;
    QTcpSocket *m_socket;
    HttpServerOptions m_options;
    std::deque<std::shared_ptr<HttpAnswerSlot>> m_queue; // unanswered or unwritten, in request order
    QByteArray m_in;                                     // received, not yet taken by a head or body
    HttpHead m_head;                                     // State::Body: the request being read
    QByteArray m_body;
    State m_state = State::Head;
    QTimer m_timer;
    Wait m_wait = Wait::None;
    bool m_processing = false;
    bool m_again = false;
    bool m_gone = false;
    bool m_shutDown = false; // our side is closed for writing (lingering close)
};

} // namespace lambdesk::api
