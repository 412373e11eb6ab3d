#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QTimer;

namespace lambdesk {

// Asynchronous (Event) invocations as Lambda runs them: accepted at once, run as soon as
// possible, retried on their own. A function error (or timeout) is retried twice, one and two
// minutes later; a throttle is retried with exponential backoff until the event is six hours
// old. Every attempt reuses the request id the caller got with its 202.
// With a journal (the workspace's SQLite database) events survive a stop: each change of an
// event's state is handed to the journal, and restore() picks them up again at the next start,
// keeping their age, attempts and retry times. Without one, events waiting at a stop are lost.
class AsyncQueue : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QList<int> retryDelaysMs{60'000, 120'000}; // after a function error; size = retries
        int throttleBaseDelayMs = 1'000;           // first backoff after a throttle, doubled each time
        int throttleMaxDelayMs = 300'000;
        qint64 maxEventAgeMs = 6LL * 3600 * 1000; // AWS's MaximumEventAgeInSeconds default
    };
    struct Event
    {
        QString requestId;
        QString function;
        QString qualifier;
        QByteArray payload;
    };
    // An event's whole state, as the journal keeps it. Times are wall-clock (epoch ms) so they
    // mean the same after a restart.
    struct Snapshot
    {
        Event event;
        int attempts = 0;
        int errorRetries = 0;
        int throttles = 0;
        qint64 acceptedAtMs = 0;
        qint64 nextAttemptAtMs = 0;
    };
    // Each call is on disk when it returns (a 202 is answered after save() of the accepted
    // event): save() says whether it could be written.
    struct Journal
    {
        std::function<bool(const Snapshot &)> save;           // accepted, attempt started, retry scheduled
        std::function<void(const QString &requestId)> remove; // finished, one way or the other
    };
    // How one attempt ended.
    enum class Outcome { Succeeded, FunctionError, Throttled, Failed };
    using AttemptDone = std::function<void(Outcome, const QString &detail)>;
    // Runs one attempt and calls `done` exactly once.
    using Runner = std::function<void(const Event &event, AttemptDone done)>;

    // What the function's asynchronous invocation configuration says for one event (its
    // MaximumRetryAttempts and MaximumEventAgeInSeconds); unset fields keep the Options'.
    struct Policy
    {
        std::optional<int> maxRetries;
        std::optional<qint64> maxEventAgeMs;
    };
    using PolicyLookup = std::function<Policy(const Event &event)>;
    // How an event ended: what its destinations are told (the invocation record's condition).
    enum class Ending { Succeeded, RetriesExhausted, EventAgeExceeded, Discarded };
    struct Conclusion
    {
        Event event;
        Ending ending = Ending::Discarded;
        int attempts = 0;
        qint64 acceptedAtMs = 0;
    };

    explicit AsyncQueue(Runner runner, QObject *parent = nullptr);
    ~AsyncQueue() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    void setJournal(Journal journal) { m_journal = std::move(journal); }
    bool hasJournal() const { return bool(m_journal.save); }
    // Asked at every decision (retry or not, too old or not), so a change applies to events
    // already waiting.
    void setPolicy(PolicyLookup lookup) { m_policy = std::move(lookup); }

    // Takes the event, journaled before this returns; its first attempt starts from the event
    // loop, after the caller answered. False (and the event is not taken) when the journal
    // could not keep it: the caller must not acknowledge it.
    bool enqueue(Event event);
    // Events accepted and not finished (running or waiting for a retry).
    int size() const { return int(m_events.size()); }
    // Attempts started so far for this event (0 when it is not here).
    int attempts(const QString &requestId) const;
    // Takes back events a journal kept: each runs at its stored next attempt time (at once if
    // that has passed). An event interrupted mid-attempt runs again, as Lambda's at-least-once
    // delivery allows.
    void restore(const QList<Snapshot> &events);
    // Drops every event of `function` (say, when it is deleted), logging why.
    void discardFunction(const QString &function, const QString &why);
    // On stop. With a journal the events stay there for the next start (and the log says so);
    // without one they are discarded and each loss is logged. Answers of attempts still running
    // are ignored from here on.
    void stop();

Q_SIGNALS:
    void attemptStarted(const QString &function, const QString &requestId, int attempt);
    void finished(const QString &function, const QString &requestId, bool succeeded);
    // For the metrics: an event was taken (enqueue), or given up (retries spent, too old,
    // discarded) — `qualifier` as the caller asked.
    void received(const QString &function, const QString &qualifier);
    void dropped(const QString &function, const QString &qualifier);
    // The next attempt of an event will start after `delayMs`.
    void retryScheduled(const QString &function, const QString &requestId, int delayMs);
    // A line for the function's log: what happened to the event and what comes next.
    void note(const QString &function, const QString &requestId, const QString &text);
    // An event is over, one way or the other (after finished()): what its destinations need.
    void concluded(const lambdesk::AsyncQueue::Conclusion &conclusion);

private:
    // The journaled state, and what only this session needs.
    struct Entry : Snapshot
    {
        QTimer *timer = nullptr;
        quint64 generation = 0;
    };
    bool add(Entry entry, int delayMs);
    void run(const QString &requestId);
    void onAttempt(const QString &requestId, quint64 generation, Outcome outcome, const QString &detail);
    bool schedule(Entry &entry, int delayMs);
    void finish(const QString &requestId, Ending ending, const QString &text);
    int maxRetries(const Entry &entry) const;
    qint64 maxEventAgeMs(const Entry &entry) const;
    bool save(const Entry &entry);
    qint64 ageMs(const Entry &entry) const;

    Runner m_runner;
    Options m_options;
    Journal m_journal;
    PolicyLookup m_policy;
    QHash<QString, Entry> m_events;
    quint64 m_generation = 0; // answers of attempts from before a stop() are ignored
};

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::AsyncQueue::Conclusion)
