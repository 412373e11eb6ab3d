#include "logstorethread.h"

namespace lambdesk {

LogStoreThread::LogStoreThread(const QString &path) : m_store(new LogStore(path))
{
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
    if (!ok && error)
        *error = message;
    return ok;
}

void LogStoreThread::append(QList<LogRecord> logs, QList<InvocationRecord> invocations)
{
    QMetaObject::invokeMethod(m_store,
                              handOff([store = m_store, logs = std::move(logs), invocations = std::move(invocations)] {
                                  store->append(logs, invocations);
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

} // namespace lambdesk
