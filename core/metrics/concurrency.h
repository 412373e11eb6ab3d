#pragma once

#include <QList>

#include <utility>

namespace lambdesk::metrics {

// Running invocations as [start, end) in epoch ms: one that ends at t and one that starts at t
// never ran together.
using Interval = std::pair<qint64, qint64>;

// For each of `count` buckets of `bucketMs` from `fromMs`, the most intervals running at one
// instant inside the bucket (AWS's ConcurrentExecutions, Maximum).
QList<int> maxConcurrency(QList<Interval> intervals, qint64 fromMs, qint64 bucketMs, int count);

} // namespace lambdesk::metrics
