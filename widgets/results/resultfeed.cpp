#include "resultfeed.h"

#include "common/invocationcontroller.h"
#include "resultpanel.h"
#include "settings.h"

namespace lambdesk {

ResultFeed::ResultFeed(ResultPanel *panel, InvocationController *invocations, Settings *settings, QObject *parent)
    : QObject(parent), m_panel(panel), m_invocations(invocations), m_settings(settings)
{
    m_followAll = m_settings->value(settings::resultsFollowAllSources);
    m_panel->setFollowAllSources(m_followAll);
    connect(m_panel, &ResultPanel::followAllSourcesToggled, this,
            [this](bool follow) { m_settings->setValue(settings::resultsFollowAllSources, follow); });
    // Every panel follows the one setting, whichever panel changed it.
    m_settings->onChanged(settings::resultsFollowAllSources, this, [this](bool follow) { setFollowAll(follow); });

    connect(m_invocations, &InvocationController::invocationStarted, this, &ResultFeed::onStarted);
    connect(m_invocations, &InvocationController::invocationFinished, this, &ResultFeed::onFinished);
    connect(m_invocations, &InvocationController::invocationAnswered, this, [this](const InvocationResult &r) {
        if (r.functionName == m_function && m_panel) {
            m_panel->showResult(r);
            Q_EMIT resultShown(r);
        }
    });
    connect(m_invocations, &InvocationController::invocationFailed, this,
            [this](const QString &fn, const QString &, const QString &message) {
                if (fn == m_function && m_panel)
                    m_panel->showFailure(message);
            });
    // Results of earlier sessions arrive from the database after the function is shown.
    connect(m_invocations, &InvocationController::historyLoaded, this, [this](const QString &fn) {
        if (fn != m_function || !m_panel)
            return;
        m_panel->setHistory(m_invocations->recentResults(fn));
        if (m_panel->requestId().isEmpty() && m_invocations->running(fn) == 0)
            showLast();
    });
}

bool ResultFeed::follows(const QString &requestId, InvocationSource source) const
{
    return m_followAll || source == InvocationSource::Console || m_invocations->isOwn(requestId);
}

void ResultFeed::setFunction(const QString &function, const QString &codeRoot)
{
    m_function = function;
    m_unseen = 0;
    m_panel->clear();
    m_panel->setUnseenFromOtherSources(0);
    if (function.isEmpty())
        return;
    m_panel->setCodeRoot(codeRoot);
    showLast();
    m_invocations->loadHistory(function);
}

void ResultFeed::showLast()
{
    const QList<InvocationResult> recent = m_invocations->recentResults(m_function);
    m_panel->setHistory(recent);
    // The newest result this panel follows; newer ones from other sources are counted as unseen,
    // all of them stay in the history.
    int newer = 0;
    for (const InvocationResult &r : recent) {
        if (follows(r.requestId, r.source)) {
            m_panel->showResult(r);
            break;
        }
        ++newer;
    }
    m_unseen = newer;
    m_panel->setUnseenFromOtherSources(newer);
}

void ResultFeed::onStarted(const InvocationStart &start)
{
    if (start.function != m_function || !m_panel || !follows(start.requestId, start.source))
        return;
    m_panel->showRunning(start.source == InvocationSource::Console
                             ? start.function
                             : tr("%1 (%2)").arg(start.function, sourceLabel(start.source, start.attempt)));
    Q_EMIT runningShown(start);
}

void ResultFeed::onFinished(const InvocationResult &result)
{
    if (result.functionName != m_function || !m_panel)
        return;
    m_panel->setHistory(m_invocations->recentResults(m_function));
    if (!follows(result.requestId, result.source)) {
        m_panel->setUnseenFromOtherSources(++m_unseen);
        return;
    }
    m_panel->showResult(result);
    Q_EMIT resultShown(result);
}

void ResultFeed::setFollowAll(bool follow)
{
    if (follow == m_followAll)
        return;
    m_followAll = follow;
    m_panel->setFollowAllSources(follow);
    if (follow && m_unseen > 0) {
        showLast(); // what it did not show is the newest now
        return;
    }
    m_unseen = 0;
    m_panel->setUnseenFromOtherSources(0);
}

} // namespace lambdesk
