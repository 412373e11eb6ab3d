#include "cdpengine.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <QWebSocket>

namespace lambdesk::debug {

CdpEngine::CdpEngine(QObject *parent) : DebugEngine(parent) {}

CdpEngine::~CdpEngine() = default;

void CdpEngine::start(const Setup &setup)
{
    m_setup = setup;
    QTimer::singleShot(0, this, [this] { Q_EMIT failed(QStringLiteral("The Node.js debugger is not ready yet")); });
}

void CdpEngine::setBreakpoints(const QList<Breakpoint> &breakpoints) { m_setup.breakpoints = breakpoints; }
void CdpEngine::setBreakOnUncaught(bool on) { m_setup.breakOnUncaught = on; }
void CdpEngine::resume(Step) {}
void CdpEngine::scopes(qint64, std::function<void(Result<QList<Scope>>)> done) { done(Error::internal(QStringLiteral("not stopped"))); }
void CdpEngine::variables(qint64, std::function<void(Result<QList<Variable>>)> done) { done(Error::internal(QStringLiteral("not stopped"))); }
void CdpEngine::evaluate(qint64, const QString &, std::function<void(Result<Variable>)> done) { done(Error::internal(QStringLiteral("not stopped"))); }
void CdpEngine::detach() {}
bool CdpEngine::isStopped() const { return m_stopped; }
bool CdpEngine::isExternalAttached() const { return m_externalAttached; }

void CdpEngine::findTarget() {}
void CdpEngine::connectTo(const QString &) {}
void CdpEngine::onMessage(const QString &) {}
void CdpEngine::onDisconnected() {}
void CdpEngine::send(const QString &, const QJsonObject &, Reply) {}
void CdpEngine::afterConnected() {}
void CdpEngine::applyBreakpoints(std::function<void()>) {}
void CdpEngine::applyExceptionMode() {}
void CdpEngine::onPaused(const QJsonObject &) {}
void CdpEngine::onResumed() {}
void CdpEngine::fail(const QString &) {}
qint64 CdpEngine::referenceFor(const QString &) { return 0; }

} // namespace lambdesk::debug
