// Backend: local queues and the event source mappings that poll them into functions
// (core/triggers). The queues live in their own SQLite database beside lambdesk.db.
#include "backend.h"
#include "store/workspace.h"

#include <QTimer>

namespace lambdesk {

namespace {
constexpr int kExpiryIntervalMs = 60000;
constexpr int kCountsCoalesceMs = 100;
} // namespace

Status Backend::openQueues()
{
    m_queueStore = std::make_unique<QueueStore>(m_workspace->root() + QStringLiteral("/queues.db"));
    m_queueStore->setRegion(m_options.region);
    if (auto s = m_queueStore->open(); !s) {
        m_queueStore.reset();
        return s;
    }
    m_queueStore->expire();
    connect(m_queueStore.get(), &QueueStore::queuesChanged, this, &Backend::queuesChanged);
    m_queueCounts = new QTimer(this);
    m_queueCounts->setSingleShot(true);
    m_queueCounts->setInterval(kCountsCoalesceMs);
    connect(m_queueCounts, &QTimer::timeout, this, [this] {
        const QSet<QString> queues = std::exchange(m_countsChanged, {});
        for (const QString &q : queues)
            Q_EMIT queueCountsChanged(q);
    });
    connect(m_queueStore.get(), &QueueStore::countsChanged, this, [this](const QString &queue) {
        m_countsChanged.insert(queue);
        if (!m_queueCounts->isActive())
            m_queueCounts->start();
    });
    m_queueExpiry = new QTimer(this);
    m_queueExpiry->setInterval(kExpiryIntervalMs);
    connect(m_queueExpiry, &QTimer::timeout, this, [this] {
        if (m_queueStore)
            m_queueStore->expire();
    });
    m_queueExpiry->start();

    m_mappings = new EventSourceMappings(
        m_queueStore.get(),
        [this](InvokeRequest request, InvokeCallback done) { invoke(std::move(request), std::move(done)); },
        [this](const QString &name, const QString &qualifier) -> std::optional<Error> {
            if (m_broken.contains(name))
                return std::nullopt; // it may be repaired; its invocations fail meanwhile
            Error error = notFound(name);
            if (!resolve(name, qualifier, &error))
                return error;
            return std::nullopt;
        },
        this);
    m_mappings->setRegion(m_options.region);
    connect(m_mappings, &EventSourceMappings::mappingsChanged, this, &Backend::eventSourceMappingsChanged);
    connect(m_mappings, &EventSourceMappings::note, this,
            [this](const QString &function, const QString &text) { addPlatformNote(function, {}, text); });
    m_mappings->start(m_options.pollQueues);
    // Destinations and dead-letter targets may name the local queues.
    QueueSink sink;
    sink.exists = [this](const QString &queue) { return m_queueStore && m_queueStore->exists(queue); };
    sink.send = [this](const QString &queue, const QByteArray &body) -> Status {
        if (!m_queueStore)
            return Error{Error::Kind::Conflict, QStringLiteral("The local queues are closed"), {}};
        return m_queueStore->send(queue, body);
    };
    sink.list = [this] {
        QStringList names;
        if (m_queueStore)
            for (const QueueInfo &q : m_queueStore->listQueues())
                names << q.name;
        return names;
    };
    setQueueSink(std::move(sink));
    return Ok{};
}

void Backend::closeQueues()
{
    setQueueSink({});
    if (m_mappings) {
        m_mappings->stop();
        delete m_mappings;
        m_mappings = nullptr;
    }
    delete m_queueCounts;
    m_queueCounts = nullptr;
    delete m_queueExpiry;
    m_queueExpiry = nullptr;
    m_countsChanged.clear();
    if (m_queueStore)
        m_queueStore->close();
    m_queueStore.reset();
}

static Error queuesClosed()
{
    return Error{Error::Kind::Unavailable, QStringLiteral("The backend is not running; queues are not open"), {}};
}

Result<QueueInfo> Backend::createQueue(const QString &name, const QueueAttributes &attributes)
{
    if (!m_queueStore)
        return queuesClosed();
    return m_queueStore->createQueue(name, attributes);
}

Status Backend::deleteQueue(const QString &name)
{
    if (!m_queueStore)
        return queuesClosed();
    if (!m_queueStore->exists(name))
        return m_queueStore->deleteQueue(name); // its NotFound
    const auto mappings = m_mappings->list({}, name);
    if (!mappings.isEmpty())
        return Error::conflict(QStringLiteral("Queue %1 is the event source of mapping %2 (function %3); delete the "
                                              "mapping first")
                                   .arg(name, mappings.first().uuid, mappings.first().function));
    return m_queueStore->deleteQueue(name);
}

QList<QueueInfo> Backend::listQueues() const
{
    return m_queueStore ? m_queueStore->listQueues() : QList<QueueInfo>{};
}

Result<QueueInfo> Backend::getQueue(const QString &name) const
{
    if (!m_queueStore)
        return queuesClosed();
    return m_queueStore->queue(name);
}

Result<QueueMessage> Backend::sendQueueMessage(const QString &queue, const QByteArray &body, int delaySeconds)
{
    if (!m_queueStore)
        return queuesClosed();
    return m_queueStore->sendMessage(queue, body, delaySeconds);
}

Result<QList<QueueMessage>> Backend::peekQueue(const QString &queue, int limit) const
{
    if (!m_queueStore)
        return queuesClosed();
    return m_queueStore->peek(queue, limit);
}

Result<int> Backend::purgeQueue(const QString &queue)
{
    if (!m_queueStore)
        return queuesClosed();
    return m_queueStore->purge(queue);
}

Result<int> Backend::redriveQueue(const QString &deadLetterQueue)
{
    if (!m_queueStore)
        return queuesClosed();
    return m_queueStore->redrive(deadLetterQueue);
}

QString Backend::queueArn(const QString &name) const
{
    return QStringLiteral("arn:aws:sqs:%1:000000000000:%2").arg(m_options.region, name);
}

Result<EventSourceMapping> Backend::createEventSourceMapping(const MappingChange &change)
{
    if (!m_mappings)
        return queuesClosed();
    return m_mappings->create(change);
}

Result<EventSourceMapping> Backend::updateEventSourceMapping(const QString &uuid, const MappingChange &change)
{
    if (!m_mappings)
        return queuesClosed();
    return m_mappings->update(uuid, change);
}

Result<EventSourceMapping> Backend::deleteEventSourceMapping(const QString &uuid)
{
    if (!m_mappings)
        return queuesClosed();
    return m_mappings->remove(uuid);
}

Result<EventSourceMapping> Backend::getEventSourceMapping(const QString &uuid) const
{
    if (!m_mappings)
        return queuesClosed();
    return m_mappings->get(uuid);
}

QList<EventSourceMapping> Backend::listEventSourceMappings(const QString &function, const QString &queue) const
{
    return m_mappings ? m_mappings->list(function, queue) : QList<EventSourceMapping>{};
}

} // namespace lambdesk
