#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace lambdesk {

// Moves an alias's traffic from its version to a new one in steps, as CodeDeploy's presets do,
// and rolls back on a click or by itself when the new version fails too often. It decides
// only: weightChanged() says what share the new version should get, and whoever owns the alias
// applies it. Steps come from its own timer (interval()), or from whoever calls tick() after
// useExternalClock() (tests, which then need no wall clock).
class TrafficShift : public QObject
{
    Q_OBJECT
public:
    // Canary: 10 %, then everything one interval later (Canary10Percent5Minutes).
    // Linear: +10 % each interval (Linear10PercentEvery1Minute). AllAtOnce: everything now.
    enum class Preset { Canary10Percent, Linear10Percent, AllAtOnce };
    enum class State { Idle, Shifting, Done, Stopped, RolledBack };

    struct Plan
    {
        QString alias;
        QString fromVersion; // what the alias runs now
        QString toVersion;   // the new version
        Preset preset = Preset::Canary10Percent;
        int intervalMs = 10000;
        // Roll back when the new version's share of errors among its invocations through the
        // alias goes past this (0..1), once it has had at least minInvocations.
        double errorThreshold = 0.2;
        int minInvocations = 3;
        // The share the new version already has (an alias that already sends it some traffic):
        // the steps at or below it are skipped, so a shift never moves traffic back. A canary
        // past its 10 % keeps the share it has for one interval instead.
        double startWeight = 0;
    };

    explicit TrafficShift(QObject *parent = nullptr);

    // The new version's weights, step by step (the last is 1).
    static QList<double> schedule(Preset preset);
    static QString presetName(Preset preset);

    // Begins a shift (ending any other): the first step's weight is announced at once.
    void start(const Plan &plan);
    // Holds the current weight; no more steps.
    void stop();
    // Every invocation goes to the old version again.
    void rollBack(const QString &why = {});
    // Steps are driven from outside (tick()) instead of the timer.
    void useExternalClock();

    State state() const { return m_state; }
    bool isShifting() const { return m_state == State::Shifting; }
    const Plan &plan() const { return m_plan; }
    double weight() const { return m_weight; }
    int step() const { return m_step; }
    int stepCount() const { return int(m_schedule.size()); }
    int invocations() const { return m_invocations; }
    int errors() const { return m_errors; }
    // What happened last, for people ("Rolled back: 2 of 3 invocations of version 2 failed").
    QString summary() const { return m_summary; }

public Q_SLOTS:
    // The next step (the timer's, or the external clock's).
    void tick();
    // An invocation ended: those of the alias that ran the new version count toward its error rate.
    void recordInvocation(const QString &qualifier, const QString &executedVersion, bool failed);

Q_SIGNALS:
    // The share (0..1) of the alias's invocations the new version should get now.
    void weightChanged(double weight);
    void stateChanged(lambdesk::TrafficShift::State state);

private:
    void setWeight(double weight);
    void finish(State state, const QString &summary);

    Plan m_plan;
    QList<double> m_schedule;
    State m_state = State::Idle;
    int m_step = 0; // steps taken
    double m_weight = 0;
    int m_invocations = 0;
    int m_errors = 0;
    QString m_summary;
    QTimer m_timer{this};
    bool m_external = false;
};

} // namespace lambdesk
