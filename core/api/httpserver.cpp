#include "httpserver.h"

#include "httpconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lambdesk::api {

namespace {

// Connections taken per wake-up of the listening socket, so that a flood of them leaves room
// for the requests of the ones already open.
constexpr int kAcceptBatch = 64;

QAbstractSocket::SocketError socketError(int error)
{
    switch (error) {
    case EADDRINUSE: return QAbstractSocket::AddressInUseError;
    case EACCES:
    case EPERM: return QAbstractSocket::SocketAccessError;
    case EADDRNOTAVAIL: return QAbstractSocket::SocketAddressNotAvailableError;
    case EMFILE:
    case ENFILE:
    case ENOBUFS:
    case ENOMEM: return QAbstractSocket::SocketResourceError;
    default: return QAbstractSocket::UnknownSocketError;
    }
}

} // namespace

HttpServer::HttpServer(QObject *parent) : QObject(parent)
{
    m_acceptRetry.setSingleShot(true);
    connect(&m_acceptRetry, &QTimer::timeout, this, &HttpServer::resumeAccepting);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    stopListening();
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        a->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const auto fail = [this](int fd) {
        const int error = errno;
        m_error = socketError(error);
        m_errorString = QString::fromLocal8Bit(std::strerror(error));
        if (fd >= 0)
            ::close(fd);
        return false;
    };
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail(fd);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one); // restart while old ones are in TIME_WAIT
    if (v6)
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) < 0 || ::listen(fd, SOMAXCONN) < 0)
        return fail(fd);
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    m_port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                      : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    m_address = address;
    m_listenFd = fd;
    takeReserve();
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &HttpServer::acceptConnections);
    return true;
}

void HttpServer::stopListening()
{
    m_acceptRetry.stop();
    m_acceptPaused = false;
    if (m_listenFd < 0)
        return;
    delete m_notifier;
    m_notifier = nullptr;
    releaseReserve();
    ::close(m_listenFd);
    m_listenFd = -1;
}

void HttpServer::close()
{
    stopListening();
    for (HttpConnection *c : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        delete c;
    m_connections = 0;
}

bool HttpServer::isListening() const
{
    return m_listenFd >= 0;
}

QHostAddress HttpServer::address() const
{
    return isListening() ? m_address : QHostAddress();
}

quint16 HttpServer::port() const
{
    return isListening() ? m_port : 0;
}

void HttpServer::acceptConnections()
{
    for (int i = 0; i < kAcceptBatch && m_listenFd >= 0; ++i) {
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            const int error = errno;
            if (error == EINTR || error == ECONNABORTED)
                continue; // that one is gone; others may wait
            if (error == EAGAIN || error == EWOULDBLOCK) {
                endPause(); // nobody waits (a client that waited may have given up)
                return;     // none left
            }
            if ((error == EMFILE || error == ENFILE) && !connectionWaiting()) {
                // Linux reports a full table before it looks at the queue: nobody waits, so
                // there is nothing to pause for (the listening socket is not readable).
                endPause();
                return;
            }
            onAcceptError(socketError(error));
            return;
        }
        endPause();
        auto *socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(fd)) {
            delete socket;
            ::close(fd);
            continue;
        }
        auto *connection = new HttpConnection(socket, this);
        ++m_connections;
        connect(connection, &QObject::destroyed, this, &HttpServer::onConnectionDestroyed);
    }
}

void HttpServer::onAcceptError(QAbstractSocket::SocketError error)
{
    // Out of file descriptors (EMFILE/ENFILE) the listening socket stays readable: accepting
    // again at once would only fail again, as fast as the CPU allows. Wait for a connection to
    // end, or for the retry timer, instead.
    if (!m_notifier)
        return;
    releaseReserve(); // first: what follows may need a descriptor
    m_notifier->setEnabled(false);
    if (!m_acceptPaused) {
        m_acceptPaused = true;
        Q_EMIT acceptPaused(error);
    }
    m_acceptRetry.start(m_options.acceptRetryMs);
}

void HttpServer::resumeAccepting()
{
    m_acceptRetry.stop();
    if (!m_acceptPaused || !m_notifier)
        return;
    if (!takeReserve()) { // still out of descriptors: wait again
        m_acceptRetry.start(m_options.acceptRetryMs);
        return;
    }
    // Still paused until a connection is taken: accept() may fail again at once (the descriptor
    // that freed up went back to the reserve), and a pause that flapped every retry would tell
    // whoever watches nothing.
    m_notifier->setEnabled(true);
}

void HttpServer::endPause()
{
    if (!m_acceptPaused)
        return;
    m_acceptPaused = false;
    Q_EMIT acceptResumed();
}

bool HttpServer::connectionWaiting() const
{
    pollfd p{m_listenFd, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0 && (p.revents & POLLIN);
}

bool HttpServer::takeReserve()
{
    if (m_reserve[0] >= 0)
        return true;
    return ::pipe2(m_reserve, O_CLOEXEC) == 0;
}

void HttpServer::releaseReserve()
{
    for (int &fd : m_reserve) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void HttpServer::onConnectionDestroyed()
{
    --m_connections;
    Q_EMIT connectionEnded();
    if (m_acceptPaused) // a descriptor is free again (its socket closes right after this)
        QMetaObject::invokeMethod(this, &HttpServer::resumeAccepting, Qt::QueuedConnection);
}

HttpReply HttpServer::errorReply(const HeadError &error) const
{
    if (m_errorReply)
        return m_errorReply(error);
    HttpReply reply;
    reply.status = error.status;
    reply.addHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    reply.addHeader(QByteArrayLiteral("x-amzn-ErrorType"), error.type);
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("Type"), QStringLiteral("User")},
                                           {QStringLiteral("message"), error.message}})
                     .toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace lambdesk::api
