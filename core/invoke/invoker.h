#pragma once

#include "concurrencylimits.h"
#include "invocationresult.h"
#include "invokerequest.h"
#include "model/error.h"
#include "model/functionconfig.h"
#include "runtime/environmentspec.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace lambdesk {

class AsyncQueue;
class EnvironmentPool;
class RuntimeDetection;

// A function as the invoker sees it: its configuration, and the generation of its code and
// settings (bumped on every change, so an environment of an older generation is never reused).
struct InvokeTarget
{
    FunctionConfig config;
    QString codeDir; // what runs: the working copy for $LATEST, a read-only snapshot for a version
    quint64 generation = 0;
    QString version = QStringLiteral("$LATEST"); // or "1", "2", ...
};

// The invoke path: checks a request (function, qualifier, payload), gives it its ids, builds the
// environment it needs and hands it to the pool; Event invocations go to the Event queue, whose
// attempts come back here. It is the one channel of invocations: every run, whoever asked for
// it, is announced by started() and finished() (throttles included), which the Backend passes
// on to the console and records. Lives on the backend thread.
class Invoker : public QObject
{
    Q_OBJECT
public:
    // What runs for a function and a qualifier (empty, $LATEST, a version); null with *error
    // set when there is none.
    using Lookup = std::function<const InvokeTarget *(const QString &name, const QString &qualifier, Error *error)>;
    using Callback = std::function<void(Result<InvocationResult>)>;
    // Where the environments' files go (set when the workspace is open).
    struct Paths
    {
        QString runtimeDir;  // our bootstraps
        QString scratchRoot; // each environment's TMPDIR is made in here
        // The SDKs AWS's runtimes provide (runtimesdk.h), as host folders; empty: not available.
        QString pythonSdkDir;   // boto3 & co.
        QString nodeModulesDir; // the AWS SDK for JavaScript v3
    };
    const Paths &paths() const { return m_paths; }

    // `runtimes` answers custom runtimes at once and waits for the detection of the others.
    Invoker(Lookup lookup, RuntimeDetection *runtimes, QObject *parent = nullptr);
    ~Invoker() override;

    void setPool(EnvironmentPool *pool) { m_pool = pool; }
    void setPaths(Paths paths) { m_paths = std::move(paths); }
    // The host folder of a function's layers merged in order (EnvironmentSpec::optDir); the
    // Backend knows the workspace. Empty answer: none.
    using LayerResolver = std::function<QString(const QStringList &layerArns)>;
    void setLayerResolver(LayerResolver resolver) { m_layerResolver = std::move(resolver); }
    void setRegion(const QString &region) { m_region = region; }
    // While false every request is refused (the backend is shutting down).
    void setAccepting(bool accepting) { m_accepting = accepting; }
    bool isAccepting() const { return m_accepting; }
    AsyncQueue &queue() { return *m_queue; }

    // Validates the request, runs it and calls `done` once: an Error when it could not run
    // (unknown function, bad payload, throttled, shutting down); a function error is a
    // successful Result. Event: queued, `done` comes at once with status Queued. DryRun:
    // validated only, `done` comes at once with status DryRun.
    void invoke(InvokeRequest request, Callback done);
    int running() const { return m_running; }
    // The environment a target runs in, and the pool's key of interchangeable ones (what
    // provisioned concurrency starts ahead of time). Needs the target's runtime installed.
    EnvironmentSpec environmentSpec(const InvokeTarget &target) const;
    static QString environmentKey(const InvokeTarget &target);
    QString functionArn(const QString &name) const;
    // The account limit and the functions' reservations, checked before every run (a throttle
    // past them); the Backend keeps them in step with the workspace.
    ConcurrencyLimits &limits() { return m_limits; }
    // Where the Python debug engine's modules are (debug::pythonEngineDir by default); a test
    // seam: a lookup that fails as on a machine without debugpy.
    using PythonEngineLookup = std::function<Result<QString>(const RuntimeInfo &python)>;
    void setPythonEngineLookup(PythonEngineLookup lookup) { m_pythonEngineDir = std::move(lookup); }
    const ConcurrencyLimits &limits() const { return m_limits; }

Q_SIGNALS:
    void started(const lambdesk::InvocationStart &start);
    void finished(const lambdesk::InvocationResult &result);
    // A line for the function's log (a throttle: why, and the limit it met).
    void note(const QString &function, const QString &requestId, const QString &text);

private:
    std::optional<Error> check(InvokeRequest &request, const InvokeTarget *&target) const;
    // A debug invocation's environment (spec.debug) and its pool key; the error when it cannot be debugged.
    std::optional<Error> debugSpec(const debug::Options &options, EnvironmentSpec &spec, QString *key) const;
    // The one way an invocation is refused for want of concurrency: announced as started and
    // ended Throttled (recorded, counted in the metrics), logged, answered with a 429's Error
    // whose field carries AWS's Reason.
    void throttle(const InvocationStart &start, const FunctionConfig &config, const QString &executedVersion,
                  const QString &reason, const QString &why, bool announced, const Callback &done);

    Lookup m_lookup;
    RuntimeDetection *m_runtimes;
    EnvironmentPool *m_pool = nullptr;
    AsyncQueue *m_queue;
    Paths m_paths;
    LayerResolver m_layerResolver;
    PythonEngineLookup m_pythonEngineDir;
    QString m_region = QStringLiteral("us-east-1");
    bool m_accepting = true;
    int m_running = 0;
    ConcurrencyLimits m_limits;
    // Event invocations from a trigger (a schedule), by request id: their attempts carry that
    // source instead of EventQueue. Not journaled: after a restart they run as EventQueue's.
    QHash<QString, InvocationSource> m_triggerSources;
};

} // namespace lambdesk
