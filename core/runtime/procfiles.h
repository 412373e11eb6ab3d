#pragma once

// Small, allocation-light access to /proc and cgroup files, and to processes by pid or pidfd:
// what the resource limits and the orphan sweep read and signal. Internal to core/runtime.
#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <sys/types.h>

namespace lambdesk::procfiles {

QByteArray readSmall(const QByteArray &path); // at most 4 KiB; empty when unreadable
bool writeSmall(const QByteArray &path, const QByteArray &value);
qint64 readNumber(const QByteArray &path);
// "key value" lines (memory.events, memory.oom_control, /proc/N/status)
qint64 readKey(const QByteArray &path, QByteArrayView key);
QList<pid_t> readPids(const QByteArray &procsFile);
void killPids(const QList<pid_t> &pids);
bool pidAlive(qint64 pid);
// Fields of /proc/<pid>/stat after the command: [3] session, [19] start time (clock ticks
// since boot). Empty when the process is gone.
QList<QByteArray> statFields(pid_t pid);
qint64 startTime(pid_t pid);
int pidfdOpen(pid_t pid);
bool pidfdKill(int fd); // SIGKILL
// Waits until the processes behind the pidfds `fds` have exited (at most timeoutMs in all),
// and closes them.
void awaitExit(const QList<int> &fds, int timeoutMs);

} // namespace lambdesk::procfiles
