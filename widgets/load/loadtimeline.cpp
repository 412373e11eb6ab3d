#include "loadtimeline.h"

#include "metrics/durationhistogram.h"

#include <algorithm>

namespace lambdesk {

void LoadTimeline::reset(qint64 startedAtMs)
{
    m_startedAtMs = startedAtMs;
    m_seconds.clear();
    m_lastInFlight = 0;
    m_lastTarget = 0;
}

LoadTimeline::Second &LoadTimeline::second(qint64 elapsedMs)
{
    const qsizetype index = std::max<qint64>(0, elapsedMs / 1000);
    // A second with no batch had no start and no end: what was in flight stayed in flight.
    while (m_seconds.size() <= index) {
        Second s;
        s.peakInFlight = m_lastInFlight;
        s.target = m_lastTarget;
        m_seconds.append(s);
    }
    return m_seconds[index];
}

void LoadTimeline::add(const LoadProgress &progress)
{
    // A batch's invocations ended before its time; its peak was reached within it.
    for (const LoadSample &sample : progress.samples) {
        Second &s = second(sample.endMs);
        ++s.ended;
        if (sample.status == InvocationStatus::Throttled) {
            ++s.throttles;
            continue;
        }
        if (sample.status != InvocationStatus::Succeeded)
            ++s.errors;
        s.durations.append(sample.durationMs);
        s.sorted = false;
    }
    Second &now = second(progress.elapsedMs);
    now.peakInFlight = std::max(now.peakInFlight, progress.peakInFlight);
    now.target = std::max(now.target, progress.target);
    m_lastInFlight = progress.inFlight;
    m_lastTarget = progress.target;
}

void LoadTimeline::settle(Second &s)
{
    if (s.sorted)
        return;
    std::sort(s.durations.begin(), s.durations.end());
    s.p50 = metrics::nearestRank(s.durations, 50);
    s.p99 = metrics::nearestRank(s.durations, 99);
    s.sorted = true;
}

QList<qint64> LoadTimeline::times() const
{
    QList<qint64> out;
    out.reserve(m_seconds.size());
    for (qsizetype i = 0; i < m_seconds.size(); ++i)
        out.append(m_startedAtMs + i * 1000);
    return out;
}

namespace {

template<typename F>
QList<double> each(const QList<LoadTimeline::Second> &seconds, F f)
{
    QList<double> out;
    out.reserve(seconds.size());
    for (const LoadTimeline::Second &s : seconds)
        out.append(f(s));
    return out;
}

} // namespace

QList<double> LoadTimeline::peakInFlight() const
{
    return each(m_seconds, [](const Second &s) { return double(s.peakInFlight); });
}

QList<double> LoadTimeline::target() const
{
    return each(m_seconds, [](const Second &s) { return double(s.target); });
}

QList<double> LoadTimeline::throttles() const
{
    return each(m_seconds, [](const Second &s) { return double(s.throttles); });
}

QList<double> LoadTimeline::errors() const
{
    return each(m_seconds, [](const Second &s) { return double(s.errors); });
}

QList<double> LoadTimeline::p50()
{
    for (Second &s : m_seconds)
        settle(s);
    return each(m_seconds, [](const Second &s) { return s.p50; });
}

QList<double> LoadTimeline::p99()
{
    for (Second &s : m_seconds)
        settle(s);
    return each(m_seconds, [](const Second &s) { return s.p99; });
}

} // namespace lambdesk
