// Rendering of the Lambda API's replies without sockets: AWS's field names in
// FunctionConfiguration, error documents as botocore and the SDKs parse them, Invoke headers,
// ListFunctions pages.
#include "api/requestparser.h"
#include "api/responses.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lambdesk;
using namespace lambdesk::api;

namespace {

FunctionConfig sample(const QString &name = QStringLiteral("orders"))
{
    FunctionConfig c;
    c.name = name;
    c.runtime = QStringLiteral("python3.11");
    c.handler = QStringLiteral("app.handler");
    c.description = QStringLiteral("Order intake");
    c.memorySize = 256;
    c.timeout = 15;
    c.ephemeralStorage = 1024;
    c.environment.insert(QStringLiteral("STAGE"), QStringLiteral("dev"));
    c.lastModified = QStringLiteral("2024-01-02T03:04:05.678+0000");
    c.codeSha256 = QStringLiteral("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    c.codeSize = 1234;
    return c;
}

QJsonObject bodyOf(const HttpReply &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestApiResponses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void functionConfiguration();
    void functionConfigurationWithoutEnvironment();
    void qualifiedArn();
    void revisionIdFollowsChanges();
    void getFunction();
    void errorDocuments_data();
    void errorDocuments();
    void invocationReplies();
    void eventAndDryRun();
    void listPages_data();
    void listPages();
    void brokenFunctionIsFailed();
    void versionConfiguration();
    void aliasConfiguration();
    void versionPages();
};

void TestApiResponses::functionConfiguration()
{
    const QJsonObject o = responses::functionConfiguration(sample(), QStringLiteral("eu-west-1"));
    QCOMPARE(o.value(u"FunctionName").toString(), QStringLiteral("orders"));
    QCOMPARE(o.value(u"FunctionArn").toString(),
             QStringLiteral("arn:aws:lambda:eu-west-1:000000000000:function:orders"));
    QCOMPARE(o.value(u"Runtime").toString(), QStringLiteral("python3.11"));
    QCOMPARE(o.value(u"Handler").toString(), QStringLiteral("app.handler"));
    QCOMPARE(o.value(u"Description").toString(), QStringLiteral("Order intake"));
    QCOMPARE(o.value(u"MemorySize").toInt(), 256);
    QCOMPARE(o.value(u"Timeout").toInt(), 15);
    QCOMPARE(o.value(u"EphemeralStorage").toObject().value(u"Size").toInt(), 1024);
    QCOMPARE(o.value(u"Environment").toObject().value(u"Variables").toObject().value(u"STAGE").toString(),
             QStringLiteral("dev"));
    QCOMPARE(o.value(u"CodeSha256").toString(), QStringLiteral("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="));
    QCOMPARE(o.value(u"CodeSize").toInteger(), 1234);
    QCOMPARE(o.value(u"LastModified").toString(), QStringLiteral("2024-01-02T03:04:05.678+0000"));
    QCOMPARE(o.value(u"Version").toString(), QStringLiteral("$LATEST"));
    QCOMPARE(o.value(u"State").toString(), QStringLiteral("Active"));
    QCOMPARE(o.value(u"LastUpdateStatus").toString(), QStringLiteral("Successful"));
    QCOMPARE(o.value(u"PackageType").toString(), QStringLiteral("Zip"));
    QCOMPARE(o.value(u"Architectures").toArray(), QJsonArray{QStringLiteral("x86_64")});
    QCOMPARE(o.value(u"Role").toString(), QStringLiteral("arn:aws:iam::000000000000:role/lambdesk-local"));
    QCOMPARE(o.value(u"LoggingConfig").toObject(),
             (QJsonObject{{QStringLiteral("LogFormat"), QStringLiteral("Text")},
                          {QStringLiteral("LogGroup"), QStringLiteral("/aws/lambda/orders")}}));
    QVERIFY(!o.value(u"RevisionId").toString().isEmpty());

    // JSON: both levels as AWS answers them, INFO unless set; a log group of its own.
    FunctionConfig json = sample();
    json.logging.logFormat = QStringLiteral("JSON");
    json.logging.applicationLogLevel = QStringLiteral("ERROR");
    json.logging.logGroup = QStringLiteral("/team/orders");
    QCOMPARE(responses::functionConfiguration(json, QStringLiteral("us-east-1")).value(u"LoggingConfig").toObject(),
             (QJsonObject{{QStringLiteral("LogFormat"), QStringLiteral("JSON")},
                          {QStringLiteral("ApplicationLogLevel"), QStringLiteral("ERROR")},
                          {QStringLiteral("SystemLogLevel"), QStringLiteral("INFO")},
                          {QStringLiteral("LogGroup"), QStringLiteral("/team/orders")}}));

    FunctionConfig withRole = sample();
    withRole.role = QStringLiteral("arn:aws:iam::123456789012:role/r");
    QCOMPARE(responses::functionConfiguration(withRole, QStringLiteral("us-east-1")).value(u"Role").toString(),
             withRole.role);
}

// A function whose function.json is broken, as AWS shows a function that cannot run.
void TestApiResponses::brokenFunctionIsFailed()
{
    FunctionConfig c = sample();
    c.timeout = -1;
    c.brokenReason = QStringLiteral("function.json: Timeout must be a whole number of seconds from 1 to 900; got -1");
    const QJsonObject o = responses::functionConfiguration(c, QStringLiteral("us-east-1"));
    QCOMPARE(o.value(u"State").toString(), QStringLiteral("Failed"));
    QCOMPARE(o.value(u"StateReasonCode").toString(), QStringLiteral("InvalidConfiguration"));
    QCOMPARE(o.value(u"StateReason").toString(), c.brokenReason);
    QCOMPARE(o.value(u"LastUpdateStatus").toString(), QStringLiteral("Failed"));
    QCOMPARE(o.value(u"LastUpdateStatusReasonCode").toString(), QStringLiteral("InvalidConfiguration"));
    QCOMPARE(o.value(u"LastUpdateStatusReason").toString(), c.brokenReason);
    QCOMPARE(o.value(u"Timeout").toInt(), -1); // what was read, as it was read
    QCOMPARE(o.value(u"Runtime").toString(), QStringLiteral("python3.11"));
    // A usable one has none of the reasons.
    const QJsonObject ok = responses::functionConfiguration(sample(), QStringLiteral("us-east-1"));
    for (const char16_t *key : {u"StateReason", u"StateReasonCode", u"LastUpdateStatusReason"})
        QVERIFY(!ok.contains(QStringView(key)));
}

void TestApiResponses::functionConfigurationWithoutEnvironment()
{
    FunctionConfig c = sample();
    c.environment.clear();
    QVERIFY(!responses::functionConfiguration(c, QStringLiteral("us-east-1"))
                 .contains(u"Environment")); // as AWS leaves it out
}

void TestApiResponses::qualifiedArn()
{
    const QJsonObject o = responses::functionConfiguration(sample(), QStringLiteral("us-east-1"),
                                                           QStringLiteral("$LATEST"));
    QCOMPARE(o.value(u"FunctionArn").toString(),
             QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:orders:$LATEST"));
}

void TestApiResponses::revisionIdFollowsChanges()
{
    const FunctionConfig a = sample();
    FunctionConfig b = a;
    QCOMPARE(responses::revisionId(a), responses::revisionId(b));
    b.timeout = 16;
    QVERIFY(responses::revisionId(a) != responses::revisionId(b));
    FunctionConfig c = a;
    c.codeSha256 = QStringLiteral("other");
    QVERIFY(responses::revisionId(a) != responses::revisionId(c));
}

void TestApiResponses::getFunction()
{
    const QJsonObject o = responses::getFunction(sample(), QStringLiteral("us-east-1"), {},
                                                 QStringLiteral("http://127.0.0.1:9001/lambdesk/code/orders.zip?x"));
    QCOMPARE(o.value(u"Configuration").toObject().value(u"FunctionName").toString(), QStringLiteral("orders"));
    QCOMPARE(o.value(u"Code").toObject().value(u"RepositoryType").toString(), QStringLiteral("S3"));
    QCOMPARE(o.value(u"Code").toObject().value(u"Location").toString(),
             QStringLiteral("http://127.0.0.1:9001/lambdesk/code/orders.zip?x"));
}

void TestApiResponses::errorDocuments_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("typeField");

    QTest::newRow("invalid parameter") << int(Error::Kind::InvalidParameter) << 400
                                       << QByteArray("InvalidParameterValueException") << "User";
    QTest::newRow("invalid request") << int(Error::Kind::InvalidRequest) << 400
                                     << QByteArray("InvalidRequestContentException") << "User";
    QTest::newRow("not found") << int(Error::Kind::NotFound) << 404 << QByteArray("ResourceNotFoundException")
                               << "User";
    QTest::newRow("conflict") << int(Error::Kind::Conflict) << 409 << QByteArray("ResourceConflictException") << "User";
    QTest::newRow("too large") << int(Error::Kind::TooLarge) << 413 << QByteArray("RequestEntityTooLargeException")
                               << "User";
    QTest::newRow("throttled") << int(Error::Kind::Throttled) << 429 << QByteArray("TooManyRequestsException")
                               << "User";
    QTest::newRow("internal") << int(Error::Kind::Internal) << 500 << QByteArray("ServiceException") << "Service";
    QTest::newRow("unavailable") << int(Error::Kind::Unavailable) << 500 << QByteArray("ServiceException") << "Service";
}

void TestApiResponses::errorDocuments()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, type);
    QFETCH(QString, typeField);
    const Error e{Error::Kind(kind),
                  QStringLiteral("MemorySize must be a whole number of MB from 128 to 10240; got 64"),
                  QStringLiteral("MemorySize")};
    const HttpReply r = responses::error(ApiError::fromError(e));
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("x-amzn-errortype"), type);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = bodyOf(r);
    QCOMPARE(body.value(u"Type").toString(), typeField);
    QCOMPARE(body.value(u"message").toString(), e.message); // botocore reads "message"...
    QCOMPARE(body.value(u"Message").toString(), e.message); // ...the SDK's exception classes "Message"
    if (type == "TooManyRequestsException") {
        QCOMPARE(body.value(u"Reason").toString(), QStringLiteral("ConcurrentInvocationLimitExceeded"));
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        // A function's reservation: its own Reason (the invoker names it in the field).
        const HttpReply reserved = responses::error(
            ApiError::fromError(Error{Error::Kind::Throttled, QStringLiteral("Rate Exceeded."),
                                      QStringLiteral("ReservedFunctionConcurrentInvocationLimitExceeded")}));
        QCOMPARE(bodyOf(reserved).value(u"Reason").toString(),
                 QStringLiteral("ReservedFunctionConcurrentInvocationLimitExceeded"));
        QCOMPARE(bodyOf(reserved).value(u"message").toString(), QStringLiteral("Rate Exceeded."));
    }
}

void TestApiResponses::invocationReplies()
{
    InvocationResult ok;
    ok.requestId = QStringLiteral("id-1");
    ok.executedVersion = QStringLiteral("$LATEST");
    ok.payload = "{\"ok\":true}";
    ok.logs = {LogLine{0, QStringLiteral("id-1"), QStringLiteral("START RequestId: id-1 Version: $LATEST"), true},
               LogLine{0, QStringLiteral("id-1"), QString(5000, u'x'), false},
               LogLine{0, QStringLiteral("id-1"), QStringLiteral("END RequestId: id-1"), true}};
    HttpReply r = responses::invocation(ok, false);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{\"ok\":true}"));
    QCOMPARE(r.header("X-Amz-Executed-Version"), QByteArray("$LATEST"));
    QVERIFY(!r.header("X-Amz-Function-Error").size());
    QVERIFY(!r.header("X-Amz-Log-Result").size());

    r = responses::invocation(ok, true);
    const QByteArray tail = QByteArray::fromBase64(r.header("X-Amz-Log-Result"));
    QCOMPARE(tail.size(), 4096); // the last 4 KB, as AWS sends
    QVERIFY(tail.endsWith("END RequestId: id-1\n"));

    InvocationResult failed = ok;
    failed.functionError = QStringLiteral("Unhandled");
    failed.payload = "{\"errorMessage\":\"boom\",\"errorType\":\"ValueError\"}";
    r = responses::invocation(failed, false);
    QCOMPARE(r.status, 200); // a function error is still HTTP 200
    QCOMPARE(r.header("X-Amz-Function-Error"), QByteArray("Unhandled"));
    QCOMPARE(bodyOf(r).value(u"errorType").toString(), QStringLiteral("ValueError"));

    responses::setRequestId(r, QStringLiteral("id-1"));
    QCOMPARE(r.header("x-amzn-RequestId"), QByteArray("id-1"));
}

void TestApiResponses::eventAndDryRun()
{
    QCOMPARE(responses::eventAccepted(false).status, 202);
    QVERIFY(responses::eventAccepted(false).body.isEmpty());
    const HttpReply legacy = responses::eventAccepted(true);
    QCOMPARE(legacy.status, 202);
    QCOMPARE(bodyOf(legacy).value(u"Status").toInt(), 202);
    QCOMPARE(responses::dryRun().status, 204);
    QCOMPARE(responses::noContent().status, 204);
}

void TestApiResponses::listPages_data()
{
    QTest::addColumn<QString>("startAt");
    QTest::addColumn<int>("maxItems");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("next"); // first name of the next page; empty: last page

    QTest::newRow("all") << QString() << 50
                         << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")} << QString();
    QTest::newRow("first page") << QString() << 2 << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                << QStringLiteral("c");
    QTest::newRow("second page") << QStringLiteral("c") << 2 << QStringList{QStringLiteral("c")} << QString();
    QTest::newRow("marker of a deleted name")
        << QStringLiteral("bb") << 1 << QStringList{QStringLiteral("c")} << QString();
    QTest::newRow("exactly full") << QString() << 3
                                  << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                  << QString();
}

void TestApiResponses::listPages()
{
    QFETCH(QString, startAt);
    QFETCH(int, maxItems);
    QFETCH(QStringList, names);
    QFETCH(QString, next);
    ListFunctions request;
    request.startAt = startAt;
    request.maxItems = maxItems;
    const QJsonObject o = responses::listFunctions(
        {sample(QStringLiteral("a")), sample(QStringLiteral("b")), sample(QStringLiteral("c"))}, request,
        QStringLiteral("us-east-1"));
    QStringList got;
    for (const QJsonValue &v : o.value(u"Functions").toArray())
        got << v.toObject().value(u"FunctionName").toString();
    QCOMPARE(got, names);
    if (next.isEmpty()) {
        QVERIFY(!o.contains(u"NextMarker"));
    } else {
        const auto decoded = decodeMarker(o.value(u"NextMarker").toString());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), next);
    }
}

// A version: its own Version and description, its ARN qualified with N, or with the alias asked for.
void TestApiResponses::versionConfiguration()
{
    FunctionVersion v;
    v.number = 3;
    v.config = sample();
    v.config.description = QStringLiteral("release 3");
    QJsonObject o = responses::versionConfiguration(v, QStringLiteral("us-east-1"));
    QCOMPARE(o.value(u"Version").toString(), QStringLiteral("3"));
    QCOMPARE(o.value(u"FunctionArn").toString(),
             QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:orders:3"));
    QCOMPARE(o.value(u"Description").toString(), QStringLiteral("release 3"));
    QCOMPARE(o.value(u"CodeSha256").toString(), v.config.codeSha256);
    o = responses::versionConfiguration(v, QStringLiteral("us-east-1"), QStringLiteral("live"));
    QCOMPARE(o.value(u"Version").toString(), QStringLiteral("3"));
    QCOMPARE(o.value(u"FunctionArn").toString(),
             QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:orders:live"));
}

// AliasConfiguration as AWS shapes it: RoutingConfig only with a second version.
void TestApiResponses::aliasConfiguration()
{
    FunctionAlias a;
    a.name = QStringLiteral("live");
    a.functionVersion = QStringLiteral("1");
    a.description = QStringLiteral("production");
    a.revisionId = QStringLiteral("rev-1");
    QJsonObject o = responses::aliasConfiguration(QStringLiteral("orders"), a, QStringLiteral("eu-west-1"));
    QCOMPARE(
        o,
        (QJsonObject{
            {QStringLiteral("AliasArn"), QStringLiteral("arn:aws:lambda:eu-west-1:000000000000:function:orders:live")},
            {QStringLiteral("Name"), QStringLiteral("live")},
            {QStringLiteral("FunctionVersion"), QStringLiteral("1")},
            {QStringLiteral("Description"), QStringLiteral("production")},
            {QStringLiteral("RevisionId"), QStringLiteral("rev-1")},
        }));
    a.additionalVersion = QStringLiteral("2");
    a.additionalWeight = 0.1;
    o = responses::aliasConfiguration(QStringLiteral("orders"), a, QStringLiteral("eu-west-1"));
    QCOMPARE(o.value(u"RoutingConfig").toObject(),
             (QJsonObject{{QStringLiteral("AdditionalVersionWeights"), QJsonObject{{QStringLiteral("2"), 0.1}}}}));
}

// ListVersionsByFunction: $LATEST then 1, 2, ...; each page's NextMarker names the next page's first.
void TestApiResponses::versionPages()
{
    QList<FunctionVersion> versions;
    for (int n : {1, 2, 4}) { // 3 was deleted
        FunctionVersion v;
        v.number = n;
        v.config = sample();
        versions.append(v);
    }
    QStringList seen;
    Page page;
    page.maxItems = 2;
    for (int i = 0; i < 5; ++i) {
        const QJsonObject o = responses::listVersions(sample(), versions, page, QStringLiteral("us-east-1"));
        for (const QJsonValue &v : o.value(u"Versions").toArray())
            seen.append(v.toObject().value(u"Version").toString());
        if (!o.contains(u"NextMarker"))
            break;
        page.startAt = decodeMarker(o.value(u"NextMarker").toString()).value();
    }
    QCOMPARE(seen,
             (QStringList{QStringLiteral("$LATEST"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4")}));
    const QJsonObject first = responses::listVersions(sample(), versions, Page{}, QStringLiteral("us-east-1"));
    QCOMPARE(first.value(u"Versions").toArray().first().toObject().value(u"FunctionArn").toString(),
             QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:orders:$LATEST"));
}

QTEST_GUILESS_MAIN(TestApiResponses)
#include "tst_apiresponses.moc"
