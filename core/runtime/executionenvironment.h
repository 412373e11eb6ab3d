#pragma once

#include "invoke/invocationresult.h"
#include "model/runtimeinfo.h"
#include "runtimeapi.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <functional>
#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace lambdesk {

class EnvironmentLimits;
class OutputPipe;
class ResourceControl;
class RuntimeApiServer;

// Everything an environment needs to start: a value, so a running environment never sees
// later edits (those retire it instead).
struct EnvironmentSpec
{
    QString functionName;
    QString version = QStringLiteral("$LATEST");
    RuntimeInfo runtime;
    QString handler;
    QString codeDir;     // LAMBDA_TASK_ROOT
    QString runtimeDir;  // LAMBDA_RUNTIME_DIR: our bootstraps
    QString scratchRoot; // each environment makes its folder (TMPDIR) in here
    int memoryMb = 128;
    int timeoutS = 3;
    int ephemeralMb = 512;
    QMap<QString, QString> environment;
    QString region = QStringLiteral("us-east-1");
    QString accountId = QStringLiteral("000000000000");

    QString functionArn() const;
};

// One execution environment: one runtime process (its own process group and cgroups) that
// serves invocations one at a time through the Runtime API, as on Lambda: init once, then
// reuse while warm; a timeout, a crash, a memory kill or an init error ends it.
class ExecutionEnvironment : public QObject
{
    Q_OBJECT
public:
    enum class State { Created, Starting, Idle, Busy, Stopping, Stopped };
    using Callback = std::function<void(InvocationResult)>;

    ExecutionEnvironment(EnvironmentSpec spec, ResourceControl *control, RuntimeApiServer *server,
                         QObject *parent = nullptr);
    ~ExecutionEnvironment() override;

    const EnvironmentSpec &spec() const { return m_spec; }
    QString id() const { return m_id; }
    State state() const { return m_state; }
    bool isIdle() const { return m_state == State::Idle; }
    bool isRunning() const { return m_state != State::Stopped; }
    QString logStream() const { return m_logStream; }
    QString tmpDir() const { return m_tmpDir; }
    qint64 pid() const;

    // Runs one invocation: starts the runtime first when Created (a cold start).
    // The environment must be Created or Idle. `done` is called exactly once.
    void invoke(runtimeapi::Event event, Callback done);
    // After the current invocation (or now, if idle): shut down instead of staying warm.
    void retire();
    bool isRetired() const { return m_retired; }
    // SIGTERM to the process group, SIGKILL to everything after `graceMs`.
    void shutdown(int graceMs = 2000);

    // From RuntimeApiServer: a request from this environment's runtime.
    void handleRuntimeRequest(const runtimeapi::Request &request, const QHttpServerRequest &http,
                              QHttpServerResponder &&responder);

Q_SIGNALS:
    void becameIdle();
    void stopped();
    void logLines(const QList<lambdesk::LogLine> &lines);

private:
    struct Pending
    {
        runtimeapi::Event event;
        Callback done;
        qint64 startedAtMs = 0;
        QElapsedTimer clock;     // from invoke(): init plus invoke time on a cold start
        qint64 deliveredNs = -1; // clock value when the event reached the runtime
        qint64 overheadNs = 0;
        bool cold = false;
        QList<LogLine> lines;
    };

    bool startProcess(QString *error);
    void processNext(std::unique_ptr<QHttpServerResponder> held, const QElapsedTimer &clock);
    void onJoined();
    void deliver(const runtimeapi::Event &event);
    void apply(const runtimeapi::Protocol::Outcome &out, QHttpServerResponder *responder);
    void onLines(const QList<QByteArray> &lines);
    void addPlatformLine(const QString &text);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onStartFailed(const QString &message);
    void onTimeout();
    void onMonitor();
    void complete(QByteArray payload, const QString &errorType, InvocationStatus status,
                  const QStringList &errorLines = {});
    void finishFromRuntime(const runtimeapi::Protocol::Completion &completion, const QByteArray &body,
                           const QByteArray &errorTypeHeader);
    void killTree();
    void setState(State s);
    void cleanup();
    qint64 tmpUsageBytes() const;

    EnvironmentSpec m_spec;
    ResourceControl *m_control;
    QPointer<RuntimeApiServer> m_server;
    QString m_id;
    QString m_logStream;
    QString m_scratch;
    QString m_tmpDir;
    quint16 m_port = 0;
    State m_state = State::Created;
    bool m_retired = false;
    bool m_killedForStorage = false;
    bool m_timedOut = false;

    QProcess *m_process = nullptr;
    OutputPipe *m_output = nullptr;
    std::unique_ptr<EnvironmentLimits> m_limits;
    runtimeapi::Protocol m_protocol;
    std::unique_ptr<QHttpServerResponder> m_heldNext;
    QPointer<QTcpSocket> m_heldSocket;
    std::unique_ptr<Pending> m_pending;

    QElapsedTimer m_startClock;
    qint64 m_firstNextNs = -1;
    bool m_joined = true; // in every cgroup it belongs to
    std::unique_ptr<QHttpServerResponder> m_nextBeforeJoin;
    std::optional<double> m_initMs;
    bool m_initReported = false;
    QTimer m_deadline;
    QTimer m_monitor;
    QTimer m_killTimer;
    int m_monitorTicks = 0;
};

} // namespace lambdesk
