// The Backend as a facade: one call per user action whose answer says what happened, the one
// invocation channel (every run announced once when it starts and once when it ends, with who
// started it), and a shutdown that stops taking work before it ends the environments.
#include "api/lambdaapiserver.h"
#include "backend.h"
#include "invoke/asyncqueue.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace lambdesk;
using namespace testsupport;

namespace {

const char *kHandler = R"PY(import time

def handler(event, context):
    if "sleep" in event:
        time.sleep(event["sleep"])
    if event.get("fail"):
        raise ValueError("boom")
    return {"ok": True}
)PY";

QString writeHandler(const QTemporaryDir &dir)
{
    QFile f(dir.filePath(QStringLiteral("lambda_function.py")));
    if (!f.open(QIODevice::WriteOnly) || f.write(kHandler) < 0)
        qFatal("cannot write the handler");
    return dir.path();
}

// One HTTP/1.1 request on a socket and its whole answer (so the next request on the same
// connection reads its own); returns the status, waited for on readyRead.
int httpStatus(QTcpSocket &socket, quint16 port, const QByteArray &method, const QByteArray &path,
               const QByteArray &body = {})
{
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                 + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\n\r\n" + body);
    QByteArray got;
    QSignalSpy ready(&socket, &QTcpSocket::readyRead);
    const auto complete = [&] {
        const qsizetype end = got.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        qsizetype length = 0;
        for (const QByteArray &line : got.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        return got.size() >= end + 4 + length;
    };
    while (!complete()) {
        if (socket.bytesAvailable() == 0 && !ready.wait(30000))
            return 0;
        got += socket.readAll();
    }
    return got.split(' ').value(1).toInt();
}

// Rewrites the function.json of `name` in workspace `root` as a hand edit would: `edit`
// changes the JSON object, or `raw` replaces the whole text.
void handEdit(const QString &root, const QString &name, const std::function<void(QJsonObject &)> &edit,
              const QByteArray &raw = {})
{
    QFile f(root + QStringLiteral("/functions/") + name + QStringLiteral("/function.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no function.json for %s", qPrintable(name));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    if (edit)
        edit(o);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(raw.isEmpty() ? QJsonDocument(o).toJson() : raw) < 0)
        qFatal("cannot write function.json");
}

// Every path under root (links not followed), '/' after folders; the log database aside.
QStringList treeOf(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(root).relativeFilePath(it.next());
        if (!rel.startsWith(QLatin1String("lambdesk.db")) && !rel.startsWith(QLatin1String(".lambdesk.lock")))
            out.append(rel + (it.fileInfo().isDir() && !it.fileInfo().isSymLink() ? QStringLiteral("/") : QString()));
    }
    out.sort();
    return out;
}

struct ZipItem
{
    QByteArray name;
    QByteArray data;
    int mode; // Unix mode, octal: 0100644 a file, 0120777 a symbolic link
};

// A zip made by Python's zipfile, which writes whatever entries it is given.
QByteArray zipOf(const QList<ZipItem> &items)
{
    QString script = QStringLiteral("import io,zipfile,sys\nb=io.BytesIO()\nz=zipfile.ZipFile(b,'w')\n");
    for (const ZipItem &i : items)
        script += QStringLiteral("zi=zipfile.ZipInfo(bytes.fromhex('%1').decode())\nzi.external_attr=%2<<16\n"
                                 "z.writestr(zi, bytes.fromhex('%3'))\n")
                      .arg(QString::fromLatin1(i.name.toHex()))
                      .arg(i.mode)
                      .arg(QString::fromLatin1(i.data.toHex()));
    script += QStringLiteral("z.close()\nsys.stdout.buffer.write(b.getvalue())\n");
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("python3 could not write the zip: %s", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

} // namespace

class TestBackendFacade : public QObject
{
    Q_OBJECT

    QTemporaryDir m_code;

    // Waits for the result of an invocation started with `request`.
    static Result<InvocationResult> run(Backend &b, InvokeRequest request)
    {
        std::optional<Result<InvocationResult>> out;
        QEventLoop loop;
        b.invoke(std::move(request), [&](Result<InvocationResult> r) {
            out = std::move(r);
            loop.quit();
        });
        if (!out) {
            QTimer::singleShot(60000, &loop, &QEventLoop::quit); // a safety net, not a wait
            loop.exec();
        }
        if (!out)
            qFatal("the invocation did not finish");
        return std::move(*out);
    }

private Q_SLOTS:
    void initTestCase() { writeHandler(m_code); }

    void channelAnnouncesEveryRunWithItsSource_data()
    {
        QTest::addColumn<InvocationSource>("source");
        QTest::newRow("console") << InvocationSource::Console;
        QTest::newRow("cli") << InvocationSource::Cli;
        QTest::newRow("api") << InvocationSource::Api;
    }
    void channelAnnouncesEveryRunWithItsSource()
    {
        QFETCH(InvocationSource, source);
        testsupport::TestBackend tb;
        QVERIFY(
            tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
                      m_code.path()));
        QSignalSpy started(tb.backend.get(), &Backend::invocationStarted);
        QSignalSpy finished(tb.backend.get(), &Backend::invocationFinished);
        const auto r = run(*tb.backend,
                           InvokeRequest{QStringLiteral("fn"),
                                         {},
                                         "{}",
                                         InvocationType::RequestResponse,
                                         {},
                                         QStringLiteral("11111111-2222-3333-4444-555555555555"),
                                         source});
        QVERIFY(r);
        QCOMPARE(started.size(), 1);
        QCOMPARE(finished.size(), 1);
        const auto start = started.first().first().value<InvocationStart>();
        const auto end = finished.first().first().value<InvocationResult>();
        QCOMPARE(start.requestId, QStringLiteral("11111111-2222-3333-4444-555555555555"));
        QCOMPARE(end.requestId, start.requestId);
        QCOMPARE(start.function, QStringLiteral("fn"));
        QCOMPARE(start.source, source);
        QCOMPARE(end.source, source);
        QCOMPARE(end.status, InvocationStatus::Succeeded);
        QCOMPARE(tb.backend->runningInvocations(), 0);
    }

    // A request that cannot run is refused, not announced: nothing started.
    void rejectedRequestsAreNotAnnounced()
    {
        testsupport::TestBackend tb;
        QVERIFY(
            tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
                      m_code.path()));
        QSignalSpy started(tb.backend.get(), &Backend::invocationStarted);
        const auto missing = run(*tb.backend, InvokeRequest{QStringLiteral("nope"), {}, "{}"});
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        const auto bad = run(*tb.backend, InvokeRequest{QStringLiteral("fn"), {}, "{not json"});
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("Payload"));
        QCOMPARE(started.size(), 0);
    }

    // With no room for an environment the request is throttled: announced and ended as such.
    void throttleIsAnnouncedAndEnded()
    {
        testsupport::TestBackend tb;
        QVERIFY(
            tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
                      m_code.path()));
        tb.backend->setMaxEnvironments(0);
        QSignalSpy started(tb.backend.get(), &Backend::invocationStarted);
        QSignalSpy finished(tb.backend.get(), &Backend::invocationFinished);
        const auto r = run(*tb.backend, InvokeRequest{QStringLiteral("fn"), {}, "{}"});
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Throttled);
        QCOMPARE(started.size(), 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<InvocationResult>().status, InvocationStatus::Throttled);
        QCOMPARE(tb.backend->runningInvocations(), 0);
    }

    // An Event invocation: accepted at once (not a run), then each attempt is announced with
    // the Event queue as its source, its attempt number, and the caller's request id.
    void eventAttemptsComeFromTheQueue()
    {
        testsupport::TestBackend tb;
        QVERIFY(
            tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
                      m_code.path()));
        AsyncQueue::Options fast;
        fast.retryDelaysMs = {0};
        tb.backend->asyncQueue().setOptions(fast);
        QSignalSpy started(tb.backend.get(), &Backend::invocationStarted);
        QSignalSpy finished(tb.backend.get(), &Backend::invocationFinished);
        QSignalSpy done(&tb.backend->asyncQueue(), &AsyncQueue::finished);
        const auto accepted = run(
            *tb.backend,
            InvokeRequest{
                QStringLiteral("fn"), {}, R"({"fail": true})", InvocationType::Event, {}, {}, InvocationSource::Api});
        QVERIFY(accepted);
        QCOMPARE(accepted->status, InvocationStatus::Queued);
        QCOMPARE(started.size(), 0); // accepted, not run yet
        QVERIFY(done.wait(60000));
        QCOMPARE(started.size(), 2); // the first attempt and its one retry
        QCOMPARE(finished.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const auto s = started.at(i).first().value<InvocationStart>();
            const auto e = finished.at(i).first().value<InvocationResult>();
            QCOMPARE(s.requestId, accepted->requestId);
            QCOMPARE(s.source, InvocationSource::EventQueue);
            QCOMPARE(s.attempt, i + 1);
            QCOMPARE(e.attempt, i + 1);
            QCOMPARE(e.status, InvocationStatus::Failed);
        }
    }

    // A hand-edited or corrupt function.json: the function is listed and can be read, deleted
    // and repaired, but never invoked nor overwritten by a create; its name is not stuck.
    void brokenFunctionsAreListedRefusedRepairedAndDeleted()
    {
        QTemporaryDir ws;
        Backend::Options o;
        o.workspace = ws.path();
        o.persistLogs = false;
        QString python;
        {
            Backend b(o);
            QVERIFY(b.start());
            python = b.runtimes().preferred(RuntimeFamily::Python)->id;
            for (const char *name : {"good", "timeout", "corrupt", "runtime"}) {
                FunctionConfig c;
                c.name = QString::fromLatin1(name);
                c.runtime = python;
                c.handler = QStringLiteral("lambda_function.handler");
                QVERIFY(b.createFunction(c, CodeSource::directory(m_code.path())));
            }
        } // Lambdesk ends; the files are edited by hand
        handEdit(ws.path(), QStringLiteral("timeout"), [](QJsonObject &j) { j[u"Timeout"] = -1; });
        handEdit(ws.path(), QStringLiteral("corrupt"), {}, "{\"Runtime\": \"python3");
        handEdit(ws.path(), QStringLiteral("runtime"),
                 [](QJsonObject &j) { j[u"Runtime"] = QStringLiteral("python9"); });

        Backend b(o);
        QVERIFY(b.start());
        QSignalSpy started(&b, &Backend::invocationStarted);
        QStringList names, broken;
        for (const FunctionConfig &c : b.listFunctions()) {
            names << c.name;
            if (c.isBroken())
                broken << c.name;
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("corrupt"), QStringLiteral("good"), QStringLiteral("runtime"),
                              QStringLiteral("timeout")}));
        QCOMPARE(broken,
                 (QStringList{QStringLiteral("corrupt"), QStringLiteral("runtime"), QStringLiteral("timeout")}));

        // Get: what could be read, and why it cannot run.
        const auto timeout = b.getFunction(QStringLiteral("timeout"));
        QVERIFY(timeout);
        QCOMPARE(timeout->timeout, -1);
        QCOMPARE(timeout->runtime, python);
        QVERIFY2(timeout->brokenReason.startsWith(u"function.json: Timeout must be a whole number of seconds from 1 to "
                                                  u"900; got -1"),
                 qPrintable(timeout->brokenReason));

        // Invoke: refused as AWS refuses a function in state Failed, and nothing is announced.
        const auto refused = run(b, InvokeRequest{QStringLiteral("timeout"), {}, "{}"});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.startsWith(u"The operation cannot be performed at this time. The function is "
                                                    u"currently in the following state: Failed"),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"Timeout must be"), qPrintable(refused.error().message));
        const auto queued = run(b, InvokeRequest{QStringLiteral("timeout"), {}, "{}", InvocationType::Event});
        QVERIFY(!queued);
        QCOMPARE(queued.error().kind, Error::Kind::Conflict);
        QCOMPARE(started.size(), 0);

        // Create: the name is taken by a broken function, and the answer says what to do.
        FunctionConfig again;
        again.name = QStringLiteral("timeout");
        again.runtime = python;
        again.handler = QStringLiteral("lambda_function.handler");
        const auto created = b.createFunction(again, CodeSource::directory(m_code.path()));
        QVERIFY(!created);
        QCOMPARE(created.error().kind, Error::Kind::Conflict);
        for (const char *part : {"broken", "Timeout must be", "UpdateFunctionConfiguration", "DeleteFunction"})
            QVERIFY2(created.error().message.contains(QLatin1String(part)), qPrintable(created.error().message));
        QCOMPARE(b.getFunction(QStringLiteral("timeout"))->timeout, -1); // not overwritten

        // Code changes wait for the repair: they would write the broken configuration back.
        const auto code = b.saveCodeFile(QStringLiteral("timeout"), QStringLiteral("x.py"), "x = 1\n");
        QVERIFY(!code);
        QCOMPARE(code.error().kind, Error::Kind::Conflict);

        // Repair with valid values: a valid function.json is written and the function runs.
        FunctionConfig fixed = timeout.value();
        fixed.timeout = 30;
        const auto repaired = b.updateConfiguration(fixed);
        QVERIFY2(repaired, repaired ? "" : qPrintable(repaired.error().message));
        QVERIFY(!repaired->config.isBroken());
        QCOMPARE(repaired->config.timeout, 30);
        QVERIFY(!repaired->config.codeSha256.isEmpty());
        QVERIFY(!b.getFunction(QStringLiteral("timeout"))->isBroken());
        QFile json(ws.filePath(QStringLiteral("functions/timeout/function.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(u"Timeout").toInt(), 30);
        const auto ran = run(b, InvokeRequest{QStringLiteral("timeout"), {}, "{}"});
        QVERIFY2(ran && !ran->isError(), ran ? ran->payload.constData() : qPrintable(ran.error().message));

        // Repair from nothing readable: the request brings every required value.
        FunctionConfig partial = b.getFunction(QStringLiteral("corrupt")).value();
        QVERIFY(partial.isBroken());
        const auto stillBroken = b.updateConfiguration(partial);
        QVERIFY(!stillBroken); // nothing valid yet: refused, naming the field
        QCOMPARE(stillBroken.error().field, QStringLiteral("Runtime"));
        partial.runtime = python;
        partial.handler = QStringLiteral("lambda_function.handler");
        QVERIFY(b.updateConfiguration(partial));
        QVERIFY(run(b, InvokeRequest{QStringLiteral("corrupt"), {}, "{}"}));

        // Delete: the folder goes, and the name is free again.
        QVERIFY(b.deleteFunction(QStringLiteral("runtime")));
        QVERIFY(!QFileInfo::exists(ws.filePath(QStringLiteral("functions/runtime"))));
        QCOMPARE(b.getFunction(QStringLiteral("runtime")).error().kind, Error::Kind::NotFound);
        again.name = QStringLiteral("runtime");
        QVERIFY(b.createFunction(again, CodeSource::directory(m_code.path())));
    }

    // The file tree's actions are one call each; the answer says where the path is now and
    // whether warm environments were retired.
    void codePathActionsSayWhatHappened()
    {
        testsupport::TestBackend tb;
        QVERIFY(
            tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
                      m_code.path()));
        const QString before = tb.backend->getFunction(QStringLiteral("fn"))->codeSha256;
        QVERIFY(tb.invoke(QStringLiteral("fn")));
        QCOMPARE(tb.backend->environments(QStringLiteral("fn")).idle, 1);

        auto created = tb.backend->createCodeFile(QStringLiteral("fn"), QStringLiteral("lib/util.py"));
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QCOMPARE(created->path, QStringLiteral("lib/util.py"));
        QVERIFY(created->changed);
        QCOMPARE(created->environmentsRetired, 1); // the warm one ran the old code
        QVERIFY(created->config.codeSha256 != before);

        auto renamed = tb.backend->renameCodePath(QStringLiteral("fn"), QStringLiteral("lib/util.py"),
                                                  QStringLiteral("lib/helpers.py"));
        QVERIFY(renamed);
        QCOMPARE(renamed->path, QStringLiteral("lib/helpers.py"));
        QCOMPARE(renamed->environmentsRetired, 0); // none was warm
        QVERIFY(QFileInfo::exists(tb.backend->codeDir(QStringLiteral("fn")) + QStringLiteral("/lib/helpers.py")));

        auto folder = tb.backend->createCodeFolder(QStringLiteral("fn"), QStringLiteral("data"));
        QVERIFY(folder);
        QVERIFY(!folder->changed); // an empty folder is not part of the code's digest

        auto removed = tb.backend->removeCodePath(QStringLiteral("fn"), QStringLiteral("lib"));
        QVERIFY(removed);
        QCOMPARE(removed->config.codeSha256, before);

        const auto outside = tb.backend->createCodeFile(QStringLiteral("fn"), QStringLiteral("../escape.py"));
        QVERIFY(!outside);
        QVERIFY(!QFileInfo::exists(tb.root() + QStringLiteral("/functions/fn/escape.py")));
        const auto unknown = tb.backend->createCodeFile(QStringLiteral("nope"), QStringLiteral("a.py"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
    }

    // UpdateFunctionCode with DryRun answers what the code would be and changes nothing.
    void updateCodeDryRunChangesNothing()
    {
        testsupport::TestBackend tb;
        QVERIFY(
            tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
                      m_code.path()));
        const FunctionConfig before = tb.backend->getFunction(QStringLiteral("fn")).value();
        QTemporaryDir other;
        QFile f(other.filePath(QStringLiteral("lambda_function.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("def handler(e, c):\n    return 2\n");
        f.close();
        const auto dry = tb.backend->updateCode(QStringLiteral("fn"), CodeSource::directory(other.path()), true);
        QVERIFY(dry);
        QVERIFY(!dry->changed);
        QVERIFY(dry->config.codeSha256 != before.codeSha256);
        QCOMPARE(tb.backend->getFunction(QStringLiteral("fn")).value(), before);
        const auto exported = tb.backend->exportCode(QStringLiteral("fn"));
        QVERIFY(exported);
        QVERIFY(exported->startsWith("PK"));

        const auto real = tb.backend->updateCode(QStringLiteral("fn"), CodeSource::directory(other.path()));
        QVERIFY(real);
        QVERIFY(real->changed);
        QCOMPARE(real->config.codeSha256, dry->config.codeSha256);
    }

    // A rename (or a move to the shareable events) is one action: the new event is written
    // before the old one is deleted, and a name that is taken is refused with nothing lost.
    void renameEventIsOneAction()
    {
        testsupport::TestBackend tb;
        QVERIFY(
            tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
                      m_code.path()));
        QVERIFY(tb.backend->saveEvent(QStringLiteral("fn"), QStringLiteral("first"), R"({"a":1})"));
        QVERIFY(tb.backend->saveEvent(QStringLiteral("fn"), QStringLiteral("taken"), R"({"b":2})"));
        const Status clash = tb.backend->renameEvent(QStringLiteral("fn"), QStringLiteral("first"),
                                                     QStringLiteral("fn"), QStringLiteral("taken"), R"({"a":2})");
        QVERIFY(!clash);
        QCOMPARE(tb.backend->readEvent(QStringLiteral("fn"), QStringLiteral("first")).value(),
                 QByteArray(R"({"a":1})"));
        QCOMPARE(tb.backend->readEvent(QStringLiteral("fn"), QStringLiteral("taken")).value(),
                 QByteArray(R"({"b":2})"));

        QVERIFY(tb.backend->renameEvent(QStringLiteral("fn"), QStringLiteral("first"), QString(),
                                        QStringLiteral("shared-one"), R"({"a":3})"));
        QVERIFY(!tb.backend->eventNames(QStringLiteral("fn")).contains(QStringLiteral("first")));
        QCOMPARE(tb.backend->readEvent(QString(), QStringLiteral("shared-one")).value(), QByteArray(R"({"a":3})"));
        QVERIFY(!tb.backend->renameEvent(QStringLiteral("fn"), QStringLiteral("taken"), QStringLiteral("fn"),
                                         QStringLiteral("bad name!"), "{}"));
        QVERIFY(tb.backend->eventNames(QStringLiteral("fn")).contains(QStringLiteral("taken")));
    }

    // Shutdown while API calls arrive: the API stops listening and answers 503 on open
    // connections, direct calls are refused, nothing new starts; the running invocation ends
    // with its environment, and stopped() follows.
    void shutdownWhileCallsArriveStartsNothingNew()
    {
        QTemporaryDir workspace;
        Backend::Options options;
        options.workspace = workspace.path();
        options.persistLogs = false;
        Backend backend(options);
        QVERIFY(backend.start());
        FunctionConfig c;
        c.name = QStringLiteral("slow");
        c.runtime = backend.runtimes().preferred(RuntimeFamily::Python)->id;
        c.handler = QStringLiteral("lambda_function.handler");
        c.timeout = 60;
        QVERIFY(backend.createFunction(c, CodeSource::directory(m_code.path())));
        LambdaApiServer server(&backend);
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0));
        const quint16 port = server.port();

        QTcpSocket kept; // a keep-alive connection that stays open through the shutdown
        kept.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(kept.waitForConnected(10000));
        QCOMPARE(httpStatus(kept, port, "GET", "/2015-03-31/functions/"), 200);

        QSignalSpy started(&backend, &Backend::invocationStarted);
        QSignalSpy finished(&backend, &Backend::invocationFinished);
        QTcpSocket inFlight;
        inFlight.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(inFlight.waitForConnected(10000));
        inFlight.write("POST /2015-03-31/functions/slow/invocations HTTP/1.1\r\nHost: 127.0.0.1:"
                       + QByteArray::number(port) + "\r\nContent-Length: 13\r\n\r\n{\"sleep\": 30}");
        QVERIFY(started.wait(60000)); // the slow one runs

        QSignalSpy stopping(&backend, &Backend::shuttingDown);
        QSignalSpy stopped(&backend, &Backend::stopped);
        backend.shutdown();
        QCOMPARE(stopping.size(), 1);
        QVERIFY(!server.isListening());

        // A new connection is refused (or, when another program took the freed port meanwhile,
        // reaches that one: either way nothing starts here), a call on an open one gets 503, a
        // direct call an error.
        QTcpSocket fresh;
        QSignalSpy failed(&fresh, &QTcpSocket::errorOccurred);
        fresh.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (fresh.waitForConnected(10000))
            httpStatus(fresh, port, "POST", "/2015-03-31/functions/slow/invocations", "{}");
        else
            QCOMPARE(fresh.error(), QAbstractSocket::ConnectionRefusedError);
        QCOMPARE(httpStatus(kept, port, "POST", "/2015-03-31/functions/slow/invocations", "{}"), 503);
        const auto direct = run(backend, InvokeRequest{QStringLiteral("slow"), {}, "{}"});
        QVERIFY(!direct);
        QCOMPARE(direct.error().kind, Error::Kind::Unavailable);

        QVERIFY(stopped.size() == 1 || stopped.wait(30000)); // it may have come while we asked
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(started.size(), 1);  // nothing new started
        QCOMPARE(finished.size(), 1); // the one in flight ended with its environment
        QCOMPARE(backend.environments(QStringLiteral("slow")).busy, 0);
        QVERIFY(!backend.isStarted());
        QVERIFY(!server.listen(QStringLiteral("127.0.0.1"), 0)); // and the API does not come back
    }
    // A package checked with DryRun is looked at, never written: not in the workspace, not
    // anywhere else (a symbolic link chain wrote outside the code folder even then).
    void updateCodeDryRunWritesNothing()
    {
        testsupport::TestBackend tb;
        QVERIFY(
            tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
                      m_code.path()));
        const QStringList before = treeOf(tb.root());
        const QByteArray good = zipOf({{"lambda_function.py", "def handler(e, c):\n    return 3\n", 0100644},
                                       {"alias.py", "lambda_function.py", 0120777}});
        const auto dry = tb.backend->updateCode(QStringLiteral("fn"), CodeSource::fromZip(good), true);
        QVERIFY2(dry, dry ? "" : qPrintable(dry.error().message));
        QCOMPARE(treeOf(tb.root()), before);

        const QByteArray evil = zipOf(
            {{"a/b/l1", "../..", 0120777}, {"a/b/l1/l2", "..", 0120777}, {"a/b/l1/l2/evil.txt", "pwned", 0100644}});
        const auto refused = tb.backend->updateCode(QStringLiteral("fn"), CodeSource::fromZip(evil), true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::InvalidParameter);
        QCOMPARE(treeOf(tb.root()), before);

        // The real update of the same package answers what the dry run said.
        const auto real = tb.backend->updateCode(QStringLiteral("fn"), CodeSource::fromZip(good));
        QVERIFY2(real, real ? "" : qPrintable(real.error().message));
        QCOMPARE(real->config.codeSha256, dry->config.codeSha256);
        QCOMPARE(real->config.codeSize, dry->config.codeSize);
    }

    // Every upload used to leave an empty folder under .staging.
    void uploadsLeaveNoStagingFolders()
    {
        testsupport::TestBackend tb;
        const QByteArray zip = zipOf({{"lambda_function.py", kHandler, 0100644}});
        FunctionConfig c = tb.config(QStringLiteral("fn"), RuntimeFamily::Python,
                                     QStringLiteral("lambda_function.handler"));
        QVERIFY(tb.backend->createFunction(c, CodeSource::fromZip(zip)));
        QVERIFY(tb.backend->updateCode(QStringLiteral("fn"), CodeSource::fromZip(zip + QByteArray())));
        const QByteArray other = zipOf({{"lambda_function.py", "def handler(e, c):\n    return 4\n", 0100644}});
        QVERIFY(tb.backend->updateCode(QStringLiteral("fn"), CodeSource::fromZip(other)));
        QVERIFY(!tb.backend->updateCode(QStringLiteral("fn"), CodeSource::fromZip("not a zip")));
        c.name = QStringLiteral("fn2");
        QVERIFY(tb.create(c, m_code.path()));
        // The replaced code is deleted by a worker after the swap: wait for it, not for a guess.
        QTRY_COMPARE_WITH_TIMEOUT(QDir(tb.root() + QStringLiteral("/.staging"))
                                      .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
                                  QStringList(), testsupport::safetyNetMs(60000));
        QCOMPARE(tb.invoke(QStringLiteral("fn"))->payload, QByteArray("4"));
    }
};

QTEST_GUILESS_MAIN(TestBackendFacade)
#include "tst_backend.moc"
