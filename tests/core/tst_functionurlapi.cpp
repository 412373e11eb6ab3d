// The function URL routes of the Lambda API (2021-10-31) as pure functions: which requests are
// theirs, the operation each method names, FunctionName (name or ARN) and Qualifier, the bodies
// of Create and Update with AWS's errors, and the answers' shapes (FunctionUrl with the
// server's port, FunctionArn qualified by the alias, Cors only when set, list pages).
#include "api/functionurlapi.h"
#include "api/requestparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace lambdesk;
using namespace lambdesk::api;
using namespace Qt::StringLiterals;

namespace {

HttpRequest request(const QByteArray &method, const QByteArray &path, const QByteArray &query = {},
                    const QByteArray &body = {})
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.query = query;
    r.body = body;
    return r;
}

// JSON written with ' for " (keeps the tables readable).
QByteArray j(const char *text)
{
    QByteArray out(text);
    out.replace('\'', '"');
    return out;
}

const QString kArn = u"arn:aws:lambda:us-east-1:000000000000:function:"_s;

FunctionUrlConfig config(const QString &qualifier)
{
    FunctionUrlConfig c;
    c.functionName = u"web"_s;
    c.qualifier = qualifier;
    c.urlId = u"abcdefghijklmnopqrstuvwxyz"_s + (qualifier.isEmpty() ? u"000000"_s : qualifier.left(6).rightJustified(6, u'0'));
    c.creationTime = u"2026-11-22T10:04:05.123+0000"_s;
    c.lastModifiedTime = c.creationTime;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(lambdesk::api::functionurls::Kind)

class TestFunctionUrlApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isRequest_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("ours");
        QTest::newRow("url") << QByteArray("/2021-10-31/functions/web/url") << true;
        QTest::newRow("urls") << QByteArray("/2021-10-31/functions/web/urls") << true;
        QTest::newRow("arn") << QByteArray("/2021-10-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Aweb/url")
                             << true;
        QTest::newRow("trailing slash") << QByteArray("/2021-10-31/functions/web/url/") << true;
        QTest::newRow("other date") << QByteArray("/2015-03-31/functions/web/url") << false;
        QTest::newRow("function") << QByteArray("/2015-03-31/functions/web") << false;
        QTest::newRow("deeper") << QByteArray("/2021-10-31/functions/web/url/x") << false;
        QTest::newRow("function url path") << QByteArray("/lambda-url/abcdefghijklmnopqrstuvwxyz012345/") << false;
    }

    void isRequest()
    {
        QFETCH(QByteArray, path);
        QFETCH(bool, ours);
        QCOMPARE(functionurls::isRequest(request("GET", path)), ours);
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<functionurls::Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("qualifier");
        using K = functionurls::Kind;
        QTest::newRow("create") << QByteArray("POST") << QByteArray("/2021-10-31/functions/web/url") << QByteArray()
                                << j("{'AuthType':'NONE'}") << K::Create << u"web"_s << QString();
        QTest::newRow("create for alias") << QByteArray("POST") << QByteArray("/2021-10-31/functions/web/url")
                                          << QByteArray("Qualifier=live") << j("{'AuthType':'AWS_IAM'}") << K::Create
                                          << u"web"_s << u"live"_s;
        QTest::newRow("get by arn") << QByteArray("GET")
                                    << QByteArray("/2021-10-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Aweb/url")
                                    << QByteArray() << QByteArray() << K::Get << u"web"_s << QString();
        QTest::newRow("get by qualified name") << QByteArray("GET") << QByteArray("/2021-10-31/functions/web%3Alive/url")
                                               << QByteArray() << QByteArray() << K::Get << u"web"_s << u"live"_s;
        QTest::newRow("update") << QByteArray("PUT") << QByteArray("/2021-10-31/functions/web/url") << QByteArray()
                                << j("{'Cors':{'AllowOrigins':['*']}}") << K::Update << u"web"_s << QString();
        QTest::newRow("update, empty body") << QByteArray("PUT") << QByteArray("/2021-10-31/functions/web/url")
                                            << QByteArray() << QByteArray() << K::Update << u"web"_s << QString();
        QTest::newRow("delete") << QByteArray("DELETE") << QByteArray("/2021-10-31/functions/web/url")
                                << QByteArray("Qualifier=live") << QByteArray() << K::Delete << u"web"_s << u"live"_s;
        QTest::newRow("list") << QByteArray("GET") << QByteArray("/2021-10-31/functions/web/urls")
                              << QByteArray("MaxItems=10") << QByteArray() << K::List << u"web"_s << QString();
    }

    void parse()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        QFETCH(functionurls::Kind, kind);
        QFETCH(QString, name);
        QFETCH(QString, qualifier);
        const auto r = functionurls::parse(request(method, path, query, body));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->kind, kind);
        QCOMPARE(r->function.name, name);
        QCOMPARE(r->function.qualifier, qualifier);
    }

    void bodies()
    {
        auto r = functionurls::parse(request("POST", "/2021-10-31/functions/web/url", {},
                                             j("{'AuthType':'AWS_IAM','InvokeMode':'RESPONSE_STREAM',"
                                               "'Cors':{'AllowOrigins':['https://example.com'],'AllowMethods':['get'],"
                                               "'MaxAge':60,'AllowCredentials':true}}")));
        QVERIFY(r);
        QCOMPARE(r->authType, FunctionUrlAuthType::AwsIam);
        QCOMPARE(r->invokeMode, FunctionUrlInvokeMode::ResponseStream);
        QVERIFY(r->cors && *r->cors);
        QCOMPARE((*r->cors)->allowOrigins, QStringList{u"https://example.com"_s});
        QCOMPARE((*r->cors)->allowMethods, QStringList{u"GET"_s});
        QCOMPARE((*r->cors)->maxAge, 60);
        QVERIFY((*r->cors)->allowCredentials);

        // Create without InvokeMode: BUFFERED; without Cors: none.
        r = functionurls::parse(request("POST", "/2021-10-31/functions/web/url", {}, j("{'AuthType':'NONE'}")));
        QCOMPARE(r->invokeMode, FunctionUrlInvokeMode::Buffered);
        QVERIFY(!r->cors || !*r->cors);

        // Update names only what it changes; an empty Cors removes it.
        r = functionurls::parse(request("PUT", "/2021-10-31/functions/web/url", {}, j("{'InvokeMode':'BUFFERED'}")));
        QVERIFY(!r->authType);
        QVERIFY(!r->cors);
        QCOMPARE(r->invokeMode, FunctionUrlInvokeMode::Buffered);
        r = functionurls::parse(request("PUT", "/2021-10-31/functions/web/url", {}, j("{'Cors':{}}")));
        QVERIFY(r->cors);
        QVERIFY(!*r->cors);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("messagePart");
        const QByteArray url = "/2021-10-31/functions/web/url";
        QTest::newRow("create without AuthType") << QByteArray("POST") << url << QByteArray() << j("{}") << 400
                                                 << QByteArray("InvalidParameterValueException") << u"'authType'"_s;
        QTest::newRow("create, empty body") << QByteArray("POST") << url << QByteArray() << QByteArray() << 400
                                            << QByteArray("InvalidParameterValueException") << u"Member must not be null"_s;
        QTest::newRow("bad AuthType") << QByteArray("POST") << url << QByteArray() << j("{'AuthType':'IAM'}") << 400
                                      << QByteArray("InvalidParameterValueException") << u"[AWS_IAM, NONE]"_s;
        QTest::newRow("bad InvokeMode") << QByteArray("PUT") << url << QByteArray() << j("{'InvokeMode':'FAST'}") << 400
                                        << QByteArray("InvalidParameterValueException")
                                        << u"[BUFFERED, RESPONSE_STREAM]"_s;
        QTest::newRow("bad Cors origin") << QByteArray("POST") << url << QByteArray()
                                         << j("{'AuthType':'NONE','Cors':{'AllowOrigins':['example.com']}}") << 400
                                         << QByteArray("InvalidParameterValueException") << u"Cors.AllowOrigins"_s;
        QTest::newRow("Cors MaxAge") << QByteArray("PUT") << url << QByteArray() << j("{'Cors':{'MaxAge':86401}}") << 400
                                     << QByteArray("InvalidParameterValueException") << u"Cors.MaxAge"_s;
        QTest::newRow("Cors not an object") << QByteArray("PUT") << url << QByteArray() << j("{'Cors':'*'}") << 400
                                            << QByteArray("InvalidRequestContentException") << u"Cors must be an object"_s;
        QTest::newRow("not JSON") << QByteArray("POST") << url << QByteArray() << QByteArray("{") << 400
                                  << QByteArray("InvalidRequestContentException") << u"Could not parse"_s;
        QTest::newRow("unknown field") << QByteArray("POST") << url << QByteArray() << j("{'AuthType':'NONE','Auth':1}")
                                       << 400 << QByteArray("InvalidRequestContentException") << u"'Auth'"_s;
        QTest::newRow("qualifier mismatch") << QByteArray("GET") << QByteArray("/2021-10-31/functions/web%3Alive/url")
                                            << QByteArray("Qualifier=blue") << QByteArray() << 400
                                            << QByteArray("InvalidParameterValueException") << u"live"_s;
        QTest::newRow("bad qualifier") << QByteArray("GET") << url << QByteArray("Qualifier=a%2Fb") << QByteArray() << 400
                                       << QByteArray("InvalidParameterValueException") << u"Qualifier"_s;
        QTest::newRow("list with qualifier") << QByteArray("GET") << QByteArray("/2021-10-31/functions/web%3Alive/urls")
                                             << QByteArray() << QByteArray() << 400
                                             << QByteArray("InvalidParameterValueException") << u"qualifier"_s;
        QTest::newRow("list MaxItems 0") << QByteArray("GET") << QByteArray("/2021-10-31/functions/web/urls")
                                         << QByteArray("MaxItems=0") << QByteArray() << 400
                                         << QByteArray("InvalidParameterValueException") << u"maxItems"_s;
        QTest::newRow("list MaxItems 51") << QByteArray("GET") << QByteArray("/2021-10-31/functions/web/urls")
                                          << QByteArray("MaxItems=51") << QByteArray() << 400
                                          << QByteArray("InvalidParameterValueException") << u"1 to 50"_s;
        QTest::newRow("POST urls") << QByteArray("POST") << QByteArray("/2021-10-31/functions/web/urls") << QByteArray()
                                   << QByteArray() << 404 << QByteArray("UnknownOperationException") << u"POST"_s;
        QTest::newRow("PATCH url") << QByteArray("PATCH") << url << QByteArray() << QByteArray() << 404
                                   << QByteArray("UnknownOperationException") << u"PATCH"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, type);
        QFETCH(QString, messagePart);
        const auto r = functionurls::parse(request(method, path, query, body));
        QVERIFY(!r);
        QCOMPARE(r.error().status, status);
        QCOMPARE(r.error().type, type);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    void answers()
    {
        FunctionUrlConfig c = config({});
        QJsonObject o = functionurls::configJson(c, u"us-east-1"_s, 9001);
        QCOMPARE(o.value(u"FunctionUrl"_s).toString(), u"http://"_s + c.urlId + u".lambda-url.localhost:9001/"_s);
        QCOMPARE(o.value(u"FunctionArn"_s).toString(), kArn + u"web"_s);
        QCOMPARE(o.value(u"AuthType"_s).toString(), u"NONE"_s);
        QCOMPARE(o.value(u"InvokeMode"_s).toString(), u"BUFFERED"_s);
        QCOMPARE(o.value(u"CreationTime"_s).toString(), c.creationTime);
        QCOMPARE(o.value(u"LastModifiedTime"_s).toString(), c.lastModifiedTime);
        QVERIFY(!o.contains(u"Cors"_s));

        c = config(u"live"_s);
        c.cors = FunctionUrlCors{};
        c.cors->allowOrigins = {u"*"_s};
        o = functionurls::configJson(c, u"eu-west-1"_s, 8080);
        QCOMPARE(o.value(u"FunctionArn"_s).toString(), u"arn:aws:lambda:eu-west-1:000000000000:function:web:live"_s);
        QCOMPARE(o.value(u"FunctionUrl"_s).toString(), u"http://"_s + c.urlId + u".lambda-url.localhost:8080/"_s);
        QCOMPARE(o.value(u"Cors"_s).toObject().value(u"AllowOrigins"_s).toArray(), QJsonArray{u"*"_s});
    }

    void listPages()
    {
        const QList<FunctionUrlConfig> all{config({}), config(u"blue"_s), config(u"green"_s), config(u"live"_s)};
        functionurls::Request r;
        r.kind = functionurls::Kind::List;
        r.maxItems = 2;
        QJsonObject page = functionurls::listJson(all, r, u"us-east-1"_s, 9001);
        QJsonArray items = page.value(u"FunctionUrlConfigs"_s).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(u"FunctionArn"_s).toString(), kArn + u"web"_s);
        QCOMPARE(items.at(1).toObject().value(u"FunctionArn"_s).toString(), kArn + u"web:blue"_s);
        const QString marker = page.value(u"NextMarker"_s).toString();
        QVERIFY(!marker.isEmpty());

        // The marker goes back through the parser as a client sends it.
        const auto next = functionurls::parse(request("GET", "/2021-10-31/functions/web/urls",
                                                      "MaxItems=2&Marker=" + QUrl::toPercentEncoding(marker)));
        QVERIFY2(next, next ? "" : qPrintable(next.error().message));
        page = functionurls::listJson(all, next.value(), u"us-east-1"_s, 9001);
        items = page.value(u"FunctionUrlConfigs"_s).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(u"FunctionArn"_s).toString(), kArn + u"web:green"_s);
        QCOMPARE(items.at(1).toObject().value(u"FunctionArn"_s).toString(), kArn + u"web:live"_s);
        QVERIFY(!page.contains(u"NextMarker"_s));

        r.maxItems = 50;
        page = functionurls::listJson({}, r, u"us-east-1"_s, 9001);
        QCOMPARE(page.value(u"FunctionUrlConfigs"_s).toArray().size(), 0);
        QVERIFY(!page.contains(u"NextMarker"_s));

        const auto badMarker =
            functionurls::parse(request("GET", "/2021-10-31/functions/web/urls", "Marker=%21%21not-a-marker"));
        QVERIFY(!badMarker);
        QCOMPARE(badMarker.error().status, 400);
    }

    void operationNames()
    {
        using K = functionurls::Kind;
        QCOMPARE(functionurls::operationName(K::Create), u"CreateFunctionUrlConfig"_s);
        QCOMPARE(functionurls::operationName(K::Get), u"GetFunctionUrlConfig"_s);
        QCOMPARE(functionurls::operationName(K::Update), u"UpdateFunctionUrlConfig"_s);
        QCOMPARE(functionurls::operationName(K::Delete), u"DeleteFunctionUrlConfig"_s);
        QCOMPARE(functionurls::operationName(K::List), u"ListFunctionUrlConfigs"_s);
    }
};

QTEST_GUILESS_MAIN(TestFunctionUrlApi)
#include "tst_functionurlapi.moc"
