// A function URL's request as AWS's payload format 2.0 event, and the function's answer mapped
// back to HTTP, without sockets. The cases follow AWS's documented examples ("Invoking Lambda
// function URLs": request and response payloads, the response format inferred).
#include "api/functionurlevent.h"
#include "api/functionurlstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lambdesk::api;

namespace {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

HttpRequest request(QByteArray method, QByteArray path, QByteArray query, Headers headers, QByteArray body = {})
{
    HttpRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.query = std::move(query);
    r.headers = std::move(headers);
    r.body = std::move(body);
    return r;
}

urlevent::Context context(QByteArray rawPath = "/my/path")
{
    urlevent::Context c;
    c.urlId = QStringLiteral("abcdefghijklmnopqrstuvwxyz012345");
    c.rawPath = std::move(rawPath);
    c.requestId = QStringLiteral("id-1");
    c.sourceIp = QStringLiteral("123.123.123.123");
    c.port = 9001;
    c.timeEpochMs = 1583348638390; // AWS's example: 04/Mar/2020:19:03:58 +0000
    return c;
}

QJsonObject eventOf(const HttpRequest &r, const urlevent::Context &c = context())
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(urlevent::event(r, c), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << e.errorString();
    return d.object();
}

} // namespace

class TestFunctionUrlEvent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedExample();
    void iamCaller();
    void noQueryNoBody();
    void textTypes_data();
    void textTypes();
    void body_data();
    void body();
    void queries_data();
    void queries();
    void replies_data();
    void replies();
    void fullResponseWithCookies();
    void errorReplies();
    void unsafeHeadersLeftOut();
};

// AWS's example request: cookies, a repeated header, a repeated query parameter, a text body.
void TestFunctionUrlEvent::documentedExample()
{
    const HttpRequest r = request("POST", "/my/path", "parameter1=value1&parameter1=value2&parameter2=value",
                                  {{"Host", "abcdefghijklmnopqrstuvwxyz012345.lambda-url.localhost:9001"},
                                   {"Header1", "value1"},
                                   {"Header2", "value1"},
                                   {"header2", "value2"},
                                   {"Cookie", "cookie1; cookie2"},
                                   {"User-Agent", "agent"},
                                   {"Content-Type", "text/plain"}},
                                  "Hello from client!");
    const QJsonObject e = eventOf(r);
    QCOMPARE(e.value(u"version").toString(), u"2.0");
    QCOMPARE(e.value(u"routeKey").toString(), u"$default");
    QCOMPARE(e.value(u"rawPath").toString(), u"/my/path");
    QCOMPARE(e.value(u"rawQueryString").toString(), u"parameter1=value1&parameter1=value2&parameter2=value");
    QCOMPARE(e.value(u"cookies").toArray(), (QJsonArray{u"cookie1"_qs, u"cookie2"_qs}));
    const QJsonObject headers = e.value(u"headers").toObject();
    QCOMPARE(headers.value(u"header1").toString(), u"value1");
    QCOMPARE(headers.value(u"header2").toString(), u"value1,value2");
    QCOMPARE(headers.value(u"user-agent").toString(), u"agent");
    QVERIFY(!headers.contains(u"cookie")); // cookies travel in `cookies` only
    QVERIFY(!headers.contains(u"Header1"));
    QCOMPARE(headers.value(u"x-forwarded-for").toString(), u"123.123.123.123");
    QCOMPARE(headers.value(u"x-forwarded-proto").toString(), u"http");
    QCOMPARE(headers.value(u"x-forwarded-port").toString(), u"9001");
    QCOMPARE(e.value(u"queryStringParameters").toObject(),
             (QJsonObject{{u"parameter1"_qs, u"value1,value2"_qs}, {u"parameter2"_qs, u"value"_qs}}));
    QCOMPARE(e.value(u"body").toString(), u"Hello from client!");
    QCOMPARE(e.value(u"isBase64Encoded").toBool(), false);
    QVERIFY(e.contains(u"isBase64Encoded"));
    QVERIFY(!e.contains(u"pathParameters"));
    QVERIFY(!e.contains(u"stageVariables"));

    const QJsonObject rc = e.value(u"requestContext").toObject();
    QCOMPARE(rc.value(u"accountId").toString(), u"anonymous");
    QCOMPARE(rc.value(u"apiId").toString(), u"abcdefghijklmnopqrstuvwxyz012345");
    QCOMPARE(rc.value(u"domainName").toString(), u"abcdefghijklmnopqrstuvwxyz012345.lambda-url.localhost");
    QCOMPARE(rc.value(u"domainPrefix").toString(), u"abcdefghijklmnopqrstuvwxyz012345");
    QCOMPARE(rc.value(u"requestId").toString(), u"id-1");
    QCOMPARE(rc.value(u"routeKey").toString(), u"$default");
    QCOMPARE(rc.value(u"stage").toString(), u"$default");
    QCOMPARE(rc.value(u"time").toString(), u"04/Mar/2020:19:03:58 +0000");
    QCOMPARE(rc.value(u"timeEpoch").toDouble(), 1583348638390.0);
    QVERIFY(!rc.contains(u"authorizer")); // NONE: nobody signed
    const QJsonObject http = rc.value(u"http").toObject();
    QCOMPARE(http.value(u"method").toString(), u"POST");
    QCOMPARE(http.value(u"path").toString(), u"/my/path");
    QCOMPARE(http.value(u"protocol").toString(), u"HTTP/1.1");
    QCOMPARE(http.value(u"sourceIp").toString(), u"123.123.123.123");
    QCOMPARE(http.value(u"userAgent").toString(), u"agent");
}

void TestFunctionUrlEvent::iamCaller()
{
    urlevent::Context c = context();
    c.iam = urlevent::IamCaller{u"AKIAEXAMPLE"_qs, u"111122223333"_qs, u"AIDAEXAMPLE"_qs,
                                u"arn:aws:iam::111122223333:user/example-user"_qs, u"AIDAEXAMPLE"_qs};
    const QJsonObject rc = eventOf(request("GET", "/", {}, {}), c).value(u"requestContext").toObject();
    QCOMPARE(rc.value(u"accountId").toString(), u"111122223333");
    const QJsonObject iam = rc.value(u"authorizer").toObject().value(u"iam").toObject();
    QCOMPARE(iam.value(u"accessKey").toString(), u"AKIAEXAMPLE");
    QCOMPARE(iam.value(u"accountId").toString(), u"111122223333");
    QCOMPARE(iam.value(u"callerId").toString(), u"AIDAEXAMPLE");
    QCOMPARE(iam.value(u"userArn").toString(), u"arn:aws:iam::111122223333:user/example-user");
    QCOMPARE(iam.value(u"userId").toString(), u"AIDAEXAMPLE");
    QVERIFY(iam.value(u"cognitoIdentity").isNull());
    QVERIFY(iam.value(u"principalOrgId").isNull());
}

void TestFunctionUrlEvent::noQueryNoBody()
{
    const QJsonObject e = eventOf(request("GET", "/", {}, {{"Host", "x"}}), context("/"));
    QCOMPARE(e.value(u"rawQueryString").toString(), QString());
    QVERIFY(e.contains(u"rawQueryString"));
    QVERIFY(!e.contains(u"queryStringParameters"));
    QVERIFY(!e.contains(u"body"));
    QVERIFY(!e.contains(u"cookies"));
    QCOMPARE(e.value(u"isBase64Encoded").toBool(), false);
    QCOMPARE(e.value(u"rawPath").toString(), u"/");
}

void TestFunctionUrlEvent::textTypes_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("text");
    QTest::newRow("text/plain") << QByteArray("text/plain") << true;
    QTest::newRow("text/html; charset") << QByteArray("text/html; charset=utf-8") << true;
    QTest::newRow("TEXT/CSV") << QByteArray("TEXT/CSV") << true;
    QTest::newRow("json") << QByteArray("application/json") << true;
    QTest::newRow("json charset") << QByteArray("application/json;charset=UTF-8") << true;
    QTest::newRow("+json") << QByteArray("application/ld+json") << true;
    QTest::newRow("xml") << QByteArray("application/xml") << true;
    QTest::newRow("+xml") << QByteArray("image/svg+xml") << true;
    QTest::newRow("javascript") << QByteArray("application/javascript") << true;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << true;
    QTest::newRow("octet-stream") << QByteArray("application/octet-stream") << false;
    QTest::newRow("png") << QByteArray("image/png") << false;
    QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x") << false;
    QTest::newRow("pdf") << QByteArray("application/pdf") << false;
    QTest::newRow("none") << QByteArray() << false;
}

void TestFunctionUrlEvent::textTypes()
{
    QFETCH(QByteArray, contentType);
    QFETCH(bool, text);
    QCOMPARE(urlevent::isTextContentType(contentType), text);
}

void TestFunctionUrlEvent::body_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("eventBody");
    QTest::addColumn<bool>("base64");
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("binary png") << QByteArray("image/png") << png << QString::fromLatin1(png.toBase64()) << true;
    QTest::newRow("no content type") << QByteArray() << QByteArray("abc") << u"YWJj"_qs << true;
    QTest::newRow("json") << QByteArray("application/json") << QByteArray(R"({"a":1})") << u"{\"a\":1}"_qs << false;
    QTest::newRow("utf-8 text") << QByteArray("text/plain; charset=utf-8") << QByteArray("h\xc3\xa9llo")
                                << u"h\u00e9llo"_qs << false;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << QByteArray("a=1&b=2")
                          << u"a=1&b=2"_qs << false;
}

void TestFunctionUrlEvent::body()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, eventBody);
    QFETCH(bool, base64);
    Headers h;
    if (!contentType.isEmpty())
        h.append({"Content-Type", contentType});
    const QJsonObject e = eventOf(request("POST", "/upload", {}, h, body));
    QCOMPARE(e.value(u"body").toString(), eventBody);
    QCOMPARE(e.value(u"isBase64Encoded").toBool(), base64);
}

void TestFunctionUrlEvent::queries_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QJsonObject>("parameters");
    QTest::newRow("one") << QByteArray("a=1") << QJsonObject{{u"a"_qs, u"1"_qs}};
    QTest::newRow("repeated joined") << QByteArray("a=1&a=2&a=3") << QJsonObject{{u"a"_qs, u"1,2,3"_qs}};
    QTest::newRow("decoded") << QByteArray("q=hello%20world&x=%2F") << QJsonObject{{u"q"_qs, u"hello world"_qs},
                                                                                  {u"x"_qs, u"/"_qs}};
    QTest::newRow("no value") << QByteArray("flag") << QJsonObject{{u"flag"_qs, u""_qs}};
}

void TestFunctionUrlEvent::queries()
{
    QFETCH(QByteArray, query);
    QFETCH(QJsonObject, parameters);
    const QJsonObject e = eventOf(request("GET", "/", query, {}));
    QCOMPARE(e.value(u"rawQueryString").toString(), QString::fromLatin1(query));
    QCOMPARE(e.value(u"queryStringParameters").toObject(), parameters);
}

// The response format AWS infers, and the full one.
void TestFunctionUrlEvent::replies_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("a string") << QByteArray(R"("Hello, world!")") << 200 << QByteArray("application/json")
                              << QByteArray("Hello, world!");
    QTest::newRow("object without statusCode")
        << QByteArray(R"({"message":"Hello, world!"})") << 200 << QByteArray("application/json")
        << QByteArray(R"({"message":"Hello, world!"})");
    QTest::newRow("a number") << QByteArray("42") << 200 << QByteArray("application/json") << QByteArray("42");
    QTest::newRow("an array") << QByteArray("[1,2]") << 200 << QByteArray("application/json") << QByteArray("[1,2]");
    QTest::newRow("null") << QByteArray("null") << 200 << QByteArray("application/json") << QByteArray("null");
    QTest::newRow("statusCode only") << QByteArray(R"({"statusCode":204})") << 204
                                     << QByteArray("application/json") << QByteArray();
    QTest::newRow("html page") << QByteArray(R"({"statusCode":200,"headers":{"Content-Type":"text/html"},"body":"<p>hi</p>"})")
                               << 200 << QByteArray("text/html") << QByteArray("<p>hi</p>");
    QTest::newRow("base64 body") << QByteArray(R"({"statusCode":200,"headers":{"content-type":"image/png"},"body":"iVBORw==","isBase64Encoded":true})")
                                 << 200 << QByteArray("image/png") << QByteArray::fromBase64("iVBORw==");
    QTest::newRow("string statusCode") << QByteArray(R"({"statusCode":"201","body":"made"})") << 201
                                       << QByteArray("application/json") << QByteArray("made");
    QTest::newRow("bad statusCode: 502") << QByteArray(R"({"statusCode":"nope"})") << 502
                                         << QByteArray("application/json") << QByteArray("Internal Server Error");
}

void TestFunctionUrlEvent::replies()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    const HttpReply r = urlevent::reply(payload);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), contentType);
    QCOMPARE(r.body, body);
}

// AWS's example of a full response: a status, headers, two cookies, a body.
void TestFunctionUrlEvent::fullResponseWithCookies()
{
    const HttpReply r = urlevent::reply(R"({
        "statusCode": 201,
        "headers": {"Content-Type": "application/json", "My-Custom-Header": "Custom Value", "X-Count": 3,
                    "Content-Length": "999"},
        "body": "{ \"message\": \"Hello, world!\" }",
        "cookies": ["Cookie_1=Value1; Expires=21 Oct 2021 07:48 GMT", "Cookie_2=Value2; Max-Age=78000"],
        "isBase64Encoded": false
    })");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("content-type"), "application/json");
    QCOMPARE(r.header("My-Custom-Header"), "Custom Value");
    QCOMPARE(r.header("X-Count"), "3");
    QVERIFY(!r.header("Content-Length").size()); // the transport frames the reply itself
    QList<QByteArray> cookies;
    for (const auto &[name, value] : r.headers)
        if (name == "Set-Cookie")
            cookies.append(value);
    QCOMPARE(cookies, (QList<QByteArray>{"Cookie_1=Value1; Expires=21 Oct 2021 07:48 GMT",
                                         "Cookie_2=Value2; Max-Age=78000"}));
    QCOMPARE(r.body, R"({ "message": "Hello, world!" })");
}

void TestFunctionUrlEvent::errorReplies()
{
    QCOMPARE(urlevent::functionError().status, 502);
    QCOMPARE(urlevent::functionError().body, "Internal Server Error");
    QCOMPARE(urlevent::throttled().status, 429);
    QCOMPARE(urlevent::notFound().status, 404);
    QCOMPARE(urlevent::forbidden().status, 403);
    QCOMPARE(urlevent::forbidden().body, R"({"Message":"Forbidden"})");
    QCOMPARE(urlevent::tooLarge(6291456).status, 413);
    QVERIFY(urlevent::tooLarge(6291456).body.contains("6291456"));
}

// A header or cookie that would split the answer's header block (a CR or LF, a name that is not
// a token) is left out, buffered and streamed alike; the rest of the answer stands. The first
// input is what the fuzzer found (tests/fuzz/regressions/functionurlevent).
void TestFunctionUrlEvent::unsafeHeadersLeftOut()
{
    const HttpReply r = urlevent::reply(
        R"({"statusCode": 201, "headers": {"x\n-a": "1", "x-b": "2\r\nSet-Cookie: evil=1", "bad name": "3",)"
        R"( "x-ok": "4"}, "cookies": ["c=1", "d=2\r\nX-Evil: 1"], "body": "hi"})");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.body, QByteArray("hi"));
    QCOMPARE(r.header("x-ok"), QByteArray("4"));
    for (const auto &[name, value] : r.headers) {
        QVERIFY2(!name.contains('\n') && !name.contains(' ') && !value.contains('\n') && !value.contains('\r'),
                 name.constData());
        QVERIFY(name != "x-b");
    }
    QCOMPARE(r.header("Set-Cookie"), QByteArray("c=1"));
    QVERIFY(!urlevent::isSafeHeader("x\n-a", "1"));
    QVERIFY(!urlevent::isSafeHeader("x-a", "1\r\n"));
    QVERIFY(!urlevent::isSafeHeader("", "1"));
    QVERIFY(urlevent::isSafeHeader("X-Custom_1", "a value; with=stuff"));

    const HttpReply head = urlstream::headFromPrelude(R"({"statusCode": 200, "headers": {"x\r\ny": "1", "ok": "2"}, "cookies": ["a\nb"]})");
    QCOMPARE(head.header("ok"), QByteArray("2"));
    QVERIFY(head.header("Set-Cookie").isEmpty());
    for (const auto &[name, value] : head.headers)
        QVERIFY(!name.contains('\n') && !value.contains('\n'));
}

QTEST_GUILESS_MAIN(TestFunctionUrlEvent)
#include "tst_functionurlevent.moc"
