#include "executionenvironment.h"

#include "logformat.h"
#include "outputpipe.h"
#include "resourcelimits.h"
#include "runtimeapiserver.h"
#include "threadhandoff.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThreadPool>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace lambdesk {

namespace {

std::atomic<int> s_envCounter{0};

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

QByteArray errorDocument(const QString &errorType, const QString &message)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("errorMessage"), message}, {QStringLiteral("errorType"), errorType}})
        .toJson(QJsonDocument::Compact);
}

constexpr int kInitTimeoutMs = 10000; // Lambda's limit on the init phase

} // namespace

QString EnvironmentSpec::functionArn() const
{
    return QStringLiteral("arn:aws:lambda:%1:%2:function:%3").arg(region, accountId, functionName);
}

ExecutionEnvironment::ExecutionEnvironment(EnvironmentSpec spec, ResourceControl *control, RuntimeApiServer *server,
                                           QObject *parent)
    : QObject(parent), m_spec(std::move(spec)), m_control(control), m_server(server)
{
    m_id = QStringLiteral("env-%1").arg(++s_envCounter);
    m_logStream = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy/MM/dd/")) + u'[' + m_spec.version + u']'
        + randomHex(16);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ExecutionEnvironment::onTimeout);
    connect(&m_monitor, &QTimer::timeout, this, &ExecutionEnvironment::onMonitor);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, &ExecutionEnvironment::killTree);
}

ExecutionEnvironment::~ExecutionEnvironment()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        killTree();
        m_process->waitForFinished(2000);
    }
    cleanup();
}

qint64 ExecutionEnvironment::pid() const
{
    return m_process ? m_process->processId() : 0;
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
    if (!m_server || !(m_port = m_server->addEndpoint(this))) {
        *error = QStringLiteral("Cannot open a loopback port for the Runtime API");
        return false;
    }
    m_limits = m_control ? m_control->create(m_id + u'-' + randomHex(4), m_spec.memoryMb) : nullptr;
    if (!m_limits)
        m_limits = ResourceControl::watchdog()->create(m_id, m_spec.memoryMb);

    QString program;
    QStringList args;
    const QString bootstrap = m_spec.codeDir + QStringLiteral("/bootstrap");
    switch (m_spec.runtime.family) {
    case RuntimeFamily::Python:
        program = m_spec.runtime.executable;
        // -u: unbuffered output, so lines reach the log as they are printed.
        // -B: no __pycache__ in the user's code folder (Lambda's /var/task is read-only).
        args = {QStringLiteral("-u"), QStringLiteral("-B"), m_spec.runtimeDir + QStringLiteral("/python/bootstrap.py")};
        break;
    case RuntimeFamily::Node:
        program = m_spec.runtime.executable;
        args = {m_spec.runtimeDir + QStringLiteral("/nodejs/bootstrap.mjs")};
        break;
    case RuntimeFamily::Provided: {
        const QFileInfo info(bootstrap);
        if (!info.exists()) {
            *error = QStringLiteral("fork/exec %1: no such file or directory").arg(bootstrap);
            return false;
        }
        if (!info.isExecutable()) {
            *error = QStringLiteral("fork/exec %1: permission denied").arg(bootstrap);
            return false;
        }
        program = bootstrap;
        break;
    }
    case RuntimeFamily::Unknown:
        *error = QStringLiteral("Runtime %1 is not supported").arg(m_spec.runtime.id);
        return false;
    }

    QProcessEnvironment env;
    const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"),
               sys.value(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin")));
    // HOME lets an AWS SDK inside the handler find the developer's own credentials.
    if (sys.contains(QStringLiteral("HOME")))
        env.insert(QStringLiteral("HOME"), sys.value(QStringLiteral("HOME")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TZ"), QStringLiteral(":UTC"));
    env.insert(QStringLiteral("_HANDLER"), m_spec.handler);
    env.insert(QStringLiteral("LAMBDA_TASK_ROOT"), m_spec.codeDir);
    env.insert(QStringLiteral("LAMBDA_RUNTIME_DIR"), m_spec.runtimeDir);
    env.insert(QStringLiteral("AWS_LAMBDA_RUNTIME_API"), QStringLiteral("127.0.0.1:%1").arg(m_port));
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_NAME"), m_spec.functionName);
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_VERSION"), m_spec.version);
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), QString::number(m_spec.memoryMb));
    env.insert(QStringLiteral("AWS_LAMBDA_LOG_GROUP_NAME"), QStringLiteral("/aws/lambda/") + m_spec.functionName);
    env.insert(QStringLiteral("AWS_LAMBDA_LOG_STREAM_NAME"), m_logStream);
    env.insert(QStringLiteral("AWS_LAMBDA_INITIALIZATION_TYPE"), QStringLiteral("on-demand"));
    if (m_spec.runtime.family != RuntimeFamily::Provided)
        env.insert(QStringLiteral("AWS_EXECUTION_ENV"), QStringLiteral("AWS_Lambda_") + m_spec.runtime.id);
    env.insert(QStringLiteral("AWS_REGION"), m_spec.region);
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), m_spec.region);
    for (const char *key : {"TMPDIR", "TMP", "TEMP"})
        env.insert(QString::fromLatin1(key), m_tmpDir);
    for (auto it = m_spec.environment.cbegin(); it != m_spec.environment.cend(); ++it)
        env.insert(it.key(), it.value());

    m_output = new OutputPipe(this);
    if (!m_output->open()) {
        *error = QStringLiteral("Cannot create a pipe for the runtime's output");
        return false;
    }
    connect(m_output, &OutputPipe::linesRead, this, &ExecutionEnvironment::onLines);

    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(args);
    m_process->setWorkingDirectory(m_spec.codeDir);
    m_process->setProcessEnvironment(env);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::ForwardedChannels); // replaced by our pipe below

    // Runs in the child between fork and exec: async-signal-safe calls only, on data
    // prepared here in the parent.
    std::vector<std::string> joinFiles;
    for (const QByteArray &f : m_limits->joinFiles())
        joinFiles.emplace_back(f.constData(), size_t(f.size()));
    const int outFd = m_output->writeFd();
    const rlim_t fsize = rlim_t(m_spec.ephemeralMb) * 1024 * 1024;
    m_process->setChildProcessModifier([joinFiles, outFd, fsize]() {
        ::setsid();                         // own session and process group: killable as a whole
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive Lambdesk
        for (const std::string &file : joinFiles) {
            const int fd = ::open(file.c_str(), O_WRONLY | O_CLOEXEC);
            if (fd >= 0) {
                [[maybe_unused]] ssize_t n = ::write(fd, "0", 1);
                ::close(fd);
            }
        }
        ::dup2(outFd, STDOUT_FILENO);
        ::dup2(outFd, STDERR_FILENO);
        // No single file may outgrow the ephemeral storage; the writer gets EFBIG.
        struct rlimit rl = {fsize, fsize};
        ::setrlimit(RLIMIT_FSIZE, &rl);
        struct sigaction ign = {};
        ign.sa_handler = SIG_IGN;
        ::sigaction(SIGXFSZ, &ign, nullptr);
        struct sigaction dfl = {};
        dfl.sa_handler = SIG_DFL;
        ::sigaction(SIGPIPE, &dfl, nullptr);
    });
    connect(m_process, &QProcess::finished, this, &ExecutionEnvironment::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onStartFailed(m_process->errorString());
    });

    if (m_spec.runtime.family != RuntimeFamily::Provided)
        addPlatformLine(logformat::initStart(runtimeFamilyName(m_spec.runtime.family) + u':' + m_spec.runtime.version));
    m_startClock.start();
    setState(State::Starting);
    m_process->start();
    m_output->closeWriteEnd();
    if (m_process->state() == QProcess::NotRunning && m_state == State::Stopped)
        return true; // FailedToStart already reported
    m_limits->attached(pid_t(m_process->processId()));
    if (const QList<QByteArray> late = m_limits->lateJoinFiles(); !late.isEmpty()) {
        // The runtime starts meanwhile; its first /next waits for the join (onJoined).
        m_joined = false;
        const QByteArray pid = QByteArray::number(m_process->processId());
        auto promise = std::make_shared<QPromise<void>>();
        auto *watcher = new QFutureWatcher<void>(this);
        connect(watcher, &QFutureWatcher<void>::finished, this, &ExecutionEnvironment::onJoined);
        watcher->setFuture(promise->future());
        promise->start();
        QThreadPool::globalInstance()->start(handOff([late, pid, promise] {
            for (const QByteArray &file : late) {
                QFile f(QString::fromLocal8Bit(file));
                if (f.open(QIODevice::WriteOnly))
                    f.write(pid);
            }
            promise->finish();
        }));
    }
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
    if (m_state == State::Created) {
        m_pending->cold = true;
        QString error;
        if (!startProcess(&error)) {
            m_pending->overheadNs = clock.nsecsElapsed();
            complete(errorDocument(QStringLiteral("Runtime.InvalidEntrypoint"),
                                   QStringLiteral("RequestId: %1 Error: %2").arg(event.requestId, error)),
                     QStringLiteral("Runtime.InvalidEntrypoint"), InvocationStatus::Failed,
                     {QStringLiteral("RequestId: %1 Error: %2").arg(event.requestId, error),
                      QStringLiteral("Runtime.InvalidEntrypoint")});
            setState(State::Stopped);
            cleanup();
            Q_EMIT stopped();
            return;
        }
        if (!m_pending)
            return; // failed to start synchronously; already completed
        const auto out = m_protocol.assign(std::move(event));
        m_pending->overheadNs = clock.nsecsElapsed();
        apply(out, nullptr);
        return;
    }
    setState(State::Busy);
    const auto out = m_protocol.assign(std::move(event));
    apply(out, nullptr);
    if (m_pending)
        m_pending->overheadNs += clock.nsecsElapsed();
}

void ExecutionEnvironment::deliver(const runtimeapi::Event &event)
{
    if (!m_heldNext || !m_heldSocket || m_heldSocket->state() != QAbstractSocket::ConnectedState) {
        // The runtime's long-poll went away; keep the event for its next /next.
        m_heldNext.reset();
        m_protocol.undeliver();
        return;
    }
    runtimeapi::Event ev = event;
    ev.deadlineMs = QDateTime::currentMSecsSinceEpoch() + qint64(m_spec.timeoutS) * 1000;
    runtimeapi::Reply reply{200, ev.payload, runtimeapi::nextHeaders(ev)};
    if (m_pending) {
        // START comes first: the handler's output for this request follows it.
        addPlatformLine(logformat::start(ev.requestId, m_spec.version));
    }
    RuntimeApiServer::write(*m_heldNext, reply);
    m_heldNext.reset();
    setState(State::Busy);
    if (m_pending)
        m_pending->deliveredNs = m_pending->clock.nsecsElapsed();
    m_deadline.start(m_spec.timeoutS * 1000);
}

void ExecutionEnvironment::apply(const runtimeapi::Protocol::Outcome &out, QHttpServerResponder *responder)
{
    if (out.reply && responder)
        RuntimeApiServer::write(*responder, *out.reply);
    if (out.deliver)
        deliver(*out.deliver);
}

void ExecutionEnvironment::handleRuntimeRequest(const runtimeapi::Request &request, const QHttpServerRequest &http,
                                                QHttpServerResponder &&responder)
{
    using runtimeapi::Route;
    QElapsedTimer clock;
    clock.start();
    if (m_state == State::Stopping || m_state == State::Stopped) {
        RuntimeApiServer::write(responder,
                                runtimeapi::error(410, QStringLiteral("EnvironmentGone"),
                                                  QStringLiteral("This execution environment is shutting down.")));
        return;
    }
    switch (request.route) {
    case Route::Next: {
        auto held = std::make_unique<QHttpServerResponder>(std::move(responder));
        if (m_firstNextNs < 0)
            m_firstNextNs = m_startClock.nsecsElapsed(); // init ends when the runtime asks
        if (!m_joined) {
            m_nextBeforeJoin = std::move(held); // no handler code runs outside its cgroups
            return;
        }
        processNext(std::move(held), clock);
        return;
    }
    case Route::Response:
    case Route::Error:
    case Route::InitError: {
        m_output->drain(); // every line printed before this request belongs to the invocation
        const QByteArray body = http.body();
        const auto out = request.route == Route::Response ? m_protocol.onResponse(request.requestId, body.size())
            : request.route == Route::Error               ? m_protocol.onError(request.requestId)
                                                          : m_protocol.onInitError();
        if (out.reply)
            RuntimeApiServer::write(responder, *out.reply);
        if (m_pending)
            m_pending->overheadNs += clock.nsecsElapsed();
        if (out.completion)
            finishFromRuntime(*out.completion, body,
                              http.value(QByteArrayLiteral("Lambda-Runtime-Function-Error-Type")));
        return;
    }
    case Route::NotFound:
    case Route::MethodNotAllowed: break;
    }
}

void ExecutionEnvironment::processNext(std::unique_ptr<QHttpServerResponder> held, const QElapsedTimer &clock)
{
    const auto out = m_protocol.onNext();
    if (out.reply) { // not allowed now
        RuntimeApiServer::write(*held, *out.reply);
        return;
    }
    m_heldNext = std::move(held);
    m_heldSocket = m_heldNext->socket();
    if (out.initFinished) {
        m_initMs = double(m_firstNextNs) / 1e6;
        m_deadline.stop();
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
            return;
        }
        setState(State::Idle);
        Q_EMIT becameIdle();
    }
}

void ExecutionEnvironment::onJoined()
{
    m_joined = true;
    if (m_nextBeforeJoin) {
        QElapsedTimer clock;
        clock.start();
        processNext(std::move(m_nextBeforeJoin), clock);
    }
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
        // Hand back the runtime's document as it is; build one if it sent no JSON object.
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QString errorType = doc.isObject() ? doc.object().value(QStringLiteral("errorType")).toString() : QString();
        if (errorType.isEmpty())
            errorType = QString::fromUtf8(errorTypeHeader);
        if (errorType.isEmpty())
            errorType = completion.kind == Kind::InitError ? QStringLiteral("Runtime.Unknown")
                                                           : QStringLiteral("Unhandled");
        const QByteArray payload = doc.isObject() ? body : errorDocument(errorType, QString::fromUtf8(body));
        if (completion.kind == Kind::InitError) {
            m_initMs = double(m_startClock.nsecsElapsed()) / 1e6;
            m_deadline.stop();
            addPlatformLine(logformat::initReport(*m_initMs, QStringLiteral("error"), errorType));
            m_initReported = true;
        }
        complete(payload, errorType, InvocationStatus::Failed);
        if (completion.kind == Kind::InitError)
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
    const bool delivered = p.deliveredNs >= 0;
    const qint64 now = p.clock.nsecsElapsed();
    double durationMs = double(delivered ? now - p.deliveredNs : now) / 1e6;
    if (m_timedOut && delivered)
        durationMs = m_spec.timeoutS * 1000.0;

    if (!delivered) {
        // Never reached the handler: init failed or the runtime died during init.
        if (p.cold && !m_initReported) {
            const double initMs = double(m_startClock.isValid() ? m_startClock.nsecsElapsed() : 0) / 1e6;
            addPlatformLine(logformat::initReport(
                initMs, status == InvocationStatus::TimedOut ? QStringLiteral("timeout") : QStringLiteral("error"),
                errorType));
            m_initReported = true;
        }
        addPlatformLine(logformat::start(p.event.requestId, m_spec.version));
    }
    for (const QString &line : errorLines)
        addPlatformLine(line);

    InvocationResult r;
    r.requestId = p.event.requestId;
    r.functionName = m_spec.functionName;
    r.executedVersion = m_spec.version;
    r.payload = std::move(payload);
    r.errorType = errorType;
    r.functionError = status == InvocationStatus::Succeeded ? QString() : QStringLiteral("Unhandled");
    r.status = status;
    r.durationMs = durationMs;
    r.memorySizeMb = m_spec.memoryMb;
    const qint64 peak = m_limits ? m_limits->peakBytes() : 0;
    // Never more than the configured size: what a kill stops at, as Lambda reports it.
    r.maxMemoryUsedMb = std::min(m_spec.memoryMb, int((peak + 1024 * 1024 - 1) / (1024 * 1024)));
    if (p.cold && m_initMs)
        r.initDurationMs = m_initMs;
    // Custom runtimes are billed for init too (AWS bills it for provided runtimes).
    const double billable = durationMs
        + (m_spec.runtime.family == RuntimeFamily::Provided && r.initDurationMs ? *r.initDurationMs : 0.0);
    r.billedMs = logformat::billedMs(billable);
    r.startedAtMs = p.startedAtMs;
    r.logStream = m_logStream;

    addPlatformLine(logformat::end(r.requestId));
    logformat::Report rep{r.requestId,
                          r.durationMs,
                          r.billedMs,
                          r.memorySizeMb,
                          r.maxMemoryUsedMb,
                          r.initDurationMs,
                          status == InvocationStatus::Succeeded ? QString() : statusName(status),
                          status == InvocationStatus::Failed ? errorType : QString()};
    addPlatformLine(logformat::report(rep));
    r.logs = std::move(p.lines);
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

void ExecutionEnvironment::onLines(const QList<QByteArray> &raw)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString id = m_pending ? m_pending->event.requestId : QString();
    QList<LogLine> lines;
    lines.reserve(raw.size());
    for (const QByteArray &text : raw)
        lines.append(LogLine{now, id, QString::fromUtf8(text), false});
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

void ExecutionEnvironment::onTimeout()
{
    if (!m_pending)
        return;
    m_output->drain();
    const bool delivered = m_pending->deliveredNs >= 0;
    m_timedOut = true;
    setState(State::Stopping);
    killTree();
    const int seconds = delivered ? m_spec.timeoutS : kInitTimeoutMs / 1000;
    const QString line = logformat::timedOut(QDateTime::currentMSecsSinceEpoch(), m_pending->event.requestId, seconds);
    complete(errorDocument(QStringLiteral("Sandbox.Timedout"), line), QStringLiteral("Sandbox.Timedout"),
             InvocationStatus::TimedOut, {line});
}

void ExecutionEnvironment::onMonitor()
{
    if (!m_process || m_state == State::Stopping || m_state == State::Stopped)
        return;
    if (m_limits && m_limits->needsSampling() && m_limits->sample()) {
        addPlatformLine(QStringLiteral("Lambdesk: memory use passed the function's %1 MB; the environment was killed")
                            .arg(m_spec.memoryMb));
        return;
    }
    const bool sampling = m_limits && m_limits->needsSampling();
    if (sampling && m_state == State::Busy && (++m_monitorTicks % 12) != 0)
        return; // check /tmp every 240 ms while busy
    const qint64 used = tmpUsageBytes();
    if (used > qint64(m_spec.ephemeralMb) * 1024 * 1024) {
        m_killedForStorage = true;
        addPlatformLine(QStringLiteral("Lambdesk: the environment's /tmp (TMPDIR) holds %1 MB, more than its ephemeral "
                                       "storage of %2 MB; the environment was stopped")
                            .arg(used / (1024 * 1024))
                            .arg(m_spec.ephemeralMb));
        killTree();
    }
}

qint64 ExecutionEnvironment::tmpUsageBytes() const
{
    qint64 total = 0;
    QDirIterator it(m_tmpDir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

void ExecutionEnvironment::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_output->finish();
    m_deadline.stop();
    m_killTimer.stop();
    if (m_pending) {
        const int sig = status == QProcess::CrashExit ? exitCode : 0;
        const bool oom = m_limits && m_limits->oomKilled();
        const QString errorType = oom ? QStringLiteral("Runtime.OutOfMemory") : QStringLiteral("Runtime.ExitError");
        const QString reason = (sig == 0 && exitCode == 0 && status == QProcess::NormalExit)
            ? QStringLiteral("Runtime exited without providing a reason")
            : QStringLiteral("Runtime exited with error: ") + logformat::exitDescription(exitCode, sig);
        const QString message = QStringLiteral("RequestId: ") + m_pending->event.requestId + QStringLiteral(" Error: ")
            + reason;
        complete(errorDocument(errorType, message), errorType, InvocationStatus::Failed, {message, errorType});
    }
    setState(State::Stopped);
    cleanup();
    Q_EMIT stopped();
}

void ExecutionEnvironment::onStartFailed(const QString &message)
{
    const QString text = QStringLiteral("fork/exec %1: %2").arg(m_process->program(), message);
    if (m_pending) {
        const QString line = QStringLiteral("RequestId: %1 Error: %2").arg(m_pending->event.requestId, text);
        complete(errorDocument(QStringLiteral("Runtime.InvalidEntrypoint"), line),
                 QStringLiteral("Runtime.InvalidEntrypoint"), InvocationStatus::Failed,
                 {line, QStringLiteral("Runtime.InvalidEntrypoint")});
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
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        setState(State::Stopped);
        cleanup();
        Q_EMIT stopped();
        return;
    }
    setState(State::Stopping);
    ::kill(-pid_t(m_process->processId()), SIGTERM);
    m_killTimer.start(graceMs);
}

void ExecutionEnvironment::killTree()
{
    if (m_limits)
        m_limits->killAll();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        ::kill(-pid_t(m_process->processId()), SIGKILL);
        m_process->kill();
    }
}

void ExecutionEnvironment::cleanup()
{
    m_heldNext.reset();
    m_nextBeforeJoin.reset();
    if (m_server && m_port) {
        m_server->removeEndpoint(m_port);
        m_port = 0;
    }
    m_limits.reset(); // kills stragglers, removes the cgroups
    if (!m_scratch.isEmpty()) {
        QDir(m_scratch).removeRecursively();
        m_scratch.clear();
    }
}

} // namespace lambdesk
