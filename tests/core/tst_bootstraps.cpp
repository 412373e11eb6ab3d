// Our Python and Node.js bootstraps (resources/runtimes): handlers whose module path would
// leave the code folder (AWS's Handler field allows any non-blank text, so the bootstraps refuse
// such a module as one that cannot be imported: Runtime.ImportModuleError), and their Runtime API
// client, which keeps one connection for all its requests.
#include "testsupport.h"

#include "runtime/environmentpool.h"
#include "runtime/resourcelimits.h"
#include "runtime/runtimeapiserver.h"
#include "runtime/runtimecatalog.h"
#include "runtime/runtimedetection.h"

#include <QDateTime>
#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace lambdesk;
using namespace testsupport;

class TestBootstraps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void moduleOutsideCodeFolder_data();
    void moduleOutsideCodeFolder();
    void oneConnectionForManyInvocations_data();
    void oneConnectionForManyInvocations();
    void nextGoesOutWithTheResult_data();
    void nextGoesOutWithTheResult();
};

void TestBootstraps::moduleOutsideCodeFolder_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("handler");
    const int py = int(RuntimeFamily::Python), js = int(RuntimeFamily::Node);
    QTest::newRow("python ..") << py << QStringLiteral("../outside.handler");
    QTest::newRow("python ../..") << py << QStringLiteral("lib/../../outside.handler");
    QTest::newRow("python absolute") << py << QStringLiteral("/tmp/outside.handler");
    QTest::newRow("node ..") << js << QStringLiteral("../outside.handler");
    QTest::newRow("node absolute") << js << QStringLiteral("/etc/passwd.handler");
}

void TestBootstraps::moduleOutsideCodeFolder()
{
    QFETCH(int, family);
    QFETCH(QString, handler);
    TestBackend tb;
    // The code folder, and beside it a module the handler points at.
    QTemporaryDir dir;
    const QString code = dir.filePath(QStringLiteral("code"));
    QDir().mkpath(code);
    const bool python = family == int(RuntimeFamily::Python);
    const QString ext = python ? QStringLiteral(".py") : QStringLiteral(".js");
    const QByteArray source = python ? "def handler(event, context):\n    return 'escaped'\n"
                                     : "exports.handler = async () => 'escaped';\n";
    for (const QString &path :
         QStringList{code + QStringLiteral("/app") + ext, dir.filePath(QStringLiteral("outside")) + ext}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(source);
    }
    FunctionConfig c = tb.config(QStringLiteral("fn"), RuntimeFamily(family), QStringLiteral("app.handler"));
    QVERIFY(tb.create(c, code));
    c.handler = handler;
    const auto updated = tb.backend->updateConfiguration(c);
    QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
    const auto r = tb.invoke(QStringLiteral("fn"));
    QVERIFY(r.ok());
    QCOMPARE(r->functionError, QStringLiteral("Unhandled"));
    const QJsonObject o = object(r->payload);
    QCOMPARE(o.value(u"errorType").toString(), QStringLiteral("Runtime.ImportModuleError"));
    QVERIFY2(o.value(u"errorMessage").toString().contains(u"inside the function's code folder"),
             r->payload.constData());
}

void TestBootstraps::oneConnectionForManyInvocations_data()
{
    QTest::addColumn<int>("family");
    QTest::newRow("python") << int(RuntimeFamily::Python);
    QTest::newRow("node") << int(RuntimeFamily::Node);
}

// Every /next, /response and /error of a warm environment travels over the one keep-alive
// connection the bootstrap opened at start: the Runtime API's port accepts one connection over
// many invocations, successes and function errors alike.
void TestBootstraps::oneConnectionForManyInvocations()
{
    QFETCH(int, family);
    const bool python = family == int(RuntimeFamily::Python);
    RuntimeDetection detection; // CTest gives each test a cache folder of its own
    const RuntimeCatalog &catalog = detection.catalog();
    const RuntimeInfo *runtime = catalog.preferred(RuntimeFamily(family));
    QVERIFY2(runtime, "the runtime is not installed");

    QTemporaryDir code, scratch;
    QFile f(code.filePath(python ? QStringLiteral("app.py") : QStringLiteral("app.js")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(python ? "def handler(event, context):\n"
                     "    if event.get('fail'):\n"
                     "        raise ValueError('asked to')\n"
                     "    return event\n"
                   : "exports.handler = async (event) => {\n"
                     "  if (event.fail) throw new Error('asked to');\n"
                     "  return event;\n"
                     "};\n");
    f.close();
    EnvironmentSpec spec;
    spec.functionName = QStringLiteral("f");
    spec.runtime = *runtime;
    spec.handler = QStringLiteral("app.handler");
    spec.codeDir = code.path();
    spec.runtimeDir = QStringLiteral(LAMBDESK_SOURCE_DIR "/resources/runtimes");
    spec.scratchRoot = scratch.path();
    spec.timeoutS = 60;

    RuntimeApiServer server;
    const std::unique_ptr<ResourceControl> control = ResourceControl::watchdog();
    EnvironmentPool pool(control.get(), &server);
    QList<InvocationResult> results;
    constexpr int invocations = 6;
    for (int i = 1; i <= invocations; ++i) {
        runtimeapi::Event e;
        e.requestId = QStringLiteral("req-%1").arg(i);
        e.payload = i % 3 == 0 ? QByteArrayLiteral("{\"fail\":true}")
                               : QByteArrayLiteral("{\"n\":%1}").replace("%1", QByteArray::number(i));
        e.traceId = QStringLiteral("Root=1-0-0");
        QVERIFY(pool.dispatch(QStringLiteral("f"), spec, e, [&results](InvocationResult r) { results.append(r); }));
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), i, safetyNetMs(120000));
        const InvocationResult &r = results.constLast();
        QCOMPARE(r.isError(), i % 3 == 0);
        if (i % 3 != 0)
            QCOMPARE(object(r.payload).value(u"n").toInt(), i);
    }
    QCOMPARE(pool.totals().idle, 1); // one warm environment served them all
    QCOMPARE(server.acceptedConnections(), 1);
}

void TestBootstraps::nextGoesOutWithTheResult_data()
{
    oneConnectionForManyInvocations_data();
}

// The bootstrap pipelines: the GET /next that follows a result leaves with the POST, before the
// POST's answer. A Runtime API that answers a POST only once the next /next has arrived behind it
// on the same connection gets both; a client that waited for the 202 first would wait forever.
void TestBootstraps::nextGoesOutWithTheResult()
{
    QFETCH(int, family);
    const bool python = family == int(RuntimeFamily::Python);
    RuntimeDetection detection; // CTest gives each test a cache folder of its own
    const RuntimeCatalog &catalog = detection.catalog();
    const RuntimeInfo *runtime = catalog.preferred(RuntimeFamily(family));
    QVERIFY2(runtime, "the runtime is not installed");
    QTemporaryDir code;
    QFile f(code.filePath(python ? QStringLiteral("app.py") : QStringLiteral("app.js")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(python ? "def handler(event, context):\n    return event\n"
                   : "exports.handler = async (event) => event;\n");
    f.close();

    QTcpServer api;
    QVERIFY(api.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    bool eventSent = false, bothSeen = false;
    const QByteArray post = "POST /2018-06-01/runtime/invocation/req-1/response HTTP/1.1\r\n";
    const QByteArray next = "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\n";
    connect(&api, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = api.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [&, socket] {
            received += socket->readAll();
            if (!eventSent && received.startsWith(next)) {
                eventSent = true;
                const QByteArray deadline = QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 600000);
                socket->write(
                    "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: req-1\r\n"
                    "Lambda-Runtime-Deadline-Ms: "
                    + deadline
                    + "\r\n"
                      "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:000000000000:function:f\r\n"
                      "Lambda-Runtime-Trace-Id: Root=1-0-0\r\nContent-Length: 8\r\n\r\n{\"n\":42}");
                return;
            }
            const qsizetype p = received.indexOf(post);
            if (eventSent && !bothSeen && p > 0 && received.indexOf(next, p) > p) {
                bothSeen = true; // answer the POST only now
                socket->write("HTTP/1.1 202 Accepted\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}");
            }
        });
    });

    QProcess bootstrap;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("AWS_LAMBDA_RUNTIME_API"), QStringLiteral("127.0.0.1:%1").arg(api.serverPort()));
    env.insert(QStringLiteral("_HANDLER"), QStringLiteral("app.handler"));
    env.insert(QStringLiteral("LAMBDA_TASK_ROOT"), code.path());
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_NAME"), QStringLiteral("f"));
    bootstrap.setProcessEnvironment(env);
    bootstrap.setWorkingDirectory(code.path());
    bootstrap.setProcessChannelMode(QProcess::ForwardedChannels);
    const QString dir = QStringLiteral(LAMBDESK_SOURCE_DIR "/resources/runtimes");
    bootstrap.start(
        runtime->executable,
        python ? QStringList{QStringLiteral("-u"), QStringLiteral("-B"), dir + QStringLiteral("/python/bootstrap.py")}
               : QStringList{dir + QStringLiteral("/nodejs/bootstrap.mjs")});
    QVERIFY(bootstrap.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(eventSent, safetyNetMs(60000));
    QTRY_VERIFY2_WITH_TIMEOUT(bothSeen, received.constData(), safetyNetMs(60000));
    QVERIFY(received.contains("{\"n\":42}") || received.contains("{\"n\": 42}")); // the result went out
    bootstrap.kill();
    bootstrap.waitForFinished();
}

QTEST_GUILESS_MAIN(TestBootstraps)
#include "tst_bootstraps.moc"
