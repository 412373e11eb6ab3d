#include "cgroupthrash.h"

#include "procfiles.h"

#include <chrono>
#include <unistd.h>

namespace lambdesk {

using namespace procfiles;

namespace {
constexpr qint64 kMb = 1024 * 1024;
}

CgroupThrash::CgroupThrash(QByteArray usageFile, QByteArray statFile, qint64 limitBytes)
    : m_usage(std::move(usageFile)), m_stat(std::move(statFile)), m_limit(limitBytes)
{}

QString CgroupThrash::check()
{
    if (m_fired)
        return {};
    ThrashWatch::Reading r;
    r.nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
                  .count();
    r.usageBytes = readNumber(m_usage);
    r.limitBytes = m_limit;
    // memory.stat: workingset_refault_file (Linux 5.9 on), workingset_refault before it;
    // pgmajfault in every version.
    const QByteArray stat = readSmall(m_stat);
    qint64 refaultFile = -1, refault = -1;
    for (const QByteArray &line : stat.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            continue;
        const QByteArrayView key = QByteArrayView(line).first(space);
        const qint64 value = line.sliced(space + 1).toLongLong();
        if (key == "workingset_refault_file")
            refaultFile = value;
        else if (key == "workingset_refault")
            refault = value;
        else if (key == "pgmajfault")
            r.majorFaults = value;
    }
    r.refaults = refaultFile >= 0 ? refaultFile : refault;
    if (!m_watch.feed(r))
        return {};
    m_fired = true;
    return QStringLiteral("Lambdesk: the environment stayed at its %1 MB memory size for %2 s, reading back %3 MB "
                          "of pages it had to give up (thrashing): out of memory, the environment was killed")
        .arg(m_limit / kMb)
        .arg(double(m_watch.thrashingMs()) / 1000.0, 0, 'f', 1)
        .arg((m_watch.refaultedPages() * sysconf(_SC_PAGESIZE) + kMb - 1) / kMb);
}

} // namespace lambdesk
