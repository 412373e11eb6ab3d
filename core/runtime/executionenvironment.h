#pragma once

#include "environmentspec.h"
#include "invocationreport.h"
#include "invoke/invocationresult.h"
#include "logtail.h"
#include "platformlog.h"
#include "resourcelimits.h"
#include "runtimeapi.h"
#include "runtimeprocess.h"
#include "runtimelaunch.h"
#include "sandbox.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace lambdesk {

namespace debug {
class DebugEngine;
}
class RuntimeApiServer;
class TmpUsage;

// One execution environment: one runtime process (its own process group and cgroups) that
// serves invocations one at a time through the Runtime API, as on Lambda: init once, then
// reuse while warm; a timeout, a crash, a memory kill or an init error ends it.
//
// It drives the Runtime API's state (runtimeapi::Protocol) and the invocation's clock; the
// process is a RuntimeProcess, the HTTP side (and the held /next) is RuntimeApiServer's, and
// the result and REPORT lines are InvocationReport's.
class ExecutionEnvironment : public QObject
{
    Q_OBJECT
public:
    enum class State { Created, Starting, Idle, Busy, Stopping, Stopped };
    using Callback = std::function<void(InvocationResult)>;

    ExecutionEnvironment(EnvironmentSpec spec, ResourceControl *control, RuntimeApiServer *server,
                         QObject *parent = nullptr);
    // Kills what still runs and waits for it, without an event loop.
    ~ExecutionEnvironment() override;

    const EnvironmentSpec &spec() const { return m_spec; }
    QString id() const { return m_id; }
    State state() const { return m_state; }
    bool isIdle() const { return m_state == State::Idle; }
    bool isRunning() const { return m_state != State::Stopped; }
    QString logStream() const { return m_logStream; }
    QString tmpDir() const { return m_tmpDir; }
    // Whether the runtime runs in the sandbox (its own namespaces; see runtime/sandbox.h).
    bool isSandboxed() const { return m_sandboxed; }
    qint64 pid() const;
    // The invocation timeout in force: the function's, kept within Lambda's 1 to 900 seconds
    // (a hand-edited configuration never means "no deadline").
    int timeoutSeconds() const;
    // Whether the process at the other end of the Runtime API connection `socketDescriptor`
    // belongs to this environment (its cgroup, else its process group and descendants).
    bool ownsConnection(qintptr socketDescriptor) const;

    // Runs one invocation: starts the runtime first when Created (a cold start).
    // The environment must be Created or Idle. `done` is called exactly once.
    void invoke(runtimeapi::Event event, Callback done);
    // Starts the runtime without an invocation (provisioned concurrency): its init is logged
    // now, becameIdle() follows when it is done, and the first invocation is warm. The
    // environment must be Created. False (and stopped() follows) when it cannot start.
    bool initialize();
    // Why the environment stopped before its init was done (init error, init timeout, exit).
    QString initFailure() const { return m_initFailure; }
    // After the current invocation (or now, if idle): shut down instead of staying warm.
    void retire();
    bool isRetired() const { return m_retired; }
    // SIGTERM to the process group, SIGKILL to everything after `graceMs`; stopped() follows.
    void shutdown(int graceMs = 2000);

    // From RuntimeApiServer: this environment's runtime asked for its next event. No reply
    // means the request is held: the environment answers it later through
    // RuntimeApiServer::answerNext().
    std::optional<runtimeapi::Reply> nextRequested();
    // From RuntimeApiServer: the runtime posted a response, a function error or an init error.
    runtimeapi::Reply responsePosted(const QString &requestId, const QByteArray &body);
    runtimeapi::Reply errorPosted(const QString &requestId, const QByteArray &body, const QByteArray &errorTypeHeader);
    runtimeapi::Reply initErrorPosted(const QByteArray &body, const QByteArray &errorTypeHeader);

    // From RuntimeApiServer, a streamed /response (Lambda-Runtime-Function-Response-Mode:
    // streaming) as it arrives. streamOpened: the head came; a reply means it is refused (write
    // it and end). streamData: a piece of the body, forwarded to the invocation's
    // ResponseStreamSink now; false when the stream is over for us (past the size limit: the
    // invocation failed; or the invocation already ended), then answer streamCutReply() and
    // end. streamClosed: the body ended, with the trailers' error (type, base64 body) if any.
    // streamBroken: the connection ended before the body did.
    std::optional<runtimeapi::Reply> streamOpened(const QString &requestId, const QByteArray &contentType);
    bool streamData(const QString &requestId, const QByteArray &bytes);
    runtimeapi::Reply streamClosed(const QString &requestId, const QByteArray &errorType,
                                   const QByteArray &errorBodyBase64);
    void streamBroken(const QString &requestId);
    static runtimeapi::Reply streamCutReply();

    // ---- debugging (spec().debug.enabled; executionenvironmentdebug.cpp) ----
    // The engine attached to the runtime (null for an ordinary environment, or before start).
    debug::DebugEngine *debugEngine() const;
    // The debugged invocation running now (its request id); empty when none.
    QString debugSessionId() const;
    // A warm debug environment takes the next debug invocation's options (breakpoints, break on
    // uncaught exceptions) before it runs.
    void updateDebug(const EnvironmentSpec::Debug &debug);
    void setDebugBreakpoints(const QList<debug::Breakpoint> &breakpoints);
    // Ends the debugged invocation now: the environment is killed and the invocation ends
    // failed with errorType "Debugger.Stopped".
    void stopDebugged();

Q_SIGNALS:
    void becameIdle();
    void stopped();
    void logLines(const QList<lambdesk::LogLine> &lines);
    // A debug environment's session (sessionId: the debugged invocation's request id).
    void debugStopped(const lambdesk::debug::Stop &stop);
    void debugContinued(const QString &sessionId);
    void debugOutput(const QString &sessionId, const QString &category, const QString &text);
    void debugClientAttached(const QString &sessionId);
    // An outside debugger can attach now on `port` (debug::Options::externalPort).
    void debugWaiting(const QString &sessionId, quint16 port);
    // The engine could not attach or went away (`message` says why; empty: the environment ended).
    void debugEnded(const QString &sessionId, const QString &message);

private:
    struct Pending
    {
        runtimeapi::Event event;
        Callback done;
        qint64 startedAtMs = 0;
        QElapsedTimer clock;     // from invoke(): init plus invoke time on a cold start
        qint64 deliveredNs = -1; // clock value when the event reached the runtime
        qint64 deadlineNs = -1;  // clock value of its deadline; -1 while the runtime still initialises
        qint64 overheadNs = 0;
        bool cold = false;
        std::optional<CpuThrottling> throttleAtDelivery; // the cgroup's counters then
        LogTail lines;                                   // bounded: a handler may print without end
        bool streaming = false;     // a streamed /response is arriving
        qint64 streamedBytes = 0;   // all of it so far
        QByteArray streamed;        // its first kMaxResponseBytes
    };
    bool isStreamOf(const QString &requestId) const;

    bool startProcess(QString *error);
    void onJoined();
    std::optional<runtimeapi::Reply> processNext(const QElapsedTimer &clock);
    void deliver(const runtimeapi::Event &event);
    runtimeapi::Reply posted(runtimeapi::Route route, const QString &requestId, const QByteArray &body,
                             const QByteArray &errorTypeHeader);
    void finishFromRuntime(const runtimeapi::Protocol::Completion &completion, const QByteArray &body,
                           const QByteArray &errorTypeHeader);
    void onLines(const QList<QByteArray> &lines);
    void addPlatformLine(const QString &text);
    void addPlatformLine(const std::optional<QString> &text); // nothing: the system log level dropped it
    void onProcessDone(const RuntimeProcess::Exit &exit);
    void onTimeout();
    void onMonitor();
    void onTmpMeasured(qint64 bytes);
    void complete(QByteArray payload, const QString &errorType, InvocationStatus status,
                  const QStringList &errorLines = {});
    void failInvocation(const QString &errorType, const QString &reason);
    void killTree(RuntimeProcess::StopCause cause);
    // Before anything ends the processes: their peak memory can still be read.
    void notePeak();
    void setState(State s);
    void cleanup();
    // Debugging (executionenvironmentdebug.cpp).
    struct Debugging;
    // Before the spawn: the engine's port, the clock's folder, the bootstrap's variables and the
    // sandbox's binds. False with *error when it cannot be debugged.
    bool prepareDebug(runtimelaunch::Context &context, sandbox::Launch *launch, QString *error);
    void startDebugEngine();
    void onDebugStopped(const debug::Stop &stop);
    void onDebugContinued();
    void writeDebugClock(const QString &text);
    // The Lambda clock the bootstrap reads: "run <deadline>" at delivery (debug environments only).
    void debugDelivered(qint64 deadlineEpochMs);
    void debugFinish(InvocationReport::Input &in);

    EnvironmentSpec m_spec;
    PlatformLog m_platformLog; // the spec's LoggingConfig: line format and levels
    ResourceControl *m_control;
    QPointer<RuntimeApiServer> m_server;
    QString m_id;
    QString m_logStream;
    QString m_scratch;
    QString m_tmpDir;
    quint16 m_port = 0;
    State m_state = State::Created;
    bool m_retired = false;
    bool m_sandboxed = false; // runs in the sandbox (sandbox::Mode::Namespaces)
    qint64 m_storageUsedBytes = 0; // what /tmp held when the storage watchdog stopped us

    RuntimeProcess *m_process = nullptr;
    std::unique_ptr<EnvironmentLimits> m_limits;
    TmpUsage *m_tmpUsage = nullptr; // measures TMPDIR for the storage watchdog
    runtimeapi::Protocol m_protocol;
    std::unique_ptr<Pending> m_pending;

    QElapsedTimer m_startClock;
    qint64 m_firstNextNs = -1;
    bool m_joined = true;          // in every cgroup it belongs to
    bool m_nextBeforeJoin = false; // a /next held until then
    std::optional<double> m_initMs;
    bool m_initReported = false;
    QString m_initFailure;
    QTimer m_deadline;
    QTimer m_monitor;
    int m_monitorTicks = 0;
    std::unique_ptr<Debugging> m_debug; // spec().debug.enabled only
};

} // namespace lambdesk
