#pragma once

// The Learn panel (issue 17, Help › Lessons): the lessons with their progress, and the lesson
// being done - its intro, its steps with a check mark for each done one, the current step's
// text and a "Show me" that outlines the part of the window it is about. Steps complete only
// when the LessonTracker sees their event (no Next button); the panel tells it the UI events
// it cannot see itself (the function's tab). Starting a lesson makes its function on the
// backend thread and asks the window to select it.

#include "common/consolecontext.h"
#include "learn/lesson.h"
#include "model/functionconfig.h"

#include <QPointer>
#include <QWidget>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QVBoxLayout;

namespace lambdesk {

class HighlightOverlay;

namespace learn {
class LessonTracker;
} // namespace learn

class LearnPanel : public QWidget
{
    Q_OBJECT
public:
    // Makes its own tracker on the context's backend and settings (progress is kept there).
    explicit LearnPanel(const ConsoleContext &context, QWidget *parent = nullptr);
    ~LearnPanel() override;

    // The function's tab widget: its tab changes go to the tracker as "ui.tab" events.
    void setFunctionTabs(QTabWidget *tabs);
    // Where "Show me" draws (an overlay of the main window).
    void setOverlay(HighlightOverlay *overlay);

    learn::LessonTracker *tracker() const { return m_tracker; }
    HighlightOverlay *overlay() const { return m_overlay; }

    // Opens a lesson's page (does not start it); empty: back to the list.
    void showLesson(const QString &lessonId);
    QString shownLesson() const { return m_shown; }
    // Makes the lesson's function (on the backend thread), selects it (functionReady) and starts
    // the lesson where it was left; `restart` forgets its progress first.
    void startLesson(const QString &lessonId, bool restart = false);
    // Outlines the current step's part of the window; false when it has none.
    bool showMe();

    // What is shown (tests, and people reading the code).
    QListWidget *lessonList() const { return m_list; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *restartButton() const { return m_restart; }
    QPushButton *showMeButton() const { return m_showMe; }
    QPushButton *nextButton() const { return m_next; }
    QString stepText() const;       // the current step's text as displayed (plain text); empty: none
    QString completionText() const; // the completion message while it shows
    QString messageText() const;    // preparing / error line while it shows
    // One entry per step of the shown lesson: "done", "current" or "todo".
    QStringList stepMarks() const;
    bool isStarting() const { return !m_starting.isEmpty(); }

Q_SIGNALS:
    // The lesson's function exists (made now or before): the window selects it.
    void functionReady(const lambdesk::FunctionConfig &config);
    // A lesson's function is ready and the lesson started (or it could not: ok false).
    void lessonStarted(const QString &lessonId, bool ok);
    void statusMessage(const QString &text, int timeoutMs = 5000);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildList();
    void refreshList();
    void refreshLesson();
    void restyle();
    void setMessage(const QString &text, bool error = false);
    void onStepCompleted(const QString &lessonId, int step);
    void onLessonCompleted(const QString &lessonId);
    void onTabChanged(int index);
    void pointAtStep(const learn::Lesson &lesson, int step);
    const learn::Lesson *lesson(const QString &id) const;
    int doneSteps(const learn::Lesson &lesson) const;

    ConsoleContext m_ctx;
    learn::LessonTracker *m_tracker;
    QPointer<HighlightOverlay> m_overlay;
    QPointer<QTabWidget> m_tabs;
    QList<learn::Lesson> m_lessons; // the tracker's, read once
    QString m_shown;
    QString m_starting; // the lesson whose function is being made
    QString m_highlightedStep;
    QString m_autoShown; // the step last pointed at by itself ("lesson/step")

    QStackedWidget *m_pages = nullptr;
    // Page 1: the lessons.
    QListWidget *m_list = nullptr;
    // Page 2: one lesson.
    QScrollArea *m_scroll = nullptr;
    QToolButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_restart = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_done = nullptr;
    QPushButton *m_next = nullptr; // "Next lesson: ..." once this one is done
    QVBoxLayout *m_stepsLayout = nullptr;
    QList<QWidget *> m_stepRows;
    QFrame *m_current = nullptr; // the current step: its text and "Show me"
    QLabel *m_currentText = nullptr;
    QPushButton *m_showMe = nullptr;
};

} // namespace lambdesk
