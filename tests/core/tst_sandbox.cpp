// The sandbox's pure side: AWS's paths, the helper's command line, the mode's line, and the
// helper's --probe (the real lambdesk-sandbox of the build).
#include "runtime/sandbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace lambdesk;

namespace {
EnvironmentSpec spec(RuntimeFamily family)
{
    EnvironmentSpec s;
    s.functionName = QStringLiteral("orders");
    s.runtime.family = family;
    s.runtime.id = family == RuntimeFamily::Python ? QStringLiteral("python3.11")
        : family == RuntimeFamily::Node            ? QStringLiteral("nodejs20.x")
                                                   : QStringLiteral("provided.al2023");
    s.runtime.version = family == RuntimeFamily::Python ? QStringLiteral("3.11.7") : QStringLiteral("20.20.2");
    s.runtime.executable = family == RuntimeFamily::Python ? QStringLiteral("/usr/bin/python3")
        : family == RuntimeFamily::Node                    ? QStringLiteral("/usr/bin/node")
                                                           : QString();
    s.handler = QStringLiteral("app.handler");
    s.codeDir = QStringLiteral("/ws/functions/orders/code");
    s.runtimeDir = QStringLiteral("/ws/runtime");
    s.ephemeralMb = 1024;
    return s;
}

// The values of every `option` in `args`, in order.
QStringList values(const QStringList &args, const QString &option)
{
    QStringList out;
    const qsizetype end = args.indexOf(QStringLiteral("--"));
    for (qsizetype i = 0; i + 1 < end; ++i) {
        if (args.at(i) == option)
            out << args.at(i + 1);
    }
    return out;
}
} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sandboxPathsAreAws()
    {
        EnvironmentSpec s = spec(RuntimeFamily::Python);
        runtimelaunch::Paths p = sandbox::sandboxPaths(s);
        QCOMPARE(p.taskRoot, QStringLiteral("/var/task"));
        QCOMPARE(p.runtimeDir, QStringLiteral("/var/runtime"));
        QCOMPARE(p.tmpDir, QStringLiteral("/tmp"));
        QVERIFY(p.optDir.isEmpty()); // no layers: no /opt
        QVERIFY(p.pythonSdkDir.isEmpty());
        QVERIFY(p.nodeModulesDir.isEmpty());
        s.optDir = QStringLiteral("/ws/layers/merged");
        s.pythonSdkDir = QStringLiteral("/ws/runtime/sdk/python");
        s.nodeModulesDir = QStringLiteral("/ws/runtime/sdk/node_modules");
        p = sandbox::sandboxPaths(s);
        QCOMPARE(p.optDir, QStringLiteral("/opt"));
        QCOMPARE(p.pythonSdkDir, QStringLiteral("/var/lang/lib/python3.11/site-packages"));
        QCOMPARE(p.nodeModulesDir, QStringLiteral("/var/runtime/node_modules"));
        s.runtime.version = QStringLiteral("3.13.0");
        QCOMPARE(sandbox::pythonSdkPath(s), QStringLiteral("/var/lang/lib/python3.13/site-packages"));
    }

    void pythonCommandLine()
    {
        EnvironmentSpec s = spec(RuntimeFamily::Python);
        s.optDir = QStringLiteral("/ws/layers/merged");
        s.pythonSdkDir = QStringLiteral("/ws/runtime/sdk/python");
        const runtimelaunch::Command command = runtimelaunch::command(s, sandbox::sandboxPaths(s));
        QVERIFY(command.error.isEmpty());
        const sandbox::HelperCommand h =
            sandbox::helperCommand(s, command, {QStringLiteral("/bin/lambdesk-sandbox"), QStringLiteral("/scratch/env-1/root"), 41234, {}});
        QCOMPARE(h.program, QStringLiteral("/bin/lambdesk-sandbox"));
        const QStringList &a = h.arguments;
        QCOMPARE(values(a, QStringLiteral("--root")), QStringList{QStringLiteral("/scratch/env-1/root")});
        QCOMPARE(values(a, QStringLiteral("--bind")),
                 (QStringList{QStringLiteral("/ws/functions/orders/code:/var/task"),
                              QStringLiteral("/ws/runtime/python:/var/runtime/python"),
                              QStringLiteral("/ws/runtime/nodejs:/var/runtime/nodejs"),
                              QStringLiteral("/ws/runtime/sdk/python:/var/lang/lib/python3.11/site-packages"),
                              QStringLiteral("/ws/layers/merged:/opt")}));
        QCOMPARE(values(a, QStringLiteral("--tmp-mb")), QStringList{QStringLiteral("1024")});
        QCOMPARE(values(a, QStringLiteral("--runtime-api-port")), QStringList{QStringLiteral("41234")});
        QCOMPARE(values(a, QStringLiteral("--chdir")), QStringList{QStringLiteral("/var/task")});
        QVERIFY(!a.contains(QStringLiteral("--no-network")));
        QVERIFY(!a.contains(QStringLiteral("--aws-config")));
        // After "--": the interpreter and our bootstrap as the sandbox shows it.
        const QStringList program = a.mid(a.indexOf(QStringLiteral("--")) + 1);
        QCOMPARE(program.last(), QStringLiteral("/var/runtime/python/bootstrap.py"));
        QVERIFY(program.first().endsWith(QLatin1String("python3")) || program.first().contains(QLatin1String("python")));
    }

    void nodeNoNetworkAndAwsConfig()
    {
        EnvironmentSpec s = spec(RuntimeFamily::Node);
        s.noNetwork = true;
        s.nodeModulesDir = QStringLiteral("/ws/runtime/sdk/node_modules");
        const runtimelaunch::Command command = runtimelaunch::command(s, sandbox::sandboxPaths(s));
        const sandbox::HelperCommand h = sandbox::helperCommand(
            s, command, {QStringLiteral("/h"), QStringLiteral("/r"), 9, QStringLiteral("/home/me/.aws")});
        QVERIFY(h.arguments.contains(QStringLiteral("--no-network")));
        QCOMPARE(values(h.arguments, QStringLiteral("--aws-config")), QStringList{QStringLiteral("/home/me/.aws")});
        QVERIFY(values(h.arguments, QStringLiteral("--bind"))
                    .contains(QStringLiteral("/ws/runtime/sdk/node_modules:/var/runtime/node_modules")));
        QCOMPARE(h.arguments.last(), QStringLiteral("/var/runtime/nodejs/bootstrap.mjs"));
        QVERIFY(!h.arguments.contains(QStringLiteral("--join")));
        // cgroup v1's late join: the helper moves init and the runtime itself.
        sandbox::Launch launch{QStringLiteral("/h"), QStringLiteral("/r"), 9, {}};
        launch.joinFiles = {QStringLiteral("/cg/memory/e/cgroup.procs"), QStringLiteral("/cg/cpu/e/cgroup.procs")};
        QCOMPARE(values(sandbox::helperCommand(s, command, launch).arguments, QStringLiteral("--join")),
                 launch.joinFiles);
    }

    void customRuntimeRunsTaskBootstrap()
    {
        QTemporaryDir code;
        QFile f(code.path() + QStringLiteral("/bootstrap"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        EnvironmentSpec s = spec(RuntimeFamily::Provided);
        s.codeDir = code.path();
        const runtimelaunch::Command command = runtimelaunch::command(s, sandbox::sandboxPaths(s));
        QVERIFY2(command.error.isEmpty(), qPrintable(command.error));
        const sandbox::HelperCommand h = sandbox::helperCommand(s, command, {QStringLiteral("/h"), QStringLiteral("/r"), 9, {}});
        QCOMPARE(h.arguments.mid(h.arguments.indexOf(QStringLiteral("--")) + 1),
                 QStringList{QStringLiteral("/var/task/bootstrap")});
        QCOMPARE(values(h.arguments, QStringLiteral("--bind")).first(), code.path() + QStringLiteral(":/var/task"));
    }

    void interpreterOutsideSystemFoldersIsBound()
    {
        // An interpreter of its own prefix (pyenv, nvm): the prefix is shown at the same path.
        QTemporaryDir prefix;
        QVERIFY(QDir().mkpath(prefix.path() + QStringLiteral("/bin")));
        const QString python = prefix.path() + QStringLiteral("/bin/python3.11");
        QVERIFY(QFile::copy(QStringLiteral("/bin/true"), python));
        EnvironmentSpec s = spec(RuntimeFamily::Python);
        s.runtime.executable = python;
        const runtimelaunch::Command command = runtimelaunch::command(s, sandbox::sandboxPaths(s));
        const sandbox::HelperCommand h = sandbox::helperCommand(s, command, {QStringLiteral("/h"), QStringLiteral("/r"), 9, {}});
        const QString real = QFileInfo(prefix.path()).canonicalFilePath();
        QCOMPARE(values(h.arguments, QStringLiteral("--bind")).first(), real + u':' + real);
        QCOMPARE(h.arguments.at(h.arguments.indexOf(QStringLiteral("--")) + 1), real + QStringLiteral("/bin/python3.11"));
    }

    void environmentInside()
    {
        QProcessEnvironment system = sandbox::systemEnvironment(false);
        QCOMPARE(system.value(QStringLiteral("PATH")), QStringLiteral("/usr/local/bin:/usr/bin/:/bin:/opt/bin"));
        QVERIFY(!system.contains(QStringLiteral("HOME")));
        EnvironmentSpec s = spec(RuntimeFamily::Python);
        const runtimelaunch::Paths paths = sandbox::sandboxPaths(s);
        const QProcessEnvironment env = runtimelaunch::environment(s, {1234, QStringLiteral("stream"), paths}, system);
        QCOMPARE(env.value(QStringLiteral("LAMBDA_TASK_ROOT")), QStringLiteral("/var/task"));
        QCOMPARE(env.value(QStringLiteral("LAMBDA_RUNTIME_DIR")), QStringLiteral("/var/runtime"));
        QCOMPARE(env.value(QStringLiteral("TMPDIR")), QStringLiteral("/tmp"));
        QVERIFY(!env.contains(QStringLiteral("HOME")));
        system = sandbox::systemEnvironment(true);
        QCOMPARE(system.value(QStringLiteral("HOME")), QStringLiteral("/home/sbx_user1051"));
    }

    void describeBothModes()
    {
        QCOMPARE(sandbox::describe({sandbox::Mode::Namespaces, {}, QStringLiteral("root"), QStringLiteral("/h")}),
                 QStringLiteral("Sandbox: namespaces (read-only /var/task, /tmp a tmpfs of the ephemeral-storage size, own PID namespace)"));
        QCOMPARE(sandbox::describe({sandbox::Mode::Off, QStringLiteral("lambdesk-sandbox not found"), {}, {}}),
                 QStringLiteral("Sandbox: off — lambdesk-sandbox not found; handlers run with the host's filesystem"));
    }

    void environmentVariableTurnsItOff()
    {
        qputenv("LAMBDESK_SANDBOX", "off");
        const sandbox::Status s = sandbox::status();
        qunsetenv("LAMBDESK_SANDBOX");
        QCOMPARE(s.mode, sandbox::Mode::Off);
        QVERIFY(s.reason.contains(QLatin1String("LAMBDESK_SANDBOX=off")));
    }

    void missingHelperIsOff()
    {
        // A helper named by LAMBDESK_SANDBOX_HELPER that does not exist is not found.
        qputenv("LAMBDESK_SANDBOX_HELPER", "/nonexistent/lambdesk-sandbox");
        const QString path = sandbox::helperPath();
        qunsetenv("LAMBDESK_SANDBOX_HELPER");
        QVERIFY(path.isEmpty());
    }

    void probeOfTheBuiltHelper()
    {
        const QString helper = sandbox::helperPath();
        QVERIFY2(!helper.isEmpty(), "the build's lambdesk-sandbox is found");
        const sandbox::Status s = sandbox::probe(helper);
        if (s.mode == sandbox::Mode::Off)
            QSKIP(qPrintable(QStringLiteral("namespaces are not available here: ") + s.reason));
        QVERIFY(s.how == u"root" || s.how == u"user-namespace");
        // Cached: the same answer every time, from any thread.
        QCOMPARE(sandbox::status().mode, sandbox::Mode::Namespaces);
        QCOMPARE(sandbox::status().helper, helper);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
