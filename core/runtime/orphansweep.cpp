#include "orphansweep.h"

#include "procfiles.h"
#include "resourcelimits.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringList>

#include <unistd.h>

namespace lambdesk {

using namespace procfiles;

namespace {

// "lambdesk-<pid>-<start>", or "lambdesk-<pid>" of runs before start times were recorded.
bool ownerAlive(const QString &entry)
{
    const QStringList parts = entry.mid(9).split(u'-');
    bool ok = false;
    const qint64 pid = parts.value(0).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    if (parts.size() < 2)
        return pidAlive(pid);
    return startTime(pid_t(pid)) == parts.value(1).toLongLong();
}

// SIGKILL to every process in the cgroup `dir` and below. `rel` is the folder as
// /proc/<pid>/cgroup names it: each process is checked to be in it once a pidfd pins it, so a
// pid reused in between is never hit.
void killCgroupTree(const QByteArray &dir, const QByteArray &rel, QList<int> &dying)
{
    const QDir d(QString::fromLocal8Bit(dir));
    for (const QString &child : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        killCgroupTree(dir + '/' + QFile::encodeName(child), rel + '/' + QFile::encodeName(child), dying);
    for (const pid_t pid : readPids(dir + "/cgroup.procs")) {
        const int fd = pidfdOpen(pid);
        if (fd < 0)
            continue;
        const QByteArray cgroups = readSmall("/proc/" + QByteArray::number(qint64(pid)) + "/cgroup");
        if (cgroups.contains(QByteArray(':' + rel + '\n')) && pidfdKill(fd))
            dying.append(fd);
        else
            ::close(fd);
    }
}

void removeCgroupTree(const QByteArray &dir)
{
    const QDir d(QString::fromLocal8Bit(dir));
    for (const QString &child : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        removeCgroupTree(dir + '/' + QFile::encodeName(child));
    ::rmdir(dir.constData());
}

} // namespace

namespace orphans {

// Folders of earlier Lambdesk processes that are gone: what still runs in them (a handler's
// child that outlived a Lambdesk killed with SIGKILL) is ended, then the folders are removed.
// `mount` is the hierarchy's mount point, `parent` the folder that holds ours.
void sweepStale(const QByteArray &mount, const QByteArray &parent)
{
    const QDir dir(QString::fromLocal8Bit(parent));
    QList<QByteArray> stale;
    QList<int> dying;
    for (const QString &entry : dir.entryList({QStringLiteral("lambdesk-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (ownerAlive(entry))
            continue;
        const QByteArray path = parent + '/' + QFile::encodeName(entry);
        killCgroupTree(path, path.mid(mount.size()), dying);
        stale.append(path);
    }
    awaitExit(dying, 5000); // a cgroup can be removed once its processes are gone
    for (const QByteArray &path : stale)
        removeCgroupTree(path);
}

} // namespace orphans

void ResourceControl::recordRuntime(const QString &file, pid_t pid)
{
    QSaveFile f(file);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QByteArray::number(qint64(pid)) + ' ' + QByteArray::number(startTime(pid)) + '\n');
        f.commit();
    }
}

int ResourceControl::endRecorded(const QString &scratchRoot)
{
    QList<int> dying;
    const QDir root(scratchRoot);
    const QStringList procs = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &env : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(root.filePath(env + QStringLiteral("/runtime.pid")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> record = f.readAll().trimmed().split(' ');
        const qint64 session = record.value(0).toLongLong();
        const qint64 started = record.value(1).toLongLong();
        if (session <= 0 || started <= 0 || session == ::getpid())
            continue;
        // The runtime led its session. If a process has its pid but another start time, the
        // session ended long ago and that pid is someone else's now: nothing of ours is left.
        const qint64 leader = startTime(pid_t(session));
        if (leader != 0 && leader != started)
            continue;
        for (const QString &entry : procs) {
            bool ok = false;
            const pid_t pid = pid_t(entry.toInt(&ok));
            if (!ok || pid == ::getpid())
                continue;
            const auto belongs = [&] {
                const QList<QByteArray> fields = statFields(pid);
                return fields.value(3).toLongLong() == session && fields.value(19).toLongLong() >= started;
            };
            if (!belongs())
                continue;
            const int fd = pidfdOpen(pid);
            if (fd < 0)
                continue;
            if (belongs() && pidfdKill(fd)) // checked again now that the pid cannot be reused
                dying.append(fd);
            else
                ::close(fd);
        }
    }
    const int ended = int(dying.size());
    awaitExit(dying, 5000);
    return ended;
}

} // namespace lambdesk
