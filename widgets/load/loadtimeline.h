#pragma once

#include "invoke/loadrunner.h"

#include <QList>

namespace lambdesk {

// A load run's batches of progress gathered per second, as the load dialog's charts show them:
// the most invocations in flight and the concurrency asked for, throttles and function errors,
// and the p50/p99 of the durations of the invocations that ended in that second.
class LoadTimeline
{
public:
    struct Second
    {
        int peakInFlight = 0;
        int target = 0;
        int ended = 0;
        int throttles = 0;
        int errors = 0; // function errors and timeouts
        QList<double> durations;
        double p50 = -1; // -1: nothing ran in that second
        double p99 = -1;
        bool sorted = true;
    };

    void reset(qint64 startedAtMs);
    void add(const LoadProgress &progress);

    qint64 startedAtMs() const { return m_startedAtMs; }
    int size() const { return int(m_seconds.size()); }
    const Second &at(int second) const { return m_seconds.at(second); }
    // Each second's start, epoch ms.
    QList<qint64> times() const;
    // One value per second; durations: -1 where nothing ran.
    QList<double> peakInFlight() const;
    QList<double> target() const;
    QList<double> throttles() const;
    QList<double> errors() const;
    // Sorts the seconds that got durations since the last call.
    QList<double> p50();
    QList<double> p99();

private:
    Second &second(qint64 elapsedMs);
    static void settle(Second &s);

    qint64 m_startedAtMs = 0;
    QList<Second> m_seconds;
    int m_lastInFlight = 0; // at the previous batch: what the seconds without one had in flight
    int m_lastTarget = 0;
};

} // namespace lambdesk
