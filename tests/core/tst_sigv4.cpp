// SigV4 as pure functions. The vectors are AWS's published test suite (get-vanilla,
// get-vanilla-query-order-key-case: AKIDEXAMPLE, 20150830T123600Z, us-east-1, "service") and
// Lambda-shaped requests whose expected values were computed with botocore's SigV4Auth (the
// signer of the AWS CLI), so the server agrees with the clients it serves.
#include "api/sigv4.h"

#include <QTest>

using namespace lambdesk::api;

namespace {

HttpRequest make(const QByteArray &method, const QByteArray &path, const QByteArray &query, const Headers &headers,
                 const QByteArray &body = {})
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.query = query;
    r.headers = headers;
    r.body = body;
    return r;
}

const sigv4::Credentials kLocal{QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                                QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")};

QDateTime at(const char *amzDate)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

// A Lambda Invoke signed now by sign(), for the verify() cases.
HttpRequest signedInvoke(const QDateTime &now)
{
    HttpRequest r = make("POST", "/2015-03-31/functions/my-fn/invocations", "Qualifier=%24LATEST",
                         {{"Host", "127.0.0.1:9001"}, {"Content-Type", "application/json"}, {"User-Agent", "test/1"}},
                         "{\"a\":1}");
    sigv4::sign(r, kLocal, QStringLiteral("us-east-1"), QStringLiteral("lambda"), now);
    return r;
}

// Signed by hand over UNSIGNED-PAYLOAD, as SDKs do for streamed bodies.
HttpRequest signedOverUnsignedPayload(HttpRequest r, const QDateTime &now)
{
    r.headers.append({QByteArrayLiteral("X-Amz-Content-Sha256"), QByteArrayLiteral("UNSIGNED-PAYLOAD")});
    r.headers.append({QByteArrayLiteral("X-Amz-Date"), sigv4::amzDate(now)});
    const QList<QByteArray> names{"host", "x-amz-content-sha256", "x-amz-date"};
    const QByteArray sig = sigv4::signature(kLocal.secretAccessKey, sigv4::amzDate(now), QStringLiteral("us-east-1"),
                                            QStringLiteral("lambda"),
                                            sigv4::canonicalRequest(r, names, "UNSIGNED-PAYLOAD"));
    r.headers.append({QByteArrayLiteral("Authorization"),
                      "AWS4-HMAC-SHA256 Credential=" + kLocal.accessKeyId.toUtf8() + '/' + sigv4::amzDate(now).left(8)
                          + "/us-east-1/lambda/aws4_request, "
                            "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature="
                          + sig});
    return r;
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
    void canonicalQuery_data();
    void canonicalQuery();
    void canonicalUri();
    void parseAuthorization_data();
    void parseAuthorization();
    void verifyAcceptsSigned();
    void verifyRejects_data();
    void verifyRejects();
    void unsignedPayloadOnlyWithoutBody();
};

void TestSigV4::vectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("canonical");
    QTest::addColumn<QByteArray>("signature");

    const QString akid = QStringLiteral("AKIDEXAMPLE");
    const QString suiteSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    const QByteArray emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("aws suite: get-vanilla")
        << QByteArray("GET") << QByteArray("/") << QByteArray()
        << Headers{{"Host", "example.amazonaws.com"}, {"X-Amz-Date", "20150830T123600Z"}} << QByteArray() << akid
        << suiteSecret << QStringLiteral("us-east-1") << QStringLiteral("service")
        << QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
                      + emptyHash)
        << QByteArray("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    QTest::newRow("aws suite: get-vanilla-query-order-key-case")
        << QByteArray("GET") << QByteArray("/") << QByteArray("Param2=value2&Param1=value1")
        << Headers{{"Host", "example.amazonaws.com"}, {"X-Amz-Date", "20150830T123600Z"}} << QByteArray() << akid
        << suiteSecret << QStringLiteral("us-east-1") << QStringLiteral("service")
        << QByteArray(
               "GET\n/\nParam1=value1&Param2=value2\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
               + emptyHash)
        << QByteArray("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    QTest::newRow("botocore: Invoke by full ARN, $LATEST")
        << QByteArray("POST")
        << QByteArray(
               "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Amy-fn/invocations")
        << QByteArray("Qualifier=%24LATEST")
        << Headers{{"Host", "127.0.0.1:9001"},
                   {"X-Amz-Date", "20240102T030405Z"},
                   {"X-Amz-Invocation-Type", "RequestResponse"},
                   {"Content-Type", "application/json"}}
        << QByteArray("{\"hello\":\"world\"}") << kLocal.accessKeyId << kLocal.secretAccessKey
        << QStringLiteral("us-east-1") << QStringLiteral("lambda")
        << QByteArray(
               "POST\n/2015-03-31/functions/arn%253Aaws%253Alambda%253Aus-east-1%253A123456789012%253Afunction%253Amy-fn/invocations\n"
               "Qualifier=%24LATEST\ncontent-type:application/json\nhost:127.0.0.1:9001\nx-amz-date:20240102T030405Z\n"
               "x-amz-invocation-type:RequestResponse\n\ncontent-type;host;x-amz-date;x-amz-invocation-type\n"
               "93a23971a914e5eacbf0a8d25154cda309c3c1c72fbb9914d47c60f3cb681588")
        << QByteArray("132fbaa867ff5fd494572e0497e7311df321e7038c09957e668225eb386b230a");
    QTest::newRow("botocore: ListFunctions page, spaces in a header")
        << QByteArray("GET") << QByteArray("/2015-03-31/functions/") << QByteArray("MaxItems=10&Marker=djE6Zm9v")
        << Headers{{"Host", "localhost:9001"}, {"X-Amz-Date", "20240102T030405Z"}, {"X-Amz-Meta", "  a   b  "}}
        << QByteArray() << kLocal.accessKeyId << kLocal.secretAccessKey << QStringLiteral("eu-west-1")
        << QStringLiteral("lambda")
        << QByteArray(
               "GET\n/2015-03-31/functions/\nMarker=djE6Zm9v&MaxItems=10\nhost:localhost:9001\nx-amz-date:20240102T030405Z\n"
               "x-amz-meta:a b\n\nhost;x-amz-date;x-amz-meta\n"
               + emptyHash)
        << QByteArray("651e1d5eedb5cb51ee83d5491757cec909acef14f028cf5da5ade7e2ea4c6be9");
}

void TestSigV4::vectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, accessKey);
    QFETCH(QString, secret);
    QFETCH(QString, region);
    QFETCH(QString, service);
    QFETCH(QByteArray, canonical);
    QFETCH(QByteArray, signature);

    const HttpRequest r = make(method, path, query, headers, body);
    QList<QByteArray> names;
    for (const auto &h : headers)
        names << h.first.toLower();
    std::sort(names.begin(), names.end());
    const QByteArray cr = sigv4::canonicalRequest(r, names, sigv4::payloadHash(body));
    QCOMPARE(cr, canonical);
    const QByteArray date = r.header("X-Amz-Date");
    QCOMPARE(sigv4::signature(secret, date, region, service, cr), signature);

    // And the server accepts exactly that signature.
    HttpRequest withAuth = r;
    withAuth.headers.append({"Authorization",
                             "AWS4-HMAC-SHA256 Credential=" + accessKey.toUtf8() + '/' + date.left(8) + '/'
                                 + region.toUtf8() + '/' + service.toUtf8()
                                 + "/aws4_request, SignedHeaders=" + names.join(';') + ", Signature=" + signature});
    QVERIFY(!sigv4::verify(withAuth, {accessKey, secret}, at(date.constData()), service));
}

void TestSigV4::canonicalQuery_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("sorted by name") << QByteArray("b=2&a=1") << QByteArray("a=1&b=2");
    QTest::newRow("same name sorted by value") << QByteArray("a=2&a=1") << QByteArray("a=1&a=2");
    QTest::newRow("re-encoded strictly") << QByteArray("q=a%20b&d=$x&e=~-_.") << QByteArray("d=%24x&e=~-_.&q=a%20b");
    QTest::newRow("name without value") << QByteArray("flag") << QByteArray("flag=");
    QTest::newRow("lower-case escapes normalised") << QByteArray("k=%2f") << QByteArray("k=%2F");
    QTest::newRow("signature left out") << QByteArray("X-Amz-Signature=abc&a=1") << QByteArray("a=1");
}

void TestSigV4::canonicalQuery()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, canonical);
    QCOMPARE(sigv4::canonicalQuery(raw), canonical);
}

void TestSigV4::canonicalUri()
{
    QCOMPARE(sigv4::canonicalUri(""), QByteArray("/"));
    QCOMPARE(sigv4::canonicalUri("/2015-03-31/functions/fn/invocations"),
             QByteArray("/2015-03-31/functions/fn/invocations"));
    QCOMPARE(sigv4::canonicalUri("/f%3A1"), QByteArray("/f%253A1")); // encoded twice, as for every service but S3
    QCOMPARE(sigv4::canonicalUri("/a b"), QByteArray("/a%20b"));
}

void TestSigV4::parseAuthorization_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("complete") << QByteArray("AWS4-HMAC-SHA256 Credential=AKID/20240102/us-east-1/lambda/aws4_request, "
                                            "SignedHeaders=host;x-amz-date, Signature=ABCdef")
                              << true << QString();
    QTest::newRow("no spaces after commas")
        << QByteArray("AWS4-HMAC-SHA256 Credential=AKID/20240102/us-east-1/lambda/aws4_request,"
                      "SignedHeaders=host,Signature=ab")
        << true << QString();
    QTest::newRow("SigV2") << QByteArray("AWS AKID:sig") << false << "must start with AWS4-HMAC-SHA256";
    QTest::newRow("no signature") << QByteArray(
        "AWS4-HMAC-SHA256 Credential=AKID/20240102/us-east-1/lambda/aws4_request, SignedHeaders=host")
                                  << false << "requires 'Signature' parameter";
    QTest::newRow("short scope") << QByteArray(
        "AWS4-HMAC-SHA256 Credential=AKID/20240102/lambda, SignedHeaders=host, Signature=ab")
                                 << false << "Credential must have the form";
}

void TestSigV4::parseAuthorization()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, ok);
    QFETCH(QString, messagePart);
    const auto a = sigv4::parseAuthorization(header);
    QCOMPARE(a.ok(), ok);
    if (ok) {
        QCOMPARE(a->accessKeyId, QStringLiteral("AKID"));
        QCOMPARE(a->date, QStringLiteral("20240102"));
        QCOMPARE(a->region, QStringLiteral("us-east-1"));
        QCOMPARE(a->service, QStringLiteral("lambda"));
        QVERIFY(a->signedHeaders.contains("host"));
        QCOMPARE(a->signature, a->signature.toLower());
    } else {
        QCOMPARE(a.error().type, QByteArray("IncompleteSignatureException"));
        QVERIFY2(a.error().message.contains(messagePart), qPrintable(a.error().message));
    }
}

void TestSigV4::verifyAcceptsSigned()
{
    const QDateTime now = at("20240102T030405Z");
    const HttpRequest r = signedInvoke(now);
    QVERIFY(r.header("Authorization")
                .contains("SignedHeaders=content-type;host;x-amz-date,")); // User-Agent is never signed
    QVERIFY(!sigv4::verify(r, kLocal, now));
    QVERIFY(!sigv4::verify(r, kLocal, now.addSecs(14 * 60))); // clocks may differ by up to 15 minutes
    QVERIFY(!sigv4::verify(r, kLocal, now.addSecs(-14 * 60)));

    HttpRequest unsignedPayload = make("GET", "/2015-03-31/functions/", {},
                                       {{"Host", "localhost"}, {"X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD"}});
    sigv4::sign(unsignedPayload, kLocal, QStringLiteral("us-east-1"), QStringLiteral("lambda"), now);
    // sign() hashes the body itself, so re-sign by hand over UNSIGNED-PAYLOAD as SDKs do for streams
    QList<QByteArray> names{"host", "x-amz-content-sha256", "x-amz-date"};
    const QByteArray sig = sigv4::signature(kLocal.secretAccessKey, sigv4::amzDate(now), QStringLiteral("us-east-1"),
                                            QStringLiteral("lambda"),
                                            sigv4::canonicalRequest(unsignedPayload, names, "UNSIGNED-PAYLOAD"));
    unsignedPayload.headers.removeLast();
    unsignedPayload.headers.append({"Authorization",
                                    "AWS4-HMAC-SHA256 Credential=" + kLocal.accessKeyId.toUtf8() + '/'
                                        + sigv4::amzDate(now).left(8)
                                        + "/us-east-1/lambda/aws4_request, "
                                          "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature="
                                        + sig});
    QVERIFY(!sigv4::verify(unsignedPayload, kLocal, now));
}

void TestSigV4::verifyRejects_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unsigned") << "drop-auth" << QByteArray("MissingAuthenticationTokenException") << 403
                              << "Missing Authentication Token";
    QTest::newRow("other key") << "other-key" << QByteArray("UnrecognizedClientException") << 403
                               << "security token included in the request is invalid";
    QTest::newRow("wrong secret") << "wrong-secret" << QByteArray("InvalidSignatureException") << 403
                                  << "does not match the signature you provided";
    QTest::newRow("body changed") << "body" << QByteArray("InvalidSignatureException") << 403 << "does not match";
    QTest::newRow("path changed") << "path" << QByteArray("InvalidSignatureException") << 403 << "does not match";
    QTest::newRow("query changed") << "query" << QByteArray("InvalidSignatureException") << 403 << "does not match";
    QTest::newRow("signed header changed")
        << "header" << QByteArray("InvalidSignatureException") << 403 << "does not match";
    QTest::newRow("too old") << "old" << QByteArray("InvalidSignatureException") << 403
                             << "Signature expired: 20240102T030405Z is now earlier than";
    QTest::newRow("from the future") << "future" << QByteArray("InvalidSignatureException") << 403
                                     << "Signature not yet current";
    QTest::newRow("other service") << "service" << QByteArray("InvalidSignatureException") << 403
                                   << "scoped to correct service: 'lambda'";
    QTest::newRow("content hash lies") << "content-hash" << QByteArray("XAmzContentSHA256Mismatch") << 400
                                       << "x-amz-content-sha256";
}

void TestSigV4::verifyRejects()
{
    QFETCH(QString, change);
    QFETCH(QByteArray, type);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    const QDateTime now = at("20240102T030405Z");
    HttpRequest r = signedInvoke(now);
    sigv4::Credentials creds = kLocal;
    QDateTime checkAt = now;
    if (change == u"drop-auth")
        r.headers.removeLast();
    else if (change == u"other-key")
        creds.accessKeyId = QStringLiteral("AKIAOTHEROTHEROTHER1");
    else if (change == u"wrong-secret")
        creds.secretAccessKey = QStringLiteral("x");
    else if (change == u"body")
        r.body = "{\"a\":2}";
    else if (change == u"path")
        r.path = "/2015-03-31/functions/other-fn/invocations";
    else if (change == u"query")
        r.query = "Qualifier=1";
    else if (change == u"header")
        r.headers[1].second = "text/plain";
    else if (change == u"old")
        checkAt = now.addSecs(16 * 60);
    else if (change == u"future")
        checkAt = now.addSecs(-16 * 60);
    else if (change == u"service") {
        r = make(r.method, r.path, r.query, {{"Host", "127.0.0.1:9001"}}, r.body);
        sigv4::sign(r, kLocal, QStringLiteral("us-east-1"), QStringLiteral("s3"), now);
    } else if (change == u"content-hash") {
        r.headers.insert(0, {"X-Amz-Content-Sha256", sigv4::payloadHash("other")});
    }
    const auto e = sigv4::verify(r, creds, checkAt);
    QVERIFY(e.has_value());
    QCOMPARE(e->type, type);
    QCOMPARE(e->status, status);
    QVERIFY2(e->message.contains(messagePart), qPrintable(e->message));
}

void TestSigV4::unsignedPayloadOnlyWithoutBody()
{
    const QDateTime now = at("20240102T030405Z");
    // Without a body there is nothing the signature leaves out.
    const HttpRequest list = signedOverUnsignedPayload(
        make("GET", "/2015-03-31/functions/", {}, {{"Host", "localhost"}}), now);
    QVERIFY(!sigv4::verify(list, kLocal, now));
    // With one, UNSIGNED-PAYLOAD would let anyone on the way change the body under a valid signature.
    HttpRequest invoke = signedOverUnsignedPayload(
        make("POST", "/2015-03-31/functions/my-fn/invocations", {}, {{"Host", "localhost"}}, "{\"a\":1}"), now);
    const auto e = sigv4::verify(invoke, kLocal, now);
    QVERIFY(e.has_value());
    QCOMPARE(e->status, 403);
    QCOMPARE(e->type, QByteArray("InvalidSignatureException"));
    QVERIFY2(e->message.contains(u"UNSIGNED-PAYLOAD") && e->message.contains(u"X-Amz-Content-Sha256"),
             qPrintable(e->message));
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
