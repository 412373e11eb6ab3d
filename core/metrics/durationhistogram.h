#pragma once

#include <QByteArray>
#include <QMap>

namespace lambdesk::metrics {

// Durations (ms) counted in fixed log-scale bins: 16 bins per doubling from 0.01 ms, so a bin
// is 4.4% wide and a percentile read from it is within 2.2% of the true value (then clamped
// to the bucket's exact min and max). What the per-minute buckets keep instead of every value;
// the last 15 minutes are computed from the stored invocations themselves, exactly.
class DurationHistogram
{
public:
    static constexpr int kBinsPerDoubling = 16;
    static constexpr double kLowestMs = 0.01;
    static constexpr int kBins = kBinsPerDoubling * 28; // up to 0.01 ms * 2^28 = 44 minutes

    static int binOf(double ms);
    // The geometric middle of a bin: what a percentile that falls in it reads.
    static double binValue(int bin);

    void add(double ms, qint64 count = 1);
    void merge(const DurationHistogram &other);
    qint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    // Nearest rank (the value at rank ceil(p/100 * n)), read from its bin; -1 when empty.
    // With the exact min and max of the values: the first rank is min, the last is max, and
    // a value read from a bin stays within them.
    double percentile(double p) const;
    double percentile(double p, double min, double max) const;

    // Sparse: (bin as 2 bytes, count as 4 bytes) per bin in use, little endian.
    QByteArray encode() const;
    static DurationHistogram decode(const QByteArray &bytes);

private:
    QMap<int, qint64> m_bins;
    qint64 m_count = 0;
};

// The nearest-rank percentile of values sorted ascending: the value at rank ceil(p/100 * n)
// (p50 of 1..10 is 5, p90 is 9, p99 is 10); -1 when there are none.
double nearestRank(const QList<double> &sorted, double p);

} // namespace lambdesk::metrics
