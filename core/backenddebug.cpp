// The Backend's debugger calls (backend.h, "debugger"): debug invocations in debug environments
// of the function, the session calls routed to that environment's engine, and the breakpoints
// kept per function (store/breakpointstore.h).
#include "backend.h"

#include "debug/debugengine.h"
#include "runtime/environmentpool.h"
#include "runtime/executionenvironment.h"
#include "store/breakpointstore.h"
#include "store/workspace.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QUuid>

namespace lambdesk {

namespace {

// The engine of a session that is stopped, or the error to answer.
Result<debug::DebugEngine *> stoppedEngine(const Result<ExecutionEnvironment *> &env, const QString &sessionId)
{
    if (!env)
        return env.error();
    debug::DebugEngine *engine = env.value()->debugEngine();
    if (!engine->isStopped())
        return Error::conflict(QStringLiteral("Debug session %1 is running, not stopped").arg(sessionId));
    return engine;
}

} // namespace

void Backend::initDebugger()
{
    qRegisterMetaType<debug::Stop>();
    qRegisterMetaType<debug::Breakpoint>();
    qRegisterMetaType<QList<debug::Breakpoint>>();
    // The session is announced with its invocation, before the runtime is let go (the engine
    // attaches once the process runs, from the event loop).
    connect(m_invoker, &Invoker::started, this, [this](const InvocationStart &start) {
        if (!start.debugged)
            return;
        auto it = m_debugSessions.find(start.requestId);
        if (it == m_debugSessions.end())
            return;
        it->function = start.function;
        it->announced = true;
        Q_EMIT debugSessionStarted(start.requestId, start.function);
    });
}

void Backend::connectDebugPool()
{
    connect(m_pool, &EnvironmentPool::debugStopped, this, &Backend::debugStopped);
    connect(m_pool, &EnvironmentPool::debugContinued, this, &Backend::debugContinued);
    connect(m_pool, &EnvironmentPool::debugOutput, this, &Backend::debugOutput);
    connect(m_pool, &EnvironmentPool::debugClientAttached, this, &Backend::debugClientAttached);
    // Said once the outside debugger can connect (the engine's proxy, or Node's inspector, listens).
    connect(m_pool, &EnvironmentPool::debugWaiting, this, &Backend::debugWaitingForClient);
    connect(m_pool, &EnvironmentPool::debugEnded, this, [this](const QString &sessionId, const QString &message) {
        if (auto it = m_debugSessions.find(sessionId); it != m_debugSessions.end())
            it->endMessage = message; // said when the invocation ends (debugSessionEnded)
    });
}

std::optional<Error> Backend::checkDebugPort(quint16 port) const
{
    const QString field = QStringLiteral("DebugPort");
    if (port < 1024)
        return Error::invalid(field, QStringLiteral("DebugPort must be from 1024 to 65535; got %1").arg(port));
    if (m_pool) {
        for (ExecutionEnvironment *env : m_pool->debugEnvironments()) {
            if (env->spec().debug.externalPort != port)
                continue;
            // An idle debug environment of ours listens there: the next debug invocation of its
            // function reuses it. Another function's, or one in use, holds it.
            if (env->isIdle() && !env->isRetired())
                return std::nullopt;
            return Error::invalid(field, QStringLiteral("DebugPort %1 is in use by another debug session (%2)")
                                             .arg(port)
                                             .arg(env->spec().functionName));
        }
    }
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, port))
        return Error::invalid(field, QStringLiteral("DebugPort %1 is in use on 127.0.0.1 (%2); pick another port")
                                         .arg(port)
                                         .arg(probe.errorString()));
    return std::nullopt;
}

void Backend::debugInvoke(InvokeRequest request, debug::Options options, InvokeCallback done)
{
    if (options.externalPort != 0) {
        if (auto e = checkDebugPort(options.externalPort)) {
            done(std::move(*e));
            return;
        }
    }
    if (request.requestId.isEmpty())
        request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString id = request.requestId;
    if (m_debugSessions.contains(id)) {
        done(Error::conflict(QStringLiteral("Debug session %1 is running already").arg(id)));
        return;
    }
    request.type = InvocationType::RequestResponse; // a debugger holds a synchronous invocation
    m_debugSessions.insert(id, DebugSession{{}, options.externalPort, false, {}});
    request.debug = std::make_shared<const debug::Options>(std::move(options));
    invoke(std::move(request), [this, id, done = std::move(done)](Result<InvocationResult> r) {
        const DebugSession session = m_debugSessions.take(id);
        if (session.announced)
            Q_EMIT debugSessionEnded(id, !session.endMessage.isEmpty() ? session.endMessage
                                         : r                           ? QString()
                                                                       : r.error().message);
        done(std::move(r));
    });
}

Result<ExecutionEnvironment *> Backend::debugEnvironment(const QString &sessionId) const
{
    ExecutionEnvironment *env = m_pool ? m_pool->debugEnvironment(sessionId) : nullptr;
    if (!env || !env->debugEngine())
        return Error::notFound(QStringLiteral("No debug session %1 is running").arg(sessionId));
    return env;
}

Status Backend::debugResume(const QString &sessionId, debug::Step step)
{
    const auto engine = stoppedEngine(debugEnvironment(sessionId), sessionId);
    if (!engine)
        return engine.error();
    engine.value()->resume(step);
    return Ok{};
}

Status Backend::debugStop(const QString &sessionId)
{
    ExecutionEnvironment *env = m_pool ? m_pool->debugEnvironment(sessionId) : nullptr;
    if (!env)
        return Error::notFound(QStringLiteral("No debug session %1 is running").arg(sessionId));
    env->stopDebugged(); // the invocation ends now (Debugger.Stopped); the environment goes
    return Ok{};
}

void Backend::debugScopes(const QString &sessionId, qint64 frameId,
                          std::function<void(Result<QList<debug::Scope>>)> done)
{
    const auto engine = stoppedEngine(debugEnvironment(sessionId), sessionId);
    if (!engine)
        return done(engine.error());
    engine.value()->scopes(frameId, std::move(done));
}

void Backend::debugVariables(const QString &sessionId, qint64 reference,
                             std::function<void(Result<QList<debug::Variable>>)> done)
{
    const auto engine = stoppedEngine(debugEnvironment(sessionId), sessionId);
    if (!engine)
        return done(engine.error());
    engine.value()->variables(reference, std::move(done));
}

void Backend::debugEvaluate(const QString &sessionId, qint64 frameId, const QString &expression,
                            std::function<void(Result<debug::Variable>)> done)
{
    const auto engine = stoppedEngine(debugEnvironment(sessionId), sessionId);
    if (!engine)
        return done(engine.error());
    engine.value()->evaluate(frameId, expression, std::move(done));
}

QStringList Backend::debugSessions() const
{
    QStringList out;
    for (auto it = m_debugSessions.cbegin(); it != m_debugSessions.cend(); ++it) {
        if (it->announced)
            out.append(it.key());
    }
    return out;
}

Result<QList<debug::Breakpoint>> Backend::breakpoints(const QString &function) const
{
    if (!m_workspace || (!m_functions.contains(function) && !m_broken.contains(function)))
        return notFound(function);
    return breakpointstore::read(m_workspace->functionDir(function));
}

Status Backend::setBreakpoints(const QString &function, QList<debug::Breakpoint> breakpoints)
{
    if (!m_workspace || (!m_functions.contains(function) && !m_broken.contains(function)))
        return notFound(function);
    auto valid = breakpointstore::validate(std::move(breakpoints), m_workspace->codeDir(function));
    if (!valid)
        return valid.error();
    if (auto s = breakpointstore::write(m_workspace->functionDir(function), valid.value()); !s)
        return s;
    // The function's debug environments take them at once (a running session too).
    if (m_pool) {
        for (ExecutionEnvironment *env : m_pool->debugEnvironments()) {
            if (env->spec().functionName == function)
                env->setDebugBreakpoints(valid.value());
        }
    }
    Q_EMIT breakpointsChanged(function);
    return Ok{};
}

} // namespace lambdesk
