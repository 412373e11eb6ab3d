// The provisioned concurrency routes of the Lambda API (2019-09-30), parsed and rendered
// without sockets: which operation a request is, the qualifier and count it carries, AWS's
// errors for what is missing or malformed, and the shapes of the answers.
#include "api/provisionedapi.h"

#include <QJsonArray>
#include <QtTest>

using namespace lambdesk;
using namespace lambdesk::api;

Q_DECLARE_METATYPE(lambdesk::api::provisioned::Kind)

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
const QByteArray kPath = "/2019-09-30/functions/fn/provisioned-concurrency";
} // namespace

class TestProvisionedApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isRequest()
    {
        QVERIFY(provisioned::isRequest(request("GET", kPath)));
        QVERIFY(provisioned::isRequest(request("PUT", "/2019-09-30/functions/fn/provisioned-concurrency/")));
        QVERIFY(!provisioned::isRequest(request("GET", "/2019-09-30/functions/fn/concurrency")));
        QVERIFY(!provisioned::isRequest(request("GET", "/2015-03-31/functions/fn/provisioned-concurrency")));
    }

    void parses_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<provisioned::Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<int>("count");
        using K = provisioned::Kind;
        QTest::newRow("put") << QByteArray("PUT") << kPath << QByteArray("Qualifier=live")
                             << QByteArray(R"({"ProvisionedConcurrentExecutions": 3})") << K::Put << "fn" << "live" << 3;
        QTest::newRow("get") << QByteArray("GET") << kPath << QByteArray("Qualifier=1") << QByteArray() << K::Get << "fn"
                             << "1" << 0;
        QTest::newRow("delete") << QByteArray("DELETE") << kPath << QByteArray("Qualifier=1") << QByteArray()
                                << K::Delete << "fn" << "1" << 0;
        QTest::newRow("list") << QByteArray("GET") << kPath << QByteArray("List=ALL") << QByteArray() << K::List
                              << "fn" << "" << 0;
        QTest::newRow("ARN with qualifier")
            << QByteArray("GET")
            << QByteArray("/2019-09-30/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Afn%3A2/"
                          "provisioned-concurrency")
            << QByteArray() << QByteArray() << K::Get << "fn" << "2" << 0;
    }
    void parses()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        const auto r = provisioned::parse(request(method, path, query, body));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QTEST(r->kind, "kind");
        QTEST(r->function.name, "name");
        QTEST(r->function.qualifier, "qualifier");
        QTEST(r->count, "count");
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no qualifier") << QByteArray("GET") << QByteArray() << QByteArray() << 400
                                      << QByteArray("InvalidParameterValueException") << "Qualifier";
        QTest::newRow("bad qualifier") << QByteArray("GET") << QByteArray("Qualifier=a%20b") << QByteArray() << 400
                                       << QByteArray("InvalidParameterValueException") << "Qualifier";
        QTest::newRow("List not ALL") << QByteArray("GET") << QByteArray("List=SOME") << QByteArray() << 400
                                      << QByteArray("InvalidParameterValueException") << "List";
        QTest::newRow("no count") << QByteArray("PUT") << QByteArray("Qualifier=1") << QByteArray("{}") << 400
                                  << QByteArray("InvalidParameterValueException") << "ProvisionedConcurrentExecutions";
        QTest::newRow("zero") << QByteArray("PUT") << QByteArray("Qualifier=1")
                              << QByteArray(R"({"ProvisionedConcurrentExecutions":0})") << 400
                              << QByteArray("InvalidParameterValueException") << "greater than or equal to 1";
        QTest::newRow("fraction") << QByteArray("PUT") << QByteArray("Qualifier=1")
                                  << QByteArray(R"({"ProvisionedConcurrentExecutions":1.5})") << 400
                                  << QByteArray("InvalidRequestContentException") << "whole number";
        QTest::newRow("string") << QByteArray("PUT") << QByteArray("Qualifier=1")
                                << QByteArray(R"({"ProvisionedConcurrentExecutions":"2"})") << 400
                                << QByteArray("InvalidRequestContentException") << "whole number";
        QTest::newRow("not JSON") << QByteArray("PUT") << QByteArray("Qualifier=1") << QByteArray("{") << 400
                                  << QByteArray("InvalidRequestContentException") << "json";
        QTest::newRow("POST") << QByteArray("POST") << QByteArray("Qualifier=1") << QByteArray() << 404
                              << QByteArray("UnknownOperationException") << "POST";
    }
    void refuses()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        const auto r = provisioned::parse(request(method, kPath, query, body));
        QVERIFY(!r);
        QTEST(r.error().status, "status");
        QTEST(r.error().type, "type");
        QFETCH(QString, mentions);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void shapes()
    {
        ProvisionedConcurrency c;
        c.qualifier = QStringLiteral("live");
        c.requested = 2;
        c.allocated = 1;
        c.available = 1;
        c.status = QStringLiteral("IN_PROGRESS");
        c.lastModified = QStringLiteral("2026-12-01T10:00:00.000+0000");
        const QJsonObject o = provisioned::configJson(c);
        QCOMPARE(o.value(u"RequestedProvisionedConcurrentExecutions").toInt(), 2);
        QCOMPARE(o.value(u"AllocatedProvisionedConcurrentExecutions").toInt(), 1);
        QCOMPARE(o.value(u"AvailableProvisionedConcurrentExecutions").toInt(), 1);
        QCOMPARE(o.value(u"Status").toString(), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(o.value(u"LastModified").toString(), c.lastModified);
        QVERIFY(!o.contains(u"StatusReason"));
        QVERIFY(!o.contains(u"FunctionArn"));
        c.status = QStringLiteral("FAILED");
        c.statusReason = QStringLiteral("Runtime.ImportModuleError: boom");
        const QJsonObject list = provisioned::listJson({c}, QStringLiteral("eu-west-1"), QStringLiteral("fn"));
        const QJsonObject first = list.value(u"ProvisionedConcurrencyConfigs").toArray().at(0).toObject();
        QCOMPARE(first.value(u"FunctionArn").toString(),
                 QStringLiteral("arn:aws:lambda:eu-west-1:000000000000:function:fn:live"));
        QCOMPARE(first.value(u"StatusReason").toString(), c.statusReason);
        const ApiError e = provisioned::notFound(QStringLiteral("No Provisioned Concurrency Config found for this function"));
        QCOMPARE(e.status, 404);
        QCOMPARE(e.type, QByteArray("ProvisionedConcurrencyConfigNotFoundException"));
    }
};

QTEST_GUILESS_MAIN(TestProvisionedApi)
#include "tst_provisionedapi.moc"
