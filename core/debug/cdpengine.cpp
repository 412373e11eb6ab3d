#include "cdpengine.h"

#include "cdpvalues.h"

#include <QDateTime>
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace lambdesk::debug {

namespace {

// The bootstrap's logpoint function (resources/runtimes/nodejs/bootstrap.mjs): writes the text to
// the function's log and to the inspector's console (Runtime.consoleAPICalled, our output()).
const QString kLogSink = QStringLiteral("globalThis[Symbol.for('lambdesk.logpoint')]");
// Set by the bootstrap once a debugger let it go on (external mode: the IDE is there).
const QString kAttachedFlag = QStringLiteral("globalThis[Symbol.for('lambdesk.debuggerAttached')] === true");

QString s(const char *text) { return QString::fromLatin1(text); }

// LAMBDESK_CDP_TRACE=1: every message to and from the inspector on stderr (debugging aid).
bool tracing()
{
    static const bool on = qEnvironmentVariableIsSet("LAMBDESK_CDP_TRACE");
    return on;
}

QString scopeName(const QString &type)
{
    if (type == QLatin1String("local")) return s("Local");
    if (type == QLatin1String("closure")) return s("Closure");
    if (type == QLatin1String("module")) return s("Module");
    if (type == QLatin1String("global")) return s("Global");
    if (type == QLatin1String("block")) return s("Block");
    if (type == QLatin1String("script")) return s("Script");
    if (type == QLatin1String("catch")) return s("Catch");
    if (type.isEmpty()) return s("Scope");
    return type.at(0).toUpper() + type.mid(1);
}

QString exceptionText(const QJsonObject &data)
{
    if (data.value(QLatin1String("subtype")).toString() == QLatin1String("error")) {
        const QString d = data.value(QLatin1String("description")).toString();
        const qsizetype nl = d.indexOf(QLatin1Char('\n'));
        return nl < 0 ? d : d.left(nl);
    }
    return QLatin1String("Uncaught ") + cdp::renderValue(data);
}

void quickAck(QAbstractSocket *socket)
{
#ifdef TCP_QUICKACK
    const int fd = int(socket->socketDescriptor());
    if (fd >= 0) {
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    }
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

CdpEngine::CdpEngine(QObject *parent) : DebugEngine(parent)
{
    m_network = new QNetworkAccessManager(this);
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    m_retry->setInterval(50);
    connect(m_retry, &QTimer::timeout, this, &CdpEngine::findTarget);
}

CdpEngine::~CdpEngine()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void CdpEngine::start(const Setup &setup)
{
    if (m_started)
        return;
    m_started = true;
    m_setup = setup;
    m_watching = setup.externalPort != 0;
    m_deadline = QDateTime::currentMSecsSinceEpoch() + qMax(0, setup.connectTimeoutMs);
    findTarget();
}

void CdpEngine::findTarget()
{
    if (m_failed)
        return;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(m_setup.enginePort)));
    request.setTransferTimeout(2000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QString url = reply->error() == QNetworkReply::NoError ? cdp::webSocketUrl(reply->readAll()) : QString();
        if (!url.isEmpty()) {
            connectTo(url);
            return;
        }
        if (QDateTime::currentMSecsSinceEpoch() >= m_deadline) {
            fail(QStringLiteral("Could not connect to the Node.js inspector on 127.0.0.1:%1 within %2 ms (%3)")
                     .arg(m_setup.enginePort)
                     .arg(m_setup.connectTimeoutMs)
                     .arg(reply->error() == QNetworkReply::NoError ? QStringLiteral("no debug target") : reply->errorString()));
            return;
        }
        m_retry->start();
    });
}

void CdpEngine::connectTo(const QString &url)
{
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QWebSocket::connected, this, &CdpEngine::afterConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &CdpEngine::onMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &CdpEngine::onDisconnected);
    m_socket->open(QUrl(url));
}

void CdpEngine::send(const QString &method, const QJsonObject &params, Reply reply)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        if (reply)
            reply({}, QStringLiteral("The debugger is not connected"));
        return;
    }
    const int id = m_nextId++;
    if (reply)
        m_pending.insert(id, std::move(reply));
    QJsonObject message{{QStringLiteral("id"), id}, {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        message.insert(QStringLiteral("params"), params);
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    if (tracing())
        qDebug().noquote() << "cdp ->" << text.left(300);
    m_socket->sendTextMessage(text);
}

void CdpEngine::afterConnected()
{
    // Node's inspector writes an answer and the events that follow it (Debugger.resumed,
    // Debugger.paused) as separate small segments without TCP_NODELAY: Nagle's algorithm holds
    // the second one until our ACK, which Linux delays by up to 40 ms, so every step took ~45 ms.
    // Quick ACKs on our end (re-armed after each read: the kernel drops the mode by itself) and
    // no Nagle for our own frames. QWebSocket's TCP socket is its child.
    const auto sockets = m_socket->findChildren<QAbstractSocket *>();
    for (QAbstractSocket *socket : sockets) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        quickAck(socket);
        connect(socket, &QIODevice::readyRead, this, [socket] { quickAck(socket); });
    }
    if (tracing())
        qDebug() << "cdp: quick ACKs on" << sockets.size() << "socket(s)";
    if (m_watching) {
        // A watching session: never lets the runtime go, never sets breakpoints; it only learns
        // of pauses (V8 tells every session whose Debugger is enabled) and of the IDE's arrival.
        send(s("Debugger.enable"), {}, [this](const QJsonObject &, const QString &error) {
            if (!error.isEmpty()) {
                fail(QStringLiteral("The Node.js inspector refused Debugger.enable: ") + error);
                return;
            }
            m_debuggerEnabled = true;
            m_attached = true;
            Q_EMIT attached();
            send(s("Runtime.evaluate"), {{s("expression"), kAttachedFlag}, {s("returnByValue"), true}},
                 [this](const QJsonObject &result, const QString &) {
                     if (result.value(s("result")).toObject().value(s("value")).toBool() && !m_externalAttached) {
                         m_externalAttached = true;
                         Q_EMIT externalAttached();
                     }
                 });
        });
        return;
    }
    send(s("Runtime.enable"));
    send(s("Debugger.enable"), {}, [this](const QJsonObject &, const QString &) { m_debuggerEnabled = true; });
    applyExceptionMode();
    applyBreakpoints([this] {
        send(s("Runtime.runIfWaitingForDebugger"), {}, [this](const QJsonObject &, const QString &error) {
            if (!error.isEmpty()) {
                fail(QStringLiteral("The Node.js inspector refused to go on: ") + error);
                return;
            }
            m_attached = true;
            Q_EMIT attached();
        });
    });
}

void CdpEngine::applyExceptionMode()
{
    if (m_watching)
        return;
    // The bootstrap calls the handler so that V8's catch prediction sees no catch of the
    // runtime's: 'uncaught' is exactly "escapes the function's code".
    send(s("Debugger.setPauseOnExceptions"),
         {{s("state"), m_setup.breakOnUncaught ? s("uncaught") : s("none")}});
}

void CdpEngine::applyBreakpoints(std::function<void()> then)
{
    const int generation = ++m_breakpointGeneration;
    for (const QString &id : std::as_const(m_breakpointIds))
        send(s("Debugger.removeBreakpoint"), {{s("breakpointId"), id}});
    m_breakpointIds.clear();
    m_breakpointById.clear();
    for (const Breakpoint &bp : std::as_const(m_setup.breakpoints)) {
        if (!bp.enabled || bp.line < 1 || bp.file.isEmpty())
            continue;
        QJsonObject params{{s("lineNumber"), bp.line - 1},
                           {s("urlRegex"), cdp::urlRegex(m_setup.runtimeCodeRoot, bp.file)}};
        const QString condition = bp.isLogpoint() ? cdp::logpointCondition(bp.logMessage, bp.condition, kLogSink)
                                                  : bp.condition.trimmed();
        if (!condition.isEmpty())
            params.insert(s("condition"), condition);
        send(s("Debugger.setBreakpointByUrl"), params, [this, generation, bp](const QJsonObject &result, const QString &error) {
            if (generation != m_breakpointGeneration)
                return;
            if (!error.isEmpty()) {
                Q_EMIT output(s("debugger"), QStringLiteral("Breakpoint %1:%2 not set: %3").arg(bp.file).arg(bp.line).arg(error));
                return;
            }
            const QString id = result.value(s("breakpointId")).toString();
            m_breakpointIds << id;
            m_breakpointById.insert(id, bp);
        });
    }
    // Replies come in order: a no-op's answer says every breakpoint above is set.
    if (then)
        send(s("Runtime.evaluate"), {{s("expression"), s("0")}}, [then](const QJsonObject &, const QString &) { then(); });
}

void CdpEngine::setBreakpoints(const QList<Breakpoint> &breakpoints)
{
    m_setup.breakpoints = breakpoints;
    if (m_watching || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    applyBreakpoints({});
}

void CdpEngine::setBreakOnUncaught(bool on)
{
    m_setup.breakOnUncaught = on;
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        applyExceptionMode();
}

void CdpEngine::whenApplied(std::function<void()> done)
{
    if (m_watching || m_pending.isEmpty() || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        done();
        return;
    }
    // The inspector answers in order: once a command sent now is answered, every breakpoint and
    // exception setting sent before it is in force.
    send(QStringLiteral("Runtime.evaluate"), QJsonObject{{QStringLiteral("expression"), QStringLiteral("0")}},
         [done = std::move(done)](const QJsonObject &, const QString &) { done(); });
}

void CdpEngine::onMessage(const QString &text)
{
    if (tracing())
        qDebug().noquote() << "cdp <-" << text.left(300);
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.contains(s("id"))) {
        const auto reply = m_pending.take(message.value(s("id")).toInt());
        if (reply) {
            const QJsonObject error = message.value(s("error")).toObject();
            reply(message.value(s("result")).toObject(),
                  error.isEmpty() ? QString() : error.value(s("message")).toString(s("error")));
        }
        return;
    }
    const QString method = message.value(s("method")).toString();
    const QJsonObject params = message.value(s("params")).toObject();
    if (method == QLatin1String("Debugger.paused")) {
        onPaused(params);
    } else if (method == QLatin1String("Debugger.resumed")) {
        onResumed();
    } else if (method == QLatin1String("Debugger.scriptParsed")) {
        m_scriptUrls.insert(params.value(s("scriptId")).toString(), params.value(s("url")).toString());
        // Watching: a script of a file or module parsed after our Debugger.enable means the
        // runtime runs again, so the outside debugger let it go on (our own evaluations parse
        // scripts without a url).
        if (m_watching && m_debuggerEnabled && !m_externalAttached
            && !params.value(s("url")).toString().isEmpty()) {
            m_externalAttached = true;
            Q_EMIT externalAttached();
        }
    } else if (method == QLatin1String("Runtime.consoleAPICalled")) {
        // Only the bootstrap's logpoint function reaches the inspector's console (the function's
        // console.* write to the log directly).
        QStringList parts;
        const QJsonArray args = params.value(s("args")).toArray();
        for (const QJsonValue &a : args) {
            const QJsonObject o = a.toObject();
            parts << (o.value(s("type")).toString() == QLatin1String("string") ? o.value(s("value")).toString()
                                                                                 : cdp::renderValue(o));
        }
        Q_EMIT output(s("console"), parts.join(QLatin1Char(' ')));
    }
}

void CdpEngine::onPaused(const QJsonObject &params)
{
    const QString reason = params.value(s("reason")).toString();
    const QJsonArray callFrames = params.value(s("callFrames")).toArray();
    Stop stop;
    m_frames.clear();
    m_objectIds.clear();
    m_references.clear();
    bool anyUser = false;
    for (const QJsonValue &v : callFrames) {
        const QJsonObject cf = v.toObject();
        const QJsonObject location = cf.value(s("location")).toObject();
        QString url = cf.value(s("url")).toString();
        if (url.isEmpty())
            url = m_scriptUrls.value(location.value(s("scriptId")).toString());
        Frame frame;
        frame.id = m_nextFrameId++;
        frame.name = cf.value(s("functionName")).toString();
        if (frame.name.isEmpty())
            frame.name = s("(anonymous)");
        const QString path = cdp::scriptPath(url);
        frame.path = path.isEmpty() ? url : path;
        frame.file = cdp::relativeFile(path, m_setup.runtimeCodeRoot);
        frame.user = !frame.file.isEmpty();
        frame.line = location.value(s("lineNumber")).toInt() + 1;
        frame.column = location.value(s("columnNumber")).toInt() + 1;
        anyUser = anyUser || frame.user;
        m_frames.insert(frame.id, cf);
        stop.frames << frame;
    }
    const QJsonArray hit = params.value(s("hitBreakpoints")).toArray();
    if (reason == QLatin1String("exception") || reason == QLatin1String("promiseRejection")) {
        // An exception that never passed through the function's code (the runtime's own): not
        // the user's business; go on unseen.
        if (!anyUser && !m_watching) {
            send(s("Debugger.resume"));
            return;
        }
        stop.reason = StopReason::Exception;
        stop.text = exceptionText(params.value(s("data")).toObject());
    } else if (!hit.isEmpty()) {
        stop.reason = StopReason::Breakpoint;
    } else if (m_stepping) {
        stop.reason = StopReason::Step;
    } else {
        stop.reason = StopReason::Other;
    }
    m_stepping = false;
    m_stopped = true;
    Q_EMIT stopped(stop);
}

void CdpEngine::onResumed()
{
    m_frames.clear();
    m_objectIds.clear();
    m_references.clear();
    if (!m_stopped)
        return; // resumed unseen (an exception of the runtime's)
    m_stopped = false;
    Q_EMIT continued();
}

void CdpEngine::resume(Step step)
{
    if (!m_stopped || m_watching)
        return;
    m_stepping = step != Step::Continue;
    const char *method = "Debugger.resume";
    switch (step) {
    case Step::Continue: break;
    case Step::Over: method = "Debugger.stepOver"; break;
    case Step::Into: method = "Debugger.stepInto"; break;
    case Step::Out: method = "Debugger.stepOut"; break;
    }
    send(s(method));
}

qint64 CdpEngine::referenceFor(const QString &objectId)
{
    if (objectId.isEmpty())
        return 0;
    auto it = m_references.constFind(objectId);
    if (it != m_references.constEnd())
        return it.value();
    const qint64 ref = m_nextReference++;
    m_references.insert(objectId, ref);
    m_objectIds.insert(ref, objectId);
    return ref;
}

void CdpEngine::scopes(qint64 frameId, std::function<void(Result<QList<Scope>>)> done)
{
    const auto it = m_frames.constFind(frameId);
    if (!m_stopped || it == m_frames.constEnd()) {
        done(Error::invalid(s("FrameId"), QStringLiteral("No stopped frame %1").arg(frameId)));
        return;
    }
    QList<Scope> result;
    const QJsonArray chain = it.value().value(s("scopeChain")).toArray();
    for (const QJsonValue &v : chain) {
        const QJsonObject sc = v.toObject();
        const QString type = sc.value(s("type")).toString();
        Scope scope;
        scope.name = scopeName(type);
        const QString name = sc.value(s("name")).toString();
        if (type == QLatin1String("closure") && !name.isEmpty())
            scope.name += QLatin1String(" (") + name + QLatin1Char(')');
        scope.reference = referenceFor(sc.value(s("object")).toObject().value(s("objectId")).toString());
        scope.expensive = type == QLatin1String("global");
        result << scope;
    }
    done(result);
}

void CdpEngine::variables(qint64 reference, std::function<void(Result<QList<Variable>>)> done)
{
    const QString objectId = m_objectIds.value(reference);
    if (objectId.isEmpty()) {
        done(Error::invalid(s("Reference"), QStringLiteral("No variable reference %1 (references last until the next resume)").arg(reference)));
        return;
    }
    send(s("Runtime.getProperties"),
         {{s("objectId"), objectId}, {s("ownProperties"), true}, {s("generatePreview"), true}},
         [this, done](const QJsonObject &result, const QString &error) {
             if (!error.isEmpty()) {
                 done(Error::internal(error));
                 return;
             }
             QList<Variable> list;
             auto add = [&](const QJsonObject &p) {
                 Variable var;
                 var.name = p.value(s("name")).toString();
                 if (p.contains(s("value"))) {
                     const QJsonObject value = p.value(s("value")).toObject();
                     var.value = cdp::renderValue(value);
                     var.type = cdp::typeName(value);
                     var.reference = referenceFor(value.value(s("objectId")).toString());
                 } else if (p.contains(s("get"))) {
                     var.value = s("(...)");
                     var.type = s("accessor");
                 } else {
                     return;
                 }
                 list << var;
             };
             const QJsonArray props = result.value(s("result")).toArray();
             for (const QJsonValue &v : props)
                 add(v.toObject());
             const QJsonArray internal = result.value(s("internalProperties")).toArray();
             for (const QJsonValue &v : internal) {
                 const QJsonObject p = v.toObject();
                 if (p.value(s("name")).toString() != QLatin1String("[[Prototype]]"))
                     add(p);
             }
             done(list);
         });
}

void CdpEngine::evaluate(qint64 frameId, const QString &expression, std::function<void(Result<Variable>)> done)
{
    const auto it = m_frames.constFind(frameId);
    QString method;
    QJsonObject params{{s("expression"), expression}, {s("generatePreview"), true}, {s("objectGroup"), s("console")}};
    if (m_stopped && it != m_frames.constEnd()) {
        method = s("Debugger.evaluateOnCallFrame");
        params.insert(s("callFrameId"), it.value().value(s("callFrameId")).toString());
    } else {
        method = s("Runtime.evaluate");
    }
    send(method, params, [this, expression, done](const QJsonObject &result, const QString &error) {
        if (!error.isEmpty()) {
            done(Error::internal(error));
            return;
        }
        const QJsonObject value = result.value(s("result")).toObject();
        if (result.contains(s("exceptionDetails"))) {
            const QJsonObject details = result.value(s("exceptionDetails")).toObject();
            const QJsonObject exception = details.value(s("exception")).toObject();
            const QString text = exception.isEmpty() ? details.value(s("text")).toString() : exceptionText(exception);
            done(Error::invalid(s("Expression"), text));
            return;
        }
        Variable var;
        var.name = expression;
        var.value = cdp::renderValue(value);
        var.type = cdp::typeName(value);
        var.reference = m_stopped ? referenceFor(value.value(s("objectId")).toString()) : 0;
        done(var);
    });
}

void CdpEngine::detach()
{
    m_retry->stop();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_socket->close();
        return;
    }
    if (!m_disconnectedSent) {
        m_disconnectedSent = true;
        m_failed = true; // no more connection attempts
        QTimer::singleShot(0, this, [this] { Q_EMIT disconnected(); });
    }
}

void CdpEngine::onDisconnected()
{
    const bool wasStopped = m_stopped;
    m_stopped = false;
    m_frames.clear();
    m_objectIds.clear();
    m_references.clear();
    const auto pending = std::exchange(m_pending, {});
    for (const Reply &reply : pending)
        reply({}, QStringLiteral("The debugger's connection ended"));
    if (!m_attached && !m_failed) {
        fail(QStringLiteral("The Node.js inspector closed the connection: ") + m_socket->closeReason());
        return;
    }
    if (wasStopped)
        Q_EMIT continued();
    if (!m_disconnectedSent) {
        m_disconnectedSent = true;
        Q_EMIT disconnected();
    }
}

bool CdpEngine::isStopped() const { return m_stopped; }

bool CdpEngine::isExternalAttached() const { return m_externalAttached; }

void CdpEngine::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_retry->stop();
    Q_EMIT failed(message);
}

} // namespace lambdesk::debug
