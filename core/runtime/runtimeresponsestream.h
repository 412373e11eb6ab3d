#pragma once

#include "chunkedbody.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QTcpSocket;

namespace lambdesk {

class ExecutionEnvironment;

// Watches one Runtime API connection for a streamed /response (POST .../response with
// Lambda-Runtime-Function-Response-Mode: streaming and a chunked body) and takes that request
// over from QAbstractHttpServer, which would hand the body on only once it has all of it: the
// environment gets each piece as it arrives (ExecutionEnvironment::streamData) and the end
// with its trailers. Every other request stays QAbstractHttpServer's: at the start of each
// request this looks at its head (peek, nothing read) before the server's own readyRead runs.
// A streamed response is answered with Connection: close (the socket is no longer the
// server's); the runtime opens a new connection for its next /next. A head that arrives in
// pieces is left to the server: its body then reaches the environment whole, at its end.
class RuntimeResponseStream : public QObject
{
    Q_OBJECT
public:
    RuntimeResponseStream(QTcpSocket *socket, ExecutionEnvironment *env);

    // QAbstractHttpServer took a whole request from this connection: what comes next starts another.
    void requestHandled() { m_atStart = true; }
    bool isStreaming() const { return m_streaming; }

    // The head in `head` (up to its blank line): the request id and Content-Type when it is a
    // streamed /response with a chunked body; nothing otherwise. Pure; for the tests too.
    struct StreamHead
    {
        QString requestId;
        QByteArray contentType;
    };
    static std::optional<StreamHead> streamHead(QByteArrayView head);

private:
    void onReadyRead();
    void onBody();
    void answer(int status, const QByteArray &body);
    void onDisconnected();

    QTcpSocket *m_socket;
    QPointer<ExecutionEnvironment> m_env;
    bool m_atStart = true;
    bool m_streaming = false;
    bool m_finished = false;
    QString m_requestId;
    runtimeapi::ChunkedBody m_body;
};

} // namespace lambdesk
