// --no-network: the sandbox's 127.0.0.1:P is a listening socket made inside the new network
// namespace; the helper, still in the host's, accepts on it and copies bytes both ways to a
// connection of its own to the host's 127.0.0.1:P (the Runtime API). Non-blocking, one buffer
// per direction, half-close passed on.
#include "sandbox.h"

#include <cerrno>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sandbox {

Relay::Relay(int listener, int port)
    : m_listener(listener), m_port(port)
{
}

Relay::~Relay()
{
    for (Connection *c : m_connections) {
        ::close(c->in.from);
        ::close(c->in.to);
        delete c;
    }
    if (m_listener >= 0)
        ::close(m_listener);
}

void Relay::accept()
{
    const int inside = ::accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (inside < 0)
        return;
    const int host = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(uint16_t(m_port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // A loopback connect usually completes (or is refused) at once; one still in progress (a
    // full backlog) never holds up the loop: until it completes, sends and receives on it just
    // wait (EAGAIN), and a failure shows as an error on the socket.
    if (host < 0 || (::connect(host, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 && errno != EINPROGRESS)) {
        if (host >= 0)
            ::close(host);
        ::close(inside);
        return;
    }
    const int one = 1;
    ::setsockopt(inside, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::setsockopt(host, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    auto *c = new Connection;
    c->in.from = c->out.to = inside;
    c->in.to = c->out.from = host;
    m_connections.push_back(c);
}

// Moves what it can from d.from to d.to. False: the connection is broken (reset both sides).
bool Relay::pump(Direction &d, bool readable, bool writable)
{
    if (readable && d.len == 0 && !d.eof) {
        const ssize_t n = ::recv(d.from, d.buf, sizeof d.buf, 0);
        if (n > 0) {
            d.off = 0;
            d.len = size_t(n);
            writable = true; // try at once: usually the whole chunk goes
        } else if (n == 0) {
            d.eof = true;
        } else if (errno != EAGAIN && errno != EINTR) {
            return false;
        }
    }
    if (writable && d.len > 0) {
        const ssize_t n = ::send(d.to, d.buf + d.off, d.len, MSG_NOSIGNAL);
        if (n > 0) {
            d.off += size_t(n);
            d.len -= size_t(n);
        } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
            return false;
        }
    }
    if (d.eof && d.len == 0 && !d.shut) {
        ::shutdown(d.to, SHUT_WR);
        d.shut = true;
    }
    return true;
}

void Relay::serveUntilReadable(int control)
{
    std::vector<pollfd> fds;
    for (;;) {
        fds.clear();
        fds.push_back({control, POLLIN, 0});
        if (m_listener >= 0)
            fds.push_back({m_listener, POLLIN, 0});
        const size_t first = fds.size();
        for (Connection *c : m_connections) {
            // fds[first + 2i]: inside, fds[first + 2i + 1]: host
            short inside = 0, host = 0;
            if (c->in.len == 0 && !c->in.eof)
                inside |= POLLIN;
            if (c->in.len > 0)
                host |= POLLOUT;
            if (c->out.len == 0 && !c->out.eof)
                host |= POLLIN;
            if (c->out.len > 0)
                inside |= POLLOUT;
            // A side with nothing to wait for is left out (-1): a hung-up peer would otherwise
            // wake poll again and again while the other side drains.
            fds.push_back({inside ? c->in.from : -1, inside, 0});
            fds.push_back({host ? c->in.to : -1, host, 0});
        }
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds[0].revents)
            return;
        for (size_t i = 0; i < m_connections.size(); ++i) {
            Connection *c = m_connections[i];
            const short ri = fds[first + 2 * i].revents, rh = fds[first + 2 * i + 1].revents;
            const short in = POLLIN | POLLHUP | POLLERR;
            const short out = POLLOUT | POLLHUP | POLLERR;
            if (!pump(c->in, ri & in, rh & out) || !pump(c->out, rh & in, ri & out))
                c->dead = true;
            if (c->in.shut && c->out.shut)
                c->dead = true;
        }
        for (size_t i = 0; i < m_connections.size();) {
            Connection *c = m_connections[i];
            if (c->dead) {
                ::close(c->in.from);
                ::close(c->in.to);
                delete c;
                m_connections.erase(m_connections.begin() + long(i));
            } else {
                ++i;
            }
        }
        if (m_listener >= 0 && (fds[1].revents & POLLIN))
            accept();
    }
}

} // namespace sandbox
