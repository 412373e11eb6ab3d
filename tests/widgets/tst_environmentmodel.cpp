// The environment-variables table model: editing, live validation per row, the 4 KB budget.
#include "config/environmentmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lambdesk;

class tst_EnvironmentModel : public QObject
{
    Q_OBJECT

private:
    static QModelIndex keyIndex(EnvironmentModel &m, int row) { return m.index(row, EnvironmentModel::KeyColumn); }
    static QModelIndex valueIndex(EnvironmentModel &m, int row) { return m.index(row, EnvironmentModel::ValueColumn); }

private Q_SLOTS:
    void roundTripsVariables()
    {
        EnvironmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QMap<QString, QString> vars{{QStringLiteral("GREETING"), QStringLiteral("Hello")},
                                          {QStringLiteral("STAGE"), QStringLiteral("dev")}};
        model.setVariables(vars);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.variables(), vars);
        QCOMPARE(model.data(keyIndex(model, 0), Qt::DisplayRole).toString(), QStringLiteral("GREETING"));
        QCOMPARE(model.data(valueIndex(model, 1), Qt::DisplayRole).toString(), QStringLiteral("dev"));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Key"));
        QVERIFY(model.isValid());
        QVERIFY(model.errors().isEmpty());
    }

    void readOnlyUntilEditable()
    {
        EnvironmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVariables({{QStringLiteral("A"), QStringLiteral("1")}});
        QVERIFY(!(model.flags(keyIndex(model, 0)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(keyIndex(model, 0), QStringLiteral("B")));
        QCOMPARE(model.key(0), QStringLiteral("A"));
        model.setEditable(true);
        QVERIFY(model.flags(keyIndex(model, 0)) & Qt::ItemIsEditable);
        QVERIFY(model.setData(keyIndex(model, 0), QStringLiteral("  B  ")));
        QCOMPARE(model.key(0), QStringLiteral("B")); // keys are trimmed
        QVERIFY(model.setData(valueIndex(model, 0), QStringLiteral(" spaced ")));
        QCOMPARE(model.value(0), QStringLiteral(" spaced ")); // values are kept exactly
    }

    void keyRules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected"); // a part of the message; empty: valid
        QTest::newRow("plain") << QStringLiteral("TABLE_NAME") << QString();
        QTest::newRow("lower and digits") << QStringLiteral("db2_host") << QString();
        QTest::newRow("leading digit") << QStringLiteral("9lives") << QStringLiteral("must start with a letter");
        QTest::newRow("dash") << QStringLiteral("MY-KEY") << QStringLiteral("only letters, digits and underscores");
        QTest::newRow("leading underscore") << QStringLiteral("_PRIVATE") << QStringLiteral("must start with a letter");
        QTest::newRow("dot") << QStringLiteral("a.b") << QStringLiteral("must start with a letter");
        QTest::newRow("reserved region") << QStringLiteral("AWS_REGION") << QStringLiteral("reserved by Lambda");
        QTest::newRow("reserved handler") << QStringLiteral("_HANDLER") << QStringLiteral("must start with a letter");
        QTest::newRow("reserved task root")
            << QStringLiteral("LAMBDA_TASK_ROOT") << QStringLiteral("reserved by Lambda");
        QTest::newRow("reserved secret") << QStringLiteral("AWS_SECRET_ACCESS_KEY")
                                         << QStringLiteral("reserved by Lambda");
    }

    void keyRules()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        EnvironmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEditable(true);
        const int row = model.addVariable();
        QVERIFY(model.rowError(row).isEmpty()); // a blank new row is not an error yet
        QVERIFY(model.setData(keyIndex(model, row), key));
        QVERIFY(model.setData(valueIndex(model, row), QStringLiteral("x")));
        if (expected.isEmpty()) {
            QVERIFY2(model.isValid(), qPrintable(model.errors().join(u'\n')));
            QCOMPARE(model.data(keyIndex(model, row), EnvironmentModel::ErrorRole).toString(), QString());
        } else {
            QVERIFY(!model.isValid());
            QVERIFY2(model.rowError(row).contains(expected), qPrintable(model.rowError(row)));
            QVERIFY(model.rowError(row).contains(key));
            QCOMPARE(model.data(keyIndex(model, row), Qt::ToolTipRole).toString(), model.rowError(row));
            QVERIFY(!model.data(keyIndex(model, row), Qt::DecorationRole).isNull());
            QCOMPARE(model.errors().size(), 1);
            QVERIFY(model.errors().first().startsWith(QStringLiteral("Row 1: ")));
        }
    }

    void emptyKeyWithValue()
    {
        EnvironmentModel model;
        model.setEditable(true);
        const int row = model.addVariable();
        QVERIFY(model.setData(valueIndex(model, row), QStringLiteral("orphan")));
        QVERIFY(model.rowError(row).contains(QStringLiteral("key is empty")));
        QVERIFY(!model.isValid());
    }

    void duplicatesFlagBothRowsUntilOneGoes()
    {
        EnvironmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &EnvironmentModel::contentsChanged);
        model.setEditable(true);
        model.addVariable(QStringLiteral("STAGE"), QStringLiteral("dev"));
        model.addVariable(QStringLiteral("OTHER"), QStringLiteral("1"));
        model.addVariable(QStringLiteral("STAGE"), QStringLiteral("prod"));
        QVERIFY(model.rowError(0).contains(QStringLiteral("used more than once")));
        QVERIFY(model.rowError(2).contains(QStringLiteral("used more than once")));
        QVERIFY(model.rowError(1).isEmpty());
        QCOMPARE(model.errors().size(), 1); // one problem, reported once for both rows
        QVERIFY(model.errors().first().startsWith(QStringLiteral("Rows 1, 3: ")));
        QVERIFY(model.removeRow(2));
        QVERIFY(model.isValid());
        QCOMPARE(model.variables().value(QStringLiteral("STAGE")), QStringLiteral("dev"));
        QVERIFY(changed.count() >= 4);
    }

    void blankRowsAreDropped()
    {
        EnvironmentModel model;
        model.setEditable(true);
        model.addVariable(QStringLiteral("A"), QStringLiteral("1"));
        model.addVariable();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.isValid());
        QCOMPARE(model.variables().size(), 1);
    }

    void budgetCountsUtf8Bytes()
    {
        EnvironmentModel model;
        model.setEditable(true);
        model.addVariable(QStringLiteral("K"), QStringLiteral("é")); // 1 + 2 bytes
        QCOMPARE(model.byteSize(), 3);
        // Exactly 4096 bytes is allowed; one more is not.
        model.addVariable(QStringLiteral("BIG"), QString(4096 - 3 - 3, u'x'));
        QCOMPARE(model.byteSize(), 4096);
        QVERIFY(model.isValid());
        QVERIFY(model.setData(valueIndex(model, 1), QString(4096 - 3 - 3 + 1, u'x')));
        QCOMPARE(model.byteSize(), 4097);
        QVERIFY(!model.isValid());
        QVERIFY(model.budgetError().contains(QStringLiteral("4097 bytes")));
        QVERIFY(model.budgetError().contains(QStringLiteral("4 KB (4096 bytes)")));
        QVERIFY(model.errors().contains(model.budgetError()));
    }

    void insertAndRemoveRows()
    {
        EnvironmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEditable(true);
        QVERIFY(model.insertRows(0, 3));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.insertRows(5, 1));
        QVERIFY(!model.removeRows(2, 2));
        QVERIFY(model.removeRows(0, 3));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_EnvironmentModel)
#include "tst_environmentmodel.moc"
