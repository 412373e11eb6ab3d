// The demo workspace (presenter mode's "Reset demo workspace", issue 17): the demo functions as
// a new workspace gets them, and a reset that brings them back to that state - and touches
// nothing else - with real Python and Node handlers run before and after.
#include "demoworkspace.h"
#include "store/catalogs.h"
#include "testsupport.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace lambdesk;

namespace {

const QString kPython = QStringLiteral("hello-python");
const QString kNode = QStringLiteral("hello-node");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString message(const Error &e)
{
    return e.message;
}

} // namespace

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

    // A demo function is as a new workspace has it: the blueprint's code (byte for byte), its
    // configuration on this machine's newest runtime, its test events; no versions, aliases,
    // function URL, reserved concurrency, asynchronous configuration or breakpoints.
    static void checkAsSeeded(Backend &b, const demo::Function &d)
    {
        const Blueprint *bp = catalogs::blueprint(d.blueprint);
        QVERIFY(bp);
        QCOMPARE(bp->handlers.size(), 1);
        const RuntimeFamily family = bp->handlers.firstKey();
        const auto f = b.getFunction(d.name);
        QVERIFY2(f, qPrintable(d.name));
        QCOMPARE(f->runtime, b.runtimes().preferred(family)->id);
        QCOMPARE(f->handler, bp->handlers.value(family));
        QCOMPARE(f->memorySize, bp->memorySize);
        QCOMPARE(f->timeout, bp->timeout);
        QCOMPARE(f->environment, bp->environment);
        QCOMPARE(f->description, d.description);
        // The code: exactly the blueprint's files.
        const QString res = bp->codeResource(family);
        QDir resDir(res);
        const QStringList files = resDir.entryList(QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        QCOMPARE(QDir(b.codeDir(d.name)).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name), files);
        for (const QString &file : files)
            QCOMPARE(readFile(b.codeDir(d.name) + u'/' + file), catalogs::readResource(res + u'/' + file));
        // The test events: the blueprint's.
        QStringList events;
        for (const Blueprint::Event &e : bp->events)
            events << e.name;
        events.sort();
        QCOMPARE(b.eventNames(d.name), events);
        for (const Blueprint::Event &e : bp->events)
            QCOMPARE(b.readEvent(d.name, e.name).value(), catalogs::readResource(e.resource));
        QVERIFY(b.listVersions(d.name)->isEmpty());
        QVERIFY(b.listAliases(d.name)->isEmpty());
        QVERIFY(b.listFunctionUrlConfigs(d.name)->isEmpty());
        QVERIFY(b.listEventInvokeConfigs(d.name)->isEmpty());
        QVERIFY(!b.functionConcurrency(d.name).value().has_value());
        QVERIFY(b.breakpoints(d.name)->isEmpty());
    }

private Q_SLOTS:
    void seedMakesTheDemoFunctions()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        QVERIFY(b.listFunctions().isEmpty());
        demo::seed(b);
        const QList<demo::Function> demos = demo::functions();
        QCOMPARE(demos.size(), 2);
        QCOMPARE(b.listFunctions().size(), 2);
        for (const demo::Function &d : demos)
            checkAsSeeded(b, d);
        // A second seed makes nothing new.
        demo::seed(b);
        QCOMPARE(b.listFunctions().size(), 2);
    }

    // Everything a demo gathers goes; the other demo comes back; a function of the user's
    // (with a version and an alias) is untouched; the restored demos run their blueprint's code.
    void resetBringsBackTheFirstState()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        demo::seed(b);

        // A warm environment of the demo's first code.
        auto r = testsupport::invokeAndWait(b, kPython, {}, R"({"name":"Ada"})");
        QVERIFY(r);
        QVERIFY2(r->payload.contains("Hello, Ada!"), r->payload.constData());

        // The demo edited: code, memory, an environment variable, a test event, a version, an
        // alias, a function URL, reserved concurrency, an async configuration, a breakpoint.
        const QByteArray edited = "def lambda_handler(event, context):\n    return {'edited': True}\n";
        QVERIFY(b.saveCodeFile(kPython, QStringLiteral("lambda_function.py"), edited));
        QVERIFY(b.saveCodeFile(kPython, QStringLiteral("extra.py"), "x = 1\n"));
        FunctionConfig c = b.getFunction(kPython).value();
        c.memorySize = 512;
        c.environment.insert(QStringLiteral("GREETING"), QStringLiteral("Hi"));
        const auto updated = b.updateConfiguration(c);
        QVERIFY2(updated, updated ? "" : qPrintable(message(updated.error())));
        QVERIFY(b.saveEvent(kPython, QStringLiteral("mine"), R"({"name":"Grace"})"));
        QVERIFY(b.saveEvent(kPython, QStringLiteral("hello"), R"({"name":"changed"})"));
        const auto published = b.publishVersion({kPython, {}, {}, {}});
        QVERIFY2(published, published ? "" : qPrintable(message(published.error())));
        QVERIFY(b.createAlias(kPython, QStringLiteral("live"), QStringLiteral("1")));
        FunctionUrlConfig url;
        url.functionName = kPython;
        url.authType = FunctionUrlAuthType::None;
        QVERIFY(b.createFunctionUrlConfig(url));
        QVERIFY(b.putFunctionConcurrency(kPython, 2));
        EventInvokeConfigPatch patch;
        patch.maximumRetryAttempts = 0;
        QVERIFY(b.putEventInvokeConfig(kPython, {}, patch));
        QVERIFY(b.setBreakpoints(kPython, {debug::Breakpoint{QStringLiteral("lambda_function.py"), 2}}));
        r = testsupport::invokeAndWait(b, kPython);
        QVERIFY(r->payload.contains("edited"));

        // The other demo deleted; a function of the user's with a version, an alias and an event.
        QVERIFY(b.deleteFunction(kNode));
        QTemporaryDir mineCode;
        const QByteArray mine = "def handler(event, context):\n    return 'mine'\n";
        {
            QFile f(mineCode.filePath(QStringLiteral("lambda_function.py")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(mine);
        }
        QVERIFY(tb.create(
            tb.config(QStringLiteral("mine"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler"), 256, 5),
            mineCode.path()));
        QVERIFY(b.publishVersion({QStringLiteral("mine"), {}, {}, {}}));
        QVERIFY(b.createAlias(QStringLiteral("mine"), QStringLiteral("prod"), QStringLiteral("1")));
        QVERIFY(b.saveEvent(QStringLiteral("mine"), QStringLiteral("e"), "{}"));
        QVERIFY(b.saveEvent({}, QStringLiteral("shared"), R"({"shared":1})")); // a shareable event
        const FunctionConfig mineBefore = b.getFunction(QStringLiteral("mine")).value();

        QSignalSpy deleted(&b, &Backend::functionDeleted);
        const auto said = demo::reset(b);
        QVERIFY2(said, said ? "" : qPrintable(message(said.error())));
        QVERIFY2(said->contains(kPython) && said->contains(kNode), qPrintable(said.value()));
        QCOMPARE(deleted.size(), 1); // hello-python (hello-node was gone already)

        for (const demo::Function &d : demo::functions())
            checkAsSeeded(b, d);
        QVERIFY(!QFile::exists(b.codeDir(kPython) + QStringLiteral("/extra.py")));

        // The user's function as it was.
        const FunctionConfig mineAfter = b.getFunction(QStringLiteral("mine")).value();
        QCOMPARE(mineAfter.codeSha256, mineBefore.codeSha256);
        QCOMPARE(mineAfter.memorySize, 256);
        QCOMPARE(mineAfter.timeout, 5);
        QCOMPARE(mineAfter.lastModified, mineBefore.lastModified);
        QCOMPARE(b.listVersions(QStringLiteral("mine"))->size(), 1);
        QCOMPARE(b.listAliases(QStringLiteral("mine"))->size(), 1);
        QCOMPARE(b.eventNames(QStringLiteral("mine")), QStringList{QStringLiteral("e")});
        QCOMPARE(b.readEvent({}, QStringLiteral("shared")).value(), QByteArray(R"({"shared":1})"));
        QCOMPARE(b.listFunctions().size(), 3);

        // The restored demos run their first code: a cold start (the edited code's environment
        // was retired).
        r = testsupport::invokeAndWait(b, kPython, {}, R"({"name":"Ada"})");
        QVERIFY2(r->payload.contains("Hello, Ada!"), r->payload.constData());
        QVERIFY(r->coldStart());
        QCOMPARE(r->memorySizeMb, 128);
        r = testsupport::invokeAndWait(b, kNode, {}, R"({"name":"Ada"})");
        QVERIFY2(r->payload.contains("Hello, Ada!"), r->payload.constData());
        QCOMPARE(testsupport::invokeAndWait(b, QStringLiteral("mine"), QStringLiteral("prod"))->payload,
                 QByteArray("\"mine\""));
    }

    // A demo function whose invocation is running when the reset comes: the invocation ends
    // with the code it started with and its outcome is announced; the next one runs the
    // restored code. (The handler blocks reading a FIFO the test writes to after the reset:
    // no timing involved.)
    void resetWhileADemoRuns()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        demo::seed(b);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("go"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QByteArray blocking = "def lambda_handler(event, context):\n"
                                    "    print('waiting', flush=True)\n"
                                    "    with open("
            + QByteArray("'") + QFile::encodeName(fifo)
            + "') as f:\n"
              "        return {'got': f.read()}\n";
        QVERIFY(b.saveCodeFile(kPython, QStringLiteral("lambda_function.py"), blocking));

        std::optional<Result<InvocationResult>> first;
        QSignalSpy finished(&b, &Backend::invocationFinished);
        QSignalSpy logs(&b, &Backend::logLines);
        b.invoke(InvokeRequest{kPython, {}, "{}", InvocationType::RequestResponse, {}},
                 [&](Result<InvocationResult> result) { first.emplace(std::move(result)); });
        const auto sawWaiting = [&] {
            for (const QList<QVariant> &call : logs) {
                for (const LogRecord &rec : call.first().value<QList<LogRecord>>())
                    if (rec.line.text.contains(QLatin1String("waiting")))
                        return true;
            }
            return false;
        };
        QVERIFY(testsupport::waitForSignals(logs, sawWaiting, testsupport::safetyNetMs(60000)));

        const auto said = demo::reset(b);
        QVERIFY2(said, said ? "" : qPrintable(message(said.error())));
        QVERIFY(!first.has_value()); // still running
        QCOMPARE(readFile(b.codeDir(kPython) + QStringLiteral("/lambda_function.py")),
                 catalogs::readResource(QStringLiteral(":/blueprints/hello-world-python/python/lambda_function.py")));

        // Let the old invocation end: it answers with the code it started with.
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY); // the handler has it open to read
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "go", 2), ssize_t(2));
        ::close(fd);
        QVERIFY(testsupport::waitForSignals(
            finished, [&] { return first.has_value(); }, testsupport::safetyNetMs(60000)));
        QVERIFY(first->ok());
        QVERIFY2(first->value().payload.contains("\"got\": \"go\"")
                     || first->value().payload.contains("\"got\":\"go\""),
                 first->value().payload.constData());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<InvocationResult>().functionName, kPython);

        const auto r = testsupport::invokeAndWait(b, kPython, {}, R"({"name":"Ada"})");
        QVERIFY2(r->payload.contains("Hello, Ada!"), r->payload.constData());
        QVERIFY(r->coldStart());
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
