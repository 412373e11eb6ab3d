#include "debugcontroller.h"

#include "backendhost.h"
#include "callstackview.h"
#include "debugconsole.h"
#include "model/runtimeinfo.h"
#include "runtime/sandbox.h"
#include "settings.h"
#include "variablesmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace lambdesk {

namespace {

QString outcomeText(const InvocationResult &r)
{
    QString what;
    switch (r.status) {
    case InvocationStatus::Succeeded: what = DebugController::tr("Ended: the handler returned"); break;
    case InvocationStatus::TimedOut: what = DebugController::tr("Ended: timed out"); break;
    case InvocationStatus::Failed:
        what = r.errorType == u"Debugger.Stopped" ? DebugController::tr("Ended: stopped in the debugger")
                                                   : DebugController::tr("Ended: failed (%1)").arg(r.errorType);
        break;
    default: what = DebugController::tr("Ended (%1)").arg(statusName(r.status)); break;
    }
    return DebugController::tr("%1 · %2 ms running, %3 ms paused · the result is below")
        .arg(what)
        .arg(r.durationMs, 0, 'f', 0)
        .arg(r.debugStoppedMs, 0, 'f', 0);
}

} // namespace

DebugController::DebugController(BackendHost *host, Settings *settings, QObject *parent)
    : QObject(parent), m_host(host), m_settings(settings), m_calls(new CallGuard(this))
{
    buildActions();
    Backend *b = m_host->backend();
    connect(b, &Backend::debugSessionStarted, this, &DebugController::onStarted);
    connect(b, &Backend::debugStopped, this, &DebugController::onStopped);
    connect(b, &Backend::debugContinued, this, &DebugController::onContinued);
    connect(b, &Backend::debugOutput, this, &DebugController::onOutput);
    connect(b, &Backend::debugSessionEnded, this, &DebugController::onEnded);
    connect(b, &Backend::debugWaitingForClient, this, [this](const QString &id, quint16 port) {
        if (id != m_session || !m_panel)
            return;
        // In the sandbox the runtime sees the code at /var/task; without it, where it is.
        const QString code = m_host->codeDir(m_function);
        const QString remote = sandbox::mode() == sandbox::Mode::Namespaces ? QString::fromLatin1(sandbox::kTaskRoot) : code;
        m_panel->showWaiting(port, launchConfiguration(m_runtime, port, code, remote));
    });
    connect(b, &Backend::debugClientAttached, this, [this](const QString &id) {
        if (id == m_session && m_panel) {
            m_panel->console()->appendNote(tr("A debugger attached: it drives the session now."));
            setState(State::Running, tr("Driven by the attached debugger"));
        }
    });
    // A deleted function's breakpoints went with it (a function created again under its name
    // starts with none): forget them, and let the margin read them again.
    connect(b, &Backend::functionDeleted, this, [this](const QString &function) {
        m_savesPending.remove(function);
        if (m_breakpoints.remove(function))
            Q_EMIT breakpointsLoaded(function);
    });
    // Another program (the CLI, another window) changed them: read them again.
    connect(b, &Backend::breakpointsChanged, this, [this](const QString &function) {
        if (m_breakpoints.contains(function) && m_savesPending.value(function) == 0) {
            m_breakpoints.remove(function);
            loadBreakpoints(function);
        }
    });
}

void DebugController::buildActions()
{
    const auto make = [this](const QString &icon, const QString &text, const QKeySequence &key,
                             const QString &tip, auto slot) {
        auto *a = new QAction(QIcon(icon), text, this);
        a->setShortcut(key);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        // Window-wide: the keys work wherever the focus is while stopped; disabled otherwise
        // (F5 etc. do nothing when no session is stopped).
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_continue = make(QStringLiteral(":/icons/debug-continue.svg"), tr("&Continue"), QKeySequence(Qt::Key_F5),
                      tr("Continue to the next breakpoint or the end"), [this] { resume(debug::Step::Continue); });
    m_stepOver = make(QStringLiteral(":/icons/debug-step-over.svg"), tr("Step &over"), QKeySequence(Qt::Key_F10),
                      tr("Run the line, stop on the next one"), [this] { resume(debug::Step::Over); });
    m_stepInto = make(QStringLiteral(":/icons/debug-step-into.svg"), tr("Step &into"), QKeySequence(Qt::Key_F11),
                      tr("Go into the function called on this line"), [this] { resume(debug::Step::Into); });
    m_stepOut = make(QStringLiteral(":/icons/debug-step-out.svg"), tr("Step o&ut"),
                     QKeySequence(Qt::SHIFT | Qt::Key_F11), tr("Run to the end of this function, stop in its caller"),
                     [this] { resume(debug::Step::Out); });
    m_stopAct = make(QStringLiteral(":/icons/debug-stop.svg"), tr("&Stop"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
                     tr("End the invocation now (it fails with Debugger.Stopped)"), [this] { stop(); });
    m_continue->setObjectName(QStringLiteral("debugContinue"));
    m_stepOver->setObjectName(QStringLiteral("debugStepOver"));
    m_stepInto->setObjectName(QStringLiteral("debugStepInto"));
    m_stepOut->setObjectName(QStringLiteral("debugStepOut"));
    m_stopAct->setObjectName(QStringLiteral("debugStop"));

    auto *uncaught = new QAction(tr("Break on uncaught exceptions"), this);
    uncaught->setCheckable(true);
    uncaught->setChecked(m_settings->value(settings::debugBreakOnUncaught));
    uncaught->setToolTip(tr("Stop where an exception escapes the handler, before the runtime reports it"));
    connect(uncaught, &QAction::toggled, this,
            [this](bool on) { m_settings->setValue(settings::debugBreakOnUncaught, on); });
    auto *cold = new QAction(tr("Cold start (debug init code)"), this);
    cold->setCheckable(true);
    cold->setChecked(m_settings->value(settings::debugColdStart));
    cold->setToolTip(tr("Start a new environment, so module-level code (init) runs under the debugger too"));
    connect(cold, &QAction::toggled, this, [this](bool on) { m_settings->setValue(settings::debugColdStart, on); });
    auto *external = new QAction(this);
    external->setCheckable(true);
    external->setChecked(m_settings->value(settings::debugWaitForExternal));
    const auto externalText = [this, external] {
        external->setText(tr("Wait for an external debugger on port %1").arg(m_settings->debugExternalPort()));
    };
    externalText();
    external->setToolTip(tr("VS Code, PyCharm or Chrome DevTools attach on 127.0.0.1 and drive the session; "
                            "the console shows the launch configuration"));
    connect(external, &QAction::toggled, this,
            [this](bool on) { m_settings->setValue(settings::debugWaitForExternal, on); });
    auto *port = new QAction(tr("External debugger's port…"), this);
    connect(port, &QAction::triggered, this, [this, externalText] {
        bool ok = false;
        const int p = QInputDialog::getInt(nullptr, tr("External debugger"),
                                           tr("Port on 127.0.0.1 the IDE attaches to (1024 to 65535):"),
                                           m_settings->debugExternalPort(), 1024, 65535, 1, &ok);
        if (ok) {
            m_settings->setValue(settings::debugExternalPort, p);
            externalText();
        }
    });
    uncaught->setObjectName(QStringLiteral("debugBreakOnUncaught"));
    cold->setObjectName(QStringLiteral("debugColdStart"));
    external->setObjectName(QStringLiteral("debugWaitForExternal"));
    m_options = {uncaught, cold, external, port};
    updateActions();
}

debug::Options DebugController::options(const QString &function) const
{
    debug::Options o;
    o.breakpoints = m_breakpoints.value(function);
    o.breakOnUncaught = m_settings->value(settings::debugBreakOnUncaught);
    o.freshEnvironment = m_settings->value(settings::debugColdStart);
    if (m_settings->value(settings::debugWaitForExternal))
        o.externalPort = quint16(m_settings->debugExternalPort());
    return o;
}

QString DebugController::launchConfiguration(const QString &runtime, quint16 port, const QString &codeDir,
                                             const QString &remoteRoot)
{
    QJsonObject c;
    if (runtime.startsWith(QLatin1String("nodejs"))) {
        c = {{QStringLiteral("name"), QStringLiteral("Attach to Lambdesk (Node.js)")},
             {QStringLiteral("type"), QStringLiteral("node")},
             {QStringLiteral("request"), QStringLiteral("attach")},
             {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
             {QStringLiteral("port"), int(port)},
             {QStringLiteral("localRoot"), codeDir},
             {QStringLiteral("remoteRoot"), remoteRoot}};
    } else {
        c = {{QStringLiteral("name"), QStringLiteral("Attach to Lambdesk (Python)")},
             {QStringLiteral("type"), QStringLiteral("debugpy")},
             {QStringLiteral("request"), QStringLiteral("attach")},
             {QStringLiteral("connect"),
              QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), int(port)}}},
             {QStringLiteral("pathMappings"),
              QJsonArray{QJsonObject{{QStringLiteral("localRoot"), codeDir}, {QStringLiteral("remoteRoot"), remoteRoot}}}},
             {QStringLiteral("justMyCode"), true}};
    }
    return QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Indented)).trimmed();
}

QString DebugController::debug(const QString &function, const QString &runtime, const QByteArray &payload)
{
    if (function.isEmpty())
        return {};
    if (m_state == State::Starting || m_state == State::Running || m_state == State::Stopped) {
        Q_EMIT failed(function, tr("A debug session of %1 is still running: Continue or Stop it first (Shift+F5).")
                                    .arg(m_function));
        return {};
    }
    m_calls->invalidate();
    m_session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_function = function;
    m_runtime = runtime;
    m_stop = {};
    m_frame = -1;
    m_resultPending = true;
    if (m_panel) {
        m_panel->console()->clearOutput();
        m_panel->callStack()->clearFrames();
        m_panel->variables()->clear();
    }
    setState(State::Starting);
    InvokeRequest request;
    request.function = function;
    request.payload = payload;
    request.requestId = m_session;
    request.source = InvocationSource::Console;
    const debug::Options opts = options(function);
    const QString session = m_session;
    m_host->callLater<Result<InvocationResult>>(
        this,
        [request = std::move(request), opts](Backend &b, auto reply) mutable {
            b.debugInvoke(std::move(request), opts, std::move(reply));
        },
        [this, session, function](Result<InvocationResult> r) {
            if (session != m_session)
                return;
            m_resultPending = false;
            if (!r) {
                // Never ran (debugpy missing, the port in use, a provided runtime, ...).
                if (m_state != State::Ended)
                    endSession(tr("Could not debug: %1").arg(r.error().message));
                Q_EMIT failed(function, r.error().message);
                return;
            }
            const QString text = outcomeText(r.value());
            if (m_state != State::Ended)
                endSession(text);
            else if (m_panel)
                m_panel->setState(State::Ended, text);
        });
    return m_session;
}

void DebugController::resume(debug::Step step)
{
    if (m_state != State::Stopped)
        return;
    const QString session = m_session;
    m_host->call(
        m_calls, [session, step](Backend &b) { return b.debugResume(session, step); },
        [this](Status s) {
            if (!s && m_panel)
                m_panel->console()->appendError({}, s.error().message);
        });
    // Shown as running at once: the keys cannot send a second step to a stale stop.
    setState(State::Running);
}

void DebugController::stop()
{
    if (m_state != State::Starting && m_state != State::Running && m_state != State::Stopped)
        return;
    const QString session = m_session;
    m_host->call(
        m_calls, [session](Backend &b) { return b.debugStop(session); },
        [this](Status s) {
            if (!s && m_panel)
                m_panel->console()->appendError({}, s.error().message);
        });
}

void DebugController::selectFrame(int frameIndex)
{
    if (m_state != State::Stopped || frameIndex < 0 || frameIndex >= m_stop.frames.size())
        return;
    m_frame = frameIndex;
    const debug::Frame frame = m_stop.frames.at(frameIndex);
    Q_EMIT frameShown(m_function, frame);
    if (m_panel && m_panel->callStack()->selectedFrame() != frameIndex)
        m_panel->callStack()->selectFrame(frameIndex);
    if (!m_panel)
        return;
    const QString session = m_session;
    m_panel->variables()->clear();
    m_host->callLater<Result<QList<debug::Scope>>>(
        m_calls,
        [session, id = frame.id](Backend &b, auto reply) { b.debugScopes(session, id, std::move(reply)); },
        [this, frameIndex, generation = m_calls->generation()](Result<QList<debug::Scope>> r) {
            if (generation != m_calls->generation() || frameIndex != m_frame || !m_panel)
                return;
            if (!r) {
                m_panel->console()->appendError({}, tr("Variables: %1").arg(r.error().message));
                return;
            }
            m_panel->variables()->setScopes(r.value());
        });
}

void DebugController::evaluate(const QString &expression, std::function<void(Result<debug::Variable>)> done)
{
    if (m_state != State::Stopped || m_frame < 0) {
        done(Error::conflict(tr("The function is not paused: nothing to evaluate in.")));
        return;
    }
    const QString session = m_session;
    const qint64 frameId = m_stop.frames.at(m_frame).id;
    m_host->callLater<Result<debug::Variable>>(
        m_calls,
        [session, frameId, expression](Backend &b, auto reply) {
            b.debugEvaluate(session, frameId, expression, std::move(reply));
        },
        [generation = m_calls->generation(), guard = QPointer<CallGuard>(m_calls), done = std::move(done)](
            Result<debug::Variable> r) {
            if (guard && generation == guard->generation())
                done(std::move(r));
        });
}

void DebugController::attach(DebuggerPanel *panel)
{
    m_panel = panel;
    panel->setActions(stepActions());
    panel->variables()->setFetcher([this](qint64 reference, VariablesModel::Reply reply) {
        const QString session = m_session;
        m_host->callLater<Result<QList<debug::Variable>>>(
            m_calls,
            [session, reference](Backend &b, auto r) { b.debugVariables(session, reference, std::move(r)); },
            std::move(reply));
    });
    connect(panel, &DebuggerPanel::frameSelected, this, &DebugController::selectFrame);
    connect(panel, &DebuggerPanel::evaluateRequested, this, [this](const QString &expression) {
        evaluate(expression, [this, expression](Result<debug::Variable> r) {
            if (!m_panel)
                return;
            if (r)
                m_panel->console()->appendResult(expression, r->value, r->type);
            else
                m_panel->console()->appendError(expression, r.error().message);
        });
    });
}

void DebugController::setState(State state, const QString &status)
{
    m_state = state;
    if (m_panel)
        m_panel->setState(state, status);
    updateActions();
    Q_EMIT stateChanged(state);
}

void DebugController::updateActions()
{
    const bool stopped = m_state == State::Stopped;
    for (QAction *a : {m_continue, m_stepOver, m_stepInto, m_stepOut})
        a->setEnabled(stopped);
    m_stopAct->setEnabled(m_state == State::Starting || m_state == State::Running || stopped);
}

void DebugController::onStarted(const QString &sessionId, const QString &function)
{
    if (sessionId != m_session)
        return;
    if (m_state == State::Starting)
        setState(State::Running);
    Q_EMIT sessionStarted(sessionId, function);
}

void DebugController::onStopped(const debug::Stop &stop)
{
    if (stop.sessionId != m_session || m_state == State::Ended || m_state == State::Idle)
        return;
    m_calls->invalidate(); // the last stop's scopes and values are stale now
    m_stop = stop;
    m_frame = -1;
    setState(State::Stopped);
    Q_EMIT stopped(stop);
    if (m_panel)
        m_panel->showStop(stop); // selects a frame: selectFrame follows
    if (m_frame < 0 && !stop.frames.isEmpty()) {
        int first = 0;
        for (int i = 0; i < stop.frames.size(); ++i) {
            if (stop.frames.at(i).user) {
                first = i;
                break;
            }
        }
        selectFrame(first);
    }
}

void DebugController::onContinued(const QString &sessionId)
{
    if (sessionId != m_session || m_state == State::Ended)
        return;
    setState(State::Running);
    Q_EMIT continued();
}

void DebugController::onOutput(const QString &sessionId, const QString &category, const QString &text)
{
    // A logpoint on the handler's last lines can be reported after the invocation has ended;
    // the backend then gives no session id. The console runs one session at a time: it is ours.
    const bool late = sessionId.isEmpty() && !m_session.isEmpty();
    if ((sessionId != m_session && !late) || !m_panel)
        return;
    m_panel->console()->appendOutput(category, text);
}

void DebugController::onEnded(const QString &sessionId, const QString &message)
{
    if (sessionId != m_session || m_state == State::Ended)
        return;
    endSession(message.isEmpty() ? (m_resultPending ? tr("The invocation ended.") : QString()) : message);
}

void DebugController::endSession(const QString &message)
{
    m_calls->invalidate();
    m_stop = {};
    m_frame = -1;
    setState(State::Ended, message);
    Q_EMIT ended(m_function, message);
}

void DebugController::loadBreakpoints(const QString &function)
{
    if (function.isEmpty() || m_breakpoints.contains(function))
        return;
    m_host->call(
        this, [function](Backend &b) { return b.breakpoints(function); },
        [this, function](Result<QList<debug::Breakpoint>> r) {
            if (!r) {
                Q_EMIT breakpointsSaved(function, false,
                                        tr("Could not read the breakpoints of %1: %2").arg(function, r.error().message));
                m_breakpoints.insert(function, {});
            } else {
                m_breakpoints.insert(function, r.value());
            }
            Q_EMIT breakpointsLoaded(function);
        });
}

void DebugController::setFileBreakpoints(const QString &function, const QString &file,
                                         const QList<debug::Breakpoint> &list)
{
    QList<debug::Breakpoint> all;
    for (const debug::Breakpoint &bp : m_breakpoints.value(function)) {
        if (bp.file != file)
            all.append(bp);
    }
    for (debug::Breakpoint bp : list) {
        bp.file = file;
        all.append(bp);
    }
    if (all == m_breakpoints.value(function) && m_breakpoints.contains(function))
        return;
    m_breakpoints.insert(function, all);
    saveBreakpoints(function);
}

void DebugController::saveBreakpoints(const QString &function)
{
    const QList<debug::Breakpoint> all = m_breakpoints.value(function);
    ++m_savesPending[function];
    m_host->call(
        this, [function, all](Backend &b) { return b.setBreakpoints(function, all); },
        [this, function](Status s) {
            --m_savesPending[function];
            Q_EMIT breakpointsSaved(function, s.ok(), s ? QString() : s.error().message);
        });
}

} // namespace lambdesk
