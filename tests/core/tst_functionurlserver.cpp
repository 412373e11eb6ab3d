// Function URLs over real sockets, in process, against a LambdaApiServer with a real Backend
// and real Python and Node handlers: the host form (Host: <id>.lambda-url.localhost) and the path
// form (/lambda-url/<id>/...), the event the handler gets, the answer mapped back, a function
// error (502), an unknown URL (404), AWS_IAM (signed accepted, unsigned 403), CORS preflights.
#include "api/lambdaapiserver.h"
#include "api/sigv4.h"
#include "backend.h"
#include "httptestclient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lambdesk;

namespace {

// Answers what the path asks: the event back as JSON, a bare string, an error.
const char *kPython = R"PY(import json

def handler(event, context):
    path = event["rawPath"]
    if path.startswith("/fail"):
        raise ValueError("boom")
    if path.startswith("/string"):
        return "hello from python"
    if path.startswith("/plain"):
        return {"message": "no statusCode"}
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json", "X-From": "python",
                    "Access-Control-Allow-Origin": "https:" + "/" + "/function.example"},
        "cookies": ["a=1; Path=/", "b=2"],
        "body": json.dumps({"event": event, "requestId": context.aws_request_id}),
    }
)PY";

const char *kNode = R"JS(exports.handler = async (event) => ({
  statusCode: 201,
  headers: { "content-type": "application/octet-stream", "x-from": "node" },
  isBase64Encoded: true,
  body: Buffer.from(JSON.stringify(event)).toString("base64"),
});
)JS";

constexpr int kSafetyNetMs = 60000;

using Reply = testsupport::HttpTestReply;

// A client that reads answers on one kept-alive connection.
class Client : public testsupport::HttpTestClient
{
public:
    using HttpTestClient::HttpTestClient;
    Reply raw_(const QByteArray &raw) { return requestRaw(raw); }
};

void writeFile(const QString &path, const char *text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestFunctionUrlServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostForm();
    void pathForm();
    void stringAndInferredAnswers();
    void binaryFromNode();
    void functionErrorIs502();
    void unknownUrlIs404();
    void iamSignedAndUnsigned();
    void corsOverTheWire();
    void tooLargeFromHead();
    void lambdaApiStillGuarded();

private:
    QByteArray hostHeader(const QString &urlId) const
    {
        return urlId.toLatin1() + ".lambda-url.localhost:" + QByteArray::number(m_server->port());
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<LambdaApiServer> m_server;
    api::sigv4::Credentials m_credentials{QStringLiteral("AKIDLAMBDESKTEST"), QStringLiteral("test-secret-key")};
    QString m_pyUrl, m_nodeUrl, m_iamUrl;
};

void TestFunctionUrlServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Backend::Options o;
    o.workspace = m_dir.filePath(QStringLiteral("ws"));
    o.persistLogs = false;
    m_backend = std::make_unique<Backend>(o);
    const auto started = m_backend->start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    const RuntimeInfo *python = m_backend->runtimes().preferred(RuntimeFamily::Python);
    const RuntimeInfo *node = m_backend->runtimes().preferred(RuntimeFamily::Node);
    QVERIFY2(python && node, "these tests need python3 and node runtimes");

    const QString py = m_dir.filePath(QStringLiteral("py")), js = m_dir.filePath(QStringLiteral("js"));
    QDir().mkpath(py);
    QDir().mkpath(js);
    writeFile(py + QStringLiteral("/app.py"), kPython);
    writeFile(js + QStringLiteral("/index.js"), kNode);
    FunctionConfig p;
    p.name = QStringLiteral("url-py");
    p.runtime = python->id;
    p.handler = QStringLiteral("app.handler");
    QVERIFY(m_backend->createFunction(p, CodeSource::directory(py)).ok());
    FunctionConfig n;
    n.name = QStringLiteral("url-node");
    n.runtime = node->id;
    n.handler = QStringLiteral("index.handler");
    QVERIFY(m_backend->createFunction(n, CodeSource::directory(js)).ok());

    FunctionUrlConfig pyUrl;
    pyUrl.functionName = p.name;
    FunctionUrlCors cors;
    cors.allowOrigins = {QStringLiteral("https://page.example")};
    cors.allowMethods = {QStringLiteral("GET"), QStringLiteral("POST")};
    cors.allowHeaders = {QStringLiteral("content-type")};
    cors.exposeHeaders = {QStringLiteral("x-from")};
    cors.maxAge = 600;
    pyUrl.cors = cors;
    const auto createdPy = m_backend->createFunctionUrlConfig(pyUrl);
    QVERIFY2(createdPy.ok(), createdPy.ok() ? "" : qPrintable(createdPy.error().message));
    m_pyUrl = createdPy->urlId;

    FunctionUrlConfig nodeUrl;
    nodeUrl.functionName = n.name;
    const auto createdNode = m_backend->createFunctionUrlConfig(nodeUrl);
    QVERIFY(createdNode.ok());
    m_nodeUrl = createdNode->urlId;

    // AWS_IAM on an alias of the Python function.
    QVERIFY(m_backend->createAlias(p.name, QStringLiteral("live"), QStringLiteral("$LATEST"), {}, {}).ok());
    FunctionUrlConfig iamUrl;
    iamUrl.functionName = p.name;
    iamUrl.qualifier = QStringLiteral("live");
    iamUrl.authType = FunctionUrlAuthType::AwsIam;
    const auto createdIam = m_backend->createFunctionUrlConfig(iamUrl);
    QVERIFY2(createdIam.ok(), createdIam.ok() ? "" : qPrintable(createdIam.error().message));
    m_iamUrl = createdIam->urlId;

    m_server = std::make_unique<LambdaApiServer>(m_backend.get());
    LambdaApiServer::Options options;
    options.credentials = m_credentials; // the API itself requires no signature
    m_server->setOptions(options);
    const auto listening = m_server->listen(QStringLiteral("127.0.0.1"), 0);
    QVERIFY2(listening.ok(), listening.ok() ? "" : qPrintable(listening.error().message));
}

void TestFunctionUrlServer::cleanupTestCase()
{
    m_server.reset();
    if (m_backend)
        m_backend->stop();
    m_backend.reset();
}

void TestFunctionUrlServer::hostForm()
{
    QSignalSpy handled(m_server.get(), &LambdaApiServer::requestHandled);
    Client c(m_server->port());
    const Reply r = c.request("GET", "/echo/a%20b?x=1&x=2&y=z",
                              {{"Host", hostHeader(m_pyUrl)}, {"Cookie", "s=1; t=2"}, {"X-Multi", "a"},
                               {"X-Multi", "b"}, {"User-Agent", "tst/1"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-From"), "python");
    QCOMPARE(r.all("Set-Cookie"), (QList<QByteArray>{"a=1; Path=/", "b=2"}));
    const QJsonObject body = r.json();
    const QJsonObject e = body.value(u"event").toObject();
    QCOMPARE(e.value(u"version").toString(), u"2.0");
    QCOMPARE(e.value(u"rawPath").toString(), u"/echo/a%20b");
    QCOMPARE(e.value(u"rawQueryString").toString(), u"x=1&x=2&y=z");
    QCOMPARE(e.value(u"queryStringParameters").toObject(),
             (QJsonObject{{u"x"_qs, u"1,2"_qs}, {u"y"_qs, u"z"_qs}}));
    QCOMPARE(e.value(u"cookies").toArray(), (QJsonArray{u"s=1"_qs, u"t=2"_qs}));
    QCOMPARE(e.value(u"headers").toObject().value(u"x-multi").toString(), u"a,b");
    QCOMPARE(e.value(u"headers").toObject().value(u"host").toString(), QString::fromLatin1(hostHeader(m_pyUrl)));
    const QJsonObject rc = e.value(u"requestContext").toObject();
    QCOMPARE(rc.value(u"accountId").toString(), u"anonymous");
    QCOMPARE(rc.value(u"apiId").toString(), m_pyUrl);
    QCOMPARE(rc.value(u"http").toObject().value(u"method").toString(), u"GET");
    QCOMPARE(rc.value(u"http").toObject().value(u"sourceIp").toString(), u"127.0.0.1");
    QCOMPARE(rc.value(u"http").toObject().value(u"userAgent").toString(), u"tst/1");
    // One id for the request, the invocation and the answer.
    QCOMPARE(rc.value(u"requestId").toString(), body.value(u"requestId").toString());
    QCOMPARE(QString::fromLatin1(r.header("x-amzn-RequestId")), body.value(u"requestId").toString());
    QVERIFY(!e.contains(u"body"));

    QVERIFY(handled.count() >= 1 || handled.wait(kSafetyNetMs));
    const ApiCall call = handled.last().first().value<ApiCall>();
    QCOMPARE(call.status, 200);
    QCOMPARE(call.function, u"url-py");
}

void TestFunctionUrlServer::pathForm()
{
    Client c(m_server->port());
    const Reply r = c.request("POST", "/lambda-url/" + m_pyUrl.toLatin1() + "/deep/er?q=1",
                              {{"Content-Type", "application/json"}}, R"({"hello":"world"})");
    QCOMPARE(r.status, 200);
    const QJsonObject e = r.json().value(u"event").toObject();
    QCOMPARE(e.value(u"rawPath").toString(), u"/deep/er");
    QCOMPARE(e.value(u"requestContext").toObject().value(u"http").toObject().value(u"path").toString(), u"/deep/er");
    QCOMPARE(e.value(u"rawQueryString").toString(), u"q=1");
    QCOMPARE(e.value(u"body").toString(), u"{\"hello\":\"world\"}");
    QCOMPARE(e.value(u"isBase64Encoded").toBool(), false);

    // The URL's root, with and without its slash.
    const Reply root = c.request("GET", "/lambda-url/" + m_pyUrl.toLatin1());
    QCOMPARE(root.status, 200);
    QCOMPARE(root.json().value(u"event").toObject().value(u"rawPath").toString(), u"/");
}

void TestFunctionUrlServer::stringAndInferredAnswers()
{
    Client c(m_server->port());
    const Reply s = c.request("GET", "/string", {{"Host", hostHeader(m_pyUrl)}});
    QCOMPARE(s.status, 200);
    QCOMPARE(s.header("Content-Type"), "application/json");
    QCOMPARE(s.body, "hello from python");
    const Reply o = c.request("GET", "/plain", {{"Host", hostHeader(m_pyUrl)}});
    QCOMPARE(o.status, 200);
    QCOMPARE(o.json(), (QJsonObject{{u"message"_qs, u"no statusCode"_qs}}));
}

void TestFunctionUrlServer::binaryFromNode()
{
    Client c(m_server->port());
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe", 18);
    const Reply r = c.request("PUT", "/upload", {{"Host", hostHeader(m_nodeUrl)}, {"Content-Type", "image/png"}}, png);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("Content-Type"), "application/octet-stream");
    QCOMPARE(r.header("x-from"), "node");
    // The handler answered base64 (isBase64Encoded): the client gets the bytes.
    const QJsonObject e = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(e.value(u"isBase64Encoded").toBool(), true);
    QCOMPARE(QByteArray::fromBase64(e.value(u"body").toString().toLatin1()), png);
    QCOMPARE(e.value(u"requestContext").toObject().value(u"http").toObject().value(u"method").toString(), u"PUT");
}

void TestFunctionUrlServer::functionErrorIs502()
{
    Client c(m_server->port());
    const Reply r = c.request("GET", "/fail", {{"Host", hostHeader(m_pyUrl)}});
    QCOMPARE(r.status, 502);
    QCOMPARE(r.body, "Internal Server Error");
    QVERIFY(!r.header("x-amzn-RequestId").isEmpty());
}

void TestFunctionUrlServer::unknownUrlIs404()
{
    Client c(m_server->port());
    const QByteArray unknown = "0123456789abcdefghijklmnopqrstuv";
    QCOMPARE(c.request("GET", "/", {{"Host", unknown + ".lambda-url.localhost"}}).status, 404);
    QCOMPARE(c.request("GET", "/lambda-url/" + unknown + "/x").status, 404);
}

void TestFunctionUrlServer::iamSignedAndUnsigned()
{
    Client c(m_server->port());
    const QByteArray host = hostHeader(m_iamUrl);
    const Reply unsigned_ = c.request("GET", "/echo", {{"Host", host}});
    QCOMPARE(unsigned_.status, 403);
    QCOMPARE(unsigned_.json().value(u"Message").toString(), u"Forbidden");

    api::HttpRequest request;
    request.method = "POST";
    request.path = "/echo";
    request.query = "a=1";
    request.headers = {{"Host", host}, {"Content-Type", "application/json"}};
    request.body = R"({"signed":true})";
    api::sigv4::sign(request, m_credentials, QStringLiteral("us-east-1"), QStringLiteral("lambda"),
                     QDateTime::currentDateTimeUtc());
    const Reply signedReply = c.request(request.method, request.path + '?' + request.query, request.headers, request.body);
    QCOMPARE(signedReply.status, 200);
    const QJsonObject rc = signedReply.json().value(u"event").toObject().value(u"requestContext").toObject();
    QCOMPARE(rc.value(u"accountId").toString(), u"000000000000");
    QCOMPARE(rc.value(u"authorizer").toObject().value(u"iam").toObject().value(u"accessKey").toString(),
             m_credentials.accessKeyId);

    // Signed with another secret: refused too.
    api::HttpRequest wrong = request;
    wrong.headers = {{"Host", host}, {"Content-Type", "application/json"}};
    api::sigv4::sign(wrong, {m_credentials.accessKeyId, QStringLiteral("not-the-secret")}, QStringLiteral("us-east-1"),
                     QStringLiteral("lambda"), QDateTime::currentDateTimeUtc());
    QCOMPARE(c.request(wrong.method, wrong.path + '?' + wrong.query, wrong.headers, wrong.body).status, 403);
}

void TestFunctionUrlServer::corsOverTheWire()
{
    Client c(m_server->port());
    const QByteArray host = hostHeader(m_pyUrl);
    const Reply pre = c.request("OPTIONS", "/echo",
                                {{"Host", host}, {"Origin", "https://page.example"},
                                 {"Access-Control-Request-Method", "POST"},
                                 {"Access-Control-Request-Headers", "content-type"}});
    QCOMPARE(pre.status, 200);
    QCOMPARE(pre.header("Access-Control-Allow-Origin"), "https://page.example");
    QCOMPARE(pre.header("Access-Control-Allow-Methods"), "GET,POST");
    QCOMPARE(pre.header("Access-Control-Allow-Headers"), "content-type");
    QCOMPARE(pre.header("Access-Control-Max-Age"), "600");

    const Reply denied = c.request("OPTIONS", "/echo",
                                   {{"Host", host}, {"Origin", "https://other.example"},
                                    {"Access-Control-Request-Method", "POST"}});
    QCOMPARE(denied.status, 200);
    QVERIFY(denied.header("Access-Control-Allow-Origin").isEmpty());

    // The real call: Lambda's CORS headers, not the function's own.
    const Reply r = c.request("GET", "/echo", {{"Host", host}, {"Origin", "https://page.example"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.all("Access-Control-Allow-Origin"), QList<QByteArray>{"https://page.example"});
    QCOMPARE(r.header("Access-Control-Expose-Headers"), "x-from");
}

void TestFunctionUrlServer::tooLargeFromHead()
{
    Client c(m_server->port());
    // Only the head is sent: the answer comes from Content-Length before any body is read.
    const Reply r = c.raw_("POST /big HTTP/1.1\r\nHost: " + hostHeader(m_pyUrl) + "\r\nContent-Length: "
                           + QByteArray::number(6 * 1024 * 1024 + 1) + "\r\n\r\n");
    QCOMPARE(r.status, 413);
}

// The Lambda API's own guard still stands for everything that is not a URL.
void TestFunctionUrlServer::lambdaApiStillGuarded()
{
    Client c(m_server->port());
    QCOMPARE(c.request("GET", "/2015-03-31/functions/url-py", {{"Host", "evil.example"}}).status, 403);
    QCOMPARE(c.request("GET", "/2015-03-31/functions/url-py").status, 200);
}

QTEST_GUILESS_MAIN(TestFunctionUrlServer)
#include "tst_functionurlserver.moc"
