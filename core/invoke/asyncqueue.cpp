#include "asyncqueue.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <climits>

namespace lambdesk {

namespace {

QString seconds(int ms)
{
    return ms >= 1000 && ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000) : QStringLiteral("%1 ms").arg(ms);
}

} // namespace

AsyncQueue::AsyncQueue(Runner runner, QObject *parent) : QObject(parent), m_runner(std::move(runner))
{}

AsyncQueue::~AsyncQueue() = default;

bool AsyncQueue::enqueue(Event event)
{
    Entry entry;
    entry.event = std::move(event);
    entry.acceptedAtMs = QDateTime::currentMSecsSinceEpoch();
    const QString id = entry.event.requestId;
    const QString function = entry.event.function;
    const QString qualifier = entry.event.qualifier;
    if (add(std::move(entry), 0)) {
        Q_EMIT received(function, qualifier);
        return true;
    }
    Entry lost = m_events.take(id); // not on disk: not accepted either
    delete lost.timer;
    return false;
}

int AsyncQueue::attempts(const QString &requestId) const
{
    const auto it = m_events.constFind(requestId);
    return it == m_events.cend() ? 0 : it->attempts;
}

void AsyncQueue::restore(const QList<Snapshot> &events)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Snapshot &s : events) {
        if (m_events.contains(s.event.requestId))
            continue;
        Entry entry;
        static_cast<Snapshot &>(entry) = s;
        const int delay = int(qBound<qint64>(0, s.nextAttemptAtMs - now, qint64(INT_MAX)));
        Q_EMIT note(s.event.function, s.event.requestId,
                    QStringLiteral(
                        "Async event %1: taken back from the last session (%2 attempt(s) so far); next attempt in %3")
                        .arg(s.event.requestId)
                        .arg(s.attempts)
                        .arg(seconds(delay)));
        add(std::move(entry), delay);
    }
}

bool AsyncQueue::add(Entry entry, int delayMs)
{
    const QString id = entry.event.requestId;
    entry.generation = m_generation;
    entry.timer = new QTimer(this);
    entry.timer->setSingleShot(true);
    connect(entry.timer, &QTimer::timeout, this, [this, id] { run(id); });
    Entry &stored = m_events[id] = std::move(entry);
    return schedule(stored, delayMs);
}

bool AsyncQueue::schedule(Entry &entry, int delayMs)
{
    entry.nextAttemptAtMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    const bool saved = save(entry);
    entry.timer->start(delayMs);
    return saved;
}

bool AsyncQueue::save(const Entry &entry)
{
    if (!m_journal.save)
        return true;
    return m_journal.save(entry);
}

int AsyncQueue::maxRetries(const Entry &entry) const
{
    const int configured = int(m_options.retryDelaysMs.size());
    if (!m_policy)
        return configured;
    return m_policy(entry.event).maxRetries.value_or(configured);
}

qint64 AsyncQueue::maxEventAgeMs(const Entry &entry) const
{
    if (!m_policy)
        return m_options.maxEventAgeMs;
    return m_policy(entry.event).maxEventAgeMs.value_or(m_options.maxEventAgeMs);
}

qint64 AsyncQueue::ageMs(const Entry &entry) const
{
    return QDateTime::currentMSecsSinceEpoch() - entry.acceptedAtMs;
}

void AsyncQueue::run(const QString &requestId)
{
    auto it = m_events.find(requestId);
    if (it == m_events.end())
        return;
    if (const qint64 maxAge = maxEventAgeMs(*it); ageMs(*it) > maxAge) {
        finish(requestId, Ending::EventAgeExceeded,
               QStringLiteral("Async event %1 is older than the maximum event age (%2); discarded")
                   .arg(requestId, seconds(int(qMin<qint64>(maxAge, INT_MAX)))));
        return;
    }
    const int attempt = ++it->attempts;
    save(*it); // an attempt cut short by a stop is not lost: it runs again at the next start
    Q_EMIT attemptStarted(it->event.function, requestId, attempt);
    Q_EMIT note(it->event.function, requestId,
                QStringLiteral("Async event %1: attempt %2").arg(requestId).arg(attempt));
    const quint64 generation = it->generation;
    QPointer<AsyncQueue> self(this);
    m_runner(it->event, [self, requestId, generation](Outcome outcome, const QString &detail) {
        if (self)
            self->onAttempt(requestId, generation, outcome, detail);
    });
}

void AsyncQueue::onAttempt(const QString &requestId, quint64 generation, Outcome outcome, const QString &detail)
{
    auto it = m_events.find(requestId);
    if (it == m_events.end() || it->generation != generation)
        return;
    Entry &e = *it;
    const QString function = e.event.function;
    switch (outcome) {
    case Outcome::Succeeded:
        finish(requestId, Ending::Succeeded,
               QStringLiteral("Async event %1: succeeded on attempt %2").arg(requestId).arg(e.attempts));
        return;
    case Outcome::Failed:
        finish(requestId, Ending::Discarded,
               QStringLiteral("Async event %1: cannot run (%2); discarded").arg(requestId, detail));
        return;
    case Outcome::FunctionError: {
        const int retries = maxRetries(e);
        if (e.errorRetries < retries) {
            // Past the configured delays (a policy asking for more retries), the last one again.
            const QList<int> &delays = m_options.retryDelaysMs;
            const int delay = delays.isEmpty() ? 60'000 : delays.at(qMin(e.errorRetries, int(delays.size()) - 1));
            ++e.errorRetries;
            Q_EMIT note(function, requestId,
                        QStringLiteral("Async event %1: attempt %2 failed (%3); retry %4 of %5 in %6")
                            .arg(requestId)
                            .arg(e.attempts)
                            .arg(detail)
                            .arg(e.errorRetries)
                            .arg(retries)
                            .arg(seconds(delay)));
            Q_EMIT retryScheduled(function, requestId, delay);
            schedule(e, delay);
            return;
        }
        finish(requestId, Ending::RetriesExhausted,
               QStringLiteral("Async event %1: attempt %2 failed (%3); no retries left, discarded")
                   .arg(requestId)
                   .arg(e.attempts)
                   .arg(detail));
        return;
    }
    case Outcome::Throttled: {
        const qint64 backoff = qint64(m_options.throttleBaseDelayMs) << qMin(e.throttles++, 20);
        const int delay = int(qMin<qint64>(backoff, m_options.throttleMaxDelayMs));
        if (ageMs(e) + delay > maxEventAgeMs(e)) {
            finish(requestId, Ending::EventAgeExceeded,
                   QStringLiteral("Async event %1: throttled until the maximum event age; discarded").arg(requestId));
            return;
        }
        Q_EMIT note(
            function, requestId,
            QStringLiteral("Async event %1: throttled (%2); retrying in %3").arg(requestId, detail, seconds(delay)));
        Q_EMIT retryScheduled(function, requestId, delay);
        schedule(e, delay);
        return;
    }
    }
}

void AsyncQueue::finish(const QString &requestId, Ending ending, const QString &text)
{
    Entry e = m_events.take(requestId);
    if (e.timer)
        e.timer->deleteLater();
    if (m_journal.remove)
        m_journal.remove(requestId);
    const bool succeeded = ending == Ending::Succeeded;
    Q_EMIT note(e.event.function, requestId, text);
    Q_EMIT finished(e.event.function, requestId, succeeded);
    if (!succeeded)
        Q_EMIT dropped(e.event.function, e.event.qualifier);
    Q_EMIT concluded(Conclusion{e.event, ending, e.attempts, e.acceptedAtMs});
}

void AsyncQueue::discardFunction(const QString &function, const QString &why)
{
    QStringList ids;
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it)
        if (it->event.function == function)
            ids << it.key();
    for (const QString &id : ids) // an attempt still running finds nothing to answer
        finish(id, Ending::Discarded, QStringLiteral("Async event %1: %2; discarded").arg(id, why));
}

void AsyncQueue::stop()
{
    ++m_generation;
    if (!m_journal.save) {
        const QStringList ids = m_events.keys();
        for (const QString &id : ids)
            finish(id, Ending::Discarded,
                   QStringLiteral("Async event %1: Lambdesk stopped before it could finish; discarded").arg(id));
        return;
    }
    for (auto it = m_events.begin(); it != m_events.end(); ++it) {
        delete it->timer;
        Q_EMIT note(it->event.function, it.key(),
                    QStringLiteral("Async event %1: Lambdesk is stopping; the event is kept and runs at the next start")
                        .arg(it.key()));
    }
    m_events.clear();
}

} // namespace lambdesk
