#include "queuestore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QUuid>
#include <QVariant>

#include <atomic>

namespace lambdesk {

namespace {

constexpr qsizetype kMaxBody = 262144; // 256 KB, SQS's limit
constexpr int kMaxVisibility = 43200;
constexpr int kMinRetention = 60;
constexpr int kMaxRetention = 1209600;
constexpr int kMaxDelay = 900;

std::atomic<int> g_connections{0};

QString md5Hex(const QByteArray &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex());
}

QString newHandle(qint64 seq)
{
    const QByteArray raw = QByteArray::number(seq) + ':' + QUuid::createUuid().toRfc4122().toHex();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qint64 seqOfHandle(const QString &handle)
{
    const QByteArray raw = QByteArray::fromBase64(handle.toLatin1(), QByteArray::Base64UrlEncoding);
    const qsizetype colon = raw.indexOf(':');
    if (colon <= 0)
        return 0;
    bool ok = false;
    const qint64 seq = raw.left(colon).toLongLong(&ok);
    return ok ? seq : 0;
}

Error invalidHandle(const QString &handle)
{
    return Error::invalid(QStringLiteral("ReceiptHandle"),
                          QStringLiteral("The receipt handle \"%1\" is not valid for this queue (ReceiptHandleIsInvalid): "
                                         "the message was deleted, or received again with a newer handle")
                              .arg(handle));
}

} // namespace

QueueStore::QueueStore(QString path, QObject *parent)
    : QObject(parent),
      m_path(std::move(path)),
      m_connection(QStringLiteral("lambdesk-queues-%1").arg(g_connections.fetch_add(1)))
{}

QueueStore::~QueueStore()
{
    close();
}

qint64 QueueStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QString QueueStore::arn(const QString &name) const
{
    return QStringLiteral("arn:aws:sqs:%1:000000000000:%2").arg(m_region, name);
}

QString QueueStore::nameFromArn(const QString &arn)
{
    static const QRegularExpression re(QStringLiteral("^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\\d{12}:([A-Za-z0-9_-]{1,80})$"));
    const auto m = re.match(arn);
    return m.hasMatch() ? m.captured(1) : QString();
}

std::optional<Error> QueueStore::checkName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,80}$"));
    if (re.match(name).hasMatch())
        return std::nullopt;
    return Error::invalid(QStringLiteral("QueueName"),
                          QStringLiteral("Queue name '%1' is not valid: it must be 1 to 80 characters, each a letter, "
                                         "a digit, '-' or '_'")
                              .arg(name));
}

std::optional<Error> QueueStore::checkAttributes(const QueueAttributes &a, const QString &self) const
{
    if (a.visibilityTimeout < 0 || a.visibilityTimeout > kMaxVisibility)
        return Error::invalid(QStringLiteral("VisibilityTimeout"),
                              QStringLiteral("Invalid value for the parameter VisibilityTimeout: %1; it must be from 0 "
                                             "to 43200 seconds (12 hours)")
                                  .arg(a.visibilityTimeout));
    if (a.messageRetentionPeriod < kMinRetention || a.messageRetentionPeriod > kMaxRetention)
        return Error::invalid(QStringLiteral("MessageRetentionPeriod"),
                              QStringLiteral("Invalid value for the parameter MessageRetentionPeriod: %1; it must be "
                                             "from 60 seconds (1 minute) to 1209600 seconds (14 days)")
                                  .arg(a.messageRetentionPeriod));
    if (!a.hasRedrive()) {
        if (a.maxReceiveCount != 0)
            return Error::invalid(QStringLiteral("RedrivePolicy"),
                                  QStringLiteral("Invalid value for the parameter RedrivePolicy: maxReceiveCount needs a "
                                                 "deadLetterTargetArn (the dead-letter queue)"));
        return std::nullopt;
    }
    const QString dlq = nameFromArn(a.deadLetterTargetArn);
    if (dlq.isEmpty())
        return Error::invalid(QStringLiteral("RedrivePolicy"),
                              QStringLiteral("Invalid value for the parameter RedrivePolicy: deadLetterTargetArn '%1' "
                                             "is not a queue ARN (arn:aws:sqs:REGION:ACCOUNT:NAME)")
                                  .arg(a.deadLetterTargetArn));
    if (dlq == self)
        return Error::invalid(QStringLiteral("RedrivePolicy"),
                              QStringLiteral("Invalid value for the parameter RedrivePolicy: a queue cannot be its own "
                                             "dead-letter queue"));
    if (!m_queues.contains(dlq))
        return Error::invalid(QStringLiteral("RedrivePolicy"),
                              QStringLiteral("Invalid value for the parameter RedrivePolicy: the dead-letter queue %1 "
                                             "does not exist; create it first")
                                  .arg(a.deadLetterTargetArn));
    if (a.maxReceiveCount < 1 || a.maxReceiveCount > 1000)
        return Error::invalid(QStringLiteral("RedrivePolicy"),
                              QStringLiteral("Invalid value for the parameter RedrivePolicy: maxReceiveCount %1 must be "
                                             "from 1 to 1000")
                                  .arg(a.maxReceiveCount));
    return std::nullopt;
}

Error QueueStore::queueNotFound(const QString &name) const
{
    return Error::notFound(
        QStringLiteral("The specified queue does not exist (AWS.SimpleQueueService.NonExistentQueue): %1").arg(name));
}

Result<QueueInfo> QueueStore::createQueue(const QString &name, const QueueAttributes &attributes)
{
    if (auto e = checkName(name))
        return *e;
    QueueAttributes a = attributes;
    if (a.hasRedrive() && !nameFromArn(a.deadLetterTargetArn).isEmpty()) // in this region's form
        a.deadLetterTargetArn = arn(nameFromArn(a.deadLetterTargetArn));
    if (auto e = checkAttributes(a, name))
        return *e;
    if (auto it = m_queues.constFind(name); it != m_queues.cend()) {
        if (it->info.attributes == a) // SQS: the same name and attributes answer the queue
            return queue(name);
        return Error::conflict(QStringLiteral("A queue named %1 already exists with different attributes "
                                              "(QueueAlreadyExists)")
                                   .arg(name));
    }
    Queue q;
    q.info.name = name;
    q.info.arn = arn(name);
    q.info.attributes = a;
    q.info.createdMs = now();
    QSqlQuery ins(QSqlDatabase::database(m_connection, false));
    ins.prepare(QStringLiteral("INSERT INTO queues (name, created_ms, visibility_timeout, retention, dlq_arn, "
                               "max_receive) VALUES (?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(name);
    ins.addBindValue(q.info.createdMs);
    ins.addBindValue(a.visibilityTimeout);
    ins.addBindValue(a.messageRetentionPeriod);
    ins.addBindValue(a.deadLetterTargetArn);
    ins.addBindValue(a.maxReceiveCount);
    if (!ins.exec())
        return Error::internal(QStringLiteral("Cannot write queue %1: %2").arg(name, ins.lastError().text()));
    m_queues.insert(name, std::move(q));
    Q_EMIT queuesChanged();
    return queue(name);
}

Status QueueStore::deleteQueue(const QString &name)
{
    if (!m_queues.contains(name))
        return queueNotFound(name);
    for (const Queue &q : std::as_const(m_queues)) {
        if (q.info.name != name && nameFromArn(q.info.attributes.deadLetterTargetArn) == name)
            return Error::conflict(QStringLiteral("Queue %1 is the dead-letter queue of %2; remove that queue's "
                                                  "redrive policy or delete it first")
                                       .arg(name, q.info.name));
    }
    if (!begin())
        return Error::internal(QStringLiteral("Cannot delete queue %1: the database is not writable").arg(name));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM messages WHERE queue = ?"));
    q.addBindValue(name);
    bool ok = q.exec();
    QSqlQuery d(db);
    d.prepare(QStringLiteral("DELETE FROM queues WHERE name = ?"));
    d.addBindValue(name);
    ok = ok && d.exec();
    if (!ok || !commit()) {
        rollback();
        return Error::internal(QStringLiteral("Cannot delete queue %1: %2").arg(name, db.lastError().text()));
    }
    m_queues.remove(name);
    Q_EMIT queuesChanged();
    return Ok{};
}

QList<QueueInfo> QueueStore::listQueues() const
{
    QList<QueueInfo> out;
    for (auto it = m_queues.cbegin(); it != m_queues.cend(); ++it)
        out << queue(it.key()).value();
    return out;
}

Result<QueueInfo> QueueStore::queue(const QString &name) const
{
    auto it = m_queues.constFind(name);
    if (it == m_queues.cend())
        return queueNotFound(name);
    QueueInfo info = it->info;
    info.arn = arn(name); // the region may have changed
    const qint64 t = now();
    for (const QueueMessage &m : it->messages) {
        if (m.visibleAtMs <= t)
            ++info.visible;
        else if (m.receiveCount == 0)
            ++info.delayed;
        else
            ++info.inFlight;
    }
    return info;
}

Result<QueueMessage> QueueStore::sendMessage(const QString &name, const QByteArray &body, int delaySeconds)
{
    auto it = m_queues.find(name);
    if (it == m_queues.end())
        return queueNotFound(name);
    if (body.isEmpty())
        return Error::invalid(QStringLiteral("MessageBody"),
                              QStringLiteral("The message body must not be empty (MissingParameter)"));
    if (body.size() > kMaxBody)
        return Error{Error::Kind::InvalidParameter,
                     QStringLiteral("The message body is %1 bytes; SQS allows at most 262144 bytes (256 KB)")
                         .arg(body.size()),
                     QStringLiteral("MessageBody")};
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(body); // decode() converts now (operator() is lazy)
    Q_UNUSED(decoded)
    if (utf8.hasError())
        return Error::invalid(QStringLiteral("MessageBody"),
                              QStringLiteral("The message body must be UTF-8 text (InvalidMessageContents)"));
    if (delaySeconds < 0 || delaySeconds > kMaxDelay)
        return Error::invalid(QStringLiteral("DelaySeconds"),
                              QStringLiteral("Invalid value for the parameter DelaySeconds: %1; it must be from 0 to "
                                             "900 seconds (15 minutes)")
                                  .arg(delaySeconds));
    QueueMessage m;
    m.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.body = body;
    m.md5OfBody = md5Hex(body);
    m.sentMs = now();
    m.visibleAtMs = m.sentMs + qint64(delaySeconds) * 1000;
    if (!insertMessage(name, m))
        return Error::internal(
            QStringLiteral("The message could not be written to disk, so it was not accepted; check the free space "
                           "of the workspace's disk"));
    it->messages.insert(m.seq, m);
    Q_EMIT countsChanged(name);
    Q_EMIT messagesAvailable(name);
    return m;
}

Status QueueStore::send(const QString &name, const QByteArray &body)
{
    auto r = sendMessage(name, body);
    if (!r)
        return r.error();
    return Ok{};
}

Result<QList<QueueMessage>> QueueStore::receive(const QString &name, int max, std::optional<int> visibilitySeconds)
{
    auto it = m_queues.find(name);
    if (it == m_queues.end())
        return queueNotFound(name);
    if (max < 1 || max > 10000)
        return Error::invalid(QStringLiteral("MaxNumberOfMessages"),
                              QStringLiteral("MaxNumberOfMessages %1 must be from 1 to 10000").arg(max));
    const int visibility = visibilitySeconds.value_or(it->info.attributes.visibilityTimeout);
    if (visibility < 0 || visibility > kMaxVisibility)
        return Error::invalid(QStringLiteral("VisibilityTimeout"),
                              QStringLiteral("VisibilityTimeout %1 must be from 0 to 43200 seconds").arg(visibility));
    const qint64 t = now();
    const qint64 expiresBefore = t - qint64(it->info.attributes.messageRetentionPeriod) * 1000;
    const QueueAttributes &attrs = it->info.attributes;
    const QString dlq = attrs.hasRedrive() ? nameFromArn(attrs.deadLetterTargetArn) : QString();
    auto dlqIt = dlq.isEmpty() ? m_queues.end() : m_queues.find(dlq);

    QList<QueueMessage> out;
    QList<qint64> expired, moved;
    if (!begin())
        return Error::internal(QStringLiteral("Cannot receive from queue %1: the database is not writable").arg(name));
    bool ok = true;
    for (auto m = it->messages.begin(); m != it->messages.end() && out.size() < max && ok; ++m) {
        if (m->visibleAtMs > t)
            continue;
        if (m->sentMs <= expiresBefore) {
            expired << m->seq;
            ok = deleteRow(m->seq);
            continue;
        }
        if (dlqIt != m_queues.end() && m->receiveCount >= attrs.maxReceiveCount) {
            // Received maxReceiveCount times and not deleted: to the dead-letter queue, as SQS
            // does when such a message would be received again.
            QueueMessage copy = *m;
            copy.sourceQueue = name;
            copy.visibleAtMs = t;
            copy.receiptHandle.clear();
            ok = updateMessage(dlq, copy);
            moved << m->seq;
            continue;
        }
        QueueMessage copy = *m;
        copy.receiveCount += 1;
        if (copy.firstReceiveMs == 0)
            copy.firstReceiveMs = t;
        copy.visibleAtMs = t + qint64(visibility) * 1000;
        copy.receiptHandle = newHandle(copy.seq);
        ok = updateMessage(name, copy);
        out << copy;
    }
    if (!ok || !commit()) {
        rollback();
        return Error::internal(QStringLiteral("Cannot receive from queue %1: the database refused the change").arg(name));
    }
    for (qint64 seq : std::as_const(expired))
        it->messages.remove(seq);
    for (qint64 seq : std::as_const(moved)) {
        QueueMessage m = it->messages.take(seq);
        m.sourceQueue = name;
        m.visibleAtMs = t;
        m.receiptHandle.clear();
        dlqIt->messages.insert(seq, std::move(m));
    }
    for (const QueueMessage &m : std::as_const(out))
        it->messages[m.seq] = m;
    if (!moved.isEmpty()) {
        Q_EMIT countsChanged(dlq);
        Q_EMIT messagesAvailable(dlq);
    }
    if (!out.isEmpty() || !moved.isEmpty() || !expired.isEmpty())
        Q_EMIT countsChanged(name);
    return out;
}

QueueMessage *QueueStore::byHandle(Queue &q, const QString &handle)
{
    const qint64 seq = seqOfHandle(handle);
    auto it = q.messages.find(seq);
    if (seq == 0 || it == q.messages.end() || it->receiptHandle != handle)
        return nullptr;
    return &*it;
}

Status QueueStore::deleteMessage(const QString &name, const QString &receiptHandle)
{
    auto it = m_queues.find(name);
    if (it == m_queues.end())
        return queueNotFound(name);
    QueueMessage *m = byHandle(*it, receiptHandle);
    if (!m)
        return invalidHandle(receiptHandle);
    const qint64 seq = m->seq;
    if (!deleteRow(seq))
        return Error::internal(QStringLiteral("Cannot delete the message: the database refused the change"));
    it->messages.remove(seq);
    Q_EMIT countsChanged(name);
    return Ok{};
}

Status QueueStore::deleteMessages(const QString &name, const QStringList &receiptHandles)
{
    auto it = m_queues.find(name);
    if (it == m_queues.end())
        return queueNotFound(name);
    QList<qint64> seqs;
    for (const QString &h : receiptHandles)
        if (QueueMessage *m = byHandle(*it, h))
            seqs << m->seq;
    if (seqs.isEmpty())
        return Ok{};
    if (!begin())
        return Error::internal(QStringLiteral("Cannot delete messages: the database is not writable"));
    bool ok = true;
    for (qint64 seq : std::as_const(seqs))
        ok = ok && deleteRow(seq);
    if (!ok || !commit()) {
        rollback();
        return Error::internal(QStringLiteral("Cannot delete messages: the database refused the change"));
    }
    for (qint64 seq : std::as_const(seqs))
        it->messages.remove(seq);
    Q_EMIT countsChanged(name);
    return Ok{};
}

Status QueueStore::changeVisibility(const QString &name, const QString &receiptHandle, int seconds)
{
    auto it = m_queues.find(name);
    if (it == m_queues.end())
        return queueNotFound(name);
    if (seconds < 0 || seconds > kMaxVisibility)
        return Error::invalid(QStringLiteral("VisibilityTimeout"),
                              QStringLiteral("VisibilityTimeout %1 must be from 0 to 43200 seconds").arg(seconds));
    QueueMessage *m = byHandle(*it, receiptHandle);
    if (!m)
        return invalidHandle(receiptHandle);
    QueueMessage copy = *m;
    copy.visibleAtMs = now() + qint64(seconds) * 1000;
    if (!updateMessage(name, copy))
        return Error::internal(QStringLiteral("Cannot change the visibility: the database refused the change"));
    *m = copy;
    Q_EMIT countsChanged(name);
    Q_EMIT messagesAvailable(name);
    return Ok{};
}

Result<QList<QueueMessage>> QueueStore::peek(const QString &name, int limit) const
{
    auto it = m_queues.constFind(name);
    if (it == m_queues.cend())
        return queueNotFound(name);
    QList<QueueMessage> out;
    for (const QueueMessage &m : it->messages) {
        if (out.size() >= limit)
            break;
        out << m;
    }
    return out;
}

Result<int> QueueStore::purge(const QString &name)
{
    auto it = m_queues.find(name);
    if (it == m_queues.end())
        return queueNotFound(name);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM messages WHERE queue = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Error::internal(QStringLiteral("Cannot purge queue %1: %2").arg(name, q.lastError().text()));
    const int n = int(it->messages.size());
    it->messages.clear();
    Q_EMIT countsChanged(name);
    return n;
}

Result<int> QueueStore::redrive(const QString &deadLetterQueue)
{
    auto it = m_queues.find(deadLetterQueue);
    if (it == m_queues.end())
        return queueNotFound(deadLetterQueue);
    const qint64 t = now();
    QList<qint64> seqs;
    for (const QueueMessage &m : std::as_const(it->messages)) {
        if (!m.sourceQueue.isEmpty() && m_queues.contains(m.sourceQueue) && m.visibleAtMs <= t)
            seqs << m.seq;
    }
    if (seqs.isEmpty()) {
        bool any = false;
        for (const QueueMessage &m : std::as_const(it->messages))
            any = any || !m.sourceQueue.isEmpty();
        if (!any && !it->messages.isEmpty())
            return Error::invalid(QStringLiteral("SourceArn"),
                                  QStringLiteral("Queue %1 holds no messages moved from another queue (it is no "
                                                 "dead-letter queue): nothing to redrive")
                                      .arg(deadLetterQueue));
        return 0;
    }
    if (!begin())
        return Error::internal(QStringLiteral("Cannot redrive: the database is not writable"));
    bool ok = true;
    QList<QueueMessage> moved;
    for (qint64 seq : std::as_const(seqs)) {
        QueueMessage m = it->messages.value(seq);
        const QString target = m.sourceQueue;
        m.receiveCount = 0;
        m.firstReceiveMs = 0;
        m.receiptHandle.clear();
        m.visibleAtMs = t;
        m.sourceQueue.clear();
        ok = ok && updateMessage(target, m);
        m.sourceQueue = target; // remembered here only to know where it went
        moved << m;
    }
    if (!ok || !commit()) {
        rollback();
        return Error::internal(QStringLiteral("Cannot redrive: the database refused the change"));
    }
    QStringList targets;
    for (QueueMessage m : std::as_const(moved)) {
        const QString target = m.sourceQueue;
        m.sourceQueue.clear();
        it->messages.remove(m.seq);
        m_queues[target].messages.insert(m.seq, m);
        if (!targets.contains(target))
            targets << target;
    }
    Q_EMIT countsChanged(deadLetterQueue);
    for (const QString &target : std::as_const(targets)) {
        Q_EMIT countsChanged(target);
        Q_EMIT messagesAvailable(target);
    }
    return int(moved.size());
}

int QueueStore::expire()
{
    const qint64 t = now();
    int total = 0;
    for (auto it = m_queues.begin(); it != m_queues.end(); ++it) {
        const qint64 before = t - qint64(it->info.attributes.messageRetentionPeriod) * 1000;
        QList<qint64> seqs;
        for (const QueueMessage &m : std::as_const(it->messages))
            if (m.sentMs <= before)
                seqs << m.seq;
        if (seqs.isEmpty())
            continue;
        if (!begin())
            continue;
        bool ok = true;
        for (qint64 seq : std::as_const(seqs))
            ok = ok && deleteRow(seq);
        if (!ok || !commit()) {
            rollback();
            continue;
        }
        for (qint64 seq : std::as_const(seqs))
            it->messages.remove(seq);
        total += int(seqs.size());
        Q_EMIT countsChanged(it.key());
    }
    return total;
}

qint64 QueueStore::nextReceivableAtMs(const QString &name) const
{
    auto it = m_queues.constFind(name);
    if (it == m_queues.cend())
        return 0;
    qint64 next = 0;
    for (const QueueMessage &m : it->messages)
        if (next == 0 || m.visibleAtMs < next)
            next = m.visibleAtMs;
    return next;
}

int QueueStore::visibleCount(const QString &name) const
{
    auto it = m_queues.constFind(name);
    if (it == m_queues.cend())
        return 0;
    const qint64 t = now();
    int n = 0;
    for (const QueueMessage &m : it->messages)
        n += m.visibleAtMs <= t ? 1 : 0;
    return n;
}

} // namespace lambdesk
