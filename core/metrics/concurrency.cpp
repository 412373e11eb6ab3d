#include "concurrency.h"

#include <algorithm>

namespace lambdesk::metrics {

QList<int> maxConcurrency(QList<Interval> intervals, qint64 fromMs, qint64 bucketMs, int count)
{
    QList<int> out(std::max(count, 0), 0);
    if (count <= 0 || bucketMs <= 0)
        return out;
    // Events (time, +1 start / -1 end); at the same instant ends go first.
    QList<std::pair<qint64, int>> events;
    events.reserve(intervals.size() * 2);
    for (const auto &[start, end] : intervals) {
        if (end <= start)
            continue; // ran for no time: never concurrent with anything
        events.append({start, +1});
        events.append({end, -1});
    }
    std::sort(events.begin(), events.end());
    int running = 0;
    qsizetype i = 0;
    // Everything before the first bucket only sets how many run when it begins.
    while (i < events.size() && events.at(i).first < fromMs)
        running += events.at(i++).second;
    for (int b = 0; b < count; ++b) {
        const qint64 start = fromMs + qint64(b) * bucketMs;
        const qint64 end = start + bucketMs;
        // What runs at the bucket's first instant: after the ends and starts at that instant.
        while (i < events.size() && events.at(i).first <= start)
            running += events.at(i++).second;
        int most = running;
        while (i < events.size() && events.at(i).first < end) {
            running += events.at(i++).second;
            most = std::max(most, running);
        }
        out[b] = most;
    }
    return out;
}

} // namespace lambdesk::metrics
