#pragma once

#include <QtGlobal>

namespace lambdesk {

// Tells an environment that thrashes at its memory limit from one that merely uses it all.
//
// A cgroup at its limit reclaims file pages (the runtime's own code among them, when the
// environment was the first to read it) before the kernel's OOM killer acts; as long as that
// reclaim finds something, the kernel kills nothing. A process that then needs those pages
// again reads them back (a refault), which evicts others: a livelock that ran on for over 30 s
// here instead of a memory kill. Measured per monitor tick: the environment is at its limit and
// pages it gave up come back in; sustained for kMinMs over at least kMinTicks ticks, it thrashes.
// Pure: fed readings, it says when; the limits read the kernel and kill.
class ThrashWatch
{
public:
    struct Reading
    {
        qint64 nowMs = 0;       // a monotonic clock
        qint64 usageBytes = 0;  // charged to the environment now
        qint64 limitBytes = 0;  // its memory size
        qint64 refaults = -1;   // pages read back after eviction, cumulative (-1: not counted here)
        qint64 majorFaults = 0; // cumulative; stands in for refaults where the kernel counts none
    };

    static constexpr qint64 kMinMs = 1000;
    static constexpr int kMinTicks = 3;
    // Less than this read back in one tick is the odd page, not thrashing.
    static constexpr qint64 kMinRefaultPages = 64;

    // True once the environment has thrashed for long enough (and from then on while it does).
    bool feed(const Reading &r);
    // Pages read back since thrashing began, for the message.
    qint64 refaultedPages() const { return m_refaultedPages; }
    qint64 thrashingMs() const { return m_ticks > 0 ? m_lastMs - m_sinceMs : 0; }

private:
    bool m_primed = false; // a first reading to count from
    qint64 m_prevMs = 0;
    qint64 m_lastRefaults = 0;
    qint64 m_lastMajor = 0;
    qint64 m_sinceMs = 0;
    qint64 m_lastMs = 0;
    int m_ticks = 0; // consecutive thrashing ticks
    qint64 m_refaultedPages = 0;
};

} // namespace lambdesk
