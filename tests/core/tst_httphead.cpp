// api::parseHead and renderReply: the request head as a pure function of the bytes received.
#include "api/httphead.h"

#include <QTest>

using namespace lambdesk::api;

class TestHttpHead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete();
    void incomplete_data();
    void incomplete();
    void refused_data();
    void refused();
    void keepAlive_data();
    void keepAlive();
    void render();
};

void TestHttpHead::complete()
{
    const QByteArray raw = "\r\nPOST /2015-03-31/functions/fn/invocations?Qualifier=%24LATEST HTTP/1.1\r\n"
                           "Host: 127.0.0.1:9001\r\n"
                           "X-Amz-Invocation-Type:  Event \r\n"
                           "Content-Length: 2\r\n"
                           "Expect: 100-continue\r\n"
                           "\r\n"
                           "{}GET / HTTP/1.1\r\n";
    const HeadParse p = parseHead(raw);
    QCOMPARE(p.state, HeadParse::State::Complete);
    QCOMPARE(raw.mid(p.size, 2), QByteArray("{}")); // the body (and the next request) are left alone
    QCOMPARE(p.head.method, QByteArray("POST"));
    QCOMPARE(p.head.path, QByteArray("/2015-03-31/functions/fn/invocations"));
    QCOMPARE(p.head.query, QByteArray("Qualifier=%24LATEST"));
    QCOMPARE(p.head.contentLength, 2);
    QVERIFY(p.head.expectContinue);
    QVERIFY(p.head.keepAlive);
    QCOMPARE(headerValue(p.head.headers, "x-amz-invocation-type"), QByteArray("Event"));
    QCOMPARE(p.head.headers.size(), 4);

    // Bare LF line ends are accepted, as most servers do.
    const HeadParse lf = parseHead("GET /a HTTP/1.1\nHost: x\n\n");
    QCOMPARE(lf.state, HeadParse::State::Complete);
    QCOMPARE(lf.head.path, QByteArray("/a"));
    QCOMPARE(lf.head.contentLength, 0);
}

void TestHttpHead::incomplete_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("request line") << QByteArray("GET / HTTP/1.1\r\n");
    QTest::newRow("no blank line") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n");
    QTest::newRow("half a line end") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r");
}

void TestHttpHead::incomplete()
{
    QFETCH(QByteArray, raw);
    QCOMPARE(parseHead(raw).state, HeadParse::State::Incomplete);
}

void TestHttpHead::refused_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");
    const QByteArray line = "GET / HTTP/1.1\r\n";
    QTest::newRow("100 fields are fine") << QByteArray() << 0 << QString();
    QTest::newRow("101 fields") << line + QByteArray("A: b\r\n").repeated(101) + "\r\n"
                                << 431 << QStringLiteral("more than 100 header fields");
    QTest::newRow("101 fields, head not finished")
        << line + QByteArray("A: b\r\n").repeated(101) << 431 << QStringLiteral("more than 100");
    QTest::newRow("head past 64 KiB, unfinished")
        << line + "A: " + QByteArray(64 * 1024, 'x') << 431 << QStringLiteral("more than 65536 bytes");
    QTest::newRow("negative length") << line + "Content-Length: -1\r\n\r\n" << 400 << QStringLiteral("got '-1'");
    QTest::newRow("two lengths") << line + "Content-Length: 0\r\ncontent-length: 0\r\n\r\n"
                                 << 400 << QStringLiteral("Content-Length appears more than once");
    QTest::newRow("length list") << line + "Content-Length: 1,1\r\n\r\n" << 400 << QStringLiteral("Content-Length");
    QTest::newRow("huge length") << line + "Content-Length: 99999999999999999999\r\n\r\n"
                                 << 400 << QStringLiteral("Content-Length");
    QTest::newRow("empty length") << line + "Content-Length:\r\n\r\n" << 400 << QStringLiteral("Content-Length");
    QTest::newRow("two hosts") << line + "Host: localhost\r\nHost: evil.example\r\n\r\n"
                               << 400 << QStringLiteral("Host appears more than once");
    QTest::newRow("chunked") << line + "Transfer-Encoding: chunked\r\n\r\n" << 411 << QStringLiteral("Content-Length");
    QTest::newRow("folded field") << line + "A: b\r\n c\r\n\r\n" << 400 << QStringLiteral("folded");
    QTest::newRow("space before colon") << line + "Host : x\r\n\r\n" << 400 << QStringLiteral("Name: value");
    QTest::newRow("NUL in value") << line + QByteArray("A: b\0c\r\n\r\n", 10) << 400
                                  << QStringLiteral("control character");
    QTest::newRow("CR in value") << line + "A: b\rc\r\n\r\n" << 400 << QStringLiteral("carriage return");
    QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400
                                     << QStringLiteral("starting with '/'");
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400 << QStringLiteral("request line");
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505 << QStringLiteral("HTTP/1.1");
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400 << QStringLiteral("request line");
}

void TestHttpHead::refused()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    if (status == 0) {
        const QByteArray hundred = "GET / HTTP/1.1\r\n" + QByteArray("A: b\r\n").repeated(100) + "\r\n";
        const HeadParse ok = parseHead(hundred);
        QCOMPARE(ok.state, HeadParse::State::Complete);
        QCOMPARE(ok.head.headers.size(), 100);
        return;
    }
    const HeadParse p = parseHead(raw);
    QCOMPARE(p.state, HeadParse::State::Failed);
    QCOMPARE(p.error.status, status);
    QVERIFY(!p.error.type.isEmpty());
    QVERIFY2(p.error.message.contains(messagePart), qPrintable(p.error.message));
}

void TestHttpHead::keepAlive_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n") << false;
    QTest::newRow("1.1 close in a list") << QByteArray("GET / HTTP/1.1\r\nConnection: te, close\r\n\r\n") << false;
    QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void TestHttpHead::keepAlive()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, keepAlive);
    const HeadParse p = parseHead(raw);
    QCOMPARE(p.state, HeadParse::State::Complete);
    QCOMPARE(p.head.keepAlive, keepAlive);
}

void TestHttpHead::render()
{
    HttpReply reply{413, {{"x-amzn-ErrorType", "RequestEntityTooLargeException"}, {"Content-Length", "999"}}, "{}"};
    const QByteArray out = renderReply(reply, true);
    QVERIFY2(out.startsWith("HTTP/1.1 413 Content Too Large\r\nx-amzn-ErrorType: RequestEntityTooLargeException\r\n"),
             out.constData());
    QVERIFY(out.contains("\r\nDate: "));
    QVERIFY(out.contains("\r\nContent-Length: 2\r\n")); // the real length, whatever the reply said
    QVERIFY(!out.contains("999"));
    QVERIFY(out.endsWith("\r\nConnection: close\r\n\r\n{}"));
    const QByteArray head = renderReply(HttpReply{200, {}, "body"}, false, true);
    QVERIFY(head.endsWith("Content-Length: 4\r\n\r\n"));
}

QTEST_GUILESS_MAIN(TestHttpHead)
#include "tst_httphead.moc"
