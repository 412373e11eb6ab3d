#include "debug/debugcontroller.h"
#include "editor/breakpointmargin.h"
#include "editor/codeeditor.h"
#include "editor/linemarker.h"
#include "editor/valuehover.h"

#include "widgettestsupport.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace lambdesk;

namespace {

const char *const kCode = "import json\n"
                          "\n"
                          "def handler(event, context):\n"
                          "    total = event['a'] + event['b']\n"
                          "    return {'total': total}\n";

bool has(const CodeEditor &editor, int line, int marker)
{
    return (editor.markersAtLine(line - 1) & (1u << marker)) != 0;
}

// Where a click lands in the symbol margin on a 1-based line.
QPoint marginPoint(CodeEditor &editor, int line)
{
    const int x = int(editor.SendScintilla(QsciScintilla::SCI_GETMARGINWIDTHN, 0)) + 4;
    const long pos = editor.positionFromLineIndex(line - 1, 0);
    const int y = int(editor.SendScintilla(QsciScintilla::SCI_POINTYFROMPOSITION, 0, pos))
        + int(editor.SendScintilla(QsciScintilla::SCI_TEXTHEIGHT, line - 1)) / 2;
    return {x, y};
}

} // namespace

class TestBreakpointMargin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clickInTheMarginToggles()
    {
        CodeEditor editor;
        editor.setLanguage(CodeEditor::Language::Python);
        editor.setText(QString::fromUtf8(kCode));
        BreakpointMargin margin(&editor);
        margin.setFile(QStringLiteral("app.py"));
        editor.resize(600, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy changed(&margin, &BreakpointMargin::changed);

        QTest::mouseClick(editor.viewport(), Qt::LeftButton, {}, marginPoint(editor, 4));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(margin.breakpoints().size(), 1);
        const debug::Breakpoint bp = margin.breakpoints().first();
        QCOMPARE(bp.file, QStringLiteral("app.py"));
        QCOMPARE(bp.line, 4);
        QVERIFY(bp.enabled);
        QVERIFY(has(editor, 4, margin.markerNumber(BreakpointMargin::Symbol::Enabled)));

        // A second click on the same line removes it.
        QTest::mouseClick(editor.viewport(), Qt::LeftButton, {}, marginPoint(editor, 4));
        QCOMPARE(changed.count(), 2);
        QVERIFY(margin.breakpoints().isEmpty());
        QCOMPARE(editor.markersAtLine(3) & (1u << margin.markerNumber(BreakpointMargin::Symbol::Enabled)), 0u);
    }

    void editsAboveMoveTheBreakpoint()
    {
        CodeEditor editor;
        editor.setText(QString::fromUtf8(kCode));
        BreakpointMargin margin(&editor);
        margin.setFile(QStringLiteral("app.py"));
        margin.toggle(4);
        margin.toggle(5);
        QSignalSpy changed(&margin, &BreakpointMargin::changed);

        // Two lines inserted above: both follow.
        editor.insertAt(QStringLiteral("import os\nimport sys\n"), 0, 0);
        QCOMPARE(changed.count(), 1);
        QList<int> lines;
        for (const auto &bp : margin.breakpoints())
            lines << bp.line;
        QCOMPARE(lines, (QList<int>{6, 7}));
        QVERIFY(has(editor, 6, margin.markerNumber(BreakpointMargin::Symbol::Enabled)));

        // An edit below them moves nothing and says nothing.
        editor.insertAt(QStringLiteral("# end\n"), editor.lines() - 1, 0);
        QCOMPARE(changed.count(), 1);

        // Line 6 deleted: its breakpoint joins line 6's neighbour; one breakpoint a line.
        editor.setSelection(5, 0, 6, 0);
        editor.removeSelectedText();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(margin.breakpoints().size(), 1);
        QCOMPARE(margin.breakpoints().first().line, 6);
    }

    void conditionLogpointDisableRemove()
    {
        CodeEditor editor;
        editor.setText(QString::fromUtf8(kCode));
        BreakpointMargin margin(&editor);
        margin.setFile(QStringLiteral("app.py"));
        QString answer;
        QStringList asked;
        margin.setPrompt([&](const QString &title, const QString &, const QString &text) -> std::optional<QString> {
            asked << title + u'|' + text;
            return answer;
        });
        QSignalSpy changed(&margin, &BreakpointMargin::changed);

        // No breakpoint: the menu offers to add one, a conditional one or a logpoint.
        std::unique_ptr<QMenu> menu(margin.contextMenu(4, nullptr));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("addBreakpoint")));
        answer = QStringLiteral("event['a'] > 1");
        menu->findChild<QAction *>(QStringLiteral("addConditional"))->trigger();
        QCOMPARE(margin.breakpointAt(4)->condition, QStringLiteral("event['a'] > 1"));
        QVERIFY(has(editor, 4, margin.markerNumber(BreakpointMargin::Symbol::Conditional)));
        QVERIFY(!has(editor, 4, margin.markerNumber(BreakpointMargin::Symbol::Enabled)));

        // Edit condition… shows the current one and changes it.
        menu.reset(margin.contextMenu(4, nullptr));
        answer = QStringLiteral("  total == 3 ");
        menu->findChild<QAction *>(QStringLiteral("editCondition"))->trigger();
        QCOMPARE(asked.last(), QStringLiteral("Condition on line 4|event['a'] > 1"));
        QCOMPARE(margin.breakpointAt(4)->condition, QStringLiteral("total == 3"));

        // Edit log message… makes it a logpoint (its own symbol).
        menu.reset(margin.contextMenu(4, nullptr));
        answer = QStringLiteral("a={event['a']}");
        menu->findChild<QAction *>(QStringLiteral("editLogMessage"))->trigger();
        QVERIFY(margin.breakpointAt(4)->isLogpoint());
        QCOMPARE(margin.breakpointAt(4)->logMessage, QStringLiteral("a={event['a']}"));
        QVERIFY(has(editor, 4, margin.markerNumber(BreakpointMargin::Symbol::Logpoint)));

        // Disable: the disabled symbol; Enable brings the logpoint's back.
        menu.reset(margin.contextMenu(4, nullptr));
        QAction *toggle = menu->findChild<QAction *>(QStringLiteral("toggleEnabled"));
        QCOMPARE(toggle->text(), QStringLiteral("Disable breakpoint"));
        toggle->trigger();
        QVERIFY(!margin.breakpointAt(4)->enabled);
        QVERIFY(has(editor, 4, margin.markerNumber(BreakpointMargin::Symbol::Disabled)));
        QVERIFY(!has(editor, 4, margin.markerNumber(BreakpointMargin::Symbol::Logpoint)));
        menu.reset(margin.contextMenu(4, nullptr));
        QCOMPARE(menu->findChild<QAction *>(QStringLiteral("toggleEnabled"))->text(), QStringLiteral("Enable breakpoint"));
        menu->findChild<QAction *>(QStringLiteral("toggleEnabled"))->trigger();
        QVERIFY(has(editor, 4, margin.markerNumber(BreakpointMargin::Symbol::Logpoint)));

        // Cancelled prompts change nothing.
        const int before = int(changed.count());
        margin.setPrompt([](const QString &, const QString &, const QString &) { return std::optional<QString>(); });
        menu.reset(margin.contextMenu(4, nullptr));
        menu->findChild<QAction *>(QStringLiteral("editCondition"))->trigger();
        QCOMPARE(changed.count(), before);

        // Remove.
        menu.reset(margin.contextMenu(4, nullptr));
        menu->findChild<QAction *>(QStringLiteral("remove"))->trigger();
        QVERIFY(!margin.breakpointAt(4));
        unsigned mine = 0;
        for (auto symbol : {BreakpointMargin::Symbol::Enabled, BreakpointMargin::Symbol::Disabled,
                            BreakpointMargin::Symbol::Conditional, BreakpointMargin::Symbol::Logpoint})
            mine |= 1u << margin.markerNumber(symbol);
        QCOMPARE(editor.markersAtLine(3) & mine, 0u);
        QCOMPARE(changed.count(), before + 1);
    }

    void loadsOnlyItsFileAndKeepsLinesOnReload()
    {
        CodeEditor editor;
        editor.setText(QString::fromUtf8(kCode));
        BreakpointMargin margin(&editor);
        margin.setFile(QStringLiteral("lib/util.py"));
        QSignalSpy changed(&margin, &BreakpointMargin::changed);
        debug::Breakpoint mine{QStringLiteral("lib/util.py"), 3, QStringLiteral("x"), {}, true};
        debug::Breakpoint other{QStringLiteral("app.py"), 4, {}, {}, true};
        debug::Breakpoint past{QStringLiteral("lib/util.py"), 99, {}, {}, false};
        margin.setBreakpoints({mine, other, past});
        QCOMPARE(changed.count(), 0); // loading is no change
        const auto shown = margin.breakpoints();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(0), mine);
        QCOMPARE(shown.at(1).line, editor.lines()); // past the end: on the last line
        QVERIFY(!shown.at(1).enabled);

        // The whole text replaced (a reload from disk): the breakpoints stay on their lines.
        margin.keepLinesWhile([&] { editor.setText(QString::fromUtf8(kCode) + QStringLiteral("# more\n")); });
        QCOMPARE(margin.breakpointAt(3)->condition, QStringLiteral("x"));
        QCOMPARE(changed.count(), 0);
    }

    void executionPointMarksAndFollowsTheTheme()
    {
        CodeEditor editor;
        QString many;
        for (int i = 1; i <= 200; ++i)
            many += QStringLiteral("x%1 = %1\n").arg(i);
        editor.setText(many);
        editor.resize(500, 200);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        LineMarker errors(&editor); // shares the symbol margin
        BreakpointMargin margin(&editor);
        margin.setExecutionLine(150);
        QCOMPARE(margin.executionLine(), 150);
        QCOMPARE(int(editor.markersAtLine(149) & unsigned(margin.executionMarkers())), margin.executionMarkers());
        // Scrolled to it.
        const int first = editor.firstVisibleLine();
        const int visible = int(editor.SendScintilla(QsciScintilla::SCI_LINESONSCREEN));
        QVERIFY2(first <= 149 && 149 < first + visible, qPrintable(QString::number(first)));
        // The error marker's arrow is still drawn in the margin too.
        QVERIFY(editor.marginMarkerMask(BreakpointMargin::kMargin) != 0);
        margin.setExecutionLine(0);
        QCOMPARE(margin.executionLine(), 0);
        QCOMPARE(int(editor.markersAtLine(149) & unsigned(margin.executionMarkers())), 0);
    }

    // The margin's changes are saved through the backend (Backend::setBreakpoints) and come back
    // in a new backend on the same workspace; a bad one is refused with the backend's message.
    void savedAndLoadedAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("ws"));
        Settings settings(widgettestsupport::settingsFile(dir.filePath(QStringLiteral("settings.ini"))));
        const auto start = [&] {
            Backend::Options o;
            o.workspace = workspace;
            o.seedDemo = true;
            auto host = std::make_unique<BackendHost>(o);
            QSignalSpy started(host.get(), &BackendHost::started);
            host->start();
            if (!started.wait(widgettestsupport::backendStartMs()) || !started.first().first().toBool())
                qFatal("the backend did not start");
            // The demo functions are made once the runtimes are known.
            if (!host->runtimesKnown()) {
                QSignalSpy detected(host.get(), &BackendHost::runtimesDetected);
                if (!host->runtimesKnown() && !detected.wait(widgettestsupport::backendStartMs()))
                    qFatal("the runtimes were not detected");
            }
            return host;
        };
        const QString fn = QStringLiteral("hello-python");
        const QString file = QStringLiteral("lambda_function.py");
        {
            auto host = start();
            DebugController controller(host.get(), &settings);
            QSignalSpy loaded(&controller, &DebugController::breakpointsLoaded);
            controller.loadBreakpoints(fn);
            QVERIFY(loaded.wait(20000));
            QVERIFY(controller.breakpoints(fn).isEmpty());

            CodeEditor editor;
            editor.setText(QString::fromUtf8(kCode));
            BreakpointMargin margin(&editor);
            margin.setFile(file);
            connect(&margin, &BreakpointMargin::changed, &controller,
                    [&] { controller.setFileBreakpoints(fn, file, margin.breakpoints()); });
            QSignalSpy saved(&controller, &DebugController::breakpointsSaved);
            margin.toggle(4);
            QVERIFY(saved.wait(20000));
            QVERIFY2(saved.last().at(1).toBool(), qPrintable(saved.last().at(2).toString()));
            margin.setCondition(5, QStringLiteral("total > 2"));
            QVERIFY(saved.wait(20000));
            QVERIFY(saved.last().at(1).toBool());
            const auto stored = widgettestsupport::callAndWait(*host, [fn](Backend &b) { return b.breakpoints(fn); });
            QVERIFY(stored && stored->ok());
            QCOMPARE(stored->value(), margin.breakpoints());

            // A file outside the code folder is refused: the message names the field.
            debug::Breakpoint bad{QStringLiteral("../outside.py"), 1, {}, {}, true};
            controller.setFileBreakpoints(fn, bad.file, {bad});
            QVERIFY(saved.wait(20000));
            QVERIFY(!saved.last().at(1).toBool());
            QVERIFY2(saved.last().at(2).toString().contains(QStringLiteral("File")), qPrintable(saved.last().at(2).toString()));
        }
        auto host = start();
        DebugController controller(host.get(), &settings);
        QSignalSpy loaded(&controller, &DebugController::breakpointsLoaded);
        controller.loadBreakpoints(fn);
        QVERIFY(loaded.wait(20000));
        const QList<debug::Breakpoint> back = controller.breakpoints(fn);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).line, 4);
        QCOMPARE(back.at(1).condition, QStringLiteral("total > 2"));

        // Deleting the function forgets its breakpoints: the margin hears of it, and what is
        // read again is nothing (they went with the function).
        QSignalSpy forgotten(&controller, &DebugController::breakpointsLoaded);
        const auto deleted = widgettestsupport::callAndWait(*host, [fn](Backend &b) { return b.deleteFunction(fn); });
        QVERIFY(deleted && deleted->ok());
        QVERIFY(forgotten.count() > 0 || forgotten.wait(20000));
        QCOMPARE(forgotten.first().first().toString(), fn);
        QVERIFY(!controller.breakpointsKnown(fn));
        QVERIFY(controller.breakpoints(fn).isEmpty());
    }

    void hoverFindsTheDottedName_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expression");
        QTest::newRow("name") << QStringLiteral("    total = 1") << 6 << QStringLiteral("total");
        QTest::newRow("attribute") << QStringLiteral("x = event.body.items") << 11 << QStringLiteral("event.body");
        QTest::newRow("last part") << QStringLiteral("x = event.body.items") << 17 << QStringLiteral("event.body.items");
        QTest::newRow("keyword") << QStringLiteral("    return x") << 6 << QString();
        QTest::newRow("space") << QStringLiteral("a = b") << 1 << QString();
        QTest::newRow("number") << QStringLiteral("a = 42") << 4 << QString();
    }
    void hoverFindsTheDottedName()
    {
        QFETCH(QString, line);
        QFETCH(int, column);
        QFETCH(QString, expression);
        CodeEditor editor;
        editor.setText(line + u'\n');
        ValueHover hover(&editor);
        QCOMPARE(hover.expressionAt(editor.positionFromLineIndex(0, column)), expression);
    }
};

QTEST_MAIN(TestBreakpointMargin)
#include "tst_breakpointmargin.moc"
