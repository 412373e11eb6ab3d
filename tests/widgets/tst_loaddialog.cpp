// The Test tab's "Run load…" dialog against a real backend and the demo Python function:
// started from the tab with its event, live progress (counters, charts), the summary, throttles
// when the machine allows fewer environments than the concurrency, Stop, and a bad payload.
#include "editor/codeeditor.h"
#include "load/loaddialog.h"
#include "monitor/metricchart.h"
#include "test/testpage.h"
#include "widgettestsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

using namespace lambdesk;
using namespace widgettestsupport;

namespace {

const QString kFn = QStringLiteral("hello-python");

double maxY(const QList<QPointF> &points)
{
    double m = 0;
    for (const QPointF &p : points)
        m = std::max(m, p.y());
    return m;
}

double sumY(const QList<QPointF> &points)
{
    double sum = 0;
    for (const QPointF &p : points)
        sum += p.y();
    return sum;
}

} // namespace

class TestLoadDialog : public QObject
{
    Q_OBJECT
    std::unique_ptr<StartedHost> m_env;

    // Starts `dialog`'s run and waits for its summary, checking that progress was shown first.
    std::optional<LoadSummary> runToEnd(LoadDialog &dialog)
    {
        QSignalSpy progress(&dialog, &LoadDialog::progressShown);
        QSignalSpy finished(&dialog, &LoadDialog::runFinished);
        if (!dialog.start())
            return std::nullopt;
        if (!finished.wait(safetyNetMs(120000)))
            return std::nullopt;
        if (progress.isEmpty())
            qWarning("no progress before the summary");
        return finished.isEmpty() || progress.isEmpty() ? std::nullopt : dialog.summary();
    }

    void setMaxEnvironments(int n)
    {
        QVERIFY(callAndWait(*m_env->host, [n](Backend &b) {
            b.setMaxEnvironments(n);
            return true;
        }));
    }

private Q_SLOTS:
    void initTestCase() { m_env = std::make_unique<StartedHost>(); }
    void cleanupTestCase() { m_env.reset(); }
    void cleanup()
    {
        if (m_env)
            setMaxEnvironments(64);
    }

    // The Test tab's button opens the dialog for its function, its qualifier and its event.
    void openedFromTheTestTab()
    {
        auto config = callAndWait(*m_env->host, [](Backend &b) { return b.getFunction(kFn); });
        QVERIFY(config && config->ok());
        TestPage page(m_env->context());
        page.resize(1024, 640);
        QSignalSpy reloaded(&page, &TestPage::eventsReloaded);
        page.setFunction(config->value());
        page.show();
        QVERIFY(reloaded.wait(safetyNetMs(30000)));
        // Enabled once the event shown is JSON (it may still be being read).
        QVERIFY(Waiter().on(&page, &TestPage::eventOpened).until([&] { return page.loadButton()->isEnabled(); }));
        QVERIFY(page.loadButton()->isVisible());
        const QString event = page.eventEditor()->text();
        if (const QString shot = qEnvironmentVariable("LOAD_PAGE_SHOT"); !shot.isEmpty())
            page.grab().save(shot);
        page.loadButton()->click();
        auto *dialog = page.findChild<LoadDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->function(), kFn);
        QCOMPARE(dialog->qualifier(), QStringLiteral("$LATEST"));
        QCOMPARE(dialog->payloadEdit()->toPlainText(), event.isEmpty() ? QStringLiteral("{}") : event);
        QVERIFY(dialog->isVisible());
        QCOMPARE(page.openLoadDialog(), dialog); // a second click raises the same one
        dialog->close();
    }

    // A run: counters and progress while it goes, the charts drawn, the summary at the end.
    void runShowsProgressAndSummary()
    {
        LoadDialog dialog(m_env->context(), kFn, {}, "{\"name\": \"Ada\"}", QStringLiteral("ada"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.countBox()->setValue(12);
        dialog.concurrencyBox()->setValue(3);
        QSignalSpy redrawn(&dialog, &LoadDialog::chartsRedrawn);
        QSignalSpy progress(&dialog, &LoadDialog::progressShown);
        QSignalSpy finished(&dialog, &LoadDialog::runFinished);
        QVERIFY(dialog.start());
        QVERIFY(dialog.isRunning());
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(dialog.stopButton()->isEnabled());
        QVERIFY(!dialog.countBox()->isEnabled());
        // The first batch of progress: counters move while the run goes on.
        QVERIFY(progress.wait(safetyNetMs(60000)));
        QVERIFY(finished.count() > 0 || finished.wait(safetyNetMs(120000)));
        QVERIFY(progress.count() >= 1);

        QVERIFY(dialog.summary());
        const LoadSummary &s = *dialog.summary();
        QCOMPARE(s.count, 12);
        QCOMPARE(s.succeeded, 12);
        QCOMPARE(s.maxInFlight, 3);
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.startButton()->isEnabled());
        QVERIFY(!dialog.stopButton()->isEnabled());
        QCOMPARE(dialog.counter(QStringLiteral("Done")), QStringLiteral("12"));
        QCOMPARE(dialog.counter(QStringLiteral("Succeeded")), QStringLiteral("12"));
        QCOMPARE(dialog.counter(QStringLiteral("In flight")), QStringLiteral("0"));
        QCOMPARE(dialog.counter(QStringLiteral("Throttles")), QStringLiteral("0"));
        QCOMPARE(dialog.progressBar()->value(), 12);
        QCOMPARE(dialog.progressBar()->maximum(), 12);
        const QString summary = dialog.summaryView()->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("Invocations     12\n")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Function        hello-python:$LATEST\n")), qPrintable(summary));

        // The charts: concurrency at most 3 and reaching it; one p50 point per second that had ends.
        QVERIFY(!redrawn.isEmpty());
        MetricChart *concurrency = dialog.chart(LoadDialog::Concurrency);
        QVERIFY(concurrency->pointCount(0) >= 1);
        QCOMPARE(maxY(concurrency->points(0)), 3.0);
        QCOMPARE(maxY(concurrency->points(1)), 3.0); // what was asked
        QVERIFY(dialog.chart(LoadDialog::Duration)->pointCount(0) >= 1);
        QCOMPARE(sumY(dialog.chart(LoadDialog::Throttles)->points(0)), 0.0);
        int ended = 0;
        for (int i = 0; i < dialog.timeline().size(); ++i)
            ended += dialog.timeline().at(i).ended;
        QCOMPARE(ended, 12);
        if (const QString shot = qEnvironmentVariable("LOAD_SHOT"); !shot.isEmpty())
            dialog.grab().save(shot);
    }

    // Two environments for a concurrency of four: throttles, in the counters, the chart and the summary.
    void throttlesAreShown()
    {
        setMaxEnvironments(2);
        LoadDialog dialog(m_env->context(), kFn, {}, "{}", {});
        dialog.show();
        dialog.countBox()->setValue(16);
        dialog.concurrencyBox()->setValue(4);
        const auto s = runToEnd(dialog);
        QVERIFY(s);
        QCOMPARE(s->count, 16);
        QVERIFY2(s->throttles > 0, qPrintable(s->table()));
        QCOMPARE(s->succeeded + s->throttles, 16);
        QCOMPARE(dialog.counter(QStringLiteral("Throttles")), QString::number(s->throttles));
        QCOMPARE(sumY(dialog.chart(LoadDialog::Throttles)->points(0)), double(s->throttles));
        QVERIFY(dialog.summaryView()->toPlainText().contains(QStringLiteral("Throttles       %1\n").arg(s->throttles)));
    }

    // A ramp: the concurrency asked for rises to its end.
    void rampRises()
    {
        LoadDialog dialog(m_env->context(), kFn, {}, "{}", {});
        dialog.countBox()->setValue(9);
        dialog.concurrencyBox()->setValue(1);
        dialog.rampCheck()->setChecked(true);
        QVERIFY(dialog.rampToBox()->isEnabled());
        dialog.rampToBox()->setValue(3);
        const auto s = runToEnd(dialog);
        QVERIFY(s);
        QCOMPARE(s->count, 9);
        QVERIFY(s->maxInFlight <= 3);
        QCOMPARE(s->plan.rampTo, 3);
        QVERIFY(dialog.summaryView()->toPlainText().contains(QStringLiteral("concurrency 1 → 3")));
    }

    // Stop: no more start, the ones in flight end, the summary says it was cancelled.
    void stopEndsTheRun()
    {
        LoadDialog dialog(m_env->context(), kFn, {}, "{}", {});
        dialog.countBox()->setValue(LoadPlan::kMaxCount);
        dialog.concurrencyBox()->setValue(2);
        QSignalSpy finished(&dialog, &LoadDialog::runFinished);
        QVERIFY(dialog.start());
        QVERIFY(Waiter()
                    .on(&dialog, &LoadDialog::progressShown)
                    .until([&] { return dialog.lastProgress().done >= 4; }, safetyNetMs(60000)));
        dialog.stopButton()->click();
        QCOMPARE(dialog.stopButton()->text(), QStringLiteral("Stopping…"));
        QVERIFY(!dialog.stopButton()->isEnabled());
        QVERIFY(finished.wait(safetyNetMs(60000)));
        QVERIFY(dialog.summary());
        QVERIFY(dialog.summary()->cancelled);
        QVERIFY(dialog.summary()->count < LoadPlan::kMaxCount);
        QCOMPARE(dialog.summary()->count, dialog.lastProgress().done);
        QCOMPARE(dialog.lastProgress().inFlight, 0);
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(dialog.stopButton()->text(), QStringLiteral("Stop"));
    }

    // A payload that is no JSON: refused under the form, nothing starts.
    void badPayloadIsRefused()
    {
        LoadDialog dialog(m_env->context(), kFn, {}, "{}", {});
        dialog.payloadEdit()->setPlainText(QStringLiteral("{oops"));
        QVERIFY(!dialog.start());
        QVERIFY(!dialog.isRunning());
        QVERIFY2(dialog.formMessage()->text().contains(QStringLiteral("not valid JSON")),
                 qPrintable(dialog.formMessage()->text()));
    }

    // A function that is gone: the run stops at its first request with the backend's message.
    void missingFunctionIsReported()
    {
        LoadDialog dialog(m_env->context(), QStringLiteral("ghost"), {}, "{}", {});
        dialog.countBox()->setValue(5);
        QSignalSpy finished(&dialog, &LoadDialog::runFinished);
        QVERIFY(dialog.start());
        QVERIFY(finished.wait(safetyNetMs(30000)));
        QVERIFY(dialog.summary() && dialog.summary()->error);
        QVERIFY2(dialog.formMessage()->text().contains(QStringLiteral("Function not found")),
                 qPrintable(dialog.formMessage()->text()));
    }

    // The main window closing during a run deletes the host before the dialog: the backend's
    // shutdown ends the run, and the dialog goes later without touching the host. (Last: it
    // ends the shared backend.)
    void hostGoesFirstDuringARun()
    {
        auto dialog = std::make_unique<LoadDialog>(m_env->context(), kFn, QString(), "{}", QString());
        dialog->countBox()->setValue(LoadPlan::kMaxCount);
        dialog->concurrencyBox()->setValue(2);
        QVERIFY(dialog->start());
        QVERIFY(Waiter()
                    .on(dialog.get(), &LoadDialog::progressShown)
                    .until([&] { return dialog->lastProgress().done >= 2; }, safetyNetMs(60000)));
        m_env.reset();
        dialog.reset(); // stop() finds no host: nothing is posted to a deleted one
    }
};

QTEST_MAIN(TestLoadDialog)
#include "tst_loaddialog.moc"
