// Backend: schedules (core/triggers) — EventBridge schedule rules kept in the workspace, whose
// runs are Event invocations of the Scheduled Event, announced on the one channel with the
// source Schedule.
#include "backend.h"

#include "store/workspace.h"
#include "triggers/scheduleexpression.h"
#include "triggers/scheduler.h"

#include <QUuid>

#include <algorithm>

namespace lambdesk {

namespace {
// Lambdesk is one local account (the Invoker's ARNs use it too).
const QString kAccount = QStringLiteral("000000000000");
} // namespace

void Backend::loadSchedules()
{
    if (!m_scheduler) {
        m_scheduler = new Scheduler(this);
        connect(m_scheduler, &Scheduler::due, this, &Backend::runSchedule);
        connect(m_scheduler, &Scheduler::missed, this, [](const Schedule &s, const QDateTime &time) {
            qInfo("Schedule %s: the run of %s was missed (Lambdesk was not running or the machine slept); "
                  "runs are not made up for",
                  qPrintable(s.name), qPrintable(time.toString(Qt::ISODate)));
        });
        // The last run's result, from the one channel (an Event run may end after retries).
        connect(this, &Backend::invocationFinished, this, [this](const InvocationResult &r) {
            if (r.source != InvocationSource::Schedule)
                return;
            for (ScheduleRun &run : m_scheduleRuns) {
                if (run.requestId == r.requestId)
                    run.result = statusName(r.status);
            }
        });
    }
    auto read = schedulestore::read(m_workspace->root());
    if (!read) {
        // Left on disk as it is; said here for `lambdesk serve`, and by listSchedules().
        qWarning("%s", qPrintable(read.error().message));
        m_schedulesError = read.error();
        m_schedules.clear();
    } else {
        m_schedulesError.reset();
        m_schedules = read.value();
        for (const Schedule &s : std::as_const(m_schedules)) {
            if (!s.brokenReason.isEmpty())
                qWarning("Schedule %s cannot run: %s", qPrintable(s.name), qPrintable(s.brokenReason));
        }
    }
    m_scheduler->setSchedules(m_schedules);
    if (m_options.runSchedules)
        m_scheduler->start();
}

Status Backend::saveSchedules(const QList<Schedule> &schedules)
{
    if (m_schedulesError)
        return Error::conflict(QStringLiteral("Schedules cannot be changed while %1 cannot be read: %2")
                                   .arg(schedulestore::fileOf(m_workspace->root()), m_schedulesError->message));
    if (auto s = schedulestore::write(m_workspace->root(), schedules); !s)
        return s;
    m_schedules = schedules;
    m_scheduler->setSchedules(m_schedules);
    Q_EMIT schedulesChanged();
    return Ok{};
}

Backend::ScheduleInfo Backend::scheduleInfo(const Schedule &schedule, int nextRuns) const
{
    ScheduleInfo info;
    info.schedule = schedule;
    if (!schedule.brokenReason.isEmpty()) {
        info.problem = schedule.brokenReason;
    } else {
        const QString function = schedule.functionName();
        if (m_broken.contains(function)) {
            info.problem = QStringLiteral("function %1 is broken and cannot run").arg(function);
        } else if (!m_functions.contains(function)) {
            info.problem = QStringLiteral("function %1 does not exist (deleted?); the schedule's runs fail until it "
                                          "exists again")
                               .arg(function);
        } else if (!schedule.qualifier().isEmpty()) {
            Error error;
            if (!resolve(function, schedule.qualifier(), &error))
                info.problem = error.message;
        }
        if (schedule.enabled && m_scheduler) {
            const auto expression = ScheduleExpression::parse(schedule.expression);
            if (expression) {
                // The pending run first (it is what fires), then the ones after it.
                const QDateTime now = m_scheduler->now();
                if (const auto pending = m_scheduler->nextRun(schedule.name)) {
                    info.nextRuns.append(*pending);
                    info.nextRuns += expression->nextRuns(*pending, nextRuns - 1, schedule.created);
                } else {
                    info.nextRuns = expression->nextRuns(now, nextRuns, schedule.created);
                }
                info.nextRuns = info.nextRuns.mid(0, std::max(0, nextRuns));
            }
        }
    }
    if (const auto it = m_scheduleRuns.constFind(schedule.name); it != m_scheduleRuns.cend()) {
        info.lastRun = it->time;
        info.lastRequestId = it->requestId;
        info.lastResult = it->result;
    }
    return info;
}

Result<QList<Backend::ScheduleInfo>> Backend::listSchedules(int nextRuns) const
{
    if (m_schedulesError)
        return *m_schedulesError;
    QList<ScheduleInfo> out;
    for (const Schedule &s : m_schedules)
        out.append(scheduleInfo(s, nextRuns));
    std::sort(out.begin(), out.end(),
              [](const ScheduleInfo &a, const ScheduleInfo &b) { return a.schedule.name < b.schedule.name; });
    return out;
}

Result<Backend::ScheduleInfo> Backend::getSchedule(const QString &name, int nextRuns) const
{
    if (m_schedulesError)
        return *m_schedulesError;
    for (const Schedule &s : m_schedules) {
        if (s.name == name)
            return scheduleInfo(s, nextRuns);
    }
    return Error::notFound(QStringLiteral("Schedule %1 does not exist").arg(name));
}

Result<Backend::ScheduleInfo> Backend::createSchedule(Schedule schedule)
{
    if (!m_started)
        return Error{Error::Kind::Unavailable, QStringLiteral("The backend is not started"), {}};
    schedule.brokenReason.clear();
    if (auto e = schedulestore::validate(schedule))
        return *e;
    if (!m_functions.contains(schedule.functionName()) && !m_broken.contains(schedule.functionName()))
        return Error::notFound(QStringLiteral("Function not found: %1 (the schedule's Function)")
                                   .arg(functionArn(schedule.functionName())));
    for (const Schedule &s : std::as_const(m_schedules)) {
        if (s.name == schedule.name)
            return Error::conflict(
                QStringLiteral("Schedule %1 already exists; choose another Name").arg(schedule.name));
    }
    // Whole seconds, as schedules.json keeps it.
    const QDateTime now = m_scheduler ? m_scheduler->now() : QDateTime::currentDateTimeUtc();
    schedule.created = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    QList<Schedule> schedules = m_schedules;
    schedules.append(schedule);
    if (auto s = saveSchedules(schedules); !s)
        return s.error();
    return scheduleInfo(schedule, 5);
}

Result<Backend::ScheduleInfo> Backend::updateSchedule(Schedule schedule)
{
    if (!m_started)
        return Error{Error::Kind::Unavailable, QStringLiteral("The backend is not started"), {}};
    schedule.brokenReason.clear();
    if (auto e = schedulestore::validate(schedule))
        return *e;
    QList<Schedule> schedules = m_schedules;
    for (Schedule &s : schedules) {
        if (s.name != schedule.name)
            continue;
        if (s.function != schedule.function && !m_functions.contains(schedule.functionName())
            && !m_broken.contains(schedule.functionName()))
            return Error::notFound(QStringLiteral("Function not found: %1 (the schedule's Function)")
                                       .arg(functionArn(schedule.functionName())));
        schedule.created = s.created.isValid() ? s.created
                                               : (m_scheduler ? m_scheduler->now() : QDateTime::currentDateTimeUtc());
        s = schedule;
        if (auto saved = saveSchedules(schedules); !saved)
            return saved.error();
        return scheduleInfo(schedule, 5);
    }
    return Error::notFound(QStringLiteral("Schedule %1 does not exist").arg(schedule.name));
}

Result<Backend::ScheduleInfo> Backend::setScheduleEnabled(const QString &name, bool enabled)
{
    QList<Schedule> schedules = m_schedules;
    for (Schedule &s : schedules) {
        if (s.name != name)
            continue;
        if (!s.brokenReason.isEmpty())
            return Error::conflict(QStringLiteral("Schedule %1 cannot be enabled or disabled: %2; edit or delete it")
                                       .arg(name, s.brokenReason));
        if (s.enabled == enabled)
            return scheduleInfo(s, 5);
        s.enabled = enabled;
        const Schedule changed = s;
        if (auto saved = saveSchedules(schedules); !saved)
            return saved.error();
        return scheduleInfo(changed, 5);
    }
    if (m_schedulesError)
        return *m_schedulesError;
    return Error::notFound(QStringLiteral("Schedule %1 does not exist").arg(name));
}

Status Backend::deleteSchedule(const QString &name)
{
    if (m_schedulesError)
        return *m_schedulesError;
    QList<Schedule> schedules = m_schedules;
    const qsizetype removed = schedules.removeIf([&](const Schedule &s) { return s.name == name; });
    if (removed == 0)
        return Error::notFound(QStringLiteral("Schedule %1 does not exist").arg(name));
    if (auto saved = saveSchedules(schedules); !saved)
        return saved;
    m_scheduleRuns.remove(name);
    return Ok{};
}

QByteArray Backend::scheduledEvent(const QString &scheduleName, const QDateTime &scheduledTime) const
{
    // Rule names are [.-_A-Za-z0-9] and regions [a-z0-9-]: nothing here needs escaping.
    return QStringLiteral("{\"version\":\"0\",\"id\":\"%1\",\"detail-type\":\"Scheduled Event\","
                          "\"source\":\"aws.events\",\"account\":\"%2\",\"time\":\"%3\",\"region\":\"%4\","
                          "\"resources\":[\"arn:aws:events:%4:%2:rule/%5\"],\"detail\":{}}")
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), kAccount,
             scheduledTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")), m_options.region, scheduleName)
        .toUtf8();
}

void Backend::runSchedule(const Schedule &schedule, const QDateTime &scheduledTime)
{
    InvokeRequest request;
    request.function = schedule.functionName();
    request.qualifier = schedule.qualifier();
    request.payload = schedule.input.isEmpty() ? scheduledEvent(schedule.name, scheduledTime) : schedule.input;
    request.type = InvocationType::Event;
    request.source = InvocationSource::Schedule;
    const QString name = schedule.name;
    invoke(std::move(request), [this, name, scheduledTime](Result<InvocationResult> r) {
        ScheduleRun run{scheduledTime, {}, {}};
        if (r) {
            run.requestId = r->requestId;
            run.result = statusName(r->status);
        } else {
            run.result = QStringLiteral("refused: %1").arg(r.error().message);
            qWarning("Schedule %s: the run of %s was refused: %s", qPrintable(name),
                     qPrintable(scheduledTime.toString(Qt::ISODate)), qPrintable(r.error().message));
        }
        m_scheduleRuns.insert(name, run);
        Q_EMIT scheduleRan(name, run.requestId, scheduledTime, run.result);
    });
}

} // namespace lambdesk
