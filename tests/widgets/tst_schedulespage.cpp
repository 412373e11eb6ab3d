// The Schedules page offscreen against a real backend: the dialog checks the expression as it is
// typed (AWS's rules) and shows the next five runs; create, edit, enable/disable and delete reach
// the backend; a run's result comes into its row from the invocation channel (a real Python
// handler); a schedule whose function is deleted is shown broken.
#include "mainwindow.h"
#include "schedules/scheduledialog.h"
#include "schedules/schedulespage.h"
#include "widgettestsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace lambdesk;
using widgettestsupport::callAndWait;

namespace {
const QString kFn = QStringLiteral("hello-python");
}

class TestSchedulesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<widgettestsupport::StartedHost> m_host;
    std::unique_ptr<SchedulesPage> m_page;

    std::optional<Backend::ScheduleInfo> backendSchedule(const QString &name) const
    {
        auto r = callAndWait(*m_host->host, [name](Backend &b) { return b.getSchedule(name); });
        if (!r || !r->ok())
            return std::nullopt;
        return r->value();
    }
    // Waits until the page's list satisfies `check`.
    template<typename Check>
    bool untilLoaded(Check check)
    {
        return widgettestsupport::Waiter().on(m_page.get(), &SchedulesPage::schedulesLoaded).until(check);
    }
    QString cell(const QString &name, int column) const
    {
        QTreeWidgetItem *item = m_page->itemOf(name);
        return item ? item->text(column) : QString();
    }
    bool createdInBackend(const QString &name, const QString &expression)
    {
        auto r = callAndWait(*m_host->host, [name, expression](Backend &b) {
            Schedule s;
            s.name = name;
            s.expression = expression;
            s.function = kFn;
            return b.createSchedule(s).ok();
        });
        return r.value_or(false);
    }

private Q_SLOTS:
    void init()
    {
        m_host = std::make_unique<widgettestsupport::StartedHost>();
        m_page = std::make_unique<SchedulesPage>(m_host->context());
        m_page->setPrompt([](const QString &) { return QMessageBox::Yes; });
        m_page->resize(1000, 400);
        m_page->show();
        QSignalSpy loaded(m_page.get(), &SchedulesPage::schedulesLoaded);
        QVERIFY(loaded.wait(30000));
        QVERIFY(m_page->schedules().isEmpty());
    }
    void cleanup()
    {
        m_page.reset();
        m_host.reset();
    }

    void dialogChecksAsYouType()
    {
        ScheduleDialog *dialog = m_page->openDialog();
        QVERIFY(dialog->isNew());
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        dialog->nameEdit()->setText(QStringLiteral("noon"));
        dialog->functionBox()->setCurrentText(kFn);

        dialog->expressionEdit()->setText(QStringLiteral("rate(1 minutes)"));
        QVERIFY2(dialog->problem().contains(QLatin1String("a rate of 1 takes the singular unit: rate(1 minute)")),
                 qPrintable(dialog->problem()));
        QCOMPARE(dialog->status()->text(), dialog->problem());
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->preview().isEmpty());

        dialog->expressionEdit()->setText(QStringLiteral("cron(0 12 * * * *)"));
        QCOMPARE(dialog->problem(),
                 QStringLiteral("Parameter ScheduleExpression is not valid: day-of-month and "
                                "day-of-week cannot both be specified; use ? in one of them"));
        QVERIFY(!ok->isEnabled());

        dialog->expressionEdit()->setText(QStringLiteral("cron(0 12 * * ? *)"));
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog->preview().size(), 5);
        for (const QString &run : dialog->preview())
            QVERIFY2(run.endsWith(QLatin1String(" 12:00 UTC")), qPrintable(run));
        QCOMPARE(dialog->runsLabel()->text(), dialog->preview().join(u'\n'));

        dialog->nameEdit()->setText(QStringLiteral("bad name"));
        QVERIFY(dialog->problem().contains(QLatin1String("Name 'bad name' is not valid")));
        QVERIFY(!ok->isEnabled());
        dialog->nameEdit()->setText(QStringLiteral("noon"));
        dialog->inputEdit()->setPlainText(QStringLiteral("{nope"));
        QVERIFY(dialog->problem().contains(QLatin1String("Input is not valid JSON")));
        dialog->inputEdit()->setPlainText(QString());
        QVERIFY(ok->isEnabled());
        dialog->reject();
    }

    void createEditToggleDelete()
    {
        ScheduleDialog *dialog = m_page->openDialog();
        dialog->nameEdit()->setText(QStringLiteral("noon"));
        dialog->functionBox()->setCurrentText(kFn);
        dialog->expressionEdit()->setText(QStringLiteral("cron(0 12 * * ? *)"));
        QSignalSpy answered(m_page.get(), &SchedulesPage::changeAnswered);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(answered.wait(30000));
        QCOMPARE(answered.last().at(0).toBool(), true);
        QVERIFY(untilLoaded([&] { return m_page->itemOf(QStringLiteral("noon")) != nullptr; }));
        QCOMPARE(cell(QStringLiteral("noon"), SchedulesPage::ExpressionColumn), QStringLiteral("cron(0 12 * * ? *)"));
        QCOMPARE(cell(QStringLiteral("noon"), SchedulesPage::TargetColumn), kFn);
        QVERIFY(cell(QStringLiteral("noon"), SchedulesPage::NextRunColumn).endsWith(QLatin1String(" 12:00 UTC")));
        QCOMPARE(cell(QStringLiteral("noon"), SchedulesPage::LastRunColumn), QStringLiteral("—"));
        QCOMPARE(m_page->itemOf(QStringLiteral("noon"))->checkState(SchedulesPage::EnabledColumn), Qt::Checked);
        QVERIFY(backendSchedule(QStringLiteral("noon")).has_value());

        // The same name again: refused by the backend, said in the dialog, which stays open.
        ScheduleDialog *again = m_page->openDialog();
        again->nameEdit()->setText(QStringLiteral("noon"));
        again->functionBox()->setCurrentText(kFn);
        again->expressionEdit()->setText(QStringLiteral("rate(1 day)"));
        again->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(answered.wait(30000));
        QCOMPARE(answered.last().at(0).toBool(), false);
        QVERIFY2(again->status()->text().contains(QLatin1String("already exists")),
                 qPrintable(again->status()->text()));
        QVERIFY(again->isVisible());
        again->reject();

        // Edit: the name is fixed, the expression changes.
        ScheduleDialog *edit = m_page->openDialog(QStringLiteral("noon"));
        QVERIFY(!edit->isNew());
        QVERIFY(edit->nameEdit()->isReadOnly());
        QCOMPARE(edit->expressionEdit()->text(), QStringLiteral("cron(0 12 * * ? *)"));
        edit->expressionEdit()->setText(QStringLiteral("cron(30 8 ? * MON-FRI *)"));
        edit->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(answered.wait(30000));
        QCOMPARE(answered.last().at(0).toBool(), true);
        QVERIFY(untilLoaded([&] {
            return cell(QStringLiteral("noon"), SchedulesPage::ExpressionColumn) == u"cron(30 8 ? * MON-FRI *)";
        }));
        QCOMPARE(backendSchedule(QStringLiteral("noon"))->schedule.expression,
                 QStringLiteral("cron(30 8 ? * MON-FRI *)"));

        // Disable with the row's check box; enable with the button.
        m_page->itemOf(QStringLiteral("noon"))->setCheckState(SchedulesPage::EnabledColumn, Qt::Unchecked);
        QVERIFY(answered.wait(30000));
        QVERIFY(untilLoaded([&] { return cell(QStringLiteral("noon"), SchedulesPage::NextRunColumn) == u"—"; }));
        QCOMPARE(backendSchedule(QStringLiteral("noon"))->schedule.enabled, false);
        QVERIFY(m_page->selectSchedule(QStringLiteral("noon")));
        QCOMPARE(m_page->toggleButton()->text(), QStringLiteral("Enable"));
        m_page->toggleButton()->click();
        QVERIFY(answered.wait(30000));
        QVERIFY(untilLoaded([&] { return cell(QStringLiteral("noon"), SchedulesPage::NextRunColumn) != u"—"; }));
        QCOMPARE(backendSchedule(QStringLiteral("noon"))->schedule.enabled, true);

        // Delete, after the question.
        QVERIFY(m_page->selectSchedule(QStringLiteral("noon")));
        m_page->deleteSelected();
        QVERIFY(answered.wait(30000));
        QVERIFY(untilLoaded([&] { return m_page->itemOf(QStringLiteral("noon")) == nullptr; }));
        QVERIFY(!backendSchedule(QStringLiteral("noon")).has_value());
    }

    void lastRunFromTheChannel()
    {
        QVERIFY(createdInBackend(QStringLiteral("tick"), QStringLiteral("rate(5 minutes)")));
        QVERIFY(untilLoaded([&] { return m_page->itemOf(QStringLiteral("tick")) != nullptr; }));
        QSignalSpy shown(m_page.get(), &SchedulesPage::runShown);
        // A run as the timer makes it, on the backend thread: the real handler runs.
        const QDateTime at = QDateTime(QDate(2026, 12, 1), QTime(12, 5), Qt::UTC);
        m_host->host->post([at](Backend &b) {
            const auto s = b.getSchedule(QStringLiteral("tick"));
            if (s)
                b.runSchedule(s->schedule, at);
        });
        QVERIFY(shown.wait(60000));
        QCOMPARE(shown.first().at(0).toString(), QStringLiteral("tick"));
        const QString last = cell(QStringLiteral("tick"), SchedulesPage::LastRunColumn);
        QVERIFY2(last.startsWith(QStringLiteral("2026-12-01 12:05 UTC — success (")), qPrintable(last));
        // The console's channel saw it as a schedule's run.
        const auto info = backendSchedule(QStringLiteral("tick"));
        QVERIFY(info.has_value());
        QCOMPARE(info->lastResult, QStringLiteral("success"));
    }

    void deletedFunctionShownBroken()
    {
        QVERIFY(createdInBackend(QStringLiteral("orphan"), QStringLiteral("rate(1 hour)")));
        QVERIFY(untilLoaded([&] { return m_page->itemOf(QStringLiteral("orphan")) != nullptr; }));
        auto deleted = callAndWait(*m_host->host, [](Backend &b) { return b.deleteFunction(kFn).ok(); });
        QVERIFY(deleted.value_or(false));
        QVERIFY(untilLoaded([&] {
            return cell(QStringLiteral("orphan"), SchedulesPage::TargetColumn).contains(QLatin1String("broken"));
        }));
        QVERIFY(cell(QStringLiteral("orphan"), SchedulesPage::TargetColumn)
                    .contains(QLatin1String("function hello-python does not exist")));
    }

    void mainWindowOpensIt()
    {
        // Tools → Schedules… opens the page as a window of its own; a second time, the same one.
        m_page.reset();
        m_host.reset();
        QTemporaryDir dir;
        const QString settingsPath = widgettestsupport::settingsFile(dir.filePath(QStringLiteral("settings.ini")));
        Backend::Options options;
        options.workspace = dir.filePath(QStringLiteral("ws"));
        MainWindow w(options, settingsPath);
        QSignalSpy ready(&w, &MainWindow::ready);
        w.show();
        QVERIFY(ready.wait(widgettestsupport::backendStartMs()));
        QAction *open = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text().remove(u'&') == u"Schedules…")
                open = a;
        }
        QVERIFY(open);
        open->trigger();
        auto *page = w.findChild<SchedulesPage *>();
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QVERIFY(page->isWindow());
        open->trigger();
        QCOMPARE(w.findChildren<SchedulesPage *>().size(), 1);
        page->close();
    }
};

QTEST_MAIN(TestSchedulesPage)
#include "tst_schedulespage.moc"
