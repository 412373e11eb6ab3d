#include "results/resulthtml.h"
#include "results/resultpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace lambdesk;

namespace {

// JSON written with single quotes (readable in C++ source): every ' becomes ".
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

InvocationResult success()
{
    InvocationResult r;
    r.requestId = QStringLiteral("0f1e2d3c-aaaa-bbbb-cccc-000000000001");
    r.functionName = QStringLiteral("fn");
    r.executedVersion = QStringLiteral("$LATEST");
    r.payload = j("{'statusCode':200,'body':'ok'}");
    r.status = InvocationStatus::Succeeded;
    r.durationMs = 15.74;
    r.billedMs = 16;
    r.memorySizeMb = 128;
    r.maxMemoryUsedMb = 56;
    r.initDurationMs = 130.49;
    r.startedAtMs = 1700000000000;
    r.logStream = QStringLiteral("2024/01/01/[$LATEST]abcdef");
    r.logs = {
        LogLine{1, r.requestId, QStringLiteral("START RequestId: ") + r.requestId + QStringLiteral(" Version: $LATEST"),
                true},
        LogLine{2, r.requestId,
                QStringLiteral("2024-01-01T00:00:00.000Z\t") + r.requestId + QStringLiteral("\tINFO\thello"), false},
        LogLine{3, r.requestId,
                QStringLiteral("REPORT RequestId: ") + r.requestId + QStringLiteral("\tDuration: 15.74 ms"), true}};
    return r;
}

InvocationResult pythonError()
{
    InvocationResult r = success();
    r.requestId = QStringLiteral("0f1e2d3c-aaaa-bbbb-cccc-000000000002");
    r.status = InvocationStatus::Failed;
    r.functionError = QStringLiteral("Unhandled");
    r.errorType = QStringLiteral("KeyError");
    r.payload = QByteArray(
        "{\"errorMessage\": \"'name'\", \"errorType\": \"KeyError\", \"requestId\": \"x\", \"stackTrace\": ["
        "\"  File \\\"/ws/functions/fn/code/app.py\\\", line 12, in handler\\n    return event['name']\\n\","
        "\"  File \\\"/usr/lib/python3.11/json/__init__.py\\\", line 3, in loads\\n    x\\n\"]}");
    r.logs = {
        LogLine{1, r.requestId, QStringLiteral("[ERROR] KeyError: 'name'"), false},
        LogLine{2, r.requestId, QStringLiteral("Traceback (most recent call last):"), false},
        LogLine{3, r.requestId, QStringLiteral("  File \"/ws/functions/fn/code/app.py\", line 12, in handler"), false}};
    return r;
}

InvocationResult nodeError()
{
    InvocationResult r = success();
    r.requestId = QStringLiteral("0f1e2d3c-aaaa-bbbb-cccc-000000000003");
    r.status = InvocationStatus::Failed;
    r.functionError = QStringLiteral("Unhandled");
    r.errorType = QStringLiteral("TypeError");
    r.payload = j("{'errorType':'TypeError','errorMessage':'x is undefined','trace':['TypeError: x is undefined',"
                  "'    at handler (file:///ws/functions/fn/code/index.mjs:7:13)',"
                  "'    at Runtime.run (file:///opt/runtime/bootstrap.mjs:40:5)',"
                  "'    at helper (/ws/functions/fn/code/lib/util.js:3:9)']}");
    r.logs.clear();
    return r;
}

} // namespace

class TestResultPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The Summary says how long the CPU quota held the function back during its Duration,
    // where a cgroup measured it (and the figures line when it did); "none" when it measured
    // nothing, and that it was not measured without a cgroup CPU quota.
    void cpuThrottling()
    {
        ResultPanel panel;
        InvocationResult r = success();
        r.cpuThrottledMs = 12.5;
        r.cpuThrottledPeriods = 3;
        panel.showResult(r);
        QString summary = panel.summaryText();
        QVERIFY2(summary.contains(QLatin1String("CPU throttled: 12.50 ms in 3 periods")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("· CPU throttled 12.50 ms")), qPrintable(summary));

        r.cpuThrottledMs = 0.0;
        r.cpuThrottledPeriods = 0;
        panel.showResult(r);
        summary = panel.summaryText();
        QVERIFY2(summary.contains(QLatin1String("CPU throttled: none")), qPrintable(summary));
        QVERIFY(!summary.contains(QStringLiteral("· CPU throttled")));

        r.cpuThrottledMs.reset();
        panel.showResult(r);
        summary = panel.summaryText();
        QVERIFY2(summary.contains(QLatin1String("CPU throttled: not measured (no CPU quota)")), qPrintable(summary));
    }

    void emptyPanelIsJustItsHeader()
    {
        ResultPanel panel;
        QVERIFY(panel.statusText().contains(QLatin1String("none yet")));
        QVERIFY(panel.tabs()->isHidden());
        QVERIFY(panel.requestId().isEmpty());
    }

    void succeeded()
    {
        ResultPanel panel;
        QSignalSpy showInLog(&panel, &ResultPanel::showInLogRequested);
        const InvocationResult r = success();
        panel.showResult(r);
        QCOMPARE(panel.statusText(), QStringLiteral("Succeeded"));
        QVERIFY(!panel.tabs()->isHidden());
        QCOMPARE(panel.tabs()->currentIndex(), 0);
        QCOMPARE(panel.responseText(), QStringLiteral("{\n  \"statusCode\": 200,\n  \"body\": \"ok\"\n}\n"));
        const QString summary = panel.summaryText();
        for (const char *line :
             {"Request ID: 0f1e2d3c-aaaa-bbbb-cccc-000000000001", "Function version: $LATEST", "Duration: 15.74 ms",
              "Billed duration: 16 ms", "Resources configured: 128 MB", "Max memory used: 56 MB",
              "Init duration: 130.49 ms", "Log stream: 2024/01/01/[$LATEST]abcdef"})
            QVERIFY2(summary.contains(QLatin1String(line)), line);
        QVERIFY(summary.contains(QLatin1String("Init 130.49 ms (cold start)")));
        QVERIFY(panel.logText().contains(QLatin1String("INFO    hello"))); // tabs stop every eight columns
        QVERIFY(panel.logText().contains(QLatin1String("REPORT RequestId")));
        QCOMPARE(panel.tabs()->tabText(2), QStringLiteral("Log output (3)"));
        QVERIFY(panel.errorText().isEmpty());

        auto *button = panel.findChild<QToolButton *>(QStringLiteral("showInLog"));
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(showInLog.count(), 1);
        QCOMPARE(showInLog.first().first().toString(), r.requestId);
        // The link above the log output asks the same.
        auto *note = panel.findChild<QLabel *>(QStringLiteral("logNote"));
        QVERIFY(note->text().contains(QLatin1String("href='log:'")));
        Q_EMIT note->linkActivated(QStringLiteral("log:"));
        QCOMPARE(showInLog.count(), 2);
        QCOMPARE(showInLog.last().first().toString(), r.requestId);
    }

    void warmStartSaysSo()
    {
        ResultPanel panel;
        InvocationResult r = success();
        r.initDurationMs.reset();
        panel.showResult(r);
        QVERIFY(panel.summaryText().contains(QStringLiteral("Init duration: — (warm start)")));
        QVERIFY(!panel.summaryText().contains(QLatin1String("cold start")));
    }

    void pythonFramesInTheCodeRootAreLinks()
    {
        ResultPanel panel;
        panel.setCodeRoot(QStringLiteral("/ws/functions/fn/code"));
        QSignalSpy link(&panel, &ResultPanel::sourceLinkActivated);
        panel.showResult(pythonError());
        QCOMPARE(panel.statusText(), QStringLiteral("Failed — KeyError: 'name'"));
        QVERIFY(panel.errorText().contains(QLatin1String("KeyError: 'name'")));
        // The user's frame (shown relative to the code root) is a link; the json module's is not.
        QVERIFY(panel.errorText().contains(QLatin1String("File \"app.py\", line 12, in handler")));
        QVERIFY(panel.errorText().contains(QLatin1String("/usr/lib/python3.11/json/__init__.py")));
        const auto frames = panel.linkedFrames();
        QCOMPARE(frames.size(), 2); // the error view's frame and the log output's traceback frame
        QCOMPARE(frames.at(0).path, QStringLiteral("/ws/functions/fn/code/app.py"));
        QCOMPARE(frames.at(0).line, 12);
        auto *errorView = panel.findChild<QTextBrowser *>(QStringLiteral("errorView"));
        Q_EMIT errorView->anchorClicked(QUrl(QStringLiteral("frame:0")));
        QCOMPARE(link.count(), 1);
        QCOMPARE(link.first().at(0).toString(), QStringLiteral("/ws/functions/fn/code/app.py"));
        QCOMPARE(link.first().at(1).toInt(), 12);
        Q_EMIT panel.findChild<QTextBrowser *>(QStringLiteral("logOutput"))
            ->anchorClicked(QUrl(QStringLiteral("frame:1")));
        QCOMPARE(link.count(), 2);
        QCOMPARE(link.last().at(1).toInt(), 12);
        panel.activateLink(7); // no such link: nothing
        QCOMPARE(link.count(), 2);
    }

    void themeChangeRecolours()
    {
        ResultPanel panel;
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        panel.setPalette(light);
        panel.showResult(pythonError());
        panel.tabs()->setCurrentIndex(2);
        auto *log = panel.findChild<QTextBrowser *>(QStringLiteral("logOutput"));
        QVERIFY(log->toHtml().contains(QLatin1String("#c0280c"))); // [ERROR] on a light background
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        panel.setPalette(dark);
        QVERIFY(log->toHtml().contains(QLatin1String("#ff7b6b")));
        QVERIFY(!log->toHtml().contains(QLatin1String("#c0280c")));
        QCOMPARE(panel.tabs()->currentIndex(), 2); // the user's tab stays
        QCOMPARE(panel.requestId(), pythonError().requestId);
    }

    void nodeFramesEsmAndCjs()
    {
        ResultPanel panel;
        panel.setCodeRoot(QStringLiteral("/ws/functions/fn/code"));
        QSignalSpy link(&panel, &ResultPanel::sourceLinkActivated);
        panel.showResult(nodeError());
        QCOMPARE(panel.statusText(), QStringLiteral("Failed — TypeError: x is undefined"));
        const auto frames = panel.linkedFrames();
        QCOMPARE(frames.size(), 2); // index.mjs and lib/util.js; the runtime's bootstrap is not a link
        QCOMPARE(frames.at(0).path, QStringLiteral("/ws/functions/fn/code/index.mjs"));
        QCOMPARE(frames.at(0).line, 7);
        QCOMPARE(frames.at(1).path, QStringLiteral("/ws/functions/fn/code/lib/util.js"));
        QCOMPARE(frames.at(1).line, 3);
        // The message is said once, not again as the trace's first line.
        QCOMPARE(panel.errorText().count(QLatin1String("x is undefined")), 1);
        panel.activateLink(1);
        QCOMPARE(link.count(), 1);
        QCOMPARE(link.first().at(0).toString(), QStringLiteral("/ws/functions/fn/code/lib/util.js"));
        QCOMPARE(link.first().at(1).toInt(), 3);
    }

    void withoutCodeRootEveryFrameLinks()
    {
        ResultPanel panel;
        panel.showResult(nodeError());
        QCOMPARE(panel.linkedFrames().size(), 3);
    }

    void timeout()
    {
        ResultPanel panel;
        InvocationResult r = success();
        r.status = InvocationStatus::TimedOut;
        r.functionError = QStringLiteral("Unhandled");
        r.errorType = QStringLiteral("Sandbox.Timedout");
        r.payload = j("{'errorMessage':'Task timed out after 3.00 seconds','errorType':'Sandbox.Timedout'}");
        panel.showResult(r);
        QCOMPARE(panel.statusText(), QStringLiteral("Timed out — Sandbox.Timedout: Task timed out after 3.00 seconds"));
        QVERIFY(panel.summaryText().contains(QLatin1String("Status: Timed out (Sandbox.Timedout)")));
        QVERIFY(panel.linkedFrames().isEmpty());
    }

    void couldNotInvoke()
    {
        ResultPanel panel;
        panel.showResult(success());
        panel.showFailure(QStringLiteral("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope"));
        QCOMPARE(panel.statusText(),
                 QStringLiteral(
                     "Could not invoke: Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope"));
        QVERIFY(panel.tabs()->isHidden());
        QVERIFY(panel.requestId().isEmpty());
    }

    void acceptedAndDryRun()
    {
        ResultPanel panel;
        InvocationResult r;
        r.requestId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        r.executedVersion = QStringLiteral("$LATEST");
        r.status = InvocationStatus::Queued;
        panel.showResult(r);
        QCOMPARE(panel.statusText(), QStringLiteral("Accepted: request id 11111111-2222-3333-4444-555555555555"));
        QVERIFY(panel.summaryText().contains(QLatin1String("Invocation type: Event (asynchronous)")));
        QCOMPARE(panel.tabs()->currentIndex(), 1); // nothing ran yet: the summary, not an empty response

        r.status = InvocationStatus::DryRun;
        panel.showResult(r);
        QVERIFY(panel.statusText().startsWith(QLatin1String("Validated")));
        QVERIFY(panel.statusText().contains(QLatin1String("not run")));
    }

    void runningKeepsThePreviousResultGreyed()
    {
        ResultPanel panel;
        panel.showResult(success());
        panel.showRunning(QStringLiteral("fn"));
        QCOMPARE(panel.statusText(), QStringLiteral("Executing fn…"));
        QVERIFY(!panel.tabs()->isEnabled());
        QVERIFY(panel.responseText().contains(QLatin1String("statusCode")));
        panel.showResult(pythonError());
        QVERIFY(panel.tabs()->isEnabled());
    }

    void historyPicksEarlierResults()
    {
        ResultPanel panel;
        const QList<InvocationResult> history{pythonError(), success()};
        panel.setHistory(history);
        panel.showResult(history.first());
        auto *combo = panel.findChild<QComboBox *>();
        QVERIFY(!combo->isHidden());
        QCOMPARE(combo->count(), 2);
        QVERIFY(combo->itemText(0).startsWith(QLatin1String("Latest: ")));
        QVERIFY(combo->itemText(1).contains(QLatin1String("Succeeded")));
        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);
        QCOMPARE(panel.requestId(), success().requestId);
        QCOMPARE(panel.statusText(), QStringLiteral("Succeeded"));
        panel.setHistory({success()});
        QVERIFY(combo->isHidden());
    }

    // Issue 10, item 12: the Log output tab showed REPORT's tab-separated fields run together
    // ("Billed Duration: 58 msMemory Size: 128 MB"); they stand apart now, as they do in the log view.
    void reportFieldsStandApartInTheLogOutput()
    {
        ResultPanel panel;
        InvocationResult r = success();
        r.logs.last().text =
            QStringLiteral("REPORT RequestId: ") + r.requestId
            + QStringLiteral(
                "\tDuration: 57.12 ms\tBilled Duration: 58 ms\tMemory Size: 128 MB\tMax Memory Used: 41 MB");
        panel.showResult(r);
        const QString log = panel.logText();
        QVERIFY2(!log.contains(u'\t'), qPrintable(log));
        QVERIFY2(log.contains(QRegularExpression(QStringLiteral("Billed Duration: 58 ms {2,}Memory Size: 128 MB"))),
                 qPrintable(log));
        // Node's prefix (time, request id, level) is tab-separated too: its tabs stop every eight columns.
        QVERIFY2(log.contains(QStringLiteral("2024-01-01T00:00:00.000Z        ") + r.requestId), qPrintable(log));
    }

    // With JSON logs the platform writes platform.report instead of REPORT: it stands out the same.
    void platformReportIsBoldLikeReport()
    {
        const QList<LogLine> lines{
            {1, QStringLiteral("r1"), QStringLiteral("REPORT RequestId: r1\tDuration: 1.00 ms"), true},
            {2, QStringLiteral("r2"),
             QStringLiteral("{\"time\":\"t\",\"type\":\"platform.report\",\"record\":{\"requestId\":\"r2\"}}"), true},
            {3, QStringLiteral("r2"), QStringLiteral("{\"time\":\"t\",\"type\":\"platform.start\"}"), true}};
        QList<stacktrace::Frame> links;
        const QString html = resulthtml::log(lines, 100, {}, QPalette(), links);
        QCOMPARE(html.count(QLatin1String("<b>")), 2);
        QVERIFY2(
            html.contains(QLatin1String("<b>{&quot;time&quot;:&quot;t&quot;,&quot;type&quot;:&quot;platform.report")),
            qPrintable(html));
    }

    void longLogsShowTheTail()
    {
        ResultPanel panel;
        InvocationResult r = success();
        r.logs.clear();
        for (int i = 0; i < ResultPanel::kMaxLogLines + 50; ++i)
            r.logs.append(LogLine{i, r.requestId, QStringLiteral("line %1").arg(i), false});
        panel.showResult(r);
        QVERIFY(!panel.logText().contains(QLatin1String("line 49\n")));
        QVERIFY(panel.logText().contains(QLatin1String("line 50\n")));
        QVERIFY(panel.logText().contains(QStringLiteral("line %1").arg(ResultPanel::kMaxLogLines + 49)));
        QCOMPARE(panel.tabs()->tabText(2), QStringLiteral("Log output (%1)").arg(ResultPanel::kMaxLogLines + 50));
    }

    void collapsingGivesTheRoomAway()
    {
        QSplitter split(Qt::Vertical);
        auto *top = new QWidget(&split);
        split.addWidget(top);
        auto *panel = new ResultPanel(&split);
        split.addWidget(panel);
        split.resize(600, 700);
        split.show();
        QVERIFY(QTest::qWaitForWindowExposed(&split));
        panel->showResult(success());
        QVERIFY(panel->isExpanded());
        QVERIFY(panel->height() >= 200); // details appeared: the panel took a share back
        panel->setExpanded(false);
        QVERIFY(panel->tabs()->isHidden());
        QVERIFY(panel->maximumHeight() < 120);
        panel->setExpanded(true);
        QVERIFY(!panel->tabs()->isHidden());
        QCOMPARE(panel->maximumHeight(), QWIDGETSIZE_MAX);
    }
};

QTEST_MAIN(TestResultPanel)
#include "tst_resultpanel.moc"
