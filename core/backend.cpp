#include "backend.h"

#include "invoke/asyncqueue.h"
#include "io/ziparchive.h"
#include "model/jsoncheck.h"
#include "model/validation.h"
#include "runtime/environmentpool.h"
#include "runtime/resourcelimits.h"
#include "runtime/runtimeapiserver.h"
#include "store/catalogs.h"
#include "store/codetree.h"
#include "store/logstorethread.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QUuid>

namespace lambdesk {

namespace {

constexpr qsizetype kMaxSyncPayload = 6291456;  // 6 MB
constexpr qsizetype kMaxAsyncPayload = 1048576; // 1 MB

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

// Copies the runtime bootstraps out of the resources (interpreters need real files),
// rewriting only what changed.
bool extractRuntimeFiles(const QString &target)
{
    QDirIterator it(QStringLiteral(":/runtimes"), QDir::Files, QDirIterator::Subdirectories);
    bool ok = true;
    while (it.hasNext()) {
        const QString res = it.next();
        const QString dest = target + res.mid(QStringLiteral(":/runtimes").size());
        const QByteArray content = catalogs::readResource(res);
        QFile existing(dest);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
            continue;
        existing.close();
        ok = bool(Workspace::writeFileAtomically(dest, content)) && ok;
    }
    return ok;
}

} // namespace

Backend::Backend(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<InvocationResult>();
    qRegisterMetaType<LogLine>();
    qRegisterMetaType<LogRecord>();
    qRegisterMetaType<FunctionConfig>();
    qRegisterMetaType<QList<LogRecord>>();
    qRegisterMetaType<QList<LogLine>>();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &Backend::flushLogs);

    // Each attempt of an Event invocation runs as a synchronous one with the event's request id.
    m_async = new AsyncQueue(
        [this](const AsyncQueue::Event &e, AsyncQueue::AttemptDone done) {
            InvokeRequest request{e.function, e.qualifier, e.payload, InvocationType::RequestResponse, {}, e.requestId};
            invoke(std::move(request), [done](Result<InvocationResult> r) {
                if (!r)
                    done(r.error().kind == Error::Kind::Throttled ? AsyncQueue::Outcome::Throttled
                                                                  : AsyncQueue::Outcome::Failed,
                         r.error().message);
                else if (r->isError())
                    done(AsyncQueue::Outcome::FunctionError,
                         r->status == InvocationStatus::TimedOut ? QStringLiteral("timed out")
                                                                 : r->functionError + u' ' + r->errorType);
                else
                    done(AsyncQueue::Outcome::Succeeded, {});
            });
        },
        this);
    connect(m_async, &AsyncQueue::note, this, &Backend::addPlatformNote);
}

Backend::~Backend()
{
    stop();
}

Status Backend::start()
{
    if (m_started)
        return Ok{};
    if (auto e = validation::region(m_options.region))
        return *e;
    m_workspace = std::make_unique<Workspace>(m_options.workspace.isEmpty() ? Workspace::defaultRoot()
                                                                            : m_options.workspace);
    if (auto s = m_workspace->open(); !s)
        return s;
    m_runtimes = RuntimeCatalog::detect();
    m_control = ResourceControl::detect();
    m_runtimeDir = m_workspace->stateDir() + QStringLiteral("/runtime");
    if (!extractRuntimeFiles(m_runtimeDir))
        return Error::internal(QStringLiteral("Cannot write the runtime bootstraps into %1").arg(m_runtimeDir));
    m_scratchRoot = m_workspace->stateDir() + QStringLiteral("/environments");
    QDir(m_scratchRoot).removeRecursively(); // scratch space of environments that are gone
    QDir().mkpath(m_scratchRoot);

    m_runtimeApi = new RuntimeApiServer(this);
    m_pool = new EnvironmentPool(m_control.get(), m_runtimeApi, this);
    connect(m_pool, &EnvironmentPool::logLines, this, &Backend::onPoolLogs);
    connect(m_pool, &EnvironmentPool::environmentsChanged, this, [this](const QString &function) {
        const auto c = m_pool->counts(function);
        Q_EMIT environmentsChanged(function, c.idle, c.busy);
    });

    if (m_options.persistLogs) {
        m_logStore = std::make_unique<LogStoreThread>(m_workspace->databasePath());
        QString error;
        if (!m_logStore->open(&error))
            return Error::internal(error);
        // History is kept, within bounds: the newest 200,000 log lines and 50,000 invocations.
        m_logStore->runBlocking([](LogStore &store) { store.prune(200000, 50000); });
        // Event invocations are journaled there, so those still waiting survive a stop.
        LogStoreThread *journal = m_logStore.get();
        m_async->setJournal(
            {[journal](const AsyncQueue::Snapshot &e) {
                 journal->post([e](LogStore &store) { store.saveAsyncEvent(e); });
             },
             [journal](const QString &id) { journal->post([id](LogStore &store) { store.removeAsyncEvent(id); }); }});
    }
    for (const QString &name : m_workspace->functionNames()) {
        auto config = m_workspace->readFunction(name);
        if (config)
            m_functions.insert(name, FunctionState{config.value(), m_nextGeneration++});
    }
    m_started = true;
    if (m_options.seedDemo && m_workspace->wasCreated())
        seedDemo();
    if (m_logStore) {
        QList<AsyncQueue::Snapshot> pending;
        m_logStore->runBlocking([&](LogStore &store) { pending = store.asyncEvents(); });
        m_async->restore(pending);
    }
    return Ok{};
}

void Backend::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_async->stop(); // before the pool: attempts cut short now are not failures, they run again
    m_async->setJournal({});
    if (m_pool) {
        // The pool stops asynchronously; until Backend's own stop is, wait for it here (its
        // SIGKILL comes after 2 s; the pool's destructor reaps whatever outlasts the net).
        // processEvents, not exec(): exec() would also run deleteLater()s posted before, such
        // as serve's closed API server with the connections still owed an answer.
        bool stopped = false;
        QEventLoop loop;
        connect(m_pool, &EnvironmentPool::allStopped, &loop, [&stopped] { stopped = true; });
        QTimer::singleShot(3000, &loop, [&stopped] { stopped = true; });
        m_pool->stopAll();
        while (!stopped)
            loop.processEvents(QEventLoop::WaitForMoreEvents);
    }
    flushLogs();
    m_logStore.reset();
}

QString Backend::limitsDescription() const
{
    return m_control ? m_control->describe() : QString();
}

Status Backend::setRegion(const QString &region)
{
    if (auto e = validation::region(region))
        return *e;
    if (region == m_options.region)
        return Ok{};
    m_options.region = region;
    for (auto it = m_functions.cbegin(); it != m_functions.cend(); ++it)
        retire(it.key(), QStringLiteral("the region changed to %1").arg(region));
    return Ok{};
}

QString Backend::workspaceRoot() const
{
    return m_workspace ? m_workspace->root() : QString();
}

QString Backend::functionArn(const QString &name) const
{
    return QStringLiteral("arn:aws:lambda:%1:000000000000:function:%2").arg(m_options.region, name);
}

Error Backend::runtimeMissing(const QString &runtime) const
{
    return Error::invalid(QStringLiteral("Runtime"),
                          QStringLiteral("Runtime %1 is not installed on this machine; installed runtimes: %2")
                              .arg(runtime, m_runtimes.ids().join(QStringLiteral(", "))));
}

QList<Error> Backend::validate(const FunctionConfig &config) const
{
    QList<Error> errors = validation::config(config);
    if (!validation::runtimeId(config.runtime) && !m_runtimes.find(config.runtime))
        errors.append(runtimeMissing(config.runtime));
    return errors;
}

QList<FunctionConfig> Backend::listFunctions() const
{
    QList<FunctionConfig> out;
    out.reserve(m_functions.size());
    for (const FunctionState &s : m_functions)
        out.append(s.config);
    std::sort(out.begin(), out.end(), [](const FunctionConfig &a, const FunctionConfig &b) { return a.name < b.name; });
    return out;
}

Result<FunctionConfig> Backend::getFunction(const QString &name) const
{
    const auto it = m_functions.constFind(name);
    if (it == m_functions.cend())
        return Error::notFound(QStringLiteral("Function not found: %1").arg(functionArn(name)));
    return it->config;
}

Result<QString> Backend::stageCode(const CodeSource &code, RuntimeFamily family) const
{
    auto staging = m_workspace->makeStagingDir();
    if (!staging)
        return staging.error();
    const QString dir = staging.value() + QStringLiteral("/code");
    QString error;
    switch (code.kind) {
    case CodeSource::Kind::Blank: {
        QDir().mkpath(dir);
        const auto files = catalogs::blankCode(family);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (auto s = Workspace::writeFileAtomically(dir + u'/' + it.key(), it.value()); !s)
                return s.error();
            if (it.key() == u"bootstrap")
                QFile::setPermissions(dir + u'/' + it.key(),
                                      QFile::permissions(dir + u'/' + it.key()) | QFile::ExeOwner | QFile::ExeGroup
                                          | QFile::ExeOther);
        }
        return dir;
    }
    case CodeSource::Kind::Directory:
        if (!QFileInfo(code.path).isDir())
            return Error::invalid(QStringLiteral("Code"),
                                  QStringLiteral("Code folder %1 does not exist").arg(code.path));
        if (!codetree::copyTree(code.path, dir, &error))
            return Error::internal(error);
        return dir;
    case CodeSource::Kind::Blueprint: {
        const auto b = catalogs::blueprintFor(code.blueprintId, family);
        if (!b)
            return b.error();
        if (!codetree::copyTree(b.value()->codeResource(family), dir, &error))
            return Error::internal(error);
        return dir;
    }
    case CodeSource::Kind::Zip:
        if (code.zip.size() > ziparchive::kMaxZippedBytes)
            return Error::invalid(QStringLiteral("ZipFile"),
                                  QStringLiteral("Zipped code must be at most %1 bytes; got %2")
                                      .arg(ziparchive::kMaxZippedBytes)
                                      .arg(code.zip.size()));
        QDir().mkpath(dir);
        if (auto s = ziparchive::extract(code.zip, dir); !s)
            return s.error();
        return dir;
    }
    return Error::internal(QStringLiteral("Unknown code source"));
}

Result<FunctionConfig> Backend::createFunction(FunctionConfig config, const CodeSource &code)
{
    const RuntimeFamily family = runtimeFamilyOf(config.runtime);
    if (config.handler.isEmpty() && code.kind == CodeSource::Kind::Blank)
        config.handler = defaultHandler(family);
    const Blueprint *blueprint = code.kind == CodeSource::Kind::Blueprint ? catalogs::blueprint(code.blueprintId)
                                                                          : nullptr;
    if (code.kind == CodeSource::Kind::Blueprint) {
        if (const auto b = catalogs::blueprintFor(code.blueprintId, family); !b)
            return b.error();
    }
    if (blueprint && config.handler.isEmpty())
        config.handler = blueprint->handlers.value(family);
    if (const QList<Error> errors = validate(config); !errors.isEmpty())
        return errors.first();
    if (m_workspace->exists(config.name))
        return Error::conflict(QStringLiteral("Function already exist: %1").arg(config.name));
    auto staged = stageCode(code, family);
    if (!staged)
        return staged.error();
    const codetree::Digest digest = codetree::digest(staged.value());
    config.codeSha256 = digest.sha256Base64;
    config.codeSize = digest.size;
    config.lastModified = awsTimestampNow();
    if (auto s = m_workspace->installFunction(config, staged.value()); !s)
        return s.error();
    if (blueprint) {
        for (const Blueprint::Event &e : blueprint->events)
            m_workspace->writeEvent(config.name, e.name, catalogs::readResource(e.resource));
    }
    m_functions.insert(config.name, FunctionState{config, m_nextGeneration++});
    Q_EMIT functionsChanged();
    return config;
}

void Backend::retire(const QString &function, const QString &why)
{
    const auto c = m_pool->counts(function);
    m_pool->retire(function);
    if (c.idle + c.busy > 0)
        Q_EMIT environmentsRetired(function, why);
}

Result<FunctionConfig> Backend::storeUpdated(FunctionConfig config, const QString &why)
{
    auto it = m_functions.find(config.name);
    if (it == m_functions.end())
        return Error::notFound(QStringLiteral("Function not found: %1").arg(functionArn(config.name)));
    const bool stale = !it->config.sameExecutionSettings(config);
    if (auto s = m_workspace->writeConfig(config); !s)
        return s.error();
    it->config = config;
    if (stale) {
        it->generation = m_nextGeneration++;
        retire(config.name, why);
    }
    Q_EMIT functionUpdated(config);
    return config;
}

Result<FunctionConfig> Backend::updateConfiguration(FunctionConfig config)
{
    const auto current = getFunction(config.name);
    if (!current)
        return current.error();
    if (const QList<Error> errors = validate(config); !errors.isEmpty())
        return errors.first();
    config.codeSha256 = current->codeSha256;
    config.codeSize = current->codeSize;
    config.lastModified = awsTimestampNow();
    return storeUpdated(config, QStringLiteral("configuration changed"));
}

Result<FunctionConfig> Backend::updateCode(const QString &name, const CodeSource &code)
{
    auto current = getFunction(name);
    if (!current)
        return current.error();
    auto staged = stageCode(code, runtimeFamilyOf(current->runtime));
    if (!staged)
        return staged.error();
    if (auto s = m_workspace->replaceCode(name, staged.value()); !s)
        return s.error();
    return codeChanged(name);
}

Result<FunctionConfig> Backend::saveCodeFile(const QString &name, const QString &relativePath,
                                             const QByteArray &content)
{
    if (!m_functions.contains(name))
        return Error::notFound(QStringLiteral("Function not found: %1").arg(functionArn(name)));
    if (auto s = m_workspace->writeCodeFile(name, relativePath, content); !s)
        return s.error();
    return codeChanged(name);
}

Result<FunctionConfig> Backend::codeChanged(const QString &name)
{
    auto current = getFunction(name);
    if (!current)
        return current.error();
    FunctionConfig config = current.value();
    const codetree::Digest digest = codetree::digest(m_workspace->codeDir(name));
    if (digest.sha256Base64 == config.codeSha256 && digest.size == config.codeSize)
        return config;
    config.codeSha256 = digest.sha256Base64;
    config.codeSize = digest.size;
    config.lastModified = awsTimestampNow();
    return storeUpdated(config, QStringLiteral("code changed"));
}

Status Backend::deleteFunction(const QString &name)
{
    if (!m_functions.contains(name))
        return Error::notFound(QStringLiteral("Function not found: %1").arg(functionArn(name)));
    m_pool->retire(name);
    if (auto s = m_workspace->deleteFunction(name); !s)
        return s;
    m_functions.remove(name);
    m_async->discardFunction(name, QStringLiteral("the function was deleted"));
    Q_EMIT functionDeleted(name);
    Q_EMIT functionsChanged();
    return Ok{};
}

QStringList Backend::eventNames(const QString &function) const
{
    return m_workspace->eventNames(function);
}

Result<QByteArray> Backend::readEvent(const QString &function, const QString &event) const
{
    return m_workspace->readEvent(function, event);
}

Status Backend::saveEvent(const QString &function, const QString &event, const QByteArray &json)
{
    if (!function.isEmpty() && !m_functions.contains(function))
        return Error::notFound(QStringLiteral("Function not found: %1").arg(functionArn(function)));
    if (auto e = validation::eventName(event))
        return *e;
    if (auto e = json::check(json))
        return Error::invalid(QStringLiteral("Event JSON"),
                              QStringLiteral("Event JSON is not valid: %1").arg(e->message));
    const QStringList existing = m_workspace->eventNames(function);
    if (!function.isEmpty() && !existing.contains(event) && existing.size() >= validation::kMaxPrivateEvents)
        return Error::invalid(
            QStringLiteral("EventName"),
            QStringLiteral(
                "A function can have at most %1 private test events; delete one first or save this one as shareable")
                .arg(validation::kMaxPrivateEvents));
    return m_workspace->writeEvent(function, event, json);
}

Status Backend::deleteEvent(const QString &function, const QString &event)
{
    return m_workspace->deleteEvent(function, event);
}

void Backend::invoke(InvokeRequest request, InvokeCallback done)
{
    QElapsedTimer clock;
    clock.start();
    const auto it = m_functions.constFind(request.function);
    if (it == m_functions.cend()) {
        done(Error::notFound(QStringLiteral("Function not found: %1").arg(functionArn(request.function))));
        return;
    }
    QString qualifier = request.qualifier.isEmpty() ? QStringLiteral("$LATEST") : request.qualifier;
    if (qualifier != u"$LATEST") {
        done(
            Error::notFound(QStringLiteral("Function not found: %1:%2").arg(functionArn(request.function), qualifier)));
        return;
    }
    const qsizetype limit = request.type == InvocationType::Event ? kMaxAsyncPayload : kMaxSyncPayload;
    if (request.payload.size() > limit) {
        done(Error{Error::Kind::TooLarge,
                   QStringLiteral("%1 bytes of payload is larger than the %2 bytes allowed for an %3 invocation")
                       .arg(request.payload.size())
                       .arg(limit)
                       .arg(request.type == InvocationType::Event ? QStringLiteral("asynchronous")
                                                                  : QStringLiteral("synchronous")),
                   QStringLiteral("Payload")});
        return;
    }
    if (request.payload.isEmpty())
        request.payload = QByteArrayLiteral("{}");
    else if (auto e = json::check(request.payload)) {
        done(Error{Error::Kind::InvalidRequest,
                   QStringLiteral("Could not parse request body into json: Could not parse payload into json: %1")
                       .arg(e->message),
                   QStringLiteral("Payload")});
        return;
    }
    const FunctionConfig &config = it->config;
    const RuntimeInfo *runtime = m_runtimes.find(config.runtime);
    if (!runtime) {
        done(runtimeMissing(config.runtime));
        return;
    }
    if (request.type != InvocationType::RequestResponse) {
        // Validated like a synchronous one; an Event is then queued, a DryRun goes no further.
        InvocationResult accepted;
        accepted.requestId = request.requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                         : request.requestId;
        accepted.functionName = config.name;
        accepted.executedVersion = qualifier;
        accepted.status = request.type == InvocationType::Event ? InvocationStatus::Queued : InvocationStatus::DryRun;
        // (Lambda hands ClientContext to synchronous invocations only.)
        if (request.type == InvocationType::Event)
            m_async->enqueue({accepted.requestId, request.function, request.qualifier, request.payload});
        done(std::move(accepted));
        return;
    }

    EnvironmentSpec spec;
    spec.functionName = config.name;
    spec.version = qualifier;
    spec.runtime = *runtime;
    spec.handler = config.handler;
    spec.codeDir = m_workspace->codeDir(config.name);
    spec.runtimeDir = m_runtimeDir;
    spec.scratchRoot = m_scratchRoot;
    spec.memoryMb = config.memorySize;
    spec.timeoutS = config.timeout;
    spec.ephemeralMb = config.ephemeralStorage;
    spec.environment = config.environment;
    spec.region = m_options.region;

    runtimeapi::Event event;
    event.requestId = request.requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                  : request.requestId;
    event.payload = request.payload;
    event.functionArn = request.qualifier.isEmpty() ? spec.functionArn() : spec.functionArn() + u':' + qualifier;
    event.traceId = traceId();
    event.clientContext = request.clientContext;

    const QString key = config.name + u'\n' + qualifier + u'\n' + QString::number(it->generation);
    const QString requestId = event.requestId;
    const qint64 before = clock.nsecsElapsed();
    const bool accepted = m_pool->dispatch(key, spec, std::move(event), [this, done, before](InvocationResult r) {
        QElapsedTimer after;
        after.start();
        if (m_logStore) {
            const InvocationRecord rec = InvocationRecord::fromResult(r);
            m_pendingInvocations.append(rec);
            if (!m_flushTimer.isActive())
                m_flushTimer.start();
        }
        r.overheadNs += before + after.nsecsElapsed();
        Q_EMIT invocationFinished(r);
        done(std::move(r));
    });
    if (!accepted) {
        done(Error{Error::Kind::Throttled, QStringLiteral("Rate Exceeded."), {}});
        return;
    }
    Q_EMIT invocationStarted(request.function, requestId);
}

Backend::EnvironmentCounts Backend::environments(const QString &function) const
{
    if (!m_pool)
        return {};
    const auto c = m_pool->counts(function);
    return {c.idle, c.busy};
}

void Backend::setIdleTimeoutMs(int ms)
{
    if (m_pool)
        m_pool->setIdleTimeoutMs(ms);
}

void Backend::setMaxEnvironments(int n)
{
    if (m_pool)
        m_pool->setMaxEnvironments(n);
}

QList<InvocationRecord> Backend::recentInvocations(const QString &function, int limit) const
{
    QList<InvocationRecord> out;
    if (m_logStore)
        m_logStore->runBlocking([&](LogStore &store) { out = store.invocations(function, limit); });
    return out;
}

QList<LogRecord> Backend::requestLogs(const QString &requestId, int limit)
{
    QList<LogRecord> out;
    flushLogs();
    if (m_logStore)
        m_logStore->runBlocking([&](LogStore &store) { out = store.logsOfRequest(requestId, limit); });
    return out;
}

void Backend::onPoolLogs(const QString &function, const QString &version, const QString &stream,
                         const QList<LogLine> &lines)
{
    for (const LogLine &line : lines)
        m_pendingLogs.append(LogRecord{0, function, version, stream, line});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void Backend::addPlatformNote(const QString &function, const QString &requestId, const QString &text)
{
    LogLine line;
    line.timeMs = QDateTime::currentMSecsSinceEpoch();
    line.requestId = requestId;
    line.text = text;
    line.platform = true;
    m_pendingLogs.append(LogRecord{0, function, QStringLiteral("$LATEST"), {}, line});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void Backend::flushLogs()
{
    if (m_pendingLogs.isEmpty() && m_pendingInvocations.isEmpty())
        return;
    QList<LogRecord> logs = std::exchange(m_pendingLogs, {});
    QList<InvocationRecord> invocations = std::exchange(m_pendingInvocations, {});
    if (!logs.isEmpty())
        Q_EMIT logLines(logs);
    if (m_logStore)
        m_logStore->append(std::move(logs), std::move(invocations));
}

void Backend::seedDemo()
{
    struct Demo
    {
        const char *name;
        RuntimeFamily family;
        const char *blueprint;
        const char *description;
    };
    const Demo demos[] = {
        {"hello-python", RuntimeFamily::Python, "hello-world-python",
         "Demo: a Python hello world. Press Invoke (Ctrl+Enter)."},
        {"hello-node", RuntimeFamily::Node, "hello-world-nodejs",
         "Demo: a Node.js hello world. Press Invoke (Ctrl+Enter)."},
    };
    for (const Demo &d : demos) {
        const RuntimeInfo *runtime = m_runtimes.preferred(d.family);
        const Blueprint *b = catalogs::blueprint(QString::fromLatin1(d.blueprint));
        if (!runtime || !b)
            continue;
        FunctionConfig c;
        c.name = QString::fromLatin1(d.name);
        c.runtime = runtime->id;
        c.description = QString::fromLatin1(d.description);
        c.memorySize = b->memorySize;
        c.timeout = b->timeout;
        c.environment = b->environment;
        createFunction(c, CodeSource::blueprint(b->id));
    }
}

} // namespace lambdesk
