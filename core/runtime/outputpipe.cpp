#include "outputpipe.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace lambdesk {

OutputPipe::OutputPipe(QObject *parent) : QObject(parent)
{}

OutputPipe::~OutputPipe()
{
    closeWriteEnd();
    if (m_readFd >= 0)
        ::close(m_readFd);
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
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { read(1 << 20); });
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
    read(-1);
}

void OutputPipe::read(qsizetype budget)
{
    if (m_readFd < 0)
        return;
    char buf[65536];
    QList<QByteArray> lines;
    qsizetype total = 0;
    for (;;) {
        const ssize_t n = ::read(m_readFd, buf, sizeof buf);
        if (n > 0) {
            lines.append(m_splitter.feed(QByteArrayView(buf, n)));
            total += n;
            if (lines.size() >= 4096) {
                Q_EMIT linesRead(std::exchange(lines, {}));
            }
            if (budget >= 0 && total >= budget)
                break; // a flood: the notifier brings us back after other events had a turn
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
    const QList<QByteArray> tail = m_splitter.flush();
    if (!tail.isEmpty())
        Q_EMIT linesRead(tail);
}

} // namespace lambdesk
