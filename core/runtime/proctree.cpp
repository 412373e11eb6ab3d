// The process tree of an environment read from /proc (resourcelimits.h, namespace procfs).
#include "procfiles.h"
#include "resourcelimits.h"

#include <QDir>
#include <QSet>

#include <unistd.h>

namespace lambdesk {

using namespace procfiles;

namespace procfs {

QList<Proc> tree(pid_t root)
{
    QList<Proc> all;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (!ok)
            continue;
        const QByteArray stat = readSmall("/proc/" + entry.toLatin1() + "/stat");
        // pid (comm) state ppid pgrp ... ; comm may contain spaces and parens
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> f = stat.mid(close + 2).split(' ');
        if (f.size() < 22)
            continue;
        all.append(Proc{pid, pid_t(f[1].toInt()), pid_t(f[2].toInt()), f[21].toLongLong() * sysconf(_SC_PAGESIZE)});
    }
    QSet<pid_t> members{root};
    QList<Proc> out;
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Proc &p : all) {
            if (!members.contains(p.pid) && (p.pgrp == root || members.contains(p.ppid))) {
                members.insert(p.pid);
                grew = true;
            }
        }
    }
    for (const Proc &p : all) {
        if (members.contains(p.pid))
            out.append(p);
    }
    return out;
}

qint64 peakRssBytes(pid_t pid)
{
    return readKey("/proc/" + QByteArray::number(pid) + "/status", "VmHWM:") * 1024;
}

} // namespace procfs

} // namespace lambdesk
