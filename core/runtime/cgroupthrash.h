#pragma once

#include "thrashwatch.h"

#include <QByteArray>
#include <QString>

namespace lambdesk {

// ThrashWatch fed from one environment's memory cgroup (v1 or v2: the files differ, the
// figures do not): its usage, its limit, and memory.stat's refaults and major faults.
class CgroupThrash
{
public:
    CgroupThrash(QByteArray usageFile, QByteArray statFile, qint64 limitBytes);
    // Reads the cgroup now; the line for the log once the environment has thrashed at its
    // limit long enough (it should then be killed), empty otherwise.
    // Once only: after that the environment is being killed, and check() says nothing more.
    QString check();
    // Whether check() found the environment thrashing (and so it was killed for its memory).
    bool fired() const { return m_fired; }

private:
    QByteArray m_usage, m_stat;
    qint64 m_limit;
    ThrashWatch m_watch;
    bool m_fired = false;
};

} // namespace lambdesk
