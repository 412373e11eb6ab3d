#pragma once

#include "runtimeapi.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>

class QHttpServerResponder;
class QTcpServer;

namespace lambdesk {

class ExecutionEnvironment;

// The Runtime API over HTTP. AWS_LAMBDA_RUNTIME_API is host:port without a path, so each
// environment gets its own loopback port; the local port of a connection says whose it is.
// Long-polls are answered later through a kept QHttpServerResponder.
class RuntimeApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit RuntimeApiServer(QObject *parent = nullptr);
    ~RuntimeApiServer() override;

    // A fresh 127.0.0.1 port for one environment; 0 when none could be opened.
    quint16 addEndpoint(ExecutionEnvironment *env);
    void removeEndpoint(quint16 port);
    int endpointCount() const { return int(m_endpoints.size()); }

    static void write(QHttpServerResponder &responder, const runtimeapi::Reply &reply);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Endpoint
    {
        QTcpServer *server = nullptr;
        QPointer<ExecutionEnvironment> env;
    };
    QHash<quint16, Endpoint> m_endpoints;
};

} // namespace lambdesk
