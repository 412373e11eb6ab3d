#include "runtimeapilistener.h"

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
    QTcpServer::incomingConnection(socketDescriptor);
}

} // namespace lambdesk
