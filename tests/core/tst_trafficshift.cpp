#include "invoke/trafficshift.h"

#include <QSignalSpy>
#include <QTest>

using namespace lambdesk;

namespace {

TrafficShift::Plan plan(TrafficShift::Preset preset)
{
    TrafficShift::Plan p;
    p.alias = QStringLiteral("live");
    p.fromVersion = QStringLiteral("1");
    p.toVersion = QStringLiteral("2");
    p.preset = preset;
    p.errorThreshold = 0.25;
    p.minInvocations = 4;
    return p;
}

QList<double> weights(const QSignalSpy &spy)
{
    QList<double> out;
    for (const auto &call : spy)
        out.append(call.first().toDouble());
    return out;
}

} // namespace

class TestTrafficShift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canaryIsTenPercentThenAll()
    {
        TrafficShift shift;
        shift.useExternalClock();
        QSignalSpy spy(&shift, &TrafficShift::weightChanged);
        shift.start(plan(TrafficShift::Preset::Canary10Percent));
        QCOMPARE(weights(spy), QList<double>{0.1});
        QVERIFY(shift.isShifting());
        shift.tick();
        QCOMPARE(weights(spy), (QList<double>{0.1, 1.0}));
        QCOMPARE(shift.state(), TrafficShift::State::Done);
        shift.tick(); // nothing after the end
        QCOMPARE(spy.size(), 2);
    }

    void linearAddsTenPercentPerStep()
    {
        TrafficShift shift;
        shift.useExternalClock();
        QSignalSpy spy(&shift, &TrafficShift::weightChanged);
        shift.start(plan(TrafficShift::Preset::Linear10Percent));
        for (int i = 0; i < 20; ++i)
            shift.tick();
        const QList<double> w = weights(spy);
        QCOMPARE(w.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(qRound(w.at(i) * 100), (i + 1) * 10);
        QCOMPARE(shift.state(), TrafficShift::State::Done);
    }

    void aShareTheNewVersionHasIsNeverTakenBack()
    {
        // The alias already sends 25 % to version 2: a linear shift goes on from there, a canary
        // holds the 25 % for one interval, all-at-once goes to 100 %.
        TrafficShift shift;
        shift.useExternalClock();
        QSignalSpy spy(&shift, &TrafficShift::weightChanged);
        TrafficShift::Plan p = plan(TrafficShift::Preset::Linear10Percent);
        p.startWeight = 0.25;
        shift.start(p);
        for (int i = 0; i < 20; ++i)
            shift.tick();
        QList<int> percents;
        for (double w : weights(spy))
            percents.append(qRound(w * 100));
        QCOMPARE(percents, (QList<int>{30, 40, 50, 60, 70, 80, 90, 100}));
        QCOMPARE(shift.stepCount(), 8);

        spy.clear();
        p.preset = TrafficShift::Preset::Canary10Percent;
        shift.start(p);
        QCOMPARE(weights(spy), QList<double>{0.25});
        shift.tick();
        QCOMPARE(weights(spy), (QList<double>{0.25, 1.0}));
        QCOMPARE(shift.state(), TrafficShift::State::Done);

        spy.clear();
        p.preset = TrafficShift::Preset::AllAtOnce;
        shift.start(p);
        QCOMPARE(weights(spy), QList<double>{1.0});
        QCOMPARE(shift.state(), TrafficShift::State::Done);
    }

    void ownTimerSteps()
    {
        TrafficShift shift;
        auto p = plan(TrafficShift::Preset::Canary10Percent);
        p.intervalMs = 1;
        QSignalSpy spy(&shift, &TrafficShift::weightChanged);
        shift.start(p);
        QVERIFY(spy.wait(30000)); // the timer's step, whenever it comes
        QCOMPARE(weights(spy), (QList<double>{0.1, 1.0}));
    }

    void stopHoldsAndRollBackReturnsEverything()
    {
        TrafficShift shift;
        shift.useExternalClock();
        QSignalSpy spy(&shift, &TrafficShift::weightChanged);
        shift.start(plan(TrafficShift::Preset::Linear10Percent));
        shift.tick();
        shift.stop();
        QCOMPARE(shift.state(), TrafficShift::State::Stopped);
        shift.tick();
        QCOMPARE(weights(spy), (QList<double>{0.1, 0.2}));
        shift.rollBack();
        QCOMPARE(weights(spy).last(), 0.0);
        QCOMPARE(shift.state(), TrafficShift::State::RolledBack);
    }

    void rollsBackByItselfPastTheErrorThreshold()
    {
        TrafficShift shift;
        shift.useExternalClock();
        QSignalSpy spy(&shift, &TrafficShift::weightChanged);
        shift.start(plan(TrafficShift::Preset::Linear10Percent));
        // Not counted: the old version's failures, another alias, $LATEST.
        shift.recordInvocation(QStringLiteral("live"), QStringLiteral("1"), true);
        shift.recordInvocation(QStringLiteral("other"), QStringLiteral("2"), true);
        shift.recordInvocation(QStringLiteral("$LATEST"), QStringLiteral("$LATEST"), true);
        QCOMPARE(shift.invocations(), 0);
        // 1 of 4 = 25 %: not past the threshold.
        shift.recordInvocation(QStringLiteral("live"), QStringLiteral("2"), true);
        for (int i = 0; i < 3; ++i)
            shift.recordInvocation(QStringLiteral("live"), QStringLiteral("2"), false);
        QVERIFY(shift.isShifting());
        // Below the minimum count nothing is decided; past it, 2 of 5 = 40 %.
        shift.recordInvocation(QStringLiteral("live"), QStringLiteral("2"), true);
        QCOMPARE(shift.state(), TrafficShift::State::RolledBack);
        QCOMPARE(weights(spy).last(), 0.0);
        QVERIFY2(shift.summary().contains(QStringLiteral("2 of 5")), qPrintable(shift.summary()));
        shift.tick();
        QCOMPARE(weights(spy).last(), 0.0);
    }

    void fewInvocationsDecideNothing()
    {
        TrafficShift shift;
        shift.useExternalClock();
        shift.start(plan(TrafficShift::Preset::Canary10Percent));
        for (int i = 0; i < 3; ++i)
            shift.recordInvocation(QStringLiteral("live"), QStringLiteral("2"), true);
        QVERIFY(shift.isShifting());
    }
};

QTEST_GUILESS_MAIN(TestTrafficShift)
#include "tst_trafficshift.moc"
