#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace lambdesk {

// A local queue's settings, with SQS's names, ranges and defaults.
struct QueueAttributes
{
    int visibilityTimeout = 30;          // VisibilityTimeout: 0–43200 s
    int messageRetentionPeriod = 345600; // MessageRetentionPeriod: 60–1209600 s (4 days)
    // RedrivePolicy: both empty/0 when the queue has no dead-letter queue.
    QString deadLetterTargetArn;
    int maxReceiveCount = 0; // 1–1000 with a dead-letter queue

    bool hasRedrive() const { return !deadLetterTargetArn.isEmpty(); }
    bool operator==(const QueueAttributes &) const = default;
};

struct QueueInfo
{
    QString name;
    QString arn;
    QueueAttributes attributes;
    qint64 createdMs = 0;
    // ApproximateNumberOfMessages, ...NotVisible (received, not deleted), ...Delayed.
    int visible = 0;
    int inFlight = 0;
    int delayed = 0;
};

// One message as SQS describes it.
struct QueueMessage
{
    qint64 seq = 0; // order of arrival (the row id)
    QString messageId;
    QString receiptHandle; // of the last receive; empty if never received
    QByteArray body;
    QString md5OfBody;
    qint64 sentMs = 0;           // SentTimestamp
    qint64 firstReceiveMs = 0;   // ApproximateFirstReceiveTimestamp (0: never received)
    int receiveCount = 0;        // ApproximateReceiveCount
    qint64 visibleAtMs = 0;      // receivable from this time on (visibility deadline or delay)
    QString sourceQueue;         // in a dead-letter queue: the queue it came from (redrive)
    QString senderId = QStringLiteral("000000000000");
};

// Local queues kept in SQLite (WAL), each change committed before the call returns: a message
// whose send returned survives a kill -9. The whole state is also held in memory, so that
// receives and counts read no disk. Lives on one thread (the backend's); the clock can be
// replaced (tests).
// Also keeps the event source mappings' rows (EventSourceMappings owns their meaning).
class QueueStore : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // epoch ms

    explicit QueueStore(QString path, QObject *parent = nullptr);
    ~QueueStore() override;

    Status open();
    void close();
    void setClock(Clock clock) { m_clock = std::move(clock); }
    qint64 now() const;
    void setRegion(const QString &region) { m_region = region; }

    // arn:aws:sqs:REGION:000000000000:NAME
    QString arn(const QString &name) const;
    // The queue an ARN names (its region and account are checked for form only), or empty.
    static QString nameFromArn(const QString &arn);

    static std::optional<Error> checkName(const QString &name);
    std::optional<Error> checkAttributes(const QueueAttributes &attributes, const QString &self = {}) const;

    Result<QueueInfo> createQueue(const QString &name, const QueueAttributes &attributes = {});
    // Refused while another queue names it as its dead-letter queue.
    Status deleteQueue(const QString &name);
    QList<QueueInfo> listQueues() const;
    Result<QueueInfo> queue(const QString &name) const;
    bool exists(const QString &name) const { return m_queues.contains(name); }

    // SQS's SendMessage: body 1 byte–256 KB of UTF-8 text; delaySeconds 0–900.
    Result<QueueMessage> sendMessage(const QString &name, const QByteArray &body, int delaySeconds = 0);
    // For destinations: the same, answering only whether it was taken.
    Status send(const QString &name, const QByteArray &body);
    // Up to `max` (1–10000) visible messages, oldest first, invisible for `visibilitySeconds`
    // (the queue's VisibilityTimeout when absent); each gets a new receipt handle, its receive
    // count rises. A message received maxReceiveCount times already moves to the dead-letter
    // queue instead of being received again.
    Result<QList<QueueMessage>> receive(const QString &name, int max, std::optional<int> visibilitySeconds = {});
    Status deleteMessage(const QString &name, const QString &receiptHandle);
    // All in one transaction; unknown handles are skipped (the message is gone already).
    Status deleteMessages(const QString &name, const QStringList &receiptHandles);
    Status changeVisibility(const QString &name, const QString &receiptHandle, int seconds);
    // Up to `limit` messages, oldest first, without receiving them.
    Result<QList<QueueMessage>> peek(const QString &name, int limit = 100) const;
    // Deletes every message; how many.
    Result<int> purge(const QString &name);
    // Moves a dead-letter queue's messages back to the queues they came from (receive counts
    // start again); how many.
    Result<int> redrive(const QString &deadLetterQueue);
    // Drops the messages older than their queue's retention period; how many.
    int expire();

    // The earliest time (epoch ms) any message of the queue is (or was) receivable: at or
    // before now when one is receivable already; 0 when the queue is empty. A poller whose
    // receive found nothing wakes then: were only the messages still invisible "now" counted,
    // one turning visible between that receive and this call would be missed for good.
    qint64 nextReceivableAtMs(const QString &name) const;
    // Receivable now.
    int visibleCount(const QString &name) const;

    // Event source mapping rows (JSON text by UUID), committed when the call returns.
    bool saveMapping(const QString &uuid, const QByteArray &json);
    bool removeMapping(const QString &uuid);
    QMap<QString, QByteArray> mappings() const;

Q_SIGNALS:
    void queuesChanged();
    // Messages may be receivable now (a send, a redrive, a visibility change).
    void messagesAvailable(const QString &queue);
    // Counts changed (sent, received, deleted, moved, purged).
    void countsChanged(const QString &queue);

private:
    struct Queue
    {
        QueueInfo info;
        QMap<qint64, QueueMessage> messages; // by seq
    };
    Error queueNotFound(const QString &name) const;
    bool exec(const QString &sql);
    bool insertMessage(const QString &queue, QueueMessage &m);
    bool updateMessage(const QString &queue, const QueueMessage &m);
    bool deleteRow(qint64 seq);
    bool begin();
    bool commit();
    void rollback();
    void load();
    QueueMessage *byHandle(Queue &q, const QString &handle);

    QString m_path;
    QString m_connection;
    QString m_region = QStringLiteral("us-east-1");
    Clock m_clock;
    bool m_open = false;
    QMap<QString, Queue> m_queues; // by name
    // Prepared once: a batch of a thousand receives or deletes runs them a thousand times.
    std::unique_ptr<QSqlQuery> m_insert, m_update, m_delete;
};

} // namespace lambdesk
