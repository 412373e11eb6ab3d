#pragma once

#include "executionenvironment.h"

#include <QHash>
#include <QObject>

namespace lambdesk {

// The warm environments of every function: reuse an idle one of the same function, version
// and settings, else start one (a cold start). Idle ones are reaped after a while; retired
// ones (code or configuration changed) stop as soon as they are free.
class EnvironmentPool : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        int idle = 0;
        int busy = 0; // starting or invoking
    };

    EnvironmentPool(ResourceControl *control, RuntimeApiServer *server, QObject *parent = nullptr);
    ~EnvironmentPool() override;

    // `key` identifies interchangeable environments (function, version and settings).
    // Returns false (and calls nothing) when the concurrency limit is reached.
    // `provisionedId`: the function and qualifier invoked (see provision()), whose provisioned
    // environments are used first.
    bool dispatch(const QString &key, const EnvironmentSpec &spec, runtimeapi::Event event,
                  ExecutionEnvironment::Callback done, const QString &provisionedId = {});

    // Environments of `function` stop taking work and shut down when free: idle ones now,
    // busy ones after their invocation. With a version, only that version's.
    // Returns how many this call retired, busy ones included.
    int retire(const QString &function, const QString &version = {});
    // Starts stopping every environment (SIGTERM to each process group, SIGKILL after
    // graceMs) and returns at once: allStopped() follows, from the event loop, once no
    // environment is left (also when there was none).
    void stopAll(int graceMs = 2000);

    // ---- provisioned concurrency ----
    // Keeps `count` environments of `spec` initialised ahead of time under `key` (the key of
    // the version's on-demand environments) for `id` (function + '\n' + qualifier). They are
    // never reaped when idle and take the invocations of that qualifier first; one
    // that stops after its init is replaced. A second call for the same id adjusts the count
    // (a new key: the old environments retire and new ones start).
    void provision(const QString &id, const QString &key, EnvironmentSpec spec, int count);
    // Their environments retire (busy ones after their invocation).
    void unprovision(const QString &id);
    struct Provisioned
    {
        int requested = 0;
        int allocated = 0; // initialised and kept
        int available = 0; // of those, idle now
        QString failure;   // an init failed: why (the others are kept)
        bool known = false;
    };
    Provisioned provisioned(const QString &id) const;

    // ---- debugging ----
    // The idle environments of `key` retire now (a debug invocation asked for a fresh one).
    void retireIdle(const QString &key);
    // The debug environments (EnvironmentSpec::debug) still running; the one running `sessionId`.
    QList<ExecutionEnvironment *> debugEnvironments() const;
    ExecutionEnvironment *debugEnvironment(const QString &sessionId) const;

    Counts counts(const QString &function) const;
    Counts totals() const;
    int size() const { return int(m_all.size()); }
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }
    int idleTimeoutMs() const { return m_idleTimeoutMs; }
    void setMaxEnvironments(int n) { m_maxEnvironments = n; }
    int maxEnvironments() const { return m_maxEnvironments; }

Q_SIGNALS:
    // Counts of a function's environments changed (started, busy, idle, stopped).
    void environmentsChanged(const QString &function);
    // Every line of every environment, with where it came from.
    void logLines(const QString &function, const QString &version, const QString &logStream,
                  const QList<lambdesk::LogLine> &lines);
    // After stopAll(): every environment has stopped.
    void allStopped();
    // The allocation of provisioned concurrency `id` changed (an environment is ready, failed or stopped).
    void provisionedChanged(const QString &id);
    // A debug environment's session (see ExecutionEnvironment's signals of the same names).
    void debugStopped(const lambdesk::debug::Stop &stop);
    void debugContinued(const QString &sessionId);
    void debugOutput(const QString &sessionId, const QString &category, const QString &text);
    void debugClientAttached(const QString &sessionId);
    void debugWaiting(const QString &sessionId, quint16 port);
    void debugEnded(const QString &sessionId, const QString &message);

private:
    struct Entry
    {
        ExecutionEnvironment *env = nullptr;
        QString key;
        QTimer *idleTimer = nullptr;
        QString provisionedId; // kept for provisioned concurrency (empty: on-demand)
        bool ready = false;    // its init is done
    };
    struct ProvisionedSet
    {
        QString key;
        EnvironmentSpec spec;
        int requested = 0;
        QString failure;
    };
    // Starts one provisioned environment of `id`.
    void startProvisioned(const QString &id);
    // Its environments, not retired.
    QList<ExecutionEnvironment *> provisionedEnvironments(const QString &id) const;
    bool isProvisioned(ExecutionEnvironment *env) const;
    // Takes env out of the idle lists (it stops, or is about to).
    void forgetIdle(ExecutionEnvironment *env);
    void onIdle(ExecutionEnvironment *env);
    void onStopped(ExecutionEnvironment *env);
    ExecutionEnvironment *create(const QString &key, const EnvironmentSpec &spec);
    void notifyIfAllStopped();

    ResourceControl *m_control;
    RuntimeApiServer *m_server;
    QHash<ExecutionEnvironment *, Entry> m_all;
    QHash<QString, QList<ExecutionEnvironment *>> m_idle; // key -> idle, most recently used last
    QHash<QString, ProvisionedSet> m_provisioned; // id -> what is kept
    int m_idleTimeoutMs = 10 * 60 * 1000;
    int m_maxEnvironments = 64;
    bool m_stopping = false; // stopAll() was called and allStopped() is still due
};

} // namespace lambdesk
