#include "debug/callstackview.h"
#include "debug/debugconsole.h"
#include "debug/debuggerpanel.h"
#include "debug/variablesmodel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace lambdesk;

namespace {

debug::Frame frame(qint64 id, const QString &name, const QString &file, int line, bool user)
{
    debug::Frame f;
    f.id = id;
    f.name = name;
    f.file = file;
    f.path = file.isEmpty() ? QStringLiteral("/var/runtime/bootstrap.py") : QStringLiteral("/var/task/") + file;
    f.line = line;
    f.user = user;
    return f;
}

// A stop as the Python engine reports one: the handler and a helper, under the runtime's frames.
debug::Stop pythonStop()
{
    debug::Stop s;
    s.sessionId = QStringLiteral("req-1");
    s.function = QStringLiteral("hello");
    s.reason = debug::StopReason::Breakpoint;
    s.frames = {frame(11, QStringLiteral("helper"), QStringLiteral("lib/util.py"), 3, true),
                frame(12, QStringLiteral("handler"), QStringLiteral("app.py"), 9, true),
                frame(13, QStringLiteral("handle_event"), {}, 210, false),
                frame(14, QStringLiteral("run"), {}, 300, false),
                frame(15, QStringLiteral("<module>"), {}, 320, false)};
    return s;
}

// The engine's answers, by reference: 1 = Locals, 2 = Globals, 10 = event, 11 = event['items'].
struct FakeEngine
{
    QHash<qint64, QList<debug::Variable>> children{
        {1,
         {{QStringLiteral("total"), QStringLiteral("3"), QStringLiteral("int"), 0},
          {QStringLiteral("context"), QStringLiteral("LambdaContext(...)"), QStringLiteral("LambdaContext"), 12},
          {QStringLiteral("event"), QStringLiteral("{'a': 1, 'items': [...]}"), QStringLiteral("dict"), 10}}},
        {2, {{QStringLiteral("json"), QStringLiteral("<module 'json'>"), QStringLiteral("module"), 0}}},
        {10,
         {{QStringLiteral("'a'"), QStringLiteral("1"), QStringLiteral("int"), 0},
          {QStringLiteral("'items'"), QStringLiteral("[1, 2]"), QStringLiteral("list"), 11}}},
        {11, {{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("int"), 0}, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("int"), 0}}},
        {12, {}}};
    QList<qint64> asked;
    bool async = false;
    QList<std::function<void()>> later;

    VariablesModel::Fetcher fetcher()
    {
        return [this](qint64 ref, VariablesModel::Reply reply) {
            asked.append(ref);
            auto answer = [this, ref, reply] {
                if (ref == 99)
                    reply(Error::internal(QStringLiteral("the debuggee is gone")));
                else
                    reply(children.value(ref));
            };
            if (async)
                later.append(answer);
            else
                answer();
        };
    }
    void answerAll()
    {
        const auto pending = std::exchange(later, {});
        for (const auto &a : pending)
            a();
    }
};

const QList<debug::Scope> kScopes{{QStringLiteral("Globals"), 2, true}, {QStringLiteral("Locals"), 1, false}};

} // namespace

class TestDebuggerPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runtimeFramesAreFolded()
    {
        DebuggerPanel panel;
        QSignalSpy selected(&panel, &DebuggerPanel::frameSelected);
        panel.setState(DebuggerPanel::State::Running);
        panel.showStop(pythonStop());
        CallStackView *stack = panel.callStack();
        // The function's frames first, then one row for the runtime's three.
        QCOMPARE(stack->topLevelItemCount(), 3);
        QCOMPARE(stack->topLevelItem(0)->text(0), QStringLiteral("helper"));
        QCOMPARE(stack->topLevelItem(0)->text(1).trimmed(), QStringLiteral("lib/util.py:3"));
        QCOMPARE(stack->topLevelItem(1)->text(0), QStringLiteral("handler"));
        QTreeWidgetItem *fold = stack->foldRow();
        QCOMPARE(stack->topLevelItem(2), fold);
        QCOMPARE(fold->text(0), QStringLiteral("3 runtime frames"));
        QCOMPARE(fold->childCount(), 3);
        QVERIFY(!fold->isExpanded());
        QCOMPARE(fold->child(0)->text(0), QStringLiteral("handle_event"));
        QCOMPARE(fold->child(0)->text(1).trimmed(), QStringLiteral("bootstrap.py:210"));
        // The innermost frame of the function is selected at once.
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toInt(), 0);
        QCOMPARE(panel.statusText(), QStringLiteral("Paused on a breakpoint at lib/util.py:3"));
        QVERIFY(!panel.isBannerShown());
        QVERIFY(stack->isEnabled());
    }

    void stoppedInTheRuntimeOpensTheFold()
    {
        DebuggerPanel panel;
        QSignalSpy selected(&panel, &DebuggerPanel::frameSelected);
        debug::Stop s = pythonStop();
        s.frames.removeFirst();
        s.frames.removeFirst(); // no frame of the function's code at all
        s.reason = debug::StopReason::Exception;
        s.text = QStringLiteral("KeyError: 'b'");
        panel.showStop(s);
        QVERIFY(panel.callStack()->foldRow()->isExpanded());
        QCOMPARE(selected.last().first().toInt(), 0);
        QVERIFY(panel.isBannerShown());
        QCOMPARE(panel.bannerText(), QStringLiteral("KeyError: 'b'"));
        QVERIFY(panel.statusText().startsWith(QStringLiteral("Paused on an uncaught exception")));
    }

    void selectingAFrameSaysWhich()
    {
        DebuggerPanel panel;
        panel.showStop(pythonStop());
        QSignalSpy selected(&panel, &DebuggerPanel::frameSelected);
        CallStackView *stack = panel.callStack();
        stack->setCurrentItem(stack->topLevelItem(1));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.last().first().toInt(), 1);
        QCOMPARE(stack->selectedFrame(), 1);
        // A runtime frame, from inside the fold.
        stack->setCurrentItem(stack->foldRow()->child(2));
        QCOMPARE(selected.last().first().toInt(), 4);
        // The fold row itself is no frame.
        stack->setCurrentItem(stack->foldRow());
        QCOMPARE(selected.count(), 2);
        stack->selectFrame(2);
        QCOMPARE(selected.last().first().toInt(), 2);
    }

    void variablesAreFetchedLazily()
    {
        FakeEngine engine;
        VariablesModel model;
        model.setFetcher(engine.fetcher());
        model.setScopes(kScopes);
        // Locals first, globals after (folded), nothing fetched yet.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Locals"));
        QVERIFY(model.index(1, 0).data(VariablesModel::ExpensiveRole).toBool());
        QVERIFY(engine.asked.isEmpty());
        QVERIFY(model.hasChildren(model.index(0, 0)));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);

        const QModelIndex locals = model.index(0, 0);
        QVERIFY(model.canFetchMore(locals));
        model.fetchMore(locals);
        QCOMPARE(engine.asked, (QList<qint64>{1}));
        QVERIFY(!model.canFetchMore(locals));
        // event and context first among the handler's locals.
        QCOMPARE(model.rowCount(locals), 3);
        QCOMPARE(model.index(0, 0, locals).data().toString(), QStringLiteral("event"));
        QCOMPARE(model.index(1, 0, locals).data().toString(), QStringLiteral("context"));
        QCOMPARE(model.index(2, 0, locals).data().toString(), QStringLiteral("total"));
        QCOMPARE(model.index(2, VariablesModel::ValueColumn, locals).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(2, VariablesModel::TypeColumn, locals).data().toString(), QStringLiteral("int"));
        QVERIFY(!model.hasChildren(model.index(2, 0, locals)));

        // event's children come when it is expanded; the items list below it too.
        const QModelIndex event = model.index(0, 0, locals);
        QVERIFY(model.hasChildren(event));
        model.fetchMore(event);
        QCOMPARE(model.rowCount(event), 2);
        const QModelIndex items = model.index(1, 0, event);
        QCOMPARE(items.data(VariablesModel::ExpressionRole).toString(), QStringLiteral("event['items']"));
        model.fetchMore(items);
        QCOMPARE(model.rowCount(items), 2);

        // context turned out to have no children: the expander goes away.
        const QModelIndex context = model.index(1, 0, locals);
        model.fetchMore(context);
        QVERIFY(!model.hasChildren(context));
        QCOMPARE(engine.asked, (QList<qint64>{1, 10, 11, 12}));
    }

    // QAbstractItemModelTester walks the model (and fetches, as a view would) while the engine
    // answers later, as the backend does.
    void modelPassesTheTester()
    {
        FakeEngine engine;
        engine.async = true;
        VariablesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFetcher(engine.fetcher());
        for (int round = 0; round < 2; ++round) {
            model.setScopes(kScopes);
            // Expand everything, answer, until the whole tree is there.
            for (int guard = 0; guard < 10; ++guard) {
                std::function<void(const QModelIndex &)> expandAll = [&](const QModelIndex &parent) {
                    if (model.canFetchMore(parent))
                        model.fetchMore(parent);
                    for (int r = 0; r < model.rowCount(parent); ++r)
                        expandAll(model.index(r, 0, parent));
                };
                for (int r = 0; r < model.rowCount(); ++r)
                    expandAll(model.index(r, 0));
                if (engine.later.isEmpty())
                    break;
                engine.answerAll();
            }
            QCOMPARE(model.pendingFetches(), 0);
            const QModelIndex locals = model.index(0, 0);
            QCOMPARE(model.rowCount(locals), 3);
            QCOMPARE(model.rowCount(model.index(1, 0, model.index(0, 0, locals))), 2); // event['items']
            QCOMPARE(model.rowCount(model.index(1, 0)), 1);                            // globals
        }
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void lateAnswersAreDroppedAndErrorsShown()
    {
        FakeEngine engine;
        engine.async = true;
        VariablesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFetcher(engine.fetcher());
        model.setScopes(kScopes);
        model.fetchMore(model.index(0, 0));
        QVERIFY(model.pendingFetches() >= 1);
        // Another frame was selected before the answers came: they are not applied.
        const auto stale = std::exchange(engine.later, {});
        model.setScopes({{QStringLiteral("Locals"), 99, false}});
        for (const auto &answer : stale)
            answer();
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QSignalSpy fetched(&model, &VariablesModel::fetched);
        model.fetchMore(model.index(0, 0));
        engine.answerAll();
        QCOMPARE(fetched.count(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.index(0, VariablesModel::ValueColumn, model.index(0, 0)).data().toString(),
                 QStringLiteral("the debuggee is gone"));
    }

    void panelOpensLocalsAndKeepsGlobalsFolded()
    {
        FakeEngine engine;
        DebuggerPanel panel;
        panel.resize(900, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.variables()->setFetcher(engine.fetcher());
        panel.showStop(pythonStop());
        panel.variables()->setScopes(kScopes);
        QTreeView *view = panel.variablesView();
        QVERIFY(view->isExpanded(panel.variables()->index(0, 0)));
        QVERIFY(!view->isExpanded(panel.variables()->index(1, 0)));
        QCOMPARE(engine.asked, (QList<qint64>{1})); // globals not read until asked for
        // event and context are on screen at once.
        QCOMPARE(panel.variables()->index(0, 0, panel.variables()->index(0, 0)).data().toString(), QStringLiteral("event"));
    }

    void runningGreysEndedClears()
    {
        FakeEngine engine;
        DebuggerPanel panel;
        panel.variables()->setFetcher(engine.fetcher());
        panel.showStop(pythonStop());
        panel.variables()->setScopes(kScopes);
        panel.variables()->fetchMore(panel.variables()->index(0, 0));
        QVERIFY(panel.console()->input()->isEnabled());

        panel.setState(DebuggerPanel::State::Running);
        // Greyed, not gone.
        QVERIFY(!panel.callStack()->isEnabled());
        QVERIFY(!panel.variablesView()->isEnabled());
        QVERIFY(!panel.console()->input()->isEnabled());
        QCOMPARE(panel.callStack()->topLevelItemCount(), 3);
        QCOMPARE(panel.variables()->rowCount(), 2);

        panel.setState(DebuggerPanel::State::Ended, QStringLiteral("The handler returned after 12 ms of running."));
        QCOMPARE(panel.callStack()->topLevelItemCount(), 0);
        QCOMPARE(panel.variables()->rowCount(), 0);
        QCOMPARE(panel.statusText(), QStringLiteral("The handler returned after 12 ms of running."));
        QVERIFY(!panel.isBannerShown());
    }

    void consoleHistory()
    {
        DebugConsole console;
        QSignalSpy asked(&console, &DebugConsole::evaluateRequested);
        QLineEdit *input = console.input();
        for (const QString &e : {QStringLiteral("event['a']"), QStringLiteral("total * 2"), QStringLiteral("len(event)")}) {
            input->setText(e);
            QTest::keyClick(input, Qt::Key_Return);
        }
        QCOMPARE(asked.count(), 3);
        QCOMPARE(asked.at(1).first().toString(), QStringLiteral("total * 2"));
        QVERIFY(input->text().isEmpty());
        input->setText(QStringLiteral("draft"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("len(event)"));
        QTest::keyClick(input, Qt::Key_Up);
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("event['a']"));
        QTest::keyClick(input, Qt::Key_Up); // the oldest: stays
        QCOMPARE(input->text(), QStringLiteral("event['a']"));
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QStringLiteral("total * 2"));
        QTest::keyClick(input, Qt::Key_Down);
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QStringLiteral("draft")); // back to what was being typed
        // Repeating an expression moves it to the newest.
        input->setText(QStringLiteral("total * 2"));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(console.history(),
                 (QStringList{QStringLiteral("event['a']"), QStringLiteral("len(event)"), QStringLiteral("total * 2")}));

        console.appendResult(QStringLiteral("total * 2"), QStringLiteral("6"), QStringLiteral("int"));
        console.appendOutput(QStringLiteral("console"), QStringLiteral("a=1\n"));
        console.appendError(QStringLiteral("nope"), QStringLiteral("NameError: name 'nope' is not defined"));
        const QString text = console.text();
        QVERIFY(text.contains(QStringLiteral("> total * 2\n6 (int)")));
        QVERIFY(text.contains(QStringLiteral("a=1")));
        QVERIFY(text.contains(QStringLiteral("NameError")));
    }

    void waitingForAnExternalDebugger()
    {
        DebuggerPanel panel;
        panel.showWaiting(5678, QStringLiteral("{\"port\": 5678}"));
        QCOMPARE(panel.statusText(), QStringLiteral("Waiting for a debugger on 127.0.0.1:5678"));
        QVERIFY(panel.console()->text().contains(QStringLiteral("\"port\": 5678")));
    }
};

QTEST_MAIN(TestDebuggerPanel)
#include "tst_debuggerpanel.moc"
