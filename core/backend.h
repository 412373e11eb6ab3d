#pragma once

#include "invoke/invocationresult.h"
#include "model/error.h"
#include "model/functionconfig.h"
#include "runtime/runtimecatalog.h"
#include "store/logstore.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace lambdesk {

class AsyncQueue;
class EnvironmentPool;
class LogStoreThread;
class ResourceControl;
class RuntimeApiServer;
class Workspace;

// Where a function's code comes from.
struct CodeSource
{
    enum class Kind { Blank, Directory, Blueprint, Zip };
    Kind kind = Kind::Blank;
    QString path;        // Directory
    QString blueprintId; // Blueprint
    QByteArray zip;      // Zip: the archive's bytes

    static CodeSource blank() { return {}; }
    static CodeSource directory(QString dir) { return {Kind::Directory, std::move(dir), {}, {}}; }
    static CodeSource blueprint(QString id) { return {Kind::Blueprint, {}, std::move(id), {}}; }
    static CodeSource fromZip(QByteArray bytes) { return {Kind::Zip, {}, {}, std::move(bytes)}; }
};

struct InvokeRequest
{
    QString function;
    QString qualifier; // empty or $LATEST
    QByteArray payload;
    InvocationType type = InvocationType::RequestResponse;
    QByteArray clientContext; // JSON text (decoded from X-Amz-Client-Context)
    QString requestId;        // empty: a fresh one (async retries pass the event's own)
};

// The one facade the GUI, the CLI and the HTTP API talk to. Lives on one thread (the
// backend thread in the GUI, the main thread in the CLI); every method must be called there.
class Backend : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString workspace; // empty: Workspace::defaultRoot()
        QString region = QStringLiteral("us-east-1");
        bool seedDemo = false;   // a new workspace gets the demo functions
        bool persistLogs = true; // write logs and invocations to SQLite
    };
    using InvokeCallback = std::function<void(Result<InvocationResult>)>;

    explicit Backend(Options options, QObject *parent = nullptr);
    ~Backend() override;

    Status start();
    void stop();
    bool isStarted() const { return m_started; }

    const RuntimeCatalog &runtimes() const { return m_runtimes; }
    QString limitsDescription() const;
    QString region() const { return m_options.region; }
    // Changes the region of ARNs and of AWS_REGION; warm environments are retired.
    Status setRegion(const QString &region);
    QString workspaceRoot() const;
    QString functionArn(const QString &name) const;
    Workspace &workspace() { return *m_workspace; }

    // ---- functions ----
    QList<FunctionConfig> listFunctions() const;
    Result<FunctionConfig> getFunction(const QString &name) const;
    // Validates everything (naming the field and the rule) before anything is written.
    Result<FunctionConfig> createFunction(FunctionConfig config, const CodeSource &code);
    // Replaces the configuration (the name picks the function). Retires warm environments.
    Result<FunctionConfig> updateConfiguration(FunctionConfig config);
    Result<FunctionConfig> updateCode(const QString &name, const CodeSource &code);
    // Saves one file of the code (the editor's Ctrl+S): deploys to $LATEST.
    Result<FunctionConfig> saveCodeFile(const QString &name, const QString &relativePath, const QByteArray &content);
    // The code folder changed outside Lambdesk's API (file tree edits): re-hash, retire.
    Result<FunctionConfig> codeChanged(const QString &name);
    Status deleteFunction(const QString &name);
    // Full validation with this machine's runtimes; empty when valid.
    QList<Error> validate(const FunctionConfig &config) const;

    // ---- test events ----
    QStringList eventNames(const QString &function) const; // empty function: shared
    Result<QByteArray> readEvent(const QString &function, const QString &event) const;
    Status saveEvent(const QString &function, const QString &event, const QByteArray &json);
    Status deleteEvent(const QString &function, const QString &event);

    // ---- invoke ----
    // Validates the request, runs it and calls `done` once (an Error when it could not run:
    // unknown function, bad payload, throttled; a function error is a successful Result).
    // Event: queued (see asyncQueue()); `done` comes at once with the request id and status
    // "queued". DryRun: validated only; `done` comes at once with status "dryrun".
    void invoke(InvokeRequest request, InvokeCallback done);
    // Event invocations waiting or running; its options set the retry delays.
    AsyncQueue &asyncQueue() { return *m_async; }

    // ---- environments ----
    struct EnvironmentCounts
    {
        int idle = 0;
        int busy = 0;
    };
    EnvironmentCounts environments(const QString &function) const;
    void setIdleTimeoutMs(int ms);
    void setMaxEnvironments(int n);
    QList<InvocationRecord> recentInvocations(const QString &function, int limit) const;
    // The stored log lines of one invocation, oldest first (what its results panel shows
    // after a restart); lines still waiting for the next batch are written first.
    QList<LogRecord> requestLogs(const QString &requestId, int limit = 5000);
    // Hands out the log lines gathered so far now instead of at the next 50 ms tick.
    void flushLogs();

Q_SIGNALS:
    void functionsChanged();
    void functionUpdated(const lambdesk::FunctionConfig &config);
    void functionDeleted(const QString &name);
    void environmentsRetired(const QString &function, const QString &reason);
    void environmentsChanged(const QString &function, int idle, int busy);
    void invocationStarted(const QString &function, const QString &requestId);
    void invocationFinished(const lambdesk::InvocationResult &result);
    // Batched every 50 ms: every log line of every function.
    void logLines(const QList<lambdesk::LogRecord> &records);

private:
    struct FunctionState
    {
        FunctionConfig config;
        quint64 generation = 0; // bumped when code or configuration changes
    };
    Result<QString> stageCode(const CodeSource &code, RuntimeFamily family) const;
    Result<FunctionConfig> storeUpdated(FunctionConfig config, const QString &why);
    void retire(const QString &function, const QString &why);
    void onPoolLogs(const QString &function, const QString &version, const QString &stream,
                    const QList<LogLine> &lines);
    void seedDemo();
    void addPlatformNote(const QString &function, const QString &requestId, const QString &text);
    Error runtimeMissing(const QString &runtime) const;

    Options m_options;
    bool m_started = false;
    std::unique_ptr<Workspace> m_workspace;
    RuntimeCatalog m_runtimes;
    std::unique_ptr<ResourceControl> m_control;
    RuntimeApiServer *m_runtimeApi = nullptr;
    EnvironmentPool *m_pool = nullptr;
    std::unique_ptr<LogStoreThread> m_logStore;
    QString m_runtimeDir;
    QString m_scratchRoot;
    QHash<QString, FunctionState> m_functions;
    quint64 m_nextGeneration = 1;
    QList<LogRecord> m_pendingLogs;
    QList<InvocationRecord> m_pendingInvocations;
    QTimer m_flushTimer{this}; // a child, so it moves to the backend thread with us
    AsyncQueue *m_async = nullptr;
};

} // namespace lambdesk
