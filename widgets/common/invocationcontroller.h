#pragma once

#include "backend.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace lambdesk {

class BackendHost;

// The console's one way to invoke: every page (Code's Test button, the Test tab, Ctrl+Enter)
// goes through here, so results reach every page that shows them, and the last result of
// each function is kept.
class InvocationController : public QObject
{
    Q_OBJECT
public:
    explicit InvocationController(BackendHost *host, QObject *parent = nullptr);

    // What Ctrl+Enter sends for a function; the Test tab keeps it current.
    void setCurrentEvent(const QString &function, const QString &eventName, const QByteArray &payload);
    QByteArray currentPayload(const QString &function) const;
    QString currentEventName(const QString &function) const;

    void invoke(const QString &function, const QByteArray &payload, const QString &qualifier = {},
                InvocationType type = InvocationType::RequestResponse);
    void invokeCurrent(const QString &function);
    int running(const QString &function) const { return m_running.value(function); }
    std::optional<InvocationResult> lastResult(const QString &function) const;

Q_SIGNALS:
    void invocationStarted(const QString &function);
    void invocationFinished(const QString &function, const lambdesk::InvocationResult &result);
    // It could not run at all (unknown function, invalid payload, throttled): the message says why.
    void invocationFailed(const QString &function, const QString &message);

private:
    struct Current
    {
        QString name;
        QByteArray payload;
    };
    BackendHost *m_host;
    QHash<QString, Current> m_current;
    QHash<QString, int> m_running;
    QHash<QString, InvocationResult> m_last;
};

} // namespace lambdesk
