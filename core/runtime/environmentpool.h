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
    bool dispatch(const QString &key, const EnvironmentSpec &spec, runtimeapi::Event event,
                  ExecutionEnvironment::Callback done);

    // Environments of `function` stop taking work and shut down when free: idle ones now,
    // busy ones after their invocation. With a version, only that version's.
    // Returns how many this call retired, busy ones included.
    int retire(const QString &function, const QString &version = {});
    // Starts stopping every environment (SIGTERM to each process group, SIGKILL after
    // graceMs) and returns at once: allStopped() follows, from the event loop, once no
    // environment is left (also when there was none).
    void stopAll(int graceMs = 2000);

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

private:
    struct Entry
    {
        ExecutionEnvironment *env = nullptr;
        QString key;
        QTimer *idleTimer = nullptr;
    };
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
    int m_idleTimeoutMs = 10 * 60 * 1000;
    int m_maxEnvironments = 64;
    bool m_stopping = false; // stopAll() was called and allStopped() is still due
};

} // namespace lambdesk
