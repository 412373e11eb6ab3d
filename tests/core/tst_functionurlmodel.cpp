// The function URL model without a backend: AWS's Cors rules and their messages, the names of
// AuthType and InvokeMode, url ids, the host and path forms a request names a URL by, and the
// JSON shapes (AWS's answer and the stored form) both ways.
#include "model/functionurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace lambdesk;
using namespace Qt::StringLiterals;

namespace {
// JSON written with ' for " (keeps the tables readable).
QByteArray j(const char *text)
{
    QByteArray out(text);
    out.replace('\'', '"');
    return out;
}
} // namespace

class TestFunctionUrlModel : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        QCOMPARE(functionurl::authTypeName(FunctionUrlAuthType::None), u"NONE"_s);
        QCOMPARE(functionurl::authTypeName(FunctionUrlAuthType::AwsIam), u"AWS_IAM"_s);
        QCOMPARE(functionurl::authTypeFromName(u"AWS_IAM"), FunctionUrlAuthType::AwsIam);
        QCOMPARE(functionurl::authTypeFromName(u"NONE"), FunctionUrlAuthType::None);
        QVERIFY(!functionurl::authTypeFromName(u"none"));
        QVERIFY(!functionurl::authTypeFromName(u""));
        QCOMPARE(functionurl::invokeModeName(FunctionUrlInvokeMode::Buffered), u"BUFFERED"_s);
        QCOMPARE(functionurl::invokeModeName(FunctionUrlInvokeMode::ResponseStream), u"RESPONSE_STREAM"_s);
        QCOMPARE(functionurl::invokeModeFromName(u"RESPONSE_STREAM"), FunctionUrlInvokeMode::ResponseStream);
        QCOMPARE(functionurl::invokeModeFromName(u"BUFFERED"), FunctionUrlInvokeMode::Buffered);
        QVERIFY(!functionurl::invokeModeFromName(u"STREAM"));
    }

    void urlIds()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString id = functionurl::newUrlId();
            QVERIFY2(functionurl::isUrlId(id), qPrintable(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 200);
        QVERIFY(!functionurl::isUrlId(u"abc"));
        QVERIFY(!functionurl::isUrlId(QString(32, u'A')));
        QVERIFY(!functionurl::isUrlId(QString(31, u'a')));
        QVERIFY(!functionurl::isUrlId(QString(33, u'a')));
        QVERIFY(!functionurl::isUrlId(QString(QString(31, u'a') + u'-')));
        QVERIFY(functionurl::isUrlId(QString(QString(16, u'a') + QString(16, u'7'))));
    }

    void urls()
    {
        const QString id = u"abcdefghijklmnopqrstuvwxyz012345"_s;
        QCOMPARE(functionurl::hostUrl(id, 9001), u"http://abcdefghijklmnopqrstuvwxyz012345.lambda-url.localhost:9001/"_s);
        QCOMPARE(functionurl::pathUrl(id, u"127.0.0.1"_s, 9001),
                 u"http://127.0.0.1:9001/lambda-url/abcdefghijklmnopqrstuvwxyz012345/"_s);
    }

    void urlIdOf_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("rest");
        const QByteArray id = "abcdefghijklmnopqrstuvwxyz012345";
        QTest::newRow("host with port") << id + ".lambda-url.localhost:9001" << QByteArray("/a/b%20c") << QString::fromLatin1(id)
                                        << QByteArray("/a/b%20c");
        QTest::newRow("host without port") << id + ".lambda-url.localhost" << QByteArray("/") << QString::fromLatin1(id)
                                           << QByteArray("/");
        QTest::newRow("host upper case") << id.toUpper() + ".LAMBDA-URL.Localhost:80" << QByteArray("/x")
                                         << QString::fromLatin1(id) << QByteArray("/x");
        QTest::newRow("host, empty path") << id + ".lambda-url.localhost" << QByteArray() << QString::fromLatin1(id)
                                          << QByteArray("/");
        QTest::newRow("host wins over path") << id + ".lambda-url.localhost" << "/lambda-url/" + QByteArray(32, '9') + "/x"
                                             << QString::fromLatin1(id) << "/lambda-url/" + QByteArray(32, '9') + "/x";
        QTest::newRow("host, short id") << QByteArray("abc.lambda-url.localhost:9001") << QByteArray("/") << QString()
                                        << QByteArray();
        QTest::newRow("host, other domain") << id + ".lambda-url.example.com" << QByteArray("/") << QString() << QByteArray();
        QTest::newRow("plain localhost") << QByteArray("localhost:9001") << QByteArray("/2015-03-31/functions")
                                         << QString() << QByteArray();
        QTest::newRow("path form, rest") << QByteArray("127.0.0.1:9001") << "/lambda-url/" + id + "/api/items?x"
                                         << QString::fromLatin1(id) << QByteArray("/api/items?x");
        QTest::newRow("path form, trailing slash") << QByteArray("127.0.0.1:9001") << "/lambda-url/" + id + "/"
                                                   << QString::fromLatin1(id) << QByteArray("/");
        QTest::newRow("path form, nothing after") << QByteArray("127.0.0.1:9001") << "/lambda-url/" + id
                                                  << QString::fromLatin1(id) << QByteArray("/");
        QTest::newRow("path form, id too long") << QByteArray("127.0.0.1") << "/lambda-url/" + id + "x/"
                                                << QString() << QByteArray();
        QTest::newRow("path form, upper case id") << QByteArray("127.0.0.1") << "/lambda-url/" + id.toUpper() + "/"
                                                  << QString() << QByteArray();
        QTest::newRow("path form, short id") << QByteArray("127.0.0.1") << QByteArray("/lambda-url/abc/") << QString()
                                             << QByteArray();
        QTest::newRow("no host, no prefix") << QByteArray() << QByteArray("/") << QString() << QByteArray();
    }

    void urlIdOf()
    {
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, path);
        QFETCH(QString, id);
        QFETCH(QByteArray, rest);
        QByteArray got;
        QCOMPARE(functionurl::urlIdOf(host, path, &got), id);
        if (!id.isEmpty())
            QCOMPARE(got, rest);
        QCOMPARE(functionurl::urlIdOf(host, path), id); // restPath is optional
    }

    void validateCors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field"); // empty: accepted
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray("{}") << QString() << QString();
        QTest::newRow("typical") << QByteArray(j("{'AllowOrigins':['https://example.com','http://localhost:3000'], 'AllowMethods':['GET','POST'],'AllowHeaders':['content-type'],'ExposeHeaders':['x-id'], 'MaxAge':3600,'AllowCredentials':true}"))
                                 << QString() << QString();
        QTest::newRow("star origin") << QByteArray(j("{'AllowOrigins':['*'],'AllowMethods':['*']}")) << QString()
                                     << QString();
        QTest::newRow("ipv6 origin") << QByteArray(j("{'AllowOrigins':['http://[::1]:8080']}")) << QString() << QString();
        QTest::newRow("lower-case method is normalised") << QByteArray(j("{'AllowMethods':['get']}")) << QString()
                                                         << QString();
        QTest::newRow("origin with path") << QByteArray(j("{'AllowOrigins':['https://example.com/app']}"))
                                          << u"Cors.AllowOrigins"_s << u"scheme://host[:port]"_s;
        QTest::newRow("origin without scheme") << QByteArray(j("{'AllowOrigins':['example.com']}"))
                                               << u"Cors.AllowOrigins"_s << u"scheme://host[:port]"_s;
        QTest::newRow("origin, bad port") << QByteArray(j("{'AllowOrigins':['http://a:80x']}")) << u"Cors.AllowOrigins"_s
                                          << u"scheme://host[:port]"_s;
        QTest::newRow("origin too long") << (j("{'AllowOrigins':['https://") + QByteArray(250, 'a') + j("']}"))
                                         << u"Cors.AllowOrigins"_s << u"253"_s;
        QByteArray many = j("{'AllowOrigins':[");
        for (int i = 0; i < 101; ++i)
            many += (i ? "," : "") + QByteArray(j("'https://h")) + QByteArray::number(i) + j(".example'");
        many += "]}";
        QTest::newRow("101 origins") << many << u"Cors.AllowOrigins"_s << u"at most 100"_s;
        QTest::newRow("unknown method") << QByteArray(j("{'AllowMethods':['OPTIONS']}")) << u"Cors.AllowMethods"_s
                                        << u"GET, PUT, HEAD, POST, PATCH, DELETE"_s;
        QTest::newRow("7 methods") << QByteArray(j("{'AllowMethods':['GET','PUT','HEAD','POST','PATCH','DELETE','*']}"))
                                   << u"Cors.AllowMethods"_s << u"at most 6"_s;
        QTest::newRow("long header") << (j("{'AllowHeaders':['") + QByteArray(1025, 'h') + j("']}"))
                                     << u"Cors.AllowHeaders"_s << u"1024"_s;
        QByteArray headers = j("{'ExposeHeaders':[");
        for (int i = 0; i < 101; ++i)
            headers += (i ? "," : "") + QByteArray(j("'x-h")) + QByteArray::number(i) + '"';
        headers += "]}";
        QTest::newRow("101 expose headers") << headers << u"Cors.ExposeHeaders"_s << u"at most 100"_s;
        QTest::newRow("max age negative") << QByteArray(j("{'MaxAge':-1}")) << u"Cors.MaxAge"_s << u"0 to 86400"_s;
        QTest::newRow("max age too big") << QByteArray(j("{'MaxAge':86401}")) << u"Cors.MaxAge"_s << u"0 to 86400"_s;
        QTest::newRow("max age limit") << QByteArray(j("{'MaxAge':86400}")) << QString() << QString();
        QTest::newRow("max age text") << QByteArray(j("{'MaxAge':'60'}")) << u"Cors.MaxAge"_s << u"whole number"_s;
        QTest::newRow("credentials text") << QByteArray(j("{'AllowCredentials':'yes'}")) << u"Cors.AllowCredentials"_s
                                          << u"true or false"_s;
        QTest::newRow("origins not a list") << QByteArray(j("{'AllowOrigins':'*'}")) << u"Cors.AllowOrigins"_s
                                            << u"list of strings"_s;
        QTest::newRow("header not a string") << QByteArray(j("{'AllowHeaders':[1]}")) << u"Cors.AllowHeaders"_s
                                             << u"not a string"_s;
        QTest::newRow("unknown field") << QByteArray(j("{'AllowOrigin':['*']}")) << u"Cors"_s << u"AllowOrigin"_s;
    }

    void validateCors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        const Result<FunctionUrlCors> cors = functionurl::corsFromJson(o);
        if (field.isEmpty()) {
            QVERIFY2(cors.ok(), cors.ok() ? "" : qPrintable(cors.error().message));
            QVERIFY(functionurl::validateCors(*cors).ok());
            // And back: what corsToJson writes reads as the same settings.
            const Result<FunctionUrlCors> again = functionurl::corsFromJson(functionurl::corsToJson(*cors));
            QVERIFY(again.ok());
            QCOMPARE(*again, *cors);
            return;
        }
        QVERIFY(!cors.ok());
        QCOMPARE(cors.error().kind, Error::Kind::InvalidParameter);
        QCOMPARE(cors.error().field, field);
        QVERIFY2(cors.error().message.contains(field), qPrintable(cors.error().message));
        QVERIFY2(cors.error().message.contains(messagePart), qPrintable(cors.error().message));
    }

    void validateCorsDirect()
    {
        FunctionUrlCors cors;
        cors.maxAge = 100000;
        const Status s = functionurl::validateCors(cors);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, u"Cors.MaxAge"_s);
        cors.maxAge = 0;
        cors.allowMethods = {u"get"_s}; // the struct keeps AWS's upper case; corsFromJson normalises
        QCOMPARE(functionurl::validateCors(cors).error().field, u"Cors.AllowMethods"_s);
    }

    void corsShape()
    {
        FunctionUrlCors cors;
        cors.allowOrigins = {u"*"_s};
        cors.allowMethods = {u"GET"_s};
        cors.maxAge = 60;
        const QJsonObject o = functionurl::corsToJson(cors);
        QCOMPARE(o.value(u"AllowOrigins"_s).toArray(), QJsonArray{u"*"_s});
        QCOMPARE(o.value(u"AllowMethods"_s).toArray(), QJsonArray{u"GET"_s});
        QCOMPARE(o.value(u"MaxAge"_s).toInt(), 60);
        QCOMPARE(o.value(u"AllowCredentials"_s).toBool(true), false);
        QVERIFY(!o.contains(u"AllowHeaders"_s));
        QVERIFY(!o.contains(u"ExposeHeaders"_s));
    }

    void awsShape()
    {
        FunctionUrlConfig c;
        c.functionName = u"hello"_s;
        c.qualifier = u"live"_s;
        c.urlId = functionurl::newUrlId();
        c.authType = FunctionUrlAuthType::AwsIam;
        c.creationTime = u"2026-11-22T10:04:05.123+0000"_s;
        c.lastModifiedTime = u"2026-11-22T10:05:05.000+0000"_s;
        const QString arn = u"arn:aws:lambda:us-east-1:000000000000:function:hello:live"_s;
        const QString url = functionurl::hostUrl(c.urlId, 9001);
        QJsonObject o = functionurl::toJson(c, arn, url);
        QCOMPARE(o.value(u"FunctionUrl"_s).toString(), url);
        QCOMPARE(o.value(u"FunctionArn"_s).toString(), arn);
        QCOMPARE(o.value(u"AuthType"_s).toString(), u"AWS_IAM"_s);
        QCOMPARE(o.value(u"InvokeMode"_s).toString(), u"BUFFERED"_s);
        QCOMPARE(o.value(u"CreationTime"_s).toString(), c.creationTime);
        QCOMPARE(o.value(u"LastModifiedTime"_s).toString(), c.lastModifiedTime);
        QVERIFY(!o.contains(u"Cors"_s)); // only when set
        QVERIFY(!o.contains(u"UrlId"_s));
        QVERIFY(!o.contains(u"Qualifier"_s));
        c.cors = FunctionUrlCors{};
        c.cors->allowOrigins = {u"https://example.com"_s};
        o = functionurl::toJson(c, arn, url);
        QCOMPARE(o.value(u"Cors"_s).toObject().value(u"AllowOrigins"_s).toArray(), QJsonArray{u"https://example.com"_s});
    }

    void storedRoundTrip_data()
    {
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<bool>("withCors");
        QTest::addColumn<int>("mode");
        QTest::newRow("latest, no cors") << QString() << false << int(FunctionUrlInvokeMode::Buffered);
        QTest::newRow("alias, cors, stream") << u"live"_s << true << int(FunctionUrlInvokeMode::ResponseStream);
        QTest::newRow("empty cors object") << u"blue"_s << true << int(FunctionUrlInvokeMode::Buffered);
    }

    void storedRoundTrip()
    {
        QFETCH(QString, qualifier);
        QFETCH(bool, withCors);
        QFETCH(int, mode);
        FunctionUrlConfig c;
        c.functionName = u"fn"_s;
        c.qualifier = qualifier;
        c.urlId = functionurl::newUrlId();
        c.invokeMode = FunctionUrlInvokeMode(mode);
        c.creationTime = u"2026-11-22T10:04:05.123+0000"_s;
        c.lastModifiedTime = c.creationTime;
        if (withCors) {
            c.cors = FunctionUrlCors{};
            if (QTest::currentDataTag() != QByteArray("empty cors object")) {
                c.cors->allowOrigins = {u"*"_s};
                c.cors->allowHeaders = {u"content-type"_s, u"x-api-key"_s};
                c.cors->allowCredentials = true;
                c.cors->maxAge = 300;
            }
        }
        const QJsonObject stored = functionurl::toStoredJson(c);
        QCOMPARE(stored.value(u"UrlId"_s).toString(), c.urlId);
        QCOMPARE(stored.value(u"Qualifier"_s).toString(), qualifier);
        const Result<FunctionUrlConfig> back = functionurl::fromStoredJson(stored);
        QVERIFY(back.ok());
        QCOMPARE(*back, c);
    }

    void storedErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray id = j("'UrlId':'abcdefghijklmnopqrstuvwxyz012345'");
        QTest::newRow("bad id") << QByteArray(j("{'UrlId':'x'}")) << u"UrlId"_s;
        QTest::newRow("bad auth") << "{" + id + j(",'AuthType':'IAM'}") << u"AuthType"_s;
        QTest::newRow("bad mode") << "{" + id + j(",'InvokeMode':'FAST'}") << u"InvokeMode"_s;
        QTest::newRow("bad cors") << "{" + id + j(",'Cors':{'MaxAge':-5}}") << u"Cors.MaxAge"_s;
        QTest::newRow("cors not object") << "{" + id + j(",'Cors':[]}") << u"Cors"_s;
    }

    void storedErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const Result<FunctionUrlConfig> c = functionurl::fromStoredJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!c.ok());
        QCOMPARE(c.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestFunctionUrlModel)
#include "tst_functionurlmodel.moc"
