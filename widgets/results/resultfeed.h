#pragma once

#include "invoke/invocationresult.h"

#include <QObject>
#include <QPointer>

namespace lambdesk {

class InvocationController;
class ResultPanel;
class Settings;

// Keeps a ResultPanel on the invocations of the shown function as they happen, from the one
// channel: the console's own always; with "All sources" (a setting every panel shares) those the
// Lambda API, the CLI and the Event queue start too. Its history lists them all either way, and
// the switch counts what it did not show. The Code and Test tabs each have one.
class ResultFeed : public QObject
{
    Q_OBJECT
public:
    ResultFeed(ResultPanel *panel, InvocationController *invocations, Settings *settings, QObject *parent = nullptr);

    // Another function is shown (empty: none): its last result and history, then the stored ones.
    void setFunction(const QString &function, const QString &codeRoot);
    QString function() const { return m_function; }
    bool followsAllSources() const { return m_followAll; }

Q_SIGNALS:
    // The panel now says an invocation of the shown function runs.
    void runningShown(const lambdesk::InvocationStart &start);
    // The panel now shows this result.
    void resultShown(const lambdesk::InvocationResult &result);

private:
    bool follows(const QString &requestId, InvocationSource source) const;
    void onStarted(const InvocationStart &start);
    void onFinished(const InvocationResult &result);
    void showLast();
    void setFollowAll(bool follow);

    QPointer<ResultPanel> m_panel;
    InvocationController *m_invocations;
    Settings *m_settings;
    QString m_function;
    bool m_followAll = false;
    int m_unseen = 0;
};

} // namespace lambdesk
