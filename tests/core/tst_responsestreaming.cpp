// Response streaming (InvokeMode RESPONSE_STREAM), issue 15 part 2.
// Pure parts without sockets: the chunked body reader of the Runtime API, the detection of a
// streamed /response head, the chunk rendering of HTTP answers, the event stream framing.
// Then real Node handlers (our bootstrap, awslambda.streamifyResponse and
// HttpResponseStream.from) through the Backend with a ResponseStreamSink, and through the Lambda
// API's InvokeWithResponseStream over a socket. "Before the handler ends" is shown by the
// handler itself: after its first chunk it waits (fs.watch, no timer) for a file that the test
// creates only once it has received that chunk; without streaming it would wait forever.
#include "api/eventstream.h"
#include "api/httphead.h"
#include "api/lambdaapiserver.h"
#include "backend.h"
#include "runtime/chunkedbody.h"
#include "runtime/runtimeresponsestream.h"
#include "testsupport.h"
#include "waitforfilejs.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lambdesk;
using namespace testsupport;

namespace {

constexpr int kSafetyNetMs = 60000;

const QByteArray kHandlers = kWaitForFileJs + R"JS(
export const stream = awslambda.streamifyResponse(async (event, responseStream, context) => {
  responseStream.setContentType('text/plain');
  responseStream.write('chunk 1;');
  if (event.waitFor) await fileExists(event.waitFor);
  responseStream.write('chunk 2 from ' + context.functionName);
  responseStream.end();
});

export const http = awslambda.streamifyResponse(async (event, responseStream) => {
  const out = awslambda.HttpResponseStream.from(responseStream, {
    statusCode: 201,
    headers: { 'x-custom': 'yes' },
    cookies: ['a=1'],
  });
  out.write('hello ');
  out.end('world');
});

export const fails = awslambda.streamifyResponse(async (event, responseStream) => {
  responseStream.write('partial');
  await new Promise((resolve) => setImmediate(resolve));
  throw new TypeError('went wrong');
});

export const buffered = async () => ({ ok: true });
)JS";

// Records what the backend streams; on the first chunk, creates `goFile` (the handler waits for it).
class RecordingSink : public ResponseStreamSink
{
public:
    QString goFile;
    QByteArray contentType;
    QList<QByteArray> chunks;
    int started = 0;

    void streamStarted(const QByteArray &type) override
    {
        ++started;
        contentType = type;
    }
    void streamChunk(const QByteArray &bytes) override
    {
        chunks.append(bytes);
        if (!goFile.isEmpty() && chunks.size() == 1) {
            QFile f(goFile);
            f.open(QIODevice::WriteOnly);
        }
    }
};

struct StreamingClient
{
    QTcpSocket socket;
    QByteArray buffer;

    bool waitForMore(const QDeadlineTimer &deadline)
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
        return socket.state() == QAbstractSocket::ConnectedState || socket.state() == QAbstractSocket::ConnectingState
            || socket.bytesAvailable() > 0;
    }
};

} // namespace

class TestResponseStreaming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chunkedBodyInPieces();
    void chunkedBodyMalformed();
    void streamHeadDetected_data();
    void streamHeadDetected();
    void renderChunks();
    void eventStreamFraming();
    void streamsBeforeHandlerEnds();
    void httpIntegrationPrelude();
    void errorMidStream();
    void bufferedHandlerUntouched();
    void invokeWithResponseStream();
    void invokeWithResponseStreamBufferedAndErrors();
    void sdkInvokeWithResponseStream();

private:
    std::unique_ptr<TestBackend> m_backend;
    QTemporaryDir m_scratch;
    QString invokeWithSink(const QString &function, const QByteArray &payload, std::shared_ptr<RecordingSink> sink,
                           InvocationResult *result);
};

void TestResponseStreaming::initTestCase()
{
    m_backend = std::make_unique<TestBackend>();
    QVERIFY2(m_backend->backend->runtimes().preferred(RuntimeFamily::Node), "these tests need a Node.js runtime");
    QTemporaryDir code;
    QFile f(code.path() + QStringLiteral("/index.mjs"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kHandlers);
    f.close();
    for (const char *name : {"stream", "http", "fails", "buffered"}) {
        const QString n = QString::fromLatin1(name);
        const auto created =
            m_backend->create(m_backend->config(QStringLiteral("s-") + n, RuntimeFamily::Node, QStringLiteral("index.") + n,
                                                128, 30),
                              code.path());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    }
}

void TestResponseStreaming::chunkedBodyInPieces()
{
    const QByteArray wire = "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nLambda-Runtime-Function-Error-Type: E\r\n"
                            "Lambda-Runtime-Function-Error-Body: e30=\r\n\r\nNEXT";
    // Byte by byte: the data comes out as soon as it is there, the end only with the blank line.
    runtimeapi::ChunkedBody body;
    QByteArray out;
    qsizetype used = 0;
    for (qsizetype i = 0; i < wire.size() && !body.done(); ++i) {
        used += body.feed(QByteArrayView(wire).sliced(i, 1), out);
        if (i == 8) // "5\r\nhello" read
            QCOMPARE(out, QByteArray("hello"));
    }
    QVERIFY(body.done());
    QCOMPARE(out, QByteArray("hello, world"));
    QCOMPARE(wire.sliced(used), QByteArray("NEXT")); // what follows the body is not its own
    QCOMPARE(body.trailer("lambda-runtime-function-error-type"), QByteArray("E"));
    QCOMPARE(body.trailer("Lambda-Runtime-Function-Error-Body"), QByteArray("e30="));

    runtimeapi::ChunkedBody whole;
    QByteArray all;
    whole.feed(wire, all);
    QVERIFY(whole.done());
    QCOMPARE(all, QByteArray("hello, world"));
}

void TestResponseStreaming::chunkedBodyMalformed()
{
    for (const QByteArray &wire : {QByteArray("zz\r\n"), QByteArray("3\r\nabcd\r\n"), QByteArray("-1\r\n"),
                                  QByteArray("0\r\nno colon\r\n\r\n")}) {
        runtimeapi::ChunkedBody body;
        QByteArray out;
        body.feed(wire, out);
        QVERIFY2(body.failed(), wire.constData());
        QVERIFY(!body.error().isEmpty());
    }
}

void TestResponseStreaming::streamHeadDetected_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("requestId");
    const QByteArray path = "POST /2018-06-01/runtime/invocation/abc-1/response HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("streaming") << path + "Lambda-Runtime-Function-Response-Mode: streaming\r\n"
                                         "Transfer-Encoding: chunked\r\nContent-Type: text/plain"
                               << QStringLiteral("abc-1");
    QTest::newRow("names in any case") << path + "lambda-runtime-function-response-mode: Streaming\r\n"
                                                 "transfer-encoding: chunked"
                                       << QStringLiteral("abc-1");
    QTest::newRow("buffered") << path + "Content-Length: 2" << QString();
    QTest::newRow("streaming, not chunked") << path + "Lambda-Runtime-Function-Response-Mode: streaming\r\n"
                                                      "Content-Length: 2"
                                            << QString();
    QTest::newRow("error route") << QByteArray("POST /2018-06-01/runtime/invocation/abc-1/error HTTP/1.1\r\n"
                                               "Lambda-Runtime-Function-Response-Mode: streaming\r\n"
                                               "Transfer-Encoding: chunked")
                                 << QString();
    QTest::newRow("next") << QByteArray("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x") << QString();
}

void TestResponseStreaming::streamHeadDetected()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, requestId);
    const auto parsed = RuntimeResponseStream::streamHead(head);
    QCOMPARE(parsed.has_value(), !requestId.isEmpty());
    if (parsed)
        QCOMPARE(parsed->requestId, requestId);
}

void TestResponseStreaming::renderChunks()
{
    QCOMPARE(api::renderChunk("hello"), QByteArray("5\r\nhello\r\n"));
    QCOMPARE(api::renderChunk(QByteArray(26, 'x')), "1a\r\n" + QByteArray(26, 'x') + "\r\n");
    QCOMPARE(api::renderChunk(""), QByteArray()); // an empty chunk would end the body
    QCOMPARE(api::renderLastChunk(), QByteArray("0\r\n\r\n"));
    const QByteArray head = api::renderStreamHead(
        api::HttpReply{200, {{"Content-Type", "text/plain"}, {"Content-Length", "9"}}, "first"}, false);
    QVERIFY(head.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(head.contains("Transfer-Encoding: chunked\r\n"));
    QVERIFY(!head.contains("Content-Length"));
    QVERIFY(head.endsWith("\r\n\r\n5\r\nfirst\r\n"));
    QVERIFY(api::renderStreamHead(api::HttpReply{200, {}, {}}, true).contains("Connection: close\r\n"));
}

void TestResponseStreaming::eventStreamFraming()
{
    // AWS's event stream: a message with no headers and no payload is 16 bytes, its prelude CRC
    // 0x05c248eb and message CRC 0x7d98c8ff (the test vectors of awslabs/aws-c-event-stream).
    const QByteArray empty = api::eventstream::encode({});
    QCOMPARE(empty.toHex(), QByteArray("000000100000000005c248eb7d98c8ff"));

    const QByteArray chunk = api::eventstream::payloadChunk(QByteArray("ab\0c", 4));
    qsizetype used = 0;
    const auto m = api::eventstream::decode(chunk, &used);
    QVERIFY(m);
    QCOMPARE(used, chunk.size());
    QCOMPARE(m->header(":event-type"), QByteArray("PayloadChunk"));
    QCOMPARE(m->header(":message-type"), QByteArray("event"));
    QCOMPARE(m->header(":content-type"), QByteArray("application/octet-stream"));
    QCOMPARE(m->payload, QByteArray("ab\0c", 4));
    // Incomplete: nothing yet; a flipped bit: refused.
    QVERIFY(!api::eventstream::decode(QByteArrayView(chunk).first(chunk.size() - 1), &used));
    QByteArray broken = chunk;
    broken[20] = char(broken[20] ^ 1);
    QByteArray error;
    QVERIFY(!api::eventstream::decode(broken, &used, &error));
    QVERIFY(!error.isEmpty());

    const auto done = api::eventstream::decode(api::eventstream::invokeComplete(QStringLiteral("Unhandled"),
                                                                                 QStringLiteral("boom"), "TE9H"),
                                               &used);
    QVERIFY(done);
    QCOMPARE(done->header(":event-type"), QByteArray("InvokeComplete"));
    QCOMPARE(done->header(":content-type"), QByteArray("application/json"));
    const QJsonObject o = QJsonDocument::fromJson(done->payload).object();
    QCOMPARE(o.value(QStringLiteral("ErrorCode")).toString(), QStringLiteral("Unhandled"));
    QCOMPARE(o.value(QStringLiteral("ErrorDetails")).toString(), QStringLiteral("boom"));
    QCOMPARE(o.value(QStringLiteral("LogResult")).toString(), QStringLiteral("TE9H"));
}

QString TestResponseStreaming::invokeWithSink(const QString &function, const QByteArray &payload,
                                             std::shared_ptr<RecordingSink> sink, InvocationResult *result)
{
    auto r = waitForAnswer<Result<InvocationResult>>(
        [&](auto reply) {
            InvokeRequest request{function, {}, payload, InvocationType::RequestResponse};
            request.stream = sink;
            m_backend->backend->invoke(std::move(request), std::move(reply));
        },
        safetyNetMs(kSafetyNetMs));
    if (!r)
        return QStringLiteral("no answer");
    if (!r->ok())
        return r->error().message;
    *result = r->value();
    return {};
}

void TestResponseStreaming::streamsBeforeHandlerEnds()
{
    // Twice: cold, then warm (the runtime's loop goes on after a streamed response).
    for (int round = 0; round < 2; ++round) {
        const QString go = m_scratch.filePath(QStringLiteral("go-%1").arg(round));
        auto sink = std::make_shared<RecordingSink>();
        sink->goFile = go;
        const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("waitFor"), go}}).toJson();
        InvocationResult r;
        const QString error = invokeWithSink(QStringLiteral("s-stream"), payload, sink, &r);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(r.status == InvocationStatus::Succeeded, r.payload.constData());
        QVERIFY(r.streamed);
        QCOMPARE(sink->started, 1);
        QCOMPARE(sink->contentType, QByteArray("text/plain"));
        // Chunk 1 came alone: the handler could only go on once the sink had it.
        QVERIFY(sink->chunks.size() >= 2);
        QCOMPARE(sink->chunks.first(), QByteArray("chunk 1;"));
        QCOMPARE(sink->chunks.join(), QByteArray("chunk 1;chunk 2 from s-stream"));
        QCOMPARE(r.payload, QByteArray("chunk 1;chunk 2 from s-stream"));
        QCOMPARE(r.coldStart(), round == 0);
        QVERIFY(hasLine(r, QStringLiteral("REPORT RequestId: ")));
    }
}

void TestResponseStreaming::httpIntegrationPrelude()
{
    auto sink = std::make_shared<RecordingSink>();
    InvocationResult r;
    const QString error = invokeWithSink(QStringLiteral("s-http"), "{}", sink, &r);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(r.status == InvocationStatus::Succeeded, r.payload.constData());
    QCOMPARE(sink->contentType, QByteArray("application/vnd.awslambda.http-integration-response"));
    const QByteArray all = sink->chunks.join();
    const qsizetype nuls = all.indexOf(QByteArray(8, '\0'));
    QVERIFY(nuls > 0);
    const QJsonObject prelude = QJsonDocument::fromJson(all.first(nuls)).object();
    QCOMPARE(prelude.value(QStringLiteral("statusCode")).toInt(), 201);
    QCOMPARE(prelude.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-custom")).toString(),
             QStringLiteral("yes"));
    QCOMPARE(all.sliced(nuls + 8), QByteArray("hello world"));
    QCOMPARE(r.payload, all);
}

void TestResponseStreaming::errorMidStream()
{
    auto sink = std::make_shared<RecordingSink>();
    InvocationResult r;
    const QString error = invokeWithSink(QStringLiteral("s-fails"), "{}", sink, &r);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sink->chunks.join(), QByteArray("partial"));
    QCOMPARE(r.status, InvocationStatus::Failed);
    QCOMPARE(r.functionError, QStringLiteral("Unhandled"));
    QCOMPARE(r.errorType, QStringLiteral("TypeError"));
    const QJsonObject doc = object(r.payload);
    QCOMPARE(doc.value(QStringLiteral("errorMessage")).toString(), QStringLiteral("went wrong"));
    // The environment stays usable: the next invocation is warm.
    InvocationResult again;
    QVERIFY(invokeWithSink(QStringLiteral("s-fails"), "{}", std::make_shared<RecordingSink>(), &again).isEmpty());
    QCOMPARE(again.errorType, QStringLiteral("TypeError"));
    QVERIFY(!again.coldStart());
}

void TestResponseStreaming::bufferedHandlerUntouched()
{
    auto sink = std::make_shared<RecordingSink>();
    InvocationResult r;
    const QString error = invokeWithSink(QStringLiteral("s-buffered"), "{}", sink, &r);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sink->started, 0);
    QVERIFY(sink->chunks.isEmpty());
    QVERIFY(!r.streamed);
    QCOMPARE(object(r.payload).value(QStringLiteral("ok")).toBool(), true);
    // And a streaming handler invoked without a sink (the console): collected whole.
    InvocationResult whole;
    const QString go = m_scratch.filePath(QStringLiteral("go-none"));
    QFile(go).open(QIODevice::WriteOnly);
    const auto answered = invokeAndWait(*m_backend->backend, QStringLiteral("s-stream"), {},
                                        QJsonDocument(QJsonObject{{QStringLiteral("waitFor"), go}}).toJson());
    QVERIFY(answered.ok());
    QVERIFY(answered->streamed);
    QCOMPARE(answered->payload, QByteArray("chunk 1;chunk 2 from s-stream"));
}

namespace {

// Reads the chunked body of an answer and decodes its event stream messages as they come.
struct EventReader
{
    StreamingClient &client;
    runtimeapi::ChunkedBody body;
    QByteArray events; // de-chunked, not yet decoded
    bool headRead = false;
    QByteArray head;

    // The next event; nothing when the connection ended or the safety net passed.
    std::optional<api::eventstream::Message> next(const QDeadlineTimer &deadline)
    {
        for (;;) {
            if (!headRead) {
                const qsizetype end = client.buffer.indexOf("\r\n\r\n");
                if (end >= 0) {
                    head = client.buffer.first(end);
                    client.buffer.remove(0, end + 4);
                    headRead = true;
                }
            }
            if (headRead && !client.buffer.isEmpty()) {
                const qsizetype used = body.feed(client.buffer, events);
                client.buffer.remove(0, used);
            }
            qsizetype used = 0;
            if (auto m = api::eventstream::decode(events, &used)) {
                events.remove(0, used);
                return m;
            }
            if (deadline.hasExpired() || !client.waitForMore(deadline))
                return std::nullopt;
        }
    }
};

} // namespace

void TestResponseStreaming::invokeWithResponseStream()
{
    LambdaApiServer server(m_backend->backend.get());
    QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
    const QString go = m_scratch.filePath(QStringLiteral("go-api"));
    StreamingClient client;
    client.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("waitFor"), go}}).toJson();
    client.socket.write("POST /2021-11-15/functions/s-stream/response-streaming-invocations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Content-Length: "
                        + QByteArray::number(payload.size()) + "\r\n\r\n" + payload);
    const QDeadlineTimer deadline(safetyNetMs(kSafetyNetMs));
    EventReader reader{client};
    const auto first = reader.next(deadline);
    QVERIFY2(first, client.buffer.constData());
    QVERIFY(reader.head.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(reader.head.contains("Content-Type: application/vnd.amazon.eventstream"));
    QVERIFY(reader.head.contains("X-Amz-Executed-Version: $LATEST"));
    QVERIFY(reader.head.contains("Transfer-Encoding: chunked"));
    QCOMPARE(first->header(":event-type"), QByteArray("PayloadChunk"));
    QCOMPARE(first->payload, QByteArray("chunk 1;"));
    // The handler is still running, waiting for this file: only now may it go on.
    QVERIFY(!QFile::exists(go));
    QFile(go).open(QIODevice::WriteOnly);
    const auto second = reader.next(deadline);
    QVERIFY(second);
    QCOMPARE(second->header(":event-type"), QByteArray("PayloadChunk"));
    QCOMPARE(second->payload, QByteArray("chunk 2 from s-stream"));
    const auto complete = reader.next(deadline);
    QVERIFY(complete);
    QCOMPARE(complete->header(":event-type"), QByteArray("InvokeComplete"));
    QCOMPARE(QJsonDocument::fromJson(complete->payload).object(), QJsonObject());
    // The body ends with its last chunk, and the connection stays usable.
    while (!reader.body.done() && !deadline.hasExpired() && client.waitForMore(deadline))
        reader.body.feed(std::exchange(client.buffer, {}), reader.events);
    QVERIFY(reader.body.done());
}

void TestResponseStreaming::invokeWithResponseStreamBufferedAndErrors()
{
    LambdaApiServer server(m_backend->backend.get());
    QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
    const auto call = [&](const QByteArray &function, const QByteArray &extra) {
        auto client = std::make_unique<StreamingClient>();
        client->socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        client->socket.write("POST /2021-11-15/functions/" + function
                             + "/response-streaming-invocations HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra
                             + "Content-Length: 2\r\n\r\n{}");
        return client;
    };
    const QDeadlineTimer deadline(safetyNetMs(kSafetyNetMs));
    { // A handler that does not stream: its whole payload as one PayloadChunk.
        auto client = call("s-buffered", "X-Amz-Log-Type: Tail\r\n");
        EventReader reader{*client};
        const auto chunk = reader.next(deadline);
        QVERIFY(chunk);
        QCOMPARE(chunk->header(":event-type"), QByteArray("PayloadChunk"));
        QCOMPARE(QJsonDocument::fromJson(chunk->payload).object().value(QStringLiteral("ok")).toBool(), true);
        const auto complete = reader.next(deadline);
        QVERIFY(complete);
        const QJsonObject o = QJsonDocument::fromJson(complete->payload).object();
        QVERIFY(QByteArray::fromBase64(o.value(QStringLiteral("LogResult")).toString().toLatin1())
                    .contains("REPORT RequestId:"));
    }
    { // An error mid-stream: what was written, then InvokeComplete with the error.
        auto client = call("s-fails", {});
        EventReader reader{*client};
        const auto chunk = reader.next(deadline);
        QVERIFY(chunk);
        QCOMPARE(chunk->payload, QByteArray("partial"));
        const auto complete = reader.next(deadline);
        QVERIFY(complete);
        const QJsonObject o = QJsonDocument::fromJson(complete->payload).object();
        QCOMPARE(o.value(QStringLiteral("ErrorCode")).toString(), QStringLiteral("TypeError"));
        QCOMPARE(o.value(QStringLiteral("ErrorDetails")).toString(), QStringLiteral("went wrong"));
    }
    { // Refusals have AWS's shapes: an unknown function, an Event invocation.
        auto client = call("nope", {});
        while (!client->buffer.contains("\r\n\r\n") && !deadline.hasExpired() && client->waitForMore(deadline)) {}
        QVERIFY2(client->buffer.startsWith("HTTP/1.1 404"), client->buffer.constData());
        QVERIFY(client->buffer.contains("ResourceNotFoundException"));
        auto event = call("s-buffered", "X-Amz-Invocation-Type: Event\r\n");
        while (!event->buffer.contains("InvocationType") && !deadline.hasExpired() && event->waitForMore(deadline)) {}
        QVERIFY2(event->buffer.startsWith("HTTP/1.1 400"), event->buffer.constData());
        QVERIFY(event->buffer.contains("InvalidParameterValueException"));
        auto dry = call("s-buffered", "X-Amz-Invocation-Type: DryRun\r\n");
        while (!dry->buffer.contains("\r\n\r\n") && !deadline.hasExpired() && dry->waitForMore(deadline)) {}
        QVERIFY2(dry->buffer.startsWith("HTTP/1.1 204"), dry->buffer.constData());
    }
}

// The real AWS SDK for JavaScript v3 (InvokeWithResponseStreamCommand, installed by
// tests/e2e/install-node-clients.sh as for tst_nodesdk) reads the event stream: it checks the
// framing and CRCs, and hands over chunk 1 while the handler still waits for it to be taken.
void TestResponseStreaming::sdkInvokeWithResponseStream()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY(!node.isEmpty());
    QString clients = qEnvironmentVariable("LAMBDESK_NODE_CLIENTS");
    if (clients.isEmpty())
        clients = QDir::homePath() + QStringLiteral("/.cache/lambdesk/node-clients");
    const QString source = QStringLiteral(LAMBDESK_SOURCE_DIR);
    if (!QFile::exists(clients + QStringLiteral("/node_modules/@aws-sdk/client-lambda/package.json"))) {
        QProcess install;
        install.start(QStringLiteral("bash"), {source + QStringLiteral("/tests/e2e/install-node-clients.sh"), clients});
        QVERIFY(install.waitForFinished(15 * 60 * 1000));
        QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
    }
    LambdaApiServer server(m_backend->backend.get());
    QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
    const QString go = m_scratch.filePath(QStringLiteral("go-sdk"));
    const QJsonObject payload{{QStringLiteral("waitFor"), go}};
    const QJsonObject input{
        {QStringLiteral("FunctionName"), QStringLiteral("s-stream")},
        {QStringLiteral("PayloadText"), QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))}};

    QProcess sdk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LAMBDESK_NODE_CLIENTS"), clients);
    env.insert(QStringLiteral("LAMBDESK_ENDPOINT"), server.endpoint());
    env.insert(QStringLiteral("NODE_NO_WARNINGS"), QStringLiteral("1"));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDLOCALTESTING02"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("local-secret"));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_scratch.filePath(QStringLiteral("no-config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_scratch.filePath(QStringLiteral("no-credentials")));
    env.remove(QStringLiteral("AWS_PROFILE"));
    sdk.setProcessEnvironment(env);
    sdk.start(node, {source + QStringLiteral("/tests/e2e/node/stream-call.mjs"),
                     QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact)), go});
    // The server lives on this thread: the event loop runs while the SDK works.
    QEventLoop loop;
    connect(&sdk, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&sdk, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(safetyNetMs(kSafetyNetMs), &loop, &QEventLoop::quit); // a safety net only
    if (sdk.state() != QProcess::NotRunning)
        loop.exec();
    const QByteArray out = sdk.readAllStandardOutput();
    const QByteArray err = sdk.readAllStandardError();
    QVERIFY2(sdk.state() == QProcess::NotRunning && sdk.exitCode() == 0, QByteArray(out + err).constData());
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    QVERIFY2(lines.size() == 4, QByteArray(out + err).constData());
    const QJsonObject head = lines[0].value(QStringLiteral("head")).toObject();
    QCOMPARE(head.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(head.value(QStringLiteral("executedVersion")).toString(), QStringLiteral("$LATEST"));
    QCOMPARE(lines[1].value(QStringLiteral("chunk")).toString(), QStringLiteral("chunk 1;"));
    QCOMPARE(lines[2].value(QStringLiteral("chunk")).toString(), QStringLiteral("chunk 2 from s-stream"));
    QVERIFY(lines[3].contains(QStringLiteral("complete")));
    QVERIFY(!lines[3].value(QStringLiteral("complete")).toObject().contains(QStringLiteral("ErrorCode")));
    QVERIFY(QFile::exists(go));
}

QTEST_GUILESS_MAIN(TestResponseStreaming)
#include "tst_responsestreaming.moc"
