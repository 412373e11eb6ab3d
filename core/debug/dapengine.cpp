#include "dapengine.h"

#include "dapmessage.h"
#include "dapproxy.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

namespace lambdesk::debug {

namespace {

const QString kCommand = QStringLiteral("command");
const QString kBody = QStringLiteral("body");

// How often to try again while debugpy is not listening yet (the runtime is still importing it).
constexpr int kRetryMs = 25;

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

StopReason reasonFrom(const QString &reason)
{
    if (reason == u"breakpoint" || reason == u"function breakpoint" || reason == u"data breakpoint")
        return StopReason::Breakpoint;
    if (reason == u"step" || reason == u"goto")
        return StopReason::Step;
    if (reason == u"exception")
        return StopReason::Exception;
    if (reason == u"entry")
        return StopReason::Entry;
    if (reason == u"pause")
        return StopReason::Pause;
    return StopReason::Other;
}

QString messageOf(const QJsonObject &response, const QString &fallback)
{
    QString message = response.value(kBody).toObject().value(QStringLiteral("error")).toObject()
                          .value(QStringLiteral("format")).toString();
    if (message.isEmpty())
        message = response.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? fallback : message.trimmed();
}

Error engineError(const QJsonObject &response, const QString &fallback)
{
    return Error{Error::Kind::InvalidRequest, messageOf(response, fallback), {}};
}

} // namespace

DapEngine::DapEngine(QObject *parent) : DebugEngine(parent) {}

DapEngine::~DapEngine()
{
    // Pending callbacks belong to callers that may be gone with us: drop them unanswered.
    m_pending.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void DapEngine::start(const Setup &setup)
{
    m_setup = setup;
    while (m_setup.runtimeCodeRoot.size() > 1 && m_setup.runtimeCodeRoot.endsWith(u'/'))
        m_setup.runtimeCodeRoot.chop(1);
    if (m_setup.runtimeCodeRoot.isEmpty())
        m_setup.runtimeCodeRoot = m_setup.hostCodeRoot;
    m_deadline = QDateTime::currentMSecsSinceEpoch() + std::max(0, m_setup.connectTimeoutMs);
    if (m_setup.externalPort != 0) {
        startExternal();
        return;
    }
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(kRetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, &DapEngine::connectToEngine);
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &DapEngine::onConnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &DapEngine::onSocketError);
    connect(m_socket, &QTcpSocket::readyRead, this, &DapEngine::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_connected)
            return;
        m_connected = false;
        endConnection();
    });
    connectToEngine();
}

void DapEngine::connectToEngine()
{
    if (m_detaching || m_failed || !m_socket)
        return;
    m_socket->abort();
    m_buffer.clear();
    m_socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_setup.enginePort);
}

void DapEngine::onSocketError()
{
    if (m_connected) // the end of a live connection: disconnected() says so
        return;
    if (m_detaching || m_failed)
        return;
    const bool waiting = m_socket->error() == QAbstractSocket::ConnectionRefusedError
        || m_socket->error() == QAbstractSocket::SocketTimeoutError;
    if (waiting && QDateTime::currentMSecsSinceEpoch() < m_deadline) {
        m_retryTimer->start(); // debugpy is not listening yet
        return;
    }
    fail(QStringLiteral("Could not connect to the Python debugger (debugpy) on 127.0.0.1:%1: %2")
             .arg(m_setup.enginePort)
             .arg(m_socket->errorString()));
}

void DapEngine::onConnected()
{
    m_connected = true;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    send(QStringLiteral("initialize"),
         QJsonObject{{key("clientID"), key("lambdesk")},
                     {key("clientName"), key("Lambdesk")},
                     {key("adapterID"), key("debugpy")},
                     {key("pathFormat"), key("path")},
                     {key("linesStartAt1"), true},
                     {key("columnsStartAt1"), true},
                     {key("supportsVariableType"), true},
                     {key("locale"), key("en-us")}},
         [this](const QJsonObject &response) {
             if (!response.value(QStringLiteral("success")).toBool()) {
                 fail(QStringLiteral("The Python debugger refused to start: %1")
                          .arg(messageOf(response, QStringLiteral("initialize failed"))));
                 return;
             }
             attach();
         });
}

void DapEngine::attach()
{
    // Only the function's code is "my code": the bootstrap, the SDK, the layers and the
    // standard library are library code, so steps do not wander into them and an exception
    // that escapes the function into the runtime (which catches it to report it) counts as
    // unhandled by the user ("userUnhandled"). The first matching rule wins; pydevd tries
    // folder rules before glob rules.
    const QJsonArray rules{
        QJsonObject{{key("path"), QString(m_setup.runtimeCodeRoot + QStringLiteral("/**"))}, {key("include"), true}},
        QJsonObject{{key("path"), QStringLiteral("/**")}, {key("include"), false}},
    };
    send(QStringLiteral("attach"),
         QJsonObject{{key("name"), key("Lambdesk")},
                     {key("justMyCode"), true},
                     {key("rules"), rules},
                     {key("subProcess"), false},
                     {key("redirectOutput"), false},
                     {key("showReturnValue"), false}},
         [this](const QJsonObject &response) {
             if (!response.value(QStringLiteral("success")).toBool()) {
                 fail(QStringLiteral("The Python debugger refused the attach: %1")
                          .arg(messageOf(response, QStringLiteral("attach failed"))));
                 return;
             }
             m_attachAnswered = true;
             if (m_initialized)
                 configure();
         });
}

void DapEngine::configure()
{
    if (m_configuring)
        return;
    m_configuring = true;
    sendBreakpoints([this] {
        sendExceptionBreakpoints([this] {
            send(QStringLiteral("configurationDone"), {}, [this](const QJsonObject &response) {
                if (!response.value(QStringLiteral("success")).toBool()) {
                    fail(QStringLiteral("The Python debugger did not start: %1")
                             .arg(messageOf(response, QStringLiteral("configurationDone failed"))));
                    return;
                }
                m_attached = true;
                Q_EMIT attached();
            });
        });
    });
}

QString DapEngine::runtimePath(const QString &file) const
{
    return QDir::cleanPath(m_setup.runtimeCodeRoot + u'/' + file);
}

QString DapEngine::relativeFile(const QString &path) const
{
    for (const QString &root : {m_setup.runtimeCodeRoot, m_setup.hostCodeRoot}) {
        if (root.isEmpty())
            continue;
        const QString prefix = root + u'/';
        if (path.startsWith(prefix))
            return QDir::cleanPath(path.mid(prefix.size()));
    }
    return {};
}

void DapEngine::sendBreakpoints(std::function<void()> done)
{
    QMap<QString, QJsonArray> byFile;
    for (const QString &file : std::as_const(m_breakpointFiles))
        byFile.insert(file, {}); // files that had breakpoints and may have none now
    QStringList files;
    for (const Breakpoint &b : std::as_const(m_setup.breakpoints)) {
        if (!b.enabled || b.line <= 0 || b.file.isEmpty())
            continue;
        QJsonObject bp{{key("line"), b.line}};
        if (!b.condition.trimmed().isEmpty())
            bp.insert(key("condition"), b.condition);
        if (b.isLogpoint())
            bp.insert(key("logMessage"), b.logMessage);
        byFile[b.file].append(bp);
        if (!files.contains(b.file))
            files.append(b.file);
    }
    m_breakpointFiles = files;
    if (byFile.isEmpty()) {
        if (done)
            done();
        return;
    }
    auto left = std::make_shared<int>(int(byFile.size()));
    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
        const QString file = it.key();
        send(QStringLiteral("setBreakpoints"),
             QJsonObject{{key("source"), QJsonObject{{key("path"), runtimePath(file)}}},
                         {key("breakpoints"), it.value()},
                         {key("sourceModified"), false}},
             [this, file, left, done](const QJsonObject &response) {
                 if (!response.value(QStringLiteral("success")).toBool())
                     Q_EMIT output(QStringLiteral("debugger"),
                                   QStringLiteral("The breakpoints in %1 were not set: %2")
                                       .arg(file, messageOf(response, QStringLiteral("refused"))));
                 if (--*left == 0 && done)
                     done();
             });
    }
}

void DapEngine::sendExceptionBreakpoints(std::function<void()> done)
{
    // "userUnhandled": the exception leaves the function's code (the runtime catches it to
    // report it, so it is never "uncaught" in Python's sense); "uncaught": threads of the
    // function's own that die of one.
    QJsonArray filters;
    if (m_setup.breakOnUncaught)
        filters = QJsonArray{key("uncaught"), key("userUnhandled")};
    send(QStringLiteral("setExceptionBreakpoints"), QJsonObject{{key("filters"), filters}},
         [this, done](const QJsonObject &response) {
             if (!response.value(QStringLiteral("success")).toBool())
                 Q_EMIT output(QStringLiteral("debugger"),
                               QStringLiteral("Break on uncaught exceptions was not set: %1")
                                   .arg(messageOf(response, QStringLiteral("refused"))));
             if (done)
                 done();
         });
}

void DapEngine::setBreakpoints(const QList<Breakpoint> &breakpoints)
{
    // Unchanged (a warm debug environment gets its function's breakpoints again at every
    // Debug): nothing is sent. debugpy replaces a file's breakpoints by removing them all first,
    // so sending the same ones while the runtime takes the next event could miss a stop.
    const bool same = breakpoints == m_setup.breakpoints;
    m_setup.breakpoints = breakpoints;
    if (!same && m_setup.externalPort == 0 && m_connected && m_configuring) {
        ++m_syncing;
        sendBreakpoints([this] { syncDone(); });
    }
}

void DapEngine::setBreakOnUncaught(bool on)
{
    const bool same = on == m_setup.breakOnUncaught;
    m_setup.breakOnUncaught = on;
    if (!same && m_setup.externalPort == 0 && m_connected && m_configuring) {
        ++m_syncing;
        sendExceptionBreakpoints([this] { syncDone(); });
    }
}

void DapEngine::syncDone()
{
    if (m_syncing > 0 && --m_syncing == 0)
        Q_EMIT breakpointsSynced();
}

void DapEngine::whenApplied(std::function<void()> done)
{
    if (m_syncing == 0) {
        done();
        return;
    }
    // debugpy answers setBreakpoints once they are in force; the one connection is ours.
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(this, &DapEngine::breakpointsSynced, this, [conn, done = std::move(done)] {
        QObject::disconnect(*conn);
        done();
    });
}

int DapEngine::send(const QString &command, const QJsonObject &arguments, ResponseHandler handler)
{
    const int seq = ++m_seq;
    if (!m_socket || !m_connected) {
        if (handler) {
            const QJsonObject failure{{key("success"), false},
                                      {key("message"), QStringLiteral("The debugger is not connected")}};
            QTimer::singleShot(0, this, [handler, failure] { handler(failure); });
        }
        return seq;
    }
    if (handler)
        m_pending.insert(seq, std::move(handler));
    m_socket->write(dap::request(seq, command, arguments));
    return seq;
}

void DapEngine::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    while (m_socket) {
        dap::Taken taken = dap::takeMessage(m_buffer);
        if (taken.status == dap::Taken::NeedMore)
            return;
        if (taken.status == dap::Taken::Invalid) {
            Q_EMIT output(QStringLiteral("debugger"), taken.error);
            m_socket->abort();
            return;
        }
        const Result<QJsonObject> message = dap::parse(taken.body);
        if (!message) {
            Q_EMIT output(QStringLiteral("debugger"), message.error().message);
            continue;
        }
        onMessage(*message);
    }
}

void DapEngine::onMessage(const QJsonObject &message)
{
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == u"response") {
        const ResponseHandler handler = m_pending.take(message.value(QStringLiteral("request_seq")).toInt());
        if (handler)
            handler(message);
    } else if (type == u"event") {
        onEvent(message);
    }
    // Reverse requests (runInTerminal, startDebugging) are not asked of an attach client.
}

void DapEngine::onEvent(const QJsonObject &event)
{
    const QString name = event.value(QStringLiteral("event")).toString();
    const QJsonObject body = event.value(kBody).toObject();
    if (name == u"initialized") {
        m_initialized = true;
        if (m_attachAnswered)
            configure();
    } else if (name == u"stopped") {
        onStoppedEvent(body);
    } else if (name == u"continued") {
        markRunning();
    } else if (name == u"output") {
        const QString category = body.value(QStringLiteral("category")).toString(QStringLiteral("console"));
        // Logpoints write to "stdout" (pydevd) or "console"; the program's own output is not
        // redirected (redirectOutput: false), so this is theirs alone.
        if (category == u"console" || category == u"stdout") {
            QString text = body.value(QStringLiteral("output")).toString();
            if (text.endsWith(u'\n'))
                text.chop(1);
            Q_EMIT output(QStringLiteral("console"), text);
        }
    }
}

void DapEngine::onStoppedEvent(const QJsonObject &body)
{
    m_stopped = true;
    const quint64 generation = ++m_stopGeneration;
    m_threadId = body.value(QStringLiteral("threadId")).toInteger(m_threadId);
    auto stop = std::make_shared<Stop>();
    stop->reason = reasonFrom(body.value(QStringLiteral("reason")).toString());
    const QString eventText = body.value(QStringLiteral("text")).toString();
    const QString description = body.value(QStringLiteral("description")).toString();

    auto finish = [this, stop, generation] {
        if (generation != m_stopGeneration || !m_stopped)
            return; // it ran on meanwhile
        Q_EMIT stopped(*stop);
    };
    send(QStringLiteral("stackTrace"), QJsonObject{{key("threadId"), m_threadId}, {key("startFrame"), 0}, {key("levels"), 200}},
         [this, stop, finish, eventText, description](const QJsonObject &response) {
             const QJsonArray frames = response.value(kBody).toObject().value(QStringLiteral("stackFrames")).toArray();
             for (const QJsonValue &v : frames) {
                 const QJsonObject f = v.toObject();
                 Frame frame;
                 frame.id = f.value(QStringLiteral("id")).toInteger();
                 frame.name = dap::undecorated(f.value(QStringLiteral("name")).toString());
                 frame.path = f.value(QStringLiteral("source")).toObject().value(QStringLiteral("path")).toString();
                 frame.file = relativeFile(frame.path);
                 frame.line = f.value(QStringLiteral("line")).toInt();
                 frame.column = f.value(QStringLiteral("column")).toInt();
                 frame.user = !frame.file.isEmpty();
                 stop->frames.append(frame);
             }
             // Module-level code run by the runtime's import of the handler: the outermost
             // frame of the function's code is a module's.
             for (auto it = stop->frames.crbegin(); it != stop->frames.crend(); ++it) {
                 if (it->user) {
                     stop->inInit = it->name == u"<module>";
                     break;
                 }
             }
             // A breakpoint the function no longer has: a warm environment's breakpoints were
             // replaced just as it took the next event, and debugpy had not read the change yet.
             // The runtime goes on as if it had.
             if (stop->reason == StopReason::Breakpoint && !stop->frames.isEmpty()
                 && !hasBreakpointAt(stop->frames.first())) {
                 m_stopped = false;
                 ++m_stopGeneration;
                 send(QStringLiteral("continue"), QJsonObject{{key("threadId"), m_threadId}});
                 return;
             }
             if (stop->reason != StopReason::Exception) {
                 finish();
                 return;
             }
             send(QStringLiteral("exceptionInfo"), QJsonObject{{key("threadId"), m_threadId}},
                  [stop, finish, eventText, description](const QJsonObject &info) {
                      const QJsonObject b = info.value(kBody).toObject();
                      const QJsonObject details = b.value(QStringLiteral("details")).toObject();
                      QString type = dap::undecorated(details.value(QStringLiteral("typeName")).toString());
                      if (type.isEmpty())
                          type = dap::undecorated(b.value(QStringLiteral("exceptionId")).toString());
                      if (type.isEmpty())
                          type = dap::undecorated(eventText);
                      QString message = details.value(QStringLiteral("message")).toString();
                      if (message.isEmpty())
                          message = b.value(QStringLiteral("description")).toString(description);
                      stop->text = message.isEmpty() ? type : type + QStringLiteral(": ") + message;
                      finish();
                  });
         });
}

bool DapEngine::hasBreakpointAt(const Frame &frame) const
{
    if (frame.file.isEmpty())
        return true; // not the function's code: not ours to judge
    for (const Breakpoint &b : m_setup.breakpoints) {
        if (b.enabled && !b.isLogpoint() && b.line == frame.line && QDir::cleanPath(b.file) == frame.file)
            return true;
    }
    return false;
}

void DapEngine::markRunning()
{
    if (!m_stopped)
        return;
    m_stopped = false;
    ++m_stopGeneration;
    Q_EMIT continued();
}

void DapEngine::resume(Step step)
{
    if (!m_stopped || m_setup.externalPort != 0)
        return;
    QString command;
    switch (step) {
    case Step::Continue: command = QStringLiteral("continue"); break;
    case Step::Over: command = QStringLiteral("next"); break;
    case Step::Into: command = QStringLiteral("stepIn"); break;
    case Step::Out: command = QStringLiteral("stepOut"); break;
    }
    send(command, QJsonObject{{key("threadId"), m_threadId}}, [this, command](const QJsonObject &response) {
        if (!response.value(QStringLiteral("success")).toBool())
            Q_EMIT output(QStringLiteral("debugger"),
                          QStringLiteral("%1 failed: %2").arg(command, messageOf(response, QStringLiteral("refused"))));
    });
    markRunning(); // running from now on, for the clock (debugpy's "continued" follows)
}

void DapEngine::scopes(qint64 frameId, std::function<void(Result<QList<Scope>>)> done)
{
    send(QStringLiteral("scopes"), QJsonObject{{key("frameId"), frameId}}, [done](const QJsonObject &response) {
        if (!response.value(QStringLiteral("success")).toBool()) {
            done(engineError(response, QStringLiteral("The frame's scopes are not available")));
            return;
        }
        QList<Scope> out;
        const QJsonArray scopes = response.value(kBody).toObject().value(QStringLiteral("scopes")).toArray();
        for (const QJsonValue &v : scopes) {
            const QJsonObject s = v.toObject();
            Scope scope;
            scope.name = s.value(QStringLiteral("name")).toString();
            scope.reference = s.value(QStringLiteral("variablesReference")).toInteger();
            scope.expensive = s.value(QStringLiteral("expensive")).toBool() || scope.name == u"Globals";
            out.append(scope);
        }
        done(out);
    });
}

void DapEngine::variables(qint64 reference, std::function<void(Result<QList<Variable>>)> done)
{
    send(QStringLiteral("variables"), QJsonObject{{key("variablesReference"), reference}},
         [done](const QJsonObject &response) {
             if (!response.value(QStringLiteral("success")).toBool()) {
                 done(engineError(response, QStringLiteral("The variables are not available")));
                 return;
             }
             QList<Variable> out;
             const QJsonArray vars = response.value(kBody).toObject().value(QStringLiteral("variables")).toArray();
             for (const QJsonValue &v : vars) {
                 const QJsonObject o = v.toObject();
                 out.append(Variable{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("value")).toString(),
                                     o.value(QStringLiteral("type")).toString(),
                                     o.value(QStringLiteral("variablesReference")).toInteger()});
             }
             done(out);
         });
}

void DapEngine::evaluate(qint64 frameId, const QString &expression, std::function<void(Result<Variable>)> done)
{
    QJsonObject arguments{{key("expression"), expression}, {key("context"), key("repl")}};
    if (frameId != 0)
        arguments.insert(key("frameId"), frameId);
    send(QStringLiteral("evaluate"), arguments, [done, expression](const QJsonObject &response) {
        if (!response.value(QStringLiteral("success")).toBool()) {
            done(engineError(response, QStringLiteral("The expression could not be evaluated")));
            return;
        }
        const QJsonObject b = response.value(kBody).toObject();
        done(Variable{expression, b.value(QStringLiteral("result")).toString(), b.value(QStringLiteral("type")).toString(),
                      b.value(QStringLiteral("variablesReference")).toInteger()});
    });
}

void DapEngine::detach()
{
    if (m_detaching)
        return;
    m_detaching = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_proxy) {
        m_proxy->close();
        QTimer::singleShot(0, this, [this] { endConnection(); });
        return;
    }
    if (!m_socket || !m_connected) {
        if (m_socket)
            m_socket->abort();
        QTimer::singleShot(0, this, [this] { endConnection(); });
        return;
    }
    // debugpy removes the breakpoints and lets every thread run on; the runtime goes on alone.
    send(QStringLiteral("disconnect"),
         QJsonObject{{key("restart"), false}, {key("terminateDebuggee"), false}, {key("suspendDebuggee"), false}},
         [this](const QJsonObject &) {
             if (m_socket)
                 m_socket->disconnectFromHost();
         });
}

void DapEngine::endConnection()
{
    // Whoever waits for an answer gets one.
    const auto pending = std::exchange(m_pending, {});
    const QJsonObject failure{{key("success"), false},
                              {key("message"), QStringLiteral("The connection to the debugger ended")}};
    for (const ResponseHandler &handler : pending)
        handler(failure);
    markRunning();
    if (!m_attached && !m_detaching) {
        fail(QStringLiteral("The Python debugger (debugpy) closed the connection before the function started"));
        return;
    }
    if (m_disconnectedSent)
        return;
    m_disconnectedSent = true;
    Q_EMIT disconnected();
}

bool DapEngine::isStopped() const
{
    return m_stopped;
}

bool DapEngine::isExternalAttached() const
{
    return m_proxy && m_proxy->isClientAttached();
}

void DapEngine::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_socket) {
        m_connected = false;
        m_socket->abort();
    }
    Q_EMIT failed(message);
}

void DapEngine::startExternal()
{
    m_proxy = new DapProxy(this);
    connect(m_proxy, &DapProxy::failed, this, &DapEngine::fail);
    connect(m_proxy, &DapProxy::clientAttached, this, &DapEngine::externalAttached);
    connect(m_proxy, &DapProxy::clientDetached, this, [this] {
        markRunning(); // debugpy lets the runtime run on when its client leaves
        Q_EMIT externalDetached();
    });
    connect(m_proxy, &DapProxy::configured, this, [this] {
        if (m_attached)
            return;
        m_attached = true;
        Q_EMIT attached();
    });
    connect(m_proxy, &DapProxy::stopped, this, [this](const QString &reason, const QString &text) {
        m_stopped = true;
        ++m_stopGeneration;
        Stop stop;
        stop.reason = reasonFrom(reason);
        stop.text = stop.reason == StopReason::Exception ? text : QString();
        Q_EMIT stopped(stop); // the IDE drives: no frames of ours
    });
    connect(m_proxy, &DapProxy::continued, this, &DapEngine::markRunning);
    connect(m_proxy, &DapProxy::engineDisconnected, this, [this] {
        markRunning();
        if (m_disconnectedSent)
            return;
        m_disconnectedSent = true;
        Q_EMIT disconnected();
    });
    m_proxy->listen(m_setup.externalPort, m_setup.enginePort, m_setup.connectTimeoutMs);
}

} // namespace lambdesk::debug
