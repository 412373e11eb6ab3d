// The real AWS SDK for JavaScript v3 (@aws-sdk/client-lambda, pinned in node-clients/) against
// `lambdesk serve`, with only `endpoint` set: every supported operation, the Invoke variants,
// each AWS error as the SDK raises AWS's own, and SigV4 checking.
#include "servefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace e2e;

namespace {

const QString kFn = QStringLiteral("sdk-fn");

QString clientsDir()
{
    const QString fromEnv = qEnvironmentVariable("LAMBDESK_NODE_CLIENTS");
    return fromEnv.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache/lambdesk/node-clients") : fromEnv;
}

} // namespace

class TestNodeSdk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createFunction();
    void createConflict();
    void listFunctionsPaginates();
    void getFunction();
    void updateConfiguration();
    void updateCode();
    void invokeWithLogTailAndClientContext();
    void invokeFunctionError();
    void invokeEvent();
    void invokeDryRun();
    void errors_data();
    void errors();
    void deleteFunction();
    void signatures();

private:
    QJsonObject call(const QString &command, const QJsonObject &input, const QString &endpoint = {},
                     const QProcessEnvironment *env = nullptr);

    ServeProcess m_serve;
    QTemporaryDir m_tmp;
    QString m_node;
    QString m_script;
    QProcessEnvironment m_env;
    QString m_zipV1, m_zipV2;
};

void TestNodeSdk::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "node (Node.js 20) is required on PATH for the SDK tests (apt-get install nodejs npm)");
    const QString source = qEnvironmentVariable("LAMBDESK_SOURCE_DIR", QStringLiteral(LAMBDESK_SOURCE_DIR));
    m_script = source + QStringLiteral("/tests/e2e/node/lambda-call.mjs");
    QVERIFY2(QFile::exists(m_script), qPrintable(m_script));

    // Installs the pinned clients once (idempotent; a no-op when up to date).
    const Run install = run(QStringLiteral("bash"),
                            {source + QStringLiteral("/tests/e2e/install-node-clients.sh"), clientsDir()},
                            QProcessEnvironment::systemEnvironment(), 15 * 60 * 1000);
    QVERIFY2(install.exitCode == 0,
             qPrintable(QStringLiteral("install-node-clients.sh failed (%1):\n%2\n%3")
                            .arg(install.exitCode)
                            .arg(QString::fromUtf8(install.out), QString::fromUtf8(install.err))));
    QVERIFY2(QFile::exists(clientsDir() + QStringLiteral("/node_modules/@aws-sdk/client-lambda/package.json")),
             "@aws-sdk/client-lambda is missing after install-node-clients.sh");

    QString error;
    QVERIFY2(m_serve.start({}, &error), qPrintable(error));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("LAMBDESK_NODE_CLIENTS"), clientsDir());
    m_env.insert(QStringLiteral("NODE_NO_WARNINGS"), QStringLiteral("1")); // the SDK's notice about Node 22
    m_env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDLOCALTESTING02"));
    m_env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("local-secret"));
    m_env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    m_env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_tmp.filePath(QStringLiteral("no-config")));
    m_env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_tmp.filePath(QStringLiteral("no-credentials")));
    m_env.remove(QStringLiteral("AWS_PROFILE"));
    m_zipV1 = QString::fromLatin1(functionZip(QStringLiteral("v1")).toBase64());
    m_zipV2 = QString::fromLatin1(functionZip(QStringLiteral("v2")).toBase64());
}

void TestNodeSdk::cleanupTestCase()
{
    QCOMPARE(m_serve.stop(SIGINT), 0);
    QCOMPARE(m_serve.runtimeProcesses(), QList<qint64>());
}

QJsonObject TestNodeSdk::call(const QString &command, const QJsonObject &input, const QString &endpoint,
                              const QProcessEnvironment *env)
{
    QProcessEnvironment e = env ? *env : m_env;
    e.insert(QStringLiteral("LAMBDESK_ENDPOINT"), endpoint.isEmpty() ? m_serve.endpoint() : endpoint);
    const Run r = run(m_node,
                      {m_script, command, QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact))}, e);
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    if (r.exitCode != 0 || result.isEmpty())
        qWarning("node %s failed (%d): %s %s", qPrintable(command), r.exitCode, r.out.constData(), r.err.constData());
    return result;
}

void TestNodeSdk::createFunction()
{
    const QJsonObject r = call(QStringLiteral("CreateFunction"),
                               {{QStringLiteral("FunctionName"), kFn},
                                {QStringLiteral("Runtime"), QStringLiteral("python3.11")},
                                {QStringLiteral("Handler"), QStringLiteral("lambda_function.handler")},
                                {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/lambda-role")},
                                {QStringLiteral("MemorySize"), 192},
                                {QStringLiteral("Environment"),
                                 QJsonObject{{QStringLiteral("Variables"),
                                              QJsonObject{{QStringLiteral("GREETING"), QStringLiteral("hi sdk")}}}}},
                                {QStringLiteral("Code"), QJsonObject{{QStringLiteral("ZipFileBase64"), m_zipV1}}}});
    QVERIFY2(r.value(u"ok").toBool(), QJsonDocument(r).toJson().constData());
    QCOMPARE(r.value(u"status").toInt(), 201);
    const QJsonObject c = r.value(u"output").toObject();
    QCOMPARE(c.value(u"FunctionName").toString(), kFn);
    QCOMPARE(c.value(u"FunctionArn").toString(),
             QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:sdk-fn"));
    QCOMPARE(c.value(u"MemorySize").toInt(), 192);
    QCOMPARE(c.value(u"State").toString(), QStringLiteral("Active"));
    QCOMPARE(c.value(u"PackageType").toString(), QStringLiteral("Zip"));
    QCOMPARE(c.value(u"LoggingConfig").toObject().value(u"LogGroup").toString(), QStringLiteral("/aws/lambda/sdk-fn"));
    QVERIFY(!r.value(u"requestId").toString().isEmpty());
}

void TestNodeSdk::createConflict()
{
    const QJsonObject r = call(QStringLiteral("CreateFunction"),
                               {{QStringLiteral("FunctionName"), kFn},
                                {QStringLiteral("Runtime"), QStringLiteral("python3.11")},
                                {QStringLiteral("Handler"), QStringLiteral("lambda_function.handler")},
                                {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
                                {QStringLiteral("Code"), QJsonObject{{QStringLiteral("ZipFileBase64"), m_zipV1}}}});
    QCOMPARE(r.value(u"ok").toBool(), false);
    QCOMPARE(r.value(u"name").toString(), QStringLiteral("ResourceConflictException"));
    QCOMPARE(r.value(u"status").toInt(), 409);
    QCOMPARE(r.value(u"message").toString(), QStringLiteral("Function already exist: sdk-fn"));
    QCOMPARE(r.value(u"type").toString(), QStringLiteral("User"));
}

void TestNodeSdk::listFunctionsPaginates()
{
    const QJsonObject b = call(QStringLiteral("CreateFunction"),
                               {{QStringLiteral("FunctionName"), QStringLiteral("sdk-fn-b")},
                                {QStringLiteral("Runtime"), QStringLiteral("python3.11")},
                                {QStringLiteral("Handler"), QStringLiteral("lambda_function.handler")},
                                {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
                                {QStringLiteral("Code"), QJsonObject{{QStringLiteral("ZipFileBase64"), m_zipV1}}}});
    QVERIFY(b.value(u"ok").toBool());
    const QJsonObject first = call(QStringLiteral("ListFunctions"), {{QStringLiteral("MaxItems"), 1}});
    QVERIFY(first.value(u"ok").toBool());
    QJsonArray fns = first.value(u"output").toObject().value(u"Functions").toArray();
    QCOMPARE(fns.size(), 1);
    QCOMPARE(fns.first().toObject().value(u"FunctionName").toString(), kFn);
    const QString marker = first.value(u"output").toObject().value(u"NextMarker").toString();
    QVERIFY(!marker.isEmpty());
    const QJsonObject second = call(QStringLiteral("ListFunctions"),
                                    {{QStringLiteral("MaxItems"), 1}, {QStringLiteral("Marker"), marker}});
    fns = second.value(u"output").toObject().value(u"Functions").toArray();
    QCOMPARE(fns.size(), 1);
    QCOMPARE(fns.first().toObject().value(u"FunctionName").toString(), QStringLiteral("sdk-fn-b"));
    QVERIFY(!second.value(u"output").toObject().contains(u"NextMarker"));
}

void TestNodeSdk::getFunction()
{
    const QJsonObject g = call(QStringLiteral("GetFunction"),
                               {{QStringLiteral("FunctionName"), QStringLiteral("000000000000:function:sdk-fn")}});
    QVERIFY(g.value(u"ok").toBool());
    QCOMPARE(g.value(u"output").toObject().value(u"Configuration").toObject().value(u"Handler").toString(),
             QStringLiteral("lambda_function.handler"));
    QVERIFY(g.value(u"output")
                .toObject()
                .value(u"Code")
                .toObject()
                .value(u"Location")
                .toString()
                .startsWith(m_serve.endpoint() + QStringLiteral("/lambdesk/code/sdk-fn.zip?")));
    const QJsonObject c = call(
        QStringLiteral("GetFunctionConfiguration"),
        {{QStringLiteral("FunctionName"), kFn}, {QStringLiteral("Qualifier"), QStringLiteral("$LATEST")}});
    QVERIFY(c.value(u"ok").toBool());
    QCOMPARE(c.value(u"output").toObject().value(u"FunctionArn").toString(),
             QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:sdk-fn:$LATEST"));
}

void TestNodeSdk::updateConfiguration()
{
    const QJsonObject u = call(QStringLiteral("UpdateFunctionConfiguration"),
                               {{QStringLiteral("FunctionName"), kFn},
                                {QStringLiteral("Timeout"), 20},
                                {QStringLiteral("Description"), QStringLiteral("updated")},
                                {QStringLiteral("Environment"),
                                 QJsonObject{{QStringLiteral("Variables"),
                                              QJsonObject{{QStringLiteral("GREETING"), QStringLiteral("again")}}}}}});
    QVERIFY2(u.value(u"ok").toBool(), QJsonDocument(u).toJson().constData());
    QCOMPARE(u.value(u"status").toInt(), 200);
    const QJsonObject c = u.value(u"output").toObject();
    QCOMPARE(c.value(u"Timeout").toInt(), 20);
    QCOMPARE(c.value(u"Description").toString(), QStringLiteral("updated"));
    QCOMPARE(c.value(u"MemorySize").toInt(), 192);
    QCOMPARE(c.value(u"Environment").toObject().value(u"Variables").toObject().value(u"GREETING").toString(),
             QStringLiteral("again"));
}

void TestNodeSdk::updateCode()
{
    const QJsonObject u = call(QStringLiteral("UpdateFunctionCode"),
                               {{QStringLiteral("FunctionName"), kFn}, {QStringLiteral("ZipFileBase64"), m_zipV2}});
    QVERIFY2(u.value(u"ok").toBool(), QJsonDocument(u).toJson().constData());
    const QJsonObject i = call(
        QStringLiteral("Invoke"),
        {{QStringLiteral("FunctionName"), kFn}, {QStringLiteral("PayloadText"), QStringLiteral("{}")}});
    QCOMPARE(QJsonDocument::fromJson(i.value(u"payload").toString().toUtf8()).object().value(u"version").toString(),
             QStringLiteral("v2"));
}

void TestNodeSdk::invokeWithLogTailAndClientContext()
{
    const QJsonObject r = call(
        QStringLiteral("Invoke"),
        {{QStringLiteral("FunctionName"), QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:sdk-fn")},
         {QStringLiteral("Qualifier"), QStringLiteral("$LATEST")},
         {QStringLiteral("LogType"), QStringLiteral("Tail")},
         {QStringLiteral("ClientContext"),
          QString::fromLatin1(QByteArrayLiteral("{\"custom\":{\"from\":\"sdk\"}}").toBase64())},
         {QStringLiteral("PayloadText"), QStringLiteral("{\"item\":\"tea\"}")}});
    QVERIFY2(r.value(u"ok").toBool(), QJsonDocument(r).toJson().constData());
    QCOMPARE(r.value(u"status").toInt(), 200);
    const QJsonObject out = r.value(u"output").toObject();
    QCOMPARE(out.value(u"StatusCode").toInt(), 200);
    QCOMPARE(out.value(u"ExecutedVersion").toString(), QStringLiteral("$LATEST"));
    QVERIFY(!out.contains(u"FunctionError"));
    const QJsonObject payload = QJsonDocument::fromJson(r.value(u"payload").toString().toUtf8()).object();
    QCOMPARE(payload.value(u"echo").toObject().value(u"item").toString(), QStringLiteral("tea"));
    QCOMPARE(payload.value(u"custom").toObject().value(u"from").toString(), QStringLiteral("sdk"));
    QCOMPARE(payload.value(u"greeting").toString(), QStringLiteral("again"));
    const QByteArray log = QByteArray::fromBase64(out.value(u"LogResult").toString().toLatin1());
    QVERIFY2(log.contains("handler saw {\"item\": \"tea\"}"), log.constData());
    QVERIFY2(log.contains(QByteArray("END RequestId: " + r.value(u"requestId").toString().toLatin1())),
             log.constData());
}

void TestNodeSdk::invokeFunctionError()
{
    const QJsonObject r = call(
        QStringLiteral("Invoke"),
        {{QStringLiteral("FunctionName"), kFn}, {QStringLiteral("PayloadText"), QStringLiteral("{\"fail\":\"sdk\"}")}});
    QVERIFY(r.value(u"ok").toBool()); // not an exception: the call worked, the function failed
    QCOMPARE(r.value(u"status").toInt(), 200);
    QCOMPARE(r.value(u"output").toObject().value(u"FunctionError").toString(), QStringLiteral("Unhandled"));
    const QJsonObject payload = QJsonDocument::fromJson(r.value(u"payload").toString().toUtf8()).object();
    QCOMPARE(payload.value(u"errorType").toString(), QStringLiteral("ValueError"));
    QCOMPARE(payload.value(u"errorMessage").toString(), QStringLiteral("boom: sdk"));
}

void TestNodeSdk::invokeEvent()
{
    const QString marker = m_tmp.filePath(QStringLiteral("sdk-event"));
    const QJsonObject r = call(
        QStringLiteral("Invoke"),
        {{QStringLiteral("FunctionName"), kFn},
         {QStringLiteral("InvocationType"), QStringLiteral("Event")},
         {QStringLiteral("PayloadText"),
          QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("touch"), marker}}).toJson())}});
    QVERIFY(r.value(u"ok").toBool());
    QCOMPARE(r.value(u"status").toInt(), 202);
    QCOMPARE(r.value(u"output").toObject().value(u"StatusCode").toInt(), 202);
    const QString requestId = r.value(u"requestId").toString();
    QCOMPARE(requestId.size(), 36);
    // The event ran after the 202, under the request id the 202 carried.
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromLatin1(readFile(marker)), requestId, 20000);
}

void TestNodeSdk::invokeDryRun()
{
    const QJsonObject r = call(
        QStringLiteral("Invoke"),
        {{QStringLiteral("FunctionName"), kFn}, {QStringLiteral("InvocationType"), QStringLiteral("DryRun")}});
    QVERIFY(r.value(u"ok").toBool());
    QCOMPARE(r.value(u"status").toInt(), 204);
    QCOMPARE(r.value(u"output").toObject().value(u"StatusCode").toInt(), 204);
}

void TestNodeSdk::errors_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("ResourceNotFoundException")
        << "GetFunction" << QJsonObject{{QStringLiteral("FunctionName"), QStringLiteral("nope")}}
        << "ResourceNotFoundException" << 404
        << "Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope";
    QTest::newRow("ResourceNotFoundException, invoke alias")
        << "Invoke" << QJsonObject{{QStringLiteral("FunctionName"), QStringLiteral("sdk-fn:prod")}}
        << "ResourceNotFoundException" << 404 << "function:sdk-fn:prod";
    QTest::newRow("InvalidParameterValueException")
        << "UpdateFunctionConfiguration"
        << QJsonObject{{QStringLiteral("FunctionName"), kFn}, {QStringLiteral("MemorySize"), 64}}
        << "InvalidParameterValueException" << 400
        << "MemorySize must be a whole number of MB from 128 to 10240; got 64";
    QTest::newRow("InvalidParameterValueException, reserved variable")
        << "UpdateFunctionConfiguration"
        << QJsonObject{{QStringLiteral("FunctionName"), kFn},
                       {QStringLiteral("Environment"),
                        QJsonObject{{QStringLiteral("Variables"),
                                     QJsonObject{{QStringLiteral("AWS_REGION"), QStringLiteral("x")}}}}}}
        << "InvalidParameterValueException" << 400 << "AWS_REGION";
    QTest::newRow("InvalidRequestContentException")
        << "Invoke"
        << QJsonObject{{QStringLiteral("FunctionName"), kFn}, {QStringLiteral("PayloadText"), QStringLiteral("{bad")}}
        << "InvalidRequestContentException" << 400 << "Could not parse request body into json";
    QTest::newRow("UnknownOperationException")
        << "ListAliases" << QJsonObject{{QStringLiteral("FunctionName"), kFn}} << "UnknownOperationException" << 404
        << "ListAliases is not available in Lambdesk yet";
}

void TestNodeSdk::errors()
{
    QFETCH(QString, command);
    QFETCH(QJsonObject, input);
    QFETCH(QString, name);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    const QJsonObject r = call(command, input);
    QCOMPARE(r.value(u"ok").toBool(), false);
    QCOMPARE(r.value(u"name").toString(), name);
    QCOMPARE(r.value(u"status").toInt(), status);
    QCOMPARE(r.value(u"fault").toString(), QStringLiteral("client"));
    QVERIFY2(r.value(u"message").toString().contains(messagePart), qPrintable(r.value(u"message").toString()));
}

void TestNodeSdk::deleteFunction()
{
    // First two more errors that need a file or the workspace: too large, and a service failure.
    const QString big = m_tmp.filePath(QStringLiteral("big.json"));
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\"" + QByteArray(6 * 1024 * 1024 + 10, 'y') + "\"");
    f.close();
    QJsonObject r = call(QStringLiteral("Invoke"),
                         {{QStringLiteral("FunctionName"), kFn}, {QStringLiteral("PayloadFile"), big}});
    QCOMPARE(r.value(u"name").toString(), QStringLiteral("RequestTooLargeException"));
    QCOMPARE(r.value(u"status").toInt(), 413);

    QFile blocker(m_serve.workspace() + QStringLiteral("/functions/sdk-blocked"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    r = call(QStringLiteral("CreateFunction"),
             {{QStringLiteral("FunctionName"), QStringLiteral("sdk-blocked")},
              {QStringLiteral("Runtime"), QStringLiteral("python3.11")},
              {QStringLiteral("Handler"), QStringLiteral("lambda_function.handler")},
              {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
              {QStringLiteral("Code"), QJsonObject{{QStringLiteral("ZipFileBase64"), m_zipV1}}}});
    QFile::remove(blocker.fileName());
    QCOMPARE(r.value(u"name").toString(), QStringLiteral("ServiceException"));
    QCOMPARE(r.value(u"status").toInt(), 500);
    QCOMPARE(r.value(u"fault").toString(), QStringLiteral("server"));

    for (const QString &name : {kFn, QStringLiteral("sdk-fn-b")}) {
        r = call(QStringLiteral("DeleteFunction"), {{QStringLiteral("FunctionName"), name}});
        QVERIFY(r.value(u"ok").toBool());
        QCOMPARE(r.value(u"status").toInt(), 204);
    }
    r = call(QStringLiteral("GetFunction"), {{QStringLiteral("FunctionName"), kFn}});
    QCOMPARE(r.value(u"name").toString(), QStringLiteral("ResourceNotFoundException"));
    r = call(QStringLiteral("ListFunctions"), {});
    QCOMPARE(r.value(u"output").toObject().value(u"Functions").toArray().size(), 0);
}

void TestNodeSdk::signatures()
{
    ServeProcess strict;
    QString error;
    QVERIFY2(strict.start({QStringLiteral("--require-signature"), QStringLiteral("--quiet")}, &error),
             qPrintable(error));
    const Run profile = run(
        binary(),
        {QStringLiteral("serve"), QStringLiteral("--print-profile"), QStringLiteral("--workspace"), strict.workspace()},
        strict.environment());
    static const QRegularExpression key(QStringLiteral("aws_access_key_id = (\\S+)\\n"));
    static const QRegularExpression secret(QStringLiteral("aws_secret_access_key = (\\S+)\\n"));
    const auto k = key.match(QString::fromUtf8(profile.out));
    const auto s = secret.match(QString::fromUtf8(profile.out));
    QVERIFY2(k.hasMatch() && s.hasMatch(), profile.out.constData());
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), k.captured(1));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), s.captured(1));

    QJsonObject r = call(QStringLiteral("CreateFunction"),
                         {{QStringLiteral("FunctionName"), QStringLiteral("signed-sdk")},
                          {QStringLiteral("Runtime"), QStringLiteral("python3.11")},
                          {QStringLiteral("Handler"), QStringLiteral("lambda_function.handler")},
                          {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
                          {QStringLiteral("Code"), QJsonObject{{QStringLiteral("ZipFileBase64"), m_zipV1}}}},
                         strict.endpoint(), &env);
    QVERIFY2(r.value(u"ok").toBool(), QJsonDocument(r).toJson().constData());
    r = call(QStringLiteral("Invoke"),
             {{QStringLiteral("FunctionName"),
               QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:signed-sdk:$LATEST")},
              {QStringLiteral("PayloadText"), QStringLiteral("{\"signed\":true}")}},
             strict.endpoint(), &env);
    QVERIFY2(r.value(u"ok").toBool(), QJsonDocument(r).toJson().constData());
    QCOMPARE(QJsonDocument::fromJson(r.value(u"payload").toString().toUtf8())
                 .object()
                 .value(u"echo")
                 .toObject()
                 .value(u"signed")
                 .toBool(),
             true);

    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("wrong-secret"));
    r = call(QStringLiteral("ListFunctions"), {}, strict.endpoint(), &env);
    QCOMPARE(r.value(u"name").toString(), QStringLiteral("InvalidSignatureException"));
    QCOMPARE(r.value(u"status").toInt(), 403);
    QCOMPARE(strict.stop(SIGTERM), 0);
    QCOMPARE(strict.runtimeProcesses(), QList<qint64>());
}

QTEST_GUILESS_MAIN(TestNodeSdk)
#include "tst_nodesdk.moc"
