#include "environmentpool.h"

namespace lambdesk {

EnvironmentPool::EnvironmentPool(ResourceControl *control, RuntimeApiServer *server, QObject *parent)
    : QObject(parent), m_control(control), m_server(server)
{}

EnvironmentPool::~EnvironmentPool()
{
    // No event loop to wait in: each environment's destructor kills its processes and reaps them.
    const QList<ExecutionEnvironment *> envs = m_all.keys();
    m_all.clear();
    m_idle.clear();
    qDeleteAll(envs);
}

ExecutionEnvironment *EnvironmentPool::create(const QString &key, const EnvironmentSpec &spec)
{
    auto *env = new ExecutionEnvironment(spec, m_control, m_server, this);
    Entry entry{env, key, new QTimer(env), {}, false};
    entry.idleTimer->setSingleShot(true);
    // Idle too long: out of the idle list first, so that no invocation is handed to it while it stops.
    connect(entry.idleTimer, &QTimer::timeout, this, [this, env] {
        forgetIdle(env);
        env->retire();
    });
    connect(env, &ExecutionEnvironment::becameIdle, this, [this, env] { onIdle(env); });
    connect(env, &ExecutionEnvironment::stopped, this, [this, env] { onStopped(env); });
    const QString function = spec.functionName, version = spec.version;
    connect(env, &ExecutionEnvironment::logLines, this, [this, env, function, version](const QList<LogLine> &lines) {
        Q_EMIT logLines(function, version, env->logStream(), lines);
    });
    if (spec.debug.enabled) {
        connect(env, &ExecutionEnvironment::debugStopped, this, &EnvironmentPool::debugStopped);
        connect(env, &ExecutionEnvironment::debugContinued, this, &EnvironmentPool::debugContinued);
        connect(env, &ExecutionEnvironment::debugOutput, this, &EnvironmentPool::debugOutput);
        connect(env, &ExecutionEnvironment::debugClientAttached, this, &EnvironmentPool::debugClientAttached);
        connect(env, &ExecutionEnvironment::debugWaiting, this, &EnvironmentPool::debugWaiting);
        connect(env, &ExecutionEnvironment::debugEnded, this, &EnvironmentPool::debugEnded);
    }
    m_all.insert(env, entry);
    return env;
}

bool EnvironmentPool::dispatch(const QString &key, const EnvironmentSpec &spec, runtimeapi::Event event,
                               ExecutionEnvironment::Callback done, const QString &provisionedId)
{
    ExecutionEnvironment *env = nullptr;
    auto it = m_idle.find(key);
    if (it != m_idle.end()) {
        // The provisioned environments of the qualifier invoked first: they are kept initialised
        // for it (and only for it: another qualifier of the same version starts on demand).
        for (qsizetype i = it->size() - 1; i >= 0 && !env && !provisionedId.isEmpty(); --i) {
            ExecutionEnvironment *candidate = it->at(i);
            const auto entry = m_all.constFind(candidate);
            if (entry != m_all.cend() && entry->provisionedId == provisionedId && candidate->isIdle()
                && !candidate->isRetired()) {
                env = candidate;
                it->removeAt(i);
            }
        }
        // Else the warmest on-demand one: Lambda reuses recent ones first.
        for (qsizetype i = it->size() - 1; i >= 0 && !env; --i) {
            ExecutionEnvironment *candidate = it->at(i);
            if (isProvisioned(candidate))
                continue;
            it->removeAt(i);
            if (candidate->isIdle() && !candidate->isRetired())
                env = candidate;
        }
        if (it->isEmpty())
            m_idle.erase(it);
    }
    if (env) {
        m_all[env].idleTimer->stop();
        if (spec.debug.enabled) // a warm debug environment: this invocation's breakpoints
            env->updateDebug(spec.debug);
        if (isProvisioned(env))
            Q_EMIT provisionedChanged(m_all[env].provisionedId); // one fewer available
    } else {
        if (int(m_all.size()) >= m_maxEnvironments) {
            // At the limit: make room by stopping an idle environment of another kind, or refuse.
            ExecutionEnvironment *victim = nullptr;
            for (auto i = m_idle.begin(); i != m_idle.end() && !victim; ++i) {
                for (qsizetype j = 0; j < i->size() && !victim; ++j) {
                    if (!isProvisioned(i->at(j))) // provisioned ones are kept
                        victim = i->takeAt(j);
                }
                if (i->isEmpty()) {
                    m_idle.erase(i);
                    break;
                }
            }
            if (!victim)
                return false;
            victim->retire();
        }
        env = create(key, spec);
    }
    env->invoke(std::move(event), std::move(done));
    Q_EMIT environmentsChanged(spec.functionName);
    return true;
}

void EnvironmentPool::onIdle(ExecutionEnvironment *env)
{
    auto it = m_all.find(env);
    if (it == m_all.end())
        return;
    if (env->isRetired()) {
        env->shutdown();
        return;
    }
    m_idle[it->key].append(env);
    if (!it->provisionedId.isEmpty()) {
        // Never reaped: it is kept initialised until its configuration goes.
        it->ready = true;
        Q_EMIT provisionedChanged(it->provisionedId);
    } else {
        it->idleTimer->start(m_idleTimeoutMs);
    }
    Q_EMIT environmentsChanged(env->spec().functionName);
}

void EnvironmentPool::forgetIdle(ExecutionEnvironment *env)
{
    const auto entry = m_all.constFind(env);
    if (entry == m_all.cend())
        return;
    auto it = m_idle.find(entry->key);
    if (it != m_idle.end()) {
        it->removeAll(env);
        if (it->isEmpty())
            m_idle.erase(it);
    }
}

void EnvironmentPool::onStopped(ExecutionEnvironment *env)
{
    forgetIdle(env);
    const Entry entry = m_all.take(env);
    if (!entry.env)
        return;
    const QString function = env->spec().functionName;
    env->deleteLater();
    if (!entry.provisionedId.isEmpty()) {
        auto set = m_provisioned.find(entry.provisionedId);
        if (set != m_provisioned.end() && !m_stopping) {
            if (!entry.ready) {
                // Its init failed: the configuration says so; nothing is started again in a loop.
                set->failure = env->initFailure().isEmpty() ? QStringLiteral("The environment stopped during its init")
                                                            : env->initFailure();
            } else if (provisionedEnvironments(entry.provisionedId).size() < set->requested) {
                // Ended after its init (a crash, a timeout, a memory kill): another takes its place.
                startProvisioned(entry.provisionedId);
            }
        }
        Q_EMIT provisionedChanged(entry.provisionedId);
    }
    Q_EMIT environmentsChanged(function);
    notifyIfAllStopped();
}

int EnvironmentPool::retire(const QString &function, const QString &version)
{
    int retired = 0;
    const QList<ExecutionEnvironment *> envs = m_all.keys();
    for (ExecutionEnvironment *env : envs) {
        if (env->spec().functionName != function || (!version.isEmpty() && env->spec().version != version))
            continue;
        // A published version's code and configuration never change: its provisioned
        // environments stay unless the version itself goes (unprovision() ends them).
        if (version.isEmpty() && isProvisioned(env))
            continue;
        forgetIdle(env);
        const bool counts = !env->isRetired() && env->state() != ExecutionEnvironment::State::Stopping
            && env->state() != ExecutionEnvironment::State::Stopped;
        env->retire();
        retired += counts ? 1 : 0;
    }
    return retired;
}

void EnvironmentPool::stopAll(int graceMs)
{
    m_stopping = true;
    m_idle.clear();
    const QList<ExecutionEnvironment *> envs = m_all.keys();
    for (ExecutionEnvironment *env : envs)
        env->shutdown(graceMs); // one that never started stops at once (onStopped)
    notifyIfAllStopped();
}

void EnvironmentPool::notifyIfAllStopped()
{
    if (!m_stopping || !m_all.isEmpty())
        return;
    m_stopping = false;
    // Queued: a caller of stopAll() hears of it from the event loop, never from inside the call.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT allStopped(); }, Qt::QueuedConnection);
}

bool EnvironmentPool::isProvisioned(ExecutionEnvironment *env) const
{
    const auto it = m_all.constFind(env);
    return it != m_all.cend() && !it->provisionedId.isEmpty();
}

QList<ExecutionEnvironment *> EnvironmentPool::provisionedEnvironments(const QString &id) const
{
    QList<ExecutionEnvironment *> out;
    for (auto it = m_all.cbegin(); it != m_all.cend(); ++it) {
        if (it->provisionedId == id && !it.key()->isRetired()
            && it.key()->state() != ExecutionEnvironment::State::Stopping
            && it.key()->state() != ExecutionEnvironment::State::Stopped)
            out.append(it.key());
    }
    return out;
}

void EnvironmentPool::startProvisioned(const QString &id)
{
    const ProvisionedSet &set = m_provisioned[id];
    ExecutionEnvironment *env = create(set.key, set.spec);
    m_all[env].provisionedId = id;
    Q_EMIT environmentsChanged(set.spec.functionName);
    env->initialize(); // on failure stopped() came already: the configuration says FAILED
}

void EnvironmentPool::provision(const QString &id, const QString &key, EnvironmentSpec spec, int count)
{
    if (m_stopping)
        return;
    auto existing = m_provisioned.constFind(id);
    if (existing != m_provisioned.cend() && existing->key != key)
        unprovision(id);
    spec.provisioned = true;
    ProvisionedSet &set = m_provisioned[id];
    set.key = key;
    set.spec = spec;
    set.requested = count;
    set.failure.clear();
    QList<ExecutionEnvironment *> envs = provisionedEnvironments(id);
    // Fewer: those still starting go first, then idle ones, then busy ones (after their invocation).
    std::stable_sort(envs.begin(), envs.end(), [this](ExecutionEnvironment *a, ExecutionEnvironment *b) {
        const auto rank = [this](ExecutionEnvironment *e) { return !m_all[e].ready ? 0 : e->isIdle() ? 1 : 2; };
        return rank(a) < rank(b);
    });
    for (qsizetype i = 0; i < envs.size() - count; ++i) {
        m_all[envs[i]].provisionedId.clear();
        forgetIdle(envs[i]);
        envs[i]->retire();
    }
    for (qsizetype n = envs.size(); n < count; ++n)
        startProvisioned(id);
    Q_EMIT provisionedChanged(id);
}

void EnvironmentPool::unprovision(const QString &id)
{
    if (!m_provisioned.remove(id))
        return;
    const QList<ExecutionEnvironment *> envs = m_all.keys();
    for (ExecutionEnvironment *env : envs) {
        auto it = m_all.find(env);
        if (it == m_all.end() || it->provisionedId != id)
            continue;
        it->provisionedId.clear();
        forgetIdle(env);
        env->retire(); // may stop (and leave m_all) at once
    }
    Q_EMIT provisionedChanged(id);
}

EnvironmentPool::Provisioned EnvironmentPool::provisioned(const QString &id) const
{
    Provisioned p;
    const auto set = m_provisioned.constFind(id);
    if (set == m_provisioned.cend())
        return p;
    p.known = true;
    p.requested = set->requested;
    p.failure = set->failure;
    for (auto it = m_all.cbegin(); it != m_all.cend(); ++it) {
        if (it->provisionedId != id || !it->ready || it.key()->isRetired())
            continue;
        const auto state = it.key()->state();
        if (state == ExecutionEnvironment::State::Stopping || state == ExecutionEnvironment::State::Stopped)
            continue;
        ++p.allocated;
        if (state == ExecutionEnvironment::State::Idle)
            ++p.available;
    }
    return p;
}

void EnvironmentPool::retireIdle(const QString &key)
{
    const QList<ExecutionEnvironment *> idle = m_idle.take(key);
    for (ExecutionEnvironment *env : idle)
        env->retire();
}

QList<ExecutionEnvironment *> EnvironmentPool::debugEnvironments() const
{
    QList<ExecutionEnvironment *> out;
    for (auto it = m_all.cbegin(); it != m_all.cend(); ++it) {
        ExecutionEnvironment *env = it.key();
        if (env->spec().debug.enabled && env->state() != ExecutionEnvironment::State::Stopped)
            out.append(env);
    }
    return out;
}

ExecutionEnvironment *EnvironmentPool::debugEnvironment(const QString &sessionId) const
{
    if (sessionId.isEmpty())
        return nullptr;
    for (auto it = m_all.cbegin(); it != m_all.cend(); ++it) {
        const ExecutionEnvironment *env = it.key();
        const bool running = env->state() == ExecutionEnvironment::State::Busy
                          || env->state() == ExecutionEnvironment::State::Starting;
        // debugSessionId() stays the last one's when idle (its late output is still its own).
        if (env->spec().debug.enabled && running && env->debugSessionId() == sessionId)
            return it.key();
    }
    return nullptr;
}

EnvironmentPool::Counts EnvironmentPool::counts(const QString &function) const
{
    Counts c;
    for (auto it = m_all.cbegin(); it != m_all.cend(); ++it) {
        const ExecutionEnvironment *env = it.key();
        if (env->spec().functionName != function)
            continue;
        if (env->state() == ExecutionEnvironment::State::Idle)
            ++c.idle;
        else if (env->state() == ExecutionEnvironment::State::Busy
                 || env->state() == ExecutionEnvironment::State::Starting)
            ++c.busy;
    }
    return c;
}

EnvironmentPool::Counts EnvironmentPool::totals() const
{
    Counts c;
    for (auto it = m_all.cbegin(); it != m_all.cend(); ++it) {
        if (it.key()->state() == ExecutionEnvironment::State::Idle)
            ++c.idle;
        else if (it.key()->state() == ExecutionEnvironment::State::Busy
                 || it.key()->state() == ExecutionEnvironment::State::Starting)
            ++c.busy;
    }
    return c;
}

} // namespace lambdesk
