#pragma once

#include "debugengine.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QNetworkAccessManager;
class QTimer;
class QWebSocket;

namespace lambdesk::debug {

// The Node.js engine: Node's inspector (the Chrome DevTools Protocol over a WebSocket). The
// bootstrap opens the inspector with inspector.open(port, '127.0.0.1', true) before it loads the
// handler and waits for Runtime.runIfWaitingForDebugger, which start() sends once the
// breakpoints are set.
//
// External mode (Setup::externalPort): the IDE connects to the inspector itself (the runtime's
// inspector listens on externalPort); this engine keeps a second, watching session that only
// enables the Debugger domain and reports paused/resumed as stopped()/continued().
class CdpEngine : public DebugEngine
{
    Q_OBJECT
public:
    explicit CdpEngine(QObject *parent = nullptr);
    ~CdpEngine() override;

    void start(const Setup &setup) override;
    void setBreakpoints(const QList<Breakpoint> &breakpoints) override;
    void setBreakOnUncaught(bool on) override;
    void whenApplied(std::function<void()> done) override;
    // The bootstrap's logpoint hook prints the message with console.log (the Node log format).
    bool logsLogpoints() const override { return true; }
    void resume(Step step) override;
    void scopes(qint64 frameId, std::function<void(Result<QList<Scope>>)> done) override;
    void variables(qint64 reference, std::function<void(Result<QList<Variable>>)> done) override;
    void evaluate(qint64 frameId, const QString &expression, std::function<void(Result<Variable>)> done) override;
    void detach() override;
    bool isStopped() const override;
    bool isExternalAttached() const override;

private:
    using Reply = std::function<void(const QJsonObject &result, const QString &error)>;

    void findTarget();
    void connectTo(const QString &url);
    void onMessage(const QString &text);
    void onDisconnected();
    void send(const QString &method, const QJsonObject &params = {}, Reply reply = {});
    void afterConnected();
    void applyBreakpoints(std::function<void()> then);
    void applyExceptionMode();
    void onPaused(const QJsonObject &params);
    void onResumed();
    void fail(const QString &message);
    qint64 referenceFor(const QString &objectId);

    Setup m_setup;
    QNetworkAccessManager *m_network = nullptr;
    QWebSocket *m_socket = nullptr;
    QTimer *m_retry = nullptr;
    qint64 m_deadline = 0; // ms since epoch: stop trying to connect
    bool m_started = false;
    bool m_attached = false;
    bool m_failed = false;
    bool m_stopped = false;
    bool m_externalAttached = false;
    bool m_disconnectedSent = false;
    bool m_stepping = false;      // the last resume was a step: the next pause is a Step stop
    bool m_watching = false;      // external mode: observe only
    bool m_debuggerEnabled = false; // Debugger.enable answered (later scriptParsed: the code runs)
    int m_nextId = 1;
    QHash<int, Reply> m_pending;
    QList<QString> m_breakpointIds; // the inspector's ids of the breakpoints set now
    QHash<QString, Breakpoint> m_breakpointById;
    int m_breakpointGeneration = 0;
    // While stopped: the paused call frames (callFrameId, scopeChain) by Frame::id.
    QHash<qint64, QJsonObject> m_frames;
    QHash<qint64, QString> m_objectIds; // reference -> objectId
    QHash<QString, qint64> m_references; // objectId -> reference
    qint64 m_nextReference = 1;
    qint64 m_nextFrameId = 1;
    QSet<QString> m_runtimeScripts; // scriptIds outside the code root (for exception filtering)
    QHash<QString, QString> m_scriptUrls; // scriptId -> url
};

} // namespace lambdesk::debug
