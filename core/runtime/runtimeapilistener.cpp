#include "runtimeapilistener.h"

#include <QTcpSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lambdesk {

RuntimeApiListener::RuntimeApiListener(Filter filter, QObject *parent) : QTcpServer(parent), m_filter(std::move(filter))
{}

void RuntimeApiListener::incomingConnection(qintptr socketDescriptor)
{
    if (m_filter && !m_filter(socketDescriptor)) {
        ++m_refused;
        ::close(int(socketDescriptor));
        return;
    }
    ++m_accepted;
    // No Nagle: a runtime pipelines its result and its next /next, so the answers to both may
    // leave as two small writes in a row, and the second must not wait for the first's ACK.
    const int one = 1;
    ::setsockopt(int(socketDescriptor), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (!m_hook) {
        QTcpServer::incomingConnection(socketDescriptor);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        ::close(int(socketDescriptor));
        return;
    }
    m_hook(socket);
    addPendingConnection(socket);
}

} // namespace lambdesk
