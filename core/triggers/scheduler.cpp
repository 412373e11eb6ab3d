#include "scheduler.h"

#include "scheduleexpression.h"

namespace lambdesk {

Scheduler::Scheduler(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // fire at the minute, not up to 5% late
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
}

void Scheduler::setClock(Clock clock)
{
    // Another timeline: every pending run is the first after its now.
    m_clock = std::move(clock);
    const QDateTime t = now();
    for (Entry &e : m_entries)
        e.pending = firstAfter(e.schedule, t);
    arm();
}

QDateTime Scheduler::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

std::optional<QDateTime> Scheduler::firstAfter(const Schedule &schedule, const QDateTime &after) const
{
    if (!schedule.enabled || !schedule.brokenReason.isEmpty())
        return std::nullopt;
    const auto expression = ScheduleExpression::parse(schedule.expression);
    if (!expression)
        return std::nullopt;
    return expression->next(after, schedule.created);
}

void Scheduler::setSchedules(const QList<Schedule> &schedules)
{
    const QDateTime t = now();
    QHash<QString, Entry> entries;
    for (const Schedule &s : schedules) {
        Entry e{s, {}};
        const auto old = m_entries.constFind(s.name);
        if (old != m_entries.cend() && old->pending && old->schedule.expression == s.expression
            && old->schedule.created == s.created && s.enabled && s.brokenReason.isEmpty())
            e.pending = old->pending;
        else
            e.pending = firstAfter(s, t);
        entries.insert(s.name, e);
    }
    m_entries = std::move(entries);
    arm();
}

void Scheduler::start()
{
    m_running = true;
    arm();
}

void Scheduler::stop()
{
    m_running = false;
    arm();
}

std::optional<QDateTime> Scheduler::nextRun(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.cend() ? std::nullopt : it->pending;
}

void Scheduler::tick()
{
    if (!m_running)
        return;
    const QDateTime t = now();
    QList<std::pair<Schedule, QDateTime>> fire, skipped;
    for (Entry &e : m_entries) {
        if (!e.pending || *e.pending > t)
            continue;
        if (e.pending->msecsTo(t) <= kLateToleranceMs)
            fire.append({e.schedule, *e.pending});
        else
            skipped.append({e.schedule, *e.pending});
        e.pending = firstAfter(e.schedule, t);
    }
    // State first, then the signals: a slot may change the schedules.
    arm();
    for (const auto &[schedule, time] : std::as_const(skipped))
        Q_EMIT missed(schedule, time);
    for (const auto &[schedule, time] : std::as_const(fire))
        Q_EMIT due(schedule, time);
}

void Scheduler::arm()
{
    m_timer.stop();
    m_wakeUp = {};
    if (!m_running)
        return;
    std::optional<QDateTime> earliest;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.pending && (!earliest || *e.pending < *earliest))
            earliest = e.pending;
    }
    if (!earliest)
        return;
    m_wakeUp = *earliest;
    const qint64 wait = std::clamp<qint64>(now().msecsTo(*earliest), 0, kMaxWaitMs);
    m_timer.start(int(wait));
}

} // namespace lambdesk
