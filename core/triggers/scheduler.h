#pragma once

#include "schedulestore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace lambdesk {

// Fires schedules: one QTimer armed for the earliest next run of the enabled schedules, due()
// for each schedule whose time has come. Runs missed while the machine slept or Lambdesk was
// not running are not made up for (EventBridge does not backfill either): a run is fired only
// when the timer finds it less than a minute late, and the next run is the first after now.
// The clock is injectable, so tests drive time; the timer never waits more than a minute at
// once, so a suspend (which stops the monotonic clock QTimer counts on) is noticed then.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    static constexpr qint64 kLateToleranceMs = 60'000;
    static constexpr int kMaxWaitMs = 60'000;

    explicit Scheduler(QObject *parent = nullptr);

    // Empty: the system clock (UTC). Pending runs are computed again from the new clock's now.
    void setClock(Clock clock);
    QDateTime now() const;

    // Replaces the schedules. A schedule that keeps its expression and stays enabled keeps its
    // pending run; the others get the first run after now. Broken and disabled ones never fire.
    void setSchedules(const QList<Schedule> &schedules);
    // Not started: nothing fires (the timer is not armed).
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // The pending run of a schedule (none when disabled, broken, unknown or over).
    std::optional<QDateTime> nextRun(const QString &name) const;
    // When the timer is set to look next (invalid when nothing is pending or stopped).
    QDateTime wakeUp() const { return m_wakeUp; }
    const QTimer &timer() const { return m_timer; }

    // What the timer runs (nothing while stopped): fires every pending run whose time has come (now ≥ it), skipping
    // those more than kLateToleranceMs late, moves each to its next run after now, re-arms.
    void tick();

Q_SIGNALS:
    void due(const lambdesk::Schedule &schedule, const QDateTime &scheduledTime);
    // A run passed unfired (the machine slept, the clock jumped).
    void missed(const lambdesk::Schedule &schedule, const QDateTime &scheduledTime);

private:
    struct Entry
    {
        Schedule schedule;
        std::optional<QDateTime> pending;
    };
    std::optional<QDateTime> firstAfter(const Schedule &schedule, const QDateTime &after) const;
    void arm();

    Clock m_clock;
    QHash<QString, Entry> m_entries;
    QTimer m_timer{this};
    QDateTime m_wakeUp;
    bool m_running = false;
};

} // namespace lambdesk
