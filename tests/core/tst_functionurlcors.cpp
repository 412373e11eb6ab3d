// A function URL's Cors configuration applied as AWS applies it, without sockets: preflights
// answered by Lambda itself, and the CORS headers of responses (the function's own replaced).
#include "api/functionurlcors.h"

#include <QTest>

using namespace lambdesk;
using namespace lambdesk::api;

namespace {

HttpRequest preflightRequest(QByteArray origin, QByteArray method, QByteArray headers = {})
{
    HttpRequest r;
    r.method = "OPTIONS";
    r.path = "/";
    r.headers = {{"Origin", origin}, {"Access-Control-Request-Method", method}};
    if (!headers.isEmpty())
        r.headers.append({"Access-Control-Request-Headers", headers});
    return r;
}

FunctionUrlCors cors(QStringList origins, QStringList methods)
{
    FunctionUrlCors c;
    c.allowOrigins = std::move(origins);
    c.allowMethods = std::move(methods);
    return c;
}

} // namespace

class TestFunctionUrlCors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isPreflight();
    void preflight_data();
    void preflight();
    void credentials();
    void headersAndMaxAge();
    void responseHeaders_data();
    void responseHeaders();
    void functionHeadersReplaced();
};

void TestFunctionUrlCors::isPreflight()
{
    QVERIFY(urlcors::isPreflight(preflightRequest("https://a.example", "POST")));
    HttpRequest plainOptions;
    plainOptions.method = "OPTIONS";
    plainOptions.headers = {{"Origin", "https://a.example"}};
    QVERIFY(!urlcors::isPreflight(plainOptions)); // no Access-Control-Request-Method: the function's
    HttpRequest get = preflightRequest("https://a.example", "POST");
    get.method = "GET";
    QVERIFY(!urlcors::isPreflight(get));
}

void TestFunctionUrlCors::preflight_data()
{
    QTest::addColumn<QStringList>("origins");
    QTest::addColumn<QStringList>("methods");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("allowOrigin"); // empty: refused (no CORS headers)
    const QStringList get{u"GET"_qs};
    QTest::newRow("listed origin and method") << QStringList{u"https://a.example"_qs} << QStringList{u"GET"_qs, u"POST"_qs}
                                              << QByteArray("https://a.example") << QByteArray("POST")
                                              << QByteArray("https://a.example");
    QTest::newRow("origin case-insensitive") << QStringList{u"https://A.example"_qs} << get
                                             << QByteArray("https://a.example") << QByteArray("GET")
                                             << QByteArray("https://a.example");
    QTest::newRow("any origin") << QStringList{u"*"_qs} << get << QByteArray("http://b.localhost:9001")
                                << QByteArray("GET") << QByteArray("*");
    QTest::newRow("any method") << QStringList{u"https://a.example"_qs} << QStringList{u"*"_qs}
                                << QByteArray("https://a.example") << QByteArray("DELETE")
                                << QByteArray("https://a.example");
    QTest::newRow("origin not listed") << QStringList{u"https://a.example"_qs} << get
                                       << QByteArray("https://evil.example") << QByteArray("GET") << QByteArray();
    QTest::newRow("method not listed") << QStringList{u"https://a.example"_qs} << get
                                       << QByteArray("https://a.example") << QByteArray("PUT") << QByteArray();
    QTest::newRow("no origins configured") << QStringList{} << get << QByteArray("https://a.example")
                                           << QByteArray("GET") << QByteArray();
}

void TestFunctionUrlCors::preflight()
{
    QFETCH(QStringList, origins);
    QFETCH(QStringList, methods);
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, allowOrigin);
    const HttpReply r = urlcors::preflight(preflightRequest(origin, method), cors(origins, methods));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), allowOrigin);
    if (allowOrigin.isEmpty()) {
        QVERIFY(r.header("Access-Control-Allow-Methods").isEmpty());
    } else {
        QCOMPARE(r.header("Access-Control-Allow-Methods"), methods.join(u',').toUtf8());
    }
}

// A credentialed call: the origin is echoed (a browser refuses "*" with credentials).
void TestFunctionUrlCors::credentials()
{
    FunctionUrlCors c = cors({u"*"_qs}, {u"GET"_qs});
    c.allowCredentials = true;
    const HttpReply r = urlcors::preflight(preflightRequest("https://a.example", "GET"), c);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), "https://a.example");
    QCOMPARE(r.header("Access-Control-Allow-Credentials"), "true");
    QCOMPARE(r.header("Vary"), "Origin");

    c.allowCredentials = false;
    const HttpReply anon = urlcors::preflight(preflightRequest("https://a.example", "GET"), c);
    QCOMPARE(anon.header("Access-Control-Allow-Origin"), "*");
    QVERIFY(anon.header("Access-Control-Allow-Credentials").isEmpty());
}

void TestFunctionUrlCors::headersAndMaxAge()
{
    FunctionUrlCors c = cors({u"https://a.example"_qs}, {u"GET"_qs, u"POST"_qs});
    c.allowHeaders = {u"content-type"_qs, u"x-custom"_qs};
    c.exposeHeaders = {u"x-request-id"_qs};
    c.maxAge = 300;
    const HttpReply r = urlcors::preflight(preflightRequest("https://a.example", "POST", "content-type,x-custom"), c);
    QCOMPARE(r.header("Access-Control-Allow-Headers"), "content-type,x-custom");
    QCOMPARE(r.header("Access-Control-Max-Age"), "300");
    QCOMPARE(r.header("Access-Control-Expose-Headers"), "x-request-id");

    c.maxAge = 0;
    QVERIFY(urlcors::preflight(preflightRequest("https://a.example", "POST"), c).header("Access-Control-Max-Age").isEmpty());
}

void TestFunctionUrlCors::responseHeaders_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("allowOrigin");
    QTest::newRow("allowed origin") << QByteArray("https://a.example") << QByteArray("https://a.example");
    QTest::newRow("other origin") << QByteArray("https://evil.example") << QByteArray();
    QTest::newRow("no origin (same-origin, curl)") << QByteArray() << QByteArray();
}

void TestFunctionUrlCors::responseHeaders()
{
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, allowOrigin);
    FunctionUrlCors c = cors({u"https://a.example"_qs}, {u"GET"_qs});
    c.exposeHeaders = {u"x-one"_qs, u"x-two"_qs};
    c.allowCredentials = true;
    HttpRequest request;
    request.method = "GET";
    if (!origin.isEmpty())
        request.headers = {{"Origin", origin}};
    HttpReply reply;
    reply.addHeader("Content-Type", "application/json");
    urlcors::apply(reply, request, c);
    QCOMPARE(reply.header("Access-Control-Allow-Origin"), allowOrigin);
    QCOMPARE(reply.header("Access-Control-Expose-Headers"), allowOrigin.isEmpty() ? QByteArray() : "x-one,x-two");
    QCOMPARE(reply.header("Access-Control-Allow-Credentials"), allowOrigin.isEmpty() ? QByteArray() : "true");
    QCOMPARE(reply.header("Content-Type"), "application/json");
}

// With Cors configured, the function's own CORS headers do not reach the client.
void TestFunctionUrlCors::functionHeadersReplaced()
{
    const FunctionUrlCors c = cors({u"https://a.example"_qs}, {u"GET"_qs});
    HttpRequest request;
    request.headers = {{"Origin", "https://a.example"}};
    HttpReply reply;
    reply.addHeader("access-control-allow-origin", "*");
    reply.addHeader("Access-Control-Allow-Methods", "DELETE");
    reply.addHeader("X-Mine", "kept");
    urlcors::apply(reply, request, c);
    int origins = 0;
    for (const auto &[name, value] : reply.headers)
        if (name.compare("Access-Control-Allow-Origin", Qt::CaseInsensitive) == 0)
            ++origins;
    QCOMPARE(origins, 1);
    QCOMPARE(reply.header("Access-Control-Allow-Origin"), "https://a.example");
    QVERIFY(reply.header("Access-Control-Allow-Methods").isEmpty());
    QCOMPARE(reply.header("X-Mine"), "kept");
}

QTEST_GUILESS_MAIN(TestFunctionUrlCors)
#include "tst_functionurlcors.moc"
