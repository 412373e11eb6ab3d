#include "trafficshift.h"

namespace lambdesk {

TrafficShift::TrafficShift(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TrafficShift::tick);
}

QList<double> TrafficShift::schedule(Preset preset)
{
    switch (preset) {
    case Preset::Canary10Percent: return {0.1, 1.0};
    case Preset::Linear10Percent: {
        QList<double> steps;
        for (int i = 1; i <= 10; ++i)
            steps.append(i / 10.0);
        return steps;
    }
    case Preset::AllAtOnce: break;
    }
    return {1.0};
}

QString TrafficShift::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Canary10Percent: return tr("Canary: 10 %, then all");
    case Preset::Linear10Percent: return tr("Linear: +10 % per step");
    case Preset::AllAtOnce: break;
    }
    return tr("All at once");
}

void TrafficShift::start(const Plan &plan)
{
    m_timer.stop();
    m_plan = plan;
    m_schedule = schedule(plan.preset);
    const qsizetype steps = m_schedule.size();
    m_schedule.removeIf([&](double w) { return w < 1.0 && w <= plan.startWeight; });
    if (m_schedule.size() == 1 && steps > 1)
        m_schedule.prepend(plan.startWeight);
    m_step = 0;
    m_weight = plan.startWeight;
    m_invocations = 0;
    m_errors = 0;
    m_state = State::Shifting;
    m_summary = tr("Shifting %1 from version %2 to %3").arg(plan.alias, plan.fromVersion, plan.toVersion);
    Q_EMIT stateChanged(m_state);
    tick();
}

void TrafficShift::tick()
{
    if (m_state != State::Shifting || m_step >= m_schedule.size())
        return;
    setWeight(m_schedule.at(m_step++));
    if (m_step >= m_schedule.size()) {
        finish(State::Done, tr("Done: %1 runs version %2").arg(m_plan.alias, m_plan.toVersion));
        return;
    }
    if (!m_external)
        m_timer.start(m_plan.intervalMs);
}

void TrafficShift::stop()
{
    if (m_state != State::Shifting)
        return;
    finish(State::Stopped, tr("Stopped at %1 % on version %2").arg(qRound(m_weight * 100)).arg(m_plan.toVersion));
}

void TrafficShift::rollBack(const QString &why)
{
    if (m_state == State::Idle || m_state == State::RolledBack)
        return;
    setWeight(0);
    finish(State::RolledBack,
           why.isEmpty() ? tr("Rolled back: %1 runs version %2").arg(m_plan.alias, m_plan.fromVersion)
                         : tr("Rolled back: %1").arg(why));
}

void TrafficShift::useExternalClock()
{
    m_external = true;
    m_timer.stop();
}

void TrafficShift::recordInvocation(const QString &qualifier, const QString &executedVersion, bool failed)
{
    if (m_state != State::Shifting || qualifier != m_plan.alias || executedVersion != m_plan.toVersion)
        return;
    ++m_invocations;
    if (failed)
        ++m_errors;
    if (m_invocations >= m_plan.minInvocations && double(m_errors) / m_invocations > m_plan.errorThreshold)
        rollBack(tr("%1 of %2 invocations of version %3 failed (more than %4 %)")
                     .arg(m_errors)
                     .arg(m_invocations)
                     .arg(m_plan.toVersion)
                     .arg(qRound(m_plan.errorThreshold * 100)));
}

void TrafficShift::setWeight(double weight)
{
    m_weight = weight;
    Q_EMIT weightChanged(weight);
}

void TrafficShift::finish(State state, const QString &summary)
{
    m_timer.stop();
    m_state = state;
    m_summary = summary;
    Q_EMIT stateChanged(state);
}

} // namespace lambdesk
