// The debugger in the console, end to end: a real backend runs the demo Python function under
// debugpy; the test sets a breakpoint through the editor's margin, presses Debug, and the pane
// shows the stop on that line with `event` in the variables; it evaluates, steps, continues,
// and the result panel shows the response.
#include "backendhost.h"
#include "code/codepage.h"
#include "code/editordocument.h"
#include "common/invocationcontroller.h"
#include "debug/callstackview.h"
#include "debug/debugconsole.h"
#include "debug/debugcontroller.h"
#include "debug/debuggerpanel.h"
#include "debug/variablesmodel.h"
#include "editor/breakpointmargin.h"
#include "editor/codeeditor.h"
#include "results/resultpanel.h"
#include "settings.h"
#include "widgettestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace lambdesk;
using widgettestsupport::Waiter;

class TestDebugConsoleE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void breakpointStepContinue()
    {
        widgettestsupport::StartedHost env;
        DebugController controller(env.host.get(), env.settings.get());
        ConsoleContext ctx = env.context();
        ctx.debugger = &controller;
        CodePage page(ctx);
        page.resize(1000, 700);
        page.show();
        const QString fn = QStringLiteral("hello-python");
        const QString file = QStringLiteral("lambda_function.py");
        auto config = widgettestsupport::callAndWait(*env.host, [fn](Backend &b) { return b.getFunction(fn); });
        QVERIFY(config && config->ok());
        {
            QSignalSpy opened(&page, &CodePage::fileOpened);
            QSignalSpy loaded(&controller, &DebugController::breakpointsLoaded);
            page.setFunction(config->value());
            QVERIFY(opened.wait(30000));
            QVERIFY(loaded.count() > 0 || loaded.wait(30000));
        }
        EditorDocument *doc = page.document(file);
        QVERIFY(doc);
        QAbstractItemModelTester tester(page.debuggerPanel()->variables(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A breakpoint on `name = event.get(...)` (line 13), through the margin, saved.
        QSignalSpy saved(&controller, &DebugController::breakpointsSaved);
        doc->breakpoints()->toggle(13);
        QVERIFY(saved.wait(30000));
        QVERIFY2(saved.last().at(1).toBool(), qPrintable(saved.last().at(2).toString()));

        // A logpoint on the return (line 21): it writes, never stops.
        doc->breakpoints()->setLogMessage(21, QStringLiteral("said hello to {name}"));
        QVERIFY(saved.wait(30000));
        QVERIFY(saved.last().at(1).toBool());

        // Debug with the test event.
        env.invocations->setCurrentEvent(fn, QStringLiteral("hello"), QByteArrayLiteral("{\"name\": \"Ada\"}"));
        QSignalSpy stopped(&controller, &DebugController::stopped);
        QSignalSpy finished(env.invocations.get(), &InvocationController::invocationFinished);
        auto *debugButton = page.findChild<QToolButton *>(QStringLiteral("debugButton"));
        QVERIFY(debugButton);
        debugButton->click();
        QVERIFY(!page.debuggerPanel()->isHidden());
        QSignalSpy endedEarly(&controller, &DebugController::ended);
        Waiter().on(&controller, &DebugController::stopped).on(&controller, &DebugController::ended).until([&] {
            return stopped.count() > 0 || endedEarly.count() > 0;
        }, 60000);
        QVERIFY2(stopped.count() == 1,
                 qPrintable(page.debuggerPanel()->statusText() + u'\n' + page.results()->responseText() + u'\n'
                            + QString::fromUtf8(finished.isEmpty() ? QByteArray()
                                                                   : finished.last().first().value<InvocationResult>().logText())));
        const debug::Stop stop = controller.lastStop();
        QCOMPARE(stop.reason, debug::StopReason::Breakpoint);
        QCOMPARE(stop.function, fn);
        QVERIFY(!stop.frames.isEmpty());
        QCOMPARE(stop.frames.first().file, file);
        QCOMPARE(stop.frames.first().line, 13);
        QCOMPARE(stop.frames.first().name, QStringLiteral("lambda_handler"));
        // The pane: where, the stack with the runtime folded, the execution point in the editor.
        DebuggerPanel *panel = page.debuggerPanel();
        QVERIFY2(panel->statusText().contains(QStringLiteral("lambda_function.py:13")), qPrintable(panel->statusText()));
        QCOMPARE(panel->callStack()->topLevelItem(0)->text(0), QStringLiteral("lambda_handler"));
        // The runtime's frames, if the engine reports any (debugpy's justMyCode hides them), fold.
        int user = 0, runtime = 0;
        for (const debug::Frame &f : stop.frames)
            (f.user ? user : runtime) += 1;
        QCOMPARE(panel->callStack()->topLevelItemCount(), user + (runtime > 0 ? 1 : 0));
        QCOMPARE(panel->callStack()->foldRow() != nullptr, runtime > 0);
        QCOMPARE(doc->breakpoints()->executionLine(), 13);
        QVERIFY(controller.continueAction()->isEnabled());

        // `event` and `context` among the handler's locals, first.
        VariablesModel *vars = panel->variables();
        Waiter().on(vars, &VariablesModel::fetched).on(vars, &QAbstractItemModel::modelReset).until([&] {
            return vars->rowCount() > 0 && vars->rowCount(vars->index(0, 0)) >= 2;
        }, 30000);
        QCOMPARE(vars->index(0, 0).data().toString(), QStringLiteral("Locals"));
        const QModelIndex locals = vars->index(0, 0);
        QCOMPARE(vars->index(0, 0, locals).data().toString(), QStringLiteral("event"));
        QCOMPARE(vars->index(1, 0, locals).data().toString(), QStringLiteral("context"));
        QVERIFY(vars->index(0, VariablesModel::ValueColumn, locals).data().toString().contains(QStringLiteral("Ada")));

        // The console evaluates in the selected frame.
        QLineEdit *input = panel->console()->input();
        input->setText(QStringLiteral("event['name'] * 2"));
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(Waiter().on(panel->console()->output(), &QPlainTextEdit::textChanged).until([&] {
            return panel->console()->text().contains(QStringLiteral("'AdaAda'"));
        }, 30000));

        // Step over: the next line that runs (17, the print).
        controller.stepOverAction()->trigger();
        QVERIFY(!controller.continueAction()->isEnabled()); // running: nothing to step
        QVERIFY(stopped.wait(30000));
        QCOMPARE(controller.lastStop().frames.first().line, 17);
        QCOMPARE(controller.lastStop().reason, debug::StopReason::Step);
        QCOMPARE(doc->breakpoints()->executionLine(), 17);

        // Continue: the invocation ends; the result panel shows the response.
        QSignalSpy ended(&controller, &DebugController::ended);
        controller.continueAction()->trigger();
        QVERIFY(Waiter().on(env.invocations.get(), &InvocationController::invocationFinished).until([&] {
            for (const auto &args : finished)
                if (args.first().value<InvocationResult>().requestId == controller.sessionId())
                    return true;
            return false;
        }, 60000));
        QVERIFY(ended.count() > 0 || ended.wait(30000));
        // The logpoint's message reached the debug console.
        QVERIFY2(Waiter().on(panel->console()->output(), &QPlainTextEdit::textChanged).until([&] {
            return panel->console()->text().contains(QStringLiteral("said hello to Ada"));
        }, 30000), qPrintable(panel->console()->text()));
        const InvocationResult result = finished.last().first().value<InvocationResult>();
        QCOMPARE(result.status, InvocationStatus::Succeeded);
        QVERIFY(result.debugged);
        QVERIFY(page.results()->responseText().contains(QStringLiteral("Hello, Ada!")));
        QCOMPARE(panel->state(), DebuggerPanel::State::Ended);
        QCOMPARE(panel->callStack()->topLevelItemCount(), 0);
        QCOMPARE(doc->breakpoints()->executionLine(), 0);
        QVERIFY(!controller.stopAction()->isEnabled());
    }

    // "Wait for an external debugger": the pane says where and shows the launch configuration;
    // Stop (Shift+F5) ends the waiting invocation as Debugger.Stopped.
    void externalDebuggerWaitsAndStops()
    {
        widgettestsupport::StartedHost env;
        quint16 port = 0;
        {
            QTcpServer probe; // a free port
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        env.settings->setValue(settings::debugWaitForExternal, true);
        env.settings->setValue(settings::debugExternalPort, int(port));
        DebugController controller(env.host.get(), env.settings.get());
        ConsoleContext ctx = env.context();
        ctx.debugger = &controller;
        CodePage page(ctx);
        const QString fn = QStringLiteral("hello-python");
        auto config = widgettestsupport::callAndWait(*env.host, [fn](Backend &b) { return b.getFunction(fn); });
        QVERIFY(config && config->ok());
        QCOMPARE(controller.options(fn).externalPort, port);
        QSignalSpy loaded(&controller, &DebugController::breakpointsLoaded);
        page.setFunction(config->value());
        QVERIFY(loaded.count() > 0 || loaded.wait(30000));

        QSignalSpy finished(env.invocations.get(), &InvocationController::invocationFinished);
        QSignalSpy ended(&controller, &DebugController::ended);
        const QString session = controller.debug(fn, config->value().runtime, QByteArrayLiteral("{\"name\": \"Ada\"}"));
        QVERIFY(!session.isEmpty());
        DebuggerPanel *panel = page.debuggerPanel();
        const QString waiting = QStringLiteral("Waiting for a debugger on 127.0.0.1:%1").arg(port);
        QVERIFY2(Waiter().on(panel->console()->output(), &QPlainTextEdit::textChanged).until([&] {
            return panel->statusText() == waiting;
        }, 30000), qPrintable(panel->statusText()));
        QVERIFY(panel->console()->text().contains(QStringLiteral("\"port\": %1").arg(port)));
        QVERIFY(panel->console()->text().contains(QStringLiteral("\"request\": \"attach\"")));
        // A second Debug meanwhile is refused, with why.
        QSignalSpy failed(&controller, &DebugController::failed);
        QVERIFY(controller.debug(fn, config->value().runtime, "{}").isEmpty());
        QCOMPARE(failed.count(), 1);

        QVERIFY(controller.stopAction()->isEnabled());
        controller.stopAction()->trigger();
        QVERIFY(ended.count() > 0 || ended.wait(30000));
        QVERIFY(Waiter().on(env.invocations.get(), &InvocationController::invocationFinished).until([&] {
            return !finished.isEmpty();
        }, 30000));
        const InvocationResult result = finished.last().first().value<InvocationResult>();
        QCOMPARE(result.requestId, session);
        QCOMPARE(result.errorType, QStringLiteral("Debugger.Stopped"));
        QCOMPARE(panel->state(), DebuggerPanel::State::Ended);
    }
};

QTEST_MAIN(TestDebugConsoleE2e)
#include "tst_debugconsole_e2e.moc"
