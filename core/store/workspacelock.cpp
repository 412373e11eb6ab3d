#include "workspacelock.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace lambdesk {

namespace {

// Workspaces locked by this process, by canonical folder. Checked before the lock file is
// opened: closing any descriptor of a file drops the process's record locks on it.
QMutex registryMutex;
QSet<QString> &registry()
{
    static QSet<QString> locked;
    return locked;
}

struct flock wholeFile(short type)
{
    struct flock l
    {};
    l.l_type = type;
    l.l_whence = SEEK_SET;
    l.l_start = 0;
    l.l_len = 0;
    return l;
}

} // namespace

std::unique_ptr<WorkspaceLock> WorkspaceLock::acquire(const QString &root, qint64 *holder, QString *problem)
{
    *holder = 0;
    const QString key = QFileInfo(root).canonicalFilePath();
    const QMutexLocker guard(&registryMutex);
    if (key.isEmpty() || registry().contains(key)) {
        if (key.isEmpty())
            *problem = QStringLiteral("Cannot open the workspace folder %1").arg(root);
        else
            *holder = ::getpid();
        return nullptr;
    }
    const QByteArray file = QFile::encodeName(key + QStringLiteral("/.lambdesk.lock"));
    const int fd = ::open(file.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        *problem =
            QStringLiteral("Cannot open %1: %2").arg(QFile::decodeName(file), QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }
    struct flock l = wholeFile(F_WRLCK);
    if (::fcntl(fd, F_SETLK, &l) != 0) {
        struct flock probe = wholeFile(F_WRLCK);
        if (::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK)
            *holder = probe.l_pid;
        ::close(fd);
        return nullptr;
    }
    // The holder's pid for people who look (the lock itself is the kernel's).
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) == 0)
        (void)!::pwrite(fd, pid.constData(), size_t(pid.size()), 0);
    registry().insert(key);
    return std::unique_ptr<WorkspaceLock>(new WorkspaceLock(fd, key));
}

WorkspaceLock::~WorkspaceLock()
{
    const QMutexLocker guard(&registryMutex);
    ::close(m_fd); // drops the record lock
    registry().remove(m_key);
}

} // namespace lambdesk
