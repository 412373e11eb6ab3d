// The workspace on disk: layout, atomic writes, the lock, test events; nothing is lost.
#include "store/workspace.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace lambdesk;

class TestWorkspace : public QObject
{
    Q_OBJECT

    FunctionConfig sample(const QString &name) const
    {
        FunctionConfig c;
        c.name = name;
        c.runtime = QStringLiteral("python3.11");
        c.handler = QStringLiteral("app.handler");
        c.memorySize = 256;
        c.timeout = 10;
        c.environment = {{QStringLiteral("A"), QStringLiteral("1")},
                         {QStringLiteral("B"), QStringLiteral("two words")}};
        c.description = QStringLiteral("désc");
        return c;
    }

    // A function folder as a hand edit leaves it: code, and `json` as function.json.
    static void handWritten(const QString &root, const QString &name, const QByteArray &json)
    {
        const QString dir = root + QStringLiteral("/functions/") + name;
        QVERIFY(Workspace::writeFileAtomically(dir + QStringLiteral("/code/app.py"), "def handler(e, c): return 1\n"));
        QVERIFY(Workspace::writeFileAtomically(dir + QStringLiteral("/function.json"), json));
    }

private Q_SLOTS:
    void defaultRootFollowsEnvironment()
    {
        qputenv("LAMBDESK_WORKSPACE", "/tmp/somewhere-else");
        QCOMPARE(Workspace::defaultRoot(), QStringLiteral("/tmp/somewhere-else"));
        qunsetenv("LAMBDESK_WORKSPACE");
        qputenv("XDG_DATA_HOME", "/tmp/xdg-data");
        QCOMPARE(Workspace::defaultRoot(), QStringLiteral("/tmp/xdg-data/lambdesk"));
        qunsetenv("XDG_DATA_HOME");
    }

    void createReadUpdateDelete()
    {
        QTemporaryDir dir;
        Workspace ws(dir.path());
        QVERIFY(ws.open());
        QVERIFY(ws.wasCreated());
        auto staged = ws.makeStagingDir();
        QVERIFY(staged);
        QVERIFY(Workspace::writeFileAtomically(staged.value() + QStringLiteral("/app.py"),
                                               "def handler(e, c): return 1\n"));
        QVERIFY(ws.installFunction(sample(QStringLiteral("f1")), staged.value()));
        QCOMPARE(ws.functionNames(), QStringList{QStringLiteral("f1")});
        const auto read = ws.readFunction(QStringLiteral("f1"));
        QVERIFY(read);
        QCOMPARE(read.value(), sample(QStringLiteral("f1")));
        QVERIFY(QFile::exists(ws.codeDir(QStringLiteral("f1")) + QStringLiteral("/app.py")));
        // AWS field names on disk
        QFile json(ws.functionDir(QStringLiteral("f1")) + QStringLiteral("/function.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("MemorySize")).toInt(), 256);
        QCOMPARE(o.value(QStringLiteral("EphemeralStorage")).toObject().value(QStringLiteral("Size")).toInt(), 512);
        QCOMPARE(o.value(QStringLiteral("Environment"))
                     .toObject()
                     .value(QStringLiteral("Variables"))
                     .toObject()
                     .value(QStringLiteral("B"))
                     .toString(),
                 QStringLiteral("two words"));

        FunctionConfig c = read.value();
        c.timeout = 20;
        QVERIFY(ws.writeConfig(c));
        QCOMPARE(ws.readFunction(QStringLiteral("f1"))->timeout, 20);
        // no temporary files left behind by the atomic write
        QCOMPARE(QDir(ws.functionDir(QStringLiteral("f1"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("function.json")});

        const auto again = ws.makeStagingDir();
        QCOMPARE(ws.installFunction(sample(QStringLiteral("f1")), again.value()).error().kind, Error::Kind::Conflict);
        QVERIFY(ws.deleteFunction(QStringLiteral("f1")));
        QVERIFY(ws.functionNames().isEmpty());
        QVERIFY(!QFileInfo::exists(ws.functionDir(QStringLiteral("f1"))));
        QCOMPARE(ws.deleteFunction(QStringLiteral("f1")).error().kind, Error::Kind::NotFound);
        QCOMPARE(ws.readFunction(QStringLiteral("nope")).error().message, QStringLiteral("Function not found: nope"));
    }

    // A function.json that is corrupt or breaks a rule is loaded as a broken entry: listed,
    // with the reason naming the field and the rule (validation.h's own message), and with
    // whatever could be read; never dropped, never taken as valid.
    void brokenFunctionJsonIsLoadedWithItsReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const QByteArray head = R"("FunctionName": "f", "Runtime": "python3.11", "Handler": "app.handler")";
        QTest::newRow("corrupt JSON") << QByteArray("{" + head + ", \"Timeout\": ") // cut off mid-write
                                      << QStringLiteral("function.json is not valid JSON: ");
        QTest::newRow("not an object") << QByteArray("[1, 2]")
                                       << QStringLiteral("function.json must hold one JSON object; got an array");
        QTest::newRow("Timeout -1")
            << QByteArray("{" + head + ", \"Timeout\": -1}")
            << QStringLiteral("function.json: Timeout must be a whole number of seconds from 1 to 900; got -1");
        QTest::newRow("MemorySize 999999")
            << QByteArray("{" + head + ", \"MemorySize\": 999999}")
            << QStringLiteral("function.json: MemorySize must be a whole number of MB from 128 to 10240; got 999999");
        QTest::newRow("Runtime python9") << QByteArray(R"({"Runtime": "python9", "Handler": "app.handler"})")
                                         << QStringLiteral(
                                                "function.json: Runtime 'python9' is not a Lambda runtime id");
        QTest::newRow("missing Handler") << QByteArray(R"({"Runtime": "python3.11"})")
                                         << QStringLiteral("function.json: Handler is required");
        QTest::newRow("Timeout as text") << QByteArray("{" + head + ", \"Timeout\": \"30\"}")
                                         << QStringLiteral(
                                                "function.json: Timeout must be a whole number; got the text \"30\"");
        QTest::newRow("Timeout fraction") << QByteArray("{" + head + ", \"Timeout\": 2.5}")
                                          << QStringLiteral("function.json: Timeout must be a whole number; got 2.5");
        QTest::newRow("reserved variable")
            << QByteArray("{" + head + R"(, "Environment": {"Variables": {"AWS_REGION": "x"}}})")
            << QStringLiteral("function.json: Environment variable key 'AWS_REGION' is reserved");
    }
    void brokenFunctionJsonIsLoadedWithItsReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        Workspace ws(dir.path());
        QVERIFY(ws.open());
        handWritten(dir.path(), QStringLiteral("good"),
                    QJsonDocument(sample(QStringLiteral("good")).toJson()).toJson());
        handWritten(dir.path(), QStringLiteral("bad"), json);
        QCOMPARE(ws.functionNames(), (QStringList{QStringLiteral("bad"), QStringLiteral("good")}));
        QVERIFY(ws.exists(QStringLiteral("bad")));
        const auto good = ws.readFunction(QStringLiteral("good"));
        QVERIFY(good);
        QVERIFY2(!good->isBroken(), qPrintable(good->brokenReason));
        const auto bad = ws.readFunction(QStringLiteral("bad"));
        QVERIFY2(bad, bad ? "" : qPrintable(bad.error().message));
        QVERIFY(bad->isBroken());
        QVERIFY2(bad->brokenReason.startsWith(reason), qPrintable(bad->brokenReason));
        QCOMPARE(bad->name, QStringLiteral("bad")); // the folder names it
    }

    void brokenEntryKeepsWhatCouldBeRead()
    {
        QTemporaryDir dir;
        Workspace ws(dir.path());
        QVERIFY(ws.open());
        handWritten(dir.path(), QStringLiteral("f"),
                    R"({"Runtime": "python3.11", "Handler": "app.handler", "Timeout": -1, "MemorySize": 999999,
                        "Description": "kept", "Environment": {"Variables": {"A": "1"}}})");
        const auto f = ws.readFunction(QStringLiteral("f"));
        QVERIFY(f);
        // Every broken rule is named, not only the first.
        QVERIFY2(f->brokenReason.contains(u"Timeout must be"), qPrintable(f->brokenReason));
        QVERIFY2(f->brokenReason.contains(u"MemorySize must be"), qPrintable(f->brokenReason));
        QCOMPARE(f->runtime, QStringLiteral("python3.11"));
        QCOMPARE(f->handler, QStringLiteral("app.handler"));
        QCOMPARE(f->timeout, -1);
        QCOMPARE(f->memorySize, 999999);
        QCOMPARE(f->description, QStringLiteral("kept"));
        QCOMPARE(f->environment.value(QStringLiteral("A")), QStringLiteral("1"));
        // A broken configuration is never written back as if it were one.
        QVERIFY(!ws.writeConfig(f.value()));
        // ... and deleting it works: the folder goes.
        QVERIFY(ws.deleteFunction(QStringLiteral("f")));
        QVERIFY(!QFileInfo::exists(ws.functionDir(QStringLiteral("f"))));
    }

    // An owner killed while it was starting a child (a runtime, or a runtime probe: forked,
    // not exec'd yet) must not leave the workspace locked: with QLockFile's flock the child
    // kept the lock file's lock, the stale lock could not be taken over, and a restarted
    // `serve` was refused ("in use by another Lambdesk process") until the child exec'd.
    void killedOwnersForkedChildDoesNotHoldTheLock()
    {
        QTemporaryDir dir;
        int gate[2], ready[2];
        QVERIFY(::pipe(gate) == 0 && ::pipe(ready) == 0);
        const pid_t owner = ::fork();
        if (owner == 0) {
            // The owner: takes the workspace, starts a child that waits at the gate, and ends
            // without letting go, as a killed process does.
            Workspace ws(dir.path());
            if (!ws.open())
                ::_exit(1);
            if (::fork() == 0) {
                char c;
                ::close(gate[1]);
                (void)!::read(gate[0], &c, 1);
                ::_exit(0);
            }
            (void)!::write(ready[1], "r", 1);
            ::_exit(0);
        }
        QVERIFY(owner > 0);
        ::close(ready[1]);
        ::close(gate[0]);
        const auto openGate = qScopeGuard([&] { ::close(gate[1]); });
        char c = 0;
        QCOMPARE(::read(ready[0], &c, 1), ssize_t(1)); // the owner took it and forked
        ::close(ready[0]);
        int status = 0;
        QCOMPARE(::waitpid(owner, &status, 0), owner);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        // The owner is gone; its child still waits at the gate.
        QProcess cli;
        cli.start(qEnvironmentVariable("LAMBDESK_BINARY"),
                  {QStringLiteral("list"), QStringLiteral("--workspace"), dir.path()});
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        Workspace again(dir.path());
        QVERIFY(again.open());
    }

    void secondProcessIsRefused()
    {
        QTemporaryDir dir;
        Workspace first(dir.path());
        QVERIFY(first.open());
        Workspace second(dir.path());
        const Status s = second.open();
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Unavailable);
        QVERIFY2(s.error().message.contains(QLatin1String("in use by another Lambdesk process")),
                 qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QLatin1String("--workspace")), qPrintable(s.error().message));
        // ... and through the real binary, from another process
        QProcess cli;
        cli.start(qEnvironmentVariable("LAMBDESK_BINARY"),
                  {QStringLiteral("list"), QStringLiteral("--workspace"), dir.path()});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 3);
        QVERIFY(cli.readAllStandardError().contains("in use by another Lambdesk process"));
    }

    void codeFilesStayInside()
    {
        QTemporaryDir dir;
        Workspace ws(dir.path());
        QVERIFY(ws.open());
        QVERIFY(ws.installFunction(sample(QStringLiteral("f")), ws.makeStagingDir().value()));
        QVERIFY(ws.writeCodeFile(QStringLiteral("f"), QStringLiteral("lib/util.py"), "x = 1\n"));
        QVERIFY(QFile::exists(ws.codeDir(QStringLiteral("f")) + QStringLiteral("/lib/util.py")));
        for (const char *bad : {"../escape.py", "/etc/passwd", "lib/../../x", ""}) {
            const Status s = ws.writeCodeFile(QStringLiteral("f"), QString::fromLatin1(bad), "x");
            QVERIFY2(!s, bad);
            QCOMPARE(s.error().field, QStringLiteral("Path"));
        }
    }

    void events()
    {
        QTemporaryDir dir;
        Workspace ws(dir.path());
        QVERIFY(ws.open());
        QVERIFY(ws.installFunction(sample(QStringLiteral("f")), ws.makeStagingDir().value()));
        QVERIFY(ws.writeEvent(QStringLiteral("f"), QStringLiteral("hello"), "{\"a\":1}"));
        QVERIFY(ws.writeEvent({}, QStringLiteral("shared-one"), "[1]"));
        QCOMPARE(ws.eventNames(QStringLiteral("f")), QStringList{QStringLiteral("hello")});
        QCOMPARE(ws.eventNames({}), QStringList{QStringLiteral("shared-one")});
        QCOMPARE(ws.readEvent(QStringLiteral("f"), QStringLiteral("hello")).value(), QByteArray("{\"a\":1}"));
        QCOMPARE(ws.readEvent({}, QStringLiteral("shared-one")).value(), QByteArray("[1]"));
        QCOMPARE(ws.writeEvent(QStringLiteral("f"), QStringLiteral("../x"), "{}").error().field,
                 QStringLiteral("EventName"));
        QVERIFY(ws.deleteEvent(QStringLiteral("f"), QStringLiteral("hello")));
        QCOMPARE(ws.readEvent(QStringLiteral("f"), QStringLiteral("hello")).error().kind, Error::Kind::NotFound);
    }

    void backendEventRules()
    {
        testsupport::TestBackend tb;
        FunctionConfig c = tb.config(QStringLiteral("ev"), RuntimeFamily::Python, QStringLiteral("handlers.echo"));
        QVERIFY(tb.create(c, testsupport::fixture(QStringLiteral("handlers/python"))));
        const Status bad = tb.backend->saveEvent(QStringLiteral("ev"), QStringLiteral("broken"), "{\"a\": }");
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("line 1, column 7")), qPrintable(bad.error().message));
        for (int i = 0; i < 10; ++i)
            QVERIFY(tb.backend->saveEvent(QStringLiteral("ev"), QStringLiteral("e%1").arg(i), "{}"));
        const Status eleventh = tb.backend->saveEvent(QStringLiteral("ev"), QStringLiteral("e10"), "{}");
        QVERIFY(!eleventh);
        QVERIFY2(eleventh.error().message.contains(QLatin1String("at most 10")), qPrintable(eleventh.error().message));
        QVERIFY(tb.backend->saveEvent(QStringLiteral("ev"), QStringLiteral("e3"),
                                      "{\"changed\":true}"));            // overwrite is fine
        QVERIFY(tb.backend->saveEvent({}, QStringLiteral("e10"), "{}")); // shared events have no such limit
    }

    void blueprintsCreateFunctionsWithEvents()
    {
        testsupport::TestBackend tb;
        FunctionConfig c;
        c.name = QStringLiteral("api");
        c.runtime = tb.runtime(RuntimeFamily::Node);
        const auto r = tb.backend->createFunction(c, CodeSource::blueprint(QStringLiteral("http-api")));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->handler, QStringLiteral("index.handler"));
        QVERIFY(!r->codeSha256.isEmpty());
        QVERIFY(r->codeSize > 0);
        QVERIFY(tb.backend->eventNames(QStringLiteral("api")).contains(QStringLiteral("get-items")));
        const auto result = tb.invoke(
            QStringLiteral("api"), tb.backend->readEvent(QStringLiteral("api"), QStringLiteral("get-items")).value());
        QVERIFY2(result && !result->isError(), result->payload.constData());
        QCOMPARE(testsupport::object(result->payload).value(QStringLiteral("statusCode")).toInt(), 200);
        // The HTTP API blueprint comes with its function URL (AuthType NONE, no CORS).
        const auto urls = tb.backend->listFunctionUrlConfigs(QStringLiteral("api"));
        QVERIFY2(urls, urls ? "" : qPrintable(urls.error().message));
        QCOMPARE(urls->size(), 1);
        QVERIFY(urls->first().qualifier.isEmpty());
        QCOMPARE(urls->first().authType, FunctionUrlAuthType::None);
        QVERIFY(!urls->first().cors);
        QVERIFY(functionurl::isUrlId(urls->first().urlId));

        c.name = QStringLiteral("pyonly");
        const auto wrong = tb.backend->createFunction(c, CodeSource::blueprint(QStringLiteral("hello-world-python")));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QLatin1String("has no nodejs version")),
                 qPrintable(wrong.error().message));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
