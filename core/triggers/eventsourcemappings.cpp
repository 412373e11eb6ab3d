#include "eventsourcemappings.h"

#include "queuestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include <climits>

namespace lambdesk {

namespace {

constexpr int kBackoffMs = 1000;        // after an invocation that could not run
constexpr int kThrottleBackoffMs = 100; // after a throttle: the other batches go on

// A JSON string of UTF-8 bytes (escaping works byte by byte: no byte of a multi-byte
// sequence is below 0x80).
void appendString(QByteArray &out, QByteArrayView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendString(QByteArray &out, const QString &text)
{
    appendString(out, QByteArrayView(text.toUtf8()));
}

// name, name:qualifier, or arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]
bool splitFunction(const QString &text, QString *name, QString *qualifier)
{
    static const QRegularExpression arn(
        QStringLiteral("^(?:arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:)?([A-Za-z0-9_-]{1,64})(?::([A-Za-z0-9$_-]{1,128}))?$"));
    const auto m = arn.match(text);
    if (!m.hasMatch())
        return false;
    *name = m.captured(1);
    *qualifier = m.captured(2);
    return true;
}

} // namespace

QByteArray EventSourceMapping::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("uuid"), uuid},
                                     {QStringLiteral("function"), function},
                                     {QStringLiteral("qualifier"), qualifier},
                                     {QStringLiteral("queue"), queue},
                                     {QStringLiteral("batchSize"), batchSize},
                                     {QStringLiteral("batchingWindowS"), batchingWindowS},
                                     {QStringLiteral("maximumConcurrency"), maximumConcurrency},
                                     {QStringLiteral("reportBatchItemFailures"), reportBatchItemFailures},
                                     {QStringLiteral("enabled"), enabled},
                                     {QStringLiteral("lastModifiedMs"), double(lastModifiedMs)}})
        .toJson(QJsonDocument::Compact);
}

std::optional<EventSourceMapping> EventSourceMapping::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    EventSourceMapping m;
    m.uuid = o.value(u"uuid").toString();
    m.function = o.value(u"function").toString();
    m.queue = o.value(u"queue").toString();
    if (m.uuid.isEmpty() || m.function.isEmpty() || m.queue.isEmpty())
        return std::nullopt;
    m.qualifier = o.value(u"qualifier").toString();
    m.batchSize = qBound(1, o.value(u"batchSize").toInt(10), 10000);
    m.batchingWindowS = qBound(0, o.value(u"batchingWindowS").toInt(0), 300);
    m.maximumConcurrency = qBound(0, o.value(u"maximumConcurrency").toInt(0), 1000);
    m.reportBatchItemFailures = o.value(u"reportBatchItemFailures").toBool();
    m.enabled = o.value(u"enabled").toBool(true);
    m.lastModifiedMs = qint64(o.value(u"lastModifiedMs").toDouble());
    return m;
}

EventSourceMappings::EventSourceMappings(QueueStore *store, Invoke invoke, CheckFunction check, QObject *parent)
    : QObject(parent), m_store(store), m_invoke(std::move(invoke)), m_check(std::move(check))
{
    connect(m_store, &QueueStore::messagesAvailable, this, &EventSourceMappings::pumpQueue);
}

EventSourceMappings::~EventSourceMappings()
{
    stop();
}

void EventSourceMappings::start(bool poll)
{
    m_mappings.clear();
    const auto rows = m_store->mappings();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (auto m = EventSourceMapping::fromJson(it.value()))
            m_mappings.insert(m->uuid, *m);
        else
            qWarning("Event source mapping %s cannot be read; ignored", qPrintable(it.key()));
    }
    m_running = poll;
    if (!poll)
        return;
    for (auto it = m_mappings.cbegin(); it != m_mappings.cend(); ++it)
        QTimer::singleShot(0, this, [this, uuid = it.key()] { pump(uuid); });
}

void EventSourceMappings::stop()
{
    m_running = false;
    ++m_generation; // answers of running batches are ignored
    const QStringList ids = m_pollers.keys();
    for (const QString &id : ids)
        dropPoller(id);
}

EventSourceMappings::Poller &EventSourceMappings::poller(const QString &uuid)
{
    Poller &p = m_pollers[uuid];
    if (!p.wake) {
        p.generation = m_generation;
        p.wake = new QTimer(this);
        p.wake->setSingleShot(true);
        connect(p.wake, &QTimer::timeout, this, [this, uuid] { pump(uuid); });
    }
    return p;
}

void EventSourceMappings::dropPoller(const QString &uuid)
{
    auto it = m_pollers.find(uuid);
    if (it == m_pollers.end())
        return;
    delete it->wake;
    m_pollers.erase(it);
}

std::optional<Error> EventSourceMappings::validate(EventSourceMapping &m, const MappingChange &c, bool creating) const
{
    if (c.function) {
        if (!splitFunction(*c.function, &m.function, &m.qualifier))
            return Error::invalid(QStringLiteral("FunctionName"),
                                  QStringLiteral("FunctionName '%1' is not a function name, name:qualifier or "
                                                 "function ARN")
                                      .arg(*c.function));
    } else if (creating) {
        return Error::invalid(QStringLiteral("FunctionName"), QStringLiteral("FunctionName is required"));
    }
    if (c.eventSourceArn) {
        if (!creating)
            return Error::invalid(QStringLiteral("EventSourceArn"),
                                  QStringLiteral("EventSourceArn cannot be changed; delete the mapping and create "
                                                 "another"));
        const QString name = QueueStore::nameFromArn(*c.eventSourceArn);
        if (name.isEmpty() || !m_store->exists(name))
            return Error::invalid(
                QStringLiteral("EventSourceArn"),
                QStringLiteral("EventSourceArn %1 does not name a local queue (arn:aws:sqs:REGION:ACCOUNT:NAME of a "
                               "queue made with `lambdesk queue create` or the Queues page)")
                    .arg(*c.eventSourceArn));
        m.queue = name;
    } else if (creating) {
        return Error::invalid(QStringLiteral("EventSourceArn"),
                              QStringLiteral("EventSourceArn is required (the ARN of a local queue)"));
    }
    if (c.batchSize)
        m.batchSize = *c.batchSize;
    if (c.batchingWindowS)
        m.batchingWindowS = *c.batchingWindowS;
    if (c.maximumConcurrency)
        m.maximumConcurrency = *c.maximumConcurrency;
    if (c.enabled)
        m.enabled = *c.enabled;
    if (c.functionResponseTypes) {
        m.reportBatchItemFailures = false;
        for (const QString &t : *c.functionResponseTypes) {
            if (t != u"ReportBatchItemFailures")
                return Error::invalid(QStringLiteral("FunctionResponseTypes"),
                                      QStringLiteral("FunctionResponseTypes: '%1' is not a response type; the one "
                                                     "valid value is ReportBatchItemFailures")
                                          .arg(t));
            m.reportBatchItemFailures = true;
        }
    }
    if (m.batchSize < 1 || m.batchSize > 10000)
        return Error::invalid(QStringLiteral("BatchSize"),
                              QStringLiteral("BatchSize %1 is out of range: it must be from 1 to 10000 for an SQS "
                                             "queue")
                                  .arg(m.batchSize));
    if (m.batchingWindowS < 0 || m.batchingWindowS > 300)
        return Error::invalid(QStringLiteral("MaximumBatchingWindowInSeconds"),
                              QStringLiteral("MaximumBatchingWindowInSeconds %1 is out of range: it must be from 0 to "
                                             "300")
                                  .arg(m.batchingWindowS));
    if (m.batchSize > 10 && m.batchingWindowS < 1)
        return Error::invalid(QStringLiteral("MaximumBatchingWindowInSeconds"),
                              QStringLiteral("Maximum batch window in seconds must be greater than 0 if maximum batch "
                                             "size is greater than 10 (MaximumBatchingWindowInSeconds at least 1 "
                                             "for BatchSize %1)")
                                  .arg(m.batchSize));
    if (m.maximumConcurrency != 0 && (m.maximumConcurrency < 2 || m.maximumConcurrency > 1000))
        return Error::invalid(QStringLiteral("ScalingConfig"),
                              QStringLiteral("ScalingConfig.MaximumConcurrency %1 is out of range: it must be from 2 "
                                             "to 1000")
                                  .arg(m.maximumConcurrency));
    // The function is checked when it is named (a mapping whose function was deleted can still
    // be disabled or deleted).
    if (m_check && (creating || c.function))
        if (auto e = m_check(m.function, m.qualifier))
            return e;
    if (creating) {
        for (const EventSourceMapping &other : m_mappings) {
            if (other.function == m.function && other.qualifier == m.qualifier && other.queue == m.queue)
                return Error::conflict(
                    QStringLiteral("An event source mapping with SQS arn (\" %1 \") and function (\" %2 \") already "
                                   "exists. Please update or delete the existing mapping with UUID %3")
                        .arg(m_store->arn(m.queue), m.function, other.uuid));
        }
    }
    return std::nullopt;
}

bool EventSourceMappings::persist(const EventSourceMapping &m)
{
    return m_store->saveMapping(m.uuid, m.toJson());
}

Result<EventSourceMapping> EventSourceMappings::create(const MappingChange &change)
{
    EventSourceMapping m;
    if (auto e = validate(m, change, true))
        return *e;
    m.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.lastModifiedMs = QDateTime::currentMSecsSinceEpoch();
    if (!persist(m))
        return Error::internal(QStringLiteral("The event source mapping could not be written to disk"));
    m_mappings.insert(m.uuid, m);
    Q_EMIT mappingsChanged();
    if (m_running)
        QTimer::singleShot(0, this, [this, uuid = m.uuid] { pump(uuid); });
    return m;
}

Result<EventSourceMapping> EventSourceMappings::update(const QString &uuid, const MappingChange &change)
{
    auto it = m_mappings.constFind(uuid);
    if (it == m_mappings.cend())
        return Error::notFound(QStringLiteral("The resource you requested does not exist. (Event source mapping %1)")
                                   .arg(uuid));
    EventSourceMapping m = *it;
    if (auto e = validate(m, change, false))
        return *e;
    m.lastModifiedMs = QDateTime::currentMSecsSinceEpoch();
    if (!persist(m))
        return Error::internal(QStringLiteral("The event source mapping could not be written to disk"));
    m_mappings.insert(uuid, m);
    Q_EMIT mappingsChanged();
    if (m_running)
        QTimer::singleShot(0, this, [this, uuid] { pump(uuid); });
    return m;
}

Result<EventSourceMapping> EventSourceMappings::remove(const QString &uuid)
{
    auto it = m_mappings.constFind(uuid);
    if (it == m_mappings.cend())
        return Error::notFound(QStringLiteral("The resource you requested does not exist. (Event source mapping %1)")
                                   .arg(uuid));
    if (!m_store->removeMapping(uuid))
        return Error::internal(QStringLiteral("The event source mapping could not be removed from disk"));
    EventSourceMapping m = *it;
    m_mappings.remove(uuid);
    if (auto p = m_pollers.find(uuid); p != m_pollers.end() && p->inFlight == 0)
        dropPoller(uuid);
    Q_EMIT mappingsChanged();
    return m;
}

Result<EventSourceMapping> EventSourceMappings::get(const QString &uuid) const
{
    auto it = m_mappings.constFind(uuid);
    if (it == m_mappings.cend())
        return Error::notFound(QStringLiteral("The resource you requested does not exist. (Event source mapping %1)")
                                   .arg(uuid));
    return *it;
}

QList<EventSourceMapping> EventSourceMappings::list(const QString &function, const QString &queue) const
{
    QList<EventSourceMapping> out;
    for (const EventSourceMapping &m : m_mappings)
        if ((function.isEmpty() || m.function == function) && (queue.isEmpty() || m.queue == queue))
            out << m;
    std::sort(out.begin(), out.end(), [](const EventSourceMapping &a, const EventSourceMapping &b) {
        return a.lastModifiedMs != b.lastModifiedMs ? a.lastModifiedMs < b.lastModifiedMs : a.uuid < b.uuid;
    });
    return out;
}

int EventSourceMappings::inFlight(const QString &uuid) const
{
    auto it = m_pollers.constFind(uuid);
    return it == m_pollers.cend() ? 0 : it->inFlight;
}

void EventSourceMappings::pumpQueue(const QString &queue)
{
    if (!m_running)
        return;
    for (auto it = m_mappings.cbegin(); it != m_mappings.cend(); ++it)
        if (it->queue == queue && it->enabled)
            pump(it.key());
}

void EventSourceMappings::arm(const QString &uuid, qint64 atMs)
{
    Poller &p = poller(uuid);
    const qint64 delay = qBound<qint64>(0, atMs - m_store->now(), qint64(INT_MAX));
    if (p.wake->isActive() && p.wake->remainingTime() <= delay)
        return; // an earlier wake is set: it re-arms
    p.wake->start(int(delay));
}

void EventSourceMappings::pump(const QString &uuid)
{
    if (!m_running)
        return;
    auto it = m_mappings.constFind(uuid);
    if (it == m_mappings.cend() || !it->enabled || !m_store->exists(it->queue))
        return;
    const EventSourceMapping m = *it;
    Poller &p = poller(uuid);
    const qint64 now = m_store->now();
    if (p.pausedUntilMs > now) {
        arm(uuid, p.pausedUntilMs);
        return;
    }
    while (p.inFlight < m.concurrency()) {
        if (m.batchingWindowS > 0) {
            // Waits up to the window for a full batch (AWS's MaximumBatchingWindowInSeconds).
            const int visible = m_store->visibleCount(m.queue);
            if (visible == 0)
                break;
            if (visible < m.batchSize) {
                if (p.windowDueMs == 0)
                    p.windowDueMs = now + qint64(m.batchingWindowS) * 1000;
                if (now < p.windowDueMs) {
                    arm(uuid, p.windowDueMs);
                    return;
                }
            }
        }
        auto batch = m_store->receive(m.queue, m.batchSize);
        if (!batch) {
            Q_EMIT note(m.function, QStringLiteral("Event source mapping %1: cannot receive from queue %2: %3")
                                        .arg(uuid, m.queue, batch.error().message));
            p.pausedUntilMs = now + kBackoffMs;
            arm(uuid, p.pausedUntilMs);
            return;
        }
        if (batch->isEmpty())
            break; // nothing receivable (what was there moved to the dead-letter queue)
        p.windowDueMs = 0;
        deliver(uuid, std::move(batch).value());
    }
    // A receive found nothing (or the window saw nothing): wake when a message in flight (or
    // delayed) becomes receivable again; at once if one already has since. With every batch
    // slot busy there is no wake: the first batch to finish pumps.
    if (p.inFlight < m.concurrency())
        if (const qint64 next = m_store->nextReceivableAtMs(m.queue))
            arm(uuid, next);
}

void EventSourceMappings::deliver(const QString &uuid, QList<QueueMessage> batch)
{
    const EventSourceMapping m = m_mappings.value(uuid);
    Poller &p = poller(uuid);
    ++p.inFlight;
    const quint64 generation = m_generation;
    InvokeRequest request{m.function,
                          m.qualifier,
                          event(batch, m_store->arn(m.queue), m_region),
                          InvocationType::RequestResponse,
                          {},
                          {},
                          InvocationSource::Queue};
    QPointer<EventSourceMappings> self(this);
    m_invoke(std::move(request),
             [self, uuid, generation, batch = std::move(batch), m](Result<InvocationResult> r) {
                 if (!self || generation != self->m_generation)
                     return;
                 auto pit = self->m_pollers.find(uuid);
                 if (pit != self->m_pollers.end())
                     --pit->inFlight;
                 int deleted = 0;
                 if (!r) {
                     // Throttled or not runnable: the messages return after the visibility timeout.
                     if (pit != self->m_pollers.end())
                         pit->pausedUntilMs = self->m_store->now()
                             + (r.error().kind == Error::Kind::Throttled ? kThrottleBackoffMs : kBackoffMs);
                     Q_EMIT self->note(m.function,
                                       QStringLiteral("Event source mapping %1: the batch of %2 message(s) from %3 "
                                                      "was not processed (%4); it returns after the visibility "
                                                      "timeout")
                                           .arg(uuid)
                                           .arg(batch.size())
                                           .arg(m.queue, r.error().message));
                 } else if (!r->isError()) {
                     const QStringList handles = handlesToDelete(batch, r->payload, m.reportBatchItemFailures);
                     if (!handles.isEmpty()) {
                         if (self->m_store->deleteMessages(m.queue, handles))
                             deleted = int(handles.size());
                     }
                 }
                 Q_EMIT self->batchDone(uuid, int(batch.size()), deleted);
                 // From the event loop: an invocation refused at once answers inside deliver().
                 QMetaObject::invokeMethod(
                     self,
                     [self, uuid] {
                         if (!self->m_mappings.contains(uuid)) {
                             auto p = self->m_pollers.find(uuid);
                             if (p != self->m_pollers.end() && p->inFlight == 0)
                                 self->dropPoller(uuid);
                             return;
                         }
                         self->pump(uuid);
                     },
                     Qt::QueuedConnection);
             });
}

QByteArray EventSourceMappings::event(const QList<QueueMessage> &batch, const QString &queueArn,
                                      const QString &region)
{
    QByteArray out;
    out.reserve(256 + batch.size() * 600);
    out += "{\"Records\":[";
    const QByteArray arn = queueArn.toUtf8();
    const QByteArray awsRegion = region.toUtf8();
    bool first = true;
    for (const QueueMessage &msg : batch) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"messageId\":";
        appendString(out, msg.messageId);
        out += ",\"receiptHandle\":";
        appendString(out, msg.receiptHandle);
        out += ",\"body\":";
        appendString(out, QByteArrayView(msg.body));
        out += ",\"attributes\":{\"ApproximateReceiveCount\":\"";
        out += QByteArray::number(msg.receiveCount);
        out += "\",\"SentTimestamp\":\"";
        out += QByteArray::number(msg.sentMs);
        out += "\",\"SenderId\":";
        appendString(out, msg.senderId);
        out += ",\"ApproximateFirstReceiveTimestamp\":\"";
        out += QByteArray::number(msg.firstReceiveMs);
        out += "\"},\"messageAttributes\":{},\"md5OfBody\":";
        appendString(out, msg.md5OfBody);
        out += ",\"eventSource\":\"aws:sqs\",\"eventSourceARN\":";
        appendString(out, QByteArrayView(arn));
        out += ",\"awsRegion\":";
        appendString(out, QByteArrayView(awsRegion));
        out += '}';
    }
    out += "]}";
    return out;
}

QStringList EventSourceMappings::handlesToDelete(const QList<QueueMessage> &batch, const QByteArray &response,
                                                 bool partial)
{
    QStringList all;
    for (const QueueMessage &m : batch)
        all << m.receiptHandle;
    if (!partial)
        return all;
    // AWS: an answer without batchItemFailures (or with an empty or null list) is a success;
    // an item without a valid itemIdentifier makes the whole batch a failure.
    const QJsonDocument doc = QJsonDocument::fromJson(response);
    if (!doc.isObject())
        return all;
    const QJsonValue failures = doc.object().value(u"batchItemFailures");
    if (failures.isUndefined() || failures.isNull())
        return all;
    if (!failures.isArray())
        return {};
    QSet<QString> failed;
    for (const QJsonValue &v : failures.toArray()) {
        const QString id = v.toObject().value(u"itemIdentifier").toString();
        bool known = false;
        for (const QueueMessage &m : batch)
            known = known || m.messageId == id;
        if (!v.isObject() || id.isEmpty() || !known)
            return {};
        failed.insert(id);
    }
    QStringList out;
    for (const QueueMessage &m : batch)
        if (!failed.contains(m.messageId))
            out << m.receiptHandle;
    return out;
}

} // namespace lambdesk
