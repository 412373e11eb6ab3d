// The real AWS CLI v2 (Debian's /usr/bin/aws) against `lambdesk serve` for provisioned
// concurrency: put-, get-, list- and delete-provisioned-concurrency-config, AWS's errors for
// $LATEST and a missing configuration, and an invocation that runs warm in the provisioned
// environment. `lambdesk provisioned` reads what the API saved.
#include "servefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace e2e;

namespace {
const QString kAws = QStringLiteral("/usr/bin/aws"); // not the `aws` first on PATH
const QString kFn = QStringLiteral("pc-fn");

QByteArray handlerZip()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("lambda_function.py")));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("import os\n\ndef handler(event, context):\n"
            "    return {'init': os.environ.get('AWS_LAMBDA_INITIALIZATION_TYPE'),\n"
            "            'version': os.environ['AWS_LAMBDA_FUNCTION_VERSION']}\n");
    f.close();
    const auto zip = lambdesk::ziparchive::create(dir.path());
    return zip ? zip.value() : QByteArray();
}
} // namespace

class TestAwsProvisioned : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void putGetListInvokeDelete();
    void errors();

private:
    Run aws(const QStringList &args) { return awsLambda(kAws, m_serve, m_env, args); }
    QJsonObject awsJson(const QStringList &args) { return awsLambdaJson(kAws, m_serve, m_env, args); }

    ServeProcess m_serve;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
};

void TestAwsProvisioned::initTestCase()
{
    QVERIFY2(QFile::exists(kAws), "Debian's AWS CLI v2 is required at /usr/bin/aws (apt-get install awscli)");
    QString error;
    QVERIFY2(m_serve.start({}, &error), qPrintable(error));
    m_env = awsCliEnvironment(m_tmp.path());

    const QString zip = m_tmp.filePath(QStringLiteral("fn.zip"));
    {
        QFile f(zip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(handlerZip());
    }
    const Run created =
        aws({QStringLiteral("create-function"), QStringLiteral("--function-name"), kFn, QStringLiteral("--runtime"),
             QStringLiteral("python3.11"), QStringLiteral("--handler"), QStringLiteral("lambda_function.handler"),
             QStringLiteral("--role"), QStringLiteral("arn:aws:iam::123456789012:role/lambda-role"),
             QStringLiteral("--zip-file"), QStringLiteral("fileb://") + zip, QStringLiteral("--publish")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const Run alias = aws({QStringLiteral("create-alias"), QStringLiteral("--function-name"), kFn,
                           QStringLiteral("--name"), QStringLiteral("live"), QStringLiteral("--function-version"),
                           QStringLiteral("1")});
    QVERIFY2(alias.exitCode == 0, alias.err.constData());
}

void TestAwsProvisioned::cleanupTestCase()
{
    QCOMPARE(m_serve.stop(SIGTERM), 0);
    QCOMPARE(m_serve.runtimeProcesses(), QList<qint64>());
}

void TestAwsProvisioned::putGetListInvokeDelete()
{
    const QJsonObject put =
        awsJson({QStringLiteral("put-provisioned-concurrency-config"), QStringLiteral("--function-name"), kFn,
                 QStringLiteral("--qualifier"), QStringLiteral("live"),
                 QStringLiteral("--provisioned-concurrent-executions"), QStringLiteral("1")});
    QCOMPARE(put.value(u"RequestedProvisionedConcurrentExecutions").toInt(), 1);
    QCOMPARE(put.value(u"Status").toString(), QStringLiteral("IN_PROGRESS"));
    QVERIFY(put.contains(u"AllocatedProvisionedConcurrentExecutions"));
    QVERIFY(put.contains(u"AvailableProvisionedConcurrentExecutions"));
    QVERIFY(!put.value(u"LastModified").toString().isEmpty());

    // READY once its environment is initialised: each get is a real call (no sleeping between).
    QJsonObject got;
    for (int i = 0; i < 60 && got.value(u"Status").toString() != u"READY"; ++i)
        got = awsJson({QStringLiteral("get-provisioned-concurrency-config"), QStringLiteral("--function-name"), kFn,
                       QStringLiteral("--qualifier"), QStringLiteral("live")});
    QCOMPARE(got.value(u"Status").toString(), QStringLiteral("READY"));
    QCOMPARE(got.value(u"AllocatedProvisionedConcurrentExecutions").toInt(), 1);
    QCOMPARE(got.value(u"AvailableProvisionedConcurrentExecutions").toInt(), 1);

    const QJsonObject list = awsJson(
        {QStringLiteral("list-provisioned-concurrency-configs"), QStringLiteral("--function-name"), kFn});
    const QJsonArray configs = list.value(u"ProvisionedConcurrencyConfigs").toArray();
    QCOMPARE(configs.size(), 1);
    QCOMPARE(configs.at(0).toObject().value(u"FunctionArn").toString(),
             QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:pc-fn:live"));
    QCOMPARE(configs.at(0).toObject().value(u"Status").toString(), QStringLiteral("READY"));

    // The invocation runs in the provisioned environment, with no Init Duration in its log.
    const QString out = m_tmp.filePath(QStringLiteral("out.json"));
    const Run invoked = aws({QStringLiteral("invoke"), QStringLiteral("--function-name"), kFn,
                             QStringLiteral("--qualifier"), QStringLiteral("live"), QStringLiteral("--log-type"),
                             QStringLiteral("Tail"), out});
    QVERIFY2(invoked.exitCode == 0, invoked.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(readFile(out)).object();
    QCOMPARE(answer.value(u"init").toString(), QStringLiteral("provisioned-concurrency"));
    QCOMPARE(answer.value(u"version").toString(), QStringLiteral("1"));
    const QByteArray log =
        QByteArray::fromBase64(QJsonDocument::fromJson(invoked.out).object().value(u"LogResult").toString().toLatin1());
    QVERIFY2(log.contains("REPORT RequestId:"), log.constData());
    QVERIFY2(!log.contains("Init Duration"), log.constData());

    const Run deleted = aws({QStringLiteral("delete-provisioned-concurrency-config"),
                             QStringLiteral("--function-name"), kFn, QStringLiteral("--qualifier"),
                             QStringLiteral("live")});
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    const QJsonObject after = awsJson(
        {QStringLiteral("list-provisioned-concurrency-configs"), QStringLiteral("--function-name"), kFn});
    QVERIFY(after.value(u"ProvisionedConcurrencyConfigs").toArray().isEmpty());
    const Run gone = aws({QStringLiteral("get-provisioned-concurrency-config"), QStringLiteral("--function-name"), kFn,
                          QStringLiteral("--qualifier"), QStringLiteral("live")});
    QVERIFY(gone.exitCode != 0);
    QVERIFY2(gone.err.contains("ProvisionedConcurrencyConfigNotFoundException"), gone.err.constData());
}

void TestAwsProvisioned::errors()
{
    const Run latest = aws({QStringLiteral("put-provisioned-concurrency-config"), QStringLiteral("--function-name"),
                            kFn, QStringLiteral("--qualifier"), QStringLiteral("$LATEST"),
                            QStringLiteral("--provisioned-concurrent-executions"), QStringLiteral("1")});
    QVERIFY(latest.exitCode != 0);
    QVERIFY2(latest.err.contains("(InvalidParameterValueException)"), latest.err.constData());
    QVERIFY2(latest.err.contains("Provisioned Concurrency Configs cannot be applied to unpublished function versions."),
             latest.err.constData());

    const Run tooMany = aws({QStringLiteral("put-provisioned-concurrency-config"), QStringLiteral("--function-name"),
                             kFn, QStringLiteral("--qualifier"), QStringLiteral("1"),
                             QStringLiteral("--provisioned-concurrent-executions"), QStringLiteral("50")});
    QVERIFY(tooMany.exitCode != 0);
    QVERIFY2(tooMany.err.contains("(InvalidParameterValueException)"), tooMany.err.constData());

    const Run missing = aws({QStringLiteral("put-provisioned-concurrency-config"), QStringLiteral("--function-name"),
                             QStringLiteral("no-such-fn"), QStringLiteral("--qualifier"), QStringLiteral("1"),
                             QStringLiteral("--provisioned-concurrent-executions"), QStringLiteral("1")});
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains("(ResourceNotFoundException)"), missing.err.constData());
}

QTEST_GUILESS_MAIN(TestAwsProvisioned)
#include "tst_awsprovisioned.moc"
