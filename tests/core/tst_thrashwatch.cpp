// When an environment at its memory limit counts as thrashing: readings in, a verdict out.
#include "runtime/thrashwatch.h"

#include <QtTest>

using namespace lambdesk;

namespace {
constexpr qint64 kMb = 1024 * 1024;
constexpr qint64 kLimit = 128 * kMb;

struct Tick
{
    qint64 ms;
    qint64 usageMb;
    qint64 refaults; // cumulative pages; -1: the kernel counts none
    qint64 major;    // cumulative
};
} // namespace

Q_DECLARE_METATYPE(QList<Tick>)

class TestThrashWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdict_data()
    {
        QTest::addColumn<QList<Tick>>("ticks");
        QTest::addColumn<int>("thrashingFrom"); // index of the first tick that says so; -1: none

        // As measured: node at 128 MB with its code charged to the environment, 8000 pages read
        // back every 250 ms at 127-128 MB.
        QTest::newRow("sustained at the limit")
            << QList<Tick>{{0, 100, 80, 5},       {250, 127, 3323, 16},   {500, 127, 10135, 26},
                           {750, 128, 13739, 28}, {1000, 127, 21317, 33}, {1250, 127, 28164, 37}}
            << 4;
        // The first reading only sets the counters: what came before it is not counted.
        QTest::newRow("first reading is a baseline")
            << QList<Tick>{{0, 127, 50000, 0}, {250, 127, 50010, 0}, {500, 127, 50020, 0}} << -1;
        // Memory used up to the limit without reading anything back: the kernel's business.
        QTest::newRow("at the limit, nothing read back")
            << QList<Tick>{{0, 120, 80, 5},   {250, 127, 80, 5},  {500, 128, 80, 5},
                           {750, 128, 80, 5}, {1000, 128, 80, 5}, {1250, 128, 80, 5}}
            << -1;
        // Pages read back far from the limit: a function reading files, not thrashing.
        QTest::newRow("reads back below the limit")
            << QList<Tick>{{0, 60, 0, 0},        {250, 60, 5000, 10},   {500, 60, 10000, 20},
                           {750, 61, 15000, 30}, {1000, 60, 20000, 40}, {1250, 60, 25000, 50}}
            << -1;
        // The odd page read back at the limit.
        QTest::newRow("a few pages") << QList<Tick>{{0, 127, 0, 0},    {250, 127, 10, 1},  {500, 127, 20, 2},
                                                    {750, 127, 30, 3}, {1000, 127, 40, 4}, {1250, 127, 50, 5}}
                                     << -1;
        // A pause in between starts the count again.
        QTest::newRow("interrupted") << QList<Tick>{{0, 127, 0, 0},       {250, 127, 1000, 1},  {500, 127, 2000, 2},
                                                    {750, 127, 3000, 3},  {1000, 100, 3000, 3}, {1250, 127, 4000, 4},
                                                    {1500, 127, 5000, 5}, {1750, 127, 6000, 6}, {2000, 127, 7000, 7},
                                                    {2250, 127, 8000, 8}}
                                     << 8;
        // Slow ticks (a loaded machine): three of them are enough once a second has passed.
        QTest::newRow("three slow ticks")
            << QList<Tick>{{0, 127, 0, 0}, {600, 127, 1000, 1}, {1200, 127, 2000, 2}, {1800, 127, 3000, 3}} << 3;
        // Fast ticks: the second must have passed too.
        QTest::newRow("many fast ticks") << QList<Tick>{{0, 127, 0, 0},     {100, 127, 100, 0},  {200, 127, 200, 0},
                                                        {300, 127, 300, 0}, {400, 127, 400, 0},  {500, 127, 500, 0},
                                                        {900, 127, 900, 0}, {1000, 127, 1000, 0}}
                                         << 7;
        // Kernels that count no refaults: major faults stand in.
        QTest::newRow("major faults only") << QList<Tick>{{0, 127, -1, 10},
                                                          {250, 127, -1, 14},
                                                          {500, 127, -1, 18},
                                                          {750, 127, -1, 22},
                                                          {1000, 127, -1, 26}}
                                           << 4;
        QTest::newRow("no major faults either") << QList<Tick>{{0, 127, -1, 10},
                                                               {250, 127, -1, 10},
                                                               {500, 127, -1, 10},
                                                               {750, 127, -1, 10},
                                                               {1000, 127, -1, 10}}
                                                << -1;
    }
    void verdict()
    {
        QFETCH(QList<Tick>, ticks);
        QFETCH(int, thrashingFrom);
        ThrashWatch watch;
        int first = -1;
        for (int i = 0; i < ticks.size(); ++i) {
            const Tick &t = ticks.at(i);
            const bool thrashing = watch.feed({t.ms, t.usageMb * kMb, kLimit, t.refaults, t.major});
            if (thrashing && first < 0)
                first = i;
        }
        QCOMPARE(first, thrashingFrom);
    }

    // The message's figures: how long, and how much came back, since it began.
    void figures()
    {
        ThrashWatch watch;
        QVERIFY(!watch.feed({0, 127 * kMb, kLimit, 0, 0}));
        QVERIFY(!watch.feed({250, 127 * kMb, kLimit, 1000, 0}));
        QVERIFY(!watch.feed({500, 127 * kMb, kLimit, 3000, 0}));
        QVERIFY(!watch.feed({750, 127 * kMb, kLimit, 6000, 0}));
        QVERIFY(watch.feed({1000, 127 * kMb, kLimit, 10000, 0}));
        QCOMPARE(watch.thrashingMs(), 1000);
        QCOMPARE(watch.refaultedPages(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestThrashWatch)
#include "tst_thrashwatch.moc"
