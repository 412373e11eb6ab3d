#include "socketowner.h"

#include <QByteArray>
#include <QFile>

#include <arpa/inet.h>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lambdesk::socketowner {

namespace {

// Asks the kernel (sock_diag) for the one TCP socket with this exact 4-tuple.
quint64 diagInode(const sockaddr_storage &peer, const sockaddr_storage &local)
{
    const int nl = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (nl < 0)
        return 0;
    struct
    {
        nlmsghdr nlh;
        inet_diag_req_v2 req;
    } msg;
    std::memset(&msg, 0, sizeof msg);
    msg.nlh.nlmsg_len = sizeof msg;
    msg.nlh.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    msg.nlh.nlmsg_flags = NLM_F_REQUEST; // no dump: an exact lookup by the 4-tuple
    msg.req.sdiag_family = quint8(peer.ss_family);
    msg.req.sdiag_protocol = IPPROTO_TCP;
    msg.req.idiag_states = ~0u;
    // The peer's socket: its source is the peer's address, its destination ours.
    if (peer.ss_family == AF_INET) {
        const auto *p = reinterpret_cast<const sockaddr_in *>(&peer);
        const auto *l = reinterpret_cast<const sockaddr_in *>(&local);
        msg.req.id.idiag_sport = p->sin_port;
        msg.req.id.idiag_dport = l->sin_port;
        std::memcpy(msg.req.id.idiag_src, &p->sin_addr, 4);
        std::memcpy(msg.req.id.idiag_dst, &l->sin_addr, 4);
    } else {
        const auto *p = reinterpret_cast<const sockaddr_in6 *>(&peer);
        const auto *l = reinterpret_cast<const sockaddr_in6 *>(&local);
        msg.req.id.idiag_sport = p->sin6_port;
        msg.req.id.idiag_dport = l->sin6_port;
        std::memcpy(msg.req.id.idiag_src, &p->sin6_addr, 16);
        std::memcpy(msg.req.id.idiag_dst, &l->sin6_addr, 16);
    }
    msg.req.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    msg.req.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
    sockaddr_nl kernel;
    std::memset(&kernel, 0, sizeof kernel);
    kernel.nl_family = AF_NETLINK;
    quint64 inode = 0;
    if (::sendto(nl, &msg, sizeof msg, 0, reinterpret_cast<const sockaddr *>(&kernel), sizeof kernel)
        == ssize_t(sizeof msg)) {
        alignas(nlmsghdr) char buf[8192];
        ssize_t n = ::recv(nl, buf, sizeof buf, 0);
        for (auto *h = reinterpret_cast<nlmsghdr *>(buf); n > 0 && NLMSG_OK(h, size_t(n)); h = NLMSG_NEXT(h, n)) {
            if (h->nlmsg_type == SOCK_DIAG_BY_FAMILY) {
                inode = reinterpret_cast<const inet_diag_msg *>(NLMSG_DATA(h))->idiag_inode;
                break;
            }
            if (h->nlmsg_type == NLMSG_ERROR || h->nlmsg_type == NLMSG_DONE)
                break;
        }
    }
    ::close(nl);
    return inode;
}

// Without sock_diag: the line of /proc/net/tcp (IPv4 only) whose local end is the peer and
// whose remote end is us.
quint64 procNetInode(const sockaddr_storage &peer, const sockaddr_storage &local)
{
    if (peer.ss_family != AF_INET)
        return 0;
    const auto *p = reinterpret_cast<const sockaddr_in *>(&peer);
    const auto *l = reinterpret_cast<const sockaddr_in *>(&local);
    // The kernel prints the address as the raw 32-bit word, the port in host order.
    const auto hex = [](const sockaddr_in *a) -> QByteArray {
        return QByteArray::number(quint32(a->sin_addr.s_addr), 16).toUpper().rightJustified(8, '0') + ':'
            + QByteArray::number(ntohs(a->sin_port), 16).toUpper().rightJustified(4, '0');
    };
    const QByteArray peerEnd = hex(p), ourEnd = hex(l); // as the peer's socket sees them: local, remote
    QFile f(QStringLiteral("/proc/net/tcp"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().simplified();
        const QList<QByteArray> cols = line.split(' ');
        if (cols.size() > 9 && cols[1] == peerEnd && cols[2] == ourEnd)
            return cols[9].toULongLong();
    }
    return 0;
}

} // namespace

quint64 peerInode(int fd)
{
    sockaddr_storage local, peer;
    socklen_t localLen = sizeof local, peerLen = sizeof peer;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLen) != 0
        || ::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLen) != 0)
        return 0;
    if (peer.ss_family != local.ss_family || (peer.ss_family != AF_INET && peer.ss_family != AF_INET6))
        return 0;
    if (const quint64 inode = diagInode(peer, local))
        return inode;
    return procNetInode(peer, local);
}

bool heldBy(const QList<pid_t> &pids, quint64 inode)
{
    if (inode == 0)
        return false;
    const QByteArray want = "socket:[" + QByteArray::number(inode) + ']';
    char link[64];
    for (const pid_t pid : pids) {
        const QByteArray dir = "/proc/" + QByteArray::number(pid) + "/fd";
        DIR *d = ::opendir(dir.constData());
        if (!d)
            continue;
        bool found = false;
        while (const dirent *e = ::readdir(d)) {
            if (e->d_name[0] == '.')
                continue;
            const ssize_t n = ::readlinkat(::dirfd(d), e->d_name, link, sizeof link);
            if (n == want.size() && std::memcmp(link, want.constData(), size_t(n)) == 0) {
                found = true;
                break;
            }
        }
        ::closedir(d);
        if (found)
            return true;
    }
    return false;
}

} // namespace lambdesk::socketowner
