#include "durationhistogram.h"

#include <QtEndian>

#include <cmath>

namespace lambdesk::metrics {

int DurationHistogram::binOf(double ms)
{
    if (!(ms > kLowestMs))
        return 0;
    const int bin = int(std::floor(std::log2(ms / kLowestMs) * kBinsPerDoubling));
    return std::clamp(bin, 0, kBins - 1);
}

double DurationHistogram::binValue(int bin)
{
    return kLowestMs * std::exp2((bin + 0.5) / kBinsPerDoubling);
}

void DurationHistogram::add(double ms, qint64 count)
{
    if (count <= 0)
        return;
    m_bins[binOf(ms)] += count;
    m_count += count;
}

void DurationHistogram::merge(const DurationHistogram &other)
{
    for (auto it = other.m_bins.cbegin(); it != other.m_bins.cend(); ++it)
        m_bins[it.key()] += it.value();
    m_count += other.m_count;
}

double DurationHistogram::percentile(double p) const
{
    if (m_count == 0)
        return -1;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(m_count) - 1e-9)));
    qint64 seen = 0;
    for (auto it = m_bins.cbegin(); it != m_bins.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return binValue(it.key());
    }
    return binValue(m_bins.lastKey());
}

double DurationHistogram::percentile(double p, double min, double max) const
{
    if (m_count == 0)
        return -1;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(m_count) - 1e-9)));
    if (rank >= m_count)
        return max;
    if (rank == 1)
        return min;
    return std::clamp(percentile(p), min, max);
}

QByteArray DurationHistogram::encode() const
{
    QByteArray out(m_bins.size() * 6, Qt::Uninitialized);
    char *p = out.data();
    for (auto it = m_bins.cbegin(); it != m_bins.cend(); ++it) {
        qToLittleEndian<quint16>(quint16(it.key()), p);
        qToLittleEndian<quint32>(quint32(std::min<qint64>(it.value(), 0xffffffffLL)), p + 2);
        p += 6;
    }
    return out;
}

DurationHistogram DurationHistogram::decode(const QByteArray &bytes)
{
    DurationHistogram h;
    const char *p = bytes.constData();
    for (qsizetype i = 0; i + 6 <= bytes.size(); i += 6) {
        const int bin = qFromLittleEndian<quint16>(p + i);
        const qint64 count = qFromLittleEndian<quint32>(p + i + 2);
        if (bin < kBins && count > 0) {
            h.m_bins[bin] += count;
            h.m_count += count;
        }
    }
    return h;
}

double nearestRank(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return -1;
    const qsizetype n = sorted.size();
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(n) - 1e-9)), 1, n);
    return sorted.at(rank - 1);
}

} // namespace lambdesk::metrics
