#pragma once

#include <QString>

#include <memory>

namespace lambdesk {

// One Lambdesk process per workspace. A POSIX record lock (fcntl F_SETLK) on the workspace's
// .lambdesk.lock: it belongs to the process, so it goes with the process however that ends,
// and a child forked but not yet exec'd never holds it. (QLockFile's flock is shared with such
// a child: a `serve` killed while it was starting an interpreter left its workspace locked
// until the child exec'd.) Record locks never conflict within one process, so a process-wide
// registry refuses a second lock on the same workspace here as well.
class WorkspaceLock
{
public:
    // The lock on `root`'s lock file, or nullptr when another Lambdesk (or another Workspace
    // in this process) holds it; *holder is then that process's pid (0 when unknown).
    // *problem says why no lock could be taken at all (the file cannot be opened).
    static std::unique_ptr<WorkspaceLock> acquire(const QString &root, qint64 *holder, QString *problem);
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

private:
    WorkspaceLock(int fd, QString key) : m_fd(fd), m_key(std::move(key)) {}
    int m_fd;
    QString m_key;
};

} // namespace lambdesk
