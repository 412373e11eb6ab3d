#pragma once

#include "runtimeapi.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>

#include <memory>
#include <unordered_map>

class QHttpServerResponder;
class QTcpServer;

namespace lambdesk {

class ExecutionEnvironment;
class RuntimeApiListener;
class RuntimeResponseStream;

// The Runtime API over HTTP. AWS_LAMBDA_RUNTIME_API is host:port without a path, so each
// environment gets its own loopback port; the local port of a connection says whose it is.
// Only that environment's processes may connect (ExecutionEnvironment::ownsConnection(), asked
// once per connection by a RuntimeApiListener): others are closed before a byte is read.
//
// The HTTP side stays here: requests reach the environment as plain calls
// (ExecutionEnvironment::nextRequested(), responsePosted(), errorPosted(), initErrorPosted())
// whose answers are runtimeapi::Reply values. A /next the environment has no event for yet is
// held here, one per endpoint, until the environment answers it with answerNext().
class RuntimeApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit RuntimeApiServer(QObject *parent = nullptr);
    ~RuntimeApiServer() override;

    // A fresh 127.0.0.1 port for one environment; 0 when none could be opened.
    quint16 addEndpoint(ExecutionEnvironment *env);
    // Closes the port; a held /next is dropped unanswered (its runtime is going away).
    void removeEndpoint(quint16 port);
    int endpointCount() const { return int(m_endpoints.size()); }
    // Connections accepted by the endpoints open now, since each was added: a runtime that keeps
    // its connection alive counts one however many requests it makes.
    int acceptedConnections() const;

    // Answers the /next held for `port` with `reply`. False when none is held or its client
    // went away (the connection closed): then nothing was written, and the environment keeps
    // the event for the runtime's next /next.
    bool answerNext(quint16 port, const runtimeapi::Reply &reply);

    static void write(QHttpServerResponder &responder, const runtimeapi::Reply &reply);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Endpoint
    {
        RuntimeApiListener *server = nullptr;
        QPointer<ExecutionEnvironment> env;
        // Qt 6.4 answers later through a kept responder; if the client goes away Qt deletes
        // the socket, which the QPointer notices before anything is written.
        std::unique_ptr<QHttpServerResponder> heldNext;
        QPointer<QTcpSocket> heldSocket;
    };
    std::unordered_map<quint16, Endpoint> m_endpoints;
    // Per connection, the watcher that takes a streamed /response over (runtimeresponsestream.h).
    QHash<QTcpSocket *, RuntimeResponseStream *> m_streams;
};

} // namespace lambdesk
