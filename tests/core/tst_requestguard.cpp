// Host and Origin checks without sockets: a web page the user visits must not be able to drive
// the local API (DNS rebinding through Host, cross-site requests through Origin/Sec-Fetch-Site).
#include "api/requestguard.h"

#include <QTest>

using namespace lambdesk::api;

class TestRequestGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hosts_data();
    void hosts();
    void hostOf_data();
    void hostOf();
    void origins_data();
    void origins();
    void preflight();
    void corsHeaders();
};

void TestRequestGuard::hosts_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("allowRemote");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("127.0.0.1:port") << QByteArray("127.0.0.1:9001") << false << true;
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1") << false << true;
    QTest::newRow("127.8.9.10 (all of 127/8)") << QByteArray("127.8.9.10:9001") << false << true;
    QTest::newRow("localhost") << QByteArray("localhost:9001") << false << true;
    QTest::newRow("LOCALHOST") << QByteArray("LOCALHOST") << false << true;
    QTest::newRow("api.localhost (RFC 6761)") << QByteArray("api.localhost:9001") << false << true;
    QTest::newRow("[::1]:port") << QByteArray("[::1]:9001") << false << true;
    QTest::newRow("[::ffff:127.0.0.1]") << QByteArray("[::ffff:127.0.0.1]:9001") << false << true;
    QTest::newRow("no Host (HTTP/1.0 tools)") << QByteArray() << false << true;
    QTest::newRow("rebinding name") << QByteArray("evil.example:9001") << false << false;
    QTest::newRow("localhost lookalike") << QByteArray("localhost.evil.example") << false << false;
    QTest::newRow("lan address") << QByteArray("192.168.1.20:9001") << false << false;
    QTest::newRow("0.0.0.0") << QByteArray("0.0.0.0:9001") << false << false;
    QTest::newRow("broken brackets") << QByteArray("[::1:9001") << false << false;
    QTest::newRow("remote: lan address") << QByteArray("192.168.1.20:9001") << true << true;
    QTest::newRow("remote: machine name") << QByteArray("devbox:9001") << true << true;
    QTest::newRow("remote: rebinding name") << QByteArray("evil.example:9001") << true << false;
}

void TestRequestGuard::hosts()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, allowRemote);
    QFETCH(bool, accepted);
    guard::Policy policy;
    policy.allowRemote = allowRemote;
    policy.extraHosts = {QStringLiteral("devbox")};
    const auto e = guard::checkHost(host, policy);
    QCOMPARE(!e.has_value(), accepted);
    if (e) {
        QCOMPARE(e->status, 403);
        QCOMPARE(e->type, QByteArray("AccessDeniedException"));
        QVERIFY2(e->message.contains(QString::fromLatin1(host)), qPrintable(e->message)); // names what was refused
        QVERIFY2(e->message.contains(u"DNS rebinding"), qPrintable(e->message));
    }
}

void TestRequestGuard::hostOf_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("host");
    QTest::newRow("name:port") << QByteArray("localhost:9001") << "localhost";
    QTest::newRow("name") << QByteArray("localhost") << "localhost";
    QTest::newRow("v6") << QByteArray("[::1]:80") << "::1";
    QTest::newRow("v6 no port") << QByteArray("[::1]") << "::1";
    QTest::newRow("junk after bracket") << QByteArray("[::1]x") << "";
}

void TestRequestGuard::hostOf()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, host);
    QCOMPARE(guard::hostOf(header), host);
}

void TestRequestGuard::origins_data()
{
    QTest::addColumn<QByteArray>("origin");       // empty: no Origin header
    QTest::addColumn<QByteArray>("secFetchSite"); // empty: none
    QTest::addColumn<bool>("accepted");

    QTest::newRow("CLI / SDK: no browser headers") << QByteArray() << QByteArray() << true;
    QTest::newRow("typed into the address bar") << QByteArray() << QByteArray("none") << true;
    QTest::newRow("same origin") << QByteArray() << QByteArray("same-origin") << true;
    QTest::newRow("img tag from a web page") << QByteArray() << QByteArray("cross-site") << false;
    QTest::newRow("same-site page") << QByteArray() << QByteArray("same-site") << false;
    QTest::newRow("foreign origin") << QByteArray("https://evil.example") << QByteArray("cross-site") << false;
    QTest::newRow("null origin (sandboxed iframe, file://)") << QByteArray("null") << QByteArray() << false;
    QTest::newRow("other local port") << QByteArray("http://localhost:8080") << QByteArray() << false;
    QTest::newRow("allowed origin") << QByteArray("http://localhost:3000") << QByteArray("same-site") << true;
    QTest::newRow("allowed origin, other case") << QByteArray("HTTP://LocalHost:3000") << QByteArray() << true;
    QTest::newRow("allowed origin, default port") << QByteArray("https://console.example:443") << QByteArray() << true;
}

void TestRequestGuard::origins()
{
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, secFetchSite);
    QFETCH(bool, accepted);
    HttpRequest r;
    r.method = "POST";
    if (!origin.isEmpty())
        r.headers.append({"Origin", origin});
    if (!secFetchSite.isEmpty())
        r.headers.append({"Sec-Fetch-Site", secFetchSite});
    guard::Policy policy;
    policy.allowedOrigins = {QStringLiteral("http://localhost:3000"), QStringLiteral("https://console.example")};
    const auto e = guard::checkBrowser(r, policy);
    QCOMPARE(!e.has_value(), accepted);
    if (e) {
        QCOMPARE(e->status, 403);
        QCOMPARE(e->type, QByteArray("AccessDeniedException"));
    }
}

void TestRequestGuard::preflight()
{
    guard::Policy policy;
    policy.allowedOrigins = {QStringLiteral("http://localhost:3000")};
    HttpRequest r;
    r.method = "OPTIONS";
    r.headers = {{"Origin", "http://localhost:3000"},
                 {"Access-Control-Request-Method", "POST"},
                 {"Access-Control-Request-Headers", "content-type,x-amz-invocation-type"}};
    QVERIFY(guard::isPreflight(r));
    HttpReply reply = guard::preflight(r, policy);
    QCOMPARE(reply.status, 204);
    QCOMPARE(reply.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
    QCOMPARE(reply.header("Access-Control-Allow-Headers"), QByteArray("content-type,x-amz-invocation-type"));
    QVERIFY(reply.header("Access-Control-Allow-Methods").contains("POST"));

    r.headers[0].second = "https://evil.example";
    reply = guard::preflight(r, policy);
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.header("Access-Control-Allow-Origin").isEmpty());

    HttpRequest plain;
    plain.method = "OPTIONS";
    QVERIFY(!guard::isPreflight(plain));
}

void TestRequestGuard::corsHeaders()
{
    const Headers h = guard::corsHeaders("http://localhost:3000");
    QCOMPARE(headerValue(h, "Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
    QVERIFY(headerValue(h, "Access-Control-Expose-Headers").contains("X-Amz-Function-Error"));
    QVERIFY(headerValue(h, "Access-Control-Expose-Headers").contains("X-Amz-Log-Result"));
}

QTEST_GUILESS_MAIN(TestRequestGuard)
#include "tst_requestguard.moc"
