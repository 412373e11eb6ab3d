// Function URLs with InvokeMode RESPONSE_STREAM (issue 15 part 2): the prelude of
// awslambda.HttpResponseStream.from() becomes the status line, headers and cookies; the body
// leaves with chunked transfer as the handler writes it - a raw socket reads chunk 1 while the
// handler still waits (fs.watch, no timer) for a file the test creates only after that. A
// streamified handler behind a BUFFERED URL is answered whole. Real Node handlers, our bootstrap.
#include "api/functionurlstream.h"
#include "api/lambdaapiserver.h"
#include "backend.h"
#include "runtime/chunkedbody.h"
#include "testsupport.h"
#include "waitforfilejs.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace lambdesk;
using namespace testsupport;

namespace {

const QByteArray kHandlers = kWaitForFileJs + R"JS(
export const http = awslambda.streamifyResponse(async (event, responseStream) => {
  const out = awslambda.HttpResponseStream.from(responseStream, {
    statusCode: 201,
    headers: { 'content-type': 'text/plain', 'x-custom': 'yes' },
    cookies: ['a=1; Path=/', 'b=2'],
  });
  out.write('chunk 1;');
  const go = event.queryStringParameters && event.queryStringParameters.go;
  if (go) await fileExists(go);
  out.write('chunk 2');
  out.end();
});
)JS";

struct RawHttp
{
    QTcpSocket socket;
    QByteArray buffer;
    bool more(const QDeadlineTimer &deadline)
    {
        if (socket.bytesAvailable() == 0) {
            QEventLoop loop;
            QObject::connect(&socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
            QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
            QObject::connect(&socket, &QTcpSocket::connected, &loop, &QEventLoop::quit);
            QTimer::singleShot(int(deadline.remainingTime()), &loop, &QEventLoop::quit); // a safety net only
            loop.exec();
        }
        buffer += socket.readAll();
        // Woken by the connection or by bytes: go on; by its end or the safety net: stop.
        return !deadline.hasExpired()
            && (socket.state() == QAbstractSocket::ConnectedState || socket.state() == QAbstractSocket::ConnectingState);
    }
    // The head (up to its blank line), taken off the buffer.
    QByteArray head(const QDeadlineTimer &deadline)
    {
        while (!buffer.contains("\r\n\r\n") && more(deadline)) {}
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return {};
        const QByteArray h = buffer.first(end);
        buffer.remove(0, end + 4);
        return h;
    }
};

} // namespace

class TestFunctionUrlStreaming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void prelude();
    void streamedUrl();
    void bufferedUrlTakesStreamWhole();

private:
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<LambdaApiServer> m_server;
    QTemporaryDir m_scratch;
    QString m_streamId, m_bufferedId;
};

void TestFunctionUrlStreaming::initTestCase()
{
    m_backend = std::make_unique<TestBackend>();
    QTemporaryDir code;
    QFile f(code.path() + QStringLiteral("/index.mjs"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kHandlers);
    f.close();
    for (const char *name : {"u-stream", "u-buffered"}) {
        const auto created = m_backend->create(
            m_backend->config(QString::fromLatin1(name), RuntimeFamily::Node, QStringLiteral("index.http"), 128, 30),
            code.path());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        FunctionUrlConfig url;
        url.functionName = QString::fromLatin1(name);
        url.invokeMode = QByteArray(name) == "u-stream" ? FunctionUrlInvokeMode::ResponseStream
                                                         : FunctionUrlInvokeMode::Buffered;
        const auto made = m_backend->backend->createFunctionUrlConfig(url);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        (QByteArray(name) == "u-stream" ? m_streamId : m_bufferedId) = made->urlId;
    }
    m_server = std::make_unique<LambdaApiServer>(m_backend->backend.get());
    QVERIFY(m_server->listen(QStringLiteral("127.0.0.1"), 0).ok());
}

void TestFunctionUrlStreaming::prelude()
{
    const QByteArray payload = QByteArray(R"({"statusCode":404,"headers":{"x-a":"1","n":2},"cookies":["c=3"]})")
        + QByteArray(8, '\0') + "body";
    QCOMPARE(api::urlstream::preludeEnd(payload), std::optional<qsizetype>(payload.size() - 4));
    QVERIFY(!api::urlstream::preludeEnd("{\"statusCode\":200}\0\0\0"));
    const api::HttpReply r = api::urlstream::wholeReply(api::urlstream::kHttpIntegrationType.toByteArray(), payload);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("x-a"), QByteArray("1"));
    QCOMPARE(r.header("n"), QByteArray("2"));
    QCOMPARE(r.header("Set-Cookie"), QByteArray("c=3"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/octet-stream"));
    QCOMPARE(r.body, QByteArray("body"));
    const api::HttpReply plain = api::urlstream::wholeReply("text/html", "<p>");
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.header("Content-Type"), QByteArray("text/html"));
    QCOMPARE(plain.body, QByteArray("<p>"));
}

void TestFunctionUrlStreaming::streamedUrl()
{
    const QString go = m_scratch.filePath(QStringLiteral("go-url"));
    RawHttp c;
    c.socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    c.socket.write("GET /?go=" + QUrl::toPercentEncoding(go) + " HTTP/1.1\r\nHost: " + m_streamId.toLatin1()
                   + ".lambda-url.localhost:" + QByteArray::number(m_server->port()) + "\r\n\r\n");
    const QDeadlineTimer deadline(safetyNetMs(60000));
    const QByteArray head = c.head(deadline);
    QVERIFY2(head.startsWith("HTTP/1.1 201"), head.constData());
    QVERIFY(head.contains("Transfer-Encoding: chunked"));
    QVERIFY(head.contains("x-custom: yes"));
    QVERIFY(head.contains("content-type: text/plain"));
    QVERIFY(head.contains("Set-Cookie: a=1; Path=/\r\n"));
    QVERIFY(head.contains("Set-Cookie: b=2"));
    runtimeapi::ChunkedBody body;
    QByteArray got;
    while (!got.contains("chunk 1;") && (c.buffer.size() || c.more(deadline)))
        c.buffer.remove(0, body.feed(c.buffer, got));
    QCOMPARE(got, QByteArray("chunk 1;"));
    // The handler waits for this file: chunk 1 came before it could end.
    QVERIFY(!QFile::exists(go));
    QFile(go).open(QIODevice::WriteOnly);
    while (!body.done() && (c.buffer.size() || c.more(deadline)))
        c.buffer.remove(0, body.feed(c.buffer, got));
    QVERIFY(body.done());
    QCOMPARE(got, QByteArray("chunk 1;chunk 2"));
}

void TestFunctionUrlStreaming::bufferedUrlTakesStreamWhole()
{
    const QString go = m_scratch.filePath(QStringLiteral("go-buffered"));
    QFile(go).open(QIODevice::WriteOnly);
    RawHttp c;
    c.socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    c.socket.write("GET /lambda-url/" + m_bufferedId.toLatin1() + "/?go=" + QUrl::toPercentEncoding(go)
                   + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QDeadlineTimer deadline(safetyNetMs(60000));
    const QByteArray head = c.head(deadline);
    QVERIFY2(head.startsWith("HTTP/1.1 201"), head.constData());
    QVERIFY(!head.contains("Transfer-Encoding"));
    QVERIFY(head.contains("Content-Length: 15"));
    QVERIFY(head.contains("x-custom: yes"));
    QVERIFY(head.contains("Set-Cookie: b=2"));
    while (c.buffer.size() < 15 && c.more(deadline)) {}
    QCOMPARE(c.buffer, QByteArray("chunk 1;chunk 2"));
}

QTEST_GUILESS_MAIN(TestFunctionUrlStreaming)
#include "tst_functionurlstreaming.moc"
