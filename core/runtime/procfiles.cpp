#include "procfiles.h"

#include <QDeadlineTimer>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace lambdesk::procfiles {

// These run at the end of every invocation: no Qt file objects on the way.
QByteArray readSmall(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    char buf[4096];
    const ssize_t n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    return n > 0 ? QByteArray(buf, n) : QByteArray();
}

bool writeSmall(const QByteArray &path, const QByteArray &value)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const ssize_t n = ::write(fd, value.constData(), size_t(value.size()));
    ::close(fd);
    return n == value.size();
}

qint64 readNumber(const QByteArray &path)
{
    return readSmall(path).trimmed().toLongLong();
}

// "key value" lines (memory.events, memory.oom_control)
qint64 readKey(const QByteArray &path, QByteArrayView key)
{
    const QByteArray text = readSmall(path);
    for (const QByteArray &line : text.split('\n')) {
        // "oom_kill 3" in cgroup files, "VmHWM:\t  17408 kB" in /proc/N/status
        if (line.startsWith(key) && line.size() > key.size() && (line[key.size()] == ' ' || line[key.size()] == '\t'))
            return line.sliced(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QList<pid_t> readPids(const QByteArray &procsFile)
{
    QList<pid_t> pids;
    QFile f(QString::fromLocal8Bit(procsFile));
    if (!f.open(QIODevice::ReadOnly))
        return pids;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (const int pid = line.trimmed().toInt(); pid > 0)
            pids.append(pid);
    }
    return pids;
}

void killPids(const QList<pid_t> &pids)
{
    for (pid_t p : pids)
        ::kill(p, SIGKILL);
}

bool pidAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// Fields of /proc/<pid>/stat after the command: [3] session, [19] start time (clock ticks
// since boot). Empty when the process is gone.
QList<QByteArray> statFields(pid_t pid)
{
    const QByteArray stat = readSmall("/proc/" + QByteArray::number(pid) + "/stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || close + 2 >= stat.size())
        return {};
    return stat.mid(close + 2).split(' ');
}

qint64 startTime(pid_t pid)
{
    return statFields(pid).value(19).toLongLong();
}

int pidfdOpen(pid_t pid)
{
    return int(::syscall(SYS_pidfd_open, pid, 0));
}

bool pidfdKill(int fd)
{
    return ::syscall(SYS_pidfd_send_signal, fd, SIGKILL, nullptr, 0) == 0;
}

// Waits until the processes behind the pidfds `fds` have exited (at most timeoutMs in all),
// and closes them.
void awaitExit(const QList<int> &fds, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (const int fd : fds) {
        pollfd p{fd, POLLIN, 0};
        ::poll(&p, 1, int(std::max<qint64>(0, deadline.remainingTime())));
        ::close(fd);
    }
}

} // namespace lambdesk::procfiles
