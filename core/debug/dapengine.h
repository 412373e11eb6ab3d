#pragma once

#include "debugengine.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

#include <functional>

class QTcpSocket;
class QTimer;

namespace lambdesk::debug {

class DapProxy;

// The Python engine: a Debug Adapter Protocol client over TCP to debugpy in the runtime
// (debugpy.listen with the in-process adapter; see resources/runtimes/python/bootstrap.py).
// With Setup::externalPort it drives nothing: a DapProxy forwards an outside IDE's session to
// debugpy and this engine only reports what it sees (stopped/continued, frames empty).
class DapEngine : public DebugEngine
{
    Q_OBJECT
public:
    explicit DapEngine(QObject *parent = nullptr);
    ~DapEngine() override;

    void start(const Setup &setup) override;
    void setBreakpoints(const QList<Breakpoint> &breakpoints) override;
    void setBreakOnUncaught(bool on) override;
    void whenApplied(std::function<void()> done) override;
    void resume(Step step) override;
    void scopes(qint64 frameId, std::function<void(Result<QList<Scope>>)> done) override;
    void variables(qint64 reference, std::function<void(Result<QList<Variable>>)> done) override;
    void evaluate(qint64 frameId, const QString &expression, std::function<void(Result<Variable>)> done) override;
    void detach() override;
    bool isStopped() const override;
    bool isExternalAttached() const override;

    // Breakpoint or exception-filter changes sent while attached that debugpy has not answered
    // yet. debugpy reads them on a thread of its own: an event handed to the runtime meanwhile
    // may run before they apply (a new breakpoint missed). An environment about to hand a warm
    // runtime its event can wait for breakpointsSynced() while this is true.
    bool isSyncingBreakpoints() const { return m_syncing > 0; }

Q_SIGNALS:
    void breakpointsSynced();

private:
    using ResponseHandler = std::function<void(const QJsonObject &response)>;

    void connectToEngine();
    void onConnected();
    void onSocketError();
    void onReadyRead();
    void onMessage(const QJsonObject &message);
    void onEvent(const QJsonObject &event);
    void onStoppedEvent(const QJsonObject &body);
    void attach();
    void configure();
    int send(const QString &command, const QJsonObject &arguments, ResponseHandler handler = {});
    void sendBreakpoints(std::function<void()> done);
    void sendExceptionBreakpoints(std::function<void()> done);
    void fail(const QString &message);
    void markRunning();
    bool hasBreakpointAt(const Frame &frame) const;
    void syncDone();
    void endConnection();
    QString runtimePath(const QString &file) const;
    QString relativeFile(const QString &runtimePath) const;
    void startExternal();

    Setup m_setup;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_retryTimer = nullptr;
    QByteArray m_buffer;
    int m_seq = 0;
    QHash<int, ResponseHandler> m_pending;
    qint64 m_deadline = 0; // give up connecting then (msecs since the epoch)
    qint64 m_threadId = 0; // the thread of the last stop
    quint64 m_stopGeneration = 0; // a stop's frames that arrive after it ran on are dropped
    QStringList m_breakpointFiles; // the files breakpoints were last sent for (to clear them)
    bool m_connected = false;
    bool m_initialized = false;    // debugpy's "initialized" event came
    bool m_attachAnswered = false; // and the answer to attach
    bool m_configuring = false;    // breakpoints went out (later changes are sent at once)
    bool m_attached = false;       // configurationDone answered: the runtime runs
    bool m_stopped = false;
    bool m_failed = false;
    bool m_detaching = false;
    bool m_disconnectedSent = false;
    int m_syncing = 0; // breakpoint batches sent, not yet answered
    DapProxy *m_proxy = nullptr;
};

} // namespace lambdesk::debug
