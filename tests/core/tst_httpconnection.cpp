// api::HttpServer and its connections over real sockets, with short injected timeouts: answers
// in request order (also when given later), keep-alive, refusals from the head before any body
// is read, and idle and slow clients timed out.
#include "api/httpserver.h"
#include "httptestclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <vector>

using namespace lambdesk::api;

namespace {

// Only against a hang: every wait returns as soon as its event comes.
constexpr int kSafetyNetMs = 60000;

using Answer = testsupport::HttpTestReply;

// A raw client: writes bytes as given and reads answers.
class RawClient : public testsupport::HttpTestClient
{
public:
    explicit RawClient(quint16 port) : HttpTestClient(port, true) {}
    void write(const QByteArray &raw) { writeRaw(raw); }
    Answer next() { return HttpTestClient::next(); }
};

HttpReply text(int status, const QByteArray &body)
{
    return HttpReply{status, {{"Content-Type", "text/plain"}}, body};
}

} // namespace

class TestHttpConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keepAliveAndClose();
    void answersLaterInRequestOrder();
    void streamedAnswerInRequestOrder();
    void refusedFromHeadBeforeBody();
    void malformedHeadRefused_data();
    void malformedHeadRefused();
    void idleConnectionTimesOut();
    void slowHeadTimesOut();
    void slowBodyTimesOut();
    void answerDroppedWhenClientLeft();
    void bodyComesInPieces();
    void outOfDescriptorsPausesOnlyForAWaitingClient();

private:
    void waitForRequests(size_t count);

    std::unique_ptr<HttpServer> m_server;
    QEventLoop *m_waiting = nullptr;
    std::vector<HttpRequest> m_requests;
    std::vector<HttpResponder> m_responders;
    bool m_answerAtOnce = true;
};

void TestHttpConnection::init()
{
    m_requests.clear();
    m_responders.clear();
    m_answerAtOnce = true;
    m_server = std::make_unique<HttpServer>();
    m_server->setHandler([this](HttpRequest request, HttpResponder responder) {
        m_requests.push_back(request);
        if (m_answerAtOnce)
            responder.send(text(200, request.method + ' ' + request.path + ' ' + request.body));
        else
            m_responders.push_back(responder);
        if (m_waiting)
            m_waiting->quit();
    });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

// Runs the event loop until the handler has had `count` requests (or the safety net).
void TestHttpConnection::waitForRequests(size_t count)
{
    const QDeadlineTimer deadline(kSafetyNetMs);
    while (m_requests.size() < count && !deadline.hasExpired()) {
        QEventLoop loop;
        m_waiting = &loop;
        QTimer::singleShot(int(deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
        m_waiting = nullptr;
    }
}

void TestHttpConnection::cleanup()
{
    m_responders.clear();
    m_server.reset();
}

void TestHttpConnection::keepAliveAndClose()
{
    RawClient client(m_server->port());
    QVERIFY(client.connected());
    for (int i = 0; i < 3; ++i) {
        client.write("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\n" + QByteArray::number(i));
        const Answer a = client.next();
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, "POST /a " + QByteArray::number(i));
        QVERIFY(a.header("Connection").isEmpty()); // kept alive
        QVERIFY(!a.header("Date").isEmpty());
    }
    client.write("GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const Answer last = client.next();
    QCOMPARE(last.status, 200);
    QCOMPARE(last.header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose());
    QCOMPARE(m_requests.size(), size_t(4));
}

void TestHttpConnection::answersLaterInRequestOrder()
{
    m_answerAtOnce = false;
    RawClient client(m_server->port());
    client.write("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n"
                 "POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                 "GET /3 HTTP/1.1\r\nHost: x\r\n\r\n");
    waitForRequests(3);
    QCOMPARE(m_responders.size(), size_t(3));
    // The last and the middle one finish first; nothing may leave before the first.
    m_responders[2].send(text(200, "third"));
    m_responders[1].send(text(201, "second"));
    QVERIFY(m_responders[1].isAnswered() && m_responders[2].isAnswered());
    QCOMPARE(client.socket().bytesAvailable(), 0);
    m_responders[0].send(text(202, "first"));
    const Answer a = client.next(), b = client.next(), c = client.next();
    QCOMPARE(a.status, 202);
    QCOMPARE(a.body, QByteArray("first"));
    QCOMPARE(b.status, 201);
    QCOMPARE(b.body, QByteArray("second"));
    QCOMPARE(c.status, 200);
    QCOMPARE(c.body, QByteArray("third"));
    QCOMPARE(m_requests.at(1).body, QByteArray("abc"));
}

// A streamed answer (chunked) leaves piece by piece as given; the answers of the requests
// pipelined after it wait for its last chunk, those before it go first.
void TestHttpConnection::streamedAnswerInRequestOrder()
{
    m_answerAtOnce = false;
    RawClient client(m_server->port());
    client.write("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n"
                 "GET /stream HTTP/1.1\r\nHost: x\r\n\r\n"
                 "GET /3 HTTP/1.1\r\nHost: x\r\n\r\n");
    waitForRequests(3);
    QCOMPARE(m_responders.size(), size_t(3));
    m_responders[2].send(text(200, "third"));
    m_responders[1].startStream(HttpReply{200, {{"Content-Type", "text/plain"}}, {}});
    m_responders[1].sendChunk("one");
    QVERIFY(m_responders[1].isStreaming());
    QCOMPARE(client.socket().bytesAvailable(), 0); // the first answer is not given yet
    m_responders[0].send(text(202, "first"));
    const Answer a = client.next();
    QCOMPARE(a.status, 202);
    // The stream's head and first chunk follow at once, the third answer not yet.
    QByteArray got = client.received(); // what came with the first answer
    const auto readUntil = [&](QByteArrayView what) {
        const QDeadlineTimer deadline(kSafetyNetMs);
        while (!got.contains(what) && !deadline.hasExpired()) {
            if (!client.socket().waitForReadyRead(int(deadline.remainingTime())))
                break;
            got += client.socket().readAll();
        }
        return got.contains(what);
    };
    QVERIFY(readUntil("3\r\none\r\n"));
    QVERIFY(got.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(got.contains("Transfer-Encoding: chunked\r\n"));
    QVERIFY(!got.contains("Content-Length"));
    QVERIFY(!got.contains("third"));
    m_responders[1].sendChunk("two!");
    QVERIFY(readUntil("4\r\ntwo!\r\n"));
    QVERIFY(!got.contains("third"));
    m_responders[1].endStream();
    QVERIFY(!m_responders[1].isStreaming());
    QVERIFY(readUntil("0\r\n\r\nHTTP/1.1 200"));
    QVERIFY(readUntil("third"));
}

void TestHttpConnection::refusedFromHeadBeforeBody()
{
    int checked = 0;
    m_server->setHeadCheck([&](const HttpHead &head) -> std::optional<HttpReply> {
        ++checked;
        if (head.contentLength > 100)
            return text(413, "too large: " + QByteArray::number(head.contentLength));
        return std::nullopt;
    });
    RawClient client(m_server->port());
    // The 600 MB are announced, never sent: the answer comes from the head alone.
    client.write("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 629145600\r\n\r\n");
    const Answer a = client.next();
    QCOMPARE(a.status, 413);
    QCOMPARE(a.body, QByteArray("too large: 629145600"));
    QCOMPARE(a.header("Connection"), QByteArray("close"));
    QVERIFY(m_requests.empty()); // the handler never saw it
    // What the client sends now is dropped unread, and the connection ends.
    client.write(QByteArray(64 * 1024, 'x'));
    QVERIFY(client.waitForClose());
    QCOMPARE(checked, 1);
}

void TestHttpConnection::malformedHeadRefused_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::newRow("101 headers") << "GET / HTTP/1.1\r\n" + QByteArray("X: y\r\n").repeated(101) + "\r\n" << 431;
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx")
                                 << 400;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 411;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x05\x01\xfc\x03\x03\r\n\r\n") << 400;
}

void TestHttpConnection::malformedHeadRefused()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    RawClient client(m_server->port());
    client.write(raw);
    const Answer a = client.next();
    QCOMPARE(a.status, status);
    QVERIFY(!a.header("x-amzn-ErrorType").isEmpty());
    QCOMPARE(a.header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose());
    QVERIFY(m_requests.empty());
}

void TestHttpConnection::idleConnectionTimesOut()
{
    HttpServerOptions o;
    o.idleTimeoutMs = 200;
    m_server->setOptions(o);
    RawClient client(m_server->port());
    client.write("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(client.next().status, 200);
    // Nothing more is sent: the server ends the kept-alive connection by itself.
    QVERIFY(client.waitForClose());
}

void TestHttpConnection::slowHeadTimesOut()
{
    HttpServerOptions o;
    o.headTimeoutMs = 300;
    m_server->setOptions(o);
    RawClient client(m_server->port());
    client.write("GET /slow HTTP/1.1\r\nHost: x\r\n"); // the blank line never comes
    const Answer a = client.next();
    QCOMPARE(a.status, 408);
    QCOMPARE(a.header("x-amzn-ErrorType"), QByteArray("RequestTimeoutException"));
    QVERIFY(client.waitForClose());
    QVERIFY(m_requests.empty());
}

void TestHttpConnection::slowBodyTimesOut()
{
    HttpServerOptions o;
    o.bodyTimeoutMs = 300;
    m_server->setOptions(o);
    RawClient client(m_server->port());
    client.write("POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc"); // 7 bytes never come
    const Answer a = client.next();
    QCOMPARE(a.status, 408);
    QVERIFY2(a.body.contains("3 of 10 bytes"), a.body.constData());
    QVERIFY(client.waitForClose());
    QVERIFY(m_requests.empty());
}

void TestHttpConnection::answerDroppedWhenClientLeft()
{
    m_answerAtOnce = false;
    {
        RawClient client(m_server->port());
        client.write("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
        waitForRequests(1);
        QCOMPARE(m_responders.size(), size_t(1));
        QVERIFY(m_responders[0].isOpen());
        QSignalSpy ended(m_server.get(), &HttpServer::connectionEnded);
        client.socket().abort();
        QVERIFY(ended.wait(kSafetyNetMs));
    }
    QVERIFY(!m_responders[0].isOpen());
    m_responders[0].send(text(200, "late")); // dropped, no crash
    QVERIFY(m_responders[0].isAnswered());
}

void TestHttpConnection::bodyComesInPieces()
{
    RawClient client(m_server->port());
    client.write("POST /p HTTP/1.1\r\nHost: x\r\nContent-");
    client.socket().flush();
    client.write("Length: 6\r\n\r\nab");
    client.socket().flush();
    client.write("cdef");
    const Answer a = client.next();
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body, QByteArray("POST /p abcdef"));
}

// Out of file descriptors. Linux's accept() reports a full table before it looks at the queue,
// so the accept after the one that took the last descriptor fails although nobody waits: that
// is no reason to pause (it paused, and gave up its reserve, and `lambdesk serve` would have
// reported a pause that was none). With a client really waiting, it pauses once, stays paused
// through its retries (it used to report "resumed" and "paused" again every retry) and resumes
// when a descriptor is free, taking the waiting client.
void TestHttpConnection::outOfDescriptorsPausesOnlyForAWaitingClient()
{
    HttpServerOptions options;
    options.acceptRetryMs = 20;
    m_server->setOptions(options);
    QSignalSpy paused(m_server.get(), &HttpServer::acceptPaused);
    QSignalSpy resumed(m_server.get(), &HttpServer::acceptResumed);

    rlimit saved{};
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
    int highest = 0;
    if (DIR *dir = ::opendir("/proc/self/fd")) {
        while (const dirent *e = ::readdir(dir))
            highest = std::max(highest, std::atoi(e->d_name));
        ::closedir(dir);
    }
    rlimit lowered = saved;
    lowered.rlim_cur = rlim_t(highest + 64);
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &lowered) == 0);
    std::vector<int> fillers;
    auto restore = qScopeGuard([&] {
        for (int fd : fillers)
            ::close(fd);
        ::setrlimit(RLIMIT_NOFILE, &saved);
    });
    for (int fd; (fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC)) >= 0;)
        fillers.push_back(fd);
    QCOMPARE(errno, EMFILE);
    const auto freeOne = [&] {
        ::close(fillers.back());
        fillers.pop_back();
    };

    // Two free: one for the client's socket, one for the server's side of it.
    freeOne();
    freeOne();
    RawClient first(m_server->port());
    QVERIFY(first.connected());
    first.write("GET /first HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(first.next().status, 200);
    QCOMPARE(paused.size(), 0);
    QVERIFY(!m_server->isAcceptPaused());

    // One free: the client's socket takes it, and the server has none for its side.
    freeOne();
    RawClient second(m_server->port());
    QVERIFY(second.connected()); // the kernel's listen queue holds it
    second.write("GET /second HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(!paused.isEmpty() || paused.wait(kSafetyNetMs)); // may have come while it connected
    QVERIFY(m_server->isAcceptPaused());
    // Several retries (20 ms apart) find no descriptor: still one pause, no resume.
    for (int i = 0; i < 5; ++i)
        QVERIFY(!resumed.wait(options.acceptRetryMs * 2));
    QCOMPARE(paused.size(), 1);
    QCOMPARE(resumed.size(), 0);

    freeOne(); // room for the server's side of the waiting client
    QVERIFY(!resumed.isEmpty() || resumed.wait(kSafetyNetMs));
    QCOMPARE(second.next().status, 200);
    QCOMPARE(paused.size(), 1);
    QCOMPARE(resumed.size(), 1);
    QVERIFY(!m_server->isAcceptPaused());
}

QTEST_GUILESS_MAIN(TestHttpConnection)
#include "tst_httpconnection.moc"
