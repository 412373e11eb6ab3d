// The real AWS CLI v2 (Debian's /usr/bin/aws) against `lambdesk serve` for the asynchronous
// invocation configuration: put-, get-, update-, list- and delete-function-event-invoke-config(s),
// DeadLetterConfig through update-function-configuration, AWS's errors, and an Event invocation
// whose OnFailure destination (another function) receives the invocation record.
#include "servefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace e2e;

namespace {
const QString kAws = QStringLiteral("/usr/bin/aws"); // not the `aws` first on PATH
const QString kArn = QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:");
} // namespace

class TestAwsAsyncConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void putGetUpdateListDelete();
    void errors();
    void deadLetterConfig();
    void onFailureReceivesRecord();

private:
    Run aws(const QStringList &args) { return awsLambda(kAws, m_serve, m_env, args); }
    QJsonObject awsJson(const QStringList &args) { return awsLambdaJson(kAws, m_serve, m_env, args); }
    void createFunction(const QString &name);

    ServeProcess m_serve;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
};

void TestAwsAsyncConfig::initTestCase()
{
    QVERIFY2(QFile::exists(kAws), "Debian's AWS CLI v2 is required at /usr/bin/aws (apt-get install awscli)");
    QString error;
    QVERIFY2(m_serve.start({}, &error), qPrintable(error));
    m_env = awsCliEnvironment(m_tmp.path());
    QFile zip(m_tmp.filePath(QStringLiteral("fn.zip")));
    QVERIFY(zip.open(QIODevice::WriteOnly));
    zip.write(functionZip(QStringLiteral("v1")));
    zip.close();
    createFunction(QStringLiteral("orders"));
    createFunction(QStringLiteral("audit"));
    createFunction(QStringLiteral("failures"));
}

void TestAwsAsyncConfig::cleanupTestCase()
{
    QCOMPARE(m_serve.stop(SIGTERM), 0);
    QCOMPARE(m_serve.runtimeProcesses(), QList<qint64>());
}

void TestAwsAsyncConfig::createFunction(const QString &name)
{
    const Run created =
        aws({QStringLiteral("create-function"), QStringLiteral("--function-name"), name, QStringLiteral("--runtime"),
             QStringLiteral("python3.11"), QStringLiteral("--handler"), QStringLiteral("lambda_function.handler"),
             QStringLiteral("--role"), QStringLiteral("arn:aws:iam::123456789012:role/lambda-role"),
             QStringLiteral("--zip-file"), QStringLiteral("fileb://") + m_tmp.filePath(QStringLiteral("fn.zip"))});
    QVERIFY2(created.exitCode == 0, created.err.constData());
}

void TestAwsAsyncConfig::putGetUpdateListDelete()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    QJsonObject put = awsJson({QStringLiteral("put-function-event-invoke-config"), QStringLiteral("--function-name"),
                               QStringLiteral("orders"), QStringLiteral("--maximum-retry-attempts"),
                               QStringLiteral("1"), QStringLiteral("--maximum-event-age-in-seconds"),
                               QStringLiteral("3600"), QStringLiteral("--destination-config"),
                               QStringLiteral(R"({"OnSuccess":{"Destination":"%1audit"}})").arg(kArn)});
    QCOMPARE(put.value(u"FunctionArn").toString(), kArn + QStringLiteral("orders:$LATEST"));
    QCOMPARE(put.value(u"MaximumRetryAttempts").toInt(), 1);
    QCOMPARE(put.value(u"MaximumEventAgeInSeconds").toInt(), 3600);
    QCOMPARE(put.value(u"DestinationConfig").toObject().value(u"OnSuccess").toObject().value(u"Destination").toString(),
             kArn + QStringLiteral("audit"));
    // The CLI prints LastModified, a timestamp of epoch seconds on the wire, as a date.
    QVERIFY(!put.value(u"LastModified").toString().isEmpty() || put.value(u"LastModified").toDouble() >= before);

    const QJsonObject got = awsJson({QStringLiteral("get-function-event-invoke-config"),
                                     QStringLiteral("--function-name"), QStringLiteral("orders")});
    QCOMPARE(got.value(u"MaximumRetryAttempts").toInt(), 1);
    QCOMPARE(got.value(u"FunctionArn").toString(), kArn + QStringLiteral("orders:$LATEST"));

    // Update merges: the age and OnSuccess stay.
    const QJsonObject updated = awsJson({QStringLiteral("update-function-event-invoke-config"),
                                         QStringLiteral("--function-name"), QStringLiteral("orders"),
                                         QStringLiteral("--maximum-retry-attempts"), QStringLiteral("0")});
    QCOMPARE(updated.value(u"MaximumRetryAttempts").toInt(), 0);
    QCOMPARE(updated.value(u"MaximumEventAgeInSeconds").toInt(), 3600);
    QCOMPARE(
        updated.value(u"DestinationConfig").toObject().value(u"OnSuccess").toObject().value(u"Destination").toString(),
        kArn + QStringLiteral("audit"));
    // Put replaces: nothing of the old one is left.
    const QJsonObject replaced = awsJson({QStringLiteral("put-function-event-invoke-config"),
                                          QStringLiteral("--function-name"), QStringLiteral("orders"),
                                          QStringLiteral("--maximum-retry-attempts"), QStringLiteral("2")});
    QVERIFY(!replaced.contains(u"MaximumEventAgeInSeconds"));
    QVERIFY(replaced.value(u"DestinationConfig").toObject().value(u"OnSuccess").toObject().isEmpty());

    const QJsonObject listed = awsJson({QStringLiteral("list-function-event-invoke-configs"),
                                        QStringLiteral("--function-name"), QStringLiteral("orders")});
    const QJsonArray configs = listed.value(u"FunctionEventInvokeConfigs").toArray();
    QCOMPARE(configs.size(), 1);
    QCOMPARE(configs.first().toObject().value(u"MaximumRetryAttempts").toInt(), 2);

    const Run deleted = aws({QStringLiteral("delete-function-event-invoke-config"), QStringLiteral("--function-name"),
                             QStringLiteral("orders")});
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    const Run gone = aws({QStringLiteral("get-function-event-invoke-config"), QStringLiteral("--function-name"),
                          QStringLiteral("orders")});
    QVERIFY(gone.exitCode != 0);
    QVERIFY2(gone.err.contains("ResourceNotFoundException"), gone.err.constData());
    QVERIFY2(gone.err.contains("doesn't have an EventInvokeConfig"), gone.err.constData());
}

void TestAwsAsyncConfig::errors()
{
    const Run retries = aws({QStringLiteral("put-function-event-invoke-config"), QStringLiteral("--function-name"),
                             QStringLiteral("orders"), QStringLiteral("--maximum-retry-attempts"),
                             QStringLiteral("5")});
    QVERIFY(retries.exitCode != 0);
    // The CLI checks the documented range itself (botocore's validation) or passes our answer on.
    QVERIFY2(retries.err.contains("MaximumRetryAttempts") || retries.err.contains("maximum-retry-attempts")
                 || retries.err.contains("less than or equal to 2"),
             retries.err.constData());
    const Run self = aws({QStringLiteral("put-function-event-invoke-config"), QStringLiteral("--function-name"),
                          QStringLiteral("orders"), QStringLiteral("--destination-config"),
                          QStringLiteral(R"({"OnFailure":{"Destination":"%1nope"}})").arg(kArn)});
    QVERIFY(self.exitCode != 0);
    QVERIFY2(self.err.contains("InvalidParameterValueException"), self.err.constData());
    QVERIFY2(self.err.contains("DestinationConfig.OnFailure.Destination"), self.err.constData());
    const Run update = aws({QStringLiteral("update-function-event-invoke-config"), QStringLiteral("--function-name"),
                            QStringLiteral("audit"), QStringLiteral("--maximum-retry-attempts"), QStringLiteral("1")});
    QVERIFY(update.exitCode != 0);
    QVERIFY2(update.err.contains("ResourceNotFoundException"), update.err.constData());
}

void TestAwsAsyncConfig::deadLetterConfig()
{
    const QJsonObject updated =
        awsJson({QStringLiteral("update-function-configuration"), QStringLiteral("--function-name"),
                 QStringLiteral("audit"), QStringLiteral("--dead-letter-config"),
                 QStringLiteral("TargetArn=%1failures").arg(kArn)});
    QCOMPARE(updated.value(u"DeadLetterConfig").toObject().value(u"TargetArn").toString(),
             kArn + QStringLiteral("failures"));
    const QJsonObject got = awsJson({QStringLiteral("get-function-configuration"), QStringLiteral("--function-name"),
                                     QStringLiteral("audit")});
    QCOMPARE(got.value(u"DeadLetterConfig").toObject().value(u"TargetArn").toString(),
             kArn + QStringLiteral("failures"));
    const Run bad = aws({QStringLiteral("update-function-configuration"), QStringLiteral("--function-name"),
                         QStringLiteral("audit"), QStringLiteral("--dead-letter-config"),
                         QStringLiteral("TargetArn=arn:aws:sns:us-east-1:000000000000:topic")});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains("DeadLetterConfig.TargetArn"), bad.err.constData());
    // Removed again with an empty target, as on AWS.
    const QJsonObject cleared = awsJson({QStringLiteral("update-function-configuration"),
                                         QStringLiteral("--function-name"), QStringLiteral("audit"),
                                         QStringLiteral("--dead-letter-config"), QStringLiteral("{}")});
    QVERIFY(!cleared.contains(u"DeadLetterConfig"));
}

void TestAwsAsyncConfig::onFailureReceivesRecord()
{
    const Run put = aws({QStringLiteral("put-function-event-invoke-config"), QStringLiteral("--function-name"),
                         QStringLiteral("orders"), QStringLiteral("--maximum-retry-attempts"), QStringLiteral("0"),
                         QStringLiteral("--destination-config"),
                         QStringLiteral(R"({"OnFailure":{"Destination":"%1failures"}})").arg(kArn)});
    QVERIFY2(put.exitCode == 0, put.err.constData());
    const Run invoked = aws({QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("orders"),
                             QStringLiteral("--invocation-type"), QStringLiteral("Event"),
                             QStringLiteral("--cli-binary-format"), QStringLiteral("raw-in-base64-out"),
                             QStringLiteral("--payload"), QStringLiteral(R"({"fail": "e2e-poison"})"),
                             m_tmp.filePath(QStringLiteral("out.json"))});
    QVERIFY2(invoked.exitCode == 0, invoked.err.constData());
    // `failures` prints the event it got (sort_keys): the record, with the condition and the count.
    QVERIFY2(m_serve.waitForStdErr([](const QByteArray &err) {
        return err.contains("\"condition\": \"RetriesExhausted\"") && err.contains("\"approximateInvokeCount\": 1");
    }),
             m_serve.stdErr().right(3000).constData());
    QVERIFY(m_serve.stdErr().contains("the invocation record went to the OnFailure destination function failures"));
}

QTEST_GUILESS_MAIN(TestAwsAsyncConfig)
#include "tst_awsasyncconfig.moc"
