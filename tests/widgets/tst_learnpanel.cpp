// The Learn panel (Help › Lessons) in a real console window on a temporary workspace: the
// lessons listed with their progress, the cold-start lesson started (its function made and
// selected), "Show me" outlining the Test button, steps completed only by real invocations
// through the console, check marks and the completion message, progress kept in the settings
// for a new panel, and every highlight key found in the window.
#include "backendhost.h"
#include "code/codepage.h"
#include "common/invocationcontroller.h"
#include "config/configurationpage.h"
#include "functions/functionlistmodel.h"
#include "learn/highlightoverlay.h"
#include "learn/learnpanel.h"
#include "learn/lesson.h"
#include "learn/lessontracker.h"
#include "mainwindow.h"
#include "results/resultpanel.h"
#include "settings.h"
#include "test/testpage.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "widgettestsupport.h"
#include "windowtestsupport.h"

using namespace lambdesk;
using widgettestsupport::Waiter;

class TestLearnPanel : public QObject
{
    Q_OBJECT

public:
    // Every window here opens on a projector's screen, 1024×640, as in tst_mainwindow.
    static void initMain() { windowtestsupport::useProjectorScreen(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_settingsPath;

    // A console on a new workspace (the demo functions), ready and with its runtimes known.
    std::unique_ptr<MainWindow> open()
    {
        return windowtestsupport::openReady(m_dir.filePath(QStringLiteral("ws")), m_settingsPath);
    }

    LearnPanel *panel() const { return m_window->findChild<LearnPanel *>(); }

    // Help › Lessons, as a user opens it.
    void openLessons()
    {
        QAction *lessons = m_window->findChild<QAction *>(QStringLiteral("lessonsAction"));
        QVERIFY(lessons);
        QMenu *help = m_window->findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QVERIFY(m_window->menuBar()->actions().contains(help->menuAction()));
        lessons->trigger();
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("learnDock"));
        QVERIFY(dock && dock->isVisible());
        QVERIFY(panel() && panel()->isVisible());
    }

    static const learn::Lesson *findLesson(const QList<learn::Lesson> &lessons, const QString &id)
    {
        for (const learn::Lesson &l : lessons) {
            if (l.id == id)
                return &l;
        }
        return nullptr;
    }

    // Starts a lesson with its button, as a user does, and waits until its function is there.
    void startWithButton(const QString &id)
    {
        LearnPanel *p = panel();
        p->showLesson(id);
        QVERIFY(p->startButton()->isVisible());
        QSignalSpy started(p, &LearnPanel::lessonStarted);
        QTest::mouseClick(p->startButton(), Qt::LeftButton);
        QVERIFY(started.wait(widgettestsupport::safetyNetMs(60000)));
        QCOMPARE(started.first().at(0).toString(), id);
        QVERIFY2(started.first().at(1).toBool(), qPrintable(p->messageText()));
    }

    // Clicks the Test tab's Test button and waits for the invocation's end.
    void invokeWithTestButton()
    {
        m_window->tabs()->setCurrentWidget(m_window->testPage());
        QPushButton *test = m_window->testPage()->invokeButton();
        // Enabled once the function's test event is read (the backend reads it on its thread).
        TestPage *page = m_window->testPage();
        QVERIFY(Waiter()
                    .on(page, &TestPage::eventOpened)
                    .on(page, &TestPage::eventsReloaded)
                    .on(page, &TestPage::qualifiersLoaded)
                    .until([test] { return test->isEnabled(); }, widgettestsupport::safetyNetMs(30000)));
        auto *invocations = m_window->findChild<InvocationController *>();
        QVERIFY(invocations);
        QSignalSpy finished(invocations, &InvocationController::invocationFinished);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(finished.wait(widgettestsupport::safetyNetMs(60000)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        // Each test a new settings file (no progress yet) but the same workspace.
        static int n = 0;
        m_settingsPath = widgettestsupport::settingsFile(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++n)));
        m_window = open();
    }

    void cleanup() { m_window.reset(); }

    // Help › Lessons opens the panel; it lists every lesson with its progress.
    void listsTheLessons()
    {
        openLessons();
        LearnPanel *p = panel();
        const QList<learn::Lesson> lessons = p->tracker()->lessons();
        QVERIFY(lessons.size() >= 1);
        QVERIFY(findLesson(lessons, QStringLiteral("cold-start")));
        QCOMPARE(p->lessonList()->count(), lessons.size());
        for (int i = 0; i < lessons.size(); ++i) {
            const QString text = p->lessonList()->item(i)->text();
            QVERIFY2(text.startsWith(lessons.at(i).title), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("0 of %1 steps done").arg(lessons.at(i).steps.size())),
                     qPrintable(text));
        }
        // A lesson opens on a click: its title, intro, steps (none done) and its Start button.
        QTest::mouseClick(p->lessonList()->viewport(), Qt::LeftButton, {},
                          p->lessonList()->visualItemRect(p->lessonList()->item(0)).center());
        QCOMPARE(p->shownLesson(), lessons.first().id);
        QCOMPARE(p->stepMarks().size(), lessons.first().steps.size());
        QVERIFY(!p->stepMarks().contains(QStringLiteral("done")));
        QVERIFY(p->startButton()->isVisible());
        QVERIFY(p->stepText().isEmpty()); // not started: no current step
    }

    // Every key a lesson may point at is a part of the real window, and "Show me" can outline it.
    void everyTargetResolves()
    {
        const QStringList keys = learn::highlightTargets();
        // The keys the window offers (rule 12 of issue 17) are all known to lessons.
        for (const char *key :
             {"functions.list",    "function.header", "tab.code",       "tab.test",           "tab.monitor",
              "tab.configuration", "tab.aliases",     "tab.versions",   "code.editor",        "code.deploy",
              "test.event",        "test.invoke",     "results.panel",  "results.report",     "logs.view",
              "config.general",    "config.memory",   "config.timeout", "config.environment", "config.concurrency",
              "config.async",      "monitor.charts",  "monitor.cost",   "versions.publish",   "versions.list",
              "aliases.create",    "aliases.list"}) {
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        }
        // A result shown makes the REPORT figures appear.
        invokeWithTestButton();
        HighlightOverlay *overlay = panel()->overlay();
        QVERIFY(overlay);
        for (const QString &key : keys) {
            QWidget *target = HighlightOverlay::findTarget(m_window.get(), key);
            QVERIFY2(target, qPrintable(key));
            QCOMPARE(target->property(learn::kTargetProperty).toString(), key);
            QVERIFY2(overlay->highlight(key), qPrintable(key));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            const QRect r = overlay->targetRect();
            QVERIFY2(!r.isEmpty(), qPrintable(key));
            QVERIFY2(m_window->rect().intersects(r), qPrintable(key));
            if (key.startsWith(QLatin1String("tab."))) {
                // A tab is pointed at, not opened: the outline is its tab in the tab bar.
                QTabBar *bar = m_window->tabs()->tabBar();
                const QRect tab = bar->tabRect(m_window->tabs()->indexOf(target));
                QCOMPARE(r, QRect(bar->mapTo(m_window.get(), tab.topLeft()), tab.size()));
            } else {
                QVERIFY2(overlay->target()->isVisible(), qPrintable(key));
            }
        }
        // From another tab: the memory size's part is the value shown in view mode (its editor
        // is hidden until Edit), and the Configuration tab opens.
        m_window->tabs()->setCurrentWidget(m_window->codePage());
        QVERIFY(overlay->highlight(QStringLiteral("config.memory")));
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->configurationPage());
        QCOMPARE(overlay->target()->property(learn::kTargetProperty).toString(), QStringLiteral("config.memory"));
        QVERIFY(overlay->target()->isVisible());
        QVERIFY(qobject_cast<QLabel *>(overlay->target()));
        QVERIFY2(qobject_cast<QLabel *>(overlay->target())->text().contains(QLatin1String("MB")),
                 qPrintable(qobject_cast<QLabel *>(overlay->target())->text()));
        // The Code tab has a Test button of its own: shown there, it is the one outlined.
        m_window->tabs()->setCurrentWidget(m_window->codePage());
        QVERIFY(overlay->highlight(QStringLiteral("test.invoke")));
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->codePage());
        QVERIFY(m_window->codePage()->isAncestorOf(overlay->target()));
        QCOMPARE(qobject_cast<QPushButton *>(overlay->target())->text(), QStringLiteral("Test"));
        overlay->clear(false);
        QVERIFY(!overlay->isVisible());
    }

    // The cold-start lesson, done through the console as a learner does it.
    void coldStartLessonThroughTheConsole()
    {
        openLessons();
        LearnPanel *p = panel();
        learn::LessonTracker *tracker = p->tracker();
        const learn::Lesson *lesson = findLesson(tracker->lessons(), QStringLiteral("cold-start"));
        QVERIFY(lesson);
        QVERIFY(lesson->steps.size() >= 4);
        const learn::Lesson l = *lesson;
        // cold, warm, a configuration change, cold again (resources/lessons/03-cold-start.md)
        QCOMPARE(l.steps.at(0).check, QStringLiteral("invocation.finished"));
        QCOMPARE(l.steps.at(2).check, QStringLiteral("function.updated"));
        QVERIFY(!l.steps.at(0).highlight.isEmpty());

        // Start: the lesson's function is made and selected in the function list.
        QVERIFY(m_window->functionModel()->rowOf(l.function) < 0);
        startWithButton(l.id);
        QCOMPARE(tracker->currentLesson(), l.id);
        QCOMPARE(tracker->currentStep(), 0);
        QCOMPARE(m_window->selectedFunction(), l.function);
        QVERIFY(m_window->functionModel()->rowOf(l.function) >= 0);
        auto *list = qobject_cast<QListView *>(
            HighlightOverlay::findTarget(m_window.get(), QStringLiteral("functions.list")));
        QVERIFY(list);
        QCOMPARE(list->currentIndex().data(FunctionListModel::NameRole).toString(), l.function);
        QCOMPARE(p->stepMarks().size(), l.steps.size());
        QCOMPARE(p->stepMarks().first(), QStringLiteral("current"));
        QVERIFY(!p->stepText().isEmpty());
        QVERIFY(!p->startButton()->isVisible());
        QVERIFY(p->restartButton()->isVisible());

        // "Show me" outlines the step's part of the window (or, while it is hidden, what holds it).
        HighlightOverlay *overlay = p->overlay();
        QVERIFY(p->showMeButton()->isVisible());
        QTest::mouseClick(p->showMeButton(), Qt::LeftButton);
        QVERIFY(overlay->isHighlighting());
        QVERIFY(overlay->isVisible());
        QCOMPARE(overlay->key(), l.steps.at(0).highlight);
        QWidget *keyed = HighlightOverlay::findTarget(m_window.get(), overlay->key());
        QVERIFY(keyed);
        QVERIFY(overlay->target() == keyed || overlay->target()->isAncestorOf(keyed));
        QVERIFY(overlay->target()->isVisible());
        QCOMPARE(overlay->geometry(), m_window->rect());
        QCOMPARE(overlay->targetRect(),
                 QRect(overlay->target()->mapTo(m_window.get(), QPoint(0, 0)), overlay->target()->size()));
        QVERIFY(overlay->testAttribute(Qt::WA_TransparentForMouseEvents));

        // The Test button, from a tab without one: the Test tab opens and the outline is its button's.
        m_window->tabs()->setCurrentIndex(2); // Monitor
        QVERIFY(overlay->highlight(QStringLiteral("test.invoke")));
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->testPage());
        QPushButton *test = m_window->testPage()->invokeButton();
        QCOMPARE(overlay->target(), test);
        QCOMPARE(overlay->targetRect(), QRect(test->mapTo(m_window.get(), QPoint(0, 0)), test->size()));
        // It follows the window: a narrower Lessons dock moves the button, and the outline with it.
        const QRect before = overlay->targetRect();
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("learnDock"));
        m_window->resizeDocks({dock}, {dock->width() - 60}, Qt::Horizontal);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(overlay->geometry(), m_window->rect());
        QCOMPARE(overlay->targetRect(), QRect(test->mapTo(m_window.get(), QPoint(0, 0)), test->size()));
        QVERIFY(overlay->targetRect() != before);
        QTest::mouseClick(p->showMeButton(), Qt::LeftButton); // back to the step's own part
        QCOMPARE(overlay->key(), l.steps.at(0).highlight);

        // Nothing is done before the invocation; the Test button's cold start does step 1 only.
        QVERIFY(!tracker->stepDone(l.id, l.steps.at(0).id));
        QSignalSpy completed(tracker, &learn::LessonTracker::stepCompleted);
        QSignalSpy cleared(overlay, &HighlightOverlay::cleared);
        QSignalSpy highlighted(overlay, &HighlightOverlay::highlighted);
        invokeWithTestButton();
        QVERIFY(completed.count() >= 1 || completed.wait(widgettestsupport::safetyNetMs(30000)));
        QCOMPARE(completed.count(), 1);
        QCOMPARE(completed.first().at(1).toInt(), 0);
        QVERIFY(tracker->stepDone(l.id, l.steps.at(0).id));
        QVERIFY(!tracker->stepDone(l.id, l.steps.at(1).id));
        QCOMPARE(tracker->currentStep(), 1);
        QCOMPARE(p->stepMarks().at(0), QStringLiteral("done"));
        QCOMPARE(p->stepMarks().at(1), QStringLiteral("current"));
        // The outline moves on by itself to the next step's part, in view now (no tab switched).
        QWidget *shownTab = m_window->tabs()->currentWidget();
        // (The outline of step 1's part, the Test button, may be drawn again first as the
        // result panel grows; the next step's outline comes after.)
        const auto nextOutlined = [&] {
            return !highlighted.isEmpty() && highlighted.last().first().toString() == l.steps.at(1).highlight;
        };
        while (!nextOutlined() && highlighted.wait(widgettestsupport::safetyNetMs(10000))) {}
        QVERIFY(nextOutlined());
        QCOMPARE(overlay->key(), l.steps.at(1).highlight);
        QVERIFY(overlay->target()->isVisible());
        QCOMPARE(m_window->tabs()->currentWidget(), shownTab);

        // A second invocation reuses the warm environment: the next step is done.
        invokeWithTestButton();
        QVERIFY(completed.count() >= 2 || completed.wait(widgettestsupport::safetyNetMs(30000)));
        QCOMPARE(completed.count(), 2);
        QCOMPARE(completed.at(1).at(1).toInt(), 1);
        QVERIFY(tracker->stepDone(l.id, l.steps.at(1).id));
        QCOMPARE(p->stepMarks().at(1), QStringLiteral("done"));
        QCOMPARE(p->stepMarks().at(2), QStringLiteral("current"));
        QVERIFY(p->completionText().isEmpty());
        // The next part (the memory size) is in a tab not shown: nothing switches by itself;
        // the warm step's outline fades.
        QVERIFY(!overlay->isHighlighting() || cleared.wait(widgettestsupport::safetyNetMs(10000)));
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->testPage());
        QVERIFY(!overlay->isHighlighting());

        // A configuration change (the memory size), then a cold start again: the lesson is done.
        const QString name = l.function;
        const auto updated = widgettestsupport::callAndWait(*m_window->host(), [name](Backend &b) {
            FunctionConfig c = b.getFunction(name).value();
            c.memorySize = 256;
            return b.updateConfiguration(c).ok();
        });
        QVERIFY(updated && *updated);
        QVERIFY(completed.count() >= 3 || completed.wait(widgettestsupport::safetyNetMs(30000)));
        QCOMPARE(completed.at(2).at(1).toInt(), 2);
        QSignalSpy lessonDone(tracker, &learn::LessonTracker::lessonCompleted);
        invokeWithTestButton();
        QVERIFY(completed.count() >= 4 || completed.wait(widgettestsupport::safetyNetMs(30000)));
        QVERIFY(lessonDone.count() == 1 || lessonDone.wait(widgettestsupport::safetyNetMs(30000)));
        QVERIFY(tracker->lessonDone(l.id));
        // Done: the outline fades.
        QVERIFY(!overlay->isHighlighting() || cleared.wait(widgettestsupport::safetyNetMs(10000)));
        QVERIFY(!overlay->isHighlighting());
        QCOMPARE(p->stepMarks(), QStringList(l.steps.size(), QStringLiteral("done")));
        QVERIFY2(p->completionText().contains(QLatin1String("Lesson complete")), qPrintable(p->completionText()));
        QVERIFY(p->stepText().isEmpty());
        QVERIFY(p->restartButton()->isVisible());
        QVERIFY(!p->startButton()->isVisible());
        // The next lesson is one click away.
        const QList<learn::Lesson> all = tracker->lessons();
        qsizetype at = 0;
        while (at < all.size() && all.at(at).id != l.id)
            ++at;
        QVERIFY(at + 1 < all.size());
        QVERIFY(p->nextButton()->isVisible());
        QVERIFY(p->nextButton()->text().contains(all.at(at + 1).title));
        QTest::mouseClick(p->nextButton(), Qt::LeftButton);
        QCOMPARE(p->shownLesson(), all.at(at + 1).id);
        QVERIFY(p->startButton()->isVisible());
        p->showLesson(l.id);

        // Progress is kept: a new panel (and tracker) on the same settings shows it.
        const QString progressLine = p->lessonList()
                                         ->item(p->lessonList()->row(
                                             p->lessonList()->findItems(l.title, Qt::MatchStartsWith).first()))
                                         ->text();
        m_window->findChild<Settings *>()->sync();
        LearnPanel again(ConsoleContext{m_window->host(), m_window->findChild<Settings *>(), nullptr});
        QVERIFY(again.tracker()->lessonDone(l.id));
        const QList<QListWidgetItem *> items = again.lessonList()->findItems(l.title, Qt::MatchStartsWith);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first()->text(), progressLine);
        QVERIFY2(items.first()->text().contains(QLatin1String("Done")), qPrintable(items.first()->text()));
        again.showLesson(l.id);
        QCOMPARE(again.stepMarks(), QStringList(l.steps.size(), QStringLiteral("done")));
        QVERIFY(!again.completionText().isEmpty());
    }

    // Progress survives the whole console: closed and opened again on the same settings.
    void progressSurvivesARestart()
    {
        openLessons();
        LearnPanel *p = panel();
        const learn::Lesson *lesson = findLesson(p->tracker()->lessons(), QStringLiteral("cold-start"));
        QVERIFY(lesson);
        const learn::Lesson l = *lesson;
        startWithButton(l.id);
        QSignalSpy completed(p->tracker(), &learn::LessonTracker::stepCompleted);
        invokeWithTestButton();
        QVERIFY(completed.count() >= 1 || completed.wait(widgettestsupport::safetyNetMs(30000)));
        QVERIFY(p->tracker()->stepDone(l.id, l.steps.at(0).id));
        m_window->close();
        m_window.reset();

        m_window = open();
        LearnPanel *reopened = panel();
        QVERIFY(reopened->tracker()->stepDone(l.id, l.steps.at(0).id));
        QCOMPARE(reopened->tracker()->currentLesson(), l.id);
        // The panel opens on the lesson under way, at the step where it was left.
        QCOMPARE(reopened->shownLesson(), l.id);
        QCOMPARE(reopened->stepMarks().at(0), QStringLiteral("done"));
        QCOMPARE(reopened->stepMarks().at(1), QStringLiteral("current"));
        const QList<QListWidgetItem *> items = reopened->lessonList()->findItems(l.title, Qt::MatchStartsWith);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first()->text().contains(QStringLiteral("1 of %1 steps done").arg(l.steps.size())),
                 qPrintable(items.first()->text()));
    }

    // The function's tab is told to the tracker ("ui.tab"): the cost lesson's "open the Monitor
    // tab" step is done by opening it, not by another tab.
    void tabChangesAreObserved()
    {
        QTabWidget *tabs = m_window->tabs();
        QStringList keys;
        for (int i = 0; i < tabs->count(); ++i)
            keys << tabs->widget(i)->property(learn::kTargetProperty).toString();
        QCOMPARE(keys,
                 QStringList({QStringLiteral("tab.code"), QStringLiteral("tab.test"), QStringLiteral("tab.monitor"),
                              QStringLiteral("tab.configuration"), QStringLiteral("tab.aliases"),
                              QStringLiteral("tab.versions")}));
        openLessons();
        LearnPanel *p = panel();
        const learn::Lesson *lesson = findLesson(p->tracker()->lessons(), QStringLiteral("cost"));
        QVERIFY(lesson);
        const learn::Lesson l = *lesson;
        QCOMPARE(l.steps.at(1).check, QStringLiteral("ui.tab"));
        startWithButton(l.id);
        QSignalSpy completed(p->tracker(), &learn::LessonTracker::stepCompleted);
        invokeWithTestButton();
        QVERIFY(completed.count() >= 1 || completed.wait(widgettestsupport::safetyNetMs(30000)));
        QCOMPARE(p->tracker()->currentStep(), 1);
        // "Show me" points at the Monitor tab without opening it.
        QVERIFY(p->showMe());
        QCOMPARE(p->overlay()->key(), QStringLiteral("tab.monitor"));
        QCOMPARE(tabs->currentWidget(), m_window->testPage());
        const QRect tab = tabs->tabBar()->tabRect(2);
        QCOMPARE(p->overlay()->targetRect(), QRect(tabs->tabBar()->mapTo(m_window.get(), tab.topLeft()), tab.size()));
        tabs->setCurrentWidget(m_window->codePage());
        QCOMPARE(completed.count(), 1);
        QVERIFY(!p->tracker()->stepDone(l.id, l.steps.at(1).id));
        tabs->setCurrentIndex(2); // Monitor
        QCOMPARE(completed.count(), 2);
        QVERIFY(p->tracker()->stepDone(l.id, l.steps.at(1).id));
        QCOMPARE(p->stepMarks().at(1), QStringLiteral("done"));
    }

    // A step asking for a tab that is already open is done once it comes (the learner is
    // looking at it), not only by a later tab change.
    void tabAlreadyOpenCountsWhenTheStepComes()
    {
        openLessons();
        LearnPanel *p = panel();
        const learn::Lesson *lesson = findLesson(p->tracker()->lessons(), QStringLiteral("cost"));
        QVERIFY(lesson);
        const learn::Lesson l = *lesson;
        startWithButton(l.id);
        // The Test tab's event read, then the Monitor tab open while the function runs.
        m_window->tabs()->setCurrentWidget(m_window->testPage());
        TestPage *page = m_window->testPage();
        QVERIFY(
            Waiter()
                .on(page, &TestPage::eventOpened)
                .on(page, &TestPage::eventsReloaded)
                .until([page] { return page->invokeButton()->isEnabled(); }, widgettestsupport::safetyNetMs(30000)));
        m_window->tabs()->setCurrentIndex(2); // Monitor: step 2 is not current yet, nothing happens
        QSignalSpy completed(p->tracker(), &learn::LessonTracker::stepCompleted);
        QCOMPARE(p->tracker()->currentStep(), 0);
        page->invoke(); // as Ctrl+Enter does
        QVERIFY(Waiter()
                    .on(p->tracker(), &learn::LessonTracker::stepCompleted)
                    .until([&] { return completed.count() >= 2; }, widgettestsupport::safetyNetMs(60000)));
        QCOMPARE(completed.at(0).at(1).toInt(), 0);
        QCOMPARE(completed.at(1).at(1).toInt(), 1);
        QVERIFY(p->tracker()->stepDone(l.id, l.steps.at(1).id));
    }
};

QTEST_MAIN(TestLearnPanel)
#include "tst_learnpanel.moc"
