// Presenter mode (issue 17) in a real console window on a temporary workspace with the demo
// functions: F11 on and off, the simpler layout and its exact restoration, the zoom keys on the
// application font and an editor, the banner's keys and a real invocation's outcome, F11 as the
// debugger's Step into during a real (Node.js) debug session, and Reset demo workspace.
#include "backendhost.h"
#include "code/codepage.h"
#include "common/invocationcontroller.h"
#include "debug/debugcontroller.h"
#include "editor/codeeditor.h"
#include "functions/functionlistmodel.h"
#include "mainwindow.h"
#include "present/presenterbanner.h"
#include "present/presentermode.h"
#include "results/resultpanel.h"
#include "settings.h"
#include "store/catalogs.h"
#include "widgettestsupport.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>

using namespace lambdesk;
using widgettestsupport::readFile;
using widgettestsupport::Waiter;

namespace {
const QString kPython = QStringLiteral("hello-python");
const QString kNode = QStringLiteral("hello-node");

int zoomOf(QsciScintilla *editor)
{
    return int(editor->SendScintilla(QsciScintilla::SCI_GETZOOM));
}
} // namespace

class TestPresenterMode : public QObject
{
    Q_OBJECT

public:
    // Every window here opens on a projector's screen, 1024×640 (see tst_mainwindow).
    static void initMain() { windowtestsupport::useProjectorScreen(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_w;
    PresenterMode *m_presenter = nullptr;
    QFont m_normalFont;

    QWidget *functionPane() const
    {
        auto *split = m_w->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        return split ? split->widget(0) : nullptr;
    }

    // Whether `child` is shown whole inside the window (not cut by its edge or a parent's).
    bool shownWhole(QWidget *child) const
    {
        if (!child || !child->isVisible())
            return false;
        const QRect inWindow(child->mapTo(m_w.get(), QPoint(0, 0)), child->size());
        return m_w->rect().contains(inWindow) && child->visibleRegion().boundingRect().size() == child->size();
    }

    QWidget *toolBarButton(QAction *action) const { return m_presenter->toolBar()->widgetForAction(action); }

    void settle()
    {
        for (int i = 0; i < 4; ++i) // nested layouts post their requests one level at a time
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }

    void selectAndOpen(const QString &function, const QString &file)
    {
        m_w->selectFunction(function);
        m_w->tabs()->setCurrentWidget(m_w->codePage());
        QVERIFY(Waiter().on(m_w->codePage(), &CodePage::fileOpened).until([&] {
            return m_w->codePage()->currentFile() == file;
        }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString settingsPath = widgettestsupport::settingsFile(m_dir.filePath(QStringLiteral("settings.ini")));
        Backend::Options options;
        options.workspace = m_dir.filePath(QStringLiteral("ws"));
        options.seedDemo = true;
        m_w = std::make_unique<MainWindow>(options, settingsPath);
        QSignalSpy ready(m_w.get(), &MainWindow::ready);
        m_w->show();
        QVERIFY(ready.wait(widgettestsupport::backendStartMs()));
        QVERIFY(ready.first().first().toBool());
        QVERIFY(windowtestsupport::demoFunctionsShown(*m_w));
        m_w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
        m_presenter = m_w->findChild<PresenterMode *>();
        QVERIFY(m_presenter);
        m_normalFont = QApplication::font();
        selectAndOpen(kPython, QStringLiteral("lambda_function.py"));
    }

    void cleanup()
    {
        m_presenter->setActive(false);
        QCOMPARE(QApplication::font(), m_normalFont);
    }

    void cleanupTestCase() { m_w.reset(); }

    // F11 turns it on and off; the window is simpler while on and exactly as before after.
    void f11TogglesAndRestoresTheLayout()
    {
        QStatusBar *status = m_w->statusBar();
        QWidget *pane = functionPane();
        auto *logDock = m_w->findChild<QDockWidget *>(QStringLiteral("logDock"));
        auto *split = m_w->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(pane && logDock && split);
        QVERIFY(status->isVisible() && pane->isVisible() && logDock->isVisible());
        const QByteArray state = m_w->saveState();
        const QList<int> sizes = split->sizes();
        const QMargins margins = split->widget(1)->layout()->contentsMargins();
        QCOMPARE(m_presenter->toggleAction()->shortcut(), QKeySequence(Qt::Key_F11));

        QTest::keyClick(m_w.get(), Qt::Key_F11);
        QVERIFY(m_presenter->isActive());
        QVERIFY(m_presenter->toggleAction()->isChecked());
        QVERIFY(!status->isVisible());
        QVERIFY(!pane->isVisible());
        QVERIFY(!logDock->isVisible()); // the result panels show each invocation's log
        QVERIFY(m_presenter->toolBar()->isVisible());
        QCOMPARE(m_presenter->toolBar()->parentWidget(), m_w->menuBar()); // in its corner, no row of its own
        // The function list collapsed to the function shown.
        auto *combo = m_presenter->toolBar()->findChild<QComboBox *>(QStringLiteral("presenterFunction"));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), kPython);
        QCOMPARE(QApplication::font().pointSizeF(), m_normalFont.pointSizeF() * 1.5); // the default 150 %

        QTest::keyClick(m_w.get(), Qt::Key_F11);
        QVERIFY(!m_presenter->isActive());
        QVERIFY(!m_presenter->toggleAction()->isChecked());
        QCOMPARE(QApplication::font(), m_normalFont);
        QVERIFY(status->isVisible());
        QVERIFY(pane->isVisible());
        QVERIFY(logDock->isVisible());
        QVERIFY(!m_presenter->toolBar()->isVisible());
        QCOMPARE(m_w->saveState(), state);
        QCOMPARE(split->sizes(), sizes);
        QCOMPARE(split->widget(1)->layout()->contentsMargins(), margins);
    }

    // Ctrl+= / Ctrl+- / Ctrl+0 with the focus in the editor scale the application font and the
    // editor; the editor takes none of them as its own; the zoom is kept for the next time.
    void zoomKeysScaleTheFontAndTheEditors()
    {
        CodeEditor *editor = m_w->codePage()->editor();
        QVERIFY(editor);
        const int ownZoom = zoomOf(editor);
        const QString text = editor->text();
        const double mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSizeF();
        // A result panel's text view keeps a fixed-width font of its own (its document's).
        QTextBrowser *summary = nullptr;
        for (QTextBrowser *b : m_w->codePage()->results()->findChildren<QTextBrowser *>()) {
            if (QFontInfo(b->document()->defaultFont()).fixedPitch())
                summary = b;
        }
        QVERIFY(summary);
        const QFont summaryFont = summary->document()->defaultFont();
        const auto checkZoom = [&](int percent) {
            QCOMPARE(m_presenter->zoomPercent(), percent);
            QCOMPARE(QApplication::font().pointSizeF(), m_normalFont.pointSizeF() * percent / 100.0);
            QCOMPARE(zoomOf(editor), ownZoom + qRound(mono * (percent / 100.0 - 1.0)));
            QCOMPARE(summary->document()->defaultFont().pointSizeF(), summaryFont.pointSizeF() * percent / 100.0);
            QCOMPARE(summary->document()->defaultFont().family(), summaryFont.family());
        };

        m_presenter->setActive(true);
        checkZoom(150);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Equal, Qt::ControlModifier);
        checkZoom(175);
        QCOMPARE(m_presenter->banner()->keysText(), QStringLiteral("Ctrl+="));
        QTest::keyClick(editor, Qt::Key_Minus, Qt::ControlModifier);
        checkZoom(150);
        QTest::keyClick(editor, Qt::Key_Minus, Qt::ControlModifier);
        checkZoom(125);
        QCOMPARE(m_presenter->banner()->keysText(), QStringLiteral("Ctrl+-"));
        QTest::keyClick(editor, Qt::Key_0, Qt::ControlModifier);
        checkZoom(150);
        QTest::keyClick(editor, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Equal, Qt::ControlModifier);
        checkZoom(200);
        QCOMPARE(editor->text(), text); // nothing typed into the code
        {
            // An editor that opens while presenting is zoomed too.
            CodeEditor late(m_w->codePage());
            late.show();
            QCOMPARE(zoomOf(&late), qRound(mono * 1.0));
        }

        // Off: the font and the editor exactly as they were; the zoom keys do nothing.
        QTest::keyClick(m_w.get(), Qt::Key_F11);
        QVERIFY(!m_presenter->isActive());
        QCOMPARE(QApplication::font(), m_normalFont);
        QCOMPARE(zoomOf(editor), ownZoom);
        QCOMPARE(summary->document()->defaultFont(), summaryFont);
        QVERIFY(!m_presenter->zoomInAction()->isEnabled());
        QTest::keyClick(m_w.get(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(QApplication::font(), m_normalFont);

        // On again: the zoom kept (200 %), in the settings too.
        QTest::keyClick(m_w.get(), Qt::Key_F11);
        checkZoom(200);
        Settings readBack(m_dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(readBack.value(settings::presenterZoomPercent), 200);
        QTest::keyClick(editor, Qt::Key_0, Qt::ControlModifier);
        checkZoom(150);
    }

    void keysShownAreShortcutsOnly()
    {
        const auto keys = [](int key, Qt::KeyboardModifiers mods, const QString &text = {}) {
            const QKeyEvent e(QEvent::KeyPress, key, mods, text);
            return PresenterMode::keysOf(&e);
        };
        QCOMPARE(keys(Qt::Key_Return, Qt::ControlModifier), QStringLiteral("Ctrl+Enter"));
        QCOMPARE(keys(Qt::Key_S, Qt::ControlModifier), QStringLiteral("Ctrl+S"));
        QCOMPARE(keys(Qt::Key_F5, Qt::NoModifier), QStringLiteral("F5"));
        QCOMPARE(keys(Qt::Key_F5, Qt::ControlModifier), QStringLiteral("Ctrl+F5"));
        QCOMPARE(keys(Qt::Key_A, Qt::NoModifier, QStringLiteral("a")), QString()); // typing
        QCOMPARE(keys(Qt::Key_A, Qt::ShiftModifier, QStringLiteral("A")), QString());
        QCOMPARE(keys(Qt::Key_Return, Qt::NoModifier), QString());
        QCOMPARE(keys(Qt::Key_Control, Qt::ControlModifier), QString());

        InvocationResult failed;
        failed.functionName = kPython;
        failed.status = InvocationStatus::Failed;
        failed.functionError = QStringLiteral("Unhandled");
        failed.errorType = QStringLiteral("Runtime.ExitError");
        failed.durationMs = 3.04;
        QCOMPARE(PresenterBanner::outcome(failed), QStringLiteral("hello-python: Runtime.ExitError, 3.0 ms"));
    }

    // The banner shows the shortcut pressed, then the invocation it started and its outcome,
    // from the one invocation channel (a real invocation of the demo's Python handler).
    void bannerShowsKeysAndInvocations()
    {
        auto *invocations = m_w->findChild<InvocationController *>();
        QVERIFY(invocations);
        m_w->selectFunction(kPython);
        m_presenter->setActive(true);
        PresenterBanner *banner = m_presenter->banner();
        QVERIFY(banner->testAttribute(Qt::WA_TransparentForMouseEvents));
        QString whileRunning;
        const auto seen = connect(invocations, &InvocationController::invocationStarted, this,
                                  [&] { whileRunning = banner->noteText(); });
        QSignalSpy finished(invocations, &InvocationController::invocationFinished);
        QTest::keyClick(m_w.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(banner->keysText(), QStringLiteral("Ctrl+Enter"));
        QVERIFY(banner->isVisible());
        QVERIFY(finished.wait(60000));
        disconnect(seen);
        QCOMPARE(finished.first().first().value<InvocationResult>().functionName, kPython);
        QCOMPARE(whileRunning, QStringLiteral("Invoking hello-python…"));
        const QRegularExpression outcome(QStringLiteral("^hello-python: 200, [0-9.,]+ ms$"));
        QVERIFY2(outcome.match(banner->noteText()).hasMatch(), qPrintable(banner->noteText()));
        // At the bottom of the window, whole.
        QVERIFY(banner->isVisible());
        QVERIFY(m_w->rect().contains(banner->geometry()));
        QVERIFY(banner->geometry().top() > m_w->height() / 2);
    }

    // While the debugger is stopped, F11 is Step into (a real Node.js debug session of the demo
    // stopped at a breakpoint); otherwise presenter mode.
    void f11StepsIntoWhileTheDebuggerIsStopped()
    {
        DebugController *debugger = m_w->debugger();
        const QString runtime = m_w->functionModel()->functionAt(m_w->functionModel()->rowOf(kNode)).runtime;
        QVERIFY(runtime.startsWith(QLatin1String("nodejs")));
        if (!debugger->breakpointsKnown(kNode)) {
            QSignalSpy loaded(debugger, &DebugController::breakpointsLoaded);
            debugger->loadBreakpoints(kNode);
            QVERIFY(loaded.wait(30000));
        }
        QSignalSpy saved(debugger, &DebugController::breakpointsSaved);
        debugger->setFileBreakpoints(kNode, QStringLiteral("index.mjs"), {debug::Breakpoint{{}, 10}});
        QVERIFY(saved.wait(30000));
        QVERIFY(saved.first().at(1).toBool());

        QSignalSpy stopped(debugger, &DebugController::stopped);
        QSignalSpy ended(debugger, &DebugController::ended);
        QVERIFY(!debugger->debug(kNode, runtime, R"({"name":"Ada"})").isEmpty());
        Waiter()
            .on(debugger, &DebugController::stopped)
            .on(debugger, &DebugController::ended)
            .until([&] { return stopped.count() > 0 || ended.count() > 0; }, 60000);
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.first().first().value<debug::Stop>().frames.value(0).line, 10);
        QVERIFY(debugger->stepIntoAction()->isEnabled());
        QVERIFY(m_presenter->toggleAction()->shortcut().isEmpty());

        QTest::keyClick(m_w.get(), Qt::Key_F11);
        Waiter()
            .on(debugger, &DebugController::stopped)
            .on(debugger, &DebugController::ended)
            .until([&] { return stopped.count() > 1 || ended.count() > 0; }, 60000);
        QCOMPARE(stopped.count(), 2); // stepped: stopped again, further on
        QVERIFY(stopped.last().first().value<debug::Stop>().frames.value(0).line > 10);
        QVERIFY(!m_presenter->isActive());

        // Reset demo workspace while hello-node is stopped in the debugger: the question says
        // the session is stopped first; it is, and the breakpoint goes with the reset.
        QSignalSpy reset(m_presenter, &PresenterMode::demoWorkspaceReset);
        m_presenter->resetAction()->trigger();
        auto *box = m_w->findChild<QMessageBox *>(QStringLiteral("resetDemoQuestion"));
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QLatin1String("debug session of hello-node")),
                 qPrintable(box->informativeText()));
        box->findChild<QPushButton *>(QStringLiteral("resetDemoConfirm"))->click();
        QVERIFY(ended.count() > 0 || ended.wait(60000));
        QVERIFY(reset.count() > 0 || reset.wait(60000));
        QVERIFY2(reset.first().first().toBool(), qPrintable(reset.first().at(1).toString()));
        QVERIFY(debugger->breakpoints(kNode).isEmpty());
        auto kept = widgettestsupport::callAndWait(*m_w->host(), [](Backend &b) { return b.breakpoints(kNode); });
        QVERIFY(kept && kept->ok() && kept->value().isEmpty());

        QCOMPARE(m_presenter->toggleAction()->shortcut(), QKeySequence(Qt::Key_F11));
        QTest::keyClick(m_w.get(), Qt::Key_F11);
        QVERIFY(m_presenter->isActive());
    }

    // Reset demo workspace asks first (Cancel changes nothing), then brings an edited demo
    // back: its code, configuration, no versions; the console shows it restored.
    void resetDemoWorkspaceRestoresAnEditedDemo()
    {
        BackendHost *host = m_w->host();
        selectAndOpen(kPython, QStringLiteral("lambda_function.py"));
        m_presenter->setActive(true);
        const QByteArray edited = "def lambda_handler(event, context):\n    return 'edited'\n";
        auto changed = widgettestsupport::callAndWait(*host, [edited](Backend &b) {
            if (auto s = b.saveCodeFile(kPython, QStringLiteral("lambda_function.py"), edited); !s)
                return s.error().message;
            FunctionConfig c = b.getFunction(kPython).value();
            c.memorySize = 512;
            if (auto u = b.updateConfiguration(c); !u)
                return u.error().message;
            if (auto p = b.publishVersion({kPython, {}, {}, {}}); !p)
                return p.error().message;
            return QString();
        });
        QVERIFY(changed);
        QVERIFY2(changed->isEmpty(), qPrintable(*changed));
        const auto memoryShown = [&] {
            return m_w->functionModel()->functionAt(m_w->functionModel()->rowOf(kPython)).memorySize;
        };
        QVERIFY(Waiter().on(m_w->functionModel(), &QAbstractItemModel::dataChanged).until([&] {
            return memoryShown() == 512;
        }));

        QSignalSpy reset(m_presenter, &PresenterMode::demoWorkspaceReset);
        // Cancel: nothing happens.
        m_presenter->resetAction()->trigger();
        auto *box = m_w->findChild<QMessageBox *>(QStringLiteral("resetDemoQuestion"));
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(kPython) && box->text().contains(kNode));
        QVERIFY(box->informativeText().contains(QLatin1String("versions")));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(!box->isVisible());
        QCoreApplication::sendPostedEvents(box, QEvent::DeferredDelete); // it deletes itself on close
        QVERIFY(!m_w->findChild<QMessageBox *>(QStringLiteral("resetDemoQuestion")));
        QVERIFY(m_presenter->resetAction()->isEnabled()); // no reset under way
        QCOMPARE(readFile(host->codeDir(kPython) + QStringLiteral("/lambda_function.py")), edited);

        // Reset.
        m_presenter->resetAction()->trigger();
        box = m_w->findChild<QMessageBox *>(QStringLiteral("resetDemoQuestion"));
        QVERIFY(box);
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("resetDemoConfirm"));
        QVERIFY(confirm);
        confirm->click();
        QVERIFY(reset.wait(60000));
        QVERIFY2(reset.first().first().toBool(), qPrintable(reset.first().at(1).toString()));
        QVERIFY(reset.first().at(1).toString().contains(kPython));
        QCOMPARE(m_presenter->banner()->noteText(), reset.first().at(1).toString()); // said where the audience looks

        const QByteArray first = catalogs::readResource(
            QStringLiteral(":/blueprints/hello-world-python/python/lambda_function.py"));
        QCOMPARE(readFile(host->codeDir(kPython) + QStringLiteral("/lambda_function.py")), first);
        auto versions = widgettestsupport::callAndWait(*host, [](Backend &b) { return b.listVersions(kPython); });
        QVERIFY(versions && versions->ok());
        QVERIFY(versions->value().isEmpty());
        // The console shows it restored, still selected, its first code in the editor.
        QVERIFY(Waiter()
                    .on(m_w->functionModel(), &QAbstractItemModel::modelReset)
                    .on(m_w->functionModel(), &QAbstractItemModel::dataChanged)
                    .on(m_w->functionModel(), &QAbstractItemModel::rowsInserted)
                    .until([&] {
                        return m_w->functionModel()->rowOf(kPython) >= 0 && memoryShown() == 128
                            && m_w->selectedFunction() == kPython;
                    }));
        QVERIFY(Waiter().on(m_w->codePage(), &CodePage::fileOpened).until([&] {
            return m_w->codePage()->editor() && m_w->codePage()->editor()->text().toUtf8() == first;
        }));
    }

    // At a projector's 1024×640 with the default zoom nothing presenter mode shows is cut off.
    void fitsAProjector()
    {
        m_presenter->setActive(true);
        QCOMPARE(m_presenter->zoomPercent(), 150);
        settle();
        m_w->resize(1024, 640);
        settle();
        m_w->layout()->activate();
        const QSize min = m_w->minimumSize().expandedTo(m_w->minimumSizeHint());
        QVERIFY2(min.width() <= 1024 && min.height() <= 640,
                 qPrintable(QStringLiteral("minimum %1×%2").arg(min.width()).arg(min.height())));
        QCOMPARE(m_w->size(), QSize(1024, 640));
        for (QAction *a : m_presenter->toolBar()->actions()) {
            if (QWidget *button = toolBarButton(a); button && a->isVisible())
                QVERIFY2(shownWhole(button), qPrintable(a->text()));
        }
        m_w->tabs()->setCurrentWidget(m_w->codePage());
        settle();
        for (QPushButton *b : m_w->codePage()->findChildren<QPushButton *>()) {
            if (b->isVisibleTo(m_w.get()) && b->text().remove(u'&') == QLatin1String("Test"))
                QVERIFY2(shownWhole(b), "the Code tab's Test button");
        }
    }
};

QTEST_MAIN(TestPresenterMode)
#include "tst_presentermode.moc"
