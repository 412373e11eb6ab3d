#include "functions/deletefunctiondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace lambdesk;

class TestDeleteFunctionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Delete is enabled once the function's name is typed exactly, as in the Lambda console.
    void deleteNeedsTheExactName()
    {
        DeleteFunctionDialog dialog(QStringLiteral("orders-api"), {});
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.deleteButton()->text().remove(u'&'), QStringLiteral("Delete"));
        QVERIFY(!dialog.deleteButton()->isEnabled());
        // Enter with nothing (or the wrong name) typed does not delete.
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Orders-api"));
        QVERIFY(!dialog.deleteButton()->isEnabled()); // names are case-sensitive: said under the field
        bool hinted = false;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            hinted = hinted || (l->isVisible() && l->text().contains(QLatin1String("exactly")));
        QVERIFY(hinted);
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("orders-api"));
        QVERIFY(dialog.deleteButton()->isEnabled());
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
    }

    void escapeCancels()
    {
        DeleteFunctionDialog dialog(QStringLiteral("fn"), QStringLiteral("More is lost."));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        bool detailShown = false;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            detailShown = detailShown || l->text().contains(QLatin1String("More is lost."));
        QVERIFY(detailShown);
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("fn"));
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(accepted.count(), 0);
    }
};

QTEST_MAIN(TestDeleteFunctionDialog)
#include "tst_deletefunctiondialog.moc"
