// LambdaApiServer over real sockets, in process, with a real Backend and a Python function:
// listen errors, keep-alive, the guard and SigV4 wired in front of the parser, answers dropped
// when the client left, code links, Event retries through the Backend's queue.
#include "api/lambdaapiserver.h"
#include "httptestclient.h"
#include "api/sigv4.h"
#include "backend.h"
#include "invoke/asyncqueue.h"
#include "io/ziparchive.h"
#include "settings.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <dirent.h>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>

using namespace lambdesk;

namespace {

const char *kHandler = R"PY(import json, socket

def handler(event, context):
    if "gate" in event:
        # Held until the test lets it go: it connects to the test's gate and waits for a byte.
        with socket.create_connection(("127.0.0.1", event["gate"])) as gate:
            gate.recv(1)
    if "append" in event:
        with open(event["append"], "a") as f:
            f.write(context.aws_request_id + "\n")
    print("handled", json.dumps(event))
    if event.get("fail"):
        raise ValueError("boom")
    return {"ok": True, "echo": event}
)PY";

// Only against a hang: every wait returns as soon as its event comes.
constexpr int kSafetyNetMs = 60000;

using Reply = testsupport::HttpTestReply;
using Client = testsupport::HttpTestClient;

class UnzipProbe : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void entered();
};

} // namespace

class TestLambdaApiServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void portInUse();
    void movingToATakenPortKeepsTheOldOne();
    void remoteNeedsPermission();
    void keepAliveInvokeAndSignal();
    void functionErrorAndTail();
    void refusesForeignHost();
    void refusesForeignOrigin();
    void corsForAllowedOrigin();
    void dropsAnswerWhenClientLeft();
    void eventRetriedThroughBackend();
    void dryRunAndLegacyAsync();
    void payloadTooLarge();
    void codeLink();
    void requireSignature();
    void logsRequestsFailInTheirOwnShape();
    void serviceException();
    void headerCountLimit_data();
    void headerCountLimit();
    void contentLengthChecked_data();
    void contentLengthChecked();
    void oversizedBodyRefusedFromHead_data();
    void oversizedBodyRefusedFromHead();
    void pipelinedAnsweredInOrder();
    void fileDescriptorLimit();
    void brokenFunction();
    void answersWhileUnzipping();
    void invokeVersionAndAlias();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<LambdaApiServer> m_server;
    QByteArray invokePath(const char *fn = "api-fn")
    {
        return "/2015-03-31/functions/" + QByteArray(fn) + "/invocations";
    }
};

void TestLambdaApiServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Backend::Options o;
    o.workspace = m_dir.filePath(QStringLiteral("ws"));
    o.persistLogs = false;
    m_backend = std::make_unique<Backend>(o);
    const auto started = m_backend->start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    QVERIFY2(m_backend->runtimes().preferred(RuntimeFamily::Python), "these tests need a python3 runtime");

    const QString code = m_dir.filePath(QStringLiteral("code"));
    QDir().mkpath(code);
    QFile f(code + QStringLiteral("/app.py"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kHandler);
    f.close();
    FunctionConfig c;
    c.name = QStringLiteral("api-fn");
    c.runtime = m_backend->runtimes().preferred(RuntimeFamily::Python)->id;
    c.handler = QStringLiteral("app.handler");
    const auto created = m_backend->createFunction(c, CodeSource::directory(code));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));

    m_server = std::make_unique<LambdaApiServer>(m_backend.get());
    const auto listening = m_server->listen(QStringLiteral("127.0.0.1"), 0);
    QVERIFY2(listening.ok(), listening.ok() ? "" : qPrintable(listening.error().message));
    QVERIFY(m_server->port() != 0);
    QVERIFY(m_server->port() != settings::apiPort.defaultValue); // a free port, never the user's 9001
    QCOMPARE(m_server->endpoint(), QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
}

void TestLambdaApiServer::cleanupTestCase()
{
    m_server.reset();
    if (m_backend)
        m_backend->stop(); // every runtime process ends here
    QCOMPARE(m_backend->environments(QStringLiteral("api-fn")).idle
                 + m_backend->environments(QStringLiteral("api-fn")).busy,
             0);
}

void TestLambdaApiServer::portInUse()
{
    LambdaApiServer second(m_backend.get());
    const auto s = second.listen(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Unavailable);
    const QString expected = QStringLiteral("Port %1 on 127.0.0.1 is already in use").arg(m_server->port());
    QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
    QCOMPARE(s.error().field, QStringLiteral("Port"));
    // The rule, not the command line: the console shows the same message (serve adds --port).
    QVERIFY2(s.error().message.contains(u"choose another port"), qPrintable(s.error().message));
    QVERIFY2(!s.error().message.contains(u"lambdesk serve"), qPrintable(s.error().message));
    QVERIFY2(!s.error().message.contains(u"--port"), qPrintable(s.error().message));
    QVERIFY(!second.isListening());
}

// A server asked to move to a port that is taken goes on where it is: it stops listening on
// the old port only once the new one is bound. (Before, it closed first and then found the
// new port taken: nothing listened any more.)
void TestLambdaApiServer::movingToATakenPortKeepsTheOldOne()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    LambdaApiServer server(m_backend.get());
    QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
    const quint16 old = server.port();
    const QString endpoint = server.endpoint();

    const auto refused = server.listen(QStringLiteral("127.0.0.1"), squatter.serverPort());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("Port %1 on 127.0.0.1 is already in use").arg(squatter.serverPort())),
             qPrintable(refused.error().message));
    QVERIFY(server.isListening());
    QCOMPARE(server.port(), old);
    QCOMPARE(server.endpoint(), endpoint);
    {
        Client client(old);
        QCOMPARE(client.request("GET", "/2015-03-31/functions/").status, 200); // still answering there
    }

    // The same port again: it just goes on.
    QVERIFY(server.listen(QStringLiteral("127.0.0.1"), old).ok());
    QCOMPARE(server.port(), old);
    {
        Client client(old);
        QCOMPARE(client.request("GET", "/2015-03-31/functions/").status, 200);
    }

    // A free port: there from now on, and no longer on the old one.
    QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
    QVERIFY(server.port() != old);
    {
        Client client(server.port());
        QCOMPARE(client.request("GET", "/2015-03-31/functions/").status, 200);
    }
    QTcpSocket probe;
    QSignalSpy refusedConnection(&probe, &QTcpSocket::errorOccurred);
    probe.connectToHost(QStringLiteral("127.0.0.1"), old);
    QVERIFY(refusedConnection.wait(kSafetyNetMs));
    QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestLambdaApiServer::remoteNeedsPermission()
{
    LambdaApiServer other(m_backend.get());
    const auto s = other.listen(QStringLiteral("0.0.0.0"), 0);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(u"--allow-remote"), qPrintable(s.error().message));
    QVERIFY(!other.isListening());
    const auto bad = other.listen(QStringLiteral("not-an-address"), 0);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("Host"));
}

void TestLambdaApiServer::keepAliveInvokeAndSignal()
{
    QSignalSpy handled(m_server.get(), &LambdaApiServer::requestHandled);
    Client client(m_server->port());
    QVERIFY(client.connect());
    for (int i = 0; i < 3; ++i) {
        const Reply r = client.request("POST", invokePath(), {}, "{\"n\":" + QByteArray::number(i) + "}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"echo").toObject().value(u"n").toInt(), i);
        QCOMPARE(r.header("X-Amz-Executed-Version"), QByteArray("$LATEST"));
        QVERIFY(!r.header("x-amzn-RequestId").isEmpty());
    }
    QCOMPARE(handled.size(), 3);
    const ApiCall call = handled.last().first().value<ApiCall>();
    QCOMPARE(call.method, QStringLiteral("POST"));
    QCOMPARE(call.path, QStringLiteral("/2015-03-31/functions/api-fn/invocations"));
    QCOMPARE(call.operation, QStringLiteral("Invoke"));
    QCOMPARE(call.function, QStringLiteral("api-fn"));
    QCOMPARE(call.status, 200);
    QVERIFY(call.durationMs > 0);
    QVERIFY(!call.requestId.isEmpty());
}

void TestLambdaApiServer::functionErrorAndTail()
{
    Client client(m_server->port());
    const Reply r = client.request("POST", invokePath(), {{"X-Amz-Log-Type", "Tail"}}, "{\"fail\":true}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-Amz-Function-Error"), QByteArray("Unhandled"));
    QCOMPARE(r.json().value(u"errorType").toString(), QStringLiteral("ValueError"));
    QCOMPARE(r.json().value(u"errorMessage").toString(), QStringLiteral("boom"));
    const QByteArray log = QByteArray::fromBase64(r.header("X-Amz-Log-Result"));
    QVERIFY2(log.contains("handled {\"fail\": true}"), log.constData());
    QVERIFY2(log.contains(QByteArray("REPORT RequestId: " + r.header("x-amzn-RequestId"))), log.constData());
}

void TestLambdaApiServer::refusesForeignHost()
{
    Client client(m_server->port());
    const Reply r = client.request("GET", "/2015-03-31/functions/", {{"Host", "rebind.evil.example:9001"}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("AccessDeniedException"));
    QVERIFY(r.json().value(u"message").toString().contains(u"rebind.evil.example"));
    QVERIFY(!r.body.contains("api-fn")); // nothing about the functions leaks
}

void TestLambdaApiServer::refusesForeignOrigin()
{
    Client client(m_server->port());
    Reply r = client.request("POST", invokePath(), {{"Origin", "https://evil.example"}}, "{}");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("AccessDeniedException"));
    r = client.request("GET", "/2015-03-31/functions/", {{"Sec-Fetch-Site", "cross-site"}});
    QCOMPARE(r.status, 403);
}

void TestLambdaApiServer::corsForAllowedOrigin()
{
    LambdaApiServer::Options o = m_server->options();
    o.policy.allowedOrigins = {QStringLiteral("http://localhost:3000")};
    m_server->setOptions(o);
    Client client(m_server->port());
    Reply r = client.request("OPTIONS", invokePath(),
                             {{"Origin", "http://localhost:3000"}, {"Access-Control-Request-Method", "POST"}});
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
    r = client.request("GET", "/2015-03-31/functions/", {{"Origin", "http://localhost:3000"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
    m_server->setOptions(LambdaApiServer::Options{});
}

void TestLambdaApiServer::dropsAnswerWhenClientLeft()
{
    QTcpServer gate; // the function waits at it until the client has gone
    QVERIFY(gate.listen(QHostAddress::LocalHost));
    QSignalSpy atGate(&gate, &QTcpServer::newConnection);
    QSignalSpy finished(m_backend.get(), &Backend::invocationFinished);
    {
        Client client(m_server->port());
        QVERIFY(client.connect());
        client.write("POST", invokePath(), {}, "{\"gate\":" + QByteArray::number(gate.serverPort()) + "}");
        QVERIFY(atGate.wait(kSafetyNetMs));
        QCOMPARE(m_server->invocationsInFlight(), 1);
        client.socket().abort(); // gone before the function returns
    }
    // The reset is on the server's socket already; a round trip on another connection takes
    // the server through the pass of its event loop that notices it.
    QCOMPARE(Client(m_server->port()).request("GET", "/2015-03-31/functions/").status, 200);
    QSignalSpy handled(m_server.get(), &LambdaApiServer::requestHandled);
    QTcpSocket *held = gate.nextPendingConnection();
    QVERIFY(held);
    held->write("!"); // let the function return
    QVERIFY(handled.wait(kSafetyNetMs));
    const ApiCall call = handled.last().first().value<ApiCall>();
    QCOMPARE(call.status, 0);     // the answer was dropped, not written to a dead socket
    QCOMPARE(finished.size(), 1); // the function still ran to its end, as on AWS
    QCOMPARE(m_server->invocationsInFlight(), 0);
    Client again(m_server->port());
    QCOMPARE(again.request("POST", invokePath(), {}, "{}").status, 200);
}

void TestLambdaApiServer::eventRetriedThroughBackend()
{
    AsyncQueue::Options fast;
    fast.retryDelaysMs = {50, 50};
    m_backend->asyncQueue().setOptions(fast);
    const QString attemptsFile = m_dir.filePath(QStringLiteral("attempts.txt"));
    QSignalSpy done(&m_backend->asyncQueue(), &AsyncQueue::finished);
    QSignalSpy logs(m_backend.get(), &Backend::logLines);
    Client client(m_server->port());
    const QJsonObject event{{QStringLiteral("append"), attemptsFile}, {QStringLiteral("fail"), true}};
    const Reply r = client.request("POST", invokePath(), {{"X-Amz-Invocation-Type", "Event"}},
                                   QJsonDocument(event).toJson(QJsonDocument::Compact));
    QCOMPARE(r.status, 202);
    QVERIFY(r.body.isEmpty());
    const QByteArray id = r.header("x-amzn-RequestId");
    QVERIFY(!id.isEmpty());
    QVERIFY(done.wait(kSafetyNetMs));
    QCOMPARE(done.first().at(1).toString(), QString::fromLatin1(id));
    QCOMPARE(done.first().at(2).toBool(), false);
    QFile f(attemptsFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    // Three runs (one attempt, two retries), each with the request id the 202 carried.
    QCOMPARE(f.readAll(), id + '\n' + id + '\n' + id + '\n');
    m_backend->flushLogs();
    QStringList lines;
    for (const auto &batch : logs)
        for (const LogRecord &rec : batch.first().value<QList<LogRecord>>())
            lines << rec.line.text;
    const QString all = lines.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("Async event %1: attempt 3 failed (Unhandled ValueError); no retries left")
                              .arg(QString::fromLatin1(id))),
             qPrintable(all));
}

void TestLambdaApiServer::dryRunAndLegacyAsync()
{
    Client client(m_server->port());
    QSignalSpy started(m_backend.get(), &Backend::invocationStarted);
    Reply r = client.request("POST", invokePath(), {{"X-Amz-Invocation-Type", "DryRun"}}, "{}");
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(started.size(), 0); // validated, not run
    r = client.request("POST", invokePath("missing-fn"), {{"X-Amz-Invocation-Type", "DryRun"}}, "{}");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("ResourceNotFoundException"));
    r = client.request("POST", "/2014-11-13/functions/api-fn/invoke-async/", {}, "{}");
    QCOMPARE(r.status, 202);
    QCOMPARE(r.json().value(u"Status").toInt(), 202);
}

void TestLambdaApiServer::payloadTooLarge()
{
    Client client(m_server->port());
    const QByteArray big = "\"" + QByteArray(6 * 1024 * 1024, 'x') + "\"";
    const Reply r = client.request("POST", invokePath(), {}, big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("RequestEntityTooLargeException"));
    QCOMPARE(r.json().value(u"message").toString(),
             QStringLiteral("Request must be smaller than 6291456 bytes for the InvokeFunction operation"));
}

void TestLambdaApiServer::codeLink()
{
    Client client(m_server->port());
    const Reply get = client.request("GET", "/2015-03-31/functions/api-fn");
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json().value(u"Configuration").toObject().value(u"FunctionName").toString(), QStringLiteral("api-fn"));
    const QUrl location(get.json().value(u"Code").toObject().value(u"Location").toString());
    QCOMPARE(location.port(), int(m_server->port()));
    const QByteArray target = location.path(QUrl::FullyEncoded).toLatin1() + '?'
        + location.query(QUrl::FullyEncoded).toLatin1();
    const Reply zip = client.request("GET", target);
    QCOMPARE(zip.status, 200);
    QCOMPARE(zip.header("Content-Type"), QByteArray("application/zip"));
    QTemporaryDir out;
    QVERIFY(ziparchive::extract(zip.body, out.path()).ok());
    QFile f(out.filePath(QStringLiteral("app.py")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(kHandler));

    const Reply forged = client.request("GET", QByteArray(target).replace("signature=", "signature=00"));
    QCOMPARE(forged.status, 403);
    QCOMPARE(forged.header("x-amzn-ErrorType"), QByteArray("AccessDeniedException"));
}

void TestLambdaApiServer::requireSignature()
{
    LambdaApiServer::Options o;
    o.requireSignature = true;
    o.credentials = {QStringLiteral("AKIAABCDEFGHIJKLMNOP"),
                     QStringLiteral("0123456789012345678901234567890123456789")};
    m_server->setOptions(o);
    Client client(m_server->port());
    Reply r = client.request("GET", "/2015-03-31/functions/");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("MissingAuthenticationTokenException"));

    api::HttpRequest signedRequest;
    signedRequest.method = "POST";
    signedRequest.path = "/2015-03-31/functions/api-fn%3A%24LATEST/invocations";
    signedRequest.body = "{\"signed\":1}";
    signedRequest.headers = {{"Host", "127.0.0.1:" + QByteArray::number(m_server->port())}};
    api::sigv4::sign(signedRequest, o.credentials, QStringLiteral("us-east-1"), QStringLiteral("lambda"),
                     QDateTime::currentDateTimeUtc());
    r = client.request("POST", signedRequest.path, signedRequest.headers, signedRequest.body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"echo").toObject().value(u"signed").toInt(), 1);

    signedRequest.body = "{\"signed\":2}"; // changed after signing
    r = client.request("POST", signedRequest.path, signedRequest.headers, signedRequest.body);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("InvalidSignatureException"));
    m_server->setOptions(LambdaApiServer::Options{});
}

// A CloudWatch Logs call (AWS JSON 1.1) refused before it is parsed still gets its protocol's
// error shape: the CLI reads "__type", not the Lambda API's "Type".
void TestLambdaApiServer::logsRequestsFailInTheirOwnShape()
{
    LambdaApiServer::Options o;
    o.requireSignature = true;
    o.credentials = {QStringLiteral("AKIAABCDEFGHIJKLMNOP"),
                     QStringLiteral("0123456789012345678901234567890123456789")};
    m_server->setOptions(o);
    Client client(m_server->port());
    const QList<std::pair<QByteArray, QByteArray>> logs{{"X-Amz-Target", "Logs_20140328.DescribeLogGroups"},
                                                        {"Content-Type", "application/x-amz-json-1.1"}};
    Reply r = client.request("POST", "/", logs, "{}");
    m_server->setOptions(LambdaApiServer::Options{});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("MissingAuthenticationTokenException"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/x-amz-json-1.1"));
    QCOMPARE(r.json().value(u"__type").toString(), QStringLiteral("MissingAuthenticationTokenException"));
    QVERIFY(!r.json().value(u"message").toString().isEmpty());

    // Unsigned again: the call itself, answered by the log store.
    r = client.request("POST", "/", logs, "{}");
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(u"logGroups").isArray());
    r = client.request("POST", "/",
                       {{"X-Amz-Target", "Logs_20140328.GetLogEvents"}, {"Content-Type", "application/x-amz-json-1.1"}},
                       R"({"logGroupName": "/aws/lambda/nope", "logStreamName": "x"})");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"__type").toString(), QStringLiteral("ResourceNotFoundException"));
}

void TestLambdaApiServer::serviceException()
{
    // A file where the new function's folder must go: the workspace cannot install it.
    QFile blocker(m_backend->workspaceRoot() + QStringLiteral("/functions/blocked"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QByteArray zip = ziparchive::create(m_dir.filePath(QStringLiteral("code"))).value();
    const QJsonObject body{
        {QStringLiteral("FunctionName"), QStringLiteral("blocked")},
        {QStringLiteral("Runtime"), m_backend->runtimes().preferred(RuntimeFamily::Python)->id},
        {QStringLiteral("Handler"), QStringLiteral("app.handler")},
        {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
        {QStringLiteral("Code"), QJsonObject{{QStringLiteral("ZipFile"), QString::fromLatin1(zip.toBase64())}}}};
    Client client(m_server->port());
    const Reply r = client.request("POST", "/2015-03-31/functions", {}, QJsonDocument(body).toJson());
    QCOMPARE(r.status, 500);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("ServiceException"));
    QCOMPARE(r.json().value(u"Type").toString(), QStringLiteral("Service"));
    QFile::remove(blocker.fileName());
}

namespace {

QByteArray listHead(const QByteArray &extraHeaders)
{
    return "GET /2015-03-31/functions/ HTTP/1.1\r\n" + extraHeaders + "\r\n";
}

QByteArray manyHeaders(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\r\n";
    return out;
}

// CPU time (user + system) a process has used, in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // utime, stime
}

} // namespace

void TestLambdaApiServer::headerCountLimit_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    const QByteArray host = "Host: 127.0.0.1\r\n";
    QTest::newRow("100 headers") << listHead(host + manyHeaders(99)) << 200;
    QTest::newRow("101 headers") << listHead(host + manyHeaders(100)) << 431;
    // Qt's server dropped every header after the 100th: these reached no guard.
    QTest::newRow("foreign Host as header 101") << listHead(manyHeaders(100) + "Host: rebind.evil.example\r\n") << 431;
    QTest::newRow("foreign Origin as header 101")
        << listHead(host + manyHeaders(99) + "Origin: https://evil.example\r\n") << 431;
    QTest::newRow("head over 64 KiB") << listHead(host + "X-Big: " + QByteArray(70 * 1024, 'a') + "\r\n") << 431;
}

void TestLambdaApiServer::headerCountLimit()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    Client client(m_server->port());
    client.writeRaw(head);
    const Reply r = client.next();
    QCOMPARE(r.status, status);
    if (status == 431) {
        QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("RequestHeaderFieldsTooLargeException"));
        QVERIFY2(!r.json().value(u"message").toString().isEmpty(), r.body.constData());
        QVERIFY(!r.body.contains("api-fn"));
    }
}

void TestLambdaApiServer::contentLengthChecked_data()
{
    QTest::addColumn<QByteArray>("lengths");
    QTest::newRow("negative") << QByteArray("Content-Length: -2\r\n");
    QTest::newRow("duplicate, same value") << QByteArray("Content-Length: 2\r\nContent-Length: 2\r\n");
    QTest::newRow("duplicate, other value") << QByteArray("Content-Length: 2\r\nContent-Length: 0\r\n");
    QTest::newRow("list") << QByteArray("Content-Length: 2, 2\r\n");
    QTest::newRow("not a number") << QByteArray("Content-Length: 2x\r\n");
    QTest::newRow("plus sign") << QByteArray("Content-Length: +2\r\n");
}

void TestLambdaApiServer::contentLengthChecked()
{
    QFETCH(QByteArray, lengths);
    Client client(m_server->port());
    client.writeRaw("POST " + invokePath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + lengths + "\r\n{}");
    const Reply r = client.next();
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("InvalidRequestContentException"));
    QVERIFY2(r.json().value(u"message").toString().contains(u"Content-Length"), r.body.constData());
    // The framing cannot be trusted any more: the connection ends after the answer.
    QCOMPARE(r.header("Connection").toLower(), QByteArray("close"));
}

void TestLambdaApiServer::oversizedBodyRefusedFromHead_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("Invoke, 600 MB")
        << QByteArray("POST") << invokePath()
        << QStringLiteral("Request must be smaller than 6291456 bytes for the InvokeFunction operation");
    QTest::newRow("CreateFunction, 600 MB")
        << QByteArray("POST") << QByteArray("/2015-03-31/functions")
        << QStringLiteral("Request must be smaller than %1 bytes for the CreateFunction operation")
               .arg(70 * 1024 * 1024);
    QTest::newRow("UpdateFunctionCode, 600 MB")
        << QByteArray("PUT") << QByteArray("/2015-03-31/functions/api-fn/code")
        << QStringLiteral("Request must be smaller than %1 bytes for the UpdateFunctionCode operation")
               .arg(70 * 1024 * 1024);
}

void TestLambdaApiServer::oversizedBodyRefusedFromHead()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QString, message);
    Client client(m_server->port());
    // Only the head is sent: the answer must come without the server waiting for (or reading)
    // the 600 MB it announces.
    client.writeRaw(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 629145600\r\n\r\n{");
    const Reply r = client.next(20000);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("RequestEntityTooLargeException"));
    QCOMPARE(r.json().value(u"message").toString(), message);
    QCOMPARE(r.header("Connection").toLower(), QByteArray("close"));
}

void TestLambdaApiServer::pipelinedAnsweredInOrder()
{
    QTcpServer gate; // the first request's function waits at it
    QVERIFY(gate.listen(QHostAddress::LocalHost));
    QSignalSpy atGate(&gate, &QTcpServer::newConnection);
    Client client(m_server->port());
    QVERIFY(client.connect());
    const QByteArray held = "{\"gate\":" + QByteArray::number(gate.serverPort()) + "}";
    client.writeRaw("POST " + invokePath()
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(held.size()) + "\r\n\r\n"
                    + held + "GET /2015-03-31/functions/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                    + "GET /2015-03-31/functions/api-fn/configuration HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(atGate.wait(kSafetyNetMs));
    // A round trip on another connection: the server has read everything sent so far.
    QCOMPARE(Client(m_server->port()).request("GET", "/2015-03-31/functions/").status, 200);
    QTcpSocket *heldAt = gate.nextPendingConnection();
    QVERIFY(heldAt);
    heldAt->write("!");
    const Reply first = client.next();
    const Reply second = client.next();
    const Reply third = client.next();
    QCOMPARE(first.status, 200);
    QVERIFY2(first.json().value(u"echo").toObject().contains(u"gate"), first.body.constData());
    QCOMPARE(second.status, 200);
    QVERIFY2(second.json().contains(u"Functions"), second.body.constData());
    QCOMPARE(third.status, 200);
    QCOMPARE(third.json().value(u"FunctionName").toString(), QStringLiteral("api-fn"));
}

void TestLambdaApiServer::fileDescriptorLimit()
{
    // `lambdesk serve` with few file descriptors: the test opens connections until it has
    // none left, then more wait in the listen queue.
    constexpr rlim_t kLimit = 128;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("LAMBDESK_WORKSPACE"));
    QProcess serve;
    serve.setProcessEnvironment(env);
    serve.setChildProcessModifier([] {
        const rlimit limit{kLimit, kLimit};
        ::setrlimit(RLIMIT_NOFILE, &limit);
    });
    const QString binary = qEnvironmentVariable("LAMBDESK_BINARY", QStringLiteral(LAMBDESK_BUILD_DIR "/app/lambdesk"));
    serve.start(binary,
                {QStringLiteral("serve"), QStringLiteral("--workspace"), home.filePath(QStringLiteral("ws")),
                 QStringLiteral("--port"), QStringLiteral("0")});
    QByteArray out;
    quint16 port = 0;
    {
        QEventLoop loop;
        connect(&serve, &QProcess::readyReadStandardOutput, &loop, [&] {
            out += serve.readAllStandardOutput();
            const qsizetype at = out.indexOf("Lambda API on http://127.0.0.1:");
            if (at >= 0 && out.indexOf('\n', at) > 0) {
                port = quint16(out.mid(at + 31, out.indexOf('\n', at) - at - 31).trimmed().toUInt());
                loop.quit();
            }
        });
        connect(&serve, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(kSafetyNetMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QVERIFY2(port != 0, out.constData());
    const qint64 pid = serve.processId();
    auto stop = qScopeGuard([&] {
        serve.terminate();
        if (!serve.waitForFinished(kSafetyNetMs))
            serve.kill();
    });

    // Served connections, kept open, until the server has no descriptor left: then the next
    // client waits in the kernel's listen queue, and `serve` says so on stderr. (Counting the
    // server's descriptors instead raced with the two it holds in reserve and gives up when
    // accept() fails: the count could read two short of the limit while nothing more fitted,
    // and the next client then waited for the 60 s idle timeout.)
    QByteArray errors;
    const QByteArray pausedLine = "lambdesk serve: Out of file descriptors (the limit is 128";
    const auto waitFor = [&](Client &client, const std::function<bool()> &done) {
        const QDeadlineTimer deadline(kSafetyNetMs);
        // What came while another wait ran the event loop was buffered without a signal now.
        errors += serve.readAllStandardError();
        while (!done() && serve.state() == QProcess::Running && !deadline.hasExpired()) {
            QEventLoop loop;
            connect(&serve, &QProcess::readyReadStandardError, &loop, &QEventLoop::quit);
            connect(&client.socket(), &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
            connect(&serve, &QProcess::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(int(deadline.remainingTime()), &loop, &QEventLoop::quit);
            loop.exec();
            errors += serve.readAllStandardError();
        }
    };
    std::vector<std::unique_ptr<Client>> served;
    std::vector<std::unique_ptr<Client>> waiting;
    while (waiting.empty()) {
        auto client = std::make_unique<Client>(port);
        QVERIFY(client->connect());
        client->writeRaw(listHead("Host: 127.0.0.1\r\n"));
        waitFor(*client, [&] { return client->socket().bytesAvailable() > 0 || errors.contains(pausedLine); });
        if (client->socket().bytesAvailable() > 0) {
            QCOMPARE(client->next().status, 200);
            served.push_back(std::move(client));
            QVERIFY2(served.size() < kLimit, errors.constData());
        } else {
            waiting.push_back(std::move(client));
        }
    }
    QVERIFY(served.size() > 50); // the limit less what serve itself has open
    // Two more wait with it.
    for (int i = 0; i < 2; ++i) {
        waiting.push_back(std::make_unique<Client>(port));
        QVERIFY(waiting.back()->connect()); // the kernel's listen queue takes them
        waiting.back()->writeRaw(listHead("Host: 127.0.0.1\r\n"));
    }
    // While it is out of descriptors the server must not spin: over two seconds of waiting it
    // uses next to no CPU (Qt's QHttpServer retried accept() in a loop: about 10% of a CPU on
    // a machine at load 9, more on an idle one). Not a timing assertion: the window only has
    // to be long enough to tell sleeping from spinning.
    const qint64 before = cpuTicks(pid);
    QElapsedTimer window;
    window.start();
    {
        QEventLoop loop;
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const qint64 usedMs = (cpuTicks(pid) - before) * 1000 / ::sysconf(_SC_CLK_TCK);
    QVERIFY2(usedMs * 20 < window.elapsed(),
             qPrintable(QStringLiteral("serve used %1 ms of CPU in %2 ms while out of file descriptors")
                            .arg(usedMs)
                            .arg(window.elapsed())));
    // Connections that end give their descriptors back: the waiting ones are served.
    errors += serve.readAllStandardError();
    QVERIFY2(errors.count(pausedLine) == 1 && !errors.contains("accepting connections again"), errors.constData());
    for (int i = 0; i < 5; ++i)
        served[i]->socket().abort();
    for (auto &client : waiting)
        QCOMPARE(client->next().status, 200);
    waitFor(*waiting.back(), [&] { return errors.contains("lambdesk serve: accepting connections again\n"); });
    QVERIFY2(errors.contains("lambdesk serve: accepting connections again\n"), errors.constData());
}

// A function whose function.json was broken by hand: listed and shown as AWS shows a function
// that cannot run (State Failed), refused on invoke with AWS's conflict, repaired by
// UpdateFunctionConfiguration, deleted by DeleteFunction.
void TestLambdaApiServer::brokenFunction()
{
    const QString root = m_dir.filePath(QStringLiteral("ws-broken"));
    const QString python = m_backend->runtimes().preferred(RuntimeFamily::Python)->id;
    for (const char *name : {"bad-timeout", "bad-json"}) {
        const QString dir = root + QStringLiteral("/functions/") + QString::fromLatin1(name);
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/code")));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("code/app.py")), dir + QStringLiteral("/code/app.py")));
        QFile json(dir + QStringLiteral("/function.json"));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(qstrcmp(name, "bad-json") == 0
                       ? QByteArray("{\"Runtime\": ")
                       : QJsonDocument(QJsonObject{{QStringLiteral("Runtime"), python},
                                                   {QStringLiteral("Handler"), QStringLiteral("app.handler")},
                                                   {QStringLiteral("MemorySize"), 256},
                                                   {QStringLiteral("Timeout"), -1}})
                             .toJson());
    }
    Backend::Options o;
    o.workspace = root;
    o.persistLogs = false;
    Backend backend(o);
    QVERIFY(backend.start());
    LambdaApiServer server(&backend);
    QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0));
    Client client(server.port());

    Reply r = client.request("GET", "/2015-03-31/functions/bad-timeout");
    QCOMPARE(r.status, 200);
    QJsonObject c = r.json().value(u"Configuration").toObject();
    QCOMPARE(c.value(u"FunctionName").toString(), QStringLiteral("bad-timeout"));
    QCOMPARE(c.value(u"State").toString(), QStringLiteral("Failed"));
    QCOMPARE(c.value(u"StateReasonCode").toString(), QStringLiteral("InvalidConfiguration"));
    QVERIFY2(c.value(u"StateReason")
                 .toString()
                 .startsWith(u"function.json: Timeout must be a whole number of seconds from 1 to 900; got -1"),
             r.body.constData());
    QCOMPARE(c.value(u"LastUpdateStatus").toString(), QStringLiteral("Failed"));
    QCOMPARE(c.value(u"Runtime").toString(), python); // what could be read
    QCOMPARE(c.value(u"MemorySize").toInt(), 256);
    QCOMPARE(c.value(u"Timeout").toInt(), -1);

    r = client.request("GET", "/2015-03-31/functions/");
    QCOMPARE(r.status, 200);
    const QJsonArray listed = r.json().value(u"Functions").toArray();
    QCOMPARE(listed.size(), 2);
    for (const QJsonValue &f : listed) {
        QCOMPARE(f.toObject().value(u"State").toString(), QStringLiteral("Failed"));
        QVERIFY(f.toObject().value(u"StateReason").toString().startsWith(u"function.json"));
    }

    r = client.request("POST", "/2015-03-31/functions/bad-timeout/invocations", {}, "{}");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("ResourceConflictException"));
    QCOMPARE(r.json().value(u"Type").toString(), QStringLiteral("User"));
    QVERIFY2(
        r.json()
            .value(u"message")
            .toString()
            .startsWith(u"The operation cannot be performed at this time. The function is currently in the following "
                        u"state: Failed"),
        r.body.constData());

    r = client.request("PUT", "/2015-03-31/functions/bad-timeout/configuration", {}, R"({"Timeout": 5})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"State").toString(), QStringLiteral("Active"));
    QCOMPARE(r.json().value(u"LastUpdateStatus").toString(), QStringLiteral("Successful"));
    QVERIFY(!r.json().contains(u"StateReason"));
    QCOMPARE(r.json().value(u"Timeout").toInt(), 5);
    r = client.request("POST", "/2015-03-31/functions/bad-timeout/invocations", {}, R"({"n": 1})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"ok").toBool(), true);

    r = client.request("DELETE", "/2015-03-31/functions/bad-json");
    QCOMPARE(r.status, 204);
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/functions/bad-json")));
    r = client.request("GET", "/2015-03-31/functions/bad-json");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("ResourceNotFoundException"));
    backend.stop();
}

// Unzipping an upload runs off the server's thread: while one is under way (held in the middle
// by the test), another call is answered.
void TestLambdaApiServer::answersWhileUnzipping()
{
    QTemporaryDir src;
    for (int i = 0; i < 3; ++i) {
        QFile f(src.filePath(QStringLiteral("file%1.py").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(i == 0 ? QByteArray(kHandler) : QByteArray(64 * 1024, 'x'));
    }
    QVERIFY(QFile::rename(src.filePath(QStringLiteral("file0.py")), src.filePath(QStringLiteral("app.py"))));
    const QByteArray zip = ziparchive::create(src.path()).value();

    UnzipProbe probe; // lives on this thread: the hook's signal reaches it queued
    QSemaphore proceed;
    std::atomic<bool> heldToTheEnd{false};
    ziparchive::testing::setEntryHook([&](const QString &) {
        if (heldToTheEnd)
            return;
        Q_EMIT probe.entered();
        // Released by the test once the other call is answered; the safety net only against a
        // hang (it is what happens when unzipping blocks the thread that should answer).
        if (!proceed.tryAcquire(1, kSafetyNetMs / 2))
            heldToTheEnd = true;
    });
    QSignalSpy entered(&probe, &UnzipProbe::entered);
    Client uploader(m_server->port());
    QVERIFY(uploader.connect());
    const QJsonObject body{{QStringLiteral("ZipFile"), QString::fromLatin1(zip.toBase64())}};
    uploader.write("PUT", "/2015-03-31/functions/api-fn/code", {}, QJsonDocument(body).toJson());
    QVERIFY(entered.size() > 0 || entered.wait(kSafetyNetMs));

    const Reply list = Client(m_server->port()).request("GET", "/2015-03-31/functions/");
    const bool answeredMeanwhile = !heldToTheEnd;
    proceed.release(100); // every further entry goes on at once
    const Reply updated = uploader.next();
    ziparchive::testing::setEntryHook({});
    QCOMPARE(list.status, 200);
    QVERIFY2(answeredMeanwhile, "ListFunctions waited for the upload to be unzipped");
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(u"FunctionName").toString(), QStringLiteral("api-fn"));
}

// Invoke with a qualifier (the query's Qualifier, or NAME:QUALIFIER) runs a version or an
// alias's version; X-Amz-Executed-Version says which ran; an unknown one is not found.
void TestLambdaApiServer::invokeVersionAndAlias()
{
    const auto published = m_backend->publishVersion({QStringLiteral("api-fn"), {}, {}, {}});
    QVERIFY2(published, published ? "" : qPrintable(published.error().message));
    const QByteArray version = published->version.version().toUtf8();
    QVERIFY(m_backend->createAlias(QStringLiteral("api-fn"), QStringLiteral("live"), published->version.version()));
    Client client(m_server->port());
    QVERIFY(client.connect());
    Reply r = client.request("POST", invokePath() + "?Qualifier=live", {}, "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-Amz-Executed-Version"), version);
    r = client.request("POST", "/2015-03-31/functions/api-fn:" + version + "/invocations", {}, "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-Amz-Executed-Version"), version);
    r = client.request("POST", invokePath() + "?Qualifier=%24LATEST", {}, "{}");
    QCOMPARE(r.header("X-Amz-Executed-Version"), QByteArray("$LATEST"));
    r = client.request("POST", invokePath() + "?Qualifier=99", {}, "{}");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("ResourceNotFoundException"));
    QVERIFY(m_backend->deleteAlias(QStringLiteral("api-fn"), QStringLiteral("live")));
    QVERIFY(m_backend->deleteVersion(QStringLiteral("api-fn"), published->version.number));
}

QTEST_GUILESS_MAIN(TestLambdaApiServer)
#include "tst_lambdaapiserver.moc"
