#include "logstorethread.h"

#include "runtime/logformat.h"

#include <QDateTime>

namespace lambdesk {

namespace {
// What a queued line costs in memory: its text (UTF-16) and its record.
qint64 queuedSize(const LogRecord &r)
{
    return 2 * qint64(r.line.text.size()) + 128;
}
} // namespace

LogStoreThread::LogStoreThread(const QString &path)
    : m_store(new LogStore(path)), m_journal(std::make_unique<LogStore>(path))
{
    m_store->setWriteGate(m_gate);
    m_journal->setWriteGate(m_gate);
    m_thread.setObjectName(QStringLiteral("lambdesk-logstore"));
    m_store->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_store, &QObject::deleteLater);
    m_thread.start();
}

LogStoreThread::~LogStoreThread()
{
    // Everything queued before this point is written before the thread ends.
    QMetaObject::invokeMethod(m_store, handOff([] {}), Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool LogStoreThread::open(QString *error)
{
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(m_store, handOff([&] { ok = m_store->open(&message); }), Qt::BlockingQueuedConnection);
    if (ok) // after the store: the tables exist
        ok = m_journal->open(&message);
    if (!ok && error)
        *error = message;
    return ok;
}

void LogStoreThread::append(QList<LogRecord> logs, QList<InvocationRecord> invocations)
{
    qint64 size = 0;
    const bool behind = m_queued.load() >= kMaxQueuedBytes;
    if (behind) {
        // The writer is behind: function output waits no more (platform lines are few, and
        // say how each invocation went).
        QList<LogRecord> kept;
        for (LogRecord &r : logs) {
            if (r.line.platform) {
                size += queuedSize(r);
                kept.append(std::move(r));
                continue;
            }
            Dropped &d = m_dropped[r.function];
            ++d.lines;
            d.bytes += r.line.text.toUtf8().size() + 1;
            d.version = r.version;
        }
        logs = std::move(kept);
    } else {
        for (auto it = m_dropped.cbegin(); it != m_dropped.cend(); ++it) {
            LogLine marker;
            marker.timeMs = QDateTime::currentMSecsSinceEpoch();
            marker.platform = true;
            marker.text = logformat::outputDropped(it->lines, it->bytes,
                                                   QStringLiteral("while the log writer was behind (more than %1 MB "
                                                                  "waiting to be written)")
                                                       .arg(kMaxQueuedBytes >> 20));
            logs.prepend(LogRecord{0, it.key(), it->version, {}, marker});
        }
        m_dropped.clear();
        for (const LogRecord &r : std::as_const(logs))
            size += queuedSize(r);
    }
    if (logs.isEmpty() && invocations.isEmpty())
        return;
    m_queued += size;
    QMetaObject::invokeMethod(m_store,
                              handOff([store = m_store, queued = &m_queued, size, logs = std::move(logs),
                                       invocations = std::move(invocations)] {
                                  store->append(logs, invocations);
                                  *queued -= size;
                              }),
                              Qt::QueuedConnection);
}

void LogStoreThread::post(std::function<void(LogStore &)> write)
{
    QMetaObject::invokeMethod(m_store, handOff([store = m_store, write = std::move(write)] { write(*store); }),
                              Qt::QueuedConnection);
}

void LogStoreThread::runBlocking(const std::function<void(LogStore &)> &query)
{
    QMetaObject::invokeMethod(m_store, handOff([&] { query(*m_store); }), Qt::BlockingQueuedConnection);
}

bool LogStoreThread::saveAsyncEvent(const AsyncQueue::Snapshot &event)
{
    return m_journal->saveAsyncEvent(event);
}

bool LogStoreThread::removeAsyncEvent(const QString &requestId)
{
    return m_journal->removeAsyncEvent(requestId);
}

QList<AsyncQueue::Snapshot> LogStoreThread::asyncEvents() const
{
    return m_journal->asyncEvents();
}

} // namespace lambdesk
