#include "thrashwatch.h"

#include <algorithm>

namespace lambdesk {

bool ThrashWatch::feed(const Reading &r)
{
    const bool primed = m_primed;
    const qint64 prevMs = m_prevMs;
    const qint64 readBack = primed && r.refaults >= 0 ? r.refaults - m_lastRefaults : 0;
    const qint64 major = primed ? r.majorFaults - m_lastMajor : 0;
    m_primed = true;
    m_prevMs = r.nowMs;
    m_lastRefaults = std::max<qint64>(r.refaults, 0);
    m_lastMajor = r.majorFaults;

    // At the limit: within 1/32 of it (4 MB at 128 MB), at least 1 MB.
    const qint64 margin = std::max<qint64>(r.limitBytes / 32, 1024 * 1024);
    const bool atLimit = r.limitBytes > 0 && r.usageBytes >= r.limitBytes - margin;
    const bool comingBack = r.refaults >= 0 ? readBack >= kMinRefaultPages : major > 0;
    if (!primed || !atLimit || !comingBack) {
        m_ticks = 0;
        m_refaultedPages = 0;
        return false;
    }
    if (m_ticks++ == 0)
        m_sinceMs = prevMs; // the pages came back since the reading before
    m_lastMs = r.nowMs;
    m_refaultedPages += std::max<qint64>(readBack, 0);
    return m_ticks >= kMinTicks && r.nowMs - m_sinceMs >= kMinMs;
}

} // namespace lambdesk
