#include "outputpipe.h"

#include "logformat.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace lambdesk {

namespace {
constexpr qint64 kMarkerIntervalNs = 1'000'000'000; // while a flood lasts: one marker a second

QString size(qint64 bytes)
{
    return bytes >= (1 << 20) && bytes % (1 << 20) == 0 ? QStringLiteral("%1 MB").arg(bytes >> 20)
                                                        : QStringLiteral("%1 bytes").arg(bytes);
}
} // namespace

OutputPipe::OutputPipe(QObject *parent) : QObject(parent)
{
    setLimits(Limits{});
}

OutputPipe::~OutputPipe()
{
    closeWriteEnd();
    if (m_readFd >= 0)
        ::close(m_readFd);
}

void OutputPipe::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_splitter = LineSplitter(limits.maxLine);
    m_tokens = double(limits.burstBytes);
    m_clock.start();
    m_refilledNs = 0;
    m_markerNs = 0;
}

bool OutputPipe::open()
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return false;
    m_readFd = fds[0];
    m_writeFd = fds[1];
    ::fcntl(m_readFd, F_SETFL, ::fcntl(m_readFd, F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(qintptr(m_readFd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { read(m_limits.readBudget); });
    return true;
}

void OutputPipe::closeWriteEnd()
{
    if (m_writeFd >= 0) {
        ::close(m_writeFd);
        m_writeFd = -1;
    }
}

void OutputPipe::drain()
{
    int available = 0;
    if (m_readFd >= 0 && ::ioctl(m_readFd, FIONREAD, &available) != 0)
        available = 0;
    read(available);
    if (m_droppedLines > 0) { // the invocation's own drops are said within it
        QList<QByteArray> marker;
        addMarker(marker);
        Q_EMIT linesRead(marker);
    }
}

void OutputPipe::refill()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_tokens = std::min(double(m_limits.burstBytes),
                        m_tokens + double(now - m_refilledNs) * double(m_limits.bytesPerSecond) / 1e9);
    m_refilledNs = now;
}

void OutputPipe::addMarker(QList<QByteArray> &out)
{
    out.append(logformat::outputDropped(m_droppedLines, m_droppedBytes,
                                        QStringLiteral("written faster than Lambdesk logs output (%1 at once, "
                                                       "then %2 a second)")
                                            .arg(size(m_limits.burstBytes), size(m_limits.bytesPerSecond)))
                   .toUtf8());
    m_droppedLines = 0;
    m_droppedBytes = 0;
    m_markerNs = m_clock.nsecsElapsed();
}

void OutputPipe::admit(QList<QByteArray> &&lines, QList<QByteArray> &out)
{
    if (lines.isEmpty())
        return;
    refill();
    for (QByteArray &line : lines) {
        const double cost = double(line.size() + m_limits.lineCost);
        if (m_tokens < cost) {
            ++m_droppedLines;
            ++m_totalDroppedLines;
            m_droppedBytes += line.size() + 1;
            continue;
        }
        m_tokens -= cost;
        if (m_droppedLines > 0 && m_clock.nsecsElapsed() - m_markerNs >= kMarkerIntervalNs)
            addMarker(out);
        out.append(std::move(line));
    }
}

void OutputPipe::read(qsizetype budget)
{
    if (m_readFd < 0)
        return;
    char buf[65536];
    QList<QByteArray> lines;
    qsizetype total = 0;
    while (total < budget) {
        const ssize_t n = ::read(m_readFd, buf, size_t(std::min<qsizetype>(sizeof buf, budget - total)));
        if (n > 0) {
            admit(m_splitter.feed(QByteArrayView(buf, n)), lines);
            total += n;
            continue;
        }
        if (n == 0 && m_notifier) // every writer closed: nothing more will come
            m_notifier->setEnabled(false);
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    if (!lines.isEmpty())
        Q_EMIT linesRead(lines);
}

void OutputPipe::finish()
{
    drain();
    QList<QByteArray> tail;
    admit(m_splitter.flush(), tail);
    if (m_droppedLines > 0)
        addMarker(tail);
    if (!tail.isEmpty())
        Q_EMIT linesRead(tail);
}

} // namespace lambdesk
