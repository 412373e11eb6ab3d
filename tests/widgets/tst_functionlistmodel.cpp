// The function list: sorted by name, kept sorted through inserts and removals, with what runs
// (invocations from every source) and what waits warm, under QAbstractItemModelTester.
#include "functions/functionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace lambdesk;

namespace {
FunctionConfig fn(const QString &name, int memory = 128)
{
    FunctionConfig c;
    c.name = name;
    c.runtime = QStringLiteral("python3.11");
    c.memorySize = memory;
    return c;
}
} // namespace

class TestFunctionListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staysSortedThroughChanges()
    {
        FunctionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFunctions({fn(QStringLiteral("orders")), fn(QStringLiteral("alpha")), fn(QStringLiteral("mail"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.functionAt(0).name, QStringLiteral("alpha"));
        QCOMPARE(model.functionAt(2).name, QStringLiteral("orders"));
        model.updateFunction(fn(QStringLiteral("beta")));
        QCOMPARE(model.rowOf(QStringLiteral("beta")), 1);
        model.updateFunction(fn(QStringLiteral("beta"), 512)); // an update, not a second row
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.functionAt(1).memorySize, 512);
        model.removeFunction(QStringLiteral("alpha"));
        model.removeFunction(QStringLiteral("unknown"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.functionAt(0).name, QStringLiteral("beta"));
        QCOMPARE(model.functionAt(7).name, QString()); // out of range: empty, no crash
        QCOMPARE(model.rowOf(QStringLiteral("alpha")), -1);
    }

    void stateSaysWhatRuns_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("running");
        QTest::addColumn<QString>("state");
        QTest::newRow("nothing") << 0 << 0 << QStringLiteral("idle");
        QTest::newRow("one warm") << 1 << 0 << QStringLiteral("1 warm");
        QTest::newRow("three warm") << 3 << 0 << QStringLiteral("3 warm");
        QTest::newRow("running") << 0 << 1 << QStringLiteral("running");
        QTest::newRow("running wins over warm") << 2 << 1 << QStringLiteral("running");
        QTest::newRow("running twice") << 0 << 2 << QStringLiteral("running ×2");
    }
    void stateSaysWhatRuns()
    {
        QFETCH(int, idle);
        QFETCH(int, running);
        QFETCH(QString, state);
        FunctionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFunctions({fn(QStringLiteral("a")), fn(QStringLiteral("b"))});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setWarmEnvironments(QStringLiteral("b"), idle);
        model.setRunning(QStringLiteral("b"), running);
        const QModelIndex b = model.index(1);
        QCOMPARE(b.data(FunctionListModel::StateRole).toString(), state);
        QCOMPARE(b.data(FunctionListModel::IdleRole).toInt(), idle);
        QCOMPARE(b.data(FunctionListModel::RunningRole).toInt(), running);
        QVERIFY(b.data(Qt::ToolTipRole).toString().contains(state));
        QCOMPARE(model.index(0).data(FunctionListModel::StateRole).toString(), QStringLiteral("idle"));
        QCOMPARE(changed.size(), (idle > 0 ? 1 : 0) + (running > 0 ? 1 : 0)); // only real changes
        for (const auto &args : std::as_const(changed))
            QCOMPARE(args.at(0).toModelIndex().row(), 1);
    }

    // Counts survive a reload of the list (functionsChanged re-reads it).
    void countsSurviveAReload()
    {
        FunctionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFunctions({fn(QStringLiteral("a"))});
        model.setRunning(QStringLiteral("a"), 2);
        model.setWarmEnvironments(QStringLiteral("a"), 1);
        model.setWarmEnvironments(QStringLiteral("ghost"), 4); // not listed: ignored
        model.setFunctions({fn(QStringLiteral("z")), fn(QStringLiteral("a"))});
        QCOMPARE(model.index(0).data(FunctionListModel::RunningRole).toInt(), 2);
        QCOMPARE(model.index(0).data(FunctionListModel::IdleRole).toInt(), 1);
        QCOMPARE(model.index(1).data(FunctionListModel::RunningRole).toInt(), 0);
        QVERIFY(!model.index(0).data(Qt::DecorationRole).isNull());
    }

    // A function whose function.json is broken: listed, with a warning icon instead of its
    // runtime's and the reason (the field and the rule) as tooltip.
    void brokenFunctionShowsItsReason()
    {
        FunctionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FunctionConfig broken = fn(QStringLiteral("bad"));
        broken.brokenReason = QStringLiteral("function.json: Timeout must be a whole number of seconds from 1 to 900; "
                                             "got -1");
        model.setFunctions({fn(QStringLiteral("good")), broken});
        const QModelIndex bad = model.index(0);
        const QModelIndex good = model.index(1);
        QCOMPARE(bad.data(FunctionListModel::BrokenRole).toString(), broken.brokenReason);
        QCOMPARE(good.data(FunctionListModel::BrokenRole).toString(), QString());
        QVERIFY2(bad.data(Qt::ToolTipRole).toString().contains(broken.brokenReason),
                 qPrintable(bad.data(Qt::ToolTipRole).toString()));
        const auto image = [](const QModelIndex &i) {
            return i.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
        };
        QVERIFY(!image(bad).isNull());
        QVERIFY(image(bad) != image(good)); // the warning, not the runtime's icon
        // Repaired: the same row, with its runtime's icon again.
        model.updateFunction(fn(QStringLiteral("bad")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(FunctionListModel::BrokenRole).toString(), QString());
        QCOMPARE(image(model.index(0)), image(good));
    }
};

QTEST_MAIN(TestFunctionListModel)
#include "tst_functionlistmodel.moc"
