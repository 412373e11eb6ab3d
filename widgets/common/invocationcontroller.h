#pragma once

#include "backend.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace lambdesk {

class BackendHost;

// The console's view of the one invocation channel. It starts the console's invocations (Code's
// Test button, the Test tab, Ctrl+Enter) and follows every invocation the Backend announces,
// whoever started it (console, CLI, Lambda API, Event queue): what is running, and the recent
// results of each function (read back from the log database after a restart). Views subscribe
// to this alone; none keeps its own idea of what runs.
class InvocationController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kKeptResults = 10;
    static constexpr int kKeptOwnEvents = 1000;

    explicit InvocationController(BackendHost *host, QObject *parent = nullptr);

    // What Ctrl+Enter sends for a function; the Test tab keeps it current.
    void setCurrentEvent(const QString &function, const QString &eventName, const QByteArray &payload);
    QByteArray currentPayload(const QString &function) const;
    QString currentEventName(const QString &function) const;

    // Starts an invocation from the console and returns its request id. A run is then announced
    // like any other (invocationStarted/Finished); an Event acceptance or a DryRun comes back as
    // invocationAnswered(), a request that could not run as invocationFailed().
    QString invoke(const QString &function, const QByteArray &payload, const QString &qualifier = {},
                   InvocationType type = InvocationType::RequestResponse);
    QString invokeCurrent(const QString &function);
    // Whether the console started it (an Event invocation's queue attempts included).
    bool isOwn(const QString &requestId) const { return m_own.contains(requestId) || m_ownEvents.contains(requestId); }

    // Runs now, of every source.
    int running(const QString &function) const;
    int runningTotal() const { return int(m_running.size()); }
    int runningFrom(InvocationSource source) const;

    // Newest first, at most kKeptResults, every source: this session's, then stored ones once loaded.
    QList<InvocationResult> recentResults(const QString &function) const { return m_recent.value(function); }
    std::optional<InvocationResult> lastResult(const QString &function) const;
    // Reads the function's stored results (once per session) and emits historyLoaded().
    void loadHistory(const QString &function);
    bool isHistoryLoaded(const QString &function) const { return m_historyDone.contains(function); }

Q_SIGNALS:
    // The channel, every source: recentResults() already holds a finished one.
    void invocationStarted(const lambdesk::InvocationStart &start);
    void invocationFinished(const lambdesk::InvocationResult &result);
    // running(function) changed.
    void runningChanged(const QString &function);
    // A console request answered without a run: Event accepted (status Queued), DryRun validated.
    void invocationAnswered(const lambdesk::InvocationResult &result);
    // A console request that could not run at all (unknown function, invalid payload, shutting down).
    void invocationFailed(const QString &function, const QString &requestId, const QString &message);
    // recentResults(function) now includes the results stored by earlier sessions.
    void historyLoaded(const QString &function);

private:
    struct Current
    {
        QString name;
        QByteArray payload;
    };
    void onStarted(const InvocationStart &start);
    void onFinished(const InvocationResult &result);
    void remember(const InvocationResult &result, bool newest);

    BackendHost *m_host;
    QHash<QString, Current> m_current;
    QHash<QString, InvocationStart> m_running; // request id -> its start
    QSet<QString> m_own;                       // synchronous ones, until they end
    QStringList m_ownEvents;                   // Event ones (their attempts may come hours later), the newest kept
    QHash<QString, QList<InvocationResult>> m_recent;
    QSet<QString> m_historyAsked;
    QSet<QString> m_historyDone;
};

// "Console", "Lambda API", "CLI", "Event queue (attempt 2)": who started an invocation, for people.
QString sourceLabel(InvocationSource source, int attempt = 1);

} // namespace lambdesk
