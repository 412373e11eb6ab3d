#pragma once

#include "debug/debugtypes.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QToolBar;
class QTreeView;

namespace lambdesk {

class CallStackView;
class DebugConsole;
class VariablesModel;

// The debugger's pane under the editor: the step actions (the debug controller's, placed in
// its toolbar), a status line and, on an exception, a banner with its text; then the call
// stack, the selected frame's variables (a lazy tree) and the debug console side by side.
// While the function runs again the panes grey out and keep what they showed; when the
// session ends they clear and say how it ended. A view: the debug controller drives it.
class DebuggerPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Running, Stopped, Ended };

    explicit DebuggerPanel(QWidget *parent = nullptr);

    void setActions(const QList<QAction *> &actions);
    void setState(State state, const QString &status = {});
    State state() const { return m_state; }
    // A stop: the status says why and where, the banner an exception's text, the stack its
    // frames (frameSelected follows for the frame it selects).
    void showStop(const debug::Stop &stop);
    // An outside debugger is awaited: where, and the launch configuration to copy.
    void showWaiting(quint16 port, const QString &launchConfiguration);

    QString statusText() const;
    QString bannerText() const;
    bool isBannerShown() const;
    CallStackView *callStack() const { return m_stack; }
    VariablesModel *variables() const { return m_variables; }
    QTreeView *variablesView() const { return m_variablesView; }
    DebugConsole *console() const { return m_console; }
    QSplitter *splitter() const { return m_split; }
    QToolBar *toolBar() const { return m_toolBar; }

Q_SIGNALS:
    void frameSelected(int frameIndex);
    void evaluateRequested(const QString &expression);
    void hideRequested();

private:
    void expandCheapScopes();

    State m_state = State::Idle;
    QToolBar *m_toolBar;
    QLabel *m_status;
    QLabel *m_banner;
    QSplitter *m_split;
    CallStackView *m_stack;
    VariablesModel *m_variables;
    QTreeView *m_variablesView;
    DebugConsole *m_console;
    QWidget *m_panes;
};

// "breakpoint", "exception", ... for people: "Paused on a breakpoint".
QString stopReasonText(const debug::Stop &stop);

} // namespace lambdesk
