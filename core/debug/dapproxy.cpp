#include "dapproxy.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace lambdesk::debug {

DapProxy::DapProxy(QObject *parent) : QObject(parent) {}

DapProxy::~DapProxy() = default;

bool DapProxy::listen(quint16 listenPort, quint16 enginePort, int connectTimeoutMs)
{
    Q_UNUSED(listenPort);
    m_enginePort = enginePort;
    m_connectTimeoutMs = connectTimeoutMs;
    return false;
}

quint16 DapProxy::port() const
{
    return 0;
}

bool DapProxy::isClientAttached() const
{
    return m_client != nullptr;
}

void DapProxy::close() {}

} // namespace lambdesk::debug
