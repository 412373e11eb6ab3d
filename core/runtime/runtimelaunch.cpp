#include "runtimelaunch.h"

#include "debugenv.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace lambdesk::runtimelaunch {

Paths hostPaths(const EnvironmentSpec &spec, const QString &tmpDir)
{
    return Paths{spec.codeDir, spec.runtimeDir, spec.optDir, spec.pythonSdkDir, spec.nodeModulesDir, tmpDir};
}

Command command(const EnvironmentSpec &spec, const Paths &paths)
{
    Command c;
    switch (spec.runtime.family) {
    case RuntimeFamily::Python:
        c.program = spec.runtime.executable;
        // -u: unbuffered output, so lines reach the log as they are printed.
        // -B: no __pycache__ in the user's code folder (Lambda's /var/task is read-only).
        // -s: no user site-packages (~/.local/lib/python3.X); the bootstrap then keeps only the
        // standard library of the interpreter's own path (see resources/runtimes/python/bootstrap.py).
        c.arguments = {QStringLiteral("-u"), QStringLiteral("-B"), QStringLiteral("-s"),
                       paths.runtimeDir + QStringLiteral("/python/bootstrap.py")};
        break;
    case RuntimeFamily::Node:
        c.program = spec.runtime.executable;
        c.arguments = {paths.runtimeDir + QStringLiteral("/nodejs/bootstrap.mjs")};
        break;
    case RuntimeFamily::Provided: {
        QString bootstrap = paths.taskRoot + QStringLiteral("/bootstrap");
        QFileInfo info(spec.codeDir + QStringLiteral("/bootstrap"));
        // As AWS: without a bootstrap in the code, a layer's (/opt/bootstrap) is the runtime.
        if (!info.exists() && !spec.optDir.isEmpty() && !paths.optDir.isEmpty()) {
            const QFileInfo layer(spec.optDir + QStringLiteral("/bootstrap"));
            if (layer.exists()) {
                info = layer;
                bootstrap = paths.optDir + QStringLiteral("/bootstrap");
            }
        }
        if (!info.exists())
            c.error = QStringLiteral("fork/exec %1: no such file or directory").arg(bootstrap);
        else if (!info.isExecutable())
            c.error = QStringLiteral("fork/exec %1: permission denied").arg(bootstrap);
        else
            c.program = bootstrap;
        break;
    }
    case RuntimeFamily::Unknown: c.error = QStringLiteral("Runtime %1 is not supported").arg(spec.runtime.id); break;
    }
    return c;
}

static QString nodeMajor(const RuntimeInfo &runtime)
{
    // nodejs20.x -> 20; else the interpreter's own version (20.20.2 -> 20).
    static const QRegularExpression id(QStringLiteral("^nodejs(\\d+)"));
    if (const auto m = id.match(runtime.id); m.hasMatch())
        return m.captured(1);
    return runtime.version.section(u'.', 0, 0);
}

QStringList nodePath(const RuntimeInfo &runtime, const Paths &paths)
{
    QStringList dirs;
    if (!paths.optDir.isEmpty()) {
        const QString major = nodeMajor(runtime);
        if (!major.isEmpty())
            dirs << paths.optDir + QStringLiteral("/nodejs/node") + major + QStringLiteral("/node_modules");
        dirs << paths.optDir + QStringLiteral("/nodejs/node_modules");
    }
    if (!paths.nodeModulesDir.isEmpty())
        dirs << paths.nodeModulesDir;
    dirs << paths.runtimeDir << paths.taskRoot;
    return dirs;
}

QProcessEnvironment environment(const EnvironmentSpec &spec, const Context &context, const QProcessEnvironment &system)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"),
               system.value(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin")));
    // HOME lets an AWS SDK inside the handler find the developer's own credentials.
    if (system.contains(QStringLiteral("HOME")))
        env.insert(QStringLiteral("HOME"), system.value(QStringLiteral("HOME")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TZ"), QStringLiteral(":UTC"));
    env.insert(QStringLiteral("_HANDLER"), spec.handler);
    env.insert(QStringLiteral("LAMBDA_TASK_ROOT"), context.paths.taskRoot);
    env.insert(QStringLiteral("LAMBDA_RUNTIME_DIR"), context.paths.runtimeDir);
    env.insert(QStringLiteral("AWS_LAMBDA_RUNTIME_API"), QStringLiteral("127.0.0.1:%1").arg(context.runtimeApiPort));
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_NAME"), spec.functionName);
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_VERSION"), spec.version);
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), QString::number(spec.memoryMb));
    env.insert(QStringLiteral("AWS_LAMBDA_LOG_GROUP_NAME"), spec.logging.effectiveLogGroup(spec.functionName));
    env.insert(QStringLiteral("AWS_LAMBDA_LOG_STREAM_NAME"), context.logStream);
    env.insert(QStringLiteral("AWS_LAMBDA_INITIALIZATION_TYPE"),
               spec.provisioned ? QStringLiteral("provisioned-concurrency") : QStringLiteral("on-demand"));
    if (spec.runtime.family != RuntimeFamily::Provided)
        env.insert(QStringLiteral("AWS_EXECUTION_ENV"), QStringLiteral("AWS_Lambda_") + spec.runtime.id);
    env.insert(QStringLiteral("AWS_REGION"), spec.region);
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), spec.region);
    for (const char *key : {"TMPDIR", "TMP", "TEMP"})
        env.insert(QString::fromLatin1(key), context.paths.tmpDir);
    // The module search paths, from the paths alone (the same in the sandbox and without it).
    // NODE_PATH and PYTHONPATH come before the user's variables: AWS lets a function set them.
    const Paths &paths = context.paths;
    if (spec.runtime.family == RuntimeFamily::Node)
        env.insert(QStringLiteral("NODE_PATH"), nodePath(spec.runtime, paths).join(u':'));
    if (spec.runtime.family == RuntimeFamily::Python)
        env.insert(QStringLiteral("PYTHONPATH"), paths.runtimeDir); // as AWS sets it
    for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    // Python: the folders AWS has at fixed places, under Lambdesk's private names; the bootstrap
    // builds sys.path from them (empty ones are not set).
    if (spec.runtime.family == RuntimeFamily::Python) {
        if (!paths.optDir.isEmpty())
            env.insert(QStringLiteral("_LAMBDESK_OPT_DIR"), paths.optDir);
        if (!paths.pythonSdkDir.isEmpty())
            env.insert(QStringLiteral("_LAMBDESK_PYTHON_SDK_DIR"), paths.pythonSdkDir);
    }
    // The debugger's private variables (runtime/debugenv.h), after the user's: a debug session
    // is Lambdesk's, whatever the function sets.
    if (context.debugPort != 0) {
        env.insert(QString::fromLatin1(debugenv::kPort), QString::number(context.debugPort));
        if (!context.debugClock.isEmpty())
            env.insert(QString::fromLatin1(debugenv::kClock), context.debugClock);
        if (!context.debugPython.isEmpty())
            env.insert(QString::fromLatin1(debugenv::kPythonEngine), context.debugPython);
    }
    // With JSON, Lambda tells the runtime's logger the format and the application level (over
    // any the user set); with Text it sets neither, and a user's AWS_LAMBDA_LOG_LEVEL stays.
    if (spec.logging.isJson()) {
        env.insert(QStringLiteral("AWS_LAMBDA_LOG_FORMAT"), QStringLiteral("JSON"));
        env.insert(QStringLiteral("AWS_LAMBDA_LOG_LEVEL"), spec.logging.effectiveApplicationLogLevel());
    }
    return env;
}

} // namespace lambdesk::runtimelaunch
