#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace lambdesk {

// Asynchronous (Event) invocations as Lambda runs them: accepted at once, run as soon as
// possible, retried on their own. A function error (or timeout) is retried twice, one and two
// minutes later; a throttle is retried with exponential backoff until the event is six hours
// old. Every attempt reuses the request id the caller got with its 202.
// Kept in memory for now: events still waiting when Lambdesk stops are lost (and logged).
class AsyncQueue : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QList<int> retryDelaysMs{60'000, 120'000}; // after a function error; size = retries
        int throttleBaseDelayMs = 1'000;            // first backoff after a throttle, doubled each time
        int throttleMaxDelayMs = 300'000;
        qint64 maxEventAgeMs = 6LL * 3600 * 1000;   // AWS's MaximumEventAgeInSeconds default
    };
    struct Event
    {
        QString requestId;
        QString function;
        QString qualifier;
        QByteArray payload;
    };
    // How one attempt ended.
    enum class Outcome { Succeeded, FunctionError, Throttled, Failed };
    using AttemptDone = std::function<void(Outcome, const QString &detail)>;
    // Runs one attempt and calls `done` exactly once.
    using Runner = std::function<void(const Event &event, AttemptDone done)>;

    explicit AsyncQueue(Runner runner, QObject *parent = nullptr);
    ~AsyncQueue() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Takes the event; its first attempt starts from the event loop, after the caller answered.
    void enqueue(Event event);
    // Events accepted and not finished (running or waiting for a retry).
    int size() const { return int(m_events.size()); }
    // Forgets every event (on stop), logging each one lost.
    void clear();

Q_SIGNALS:
    void attemptStarted(const QString &function, const QString &requestId, int attempt);
    void finished(const QString &function, const QString &requestId, bool succeeded);
    // The next attempt of an event will start after `delayMs`.
    void retryScheduled(const QString &function, const QString &requestId, int delayMs);
    // A line for the function's log: what happened to the event and what comes next.
    void note(const QString &function, const QString &requestId, const QString &text);

private:
    struct Entry
    {
        Event event;
        int attempts = 0;
        int errorRetries = 0;
        int throttles = 0;
        QElapsedTimer age;
        QTimer *timer = nullptr;
        quint64 generation = 0;
    };
    void run(const QString &requestId);
    void onAttempt(const QString &requestId, quint64 generation, Outcome outcome, const QString &detail);
    void schedule(Entry &entry, int delayMs);
    void finish(const QString &requestId, bool succeeded, const QString &text);

    Runner m_runner;
    Options m_options;
    QHash<QString, Entry> m_events;
    quint64 m_generation = 0; // answers of attempts from before a clear() are ignored
};

} // namespace lambdesk
