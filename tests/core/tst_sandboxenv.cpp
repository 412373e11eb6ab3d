// The sandbox with real Python and Node handlers through the whole backend: what a handler sees
// (/var/task read-only, its own /tmp of the ephemeral size, nothing of the workspace or $HOME),
// that nothing it starts outlives its environment, file modes, "no network", memory without
// /tmp, and the fallback (LAMBDESK_SANDBOX=off).
#include "testsupport.h"

#include "runtime/executionenvironment.h"
#include "runtime/sandbox.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTcpServer>
#include <QUuid>

#include <csignal>

using namespace lambdesk;
using namespace testsupport;

namespace {

QString pythonCode()
{
    return fixture(QStringLiteral("handlers/sandbox-python"));
}
QString nodeCode()
{
    return fixture(QStringLiteral("handlers/sandbox-node"));
}

QByteArray action(const char *name, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("action"), QString::fromLatin1(name));
    return QJsonDocument(extra).toJson(QJsonDocument::Compact);
}

// Processes (not zombies) whose command line holds `marker`, seen from the host.
QList<qint64> processesWith(const QByteArray &marker)
{
    QList<qint64> found;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(marker) && processAlive(pid))
            found.append(pid);
    }
    return found;
}

QList<ExecutionEnvironment *> environmentsOf(Backend &backend, const QString &function)
{
    QList<ExecutionEnvironment *> out;
    for (ExecutionEnvironment *e : backend.findChildren<ExecutionEnvironment *>()) {
        if (e->spec().functionName == function && e->isRunning())
            out.append(e);
    }
    return out;
}

} // namespace

class TestSandboxEnv : public QObject
{
    Q_OBJECT

    // Namespace-specific assertions need the sandbox; where --probe says it is not available,
    // the fallback is what runs (and is tested in fallbackIsTheHostFilesystem).
    bool sandboxed() const { return sandbox::mode() == sandbox::Mode::Namespaces; }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("LAMBDESK_SANDBOX");
        qInfo("%s", qPrintable(sandbox::describe()));
    }

    void pythonSeesAwsPaths()
    {
        if (!sandboxed())
            QSKIP(qPrintable(sandbox::describe()));
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("py"), RuntimeFamily::Python, QStringLiteral("sbx.handler")),
                          pythonCode()));
        const auto r = tb.invoke(QStringLiteral("py"), action("look"));
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : "");
        const QJsonObject o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("taskRoot")).toString(), QStringLiteral("/var/task"));
        QCOMPARE(o.value(QStringLiteral("runtimeDir")).toString(), QStringLiteral("/var/runtime"));
        QCOMPARE(o.value(QStringLiteral("cwd")).toString(), QStringLiteral("/var/task"));
        QCOMPARE(o.value(QStringLiteral("tmpdir")).toString(), QStringLiteral("/tmp"));
        QCOMPARE(o.value(QStringLiteral("path")).toString(), QStringLiteral("/usr/local/bin:/usr/bin/:/bin:/opt/bin"));
        QVERIFY(o.value(QStringLiteral("home")).isNull()); // no HOME unless ~/.aws is shared
        QVERIFY(o.value(QStringLiteral("task")).toArray().contains(QStringLiteral("sbx.py")));
        QVERIFY(o.value(QStringLiteral("uid")).toInt() != 0); // an unprivileged user, as on AWS
    }

    void codeIsReadOnly()
    {
        if (!sandboxed())
            QSKIP(qPrintable(sandbox::describe()));
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("ro"), RuntimeFamily::Python, QStringLiteral("sbx.handler")),
                          pythonCode()));
        const QString hostCode = tb.backend->codeDir(QStringLiteral("ro"));
        const QStringList before = QDir(hostCode).entryList(QDir::Files);
        const auto r = tb.invoke(QStringLiteral("ro"), action("write-task"));
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : "");
        const QJsonObject o = object(r->payload);
        for (const char *key : {"absolute", "relative"}) {
            const QJsonObject w = o.value(QLatin1String(key)).toObject();
            QCOMPARE(w.value(QStringLiteral("ok")).toBool(), false);
            QCOMPARE(w.value(QStringLiteral("errno")).toInt(), 30); // EROFS
        }
        QCOMPARE(QDir(hostCode).entryList(QDir::Files), before);
        QVERIFY(!QFile::exists(hostCode + QStringLiteral("/out.json")));

        // Node: the same folder, the same refusal.
        QVERIFY(tb.create(tb.config(QStringLiteral("js"), RuntimeFamily::Node, QStringLiteral("sbx.handler")),
                          nodeCode()));
        const auto look = tb.invoke(QStringLiteral("js"), action("look"));
        QVERIFY2(look && !look->isError(), look ? look->payload.constData() : "");
        QCOMPARE(object(look->payload).value(QStringLiteral("taskRoot")).toString(), QStringLiteral("/var/task"));
        QCOMPARE(object(look->payload).value(QStringLiteral("cwd")).toString(), QStringLiteral("/var/task"));
        QVERIFY(object(look->payload).value(QStringLiteral("task")).toArray().contains(QStringLiteral("sbx.mjs")));
        const auto write = tb.invoke(QStringLiteral("js"), action("write-task"));
        QVERIFY2(write && !write->isError(), write ? write->payload.constData() : "");
        QCOMPARE(object(write->payload).value(QStringLiteral("code")).toString(), QStringLiteral("EROFS"));
        QVERIFY(!QFile::exists(tb.backend->codeDir(QStringLiteral("js")) + QStringLiteral("/out.json")));
    }

    void fullTmpGivesEnospc()
    {
        if (!sandboxed())
            QSKIP(qPrintable(sandbox::describe()));
        TestBackend tb;
        FunctionConfig c = tb.config(QStringLiteral("fill"), RuntimeFamily::Python, QStringLiteral("sbx.handler"), 1024, 60);
        c.ephemeralStorage = 512;
        QVERIFY(tb.create(c, pythonCode()));
        const auto r = tb.invoke(QStringLiteral("fill"), action("fill-tmp", {{QStringLiteral("chunkMb"), 10},
                                                                             {QStringLiteral("remove"), false}}));
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : "");
        const QJsonObject o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("errno")).toInt(), 28); // ENOSPC
        const qint64 written = o.value(QStringLiteral("written")).toInteger();
        QVERIFY2(written >= 500LL * 1024 * 1024 && written <= 512LL * 1024 * 1024, qPrintable(QString::number(written)));
        // The environment was not stopped: the next invocation is warm and works (/tmp still full).
        const auto next = tb.invoke(QStringLiteral("fill"), action("tmp-list"));
        QVERIFY2(next && !next->isError(), next ? next->payload.constData() : "");
        QVERIFY(!next->initDurationMs);
        QVERIFY(object(next->payload).value(QStringLiteral("tmp")).toArray().contains(QStringLiteral("fill.bin")));
    }

    void tmpIsNotMemory()
    {
        if (!sandboxed())
            QSKIP(qPrintable(sandbox::describe()));
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("mem"), RuntimeFamily::Python, QStringLiteral("sbx.handler"), 128, 60),
                          pythonCode()));
        // 200 MB in /tmp (a tmpfs, charged to the cgroup as shmem) in a 128 MB function: fine, as on AWS.
        const auto r = tb.invoke(QStringLiteral("mem"), action("tmp-then-nothing", {{QStringLiteral("mb"), 200}}));
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : "");
        QVERIFY2(r->maxMemoryUsedMb > 1 && r->maxMemoryUsedMb < 100, qPrintable(QString::number(r->maxMemoryUsedMb)));
        // 300 MB of memory is still too much for 128 MB.
        const auto tooMuch = tb.invoke(QStringLiteral("mem"), action("allocate", {{QStringLiteral("mb"), 300}}));
        QVERIFY(tooMuch);
        QCOMPARE(tooMuch->errorType, QStringLiteral("Runtime.OutOfMemory"));
        QCOMPARE(tooMuch->maxMemoryUsedMb, 128);
    }

    void functionsDoNotShareTmp()
    {
        if (!sandboxed())
            QSKIP(qPrintable(sandbox::describe()));
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("a"), RuntimeFamily::Python, QStringLiteral("sbx.handler")),
                          pythonCode()));
        QVERIFY(tb.create(tb.config(QStringLiteral("b"), RuntimeFamily::Python, QStringLiteral("sbx.handler")),
                          pythonCode()));
        const QString name = QStringLiteral("secret-") + QUuid::createUuid().toString(QUuid::Id128);
        const auto wrote = tb.invoke(QStringLiteral("a"), action("tmp-write", {{QStringLiteral("name"), name}}));
        QVERIFY2(wrote && !wrote->isError(), wrote ? wrote->payload.constData() : "");
        QVERIFY(object(wrote->payload).value(QStringLiteral("tmp")).toArray().contains(name));
        const auto other = tb.invoke(QStringLiteral("b"), action("tmp-list"));
        QVERIFY2(other && !other->isError(), other ? other->payload.constData() : "");
        QVERIFY(!object(other->payload).value(QStringLiteral("tmp")).toArray().contains(name));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/") + name)); // nor on the host's /tmp
    }

    void workspaceAndHomeAreInvisible()
    {
        if (!sandboxed())
            QSKIP(qPrintable(sandbox::describe()));
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("peek"), RuntimeFamily::Python, QStringLiteral("sbx.handler")),
                          pythonCode()));
        const QString home = QDir::homePath();
        const QString other = tb.backend->codeDir(QStringLiteral("peek")); // the host path of its own code
        const auto r = tb.invoke(QStringLiteral("peek"),
                                 action("exists", {{QStringLiteral("paths"),
                                                    QJsonArray{tb.root(), other, QString(home + QStringLiteral("/.bashrc")),
                                                               QString(home + QStringLiteral("/.aws"))}}}));
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : "");
        const QJsonObject o = object(r->payload);
        for (auto it = o.begin(); it != o.end(); ++it)
            QVERIFY2(!it.value().toBool(), qPrintable(it.key() + QStringLiteral(" is visible in the sandbox")));
        // $HOME: at most the folder an interpreter installed under it comes through (pyenv).
        const auto list = tb.invoke(QStringLiteral("peek"), action("listdir", {{QStringLiteral("path"), home}}));
        QVERIFY(list && !list->isError());
        const QString runtimeExe =
            QFileInfo(tb.backend->runtimes().preferred(RuntimeFamily::Python)->executable).canonicalFilePath();
        const QJsonArray entries = object(list->payload).value(QStringLiteral("entries")).toArray();
        for (const QJsonValue &e : entries)
            QVERIFY2(runtimeExe.startsWith(home + u'/' + e.toString() + u'/'),
                     qPrintable(e.toString() + QStringLiteral(" of $HOME is visible in the sandbox")));
    }

    void daemonsEndWithTheirEnvironment_data()
    {
        QTest::addColumn<QString>("end");
        QTest::newRow("retired") << QStringLiteral("retired");
        QTest::newRow("timeout") << QStringLiteral("timeout");
        QTest::newRow("backend stops") << QStringLiteral("stop");
    }

    void daemonsEndWithTheirEnvironment()
    {
        if (!sandboxed())
            QSKIP(qPrintable(sandbox::describe()));
        QFETCH(QString, end);
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("d"), RuntimeFamily::Python, QStringLiteral("sbx.handler"), 128, 3),
                          pythonCode()));
        const QByteArray marker = "lambdesk-daemon-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
        const QJsonObject withMarker{{QStringLiteral("marker"), QString::fromLatin1(marker)}};
        // A first invocation makes the environment, so that its end can be waited for.
        QVERIFY(tb.invoke(QStringLiteral("d"), action("look")));
        const QList<ExecutionEnvironment *> envs = environmentsOf(*tb.backend, QStringLiteral("d"));
        QCOMPARE(envs.size(), 1);
        QSignalSpy stopped(envs.first(), &ExecutionEnvironment::stopped);

        if (end == u"timeout") {
            const auto r = tb.invoke(QStringLiteral("d"), action("daemon-then-sleep", withMarker));
            QVERIFY(r);
            QCOMPARE(r->errorType, QStringLiteral("Sandbox.Timedout"));
        } else {
            const auto r = tb.invoke(QStringLiteral("d"), action("daemon", withMarker));
            QVERIFY2(r && !r->isError(), r ? r->payload.constData() : "");
            QVERIFY(object(r->payload).value(QStringLiteral("daemonPid")).toInt() > 1); // its pid inside
            QCOMPARE(processesWith(marker).size(), 1); // it runs, from the host's view
            if (end == u"retired") {
                FunctionConfig c = *tb.backend->getFunction(QStringLiteral("d"));
                c.environment.insert(QStringLiteral("CHANGED"), QStringLiteral("1"));
                QVERIFY(tb.backend->updateConfiguration(c)); // retires the warm environment
            } else {
                // The backend ends its environments as it stops (and deletes them): the
                // daemon's host process is waited for instead of the environment's signal.
                const QList<qint64> daemons = processesWith(marker);
                tb.backend->stop();
                for (qint64 pid : daemons)
                    QVERIFY(waitForExit(pid, safetyNetMs(30000)));
                QCOMPARE(processesWith(marker), QList<qint64>{});
                return;
            }
        }
        QVERIFY(stopped.count() > 0 || stopped.wait(safetyNetMs(30000)));
        // Killed with the environment (SIGKILL to all of them): what may still be on its way
        // out is waited for (pidfd), never given time.
        for (qint64 pid : processesWith(marker))
            QVERIFY2(waitForExit(pid, safetyNetMs(10000)), "a daemon outlived its environment");
        QCOMPARE(processesWith(marker), QList<qint64>{});
    }

    // Lambdesk killed (SIGKILL) while a sandboxed daemon runs: the next start ends it, through
    // the cgroups or, without them, the runtime's recorded session (the helper leads it; its
    // death ends the PID namespace).
    void leftoversOfAKilledRunAreEnded_data()
    {
        QTest::addColumn<bool>("watchdog");
        QTest::newRow("detected limits") << false;
        QTest::newRow("watchdog") << true;
    }
    void leftoversOfAKilledRunAreEnded()
    {
        if (!sandboxed())
            QSKIP(qPrintable(sandbox::describe()));
        QFETCH(bool, watchdog);
        const auto restore = qScopeGuard([] { qunsetenv("LAMBDESK_LIMITS"); });
        if (watchdog)
            qputenv("LAMBDESK_LIMITS", "watchdog");
        QTemporaryDir ws, config;
        Backend::Options options;
        options.workspace = ws.path();
        {
            Backend b(options);
            QVERIFY(b.start());
            FunctionConfig c;
            c.name = QStringLiteral("orphan");
            c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
            c.handler = QStringLiteral("sbx.handler");
            c.timeout = 30;
            QVERIFY(b.createFunction(c, CodeSource::directory(pythonCode())));
            b.stop();
        }
        QProcess serve;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        serve.setProcessEnvironment(env);
        serve.start(qEnvironmentVariable("LAMBDESK_BINARY"),
                    {QStringLiteral("serve"), QStringLiteral("--workspace"), ws.path(), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--quiet")});
        const auto killServe = qScopeGuard([&] {
            serve.kill();
            serve.waitForFinished(10000);
        });
        QVERIFY(serve.waitForStarted(30000));
        QSignalSpy printed(&serve, &QProcess::readyReadStandardOutput);
        QByteArray out;
        static const QRegularExpression address(QStringLiteral("Lambda API on http://127\\.0\\.0\\.1:(\\d+)"));
        QRegularExpressionMatch m;
        QVERIFY(waitForSignals(
            printed,
            [&] {
                out += serve.readAllStandardOutput();
                m = address.match(QString::fromUtf8(out));
                return m.hasMatch();
            },
            60000));
        const quint16 port = quint16(m.captured(1).toUInt());
        const QByteArray marker = "lambdesk-orphan-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
        const QByteArray payload = action("daemon", {{QStringLiteral("marker"), QString::fromLatin1(marker)}});
        QTcpSocket http;
        QSignalSpy closed(&http, &QTcpSocket::disconnected);
        http.connectToHost(QHostAddress::LocalHost, port);
        http.write("POST /2015-03-31/functions/orphan/invocations HTTP/1.1\r\nHost: 127.0.0.1:"
                   + QByteArray::number(port) + "\r\nContent-Type: application/json\r\nContent-Length: "
                   + QByteArray::number(payload.size()) + "\r\nConnection: close\r\n\r\n" + payload);
        QVERIFY(closed.wait(60000));
        const QByteArray answer = http.readAll();
        QVERIFY2(answer.contains("daemonPid"), answer.constData());
        const QList<qint64> daemons = processesWith(marker);
        QCOMPARE(daemons.size(), 1);
        const auto killDaemon = qScopeGuard([&] { ::kill(pid_t(daemons.first()), SIGKILL); });

        ::kill(pid_t(serve.processId()), SIGKILL);
        QVERIFY(serve.waitForFinished(30000));
        // Whatever still runs of that environment, the next start on the workspace ends it.
        Backend again(options);
        QVERIFY(again.start());
        QVERIFY(waitForExit(daemons.first(), 20000));
        QCOMPARE(processesWith(marker), QList<qint64>{});
        again.stop();
    }

    void unreadableModuleIsPermissionDenied()
    {
        if (!sandboxed())
            QSKIP(qPrintable(sandbox::describe()));
        QTemporaryDir code;
        QVERIFY(QFile::copy(pythonCode() + QStringLiteral("/sbx.py"), code.path() + QStringLiteral("/sbx.py")));
        QFile secret(code.path() + QStringLiteral("/secret.py"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("def handler(event, context):\n    return 'read'\n");
        secret.close();
        QVERIFY(secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // 0600, ours
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("secret"), RuntimeFamily::Python, QStringLiteral("secret.handler")),
                          code.path()));
        const QFileInfo stored(tb.backend->codeDir(QStringLiteral("secret")) + QStringLiteral("/secret.py"));
        if (::getuid() != 0 || stored.permissions() & QFile::ReadOther)
            QSKIP("the stored code is readable by others here");
        const auto r = tb.invoke(QStringLiteral("secret"));
        QVERIFY(r);
        QCOMPARE(r->errorType, QStringLiteral("Runtime.ImportModuleError"));
        const QString message = object(r->payload).value(QStringLiteral("errorMessage")).toString();
        QVERIFY2(message.contains(QLatin1String("Permission denied")), qPrintable(message));
    }

    void noNetworkIsLoopbackOnly()
    {
        if (!sandboxed())
            QSKIP(qPrintable(sandbox::describe()));
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        const QJsonObject port{{QStringLiteral("port"), int(listener.serverPort())}};
        TestBackend tb;
        FunctionConfig closed = tb.config(QStringLiteral("closed"), RuntimeFamily::Python, QStringLiteral("sbx.handler"));
        closed.noNetwork = true;
        QVERIFY(tb.create(closed, pythonCode()));
        QVERIFY(tb.backend->getFunction(QStringLiteral("closed"))->noNetwork); // kept in function.json
        const auto r = tb.invoke(QStringLiteral("closed"), action("connect", port));
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : ""); // the invocation itself works
        QCOMPARE(object(r->payload).value(QStringLiteral("connected")).toBool(), false);
        QCOMPARE(object(r->payload).value(QStringLiteral("errno")).toInt(), 111); // ECONNREFUSED
        const auto again = tb.invoke(QStringLiteral("closed"), action("look"));
        QVERIFY(again && !again->isError() && !again->initDurationMs); // warm, through the relay

        FunctionConfig open = tb.config(QStringLiteral("open"), RuntimeFamily::Python, QStringLiteral("sbx.handler"));
        QVERIFY(tb.create(open, pythonCode()));
        const auto o = tb.invoke(QStringLiteral("open"), action("connect", port));
        QVERIFY2(o && !o->isError(), o ? o->payload.constData() : "");
        QCOMPARE(object(o->payload).value(QStringLiteral("connected")).toBool(), true);
    }

    void fallbackIsTheHostFilesystem()
    {
        qputenv("LAMBDESK_SANDBOX", "off");
        TestBackend tb;
        QVERIFY(tb.backend->sandboxDescription().startsWith(QStringLiteral("Sandbox: off — turned off by LAMBDESK_SANDBOX=off")));
        QVERIFY(tb.create(tb.config(QStringLiteral("host"), RuntimeFamily::Python, QStringLiteral("sbx.handler")),
                          pythonCode()));
        const auto r = tb.invoke(QStringLiteral("host"), action("look"));
        qunsetenv("LAMBDESK_SANDBOX");
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : "");
        const QJsonObject o = object(r->payload);
        const QString hostCode = tb.backend->codeDir(QStringLiteral("host"));
        QCOMPARE(QFileInfo(o.value(QStringLiteral("taskRoot")).toString()).canonicalFilePath(),
                 QFileInfo(hostCode).canonicalFilePath());
        QVERIFY(o.value(QStringLiteral("tmpdir")).toString() != u"/tmp"); // the environment's scratch folder
    }
};

QTEST_GUILESS_MAIN(TestSandboxEnv)
#include "tst_sandboxenv.moc"
