#pragma once

#include "environmentspec.h"

#include <QProcessEnvironment>
#include <QStringList>

// How a runtime process is started for an environment, as pure functions: which program with
// which arguments, and the environment variables Lambda gives it. Tested without a process.
namespace lambdesk::runtimelaunch {

// The folders as the runtime process sees them: AWS's paths inside the sandbox (/var/task,
// /var/runtime, /opt, /tmp, ...), the host's folders without it (sandbox::Off).
struct Paths
{
    QString taskRoot;       // LAMBDA_TASK_ROOT and the working directory
    QString runtimeDir;     // LAMBDA_RUNTIME_DIR: holds python/bootstrap.py and nodejs/bootstrap.mjs
    QString optDir;         // the merged layers (/opt); empty: none
    QString pythonSdkDir;   // boto3 & co. (a site-packages folder); empty: none
    QString nodeModulesDir; // the AWS SDK for JavaScript v3 (a node_modules folder); empty: none
    QString tmpDir;         // /tmp: TMPDIR, TMP and TEMP
};

// The host's own folders (no sandbox): the spec's, and the environment's scratch tmpDir.
Paths hostPaths(const EnvironmentSpec &spec, const QString &tmpDir);

struct Command
{
    QString program;
    QStringList arguments;
    QString error; // why it cannot start (then program is empty), in the words Lambda uses
};

// The interpreter and our bootstrap, or the user's own `bootstrap` for custom runtimes
// (checked on disk: missing or not executable is an error here, as Lambda reports it).
// `paths`: as the process sees them; a custom runtime's bootstrap is checked on the host, in
// spec.codeDir.
Command command(const EnvironmentSpec &spec, const Paths &paths);

// What one environment adds to its spec.
struct Context
{
    quint16 runtimeApiPort = 0; // AWS_LAMBDA_RUNTIME_API is 127.0.0.1:<port>
    QString logStream;
    Paths paths;
    // A debug environment (EnvironmentSpec::debug): the bootstrap's variables of
    // runtime/debugenv.h, as the runtime sees them; unset (0, empty) for an ordinary one.
    quint16 debugPort = 0;
    QString debugClock;
    QString debugPython;
};

// NODE_PATH's folders, as AWS's: <opt>/nodejs/node<N>/node_modules, <opt>/nodejs/node_modules
// (with layers), the SDK's node_modules (when installed), the runtime folder, the task root.
QStringList nodePath(const RuntimeInfo &runtime, const Paths &paths);
// The runtime's environment: PATH and HOME from `system`, then Lambda's variables, then the
// user's (validation keeps reserved keys out of those). The module search paths: Node NODE_PATH
// (nodePath()), Python PYTHONPATH=<runtime dir> (as AWS), both before the user's variables (AWS
// lets a function set them); then, for Python, _LAMBDESK_OPT_DIR and _LAMBDESK_PYTHON_SDK_DIR
// when set (Lambdesk's private names: the bootstrap builds sys.path from them). A debug
// environment gets _LAMBDESK_DEBUG_PORT, _LAMBDESK_DEBUG_CLOCK and (Python) _LAMBDESK_DEBUG_PYTHON.
QProcessEnvironment environment(const EnvironmentSpec &spec, const Context &context, const QProcessEnvironment &system);

} // namespace lambdesk::runtimelaunch
