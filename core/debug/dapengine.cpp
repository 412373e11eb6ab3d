#include "dapengine.h"

#include "dapmessage.h"
#include "dapproxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace lambdesk::debug {

DapEngine::DapEngine(QObject *parent) : DebugEngine(parent) {}

DapEngine::~DapEngine() = default;

void DapEngine::start(const Setup &setup)
{
    m_setup = setup;
}

void DapEngine::setBreakpoints(const QList<Breakpoint> &breakpoints)
{
    m_setup.breakpoints = breakpoints;
}

void DapEngine::setBreakOnUncaught(bool on)
{
    m_setup.breakOnUncaught = on;
}

void DapEngine::resume(Step step)
{
    Q_UNUSED(step);
}

void DapEngine::scopes(qint64 frameId, std::function<void(Result<QList<Scope>>)> done)
{
    Q_UNUSED(frameId);
    done(Error::internal(QStringLiteral("Not implemented yet")));
}

void DapEngine::variables(qint64 reference, std::function<void(Result<QList<Variable>>)> done)
{
    Q_UNUSED(reference);
    done(Error::internal(QStringLiteral("Not implemented yet")));
}

void DapEngine::evaluate(qint64 frameId, const QString &expression, std::function<void(Result<Variable>)> done)
{
    Q_UNUSED(frameId);
    Q_UNUSED(expression);
    done(Error::internal(QStringLiteral("Not implemented yet")));
}

void DapEngine::detach() {}

bool DapEngine::isStopped() const
{
    return m_stopped;
}

bool DapEngine::isExternalAttached() const
{
    return false;
}

} // namespace lambdesk::debug
