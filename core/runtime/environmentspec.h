#pragma once

#include "debug/debugtypes.h"
#include "model/loggingconfig.h"
#include "model/runtimeinfo.h"

#include <QMap>
#include <QString>

namespace lambdesk {

// Everything an environment needs to start: a value, so a running environment never sees
// later edits (those retire it instead).
struct EnvironmentSpec
{
    QString functionName;
    QString version = QStringLiteral("$LATEST");
    RuntimeInfo runtime;
    QString handler;
    QString codeDir;     // LAMBDA_TASK_ROOT
    QString runtimeDir;  // LAMBDA_RUNTIME_DIR: our bootstraps
    QString scratchRoot; // each environment makes its folder (TMPDIR) in here
    // The function's layers merged in order (mounted at /opt in the sandbox); empty: no layers.
    QString optDir;
    // The SDKs AWS's runtimes provide, as host folders (empty: not available): boto3 and its
    // dependencies for Python (a site-packages folder), the AWS SDK for JavaScript v3 for Node
    // (a node_modules folder).
    QString pythonSdkDir;
    QString nodeModulesDir;
    // The function's "no network" switch: in the sandbox, only loopback (the Runtime API still
    // reaches the runtime).
    bool noNetwork = false;
    int memoryMb = 128;
    int timeoutS = 3;
    int ephemeralMb = 512;
    QMap<QString, QString> environment;
    LoggingConfig logging; // the format and levels the runtime and the platform lines obey
    QString region = QStringLiteral("us-east-1");
    QString accountId = QStringLiteral("000000000000");
    // Started ahead of time for provisioned concurrency (AWS_LAMBDA_INITIALIZATION_TYPE says so).
    bool provisioned = false;
    // Started for debugging (Backend::debugInvoke): the runtime starts its debug engine and
    // waits for it before init; the environment owns a debug::DebugEngine, stops its clock while
    // the debugger holds the handler, and serves only debug invocations. Its breakpoints are the
    // first invocation's (later ones: DebugEngine::setBreakpoints).
    struct Debug
    {
        bool enabled = false;
        quint16 externalPort = 0;    // an outside debugger attaches here (0: the console drives)
        QString pythonEngineDir;     // debug::pythonEngineDir(), Python only (bound read-only in the sandbox)
        QList<debug::Breakpoint> breakpoints;
        bool breakOnUncaught = true;
    } debug;

    QString functionArn() const;
};

} // namespace lambdesk
