#include "environmentpool.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace lambdesk {

EnvironmentPool::EnvironmentPool(ResourceControl *control, RuntimeApiServer *server, QObject *parent)
    : QObject(parent), m_control(control), m_server(server)
{}

EnvironmentPool::~EnvironmentPool()
{
    shutdownAll(500);
}

ExecutionEnvironment *EnvironmentPool::create(const QString &key, const EnvironmentSpec &spec)
{
    auto *env = new ExecutionEnvironment(spec, m_control, m_server, this);
    Entry entry{env, key, new QTimer(env)};
    entry.idleTimer->setSingleShot(true);
    connect(entry.idleTimer, &QTimer::timeout, env, [this, env] {
        // Out of the idle list before it stops: dispatch() must never hand an event to an
        // environment that is shutting down (the event would fail with "signal: terminated").
        auto it = m_idle.find(m_all.value(env).key);
        if (it != m_idle.end()) {
            it->removeAll(env);
            if (it->isEmpty())
                m_idle.erase(it);
        }
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
    if (it != m_idle.end() && !it->isEmpty()) {
        env = it->takeLast(); // the warmest: Lambda reuses recently used environments first
        if (it->isEmpty())
            m_idle.erase(it);
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

void EnvironmentPool::onStopped(ExecutionEnvironment *env)
{
    const Entry entry = m_all.take(env);
    if (!entry.env)
        return;
    auto it = m_idle.find(entry.key);
    if (it != m_idle.end()) {
        it->removeAll(env);
        if (it->isEmpty())
            m_idle.erase(it);
    }
    const QString function = env->spec().functionName;
    env->deleteLater();
    Q_EMIT environmentsChanged(function);
}

void EnvironmentPool::retire(const QString &function, const QString &version)
{
    const QList<ExecutionEnvironment *> envs = m_all.keys();
    for (ExecutionEnvironment *env : envs) {
        if (env->spec().functionName != function || (!version.isEmpty() && env->spec().version != version))
            continue;
        const QString key = m_all.value(env).key;
        auto it = m_idle.find(key);
        if (it != m_idle.end()) {
            it->removeAll(env);
            if (it->isEmpty())
                m_idle.erase(it);
        }
        env->retire();
    }
}

void EnvironmentPool::shutdownAll(int graceMs)
{
    m_idle.clear();
    const QList<ExecutionEnvironment *> envs = m_all.keys();
    for (ExecutionEnvironment *env : envs)
        env->shutdown(graceMs);
    // Let the processes end and report; nothing may outlive us.
    QDeadlineTimer deadline(graceMs + 1000);
    while (!m_all.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const QList<ExecutionEnvironment *> left = m_all.keys();
    m_all.clear();
    for (ExecutionEnvironment *env : left)
        delete env; // kills and reaps what is left
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
