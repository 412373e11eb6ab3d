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
    Entry entry{env, key, new QTimer(env)};
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
    m_all.insert(env, entry);
    return env;
}

bool EnvironmentPool::dispatch(const QString &key, const EnvironmentSpec &spec, runtimeapi::Event event,
                               ExecutionEnvironment::Callback done)
{
    ExecutionEnvironment *env = nullptr;
    auto it = m_idle.find(key);
    while (it != m_idle.end() && !it->isEmpty() && !env) {
        ExecutionEnvironment *candidate = it->takeLast(); // the warmest: Lambda reuses recent ones first
        if (candidate->isIdle() && !candidate->isRetired())
            env = candidate;
    }
    if (it != m_idle.end() && it->isEmpty())
        m_idle.erase(it);
    if (env) {
        m_all[env].idleTimer->stop();
    } else {
        if (int(m_all.size()) >= m_maxEnvironments) {
            // At the limit: make room by stopping an idle environment of another kind, or refuse.
            ExecutionEnvironment *victim = nullptr;
            for (auto i = m_idle.begin(); i != m_idle.end() && !victim; ++i) {
                if (!i->isEmpty())
                    victim = i->takeFirst();
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
    it->idleTimer->start(m_idleTimeoutMs);
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
