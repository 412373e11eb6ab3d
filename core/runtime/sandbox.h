#pragma once

#include "environmentspec.h"
#include "runtimelaunch.h"

#include <QString>
#include <QStringList>

#include <utility>

// The sandbox: each execution environment in its own namespaces (mount, PID, IPC, UTS, user
// where Lambdesk is not root, and network with the function's "no network" switch), started by
// the lambdesk-sandbox helper, so that the handler sees AWS's filesystem (/var/task read-only,
// /tmp a tmpfs of the ephemeral-storage size, /opt, /var/runtime) and nothing of the account.
// Where namespaces are not available, Off: the runtime runs with the host's filesystem.
namespace lambdesk::sandbox {

enum class Mode { Namespaces, Off };

struct Status
{
    Mode mode = Mode::Off;
    QString reason; // Off: why ("lambdesk-sandbox not found", "LAMBDESK_SANDBOX=off", the probe's answer)
    QString how;    // Namespaces: what the probe said ("root", "user-namespace")
    QString helper; // the helper's path; empty when not found
};

// The mode in force: LAMBDESK_SANDBOX=off (read on every call) and the setting
// sandbox/enabled=false force Off; otherwise the helper's --probe decides, once per process
// (thread-safe).
Status status();
inline Mode mode() { return status().mode; }
// The setting "share ~/.aws read-only with handlers" (sandbox/shareAwsConfig), read once.
bool sharesAwsConfig();

// One line for the status bar and `lambdesk runtimes`.
QString describe(const Status &s);
inline QString describe() { return describe(status()); }

// Where the helper is: LAMBDESK_SANDBOX_HELPER, else next to the running executable, else where
// the build put it. Empty when none exists.
QString helperPath();

// Runs `helper --probe` now (no cache): Namespaces, or Off with the helper's reason.
Status probe(const QString &helper);

// AWS's paths as the runtime sees them inside the sandbox.
inline constexpr char kTaskRoot[] = "/var/task";
inline constexpr char kRuntimeDir[] = "/var/runtime";
inline constexpr char kOptDir[] = "/opt";
inline constexpr char kTmpDir[] = "/tmp";
inline constexpr char kNodeModulesDir[] = "/var/runtime/node_modules";
inline constexpr char kSandboxHome[] = "/home/sbx_user1051";
inline constexpr char kPath[] = "/usr/local/bin:/usr/bin/:/bin:/opt/bin";
// /var/lang/lib/python3.X/site-packages for the spec's Python version (3.X).
QString pythonSdkPath(const EnvironmentSpec &spec);

// The folders as the runtime sees them in the sandbox (runtimelaunch::hostPaths' counterpart).
runtimelaunch::Paths sandboxPaths(const EnvironmentSpec &spec);

struct Launch
{
    QString helper;               // the helper's path
    QString rootDir;              // an empty host folder: the mount point of the new root
    quint16 runtimeApiPort = 0;   // the host's Runtime API port (relayed with no network)
    QString awsConfigDir;         // non-empty: shared read-only as ~/.aws inside
    // cgroup.procs files the helper moves the namespace's init and the program into as soon as
    // the program runs (cgroup v1's late join: the helper alone would leave them outside).
    QStringList joinFiles;
    // A debug environment: more host folders shown read-only (the Python engine's modules, the
    // folder of the debugger's clock file), as {host, inside}; and the host's network kept even
    // with the function's "no network" switch (the debug engine listens on 127.0.0.1).
    QList<std::pair<QString, QString>> debugBinds;
    bool debugNetwork = false;
};

struct HelperCommand
{
    QString program;
    QStringList arguments;
};

// The helper's command line that runs `command` (already in sandbox paths) for `spec`: the
// binds in order, the /tmp size, the network, the Runtime API port. Pure: tested without a process.
HelperCommand helperCommand(const EnvironmentSpec &spec, const runtimelaunch::Command &command, const Launch &launch);

// A custom runtime's bootstrap that the sandbox's user (uid 993, gid 990) may not run:
// "fork/exec /var/task/bootstrap: permission denied", as Lambda says it. Empty when it may.
QString entrypointError(const EnvironmentSpec &spec);

// The system environment the runtime gets in the sandbox (runtimelaunch::environment takes PATH
// and HOME from it): AWS's PATH, and HOME only with ~/.aws shared.
QProcessEnvironment systemEnvironment(bool shareAwsConfig);

} // namespace lambdesk::sandbox
