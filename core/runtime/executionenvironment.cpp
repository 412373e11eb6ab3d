#include "executionenvironment.h"

#include "executionenvironmentdebug.h"
#include "executionenvironmenthelpers.h"
#include "invocationreport.h"
#include "logformat.h"
#include "resourcelimits.h"
#include "runtimeapiserver.h"
#include "runtimelaunch.h"
#include "sandbox.h"
#include "socketowner.h"
#include "tmpusage.h"

#include "model/validation.h"

#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>

#include <atomic>

namespace lambdesk {

namespace {

std::atomic<int> s_envCounter{0};

constexpr qint64 kMb = 1024 * 1024;

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

} // namespace

namespace executionenvironmentdetail {

runtimeapi::Reply environmentGone()
{
    return runtimeapi::error(410, QStringLiteral("EnvironmentGone"),
                             QStringLiteral("This execution environment is shutting down."));
}

QByteArray errorDocument(const QString &errorType, const QString &message)
{
    return InvocationReport::errorDocument(errorType, message);
}

} // namespace executionenvironmentdetail

using namespace executionenvironmentdetail;

ExecutionEnvironment::ExecutionEnvironment(EnvironmentSpec spec, ResourceControl *control, RuntimeApiServer *server,
                                           QObject *parent)
    : QObject(parent), m_spec(std::move(spec)), m_platformLog(m_spec.logging), m_control(control), m_server(server)
{
    m_id = QStringLiteral("env-%1").arg(++s_envCounter);
    if (m_spec.provisioned)
        m_platformLog.setInitializationType(QStringLiteral("provisioned-concurrency"));
    m_logStream = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy/MM/dd/")) + u'[' + m_spec.version + u']'
        + randomHex(16);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ExecutionEnvironment::onTimeout);
    connect(&m_monitor, &QTimer::timeout, this, &ExecutionEnvironment::onMonitor);
}

ExecutionEnvironment::~ExecutionEnvironment()
{
    if (m_debug && m_debug->engine)
        m_debug->engine->disconnect(this); // it may say goodbye while we go
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->isRunning() && m_limits)
            m_limits->killAll(); // processes that left the group too
        delete m_process;        // kills the group and reaps it
        m_process = nullptr;
    }
    cleanup();
}

qint64 ExecutionEnvironment::pid() const
{
    return m_process ? m_process->pid() : 0;
}

int ExecutionEnvironment::timeoutSeconds() const
{
    return std::clamp(m_spec.timeoutS, validation::kMinTimeout, validation::kMaxTimeout);
}

bool ExecutionEnvironment::ownsConnection(qintptr socketDescriptor) const
{
    const qint64 root = pid();
    if (root <= 0 || !m_limits)
        return false;
    const quint64 inode = socketowner::peerInode(int(socketDescriptor));
    if (inode == 0)
        return false;
    // Cheapest first: the runtime itself (tens of microseconds); then the cgroup, which lists
    // every process of the environment, also those that left its process group; then the
    // process tree (a walk of /proc: milliseconds), for the watchdog mode and the moment
    // before the runtime joined its cgroup.
    if (socketowner::heldBy({pid_t(root)}, inode) || socketowner::heldBy(m_limits->members(), inode))
        return true;
    QList<pid_t> tree;
    for (const procfs::Proc &p : procfs::tree(pid_t(root)))
        tree.append(p.pid);
    return socketowner::heldBy(tree, inode);
}

void ExecutionEnvironment::setState(State s)
{
    m_state = s;
    const bool sampling = m_limits && m_limits->needsSampling();
    switch (s) {
    case State::Starting:
    case State::Busy: m_monitor.start(sampling ? 20 : 250); break;
    case State::Idle: m_monitor.start(sampling ? 500 : 2000); break;
    case State::Stopping:
    case State::Stopped:
    case State::Created: m_monitor.stop(); break;
    }
}

bool ExecutionEnvironment::startProcess(QString *error)
{
    m_scratch = m_spec.scratchRoot + u'/' + m_id + u'-' + randomHex(4);
    m_tmpDir = m_scratch + QStringLiteral("/tmp");
    if (!QDir().mkpath(m_tmpDir)) {
        *error = QStringLiteral("Cannot create the environment's temporary folder %1").arg(m_tmpDir);
        return false;
    }
    // In the sandbox /tmp is a tmpfs of the ephemeral-storage size: a full /tmp gives the writer
    // ENOSPC, as on AWS, instead of the watchdog stopping the environment.
    const sandbox::Status box = sandbox::status();
    m_sandboxed = box.mode == sandbox::Mode::Namespaces;
    const qint64 ephemeralBytes = qint64(m_spec.ephemeralMb) * kMb;
    if (!m_sandboxed) {
        m_tmpUsage = new TmpUsage(m_tmpDir, ephemeralBytes, this);
        connect(m_tmpUsage, &TmpUsage::measured, this, &ExecutionEnvironment::onTmpMeasured);
    }
    if (!m_server || !(m_port = m_server->addEndpoint(this))) {
        *error = QStringLiteral("Cannot open a loopback port for the Runtime API");
        return false;
    }
    const qint64 tmpfsBytes = m_sandboxed ? ephemeralBytes : 0;
    m_limits = m_control ? m_control->create(m_id + u'-' + randomHex(4), m_spec.memoryMb, tmpfsBytes) : nullptr;
    if (!m_limits)
        m_limits = ResourceControl::watchdog()->create(m_id, m_spec.memoryMb, tmpfsBytes);
    m_limits->setSandboxed(m_sandboxed);

    const runtimelaunch::Paths paths = m_sandboxed ? sandbox::sandboxPaths(m_spec)
                                                   : runtimelaunch::hostPaths(m_spec, m_tmpDir);
    const runtimelaunch::Command command = runtimelaunch::command(m_spec, paths);
    if (!command.error.isEmpty()) {
        *error = command.error;
        return false;
    }
    runtimelaunch::Context context;
    context.runtimeApiPort = m_port;
    context.logStream = m_logStream;
    context.paths = paths;
    sandbox::Launch launch;
    if (m_spec.debug.enabled && !prepareDebug(context, &launch, error))
        return false;
    if (m_sandboxed) {
        if (const QString refused = sandbox::entrypointError(m_spec); !refused.isEmpty()) {
            *error = refused;
            return false;
        }
    }
    RuntimeProcess::Options options;
    options.program = command.program;
    options.arguments = command.arguments;
    options.workingDirectory = m_spec.codeDir; // paths.taskRoot as the process sees it
    if (m_sandboxed) {
        const QString root = m_scratch + QStringLiteral("/root");
        if (!QDir().mkpath(root)) {
            *error = QStringLiteral("Cannot create the environment's sandbox root %1").arg(root);
            return false;
        }
        const bool shareAws = sandbox::sharesAwsConfig();
        launch.helper = box.helper;
        launch.rootDir = root;
        launch.runtimeApiPort = m_port;
        for (const QByteArray &file : m_limits->lateJoinFiles())
            launch.joinFiles.append(QString::fromLocal8Bit(file));
        if (shareAws)
            launch.awsConfigDir = QDir::homePath() + QStringLiteral("/.aws");
        const sandbox::HelperCommand helper = sandbox::helperCommand(m_spec, command, launch);
        options.program = helper.program;
        options.arguments = helper.arguments;
        options.environment = runtimelaunch::environment(m_spec, context, sandbox::systemEnvironment(shareAws));
        options.workingDirectory = m_scratch; // the helper's; the runtime's is /var/task (--chdir)
    } else {
        options.environment = runtimelaunch::environment(m_spec, context, QProcessEnvironment::systemEnvironment());
        // No single file may outgrow the ephemeral storage; the folder as a whole is watched (onMonitor).
        options.fileSizeLimitBytes = ephemeralBytes;
    }
    options.joinFiles = m_limits->joinFiles();
    options.lateJoinFiles = m_limits->lateJoinFiles();
    m_joined = options.lateJoinFiles.isEmpty(); // else the first /next waits for the join (onJoined)
    m_process = new RuntimeProcess(std::move(options), this);
    connect(m_process, &RuntimeProcess::started, this, [this](qint64 pid) {
        m_limits->attached(pid_t(pid));
        // Without cgroups nothing else would tell a later run what this one left behind.
        if (m_limits->needsSampling())
            ResourceControl::recordRuntime(m_scratch + QStringLiteral("/runtime.pid"), pid_t(pid));
        if (m_debug)
            startDebugEngine();
    });
    connect(m_process, &RuntimeProcess::joined, this, &ExecutionEnvironment::onJoined);
    connect(m_process, &RuntimeProcess::linesRead, this, &ExecutionEnvironment::onLines);
    connect(m_process, &RuntimeProcess::graceExpired, this, [this] {
        if (m_limits)
            m_limits->killAll(); // notes the peak first
    });
    connect(m_process, &RuntimeProcess::done, this, &ExecutionEnvironment::onProcessDone);

    if (m_spec.runtime.family != RuntimeFamily::Provided)
        addPlatformLine(
            m_platformLog.initStart(QDateTime::currentMSecsSinceEpoch(),
                                    runtimeFamilyName(m_spec.runtime.family) + u':' + m_spec.runtime.version,
                                    m_spec.functionName, m_spec.version, m_spec.region));
    m_startClock.start();
    setState(State::Starting);
    m_process->start();
    if (m_debug && m_debug->engine)
        m_debug->initTimerDue = true; // from when the debugger lets the runtime go (startDebugEngine)
    else
        m_deadline.start(kInitTimeoutMs);
    return true;
}

void ExecutionEnvironment::invoke(runtimeapi::Event event, Callback done)
{
    Q_ASSERT(m_state == State::Created || m_state == State::Idle);
    QElapsedTimer clock;
    clock.start();
    m_pending = std::make_unique<Pending>();
    m_pending->clock = clock;
    m_pending->done = std::move(done);
    m_pending->startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_pending->event = event;
    if (m_debug)
        m_debug->startInvocation(event.requestId);
    if (m_state == State::Created) {
        m_pending->cold = true;
        QString error;
        if (!startProcess(&error)) {
            m_pending->overheadNs = clock.nsecsElapsed();
            failInvocation(QStringLiteral("Runtime.InvalidEntrypoint"), error);
            setState(State::Stopped);
            cleanup();
            Q_EMIT stopped();
            return;
        }
        const auto out = m_protocol.assign(std::move(event));
        m_pending->overheadNs = clock.nsecsElapsed();
        if (out.deliver)
            deliver(*out.deliver);
        return;
    }
    setState(State::Busy);
    // Warm: the timeout runs from now, also while the runtime has not come back to /next yet
    // (it may still be busy after its last answer).
    m_pending->deadlineNs = qint64(timeoutSeconds()) * 1000 * 1000 * 1000;
    m_deadline.start(timeoutSeconds() * 1000);
    if (m_debug && m_debug->engine) {
        // A warm debug environment: this invocation's breakpoints (EnvironmentPool set them)
        // must be in force before the runtime gets the event, or a new one could be missed.
        const QString requestId = event.requestId;
        auto inCall = std::make_shared<bool>(true); // answered at once: counted below
        m_debug->engine->whenApplied([this, requestId, inCall, event = std::move(event)]() mutable {
            if (!m_pending || m_pending->event.requestId != requestId || m_state != State::Busy)
                return; // it ended meanwhile (Stop, a timeout)
            QElapsedTimer own;
            own.start();
            const auto out = m_protocol.assign(std::move(event));
            if (out.deliver)
                deliver(*out.deliver);
            if (m_pending && !*inCall)
                m_pending->overheadNs += own.nsecsElapsed();
        });
        *inCall = false;
        if (m_pending)
            m_pending->overheadNs += clock.nsecsElapsed();
        return;
    }
    const auto out = m_protocol.assign(std::move(event));
    if (out.deliver)
        deliver(*out.deliver);
    if (m_pending)
        m_pending->overheadNs += clock.nsecsElapsed();
}

bool ExecutionEnvironment::initialize()
{
    Q_ASSERT(m_state == State::Created);
    QString error;
    if (!startProcess(&error)) {
        m_initFailure = error;
        setState(State::Stopped);
        cleanup();
        Q_EMIT stopped();
        return false;
    }
    return true;
}

void ExecutionEnvironment::deliver(const runtimeapi::Event &event)
{
    runtimeapi::Event ev = event;
    qint64 remainingMs = qint64(timeoutSeconds()) * 1000;
    if (m_pending) {
        // The first delivery after init starts the clock; a warm invocation's runs already.
        const qint64 now = m_pending->clock.nsecsElapsed();
        if (m_pending->deadlineNs < 0)
            m_pending->deadlineNs = now + remainingMs * 1000 * 1000;
        remainingMs = std::max<qint64>(0, (m_pending->deadlineNs - now) / (1000 * 1000));
        m_deadline.start(int(remainingMs)); // also if the delivery below fails
    }
    ev.deadlineMs = QDateTime::currentMSecsSinceEpoch() + remainingMs;
    if (m_pending && m_limits) // before the runtime can run: the delta covers all it does
        m_pending->throttleAtDelivery = m_limits->cpuThrottling();
    if (!m_server || !m_server->answerNext(m_port, runtimeapi::Reply{200, ev.payload, runtimeapi::nextHeaders(ev)})) {
        // The runtime's long-poll went away; keep the event for its next /next.
        m_protocol.undeliver();
        return;
    }
    // START comes first: the runtime reads the event only once we are back in the event
    // loop, so the handler's output for this request follows it.
    if (m_pending)
        addPlatformLine(m_platformLog.start(QDateTime::currentMSecsSinceEpoch(), ev.requestId, m_spec.version));
    setState(State::Busy);
    if (m_pending)
        m_pending->deliveredNs = m_pending->clock.nsecsElapsed();
    if (m_debug)
        debugDelivered(ev.deadlineMs);
}

std::optional<runtimeapi::Reply> ExecutionEnvironment::nextRequested()
{
    QElapsedTimer clock;
    clock.start();
    if (m_state == State::Stopping || m_state == State::Stopped)
        return environmentGone();
    if (m_firstNextNs < 0)
        m_firstNextNs = m_startClock.nsecsElapsed(); // init ends when the runtime asks
    if (!m_joined) {
        m_nextBeforeJoin = true; // no handler code runs outside its cgroups
        return std::nullopt;
    }
    return processNext(clock);
}

std::optional<runtimeapi::Reply> ExecutionEnvironment::processNext(const QElapsedTimer &clock)
{
    const auto out = m_protocol.onNext();
    if (out.reply)
        return out.reply; // not allowed now
    if (out.initFinished) {
        // Waiting for the debugger and stopped in it: not the function's init.
        m_initMs = double(m_firstNextNs - (m_debug ? m_debug->initExcludedNs : 0)) / 1e6;
        m_deadline.stop();
        // JSON's DEBUG records of a good init (text has no line for it).
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        addPlatformLine(m_platformLog.initRuntimeDone(now, QStringLiteral("success"), {}));
        addPlatformLine(m_platformLog.initReport(now, *m_initMs, QStringLiteral("success"), {}));
        if (m_limits)
            m_limits->initFinished();
    }
    if (out.deliver) {
        deliver(*out.deliver);
        if (m_pending)
            m_pending->overheadNs += clock.nsecsElapsed();
    } else if (!m_pending && m_state != State::Idle) {
        if (m_retired) {
            shutdown();
            return std::nullopt;
        }
        setState(State::Idle);
        Q_EMIT becameIdle();
    }
    return std::nullopt;
}

void ExecutionEnvironment::onJoined()
{
    // In the sandbox the helper moves the namespace's init and the runtime into the cgroups
    // itself (--join: on cgroup v1 a process moved alone leaves its children behind); the
    // runtime's first event waits until they are in the memory cgroup (or a second passed).
    if (m_sandboxed && m_limits && m_process && m_process->isRunning() && m_limits->members().size() < 3
        && m_startClock.isValid() && m_startClock.elapsed() < 1000) {
        QTimer::singleShot(2, this, [this] {
            if (m_state == State::Starting)
                onJoined();
        });
        return;
    }
    m_joined = true;
    if (!m_nextBeforeJoin)
        return;
    m_nextBeforeJoin = false;
    QElapsedTimer clock;
    clock.start();
    if (const auto reply = processNext(clock); reply && m_server)
        m_server->answerNext(m_port, *reply);
}

void ExecutionEnvironment::finishFromRuntime(const runtimeapi::Protocol::Completion &completion, const QByteArray &body,
                                             const QByteArray &errorTypeHeader)
{
    using Kind = runtimeapi::Protocol::Completion::Kind;
    switch (completion.kind) {
    case Kind::Response: complete(body, {}, InvocationStatus::Succeeded); return;
    case Kind::ResponseTooLarge:
        complete(errorDocument(QStringLiteral("Function.ResponseSizeTooLarge"),
                               QStringLiteral("Response payload size exceeded maximum allowed payload size (%1 bytes).")
                                   .arg(runtimeapi::kMaxResponseBytes)),
                 QStringLiteral("Function.ResponseSizeTooLarge"), InvocationStatus::Failed);
        return;
    case Kind::FunctionError:
    case Kind::InitError: {
        const bool init = completion.kind == Kind::InitError;
        const auto error = InvocationReport::runtimeError(body, errorTypeHeader, init);
        if (init) {
            m_initMs = double(m_startClock.nsecsElapsed() - (m_debug ? m_debug->initExcludedNs : 0)) / 1e6;
            m_deadline.stop();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            addPlatformLine(m_platformLog.initRuntimeDone(now, QStringLiteral("error"), error.errorType));
            addPlatformLine(m_platformLog.initReport(now, *m_initMs, QStringLiteral("error"), error.errorType));
            m_initReported = true;
            if (!m_pending) // initialised ahead of time: nobody else hears of it
                m_initFailure = error.errorType + QStringLiteral(": ")
                    + QString::fromUtf8(InvocationReport::errorMessage(error.payload));
        }
        complete(error.payload, error.errorType, InvocationStatus::Failed);
        if (init)
            shutdown(); // Lambda resets an environment whose init failed
        return;
    }
    }
}

void ExecutionEnvironment::complete(QByteArray payload, const QString &errorType, InvocationStatus status,
                                    const QStringList &errorLines)
{
    if (!m_pending)
        return;
    QElapsedTimer clock;
    clock.start();
    m_deadline.stop();
    Pending &p = *m_pending;

    InvocationReport::Input in;
    in.requestId = p.event.requestId;
    in.functionName = m_spec.functionName;
    in.version = m_spec.version;
    in.logStream = m_logStream;
    in.startedAtMs = p.startedAtMs;
    in.memorySizeMb = m_spec.memoryMb;
    in.timeoutS = timeoutSeconds();
    in.billsInit = m_spec.runtime.family == RuntimeFamily::Provided;
    in.cold = p.cold;
    in.elapsedNs = p.clock.nsecsElapsed();
    in.deliveredNs = p.deliveredNs;
    in.initDurationMs = m_initMs;
    in.initElapsedMs = double(m_startClock.isValid() ? m_startClock.nsecsElapsed() : 0) / 1e6;
    in.initReported = m_initReported;
    in.peakMemoryBytes = m_limits ? m_limits->peakBytes() : 0;
    if (p.throttleAtDelivery && m_limits) {
        if (const std::optional<CpuThrottling> now = m_limits->cpuThrottling()) {
            in.cpuThrottledPeriods = now->periods - p.throttleAtDelivery->periods;
            in.cpuThrottledMs = double(now->throttledNs - p.throttleAtDelivery->throttledNs) / 1e6;
        }
    }
    in.status = status;
    in.errorType = errorType;
    in.payload = std::move(payload);
    in.errorLines = errorLines;
    in.logging = m_spec.logging;
    if (m_debug)
        debugFinish(in);
    const InvocationReport report(in);
    for (const QString &line : report.lines())
        addPlatformLine(line);
    if (report.reportsInit())
        m_initReported = true;

    InvocationResult r = report.result();
    r.streamed = p.streaming;
    r.logs = p.lines.take();
    r.overheadNs = p.overheadNs + clock.nsecsElapsed();

    Callback done = std::move(p.done);
    m_pending.reset();
    m_protocol.abandon();
    bool becameIdle = false;
    if (m_state == State::Busy || m_state == State::Starting) {
        if (m_retired) {
            shutdown();
        } else if (m_protocol.phase() == runtimeapi::Protocol::Phase::Ready) {
            setState(State::Idle);
            becameIdle = true;
        }
    }
    // Idle first, then the caller hears of it: a caller that invokes again from its callback
    // finds this environment warm instead of starting another one.
    if (becameIdle)
        Q_EMIT this->becameIdle();
    if (done)
        done(std::move(r));
}

void ExecutionEnvironment::failInvocation(const QString &errorType, const QString &reason)
{
    if (!m_pending)
        return;
    const QString message = QStringLiteral("RequestId: ") + m_pending->event.requestId + QStringLiteral(" Error: ")
        + reason;
    complete(errorDocument(errorType, message), errorType, InvocationStatus::Failed, {message, errorType});
}

void ExecutionEnvironment::onLines(const QList<QByteArray> &raw)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString id = m_pending ? m_pending->event.requestId : QString();
    QList<LogLine> lines;
    lines.reserve(raw.size());
    for (const QByteArray &text : raw) {
        QString line = QString::fromUtf8(text);
        if (m_platformLog.keepsApplicationLine(line)) // below ApplicationLogLevel: Lambda drops it
            lines.append(LogLine{now, id, std::move(line), false});
    }
    if (lines.isEmpty())
        return;
    if (m_pending)
        m_pending->lines.append(lines);
    Q_EMIT logLines(lines);
}

void ExecutionEnvironment::addPlatformLine(const QString &text)
{
    const LogLine line{QDateTime::currentMSecsSinceEpoch(), m_pending ? m_pending->event.requestId : QString(), text,
                       true};
    if (m_pending)
        m_pending->lines.append(line);
    Q_EMIT logLines({line});
}

void ExecutionEnvironment::addPlatformLine(const std::optional<QString> &text)
{
    if (text)
        addPlatformLine(*text);
}

void ExecutionEnvironment::onTimeout()
{
    if (!m_pending) {
        if (m_state == State::Starting && !m_initMs) { // initialised ahead of time, and too slowly
            m_initFailure = QStringLiteral("Sandbox.Timedout: the init phase did not end within %1 seconds")
                                .arg(kInitTimeoutMs / 1000);
            addPlatformLine(m_platformLog.initReport(QDateTime::currentMSecsSinceEpoch(),
                                                     double(m_startClock.nsecsElapsed()) / 1e6,
                                                     QStringLiteral("timeout"), QStringLiteral("Sandbox.Timedout")));
            setState(State::Stopping);
            killTree(RuntimeProcess::StopCause::Timeout);
        }
        return;
    }
    m_process->drain();
    const bool inInit = m_pending->deadlineNs < 0; // the invocation's own clock had not started
    setState(State::Stopping);
    killTree(RuntimeProcess::StopCause::Timeout);
    const int seconds = inInit ? kInitTimeoutMs / 1000 : timeoutSeconds();
    const QString line = logformat::timedOut(QDateTime::currentMSecsSinceEpoch(), m_pending->event.requestId, seconds);
    complete(errorDocument(QStringLiteral("Sandbox.Timedout"), line), QStringLiteral("Sandbox.Timedout"),
             InvocationStatus::TimedOut, {line});
}

void ExecutionEnvironment::onMonitor()
{
    if (!m_process || m_state == State::Stopping || m_state == State::Stopped)
        return;
    if (m_process->stopCause() != RuntimeProcess::StopCause::None)
        return; // already on its way out: nothing more to watch
    // Every mode samples: the watchdog enforces the limit so, the cgroups note the peak and
    // catch an environment thrashing at its limit, which the kernel would leave running.
    if (m_limits && m_limits->sample()) {
        m_process->kill(RuntimeProcess::StopCause::Memory); // sample() killed it; this says it was us
        addPlatformLine(m_limits->memoryKillNote());
        return;
    }
    const bool sampling = m_limits && m_limits->needsSampling();
    if (sampling && m_state == State::Busy && (++m_monitorTicks % 12) != 0)
        return; // check /tmp every 240 ms while busy
    if (m_tmpUsage)
        m_tmpUsage->request();
}

void ExecutionEnvironment::onTmpMeasured(qint64 used)
{
    if (!m_process || m_state == State::Stopping || m_state == State::Stopped
        || m_process->stopCause() != RuntimeProcess::StopCause::None)
        return;
    if (used > qint64(m_spec.ephemeralMb) * kMb) {
        m_storageUsedBytes = used;
        addPlatformLine(QStringLiteral("Lambdesk: the environment's /tmp (TMPDIR) holds %1 MB, more than its ephemeral "
                                       "storage of %2 MB; the environment was stopped")
                            .arg(InvocationReport::megabytesRoundedUp(used))
                            .arg(m_spec.ephemeralMb));
        killTree(RuntimeProcess::StopCause::Storage);
    }
}

void ExecutionEnvironment::onProcessDone(const RuntimeProcess::Exit &exit)
{
    m_deadline.stop();
    using Cause = RuntimeProcess::StopCause;
    if (!exit.started) {
        if (m_initFailure.isEmpty())
            m_initFailure = QStringLiteral("Runtime.InvalidEntrypoint: ") + exit.startError;
        failInvocation(QStringLiteral("Runtime.InvalidEntrypoint"), exit.startError);
    } else if (exit.stoppedBy == Cause::Storage) {
        failInvocation(QStringLiteral("Runtime.EphemeralStorageExceeded"),
                       InvocationReport::storageExceededReason(m_storageUsedBytes, m_spec.ephemeralMb));
    } else if (!m_pending && !m_initMs && m_initFailure.isEmpty()) {
        m_initFailure = QStringLiteral("Runtime.ExitError: ") + InvocationReport::exitReason(exit.exitCode, exit.signal);
    } else if (m_pending) {
        const bool oom = exit.stoppedBy == Cause::Memory || (m_limits && m_limits->oomKilled());
        failInvocation(oom ? QStringLiteral("Runtime.OutOfMemory") : QStringLiteral("Runtime.ExitError"),
                       InvocationReport::exitReason(exit.exitCode, exit.signal));
    }
    if (m_state != State::Stopped) {
        setState(State::Stopped);
        cleanup();
        Q_EMIT stopped();
    }
}

void ExecutionEnvironment::retire()
{
    m_retired = true;
    if (m_state == State::Idle || m_state == State::Created)
        shutdown();
}

void ExecutionEnvironment::shutdown(int graceMs)
{
    if (m_state == State::Stopped || m_state == State::Stopping)
        return;
    if (!m_process) { // never started
        setState(State::Stopped);
        cleanup();
        Q_EMIT stopped();
        return;
    }
    // A process that ended already still reports done() (queued): stopped() comes from there.
    setState(State::Stopping);
    notePeak(); // an invocation that runs still is reported once its runtime is gone
    m_process->stop(graceMs);
}

void ExecutionEnvironment::notePeak()
{
    if (m_limits)
        m_limits->notePeak();
}

void ExecutionEnvironment::killTree(RuntimeProcess::StopCause cause)
{
    if (m_limits)
        m_limits->killAll(); // notes the peak first
    if (m_process)
        m_process->kill(cause);
}

void ExecutionEnvironment::cleanup()
{
    m_nextBeforeJoin = false;
    if (m_server && m_port) {
        m_server->removeEndpoint(m_port); // drops a held /next with it
        m_port = 0;
    }
    m_limits.reset(); // kills stragglers, removes the cgroups
    delete m_tmpUsage;
    m_tmpUsage = nullptr;
    if (!m_scratch.isEmpty()) {
        QDir(m_scratch).removeRecursively();
        m_scratch.clear();
    }
}

} // namespace lambdesk
