// The real AWS CLI v2 (Debian's /usr/bin/aws) against `lambdesk serve`: every supported
// operation, the Invoke variants, and each AWS error as the CLI prints AWS's own.
#include "servefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace e2e;

namespace {

const QString kAws = QStringLiteral("/usr/bin/aws"); // not the `aws` first on PATH
const QString kFn = QStringLiteral("cli-fn");

} // namespace

class TestAwsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createFunction();
    void createConflict();
    void listFunctionsPaginates();
    void getFunctionAndCode();
    void getFunctionConfiguration();
    void updateConfiguration();
    void updateCode();
    void invokeWithLogTailAndClientContext();
    void invokeFunctionError();
    void invokeEvent();
    void invokeDryRun();
    void errors_data();
    void errors();
    void payloadTooLarge();
    void serviceException();
    void deleteFunction();
    void signatures();

private:
    Run aws(QStringList args, const QProcessEnvironment *env = nullptr);
    QJsonObject awsJson(const QStringList &args);
    QJsonObject invoke(const QStringList &extra, const QByteArray &payload, QByteArray *response);

    ServeProcess m_serve;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
};

void TestAwsCli::initTestCase()
{
    QVERIFY2(QFile::exists(kAws), "Debian's AWS CLI v2 is required at /usr/bin/aws (apt-get install awscli)");
    QString error;
    QVERIFY2(m_serve.start({}, &error), qPrintable(error));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDLOCALTESTING01"));
    m_env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("local-secret"));
    m_env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    m_env.insert(QStringLiteral("AWS_PAGER"), QString());
    m_env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1")); // an error is reported, not retried
    m_env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    m_env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_tmp.filePath(QStringLiteral("no-config")));
    m_env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_tmp.filePath(QStringLiteral("no-credentials")));
    m_env.insert(QStringLiteral("HOME"), m_tmp.path());
    m_env.remove(QStringLiteral("AWS_PROFILE"));
    QFile v1(m_tmp.filePath(QStringLiteral("v1.zip"))), v2(m_tmp.filePath(QStringLiteral("v2.zip")));
    QVERIFY(v1.open(QIODevice::WriteOnly) && v1.write(functionZip(QStringLiteral("v1"))) > 0);
    QVERIFY(v2.open(QIODevice::WriteOnly) && v2.write(functionZip(QStringLiteral("v2"))) > 0);
}

void TestAwsCli::cleanupTestCase()
{
    QCOMPARE(m_serve.stop(SIGTERM), 0);
    QCOMPARE(m_serve.runtimeProcesses(), QList<qint64>());
}

Run TestAwsCli::aws(QStringList args, const QProcessEnvironment *env)
{
    args.prepend(m_serve.endpoint());
    args.prepend(QStringLiteral("--endpoint-url"));
    return run(kAws, args, env ? *env : m_env);
}

QJsonObject TestAwsCli::awsJson(const QStringList &args)
{
    const Run r = aws(args + QStringList{QStringLiteral("--output"), QStringLiteral("json")});
    if (r.exitCode != 0)
        qWarning("aws %s failed (%d): %s", qPrintable(args.join(u' ')), r.exitCode, r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject TestAwsCli::invoke(const QStringList &extra, const QByteArray &payload, QByteArray *response)
{
    const QString out = m_tmp.filePath(QStringLiteral("response.json"));
    QFile::remove(out);
    QStringList args{QStringLiteral("lambda"),
                     QStringLiteral("invoke"),
                     QStringLiteral("--function-name"),
                     kFn,
                     QStringLiteral("--cli-binary-format"),
                     QStringLiteral("raw-in-base64-out"),
                     QStringLiteral("--payload"),
                     QString::fromUtf8(payload)};
    const QJsonObject result = awsJson(args + extra + QStringList{out});
    QFile f(out);
    if (response && f.open(QIODevice::ReadOnly))
        *response = f.readAll();
    return result;
}

void TestAwsCli::createFunction()
{
    const QJsonObject c = awsJson(
        {QStringLiteral("lambda"), QStringLiteral("create-function"), QStringLiteral("--function-name"), kFn,
         QStringLiteral("--runtime"), QStringLiteral("python3.11"), QStringLiteral("--handler"),
         QStringLiteral("lambda_function.handler"), QStringLiteral("--role"),
         QStringLiteral("arn:aws:iam::123456789012:role/lambda-role"), QStringLiteral("--zip-file"),
         QStringLiteral("fileb://") + m_tmp.filePath(QStringLiteral("v1.zip")), QStringLiteral("--environment"),
         QStringLiteral("Variables={GREETING=hello}"), QStringLiteral("--description"),
         QStringLiteral("created by the AWS CLI")});
    QCOMPARE(c.value(u"FunctionName").toString(), kFn);
    QCOMPARE(c.value(u"FunctionArn").toString(),
             QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:cli-fn"));
    QCOMPARE(c.value(u"Runtime").toString(), QStringLiteral("python3.11"));
    QCOMPARE(c.value(u"Handler").toString(), QStringLiteral("lambda_function.handler"));
    QCOMPARE(c.value(u"Role").toString(), QStringLiteral("arn:aws:iam::123456789012:role/lambda-role"));
    QCOMPARE(c.value(u"Description").toString(), QStringLiteral("created by the AWS CLI"));
    QCOMPARE(c.value(u"MemorySize").toInt(), 128);
    QCOMPARE(c.value(u"Timeout").toInt(), 3);
    QCOMPARE(c.value(u"EphemeralStorage").toObject().value(u"Size").toInt(), 512);
    QCOMPARE(c.value(u"Environment").toObject().value(u"Variables").toObject().value(u"GREETING").toString(),
             QStringLiteral("hello"));
    QCOMPARE(c.value(u"State").toString(), QStringLiteral("Active"));
    QCOMPARE(c.value(u"Version").toString(), QStringLiteral("$LATEST"));
    QVERIFY(!c.value(u"CodeSha256").toString().isEmpty());
    QVERIFY(c.value(u"CodeSize").toInt() > 0);
    QVERIFY(c.value(u"LastModified").toString().endsWith(u"+0000"));
}

void TestAwsCli::createConflict()
{
    const Run r = aws({QStringLiteral("lambda"), QStringLiteral("create-function"), QStringLiteral("--function-name"),
                       kFn, QStringLiteral("--runtime"), QStringLiteral("python3.11"), QStringLiteral("--handler"),
                       QStringLiteral("x.y"), QStringLiteral("--role"),
                       QStringLiteral("arn:aws:iam::123456789012:role/r"), QStringLiteral("--zip-file"),
                       QStringLiteral("fileb://") + m_tmp.filePath(QStringLiteral("v1.zip"))});
    QCOMPARE(r.exitCode, 254);
    QVERIFY2(r.err.contains("An error occurred (ResourceConflictException) when calling the CreateFunction operation"),
             r.err.constData());
    QVERIFY2(r.err.contains("Function already exist: cli-fn"), r.err.constData());
}

void TestAwsCli::listFunctionsPaginates()
{
    const QJsonObject b = awsJson(
        {QStringLiteral("lambda"), QStringLiteral("create-function"), QStringLiteral("--function-name"),
         QStringLiteral("cli-fn-b"), QStringLiteral("--runtime"), QStringLiteral("python3.11"),
         QStringLiteral("--handler"), QStringLiteral("lambda_function.handler"), QStringLiteral("--role"),
         QStringLiteral("arn:aws:iam::123456789012:role/r"), QStringLiteral("--zip-file"),
         QStringLiteral("fileb://") + m_tmp.filePath(QStringLiteral("v1.zip"))});
    QCOMPARE(b.value(u"FunctionName").toString(), QStringLiteral("cli-fn-b"));

    const qsizetype before = m_serve.stdErr().count("200 ListFunctions");
    // One request per function: the CLI follows NextMarker until the last page.
    QJsonObject all = awsJson({QStringLiteral("lambda"), QStringLiteral("list-functions"),
                               QStringLiteral("--page-size"), QStringLiteral("1")});
    QStringList names;
    for (const QJsonValue &f : all.value(u"Functions").toArray())
        names << f.toObject().value(u"FunctionName").toString();
    QCOMPARE(names, (QStringList{kFn, QStringLiteral("cli-fn-b")}));
    QTRY_COMPARE_WITH_TIMEOUT(m_serve.stdErr().count("200 ListFunctions") - before, qsizetype(2), 5000);

    const QJsonObject first = awsJson({QStringLiteral("lambda"), QStringLiteral("list-functions"),
                                       QStringLiteral("--max-items"), QStringLiteral("1")});
    QCOMPARE(first.value(u"Functions").toArray().size(), 1);
    QCOMPARE(first.value(u"Functions").toArray().first().toObject().value(u"FunctionName").toString(), kFn);
    const QString token = first.value(u"NextToken").toString();
    QVERIFY(!token.isEmpty());
    const QJsonObject second = awsJson({QStringLiteral("lambda"), QStringLiteral("list-functions"),
                                        QStringLiteral("--max-items"), QStringLiteral("1"),
                                        QStringLiteral("--starting-token"), token});
    QCOMPARE(second.value(u"Functions").toArray().size(), 1);
    QCOMPARE(second.value(u"Functions").toArray().first().toObject().value(u"FunctionName").toString(),
             QStringLiteral("cli-fn-b"));
    QVERIFY(!second.contains(u"NextToken"));
}

void TestAwsCli::getFunctionAndCode()
{
    const QJsonObject g = awsJson({QStringLiteral("lambda"), QStringLiteral("get-function"),
                                   QStringLiteral("--function-name"),
                                   QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:cli-fn")});
    QCOMPARE(g.value(u"Configuration").toObject().value(u"FunctionName").toString(), kFn);
    const QJsonObject code = g.value(u"Code").toObject();
    QCOMPARE(code.value(u"RepositoryType").toString(), QStringLiteral("S3"));
    const QUrl location(code.value(u"Location").toString());
    QCOMPARE(location.port(), int(m_serve.port()));

    // Code.Location works without credentials, like a presigned S3 URL.
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(location));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QTemporaryDir out;
    QVERIFY(lambdesk::ziparchive::extract(reply->readAll(), out.path()).ok());
    QFile handler(out.filePath(QStringLiteral("lambda_function.py")));
    QVERIFY(handler.open(QIODevice::ReadOnly));
    QVERIFY(handler.readAll().contains("VERSION = \"v1\""));
    reply->deleteLater();
}

void TestAwsCli::getFunctionConfiguration()
{
    const QJsonObject c = awsJson({QStringLiteral("lambda"), QStringLiteral("get-function-configuration"),
                                   QStringLiteral("--function-name"), kFn, QStringLiteral("--qualifier"),
                                   QStringLiteral("$LATEST")});
    QCOMPARE(c.value(u"FunctionName").toString(), kFn);
    QCOMPARE(c.value(u"FunctionArn").toString(),
             QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:cli-fn:$LATEST"));
    QCOMPARE(c.value(u"Handler").toString(), QStringLiteral("lambda_function.handler"));
}

void TestAwsCli::updateConfiguration()
{
    const QJsonObject before = awsJson({QStringLiteral("lambda"), QStringLiteral("get-function-configuration"),
                                        QStringLiteral("--function-name"), kFn});
    const QJsonObject u = awsJson({QStringLiteral("lambda"), QStringLiteral("update-function-configuration"),
                                   QStringLiteral("--function-name"), kFn, QStringLiteral("--memory-size"),
                                   QStringLiteral("256"), QStringLiteral("--timeout"), QStringLiteral("10"),
                                   QStringLiteral("--environment"), QStringLiteral("Variables={GREETING=changed}"),
                                   QStringLiteral("--revision-id"), before.value(u"RevisionId").toString()});
    QCOMPARE(u.value(u"MemorySize").toInt(), 256);
    QCOMPARE(u.value(u"Timeout").toInt(), 10);
    QCOMPARE(u.value(u"Environment").toObject().value(u"Variables").toObject().value(u"GREETING").toString(),
             QStringLiteral("changed"));
    QCOMPARE(u.value(u"Handler").toString(), QStringLiteral("lambda_function.handler")); // untouched fields stay
    QVERIFY(u.value(u"RevisionId").toString() != before.value(u"RevisionId").toString());

    // The old revision no longer matches.
    const Run stale = aws({QStringLiteral("lambda"), QStringLiteral("update-function-configuration"),
                           QStringLiteral("--function-name"), kFn, QStringLiteral("--timeout"), QStringLiteral("11"),
                           QStringLiteral("--revision-id"), before.value(u"RevisionId").toString()});
    QCOMPARE(stale.exitCode, 254);
    QVERIFY2(stale.err.contains("(PreconditionFailedException) when calling the UpdateFunctionConfiguration operation"),
             stale.err.constData());

    QByteArray response;
    invoke({}, "{}", &response);
    const QJsonObject payload = QJsonDocument::fromJson(response).object();
    QCOMPARE(payload.value(u"greeting").toString(), QStringLiteral("changed"));
    QCOMPARE(payload.value(u"memory").toString(), QStringLiteral("256"));
}

void TestAwsCli::updateCode()
{
    const QJsonObject before = awsJson({QStringLiteral("lambda"), QStringLiteral("get-function-configuration"),
                                        QStringLiteral("--function-name"), kFn});
    const QJsonObject dry = awsJson({QStringLiteral("lambda"), QStringLiteral("update-function-code"),
                                     QStringLiteral("--function-name"), kFn, QStringLiteral("--zip-file"),
                                     QStringLiteral("fileb://") + m_tmp.filePath(QStringLiteral("v2.zip")),
                                     QStringLiteral("--dry-run")});
    QVERIFY(dry.value(u"CodeSha256").toString() != before.value(u"CodeSha256").toString());
    QByteArray response;
    invoke({}, "{}", &response);
    QCOMPARE(QJsonDocument::fromJson(response).object().value(u"version").toString(),
             QStringLiteral("v1")); // a dry run changes nothing

    const QJsonObject u = awsJson({QStringLiteral("lambda"), QStringLiteral("update-function-code"),
                                   QStringLiteral("--function-name"), kFn, QStringLiteral("--zip-file"),
                                   QStringLiteral("fileb://") + m_tmp.filePath(QStringLiteral("v2.zip"))});
    QCOMPARE(u.value(u"CodeSha256").toString(), dry.value(u"CodeSha256").toString());
    QCOMPARE(u.value(u"MemorySize").toInt(), 256);
    invoke({}, "{}", &response);
    QCOMPARE(QJsonDocument::fromJson(response).object().value(u"version").toString(), QStringLiteral("v2"));
}

void TestAwsCli::invokeWithLogTailAndClientContext()
{
    const QByteArray context = QByteArrayLiteral("{\"custom\":{\"tenant\":\"t-42\"}}").toBase64();
    QByteArray response;
    const QJsonObject r = invoke({QStringLiteral("--log-type"), QStringLiteral("Tail"),
                                  QStringLiteral("--client-context"), QString::fromLatin1(context)},
                                 "{\"order\":7}", &response);
    QCOMPARE(r.value(u"StatusCode").toInt(), 200);
    QCOMPARE(r.value(u"ExecutedVersion").toString(), QStringLiteral("$LATEST"));
    QVERIFY(!r.contains(u"FunctionError"));
    const QJsonObject payload = QJsonDocument::fromJson(response).object();
    QCOMPARE(payload.value(u"echo").toObject().value(u"order").toInt(), 7);
    QCOMPARE(payload.value(u"custom").toObject().value(u"tenant").toString(), QStringLiteral("t-42"));
    QCOMPARE(payload.value(u"function").toString(), kFn);
    const QByteArray log = QByteArray::fromBase64(r.value(u"LogResult").toString().toLatin1());
    QVERIFY2(log.contains("handler saw {\"order\": 7}"), log.constData());
    QVERIFY2(log.contains("START RequestId: "), log.constData());
    QVERIFY2(log.contains("REPORT RequestId: "), log.constData());
}

void TestAwsCli::invokeFunctionError()
{
    QByteArray response;
    const QJsonObject r = invoke({}, "{\"fail\":\"bad order\"}", &response);
    QCOMPARE(r.value(u"StatusCode").toInt(), 200); // a function error is still HTTP 200
    QCOMPARE(r.value(u"FunctionError").toString(), QStringLiteral("Unhandled"));
    const QJsonObject payload = QJsonDocument::fromJson(response).object();
    QCOMPARE(payload.value(u"errorType").toString(), QStringLiteral("ValueError"));
    QCOMPARE(payload.value(u"errorMessage").toString(), QStringLiteral("boom: bad order"));
}

void TestAwsCli::invokeEvent()
{
    const QString marker = m_tmp.filePath(QStringLiteral("event-ran"));
    const QByteArray payload = "{\"touch\":\"" + marker.toUtf8() + "\"}";
    QByteArray response;
    const QJsonObject r = invoke({QStringLiteral("--invocation-type"), QStringLiteral("Event")}, payload, &response);
    QCOMPARE(r.value(u"StatusCode").toInt(), 202);
    QVERIFY(response.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(readFile(marker).size(), 36, 20000); // it ran after the 202: a request id
    const QString requestId = QString::fromLatin1(readFile(marker));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_serve.stdErr().contains(QStringLiteral("Async event %1: succeeded on attempt 1").arg(requestId).toUtf8()),
        5000);
}

void TestAwsCli::invokeDryRun()
{
    const qsizetype runs = m_serve.stdErr().count("START RequestId");
    QByteArray response;
    const QJsonObject r = invoke({QStringLiteral("--invocation-type"), QStringLiteral("DryRun")}, "{}", &response);
    QCOMPARE(r.value(u"StatusCode").toInt(), 204);
    QVERIFY(response.isEmpty());
    QCOMPARE(m_serve.stdErr().count("START RequestId"), runs); // validated, never run
}

void TestAwsCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // what the CLI prints

    QTest::newRow("ResourceNotFoundException")
        << QStringList{QStringLiteral("get-function"), QStringLiteral("--function-name"), QStringLiteral("no-such-fn")}
        << "An error occurred (ResourceNotFoundException) when calling the GetFunction operation (reached max retries: 0): "
           "Function not found: arn:aws:lambda:us-east-1:000000000000:function:no-such-fn";
    QTest::newRow("ResourceNotFoundException, version")
        << QStringList{QStringLiteral("get-function-configuration"), QStringLiteral("--function-name"), kFn,
                       QStringLiteral("--qualifier"), QStringLiteral("7")}
        << "(ResourceNotFoundException) when calling the GetFunctionConfiguration operation (reached max retries: 0): "
           "Function not found: arn:aws:lambda:us-east-1:000000000000:function:cli-fn:7";
    QTest::newRow("InvalidParameterValueException")
        << QStringList{QStringLiteral("update-function-configuration"), QStringLiteral("--function-name"), kFn,
                       QStringLiteral("--timeout"), QStringLiteral("901")}
        << "(InvalidParameterValueException) when calling the UpdateFunctionConfiguration operation (reached max retries: 0): "
           "Timeout must be a whole number of seconds from 1 to 900; got 901";
    QTest::newRow("InvalidParameterValueException, memory")
        << QStringList{QStringLiteral("update-function-configuration"), QStringLiteral("--function-name"), kFn,
                       QStringLiteral("--memory-size"), QStringLiteral("20000")}
        << "(InvalidParameterValueException) when calling the UpdateFunctionConfiguration operation (reached max retries: 0): MemorySize";
    QTest::newRow("InvalidRequestContentException")
        << QStringList{QStringLiteral("invoke"),
                       QStringLiteral("--function-name"),
                       kFn,
                       QStringLiteral("--cli-binary-format"),
                       QStringLiteral("raw-in-base64-out"),
                       QStringLiteral("--payload"),
                       QStringLiteral("{not json"),
                       QStringLiteral("/dev/null")}
        << "(InvalidRequestContentException) when calling the Invoke operation (reached max retries: 0): Could not parse request body into json";
    QTest::newRow("UnknownOperationException")
        << QStringList{QStringLiteral("list-aliases"), QStringLiteral("--function-name"), kFn}
        << "(UnknownOperationException) when calling the ListAliases operation (reached max retries: 0): ListAliases is not available in Lambdesk yet";
    QTest::newRow("InvalidParameterValueException, $LATEST delete")
        << QStringList{QStringLiteral("delete-function"), QStringLiteral("--function-name"), kFn,
                       QStringLiteral("--qualifier"), QStringLiteral("$LATEST")}
        << "(InvalidParameterValueException) when calling the DeleteFunction operation (reached max retries: 0): "
           "$LATEST version cannot be deleted without deleting the function.";
}

void TestAwsCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = aws(QStringList{QStringLiteral("lambda")} + args);
    QCOMPARE(r.exitCode, 254); // the CLI's code for an error the service returned
    QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
}

void TestAwsCli::payloadTooLarge()
{
    const QString file = m_tmp.filePath(QStringLiteral("big.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\"" + QByteArray(6 * 1024 * 1024, 'x') + "\"");
    f.close();
    const Run r = aws({QStringLiteral("lambda"), QStringLiteral("invoke"), QStringLiteral("--function-name"), kFn,
                       QStringLiteral("--payload"), QStringLiteral("fileb://") + file, QStringLiteral("/dev/null")});
    QCOMPARE(r.exitCode, 254);
    QVERIFY2(r.err.contains("(RequestTooLargeException) when calling the Invoke operation"), r.err.constData());
    QVERIFY2(r.err.contains("6291456 bytes allowed for an synchronous invocation") || r.err.contains("6291456"),
             r.err.constData());
}

void TestAwsCli::serviceException()
{
    // A file where the function's folder must go: the workspace cannot install it (even as root).
    QFile blocker(m_serve.workspace() + QStringLiteral("/functions/cli-blocked"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Run r = aws({QStringLiteral("lambda"), QStringLiteral("create-function"), QStringLiteral("--function-name"),
                       QStringLiteral("cli-blocked"), QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                       QStringLiteral("--handler"), QStringLiteral("lambda_function.handler"), QStringLiteral("--role"),
                       QStringLiteral("arn:aws:iam::123456789012:role/r"), QStringLiteral("--zip-file"),
                       QStringLiteral("fileb://") + m_tmp.filePath(QStringLiteral("v1.zip"))});
    QFile::remove(blocker.fileName());
    QCOMPARE(r.exitCode, 254);
    QVERIFY2(
        r.err.contains(
            "An error occurred (ServiceException) when calling the CreateFunction operation (reached max retries: 0): Cannot create"),
        r.err.constData());
}

void TestAwsCli::deleteFunction()
{
    for (const QString &name : {kFn, QStringLiteral("cli-fn-b")}) {
        const Run r = aws(
            {QStringLiteral("lambda"), QStringLiteral("delete-function"), QStringLiteral("--function-name"), name});
        QCOMPARE(r.exitCode, 0);
    }
    const Run gone = aws(
        {QStringLiteral("lambda"), QStringLiteral("get-function"), QStringLiteral("--function-name"), kFn});
    QCOMPARE(gone.exitCode, 254);
    QVERIFY(gone.err.contains("(ResourceNotFoundException)"));
    QCOMPARE(awsJson({QStringLiteral("lambda"), QStringLiteral("list-functions")}).value(u"Functions").toArray().size(),
             0);
}

void TestAwsCli::signatures()
{
    // A second server that checks SigV4 against the credentials Lambdesk generated.
    ServeProcess strict;
    QString error;
    QVERIFY2(strict.start({QStringLiteral("--require-signature"), QStringLiteral("--quiet")}, &error),
             qPrintable(error));
    QVERIFY(strict.stdOut().contains("signatures  required"));
    const Run profile = run(
        binary(),
        {QStringLiteral("serve"), QStringLiteral("--print-profile"), QStringLiteral("--workspace"), strict.workspace()},
        strict.environment());
    QCOMPARE(profile.exitCode, 0);
    static const QRegularExpression key(QStringLiteral("aws_access_key_id = (AKIA[A-Z2-7]{16})\\n"));
    static const QRegularExpression secret(QStringLiteral("aws_secret_access_key = (\\S{40})\\n"));
    const auto k = key.match(QString::fromUtf8(profile.out));
    const auto s = secret.match(QString::fromUtf8(profile.out));
    QVERIFY2(k.hasMatch() && s.hasMatch(), profile.out.constData());
    QVERIFY(profile.out.contains("[profile lambdesk]"));

    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), k.captured(1));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), s.captured(1));
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("eu-west-1")); // any region signs
    const QStringList list{QStringLiteral("--endpoint-url"), strict.endpoint(), QStringLiteral("lambda"),
                           QStringLiteral("list-functions")};
    Run r = run(kAws, list, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"Functions").toArray().size(), 0);

    // Signed, with a function name that needs encoding in the path (ARN and qualifier).
    const Run created = run(kAws,
                            {QStringLiteral("--endpoint-url"), strict.endpoint(), QStringLiteral("lambda"),
                             QStringLiteral("create-function"), QStringLiteral("--function-name"),
                             QStringLiteral("signed-fn"), QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                             QStringLiteral("--handler"), QStringLiteral("lambda_function.handler"),
                             QStringLiteral("--role"), QStringLiteral("arn:aws:iam::123456789012:role/r"),
                             QStringLiteral("--zip-file"),
                             QStringLiteral("fileb://") + m_tmp.filePath(QStringLiteral("v1.zip"))},
                            env);
    QCOMPARE(created.exitCode, 0);
    const QString out = m_tmp.filePath(QStringLiteral("signed.json"));
    r = run(kAws,
            {QStringLiteral("--endpoint-url"), strict.endpoint(), QStringLiteral("lambda"), QStringLiteral("invoke"),
             QStringLiteral("--function-name"),
             QStringLiteral("arn:aws:lambda:eu-west-1:000000000000:function:signed-fn:$LATEST"),
             QStringLiteral("--cli-binary-format"), QStringLiteral("raw-in-base64-out"), QStringLiteral("--payload"),
             QStringLiteral("{\"q\":\"a b/c\"}"), out},
            env);
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"echo").toObject().value(u"q").toString(),
             QStringLiteral("a b/c"));

    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("not-the-secret"));
    r = run(kAws, list, env);
    QCOMPARE(r.exitCode, 254);
    QVERIFY2(r.err.contains("An error occurred (InvalidSignatureException) when calling the ListFunctions operation"),
             r.err.constData());

    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAUNKNOWNUNKNOWN00"));
    r = run(kAws, list, env);
    QCOMPARE(r.exitCode, 254);
    QVERIFY2(r.err.contains("(UnrecognizedClientException) when calling the ListFunctions operation"),
             r.err.constData());

    r = run(kAws, list + QStringList{QStringLiteral("--no-sign-request")}, env);
    QCOMPARE(r.exitCode, 254);
    QVERIFY2(r.err.contains("(MissingAuthenticationTokenException) when calling the ListFunctions operation"),
             r.err.constData());

    QCOMPARE(strict.stop(SIGTERM), 0);
    QCOMPARE(strict.runtimeProcesses(), QList<qint64>());
}

QTEST_GUILESS_MAIN(TestAwsCli)
#include "tst_awscli.moc"
