#pragma once

#include <QList>

#include <sys/types.h>

// Who is at the other end of a loopback TCP connection: the Runtime API lets only the processes
// of its own execution environment in.
namespace lambdesk::socketowner {

// The inode of the socket at the other end of the connected TCP socket `fd` (an accepted
// loopback connection, so the other end is on this machine); 0 when it cannot be found (the
// peer closed it already, or the kernel does not say).
quint64 peerInode(int fd);

// Whether one of `pids` has the socket `inode` open (scans only their /proc/<pid>/fd).
bool heldBy(const QList<pid_t> &pids, quint64 inode);

} // namespace lambdesk::socketowner
