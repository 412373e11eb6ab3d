#include "backend.h"
#include "demoworkspace.h"
#include "runtime/sandbox.h"

#include "api/functionref.h"
#include "invoke/asyncqueue.h"
#include "io/ziparchive.h"
#include "model/jsoncheck.h"
#include "model/validation.h"
#include "runtime/environmentpool.h"
#include "runtime/resourcelimits.h"
#include "runtime/runtimeapiserver.h"
#include "runtime/runtimesdk.h"
#include "store/catalogs.h"
#include "store/codefiles.h"
#include "store/codetree.h"
#include "store/logstorethread.h"
#include "store/workspace.h"
#include "triggers/scheduler.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace lambdesk {

namespace {

constexpr int kShutdownGraceMs = 2000; // SIGTERM, then SIGKILL: as Lambda ends an environment

// What AWS answers an invocation of a function in state Failed, and why it is in that state.
Error failedState(const FunctionConfig &broken)
{
    return Error::conflict(QStringLiteral("The operation cannot be performed at this time. The function is currently "
                                          "in the following state: Failed. %1")
                               .arg(broken.brokenReason));
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

Backend::Backend(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_detection(new RuntimeDetection(
          m_options.runtimeCache.isEmpty() ? RuntimeDetection::defaultCacheFile() : m_options.runtimeCache, this)),
      m_invoker(new Invoker([this](const QString &name, const QString &qualifier,
                                   Error *error) { return resolve(name, qualifier, error); },
                            m_detection, this))
{
    qRegisterMetaType<InvocationResult>();
    qRegisterMetaType<InvocationStart>();
    qRegisterMetaType<LogLine>();
    qRegisterMetaType<LogRecord>();
    qRegisterMetaType<FunctionConfig>();
    qRegisterMetaType<QList<LogRecord>>();
    qRegisterMetaType<QList<LogLine>>();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &Backend::flushLogs);
    m_invoker->setRegion(m_options.region);
    m_invoker->setAccepting(false); // until start()
    connect(m_invoker, &Invoker::started, this, &Backend::invocationStarted);
    connect(m_invoker, &Invoker::finished, this, &Backend::record);
    connect(m_invoker, &Invoker::finished, this, &Backend::invocationFinished);
    connect(&m_invoker->queue(), &AsyncQueue::note, this, &Backend::addPlatformNote);
    connect(m_invoker, &Invoker::note, this, &Backend::addPlatformNote);
    connect(&m_invoker->queue(), &AsyncQueue::received, this,
            [this](const QString &function, const QString &qualifier) { recordAsync(function, qualifier, false); });
    connect(&m_invoker->queue(), &AsyncQueue::dropped, this,
            [this](const QString &function, const QString &qualifier) { recordAsync(function, qualifier, true); });
    connect(m_detection, &RuntimeDetection::detected, this, &Backend::runtimesDetected);
    connectAsyncDestinations();
    initDebugger();
}

Backend::~Backend()
{
    // Package work still running is cut short; its answer is never delivered.
    m_cancelWork->store(true);
    m_workers.waitForDone();
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
    m_control = ResourceControl::detect();
    m_runtimeDir = m_workspace->stateDir() + QStringLiteral("/runtime");
    if (!extractRuntimeFiles(m_runtimeDir))
        return Error::internal(QStringLiteral("Cannot write the runtime bootstraps into %1").arg(m_runtimeDir));
    m_scratchRoot = m_workspace->stateDir() + QStringLiteral("/environments");
    ResourceControl::endRecorded(m_scratchRoot); // what a run killed before it could stop left running
    QDir(m_scratchRoot).removeRecursively();     // scratch space of environments that are gone
    QDir().mkpath(m_scratchRoot);

    m_runtimeApi = new RuntimeApiServer(this);
    m_pool = new EnvironmentPool(m_control.get(), m_runtimeApi, this);
    connect(m_pool, &EnvironmentPool::logLines, this, &Backend::onPoolLogs);
    connect(m_pool, &EnvironmentPool::environmentsChanged, this, [this](const QString &function) {
        const auto c = m_pool->counts(function);
        Q_EMIT environmentsChanged(function, c.idle, c.busy);
    });
    m_invoker->setPool(m_pool);
    connectDebugPool();
    m_invoker->setPaths({m_runtimeDir, m_scratchRoot, runtimesdk::preparePythonSdk(m_runtimeDir).dir,
                         runtimesdk::findNodeSdk().nodeModulesDir});
    // The merged /opt folder of a function's layers (built once, shared; backendlayers.cpp).
    m_invoker->setLayerResolver([this](const QStringList &layers) {
        const auto dir = layersFolder(layers);
        return dir ? dir.value() : QString();
    });
    connect(m_pool, &EnvironmentPool::provisionedChanged, this, [this](const QString &id) {
        const qsizetype cut = id.indexOf(u'\n');
        Q_EMIT provisionedConcurrencyChanged(id.left(cut), id.mid(cut + 1));
    });

    AsyncQueue &queue = m_invoker->queue();
    if (m_options.persistLogs) {
        m_logStore = std::make_unique<LogStoreThread>(m_workspace->databasePath());
        QString error;
        if (!m_logStore->open(&error))
            return Error::internal(error);
        // History is kept, within bounds: the newest 200,000 log lines and 50,000 invocations.
        m_logStore->runBlocking([this](LogStore &store) {
            store.prune(200000, 50000);
            m_earlierLogsEnd = store.lastLogId();
        });
        // Event invocations are journaled there, so those still waiting survive a stop.
        LogStoreThread *journal = m_logStore.get();
        // Written through, never queued behind log batches: a 202 means the event is on disk.
        queue.setJournal({[journal](const AsyncQueue::Snapshot &e) { return journal->saveAsyncEvent(e); },
                          [journal](const QString &id) { journal->removeAsyncEvent(id); }});
    }
    if (auto e = ConcurrencyLimits::checkAccountLimit(m_options.concurrencyLimit)) {
        qWarning("%s; using %d", qPrintable(e->message), ConcurrencyLimits::kDefaultAccountLimit);
        m_options.concurrencyLimit = ConcurrencyLimits::kDefaultAccountLimit;
    }
    m_invoker->limits().setAccountLimit(m_options.concurrencyLimit);
    for (const QString &name : m_workspace->functionNames()) {
        auto config = m_workspace->readFunction(name);
        if (!config)
            continue; // gone since it was listed
        loadConcurrency(name);
        loadFunctionUrls(name);
        if (config->isBroken()) {
            // Listed with its reason (console, API); said here too for `lambdesk serve`.
            qWarning("Function %s cannot run: %s", qPrintable(name), qPrintable(config->brokenReason));
            m_broken.insert(name, config.value());
        } else {
            // A workspace from before deployment packages: its code gets Lambdesk's zip.
            auto packaged = ensurePackage(config.value());
            if (!packaged)
                qWarning("Function %s has no deployment package and none could be made: %s", qPrintable(name),
                         qPrintable(packaged.error().message));
            m_functions.insert(name,
                               InvokeTarget{packaged ? packaged.value() : config.value(), m_workspace->codeDir(name),
                                            m_nextGeneration++});
            loadVersions(name);
            loadAliases(name);
            loadProvisioned(name);
            loadEventInvokeConfigs(name);
        }
    }
    if (const ConcurrencyLimits &l = m_invoker->limits();
        l.accountLimit() - l.totalReserved() < l.minimumUnreserved(l.accountLimit()))
        qWarning("The functions reserve %d of the account concurrency limit %d, leaving %d unreserved (the minimum is "
                 "%d): functions without a reservation may be throttled; raise backend/concurrencyLimit or lower "
                 "the reservations",
                 l.totalReserved(), l.accountLimit(), l.unreservedConcurrency(), l.minimumUnreserved(l.accountLimit()));
    pruneLayerFolders(); // merged /opt folders of functions deleted meanwhile
    if (auto s = openQueues(); !s)
        return s;
    m_started = true;
    m_invoker->setAccepting(true);
    if (m_options.seedDemo && m_workspace->wasCreated()) {
        // The demo functions take the newest installed runtimes: made now when the cache knows
        // them, else once detected (the console shows the workspace meanwhile).
        if (m_detection->isKnown())
            seedDemo();
        else
            connect(m_detection, &RuntimeDetection::detected, this, &Backend::seedDemo, Qt::SingleShotConnection);
    }
    if (m_logStore) {
        queue.restore(m_logStore->asyncEvents());
    }
    if (m_options.startProvisioned && !m_provisioned.isEmpty()) {
        // Provisioned environments start again (IN_PROGRESS -> READY), once the runtimes are known.
        const auto startAll = [this] {
            for (auto f = m_provisioned.cbegin(); f != m_provisioned.cend(); ++f)
                for (const QString &qualifier : f.value().keys())
                    startProvisioned(f.key(), qualifier);
        };
        if (m_detection->isKnown())
            startAll();
        else {
            connect(m_detection, &RuntimeDetection::detected, this, startAll, Qt::SingleShotConnection);
            m_detection->detectInBackground(false);
        }
    }
    loadSchedules();
    return Ok{};
}

void Backend::shutdown()
{
    if (!m_started || m_shuttingDown)
        return;
    m_shuttingDown = true;
    // Nothing new starts from here: callers are refused, the API servers stop listening.
    m_invoker->setAccepting(false);
    if (m_mappings)
        m_mappings->stop(); // batches cut short return to their queue after the visibility timeout
    if (m_scheduler)
        m_scheduler->stop();
    Q_EMIT shuttingDown();
    m_invoker->queue().stop(); // before the pool: attempts cut short now are not failures, they run again
    connect(m_pool, &EnvironmentPool::allStopped, this, &Backend::finishShutdown, Qt::SingleShotConnection);
    m_pool->stopAll(kShutdownGraceMs);
}

void Backend::finishShutdown()
{
    closeStores();
    m_started = false;
    Q_EMIT stopped();
}

void Backend::stop()
{
    if (!m_started)
        return;
    m_invoker->setAccepting(false);
    if (m_scheduler)
        m_scheduler->stop();
    m_invoker->setPool(nullptr);
    m_invoker->queue().stop();
    // Deleting the pool kills and reaps every process now, without an event loop.
    delete m_pool;
    m_pool = nullptr;
    closeStores();
    m_started = false;
}

void Backend::closeStores()
{
    closeQueues();
    m_invoker->queue().setJournal({});
    flushLogs();
    m_logStore.reset();
}

void Backend::detectRuntimes(bool refresh)
{
    m_detection->detectInBackground(refresh);
}

QString Backend::limitsDescription() const
{
    return m_control ? m_control->describe() : QString();
}

QString Backend::sandboxDescription() const
{
    return sandbox::describe();
}

Status Backend::setRegion(const QString &region)
{
    if (auto e = validation::region(region))
        return *e;
    if (region == m_options.region)
        return Ok{};
    m_options.region = region;
    m_invoker->setRegion(region);
    if (m_queueStore)
        m_queueStore->setRegion(region);
    if (m_mappings)
        m_mappings->setRegion(region);
    for (auto it = m_functions.cbegin(); it != m_functions.cend(); ++it)
        retire(it.key(), QStringLiteral("the region changed to %1").arg(region));
    // Provisioned environments too: new ones start with the new region.
    for (auto f = m_provisioned.cbegin(); f != m_provisioned.cend(); ++f) {
        for (const QString &qualifier : f.value().keys()) {
            if (m_pool)
                m_pool->unprovision(f.key() + u'\n' + qualifier);
            startProvisioned(f.key(), qualifier);
        }
    }
    return Ok{};
}

QString Backend::workspaceRoot() const
{
    return m_workspace ? m_workspace->root() : QString();
}

QString Backend::functionArn(const QString &name) const
{
    return m_invoker->functionArn(name);
}

QString Backend::codeDir(const QString &name) const
{
    return m_workspace ? m_workspace->codeDir(name) : QString();
}

Error Backend::notFound(const QString &name) const
{
    return Error::notFound(QStringLiteral("Function not found: %1").arg(functionArn(name)));
}

std::optional<Error> Backend::checkChangeable(const QString &name) const
{
    if (const auto it = m_broken.constFind(name); it != m_broken.cend())
        return Error::conflict(QStringLiteral("The code of %1 cannot change while its configuration is broken (%2). %3")
                                   .arg(name, it->brokenReason, repairHint()));
    if (!m_functions.contains(name))
        return notFound(name);
    return std::nullopt;
}

QString Backend::repairHint()
{
    return QStringLiteral("Repair it with UpdateFunctionConfiguration and valid values (or edit its function.json and "
                          "reload it), or delete it with DeleteFunction");
}

Error Backend::runtimeMissing(const QString &runtime) const
{
    return Error::invalid(QStringLiteral("Runtime"),
                          QStringLiteral("Runtime %1 is not installed on this machine; installed runtimes: %2")
                              .arg(runtime, runtimes().ids().join(QStringLiteral(", "))));
}

QList<Error> Backend::validate(const FunctionConfig &config) const
{
    QList<Error> errors = validation::config(config);
    if (!validation::runtimeId(config.runtime) && !m_detection->find(config.runtime))
        errors.append(runtimeMissing(config.runtime));
    // Its form is a rule of validation::config; here whether the target exists.
    if (!config.deadLetterTarget.isEmpty() && !validation::deadLetterTarget(config.deadLetterTarget))
        if (auto e = checkDestination(QStringLiteral("DeadLetterConfig.TargetArn"), config.deadLetterTarget, config.name))
            errors.append(*e);
    return errors;
}

QList<FunctionConfig> Backend::listFunctions() const
{
    QList<FunctionConfig> out;
    out.reserve(m_functions.size() + m_broken.size());
    for (const InvokeTarget &s : m_functions)
        out.append(s.config);
    for (const FunctionConfig &broken : m_broken)
        out.append(broken);
    std::sort(out.begin(), out.end(), [](const FunctionConfig &a, const FunctionConfig &b) { return a.name < b.name; });
    return out;
}

Result<FunctionConfig> Backend::getFunction(const QString &name) const
{
    if (const auto it = m_functions.constFind(name); it != m_functions.cend())
        return it->config;
    if (const auto it = m_broken.constFind(name); it != m_broken.cend())
        return *it;
    return notFound(name);
}

int Backend::retire(const QString &function, const QString &why)
{
    const int retired = m_pool ? m_pool->retire(function) : 0;
    if (retired > 0)
        Q_EMIT environmentsRetired(function, why);
    return retired;
}

Result<FunctionUpdate> Backend::storeUpdated(FunctionConfig config, const QString &why, bool written)
{
    auto it = m_functions.find(config.name);
    if (it == m_functions.end())
        return notFound(config.name);
    FunctionUpdate update;
    update.changed = !(it->config == config);
    const bool stale = !it->config.sameExecutionSettings(config);
    if (!written) {
        if (auto s = m_workspace->writeConfig(config); !s)
            return s.error();
    }
    it->config = config;
    if (stale) {
        it->generation = m_nextGeneration++;
        update.environmentsRetired = retire(config.name, why);
    }
    update.config = config;
    Q_EMIT functionUpdated(config);
    return update;
}

Result<FunctionUpdate> Backend::updateConfiguration(FunctionConfig config)
{
    const auto current = getFunction(config.name);
    if (!current)
        return current.error();
    config.brokenReason.clear(); // the values are checked afresh
    if (const QList<Error> errors = validate(config); !errors.isEmpty())
        return errors.first();
    config.lastModified = awsTimestampNow();
    if (current->isBroken()) {
        // The repair: the code's hash comes from the code itself, not from a file that may be
        // unreadable; then a valid function.json is written and the function can run.
        auto package = packageOf(m_workspace->codeDir(config.name));
        if (!package)
            return package.error();
        if (auto s = packages::store(m_workspace->functionDir(config.name), package.value()); !s)
            return s.error();
        config.codeSha256 = package->digest.sha256Base64;
        config.codeSize = package->digest.size;
        if (auto e = checkLayers(config, current->layers))
            return *e;
        if (auto s = m_workspace->writeConfig(config); !s)
            return s.error();
        m_broken.remove(config.name);
        m_functions.insert(config.name, InvokeTarget{config, m_workspace->codeDir(config.name), m_nextGeneration++});
        Q_EMIT functionUpdated(config);
        return FunctionUpdate{config, true, 0, {}};
    }
    config.codeSha256 = current->codeSha256;
    config.codeSize = current->codeSize;
    if (auto e = checkLayers(config, current->layers))
        return *e;
    auto updated = storeUpdated(config, QStringLiteral("configuration changed"));
    if (updated && current->layers != config.layers)
        pruneLayerFolders();
    return updated;
}

Result<FunctionConfig> Backend::reloadFunction(const QString &name)
{
    const bool known = m_functions.contains(name) || m_broken.contains(name);
    const auto loaded = m_workspace->readFunction(name);
    if (!loaded) {
        if (known) { // its folder or its function.json went away
            retire(name, QStringLiteral("its function.json is gone"));
            m_functions.remove(name);
            m_broken.remove(name);
            Q_EMIT functionDeleted(name);
            Q_EMIT functionsChanged();
        }
        return loaded.error();
    }
    FunctionConfig config = loaded.value();
    if (!config.isBroken()) {
        // A CodeSha256 edited by hand names no package: the code's own becomes its identity.
        if (auto packaged = ensurePackage(config))
            config = packaged.value();
    }
    if (config.isBroken()) {
        if (m_functions.remove(name))
            retire(name, QStringLiteral("its function.json is broken"));
        m_broken.insert(name, config);
    } else {
        m_broken.remove(name);
        auto it = m_functions.find(name);
        if (it == m_functions.end()) {
            m_functions.insert(name, InvokeTarget{config, m_workspace->codeDir(name), m_nextGeneration++});
        } else if (!it->config.sameExecutionSettings(config)) {
            it->config = config;
            it->generation = m_nextGeneration++;
            retire(name, QStringLiteral("function.json changed"));
        } else {
            it->config = config;
        }
    }
    if (!known)
        loadConcurrency(name); // a function folder that appeared: its reservation comes with it
    Q_EMIT functionUpdated(config);
    if (!known)
        Q_EMIT functionsChanged();
    return config;
}

Status Backend::deleteFunction(const QString &name)
{
    if (!m_functions.contains(name) && !m_broken.contains(name))
        return notFound(name);
    for (const QString &qualifier : m_provisioned.value(name).keys()) {
        if (m_pool)
            m_pool->unprovision(name + u'\n' + qualifier);
    }
    if (m_pool)
        m_pool->retire(name);
    if (auto s = m_workspace->deleteFunction(name); !s)
        return s;
    m_provisioned.remove(name);
    m_functions.remove(name);
    m_broken.remove(name);
    m_versions.remove(name);
    m_versionErrors.remove(name);
    m_aliases.remove(name);
    m_invoker->limits().setReserved(name, std::nullopt);
    m_eventInvokeConfigs.remove(name);
    dropFunctionUrls(name); // function-urls.json went with the folder
    pruneLayerFolders();
    m_invoker->queue().discardFunction(name, QStringLiteral("the function was deleted"));
    Q_EMIT functionDeleted(name);
    Q_EMIT functionsChanged();
    return Ok{};
}

void Backend::invoke(InvokeRequest request, InvokeCallback done)
{
    // Every name form AWS takes: NAME, NAME:QUALIFIER, the partial and the full ARN.
    if (request.function.contains(u':')) {
        auto ref = api::parseFunctionRef(request.function);
        if (ref)
            ref = api::withQualifier(ref.value(), request.qualifier);
        if (!ref) {
            done(Error::invalid(QStringLiteral("FunctionName"), ref.error().message));
            return;
        }
        request.function = ref->name;
        request.qualifier = ref->qualifier;
    }
    // Refused before the invoker: a function that cannot run is not an invocation to announce.
    if (const auto it = m_broken.constFind(request.function); it != m_broken.cend()) {
        done(failedState(*it));
        return;
    }
    m_invoker->invoke(std::move(request), std::move(done));
}

void Backend::record(const InvocationResult &result)
{
    if (!m_logStore)
        return;
    m_pendingInvocations.append(InvocationRecord::fromResult(result));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
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

QList<LogRecord> Backend::earlierLogs(int limit) const
{
    QList<LogRecord> out;
    if (m_logStore)
        m_logStore->runBlocking([&](LogStore &store) { out = store.logsUpTo(m_earlierLogsEnd, limit); });
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
    demo::seed(*this); // core/demoworkspace.cpp: the demo functions, and their reset
}

QString Backend::refreshNodeSdk()
{
    Invoker::Paths paths = m_invoker->paths();
    paths.nodeModulesDir = runtimesdk::findNodeSdk().nodeModulesDir;
    m_invoker->setPaths(paths);
    return paths.nodeModulesDir;
}

} // namespace lambdesk
