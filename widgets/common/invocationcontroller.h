#pragma once

#include "backend.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace lambdesk {

class BackendHost;

// The console's one way to invoke: every page (Code's Test button, the Test tab, Ctrl+Enter)
// goes through here, so results reach every page that shows them, and the last results of
// each function are kept (and read back from the log database after a restart).
class InvocationController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kKeptResults = 10;

    explicit InvocationController(BackendHost *host, QObject *parent = nullptr);

    // What Ctrl+Enter sends for a function; the Test tab keeps it current.
    void setCurrentEvent(const QString &function, const QString &eventName, const QByteArray &payload);
    QByteArray currentPayload(const QString &function) const;
    QString currentEventName(const QString &function) const;

    // The result's status tells how it ended: "success", "error", "timeout", or, by the type
    // asked for, "accepted" (Event: queued, the outcome comes later) and "dryrun" (validated only).
    void invoke(const QString &function, const QByteArray &payload, const QString &qualifier = {},
                InvocationType type = InvocationType::RequestResponse);
    void invokeCurrent(const QString &function);
    int running(const QString &function) const { return m_running.value(function); }
    std::optional<InvocationResult> lastResult(const QString &function) const;
    // Newest first, at most kKeptResults: this session's, then the stored ones once loaded.
    QList<InvocationResult> recentResults(const QString &function) const { return m_recent.value(function); }
    // Reads the function's stored results (once per session) and emits historyLoaded().
    void loadHistory(const QString &function);
    bool isHistoryLoaded(const QString &function) const { return m_historyDone.contains(function); }

Q_SIGNALS:
    void invocationStarted(const QString &function);
    void invocationFinished(const QString &function, const lambdesk::InvocationResult &result);
    // It could not run at all (unknown function, invalid payload, throttled): the message says why.
    void invocationFailed(const QString &function, const QString &message);
    // recentResults(function) now includes the results stored by earlier sessions.
    void historyLoaded(const QString &function);

private:
    struct Current
    {
        QString name;
        QByteArray payload;
    };
    void remember(const QString &function, const InvocationResult &result, bool newest);

    BackendHost *m_host;
    QHash<QString, Current> m_current;
    QHash<QString, int> m_running;
    QHash<QString, QList<InvocationResult>> m_recent;
    QSet<QString> m_historyAsked;
    QSet<QString> m_historyDone;
};

} // namespace lambdesk
