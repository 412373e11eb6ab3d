// The command line and environment a runtime process gets, without starting one.
#include "runtime/runtimelaunch.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace lambdesk;

namespace {
EnvironmentSpec spec(RuntimeFamily family)
{
    EnvironmentSpec s;
    s.functionName = QStringLiteral("orders");
    s.version = QStringLiteral("3");
    s.runtime.family = family;
    s.runtime.id = family == RuntimeFamily::Python ? QStringLiteral("python3.11")
        : family == RuntimeFamily::Node            ? QStringLiteral("nodejs20.x")
                                                   : QStringLiteral("provided.al2023");
    s.runtime.executable = family == RuntimeFamily::Python ? QStringLiteral("/usr/bin/python3")
        : family == RuntimeFamily::Node                    ? QStringLiteral("/usr/bin/node")
                                                           : QString();
    s.handler = QStringLiteral("app.handler");
    s.codeDir = QStringLiteral("/work/code");
    s.runtimeDir = QStringLiteral("/work/runtime");
    s.memoryMb = 256;
    s.region = QStringLiteral("eu-north-1");
    return s;
}
} // namespace

class TestRuntimeLaunch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interpreters_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("python") << int(RuntimeFamily::Python) << "/usr/bin/python3"
                                << QStringList{QStringLiteral("-u"), QStringLiteral("-B"), QStringLiteral("-s"),
                                               QStringLiteral("/work/runtime/python/bootstrap.py")};
        QTest::newRow("node") << int(RuntimeFamily::Node) << "/usr/bin/node"
                              << QStringList{QStringLiteral("/work/runtime/nodejs/bootstrap.mjs")};
    }
    void interpreters()
    {
        QFETCH(int, family);
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        const auto c = runtimelaunch::command(spec(RuntimeFamily(family)), runtimelaunch::hostPaths(spec(RuntimeFamily(family)), {}));
        QCOMPARE(c.error, QString());
        QCOMPARE(c.program, program);
        QCOMPARE(c.arguments, arguments);
    }

    void customBootstrap_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<bool>("executable");
        QTest::addColumn<QString>("error"); // %1: the bootstrap's path
        QTest::newRow("runs") << true << true << QString();
        QTest::newRow("missing") << false << false << "fork/exec %1: no such file or directory";
        QTest::newRow("not executable") << true << false << "fork/exec %1: permission denied";
    }
    void customBootstrap()
    {
        QFETCH(bool, exists);
        QFETCH(bool, executable);
        QFETCH(QString, error);
        QTemporaryDir dir;
        EnvironmentSpec s = spec(RuntimeFamily::Provided);
        s.codeDir = dir.path();
        const QString bootstrap = dir.path() + QStringLiteral("/bootstrap");
        if (exists) {
            QFile f(bootstrap);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\n");
            f.close();
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner
                                     | (executable ? QFile::ExeOwner : QFile::Permissions())));
        }
        const auto c = runtimelaunch::command(s, runtimelaunch::hostPaths(s, {}));
        if (error.isEmpty()) {
            QCOMPARE(c.error, QString());
            QCOMPARE(c.program, bootstrap);
            QVERIFY(c.arguments.isEmpty());
        } else {
            QCOMPARE(c.error, error.arg(bootstrap));
            QVERIFY(c.program.isEmpty());
        }
    }

    void unknownRuntime()
    {
        EnvironmentSpec s = spec(RuntimeFamily::Unknown);
        s.runtime.id = QStringLiteral("cobol1.0");
        QCOMPARE(runtimelaunch::command(s, runtimelaunch::hostPaths(s, {})).error, QStringLiteral("Runtime cobol1.0 is not supported"));
    }

    void environment_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value"); // empty: not set
        const int py = int(RuntimeFamily::Python), custom = int(RuntimeFamily::Provided);
        QTest::newRow("function name") << py << "AWS_LAMBDA_FUNCTION_NAME"
                                       << "orders";
        QTest::newRow("version") << py << "AWS_LAMBDA_FUNCTION_VERSION"
                                 << "3";
        QTest::newRow("memory") << py << "AWS_LAMBDA_FUNCTION_MEMORY_SIZE"
                                << "256";
        QTest::newRow("log group") << py << "AWS_LAMBDA_LOG_GROUP_NAME"
                                   << "/aws/lambda/orders";
        QTest::newRow("log stream") << py << "AWS_LAMBDA_LOG_STREAM_NAME"
                                    << "2026/01/02/[3]0123abcd";
        QTest::newRow("runtime api") << py << "AWS_LAMBDA_RUNTIME_API"
                                     << "127.0.0.1:4711";
        QTest::newRow("init type") << py << "AWS_LAMBDA_INITIALIZATION_TYPE"
                                   << "on-demand";
        QTest::newRow("handler") << py << "_HANDLER"
                                 << "app.handler";
        QTest::newRow("task root") << py << "LAMBDA_TASK_ROOT"
                                   << "/work/code";
        QTest::newRow("runtime dir") << py << "LAMBDA_RUNTIME_DIR"
                                     << "/work/runtime";
        QTest::newRow("execution env") << py << "AWS_EXECUTION_ENV"
                                       << "AWS_Lambda_python3.11";
        QTest::newRow("no execution env for custom runtimes") << custom << "AWS_EXECUTION_ENV"
                                                              << "";
        QTest::newRow("region") << py << "AWS_REGION"
                                << "eu-north-1";
        QTest::newRow("default region") << py << "AWS_DEFAULT_REGION"
                                        << "eu-north-1";
        QTest::newRow("TZ") << py << "TZ"
                            << ":UTC";
        QTest::newRow("LANG") << py << "LANG"
                              << "C.UTF-8";
        QTest::newRow("TMPDIR") << py << "TMPDIR"
                                << "/scratch/env-1/tmp";
        QTest::newRow("TMP") << py << "TMP"
                             << "/scratch/env-1/tmp";
        QTest::newRow("TEMP") << py << "TEMP"
                              << "/scratch/env-1/tmp";
        QTest::newRow("PATH from the system") << py << "PATH"
                                              << "/opt/bin:/usr/bin";
        QTest::newRow("HOME from the system") << py << "HOME"
                                              << "/home/dev";
        QTest::newRow("nothing else of the system") << py << "SECRET_TOKEN"
                                                    << "";
        QTest::newRow("the user's own") << py << "GREETING"
                                        << "hej";
    }
    void environment()
    {
        QFETCH(int, family);
        QFETCH(QString, key);
        QFETCH(QString, value);
        EnvironmentSpec s = spec(RuntimeFamily(family));
        s.environment.insert(QStringLiteral("GREETING"), QStringLiteral("hej"));
        QProcessEnvironment system;
        system.insert(QStringLiteral("PATH"), QStringLiteral("/opt/bin:/usr/bin"));
        system.insert(QStringLiteral("HOME"), QStringLiteral("/home/dev"));
        system.insert(QStringLiteral("SECRET_TOKEN"), QStringLiteral("x"));
        const QProcessEnvironment env = runtimelaunch::environment(
            s, {4711, QStringLiteral("2026/01/02/[3]0123abcd"), runtimelaunch::hostPaths(s, QStringLiteral("/scratch/env-1/tmp"))},
            system);
        QCOMPARE(env.contains(key), !value.isEmpty());
        QCOMPARE(env.value(key), value);
    }

    // AWS: NODE_PATH=/opt/nodejs/node20/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:
    // /var/runtime:/var/task. The same from the paths, whatever they are (sandbox or host folders).
    void nodePath_data()
    {
        QTest::addColumn<QString>("opt");
        QTest::addColumn<QString>("sdk");
        QTest::addColumn<QString>("expected");
        QTest::newRow("as on AWS") << "/opt" << "/var/runtime/node_modules"
                                   << "/opt/nodejs/node20/node_modules:/opt/nodejs/node_modules:"
                                      "/var/runtime/node_modules:/var/runtime:/var/task";
        QTest::newRow("no layers") << "" << "/var/runtime/node_modules"
                                   << "/var/runtime/node_modules:/var/runtime:/var/task";
        QTest::newRow("no SDK") << "/opt" << ""
                                << "/opt/nodejs/node20/node_modules:/opt/nodejs/node_modules:/var/runtime:/var/task";
        QTest::newRow("neither") << "" << "" << "/var/runtime:/var/task";
    }
    void nodePath()
    {
        QFETCH(QString, opt);
        QFETCH(QString, sdk);
        QFETCH(QString, expected);
        const EnvironmentSpec s = spec(RuntimeFamily::Node);
        runtimelaunch::Paths paths{QStringLiteral("/var/task"), QStringLiteral("/var/runtime"), opt, {}, sdk,
                                   QStringLiteral("/tmp")};
        const QProcessEnvironment env = runtimelaunch::environment(s, {1, {}, paths}, QProcessEnvironment());
        QCOMPARE(env.value(QStringLiteral("NODE_PATH")), expected);
        QCOMPARE(runtimelaunch::nodePath(s.runtime, paths).join(u':'), expected);
        QVERIFY(!env.contains(QStringLiteral("PYTHONPATH")));
    }
    // The Node version of NODE_PATH's layer folder follows the runtime (nodejs18.x: node18).
    void nodePathFollowsTheRuntime()
    {
        EnvironmentSpec s = spec(RuntimeFamily::Node);
        s.runtime.id = QStringLiteral("nodejs18.x");
        const runtimelaunch::Paths paths{QStringLiteral("/t"), QStringLiteral("/r"), QStringLiteral("/layers"), {}, {}, {}};
        QCOMPARE(runtimelaunch::nodePath(s.runtime, paths).first(), QStringLiteral("/layers/nodejs/node18/node_modules"));
    }
    // NODE_PATH is not reserved on AWS: a function's own replaces the runtime's.
    void nodePathOfTheUser()
    {
        EnvironmentSpec s = spec(RuntimeFamily::Node);
        s.environment.insert(QStringLiteral("NODE_PATH"), QStringLiteral("/elsewhere"));
        const QProcessEnvironment env =
            runtimelaunch::environment(s, {1, {}, runtimelaunch::hostPaths(s, {})}, QProcessEnvironment());
        QCOMPARE(env.value(QStringLiteral("NODE_PATH")), QStringLiteral("/elsewhere"));
    }

    // Python: PYTHONPATH=<runtime dir> as AWS sets it, and the private variables the bootstrap
    // builds sys.path from, only when there is something to say.
    void pythonPaths_data()
    {
        QTest::addColumn<QString>("opt");
        QTest::addColumn<QString>("sdk");
        QTest::newRow("both") << "/opt" << "/var/lang/lib/python3.11/site-packages";
        QTest::newRow("neither") << "" << "";
    }
    void pythonPaths()
    {
        QFETCH(QString, opt);
        QFETCH(QString, sdk);
        const EnvironmentSpec s = spec(RuntimeFamily::Python);
        const runtimelaunch::Paths paths{QStringLiteral("/var/task"), QStringLiteral("/var/runtime"), opt, sdk, {},
                                         QStringLiteral("/tmp")};
        const QProcessEnvironment env = runtimelaunch::environment(s, {1, {}, paths}, QProcessEnvironment());
        QCOMPARE(env.value(QStringLiteral("PYTHONPATH")), QStringLiteral("/var/runtime"));
        QCOMPARE(env.contains(QStringLiteral("_LAMBDESK_OPT_DIR")), !opt.isEmpty());
        QCOMPARE(env.value(QStringLiteral("_LAMBDESK_OPT_DIR")), opt);
        QCOMPARE(env.contains(QStringLiteral("_LAMBDESK_PYTHON_SDK_DIR")), !sdk.isEmpty());
        QCOMPARE(env.value(QStringLiteral("_LAMBDESK_PYTHON_SDK_DIR")), sdk);
        QVERIFY(!env.contains(QStringLiteral("NODE_PATH")));
    }

    // provided runtimes: without a bootstrap in the code, a layer's /opt/bootstrap runs (AWS).
    void bootstrapFromALayer_data()
    {
        QTest::addColumn<bool>("inCode");
        QTest::addColumn<bool>("inOpt");
        QTest::addColumn<QString>("program"); // "": an error
        QTest::newRow("code's first") << true << true << "/var/task/bootstrap";
        QTest::newRow("the layer's") << false << true << "/opt/bootstrap";
        QTest::newRow("none") << false << false << "";
    }
    void bootstrapFromALayer()
    {
        QFETCH(bool, inCode);
        QFETCH(bool, inOpt);
        QFETCH(QString, program);
        QTemporaryDir code, opt;
        const auto write = [](const QString &path) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\n");
            f.close();
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        };
        if (inCode)
            write(code.filePath(QStringLiteral("bootstrap")));
        if (inOpt)
            write(opt.filePath(QStringLiteral("bootstrap")));
        EnvironmentSpec s = spec(RuntimeFamily::Provided);
        s.codeDir = code.path();
        s.optDir = opt.path();
        const runtimelaunch::Paths paths{QStringLiteral("/var/task"), QStringLiteral("/var/runtime"),
                                         QStringLiteral("/opt"), {}, {}, QStringLiteral("/tmp")};
        const auto c = runtimelaunch::command(s, paths);
        QCOMPARE(c.program, program);
        if (program.isEmpty())
            QCOMPARE(c.error, QStringLiteral("fork/exec /var/task/bootstrap: no such file or directory"));
        // In the fallback mode the paths are the host's folders.
        if (inOpt && !inCode)
            QCOMPARE(runtimelaunch::command(s, runtimelaunch::hostPaths(s, {})).program, opt.filePath(QStringLiteral("bootstrap")));
    }

    void pathHasADefault()
    {
        const QProcessEnvironment env = runtimelaunch::environment(spec(RuntimeFamily::Python), {1, {}, {}},
                                                                   QProcessEnvironment());
        QCOMPARE(env.value(QStringLiteral("PATH")), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
        QVERIFY(!env.contains(QStringLiteral("HOME")));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeLaunch)
#include "tst_runtimelaunch.moc"
