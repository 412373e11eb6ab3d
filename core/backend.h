#pragma once

#include "invoke/asyncqueue.h"
#include "invoke/invocationresult.h"
#include "invoke/invoker.h"
#include "invoke/invokerequest.h"
#include "metrics/metricsreport.h"
#include "invoke/queuesink.h"
#include "model/error.h"
#include "model/eventinvokeconfig.h"
#include "model/functionalias.h"
#include "model/functionconfig.h"
#include "model/codesource.h"
#include "model/functionurl.h"
#include "model/layer.h"
#include "model/provisionedconcurrency.h"
#include "runtime/runtimecatalog.h"
#include "runtime/runtimedetection.h"
#include "store/codetree.h"
#include "store/logstore.h"
#include "store/packages.h"
#include "store/versionstore.h"
#include "triggers/eventsourcemappings.h"
#include "triggers/queuestore.h"
#include "triggers/schedulestore.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace lambdesk {

class EnvironmentPool;
class ExecutionEnvironment;
class LogStoreThread;
class ResourceControl;
class RuntimeApiServer;
class Scheduler;
class Workspace;

namespace logs {
struct EventQuery;
struct EventPage;
struct StreamInfo;
struct GroupInfo;
} // namespace logs

// The one facade the GUI, the CLI and the HTTP API talk to: one method per user action, whose
// answer says what happened. Lives on one thread (the backend thread in the GUI, the main thread
// in the CLI); every method must be called there.
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
        QString runtimeCache;    // empty: RuntimeDetection::defaultCacheFile()
        // The account concurrency limit (the backend/concurrencyLimit setting); see ConcurrencyLimits.
        int concurrencyLimit = ConcurrencyLimits::kDefaultAccountLimit;
        // Start the configured provisioned environments at start() (one-shot CLI commands don't).
        bool startProvisioned = true;
        bool pollQueues = true;  // event source mappings run (false: one-shot CLI commands)
        bool runSchedules = false; // fire the workspace's schedules (the console and `serve` do)
    };
    using InvokeCallback = Invoker::Callback;

    explicit Backend(Options options, QObject *parent = nullptr);
    ~Backend() override;

    Status start();
    // The graceful stop: refuses new invocations and tells the API servers (shuttingDown()),
    // then ends every environment without blocking (SIGTERM, SIGKILL after a grace) and writes
    // the logs; stopped() follows. Event invocations still waiting stay journaled.
    void shutdown();
    // Ends everything now, without an event loop (SIGKILL): for one-shot CLI commands and tests.
    void stop();
    bool isStarted() const { return m_started; }
    bool isShuttingDown() const { return m_shuttingDown; }

    // The runtimes of this machine. start() runs no interpreter: the first call that needs
    // them (this, a create or an invoke of a Python or Node function) reads them from the cache
    // or waits for their detection (see RuntimeDetection).
    const RuntimeCatalog &runtimes() const { return m_detection->catalog(); }
    // Known without waiting (from the cache, stats only, or a detection that finished).
    bool runtimesKnown() const { return m_detection->isKnown(); }
    // Detects them on a worker thread unless known (all afresh with `refresh`);
    // runtimesDetected() follows. For the console and `serve`, which must not wait.
    void detectRuntimes(bool refresh = false);
    // The SDK folders the environments get (runtimesdk.h: boto3 linked in at start(), the AWS SDK
    // for JavaScript v3 when installed); empty: not available.
    QString pythonSdkDir() const { return m_invoker->paths().pythonSdkDir; }
    QString nodeModulesDir() const { return m_invoker->paths().nodeModulesDir; }
    // Looks for the AWS SDK for JavaScript v3 again (after an install from the console):
    // environments started from now on get it; the folder, empty when still not installed.
    QString refreshNodeSdk();
    QString limitsDescription() const;
    // The sandbox line for the status bar (runtime/sandbox.h): namespaces, or off and why.
    QString sandboxDescription() const;
    QString region() const { return m_options.region; }
    // Changes the region of ARNs and of AWS_REGION; warm environments are retired.
    Status setRegion(const QString &region);
    QString workspaceRoot() const;
    QString functionArn(const QString &name) const;
    // The folder $LATEST's code lives in (what the editor opens).
    QString codeDir(const QString &name) const;

    // ---- functions ----
    // Broken functions (a function.json that is unreadable or breaks a rule) are listed and
    // read like the others, with FunctionConfig::brokenReason set and what could be read. They
    // are never invoked (a conflict, as AWS answers for State Failed) nor replaced by a create;
    // they can be deleted, repaired by updateConfiguration, or read again from disk.
    QList<FunctionConfig> listFunctions() const;
    Result<FunctionConfig> getFunction(const QString &name) const;
    // Validates everything (naming the field and the rule) before anything is written.
    Result<FunctionConfig> createFunction(FunctionConfig config, const CodeSource &code);
    // Replaces the configuration (the name picks the function). Retires warm environments.
    // For a broken function it is the repair: valid values write a valid function.json.
    Result<FunctionUpdate> updateConfiguration(FunctionConfig config);
    // Reads the function's function.json again (after an edit by hand): it becomes usable or
    // broken accordingly; a changed one retires warm environments. NotFound when it is gone.
    Result<FunctionConfig> reloadFunction(const QString &name);
    // Replaces the code. dryRun: checks the package and answers what the code would be
    // (CodeSha256, CodeSize), changing nothing.
    Result<FunctionUpdate> updateCode(const QString &name, const CodeSource &code, bool dryRun = false);
    // Saves one file of the code (the editor's Ctrl+S): deploys to $LATEST.
    Result<FunctionUpdate> saveCodeFile(const QString &name, const QString &relativePath, const QByteArray &content);
    // The file tree's actions; each deploys to $LATEST. `path` of the answer is where it is now.
    Result<FunctionUpdate> createCodeFile(const QString &name, const QString &relativePath);
    Result<FunctionUpdate> createCodeFolder(const QString &name, const QString &relativePath);
    Result<FunctionUpdate> renameCodePath(const QString &name, const QString &from, const QString &to);
    Result<FunctionUpdate> removeCodePath(const QString &name, const QString &relativePath);
    // Another program changed the code folder: re-hash it; environments of the old code retire.
    Result<FunctionUpdate> syncCode(const QString &name);
    // The code of $LATEST as a zip (what GetFunction's Code.Location serves).
    Result<QByteArray> exportCode(const QString &name) const;

    // The same three actions with the package work (unzipping, hashing, zipping) on a worker
    // thread, so that the thread calling them (which serves HTTP) stays free; `done` is called
    // later on this thread (never when the Backend is gone).
    void createFunction(FunctionConfig config, CodeSource code, std::function<void(Result<FunctionConfig>)> done);
    void updateCode(const QString &name, CodeSource code, bool dryRun,
                    std::function<void(Result<FunctionUpdate>)> done);
    void exportCode(const QString &name, std::function<void(Result<QByteArray>)> done);
    Status deleteFunction(const QString &name);
    // Full validation with this machine's runtimes; empty when valid.
    QList<Error> validate(const FunctionConfig &config) const;

    // ---- versions (store/versionstore.h: a git repository in the function's folder) ----
    struct PublishRequest
    {
        QString function;
        QString description; // empty: $LATEST's
        QString codeSha256;  // when given, $LATEST's must be this (AWS's precondition)
        QString revisionId;  // when given, $LATEST's RevisionId must be this
    };
    // Records $LATEST's code and configuration as the next version (1, 2, 3, ...); with nothing
    // changed since the newest version, that version is the answer (`created` false). The
    // blocking variant is for the CLI and tests; the other does the git work on a worker thread
    // and calls `done` later on this thread.
    Result<versionstore::Published> publishVersion(const PublishRequest &request);
    void publishVersion(const PublishRequest &request, std::function<void(Result<versionstore::Published>)> done);
    // Oldest first. An error when the function's version repository is missing or unreadable.
    Result<QList<FunctionVersion>> listVersions(const QString &name) const;
    Result<FunctionVersion> getVersion(const QString &name, int number) const;
    // Deletes the version, its tag and its snapshot; its environments retire. The blocking
    // variant is for the CLI and tests; the other does the disk and git work (a snapshot may be
    // thousands of files, a publish may hold the repository) on a worker thread and calls `done`
    // later on this thread. The version is gone for new invocations and aliases at once, and
    // comes back if its deletion fails.
    Status deleteVersion(const QString &name, int number);
    void deleteVersion(const QString &name, int number, std::function<void(Status)> done);
    // The folder version N runs from (read-only).
    QString versionCodeDir(const QString &name, int number) const;

    // ---- aliases (store/aliasstore.h) ----
    // `routing`: empty for one version, else {second version: its weight, 0 < w < 1}.
    Result<FunctionAlias> createAlias(const QString &function, const QString &name, const QString &functionVersion,
                                      const QString &description = {}, const QMap<QString, double> &routing = {});
    struct AliasUpdate
    {
        QString function;
        QString name;
        std::optional<QString> functionVersion;
        std::optional<QString> description;
        std::optional<QMap<QString, double>> routing; // replaces the routing; an empty map: one version
        QString revisionId;                           // when given, the alias's must be this
    };
    Result<FunctionAlias> updateAlias(const AliasUpdate &update);
    Status deleteAlias(const QString &function, const QString &name);
    Result<FunctionAlias> getAlias(const QString &function, const QString &name) const;
    // By name.
    Result<QList<FunctionAlias>> listAliases(const QString &function) const;

    // ---- provisioned concurrency (backendprovisioned.cpp; store/provisionedstore.h) ----
    // On a published version or an alias (never $LATEST): `count` environments of the version
    // are initialised ahead of time; the answer's Status is IN_PROGRESS until they all are
    // (provisionedConcurrencyChanged() says when it changes). Validated against the account
    // concurrency limit; a version and an alias pointing at it cannot both have one.
    Result<ProvisionedConcurrency> putProvisionedConcurrency(const QString &function, const QString &qualifier,
                                                             int count);
    // NotFound with field "ProvisionedConcurrencyConfig" when the qualifier has none.
    Result<ProvisionedConcurrency> getProvisionedConcurrency(const QString &function, const QString &qualifier) const;
    Status deleteProvisionedConcurrency(const QString &function, const QString &qualifier);
    // By qualifier.
    Result<QList<ProvisionedConcurrency>> listProvisionedConcurrency(const QString &function) const;
    // The account concurrency limit (setting backend/concurrencyLimit; default 10).
    int accountConcurrencyLimit() const;

    // ---- test events (an empty function: the shareable events) ----
    QStringList eventNames(const QString &function) const;
    Result<QByteArray> readEvent(const QString &function, const QString &event) const;
    Status saveEvent(const QString &function, const QString &event, const QByteArray &json);
    // A rename, or a move between private and shareable, with the event's JSON: the new one is
    // written before the old one is deleted, so a failure loses nothing.
    Status renameEvent(const QString &fromFunction, const QString &fromEvent, const QString &toFunction,
                       const QString &toEvent, const QByteArray &json);
    Status deleteEvent(const QString &function, const QString &event);

    // ---- invoke ----
    // See Invoker::invoke. Every run is announced on the one channel: invocationStarted() and
    // invocationFinished().
    void invoke(InvokeRequest request, InvokeCallback done);
    int runningInvocations() const { return m_invoker->running(); }
    // Event invocations waiting or running; its options set the retry delays.
    AsyncQueue &asyncQueue() { return m_invoker->queue(); }

    // ---- concurrency (invoke/concurrencylimits.h; store/concurrencystore.h) ----
    // What GetAccountSettings and the console show.
    struct AccountConcurrency
    {
        int limit = 0;             // AccountLimit.ConcurrentExecutions
        int unreserved = 0;        // AccountLimit.UnreservedConcurrentExecutions
        int minimumUnreserved = 0; // what reservations must leave: max(1, limit / 10)
        int totalReserved = 0;
    };
    AccountConcurrency accountConcurrency() const;
    // Changes the account limit; refused when it is not 1 to 10000, or when the reservations
    // made would leave less than its minimum unreserved.
    Status setConcurrencyLimit(int limit);
    // The function's reserved concurrency (nothing: it shares the unreserved pool).
    Result<std::optional<int>> functionConcurrency(const QString &name) const;
    // PutFunctionConcurrency: checked with AWS's rules, written to the workspace, then enforced
    // from the next invocation on (0 throttles every one). Answers the number set.
    Result<int> putFunctionConcurrency(const QString &name, int reserved);
    // DeleteFunctionConcurrency: back to the unreserved pool.
    Status deleteFunctionConcurrency(const QString &name);
    // ---- asynchronous invocation configuration, destinations (backendasync.cpp) ----
    // One configuration per function and qualifier ($LATEST when empty, a version or an alias),
    // kept in the workspace. Its MaximumRetryAttempts and MaximumEventAgeInSeconds replace the
    // Event queue's defaults for events invoked with that qualifier; when an event is over,
    // OnSuccess gets AWS's invocation record of a success, OnFailure that of an event whose
    // retries ran out or that grew too old, and the function's DeadLetterConfig target gets the
    // event itself (on failure; both when both are set, as on AWS). Put replaces the
    // configuration with the fields given; update changes only those (NotFound without one).
    Result<EventInvokeConfig> putEventInvokeConfig(const QString &function, const QString &qualifier,
                                                   const EventInvokeConfigPatch &patch);
    Result<EventInvokeConfig> updateEventInvokeConfig(const QString &function, const QString &qualifier,
                                                      const EventInvokeConfigPatch &patch);
    Result<EventInvokeConfig> getEventInvokeConfig(const QString &function, const QString &qualifier) const;
    Status deleteEventInvokeConfig(const QString &function, const QString &qualifier);
    // $LATEST's first, then the versions', then the aliases'.
    Result<QList<EventInvokeConfig>> listEventInvokeConfigs(const QString &function) const;
    // A destination or dead-letter target of `function`: the ARN's form, not the function
    // itself, and a target that exists (a function, its qualifier; a queue of the sink).
    std::optional<Error> checkDestination(const QString &field, const QString &arn, const QString &function) const;
    // What a destination can name now: every function's ARN, then every queue's (with a sink).
    QStringList destinationTargets() const;
    // The local queues (see invoke/queuesink.h); an empty sink removes them.
    void setQueueSink(QueueSink sink) { m_queueSink = std::move(sink); }
    bool hasQueueSink() const { return m_queueSink.isSet(); }

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
    // The newest `limit` log lines of earlier sessions (stored before this backend started),
    // oldest first: what the console's log shows at start. This session's lines come through
    // logLines(), so none is in both.
    QList<LogRecord> earlierLogs(int limit) const;
    // Hands out the log lines gathered so far now instead of at the next 50 ms tick.
    void flushLogs();

    // ---- metrics (core/metrics: counted as invocation records are written) ----
    // Read on the log store's thread, after the records not written yet; `done` is called
    // later on this thread (with an empty report when nothing is stored).
    void queryMetrics(const metrics::Query &query, std::function<void(metrics::Report)> done);
    // The invocations started in [fromMs, toMs), newest first: a clicked minute's.
    void queryInvocations(const metrics::Filter &filter, qint64 fromMs, qint64 toMs, int limit,
                          std::function<void(QList<InvocationRecord>)> done);
    // The same, waiting for the answer (the CLI).
    metrics::Report metrics(const metrics::Query &query);

    // ---- stored log lines as CloudWatch Logs serves them (core/logs; backendlogs.cpp) ----
    // Read on the log store's thread after the lines not written yet; `done` is called later
    // on this thread (empty answers when nothing is stored).
    void queryLogEvents(const logs::EventQuery &query, std::function<void(logs::EventPage)> done);
    void queryLogStreams(const QStringList &functions, std::function<void(QList<logs::StreamInfo>)> done);
    void queryLogGroups(const QStringList &functions, std::function<void(QList<logs::GroupInfo>)> done);

    // ---- local queues and event source mappings (core/triggers; backendqueues.cpp) ----
    Result<QueueInfo> createQueue(const QString &name, const QueueAttributes &attributes = {});
    // Refused while an event source mapping reads the queue or it is another's dead-letter queue.
    Status deleteQueue(const QString &name);
    // With counts (visible, in flight, delayed), by name.
    QList<QueueInfo> listQueues() const;
    Result<QueueInfo> getQueue(const QString &name) const;
    // On disk when it returns.
    Result<QueueMessage> sendQueueMessage(const QString &queue, const QByteArray &body, int delaySeconds = 0);
    // The messages as they are, oldest first, without receiving them.
    Result<QList<QueueMessage>> peekQueue(const QString &queue, int limit = 100) const;
    Result<int> purgeQueue(const QString &queue);
    // Moves a dead-letter queue's messages back to the queues they came from.
    Result<int> redriveQueue(const QString &deadLetterQueue);
    // For destinations and other producers: exists(name), send(name, body). Null before start().
    QueueStore *queueStore() const { return m_queueStore.get(); }
    QString queueArn(const QString &name) const;

    Result<EventSourceMapping> createEventSourceMapping(const MappingChange &change);
    Result<EventSourceMapping> updateEventSourceMapping(const QString &uuid, const MappingChange &change);
    Result<EventSourceMapping> deleteEventSourceMapping(const QString &uuid);
    Result<EventSourceMapping> getEventSourceMapping(const QString &uuid) const;
    // Filtered by function and queue name when given.
    QList<EventSourceMapping> listEventSourceMappings(const QString &function = {}, const QString &queue = {}) const;
    // Null before start().
    EventSourceMappings *eventSourceMappings() const { return m_mappings; }

    // ---- layers (store/layerstore.h; backendlayers.cpp) ----
    // Publishes the next version of the layer (1, 2, ...; a deleted number is never reused),
    // validated with AWS's rules. The blocking variant is for the CLI and tests; the other
    // does the zip work on a worker thread and calls `done` later on this thread.
    Result<LayerVersion> publishLayerVersion(const LayerPublish &request);
    void publishLayerVersion(const LayerPublish &request, std::function<void(Result<LayerVersion>)> done);
    // The latest version of each layer, by name.
    Result<QList<LayerVersion>> listLayers() const;
    // Newest first; NotFound when the layer has no version.
    Result<QList<LayerVersion>> listLayerVersions(const QString &layerName) const;
    Result<LayerVersion> getLayerVersion(const QString &layerName, int version) const;
    // Idempotent (as AWS). Functions using it keep their merged /opt folder.
    Status deleteLayerVersion(const QString &layerName, int version);
    QString layerArn(const QString &layerName) const;                     // arn:aws:lambda:REGION:ACCOUNT:layer:NAME
    QString layerVersionArn(const QString &layerName, int version) const; // ...:layer:NAME:VERSION
    // The stored zip of a layer version (Content.Location); empty when it does not exist.
    QString layerZipPath(const QString &layerName, int version) const;
    // The merged /opt folder of a function's layers (built when missing); empty for none.
    Result<QString> layersFolder(const QStringList &layerArns);

    // ---- function URLs (model/functionurl.h; kept in the function's folder; backendurls.cpp) ----
    // One URL per function and qualifier: empty or $LATEST (the unqualified function) or an
    // existing alias. Create: a Conflict when there is one already; a version number is refused
    // (InvalidParameter, as AWS), an unknown alias is NotFound; urlId and the times are made here.
    // Deleting the function or the alias deletes its URL. functionUrlsChanged() follows a change.
    Result<FunctionUrlConfig> createFunctionUrlConfig(FunctionUrlConfig config);
    struct FunctionUrlPatch // UpdateFunctionUrlConfig changes only what it names
    {
        std::optional<FunctionUrlAuthType> authType;
        std::optional<std::optional<FunctionUrlCors>> cors; // set to nullopt: no CORS any more
        std::optional<FunctionUrlInvokeMode> invokeMode;
    };
    Result<FunctionUrlConfig> updateFunctionUrlConfig(const QString &function, const QString &qualifier,
                                                      const FunctionUrlPatch &patch);
    Result<FunctionUrlConfig> getFunctionUrlConfig(const QString &function, const QString &qualifier) const;
    Status deleteFunctionUrlConfig(const QString &function, const QString &qualifier);
    // The function's URLs, the unqualified one first, then by alias name.
    Result<QList<FunctionUrlConfig>> listFunctionUrlConfigs(const QString &function) const;
    // The URL a request names (functionurl::urlIdOf), by a hash lookup; nullopt when none.
    std::optional<FunctionUrlConfig> functionUrlById(const QString &urlId) const;

    // ---- resource-based policy (AddPermission, RemovePermission, GetPolicy; backendpolicy.cpp) ----
    // Kept per function and qualifier in <functionDir>/policy.json and answered as AWS does, not
    // enforced (one local account). `statement`: the IAM statement as AWS writes it, with "Sid".
    // Add: a Conflict when the Sid is taken; qualifier empty/$LATEST, a version or an alias.
    Result<QJsonObject> addPermission(const QString &function, const QString &qualifier, const QJsonObject &statement);
    Status removePermission(const QString &function, const QString &qualifier, const QString &statementId);
    // The statements, oldest first; NotFound when there are none (as AWS's GetPolicy).
    Result<QList<QJsonObject>> getPolicy(const QString &function, const QString &qualifier) const;

    // ---- schedules (core/triggers; backendschedules.cpp) ----
    // Kept in <workspace>/schedules.json. A schedule whose function is deleted is kept and shown
    // with its problem (as an EventBridge rule outlives its target); its runs fail until the
    // function exists again or the schedule is changed or deleted.
    struct ScheduleInfo
    {
        Schedule schedule;
        QString problem;           // why it cannot run now (a broken entry, a missing function); empty: none
        QList<QDateTime> nextRuns; // UTC; none when disabled or broken
        QDateTime lastRun;         // the scheduled time of its last run (this session); invalid: none
        QString lastRequestId;
        QString lastResult; // statusName() of the last run ("queued", "success", "error", ...) or why it was refused
    };
    // An error when schedules.json cannot be read (it is left as it is, and changes are refused).
    Result<QList<ScheduleInfo>> listSchedules(int nextRuns = 5) const;
    Result<ScheduleInfo> getSchedule(const QString &name, int nextRuns = 5) const;
    // Validates everything (naming the field and the rule) and that the function exists, then
    // writes schedules.json. Create: a Conflict when the name is taken. Update: replaces the
    // schedule of that name (NotFound when there is none), keeping its creation time.
    Result<ScheduleInfo> createSchedule(Schedule schedule);
    Result<ScheduleInfo> updateSchedule(Schedule schedule);
    Result<ScheduleInfo> setScheduleEnabled(const QString &name, bool enabled);
    Status deleteSchedule(const QString &name);
    // One run as the timer makes it: an Event invocation of the function with the Scheduled
    // Event for `scheduledTime` (or the schedule's input), source Schedule. scheduleRan() follows.
    void runSchedule(const Schedule &schedule, const QDateTime &scheduledTime);
    // EventBridge's "Scheduled Event" for a run, keys in AWS's order.
    QByteArray scheduledEvent(const QString &scheduleName, const QDateTime &scheduledTime) const;
    // Fires the schedules (null before start()); tests set its clock.
    Scheduler *scheduler() const { return m_scheduler; }

    // ---- debugger (core/debug; backenddebug.cpp) ----
    // Invokes under the debugger, as invoke() otherwise (the one channel announces it, with
    // InvocationStart::debugged): in a debug environment of the function (kept warm for the next
    // Debug; a cold one runs init under the debugger). The session's id is the request id
    // (request.requestId, made here when empty); debugSessionStarted() comes before the runtime
    // is let go. Errors as invoke()'s, and: the runtime cannot be debugged (provided runtimes
    // without externalPort), debugpy missing (the message names python3-debugpy), the external
    // port invalid or in use (field "DebugPort").
    void debugInvoke(InvokeRequest request, debug::Options options, InvokeCallback done);
    // A stopped session goes on (continue or a step). Error: unknown session, or not stopped.
    Status debugResume(const QString &sessionId, debug::Step step);
    // Ends the debugged invocation now: its environment is stopped, and the invocation ends
    // failed with errorType "Debugger.Stopped" ("The invocation was stopped in the debugger").
    Status debugStop(const QString &sessionId);
    // While stopped: a frame's scopes, a reference's children, an expression in a frame.
    void debugScopes(const QString &sessionId, qint64 frameId, std::function<void(Result<QList<debug::Scope>>)> done);
    void debugVariables(const QString &sessionId, qint64 reference,
                        std::function<void(Result<QList<debug::Variable>>)> done);
    void debugEvaluate(const QString &sessionId, qint64 frameId, const QString &expression,
                       std::function<void(Result<debug::Variable>)> done);
    // The sessions running now (their ids).
    QStringList debugSessions() const;
    // A function's breakpoints, kept in functions/NAME/breakpoints.json (outside the code: not in
    // CodeSha256 nor in versions), across restarts.
    Result<QList<debug::Breakpoint>> breakpoints(const QString &function) const;
    // Replaces them (validated: a file inside the code folder, line >= 1; the error names
    // "Breakpoints[i].File" / ".Line"), saves them, and applies them to the function's
    // running debug sessions. breakpointsChanged() follows.
    Status setBreakpoints(const QString &function, QList<debug::Breakpoint> breakpoints);
    // Where debugpy is looked up for Python functions (debug::pythonEngineDir by default); a
    // seam for tests of a machine without it.
    void setPythonEngineLookup(Invoker::PythonEngineLookup lookup) { m_invoker->setPythonEngineLookup(std::move(lookup)); }

Q_SIGNALS:
    // A queue was created or deleted.
    void queuesChanged();
    // A queue's counts changed (coalesced: at most every 100 ms per queue).
    void queueCountsChanged(const QString &queue);
    void eventSourceMappingsChanged();
    // A schedule was created, changed, enabled, disabled or deleted.
    void schedulesChanged();
    // A layer version was published or deleted.
    void layersChanged();
    // A function URL of the function was created, changed or deleted.
    void functionUrlsChanged(const QString &function);
    // A schedule's run was handed to the function (`result` "queued") or refused (the reason);
    // its end comes on the one channel (invocationFinished) under `requestId`.
    void scheduleRan(const QString &name, const QString &requestId, const QDateTime &scheduledTime,
                     const QString &result);
    void functionsChanged();
    void functionUpdated(const lambdesk::FunctionConfig &config);
    void functionDeleted(const QString &name);
    // A version was published or deleted.
    void versionsChanged(const QString &function);
    // An alias was created, changed or deleted.
    void aliasesChanged(const QString &function);
    // A function's reserved concurrency was set or removed, or the account limit changed (function empty).
    void concurrencyChanged(const QString &function);
    void environmentsRetired(const QString &function, const QString &reason);
    void environmentsChanged(const QString &function, int idle, int busy);
    // A provisioned concurrency configuration of the function was put, deleted, or its
    // allocation changed (IN_PROGRESS -> READY, FAILED).
    void provisionedConcurrencyChanged(const QString &function, const QString &qualifier);
    // ---- debugger ----
    void debugSessionStarted(const QString &sessionId, const QString &function);
    // The outside debugger (debug::Options::externalPort) is awaited / connected.
    void debugWaitingForClient(const QString &sessionId, quint16 port);
    void debugClientAttached(const QString &sessionId);
    void debugStopped(const lambdesk::debug::Stop &stop);
    void debugContinued(const QString &sessionId);
    void debugOutput(const QString &sessionId, const QString &category, const QString &text);
    // The session is over (its invocation ended: invocationFinished has the outcome); `message`
    // says why when it is not the invocation's end (the engine could not attach, ...).
    void debugSessionEnded(const QString &sessionId, const QString &message);
    void breakpointsChanged(const QString &function);
    // The one channel of invocations: every run, whoever started it (console, CLI, API, Event
    // queue), once when it starts and once when it ends, keyed by request id.
    void invocationStarted(const lambdesk::InvocationStart &start);
    void invocationFinished(const lambdesk::InvocationResult &result);
    // Batched every 50 ms: every log line of every function.
    void logLines(const QList<lambdesk::LogRecord> &records);
    // A function's asynchronous invocation configurations changed (put, update, delete).
    void eventInvokeConfigChanged(const QString &function);
    // What an Event invocation left behind went to a destination (`kind`: OnSuccess, OnFailure,
    // DeadLetter), or could not (`error` says why).
    void asyncDelivered(const QString &function, const QString &requestId, const QString &kind,
                        const QString &target, const QString &error);
    // The runtimes are known (runtimes() answers at once from now on).
    void runtimesDetected();
    // shutdown() began: servers stop accepting calls now.
    void shuttingDown();
    // shutdown() is over: no environment is left, the logs are written.
    void stopped();

private:
    // A package unpacked (or checked) and hashed: the work that may run on a worker thread.
    struct Staged
    {
        QString dir;               // the code tree under .staging (empty for a dry run's check)
        packages::Package package; // what describes it (no bytes for a dry run's check)
    };
    static Result<Staged> stage(const CodeSource &code, RuntimeFamily family, const QString &stagingDir, bool checkOnly,
                                const std::atomic<bool> *cancel);
    Result<FunctionConfig> preparedCreate(FunctionConfig &config, const CodeSource &code) const;
    Result<FunctionConfig> installStaged(FunctionConfig config, const CodeSource &code, const Result<Staged> &staged,
                                         const QString &stagingDir);
    Result<FunctionUpdate> replaceStaged(const QString &name, const Result<Staged> &staged, bool dryRun,
                                         const QString &stagingDir);
    // Runs `work` on the worker pool, then `then` with its result on this thread.
    template<typename T>
    void offThread(std::function<T()> work, std::function<void(T)> then);
    Result<FunctionUpdate> storeUpdated(FunctionConfig config, const QString &why, bool written = false);
    // Re-hashes the code after a change on disk; `path` goes into the answer.
    Result<FunctionUpdate> codeUpdated(const QString &name, const QString &path = {});
    // Lambdesk's zip of a code folder, as its package (blocking: zips the whole tree).
    static Result<packages::Package> packageOf(const QString &codeDir);
    // A function whose CodeSha256 names no package (a workspace from before packages, a
    // function.json edited by hand, a repair) gets Lambdesk's zip of its code as its package.
    Result<FunctionConfig> ensurePackage(FunctionConfig config);
    // Deletes the packages that neither $LATEST nor a version of the function uses.
    void prunePackages(const QString &name);
    // Reads a function's versions (at start), making missing snapshots from the repository.
    void loadVersions(const QString &name);
    // The checks before a publish; the tree $LATEST's code must have.
    Result<codetree::Digest> checkPublish(const PublishRequest &request) const;
    Result<versionstore::Published> registerPublished(const QString &name, Result<versionstore::Published> published);
    std::optional<Error> checkDeleteVersion(const QString &name, int number) const;
    void versionDeleted(const QString &name, int number);
    // The rules of an alias (name, versions, weights); `function` must exist.
    std::optional<Error> checkAlias(const QString &function, const FunctionAlias &alias) const;
    Status saveAliases(const QString &function, const QMap<QString, FunctionAlias> &aliases);
    void loadAliases(const QString &name);
    void loadConcurrency(const QString &name);
    // Resolves a qualifier to what runs: $LATEST, a version, or an alias's version (for a
    // weighted alias picked at random, per call).
    const InvokeTarget *resolve(const QString &name, const QString &qualifier, Error *error) const;
    // Provisioned concurrency (backendprovisioned.cpp).
    void loadProvisioned(const QString &name);
    void startProvisioned(const QString &function, const QString &qualifier);
    ProvisionedConcurrency withAllocation(const QString &function, ProvisionedConcurrency config) const;
    Status saveProvisioned(const QString &function, const QMap<QString, ProvisionedConcurrency> &configs);
    std::optional<Error> checkProvisionedQualifier(const QString &function, const QString &qualifier) const;
    // The configuration of `qualifier` goes with it (a deleted version or alias).
    void dropProvisioned(const QString &function, const QString &qualifier);
    // An alias moved: its provisioned environments follow, if the new version may have them.
    std::optional<Error> checkProvisionedAliasMove(const QString &function, const FunctionAlias &alias) const;
    template<typename Op>
    Result<FunctionUpdate> changeCodePath(const QString &name, Op op);
    int retire(const QString &function, const QString &why);
    void record(const InvocationResult &result);
    void recordAsync(const QString &function, const QString &qualifier, bool dropped);
    void onPoolLogs(const QString &function, const QString &version, const QString &stream,
                    const QList<LogLine> &lines);
    void loadEventInvokeConfigs(const QString &name);
    Result<EventInvokeConfig> storeEventInvokeConfig(const QString &function, const QString &qualifier,
                                                     const EventInvokeConfigPatch &patch, bool replace);
    void connectAsyncDestinations();
    void asyncConcluded(const AsyncQueue::Conclusion &conclusion);
    void deliverAsync(const QString &function, const QString &requestId, const QString &kind, const QString &arn,
                      const QByteArray &body);
    void finishShutdown();
    void closeStores();
    // The debugger (backenddebug.cpp): metatypes and the invoker's announcements (constructor),
    // the pool's session signals (start()).
    void initDebugger();
    void connectDebugPool();
    // The environment running debug session `sessionId`, or the error to answer.
    Result<ExecutionEnvironment *> debugEnvironment(const QString &sessionId) const;
    std::optional<Error> checkDebugPort(quint16 port) const;
    Status openQueues();
    void closeQueues();
    // Reads schedules.json and arms the scheduler (start()).
    void loadSchedules();
    Status saveSchedules(const QList<Schedule> &schedules);
    ScheduleInfo scheduleInfo(const Schedule &schedule, int nextRuns) const;
    void seedDemo();
    // Layers of a function's configuration: at most 5, no layer twice, each version existing
    // (unless `current` already uses it: a deleted version keeps working for its functions),
    // and code + layers within 250 MB unzipped (with codeSize known). Builds the merged folder.
    std::optional<Error> checkLayers(const FunctionConfig &config, const QStringList &current = {}) const;
    // Deletes the merged folders no function or version uses.
    void pruneLayerFolders();
    // Function URLs (backendurls.cpp): read at start(); dropped with their alias or function.
    void loadFunctionUrls(const QString &name);
    Status saveFunctionUrls(const QString &function, const QMap<QString, FunctionUrlConfig> &urls);
    void dropFunctionUrl(const QString &function, const QString &qualifier);
    void dropFunctionUrls(const QString &function);
    Result<QString> checkUrlQualifier(const QString &function, const QString &qualifier) const;
    void addPlatformNote(const QString &function, const QString &requestId, const QString &text);
    Error runtimeMissing(const QString &runtime) const;
    Error notFound(const QString &name) const;
    // NotFound, or a conflict for a broken function, or nothing when its code may change.
    std::optional<Error> checkChangeable(const QString &name) const;
    // How to get a broken function running again, for the errors that refuse to touch it.
    static QString repairHint();

    Options m_options;
    bool m_started = false;
    bool m_shuttingDown = false;
    std::unique_ptr<Workspace> m_workspace;
    RuntimeDetection *m_detection; // a child: it moves to the backend thread with us
    std::unique_ptr<ResourceControl> m_control;
    RuntimeApiServer *m_runtimeApi = nullptr;
    EnvironmentPool *m_pool = nullptr;
    Invoker *m_invoker;
    std::unique_ptr<LogStoreThread> m_logStore;
    std::unique_ptr<QueueStore> m_queueStore;
    EventSourceMappings *m_mappings = nullptr;
    QTimer *m_queueCounts = nullptr; // coalesces queueCountsChanged()
    QTimer *m_queueExpiry = nullptr; // drops messages past their retention period
    QSet<QString> m_countsChanged;   // queues whose counts changed since the last signal
    QString m_runtimeDir;
    QString m_scratchRoot;
    QHash<QString, InvokeTarget> m_functions; // the functions that can run
    QHash<QString, FunctionConfig> m_broken;  // the broken ones: what could be read, and why
    struct VersionEntry
    {
        FunctionVersion info;
        InvokeTarget target; // runs from the version's snapshot
    };
    QHash<QString, QMap<int, VersionEntry>> m_versions; // the published versions of each function
    QHash<QString, Error> m_versionErrors; // functions whose version repository (or aliases) cannot be read
    QHash<QString, QMap<QString, FunctionAlias>> m_aliases; // the aliases of each function, by name
    // The provisioned concurrency configurations of each function, by qualifier.
    QHash<QString, QMap<QString, ProvisionedConcurrency>> m_provisioned;
    // Asynchronous invocation configurations by function, then qualifier.
    QHash<QString, QMap<QString, EventInvokeConfig>> m_eventInvokeConfigs;
    // Function URLs: by function, then qualifier (empty: $LATEST); and by url id, for the
    // per-request lookup (kept in step with the first).
    QHash<QString, QMap<QString, FunctionUrlConfig>> m_functionUrls;
    QHash<QString, FunctionUrlConfig> m_functionUrlsById;
    QHash<QString, Error> m_functionUrlErrors; // function-urls.json unreadable: left as it is, changes refused
    // The last attempt that ran of each Event invocation still waiting (its invocation record).
    QHash<QString, InvocationResult> m_lastAsyncAttempts;
    QueueSink m_queueSink;
    quint64 m_nextGeneration = 1;
    QList<LogRecord> m_pendingLogs;
    qint64 m_earlierLogsEnd = 0; // the newest stored line's id at start
    QList<InvocationRecord> m_pendingInvocations;
    Scheduler *m_scheduler = nullptr; // a child
    QList<Schedule> m_schedules;
    std::optional<Error> m_schedulesError; // schedules.json could not be read
    struct ScheduleRun
    {
        QDateTime time;
        QString requestId;
        QString result;
    };
    QHash<QString, ScheduleRun> m_scheduleRuns; // by schedule name, this session
    QTimer m_flushTimer{this}; // a child, so it moves to the backend thread with us
    // Package work (zip, hashing) off the thread that serves HTTP; stop() cancels and waits.
    QThreadPool m_workers;
    std::shared_ptr<std::atomic<bool>> m_cancelWork = std::make_shared<std::atomic<bool>>(false);
    struct DebugSession
    {
        QString function;  // known once the invocation started
        quint16 externalPort = 0;
        bool announced = false; // debugSessionStarted() was emitted
        QString endMessage;     // why the engine gave up, for debugSessionEnded()
    };
    QHash<QString, DebugSession> m_debugSessions; // by session (request) id
};

} // namespace lambdesk
