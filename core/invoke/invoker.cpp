#include "invoker.h"

#include "asyncqueue.h"
#include "debug/debugengine.h"
#include "clientcontext.h"
#include "model/jsoncheck.h"
#include "runtime/environmentpool.h"
#include "runtime/runtimedetection.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QUuid>

namespace lambdesk {

namespace {

constexpr qsizetype kMaxSyncPayload = 6291456;  // 6 MB
constexpr qsizetype kMaxAsyncPayload = 1048576; // 1 MB

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString traceId()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    const QString root = QStringLiteral("%1-%2%3%4")
                             .arg(QDateTime::currentSecsSinceEpoch(), 8, 16, QLatin1Char('0'))
                             .arg(words[0], 8, 16, QLatin1Char('0'))
                             .arg(words[1], 8, 16, QLatin1Char('0'))
                             .arg(words[2], 8, 16, QLatin1Char('0'));
    return QStringLiteral("Root=1-%1;Parent=%2%3;Sampled=0;Lineage=1:%4:0")
        .arg(root)
        .arg(words[3], 8, 16, QLatin1Char('0'))
        .arg(words[0] ^ words[2], 8, 16, QLatin1Char('0'))
        .arg(words[1] & 0xffffff, 6, 16, QLatin1Char('0'));
}

AsyncQueue::Outcome outcomeOf(const Result<InvocationResult> &r, QString *detail)
{
    if (!r) {
        // A throttle says which limit (AWS's Reason); other refusals say why.
        *detail = r.error().kind == Error::Kind::Throttled && !r.error().field.isEmpty() ? r.error().field
                                                                                         : r.error().message;
        return r.error().kind == Error::Kind::Throttled ? AsyncQueue::Outcome::Throttled : AsyncQueue::Outcome::Failed;
    }
    if (!r->isError())
        return AsyncQueue::Outcome::Succeeded;
    *detail = r->status == InvocationStatus::TimedOut ? QStringLiteral("timed out")
                                                      : r->functionError + u' ' + r->errorType;
    return AsyncQueue::Outcome::FunctionError;
}

} // namespace

Invoker::Invoker(Lookup lookup, RuntimeDetection *runtimes, QObject *parent)
    : QObject(parent), m_lookup(std::move(lookup)), m_runtimes(runtimes)
{
    // Each attempt of an Event invocation runs as a synchronous one under the event's request id.
    m_queue = new AsyncQueue(
        [this](const AsyncQueue::Event &e, AsyncQueue::AttemptDone done) {
            // A trigger's event (a schedule) keeps its source through the queue.
            InvokeRequest request{e.function,
                                  e.qualifier,
                                  e.payload,
                                  InvocationType::RequestResponse,
                                  {},
                                  e.requestId,
                                  m_triggerSources.value(e.requestId, InvocationSource::EventQueue)};
            invoke(std::move(request), [done](Result<InvocationResult> r) {
                QString detail;
                const AsyncQueue::Outcome outcome = outcomeOf(r, &detail);
                done(outcome, detail);
            });
        },
        this);
    connect(m_queue, &AsyncQueue::finished, this,
            [this](const QString &, const QString &requestId, bool) { m_triggerSources.remove(requestId); });
}

Invoker::~Invoker() = default;

QString Invoker::functionArn(const QString &name) const
{
    return QStringLiteral("arn:aws:lambda:%1:000000000000:function:%2").arg(m_region, name);
}

std::optional<Error> Invoker::check(InvokeRequest &request, const InvokeTarget *&target) const
{
    if (!m_accepting || !m_pool)
        return Error{
            Error::Kind::Unavailable, QStringLiteral("Lambdesk is shutting down; the invocation was not started"), {}};
    Error error = Error::notFound(QStringLiteral("Function not found: %1").arg(functionArn(request.function)));
    target = m_lookup(request.function, request.qualifier, &error);
    if (!target)
        return error;
    const qsizetype limit = request.type == InvocationType::Event ? kMaxAsyncPayload : kMaxSyncPayload;
    if (request.payload.size() > limit)
        return Error{Error::Kind::TooLarge,
                     QStringLiteral("%1 bytes of payload is larger than the %2 bytes allowed for %3 invocation")
                         .arg(request.payload.size())
                         .arg(limit)
                         .arg(request.type == InvocationType::Event ? QStringLiteral("an asynchronous")
                                                                    : QStringLiteral("a synchronous")),
                     QStringLiteral("Payload")};
    if (request.payload.isEmpty())
        request.payload = QByteArrayLiteral("{}");
    else if (auto e = json::check(request.payload))
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("Could not parse request body into json: Could not parse payload into json: %1")
                         .arg(e->message),
                     QStringLiteral("Payload")};
    if (!request.clientContext.isEmpty()) {
        auto context = clientcontext::normalize(request.clientContext);
        if (!context)
            return context.error();
        request.clientContext = std::move(context).value();
    }
    if (!m_runtimes->find(target->config.runtime))
        return Error::invalid(QStringLiteral("Runtime"),
                              QStringLiteral("Runtime %1 is not installed on this machine; installed runtimes: %2")
                                  .arg(target->config.runtime, m_runtimes->catalog().ids().join(QStringLiteral(", "))));
    return std::nullopt;
}

EnvironmentSpec Invoker::environmentSpec(const InvokeTarget &target) const
{
    const FunctionConfig &config = target.config;
    EnvironmentSpec spec;
    spec.functionName = config.name;
    spec.version = target.version;
    if (const RuntimeInfo *runtime = m_runtimes->find(config.runtime))
        spec.runtime = *runtime;
    spec.handler = config.handler;
    spec.codeDir = target.codeDir;
    spec.runtimeDir = m_paths.runtimeDir;
    spec.scratchRoot = m_paths.scratchRoot;
    if (!config.layers.isEmpty() && m_layerResolver)
        spec.optDir = m_layerResolver(config.layers);
    spec.pythonSdkDir = m_paths.pythonSdkDir;
    spec.nodeModulesDir = m_paths.nodeModulesDir;
    spec.memoryMb = config.memorySize;
    spec.timeoutS = config.timeout;
    spec.ephemeralMb = config.ephemeralStorage;
    spec.noNetwork = config.noNetwork;
    spec.environment = config.environment;
    spec.logging = config.logging;
    spec.region = m_region;
    return spec;
}

QString Invoker::environmentKey(const InvokeTarget &target)
{
    return target.config.name + u'\n' + target.version + u'\n' + QString::number(target.generation);
}

void Invoker::invoke(InvokeRequest request, Callback done)
{
    QElapsedTimer clock;
    clock.start();
    const InvokeTarget *target = nullptr;
    if (auto e = check(request, target)) {
        done(std::move(*e));
        return;
    }
    const FunctionConfig &config = target->config;
    const QString qualifier = target->version; // the version that runs
    if (request.requestId.isEmpty())
        request.requestId = newRequestId();

    if (request.type != InvocationType::RequestResponse) {
        // Validated like a synchronous one; an Event is then queued, a DryRun goes no further.
        // (Lambda hands ClientContext to synchronous invocations only.)
        InvocationResult accepted;
        accepted.requestId = request.requestId;
        accepted.functionName = config.name;
        accepted.executedVersion = qualifier;
        accepted.qualifier = request.qualifier;
        accepted.source = request.source;
        accepted.status = request.type == InvocationType::Event ? InvocationStatus::Queued : InvocationStatus::DryRun;
        if (request.type == InvocationType::Event
            && !m_queue->enqueue({accepted.requestId, request.function, request.qualifier, request.payload})) {
            done(Error::internal(QStringLiteral("The event could not be written to disk, so it was not accepted; "
                                                "check the free space of the workspace's disk")));
            return;
        }
        if (request.type == InvocationType::Event && request.source == InvocationSource::Schedule)
            m_triggerSources.insert(accepted.requestId, request.source);
        done(std::move(accepted));
        return;
    }

    EnvironmentSpec spec = environmentSpec(*target);
    QString key = environmentKey(*target);
    if (request.debug) { // only here: an ordinary invocation pays nothing for the debugger
        if (auto e = debugSpec(*request.debug, spec, &key)) {
            done(std::move(*e));
            return;
        }
    }

    runtimeapi::Event event;
    event.requestId = request.requestId;
    event.payload = std::move(request.payload);
    // The ARN as invoked: with the alias (or version) asked for, as AWS passes it.
    event.functionArn = request.qualifier.isEmpty() ? spec.functionArn()
                                                    : spec.functionArn() + u':' + request.qualifier;
    event.traceId = traceId();
    event.clientContext = std::move(request.clientContext);
    event.stream = std::move(request.stream);

    InvocationStart start;
    start.requestId = request.requestId;
    start.function = config.name;
    start.qualifier = request.qualifier.isEmpty() ? qualifier : request.qualifier;
    start.source = request.source;
    start.attempt = request.source == InvocationSource::EventQueue || m_triggerSources.contains(request.requestId)
                        ? m_queue->attempts(request.requestId)
                        : 1;
    start.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    start.debugged = bool(request.debug);

    // Concurrency first: a function at its reservation, or the shared pool at its size, runs nothing.
    if (const ConcurrencyLimits::Throttle t = m_limits.acquire(config.name)) {
        const QString why = t.reason == ConcurrencyLimits::Reason::Reserved
            ? QStringLiteral("%1 runs at most %2 at once (its reserved concurrency)").arg(config.name).arg(t.limit)
            : QStringLiteral("the functions without reserved concurrency share %1 at once (the account limit %2 "
                             "minus %3 reserved)")
                  .arg(t.limit)
                  .arg(m_limits.accountLimit())
                  .arg(m_limits.totalReserved());
        throttle(start, config, qualifier, t.reasonName(), why, false, done);
        return;
    }
    ++m_running;
    Q_EMIT started(start); // first: a cold start that fails at once finishes inside dispatch()
    if (request.debug && request.debug->freshEnvironment)
        m_pool->retireIdle(key); // a cold start: init runs under the debugger
    const qint64 before = clock.nsecsElapsed();
    const QString function = config.name;
    const bool dispatched = m_pool->dispatch(key, spec, std::move(event),
                                             [this, done, before, start, function](InvocationResult r) {
                                                 QElapsedTimer after;
                                                 after.start();
                                                 --m_running;
                                                 m_limits.release(function);
                                                 r.source = start.source;
                                                 r.attempt = start.attempt;
                                                 r.qualifier = start.qualifier;
                                                 r.overheadNs += before + after.nsecsElapsed();
                                                 Q_EMIT finished(r);
                                                 done(std::move(r));
                                             },
                                             // Provisioned concurrency is kept per qualifier invoked.
                                             config.name + u'\n' + request.qualifier);
    if (dispatched)
        return;
    // No environment could take it (the pool is full of busy ones): a throttle too.
    --m_running;
    m_limits.release(function);
    throttle(start, config, qualifier, QStringLiteral("ConcurrentInvocationLimitExceeded"),
             QStringLiteral("no execution environment is free (at most %1 environments run at once)")
                 .arg(m_pool->maxEnvironments()),
             true, done);
}

std::optional<Error> Invoker::debugSpec(const debug::Options &options, EnvironmentSpec &spec, QString *key) const
{
    const RuntimeFamily family = spec.runtime.family;
    if (family != RuntimeFamily::Python && family != RuntimeFamily::Node && options.externalPort == 0)
        return Error::invalid(QStringLiteral("Runtime"),
                              QStringLiteral("Runtime %1 cannot be debugged in the console. The debugger supports "
                                             "Python and Node.js functions; for provided runtimes use --debug-port "
                                             "with your language's debugger")
                                  .arg(spec.runtime.id));
    spec.debug.enabled = true;
    spec.debug.externalPort = options.externalPort;
    spec.debug.breakpoints = options.breakpoints;
    spec.debug.breakOnUncaught = options.breakOnUncaught;
    if (family == RuntimeFamily::Python) {
        const Result<QString> dir = m_pythonEngineDir ? m_pythonEngineDir(spec.runtime) : debug::pythonEngineDir(spec.runtime);
        if (!dir)
            return Error{Error::Kind::Unavailable, dir.error().message, {}};
        spec.debug.pythonEngineDir = dir.value();
    }
    // Debug environments serve debug invocations only (and one outside port its own).
    *key += QStringLiteral("\ndebug:") + QString::number(options.externalPort);
    return std::nullopt;
}

void Invoker::throttle(const InvocationStart &start, const FunctionConfig &config, const QString &executedVersion,
                       const QString &reason, const QString &why, bool announced, const Callback &done)
{
    if (!announced)
        Q_EMIT started(start);
    InvocationResult throttled;
    throttled.requestId = start.requestId;
    throttled.functionName = start.function;
    throttled.executedVersion = executedVersion;
    throttled.qualifier = start.qualifier;
    throttled.source = start.source;
    throttled.attempt = start.attempt;
    throttled.status = InvocationStatus::Throttled;
    throttled.errorType = QStringLiteral("TooManyRequestsException");
    throttled.startedAtMs = start.startedAtMs;
    throttled.memorySizeMb = config.memorySize;
    Q_EMIT note(start.function, start.requestId,
                QStringLiteral("Lambdesk: request %1 throttled (TooManyRequestsException, %2): %3")
                    .arg(start.requestId, reason, why));
    Q_EMIT finished(throttled);
    // The field of a Throttled error carries AWS's Reason (api/apierror.cpp puts it in the body).
    done(Error{Error::Kind::Throttled, QStringLiteral("Rate Exceeded."), reason});
}

} // namespace lambdesk
