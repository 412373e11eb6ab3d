#pragma once

#include "invoke/invokerequest.h"
#include "model/error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QTimer;

namespace lambdesk {

class QueueStore;
struct QueueMessage;

// A queue polled into a function, with Lambda's settings for an SQS event source.
struct EventSourceMapping
{
    QString uuid;
    QString function;  // name
    QString qualifier; // empty, a version or an alias (FunctionName may name one)
    QString queue;     // the local queue's name
    int batchSize = 10;         // BatchSize 1–10000
    int batchingWindowS = 0;    // MaximumBatchingWindowInSeconds 0–300
    int maximumConcurrency = 0; // ScalingConfig.MaximumConcurrency 2–1000; 0: not set (kDefaultConcurrency)
    bool reportBatchItemFailures = false; // FunctionResponseTypes ["ReportBatchItemFailures"]
    bool enabled = true;
    qint64 lastModifiedMs = 0;

    static constexpr int kDefaultConcurrency = 5; // batches at once when ScalingConfig is not set
    int concurrency() const { return maximumConcurrency > 0 ? maximumConcurrency : kDefaultConcurrency; }
    QByteArray toJson() const; // how it is kept
    static std::optional<EventSourceMapping> fromJson(const QByteArray &json);
};

// What a create or an update gives; absent fields keep their value (or default).
struct MappingChange
{
    std::optional<QString> function; // a name, name:qualifier or a function ARN
    std::optional<QString> eventSourceArn;
    std::optional<int> batchSize, batchingWindowS, maximumConcurrency; // maximumConcurrency 0: remove
    std::optional<bool> enabled;
    std::optional<QStringList> functionResponseTypes;
};

// Polls each enabled mapping's queue and invokes its function synchronously with SQS's event:
// a send wakes the poller (no busy loop); a message that is not receivable yet wakes it at its
// visibility deadline. Success deletes the batch; a function error or a throttle leaves it to
// return after the visibility timeout (with ReportBatchItemFailures only the failed items).
// Mappings are kept in the queue store's database. Lives on the backend thread.
class EventSourceMappings : public QObject
{
    Q_OBJECT
public:
    using Invoke = std::function<void(InvokeRequest, std::function<void(Result<InvocationResult>)>)>;
    // Whether a function (and qualifier) can be the target; an Error naming FunctionName if not.
    using CheckFunction = std::function<std::optional<Error>(const QString &name, const QString &qualifier)>;

    EventSourceMappings(QueueStore *store, Invoke invoke, CheckFunction check, QObject *parent = nullptr);
    ~EventSourceMappings() override;

    void setRegion(const QString &region) { m_region = region; }
    // Reads the kept mappings and (with `poll`) starts polling the enabled ones.
    void start(bool poll = true);
    // No new batches; answers of batches still running are ignored (their messages return
    // after the visibility timeout, as on AWS).
    void stop();

    Result<EventSourceMapping> create(const MappingChange &change);
    Result<EventSourceMapping> update(const QString &uuid, const MappingChange &change);
    Result<EventSourceMapping> remove(const QString &uuid);
    Result<EventSourceMapping> get(const QString &uuid) const;
    // Filtered by function name and queue name when given; oldest first.
    QList<EventSourceMapping> list(const QString &function = {}, const QString &queue = {}) const;
    // Batches running now.
    int inFlight(const QString &uuid) const;

    // SQS's event for a batch (Records with messageId, receiptHandle, body, attributes, ...).
    static QByteArray event(const QList<QueueMessage> &batch, const QString &queueArn, const QString &region);
    // The receipt handles a batch's answer lets go: all on success; with ReportBatchItemFailures
    // all but those named in {"batchItemFailures":[{"itemIdentifier":id}]}; none when the answer
    // is not a valid partial response (the whole batch failed).
    static QStringList handlesToDelete(const QList<QueueMessage> &batch, const QByteArray &response, bool partial);

Q_SIGNALS:
    void mappingsChanged();
    // A batch's invocation ended: how many messages it carried and how many it deleted.
    void batchDone(const QString &uuid, int messages, int deleted);
    // A line worth a log: why a mapping could not deliver.
    void note(const QString &function, const QString &text);

private:
    struct Poller
    {
        int inFlight = 0;
        QTimer *wake = nullptr;   // the next visibility deadline, a batching window or a backoff
        qint64 windowDueMs = 0;   // the batching window ends (0: not open)
        qint64 pausedUntilMs = 0; // backoff after an error that was no function error
        quint64 generation = 0;
    };
    std::optional<Error> validate(EventSourceMapping &m, const MappingChange &change, bool creating) const;
    bool persist(const EventSourceMapping &m);
    void pump(const QString &uuid);
    void pumpQueue(const QString &queue);
    void deliver(const QString &uuid, QList<QueueMessage> batch);
    void arm(const QString &uuid, qint64 atMs);
    Poller &poller(const QString &uuid);
    void dropPoller(const QString &uuid);

    QueueStore *m_store;
    Invoke m_invoke;
    CheckFunction m_check;
    QString m_region = QStringLiteral("us-east-1");
    bool m_running = false;
    QHash<QString, EventSourceMapping> m_mappings;
    QHash<QString, Poller> m_pollers;
    quint64 m_generation = 1;
};

} // namespace lambdesk
