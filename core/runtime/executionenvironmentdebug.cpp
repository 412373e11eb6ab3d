// ExecutionEnvironment in debug mode (EnvironmentSpec::debug): the debug engine it owns, the
// bootstrap's variables (runtime/debugenv.h) and the invocation's clock while the debugger holds
// the runtime. An ordinary environment never comes here (m_debug is null).
#include "executionenvironment.h"

#include "executionenvironmentdebug.h"
#include "executionenvironmenthelpers.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>

namespace lambdesk {

using namespace executionenvironmentdetail;

namespace {

// Where the debugger's files are inside the sandbox (bound read-only from the host).
constexpr char kSandboxClockDir[] = "/var/lambdesk/debug";
constexpr char kSandboxPythonEngineDir[] = "/var/lambdesk/debugpy";

// A port nobody listens on now, on 127.0.0.1 (the engine binds it a moment later).
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

debug::DebugEngine *ExecutionEnvironment::debugEngine() const
{
    return m_debug ? m_debug->engine.get() : nullptr;
}

QString ExecutionEnvironment::debugSessionId() const
{
    if (!m_debug)
        return {};
    return m_pending ? m_pending->event.requestId : m_debug->lastSessionId;
}

void ExecutionEnvironment::updateDebug(const EnvironmentSpec::Debug &options)
{
    m_spec.debug.breakpoints = options.breakpoints;
    m_spec.debug.breakOnUncaught = options.breakOnUncaught;
    if (m_debug && m_debug->engine) {
        m_debug->engine->setBreakpoints(options.breakpoints);
        m_debug->engine->setBreakOnUncaught(options.breakOnUncaught);
    }
}

void ExecutionEnvironment::setDebugBreakpoints(const QList<debug::Breakpoint> &breakpoints)
{
    m_spec.debug.breakpoints = breakpoints;
    if (m_debug && m_debug->engine)
        m_debug->engine->setBreakpoints(breakpoints);
}

bool ExecutionEnvironment::prepareDebug(runtimelaunch::Context &context, sandbox::Launch *launch, QString *error)
{
    m_debug = std::make_unique<Debugging>();
    Debugging &d = *m_debug;
    const EnvironmentSpec::Debug &options = m_spec.debug;
    const RuntimeFamily family = m_spec.runtime.family;
    d.engine = debug::makeEngine(family);
    if (!d.engine && options.externalPort == 0) {
        *error = QStringLiteral("The debugger supports Python and Node.js functions; for provided runtimes use "
                                "--debug-port with your language's debugger");
        return false;
    }
    // Python: the engine always listens on a port of its own (the DapProxy serves externalPort);
    // Node: with an outside debugger the inspector listens on externalPort itself. A provided
    // runtime gets the outside port to use as its language's debugger likes.
    quint16 enginePort = 0;
    if (options.externalPort != 0 && family != RuntimeFamily::Python)
        enginePort = options.externalPort;
    else
        enginePort = freeLoopbackPort();
    if (enginePort == 0) {
        *error = QStringLiteral("Cannot find a free loopback port for the debug engine");
        return false;
    }
    const QString clockDir = m_scratch + QStringLiteral("/debug");
    if (!QDir().mkpath(clockDir)) {
        *error = QStringLiteral("Cannot create the debugger's folder %1").arg(clockDir);
        return false;
    }
    d.clockFile = clockDir + QStringLiteral("/clock");
    context.debugPort = enginePort;
    if (m_sandboxed) {
        context.debugClock = QString::fromLatin1(kSandboxClockDir) + QStringLiteral("/clock");
        launch->debugBinds.append({clockDir, QString::fromLatin1(kSandboxClockDir)});
        if (family == RuntimeFamily::Python && !options.pythonEngineDir.isEmpty()) {
            context.debugPython = QString::fromLatin1(kSandboxPythonEngineDir);
            launch->debugBinds.append({options.pythonEngineDir, QString::fromLatin1(kSandboxPythonEngineDir)});
        }
        // The engine must be reachable from Lambdesk: no network namespace while debugging.
        launch->debugNetwork = true;
        d.sandboxNote = true;
    } else {
        context.debugClock = d.clockFile;
        if (family == RuntimeFamily::Python)
            context.debugPython = options.pythonEngineDir;
    }

    d.setup.enginePort = enginePort;
    d.setup.externalPort = options.externalPort;
    d.setup.hostCodeRoot = m_spec.codeDir;
    d.setup.runtimeCodeRoot = m_sandboxed ? QString::fromLatin1(sandbox::kTaskRoot) : m_spec.codeDir;
    d.setup.breakpoints = options.breakpoints;
    d.setup.breakOnUncaught = options.breakOnUncaught;
    if (!d.engine)
        return true;

    debug::DebugEngine *engine = d.engine.get();
    connect(engine, &debug::DebugEngine::attached, this, [this] {
        const bool first = !m_debug->attached;
        m_debug->attached = true;
        // Node: the inspector listens on the outside port itself; up once the watching session is.
        if (first && m_spec.debug.externalPort != 0 && m_spec.runtime.family != RuntimeFamily::Python
            && !m_debug->engine->isExternalAttached())
            Q_EMIT debugWaiting(debugSessionId(), m_spec.debug.externalPort);
        // The console drives: the init deadline runs from now. An outside debugger: from when it
        // is connected (externalAttached).
        if (m_spec.debug.externalPort == 0 && m_debug->initTimerDue && m_state == State::Starting) {
            m_debug->initTimerDue = false;
            m_debug->initExcludedNs = m_startClock.nsecsElapsed();
            m_deadline.start(kInitTimeoutMs);
        }
    });
    connect(engine, &debug::DebugEngine::externalAttached, this, [this] {
        Q_EMIT debugClientAttached(debugSessionId());
        if (m_debug->initTimerDue && m_state == State::Starting) {
            m_debug->initTimerDue = false;
            m_debug->initExcludedNs = m_startClock.nsecsElapsed();
            m_deadline.start(kInitTimeoutMs);
        }
    });
    connect(engine, &debug::DebugEngine::externalDetached, this, [this] {
        Q_EMIT debugOutput(debugSessionId(), QStringLiteral("debugger"),
                           QStringLiteral("The outside debugger disconnected; the invocation runs on"));
    });
    connect(engine, &debug::DebugEngine::failed, this, [this](const QString &message) {
        const QString why = QStringLiteral("The debugger could not attach to the runtime: ") + message;
        const QString session = debugSessionId();
        if (m_debug->stopped)
            onDebugContinued(); // its clock runs again, whatever happens next
        if (!m_initMs)
            m_initFailure = why;
        Q_EMIT debugEnded(session, why);
        if (m_state == State::Stopping || m_state == State::Stopped)
            return;
        if (m_pending) {
            m_process->drain();
            setState(State::Stopping);
            killTree(RuntimeProcess::StopCause::Shutdown);
            failInvocation(QStringLiteral("Debugger.AttachFailed"), why);
        } else {
            shutdown();
        }
    });
    connect(engine, &debug::DebugEngine::stopped, this, &ExecutionEnvironment::onDebugStopped);
    connect(engine, &debug::DebugEngine::continued, this, &ExecutionEnvironment::onDebugContinued);
    connect(engine, &debug::DebugEngine::output, this, [this](const QString &category, const QString &text) {
        // A logpoint's message goes to the function's log too, as the handler's own output would.
        if (category == u"console" && !m_debug->engine->logsLogpoints()) {
            const LogLine line{QDateTime::currentMSecsSinceEpoch(), debugSessionId(), text, false};
            if (m_pending)
                m_pending->lines.append(line);
            Q_EMIT logLines({line});
        }
        Q_EMIT debugOutput(debugSessionId(), category, text);
    });
    connect(engine, &debug::DebugEngine::disconnected, this, [this] {
        if (m_debug->stopped)
            onDebugContinued(); // nobody holds it any more: its clock runs again
    });
    return true;
}

void ExecutionEnvironment::startDebugEngine()
{
    if (!m_debug)
        return;
    if (!m_debug->engine) { // a provided runtime: its own debugger listens there, if it does
        if (m_spec.debug.externalPort != 0)
            Q_EMIT debugWaiting(debugSessionId(), m_spec.debug.externalPort);
        return;
    }
    if (m_debug->sandboxNote)
        Q_EMIT debugOutput(debugSessionId(), QStringLiteral("debugger"),
                           m_spec.noNetwork
                               ? QStringLiteral("Debugging in the sandbox: the function's \"no network\" switch is off "
                                                "for this debug environment (the debug engine listens on 127.0.0.1)")
                               : QStringLiteral("Debugging in the sandbox: the runtime shares the host's network (the "
                                                "debug engine listens on 127.0.0.1)"));
    m_debug->engine->start(m_debug->setup);
    // Python: the engine's proxy listens on the outside port from start() on.
    if (m_spec.debug.externalPort != 0 && m_spec.runtime.family == RuntimeFamily::Python)
        Q_EMIT debugWaiting(debugSessionId(), m_spec.debug.externalPort);
}

void ExecutionEnvironment::writeDebugClock(const QString &text)
{
    if (!m_debug || m_debug->clockFile.isEmpty())
        return;
    // Atomically: the runtime reads a whole "run ..." or "stop ..." line, never half of one.
    Workspace::writeFileAtomically(m_debug->clockFile, text.toLatin1() + '\n');
}

void ExecutionEnvironment::debugDelivered(qint64 deadlineEpochMs)
{
    writeDebugClock(QStringLiteral("run %1").arg(deadlineEpochMs));
}

void ExecutionEnvironment::onDebugStopped(const debug::Stop &engineStop)
{
    Debugging &d = *m_debug;
    if (!d.stopped) {
        d.stopped = true;
        d.stoppedFor.start();
        // The invocation's clock stops: the deadline (or the init timeout) waits with what was left.
        d.pausedRemainingMs = m_deadline.isActive() ? std::max(0, m_deadline.remainingTime()) : -1;
        m_deadline.stop();
        qint64 remainingMs = qint64(timeoutSeconds()) * 1000;
        if (m_pending && m_pending->deadlineNs >= 0)
            remainingMs = std::max<qint64>(0, (m_pending->deadlineNs - m_pending->clock.nsecsElapsed()) / 1000000);
        writeDebugClock(QStringLiteral("stop %1").arg(remainingMs));
    }
    debug::Stop stop = engineStop;
    stop.sessionId = debugSessionId();
    stop.function = m_spec.functionName;
    stop.inInit = !m_initMs.has_value(); // the handler was never called yet
    Q_EMIT debugStopped(stop);
}

void ExecutionEnvironment::onDebugContinued()
{
    Debugging &d = *m_debug;
    if (!d.stopped)
        return;
    d.stopped = false;
    const qint64 held = d.stoppedFor.nsecsElapsed();
    d.stoppedNs += held;
    if (!m_initMs)
        d.initExcludedNs += held;
    if (m_pending) {
        if (m_pending->deliveredNs >= 0)
            d.stoppedAfterDeliveryNs += held;
        if (m_pending->deadlineNs >= 0)
            m_pending->deadlineNs += held; // the deadline moves by the time held
    }
    if (d.pausedRemainingMs >= 0 && m_state != State::Stopping && m_state != State::Stopped)
        m_deadline.start(d.pausedRemainingMs);
    d.pausedRemainingMs = -1;
    if (m_pending && m_pending->deadlineNs >= 0) {
        const qint64 remainingMs =
            std::max<qint64>(0, (m_pending->deadlineNs - m_pending->clock.nsecsElapsed()) / 1000000);
        writeDebugClock(QStringLiteral("run %1").arg(QDateTime::currentMSecsSinceEpoch() + remainingMs));
    }
    Q_EMIT debugContinued(debugSessionId());
}

void ExecutionEnvironment::debugFinish(InvocationReport::Input &in)
{
    Debugging &d = *m_debug;
    qint64 stoppedNs = d.stoppedNs;
    qint64 afterDeliveryNs = d.stoppedAfterDeliveryNs;
    if (d.stopped) { // it ends while held (Debugger.Stopped, a crash): up to now
        const qint64 held = d.stoppedFor.nsecsElapsed();
        stoppedNs += held;
        if (in.deliveredNs >= 0)
            afterDeliveryNs += held;
    }
    in.debugged = true;
    in.debugStoppedMs = double(stoppedNs) / 1e6;
    // Never delivered: its whole time is Duration, minus what the debugger held.
    in.debugStoppedAfterDeliveryNs = in.deliveredNs >= 0 ? afterDeliveryNs : stoppedNs;
}

void ExecutionEnvironment::stopDebugged()
{
    if (!m_pending) {
        shutdown();
        return;
    }
    if (m_state == State::Stopping || m_state == State::Stopped)
        return;
    if (m_process)
        m_process->drain();
    setState(State::Stopping);
    killTree(RuntimeProcess::StopCause::Shutdown);
    const QString type = QStringLiteral("Debugger.Stopped");
    const QString message = QStringLiteral("The invocation was stopped in the debugger");
    complete(errorDocument(type, message), type, InvocationStatus::Failed,
             {QStringLiteral("RequestId: ") + m_pending->event.requestId + QStringLiteral(" Error: ") + message});
}

} // namespace lambdesk
