#pragma once

#include "environmentspec.h"

#include <QProcessEnvironment>
#include <QStringList>

// How a runtime process is started for an environment, as pure functions: which program with
// which arguments, and the environment variables Lambda gives it. Tested without a process.
namespace lambdesk::runtimelaunch {

struct Command
{
    QString program;
    QStringList arguments;
    QString error; // why it cannot start (then program is empty), in the words Lambda uses
};

// The interpreter and our bootstrap, or the user's own `bootstrap` for custom runtimes
// (checked on disk: missing or not executable is an error here, as Lambda reports it).
Command command(const EnvironmentSpec &spec);

// What one environment adds to its spec.
struct Context
{
    quint16 runtimeApiPort = 0; // AWS_LAMBDA_RUNTIME_API is 127.0.0.1:<port>
    QString logStream;
    QString tmpDir; // TMPDIR, TMP and TEMP
};

// The runtime's environment: PATH and HOME from `system`, then Lambda's variables, then the
// user's (validation keeps reserved keys out of those).
QProcessEnvironment environment(const EnvironmentSpec &spec, const Context &context, const QProcessEnvironment &system);

} // namespace lambdesk::runtimelaunch
