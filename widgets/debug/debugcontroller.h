#pragma once

#include "debug/debugtypes.h"
#include "debuggerpanel.h"
#include "model/error.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;

namespace lambdesk {

class BackendHost;
class CallGuard;
class Settings;

// The console's debug session: the one place that talks to the backend for it (Debug, the
// steps, Stop, scopes, variables, evaluations) and holds its state (which session, stopped or
// running, the last stop, the selected frame). It owns the step actions (F5, F10, F11,
// Shift+F11, Shift+F5: enabled only when they apply) and the Debug options (typed settings),
// keeps the functions' breakpoints (loaded from and saved to the backend), and drives the
// DebuggerPanel; the views only show and ask.
class DebugController : public QObject
{
    Q_OBJECT
public:
    using State = DebuggerPanel::State;

    DebugController(BackendHost *host, Settings *settings, QObject *parent = nullptr);

    // Invokes $LATEST of the function with the payload under the debugger, with the function's
    // breakpoints and the options. Refused (failed()) while a session of the console runs.
    // Returns the session's id (the request id), empty when refused.
    QString debug(const QString &function, const QString &runtime, const QByteArray &payload);
    void resume(debug::Step step);
    void stop();
    void selectFrame(int frameIndex);
    // In the selected frame (the console, hovers); `done` runs on the GUI thread.
    void evaluate(const QString &expression, std::function<void(Result<debug::Variable>)> done);

    State state() const { return m_state; }
    QString sessionId() const { return m_session; }
    QString function() const { return m_function; }
    bool isStopped() const { return m_state == State::Stopped; }
    const debug::Stop &lastStop() const { return m_stop; }
    int selectedFrame() const { return m_frame; }
    debug::Options options(const QString &function) const;
    // The launch configuration an IDE attaches with (VS Code's launch.json entry).
    // remoteRoot: where the runtime sees the code (/var/task in the sandbox).
    static QString launchConfiguration(const QString &runtime, quint16 port, const QString &codeDir,
                                       const QString &remoteRoot);

    // The pane this controller drives (the Code tab's).
    void attach(DebuggerPanel *panel);
    DebuggerPanel *panel() const { return m_panel; }

    QAction *continueAction() const { return m_continue; }
    QAction *stepOverAction() const { return m_stepOver; }
    QAction *stepIntoAction() const { return m_stepInto; }
    QAction *stepOutAction() const { return m_stepOut; }
    QAction *stopAction() const { return m_stopAct; }
    QList<QAction *> stepActions() const { return {m_continue, m_stepOver, m_stepInto, m_stepOut, m_stopAct}; }
    // Checkable: break on uncaught exceptions, cold start, wait for an external debugger; and
    // "Port…" for the last.
    QList<QAction *> optionActions() const { return m_options; }

    // Breakpoints: the function's, read once from the backend (breakpointsLoaded follows).
    void loadBreakpoints(const QString &function);
    bool breakpointsKnown(const QString &function) const { return m_breakpoints.contains(function); }
    QList<debug::Breakpoint> breakpoints(const QString &function) const { return m_breakpoints.value(function); }
    // The breakpoints of one file changed (the margin): saved with the function's others.
    void setFileBreakpoints(const QString &function, const QString &file, const QList<debug::Breakpoint> &list);

Q_SIGNALS:
    void stateChanged(lambdesk::DebuggerPanel::State state);
    void sessionStarted(const QString &sessionId, const QString &function);
    void stopped(const lambdesk::debug::Stop &stop);
    // The frame to show in the editor (the stop's, or one the user selected).
    void frameShown(const QString &function, const lambdesk::debug::Frame &frame);
    void continued();
    void ended(const QString &function, const QString &message);
    // Debug was refused or could not start (the message says why).
    void failed(const QString &function, const QString &message);
    void breakpointsLoaded(const QString &function);
    void breakpointsSaved(const QString &function, bool ok, const QString &message);

private:
    void onStarted(const QString &sessionId, const QString &function);
    void onStopped(const debug::Stop &stop);
    void onContinued(const QString &sessionId);
    void onOutput(const QString &sessionId, const QString &category, const QString &text);
    void onEnded(const QString &sessionId, const QString &message);
    void setState(State state, const QString &status = {});
    void updateActions();
    void buildActions();
    void saveBreakpoints(const QString &function);
    void endSession(const QString &message);

    BackendHost *m_host;
    Settings *m_settings;
    QPointer<DebuggerPanel> m_panel;
    CallGuard *m_calls; // invalidated when a session ends: drops late scopes and values
    State m_state = State::Idle;
    QString m_session;
    QString m_function;
    QString m_runtime;
    debug::Stop m_stop;
    int m_frame = -1;
    bool m_resultPending = false; // the invocation's outcome is still to come (its end's status line)
    QHash<QString, QList<debug::Breakpoint>> m_breakpoints;
    QHash<QString, int> m_savesPending; // our own saves: their breakpointsChanged is no news
    QAction *m_continue;
    QAction *m_stepOver;
    QAction *m_stepInto;
    QAction *m_stepOut;
    QAction *m_stopAct;
    QList<QAction *> m_options;
};

} // namespace lambdesk
