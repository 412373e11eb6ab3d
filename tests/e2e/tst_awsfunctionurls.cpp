// The real AWS CLI v2 (Debian's /usr/bin/aws) against `lambdesk serve` for function URL
// configurations: create-, get-, update- (CORS), list- and delete-function-url-config(s) with
// AWS's shapes (FunctionUrl on serve's own port), a URL for an alias, and AWS's errors: a second
// URL for the same qualifier (ResourceConflictException), a version number, a missing function.
#include "servefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace e2e;
using namespace Qt::StringLiterals;

namespace {
const QString kAws = u"/usr/bin/aws"_s; // not the `aws` first on PATH
const QString kFn = u"url-fn"_s;
const QString kArn = u"arn:aws:lambda:us-east-1:000000000000:function:url-fn"_s;
} // namespace

class TestAwsFunctionUrls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createGetUpdateListDelete();
    void aliasUrl();
    void errors();
    void publicUrlPermission();

private:
    Run aws(const QStringList &args) { return awsLambda(kAws, m_serve, m_env, args); }
    QJsonObject awsJson(const QStringList &args) { return awsLambdaJson(kAws, m_serve, m_env, args); }

    ServeProcess m_serve;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
};

void TestAwsFunctionUrls::initTestCase()
{
    QVERIFY2(QFile::exists(kAws), "Debian's AWS CLI v2 is required at /usr/bin/aws (apt-get install awscli)");
    QString error;
    QVERIFY2(m_serve.start({}, &error), qPrintable(error));
    m_env = awsCliEnvironment(m_tmp.path());

    const QString zip = m_tmp.filePath(u"fn.zip"_s);
    {
        QFile f(zip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(functionZip(u"1"_s));
    }
    const Run created = aws({u"create-function"_s, u"--function-name"_s, kFn, u"--runtime"_s, u"python3.11"_s,
                             u"--handler"_s, u"lambda_function.handler"_s, u"--role"_s,
                             u"arn:aws:iam::123456789012:role/lambda-role"_s, u"--zip-file"_s,
                             u"fileb://"_s + zip, u"--publish"_s});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const Run alias = aws({u"create-alias"_s, u"--function-name"_s, kFn, u"--name"_s, u"live"_s,
                           u"--function-version"_s, u"1"_s});
    QVERIFY2(alias.exitCode == 0, alias.err.constData());
}

void TestAwsFunctionUrls::cleanupTestCase()
{
    QCOMPARE(m_serve.stop(SIGTERM), 0);
    QCOMPARE(m_serve.runtimeProcesses(), QList<qint64>());
}

void TestAwsFunctionUrls::createGetUpdateListDelete()
{
    const QJsonObject created = awsJson({u"create-function-url-config"_s, u"--function-name"_s, kFn,
                                         u"--auth-type"_s, u"NONE"_s});
    const QString url = created.value(u"FunctionUrl").toString();
    static const QRegularExpression form(u"^http://([a-z0-9]{32})\\.lambda-url\\.localhost:(\\d+)/$"_s);
    const auto m = form.match(url);
    QVERIFY2(m.hasMatch(), qPrintable(url));
    QCOMPARE(m.captured(2).toUInt(), uint(m_serve.port())); // serve's own port: it serves the URL too
    QCOMPARE(created.value(u"FunctionArn").toString(), kArn);
    QCOMPARE(created.value(u"AuthType").toString(), u"NONE"_s);
    // (InvokeMode is answered too, but Debian's CLI 2.9 predates it and drops it from its output.)
    QVERIFY(!created.value(u"CreationTime").toString().isEmpty());
    QVERIFY(!created.contains(u"Cors"));

    const QJsonObject got = awsJson({u"get-function-url-config"_s, u"--function-name"_s, kFn});
    QCOMPARE(got.value(u"FunctionUrl").toString(), url);
    QCOMPARE(got.value(u"CreationTime").toString(), created.value(u"CreationTime").toString());
    QCOMPARE(got.value(u"LastModifiedTime").toString(), got.value(u"CreationTime").toString()); // not changed since

    // By ARN too, as the SDKs often name functions.
    const QJsonObject byArn = awsJson({u"get-function-url-config"_s, u"--function-name"_s, kArn});
    QCOMPARE(byArn.value(u"FunctionUrl").toString(), url);

    const QJsonObject updated = awsJson(
        {u"update-function-url-config"_s, u"--function-name"_s, kFn, u"--cors"_s,
         u"{\"AllowOrigins\":[\"https://example.com\"],\"AllowMethods\":[\"GET\",\"POST\"],\"MaxAge\":300,"
         "\"AllowHeaders\":[\"content-type\"],\"AllowCredentials\":true}"_s});
    QCOMPARE(updated.value(u"FunctionUrl").toString(), url); // the id never changes
    QCOMPARE(updated.value(u"AuthType").toString(), u"NONE"_s);
    const QJsonObject cors = updated.value(u"Cors").toObject();
    QCOMPARE(cors.value(u"AllowOrigins").toArray(), QJsonArray{u"https://example.com"_s});
    QCOMPARE(cors.value(u"AllowMethods").toArray(), (QJsonArray{u"GET"_s, u"POST"_s}));
    QCOMPARE(cors.value(u"AllowHeaders").toArray(), QJsonArray{u"content-type"_s});
    QCOMPARE(cors.value(u"MaxAge").toInt(), 300);
    QCOMPARE(cors.value(u"AllowCredentials").toBool(), true);
    QCOMPARE(updated.value(u"CreationTime").toString(), created.value(u"CreationTime").toString());

    const QJsonObject list = awsJson({u"list-function-url-configs"_s, u"--function-name"_s, kFn});
    const QJsonArray configs = list.value(u"FunctionUrlConfigs").toArray();
    QCOMPARE(configs.size(), 1);
    QCOMPARE(configs.at(0).toObject().value(u"FunctionUrl").toString(), url);
    QCOMPARE(configs.at(0).toObject().value(u"Cors").toObject().value(u"MaxAge").toInt(), 300);

    const Run deleted = aws({u"delete-function-url-config"_s, u"--function-name"_s, kFn});
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    const Run gone = aws({u"get-function-url-config"_s, u"--function-name"_s, kFn});
    QVERIFY(gone.exitCode != 0);
    QVERIFY2(gone.err.contains("(ResourceNotFoundException)"), gone.err.constData());
    const QJsonObject empty = awsJson({u"list-function-url-configs"_s, u"--function-name"_s, kFn});
    QVERIFY(empty.value(u"FunctionUrlConfigs").toArray().isEmpty());
}

void TestAwsFunctionUrls::aliasUrl()
{
    const QJsonObject created =
        awsJson({u"create-function-url-config"_s, u"--function-name"_s, kFn, u"--qualifier"_s, u"live"_s,
                 u"--auth-type"_s, u"AWS_IAM"_s});
    QCOMPARE(created.value(u"FunctionArn").toString(), kArn + u":live"_s);
    QCOMPARE(created.value(u"AuthType").toString(), u"AWS_IAM"_s);
    const QJsonObject list = awsJson({u"list-function-url-configs"_s, u"--function-name"_s, kFn});
    QCOMPARE(list.value(u"FunctionUrlConfigs").toArray().size(), 1);

    // Deleting the alias deletes its URL.
    const Run aliasGone = aws({u"delete-alias"_s, u"--function-name"_s, kFn, u"--name"_s, u"live"_s});
    QVERIFY2(aliasGone.exitCode == 0, aliasGone.err.constData());
    const QJsonObject after = awsJson({u"list-function-url-configs"_s, u"--function-name"_s, kFn});
    QVERIFY(after.value(u"FunctionUrlConfigs").toArray().isEmpty());
    const Run again = aws({u"create-alias"_s, u"--function-name"_s, kFn, u"--name"_s, u"live"_s,
                           u"--function-version"_s, u"1"_s});
    QVERIFY2(again.exitCode == 0, again.err.constData());
}

void TestAwsFunctionUrls::errors()
{
    const Run first = aws({u"create-function-url-config"_s, u"--function-name"_s, kFn, u"--auth-type"_s, u"NONE"_s});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const Run duplicate =
        aws({u"create-function-url-config"_s, u"--function-name"_s, kFn, u"--auth-type"_s, u"NONE"_s});
    QVERIFY(duplicate.exitCode != 0);
    QVERIFY2(duplicate.err.contains("(ResourceConflictException)"), duplicate.err.constData());
    QVERIFY2(duplicate.err.contains("FunctionUrlConfig exists"), duplicate.err.constData());

    const Run version = aws({u"create-function-url-config"_s, u"--function-name"_s, kFn, u"--qualifier"_s, u"1"_s,
                             u"--auth-type"_s, u"NONE"_s});
    QVERIFY(version.exitCode != 0);
    QVERIFY2(version.err.contains("(InvalidParameterValueException)"), version.err.constData());
    QVERIFY2(version.err.contains("qualifier"), version.err.constData());

    const Run noAlias = aws({u"create-function-url-config"_s, u"--function-name"_s, kFn, u"--qualifier"_s,
                             u"blue"_s, u"--auth-type"_s, u"NONE"_s});
    QVERIFY(noAlias.exitCode != 0);
    QVERIFY2(noAlias.err.contains("(ResourceNotFoundException)"), noAlias.err.constData());

    const Run noFunction = aws({u"create-function-url-config"_s, u"--function-name"_s, u"no-such-fn"_s,
                                u"--auth-type"_s, u"NONE"_s});
    QVERIFY(noFunction.exitCode != 0);
    QVERIFY2(noFunction.err.contains("(ResourceNotFoundException)"), noFunction.err.constData());

    const Run badCors = aws({u"update-function-url-config"_s, u"--function-name"_s, kFn, u"--cors"_s,
                             u"{\"MaxAge\":90000}"_s});
    QVERIFY(badCors.exitCode != 0);
    QVERIFY2(badCors.err.contains("Cors.MaxAge"), badCors.err.constData());

    const Run cleanup = aws({u"delete-function-url-config"_s, u"--function-name"_s, kFn});
    QVERIFY2(cleanup.exitCode == 0, cleanup.err.constData());
}

// AWS's documented step for a public URL: add-permission for lambda:InvokeFunctionUrl with
// --function-url-auth-type NONE. Kept and answered (get-policy), not enforced.
void TestAwsFunctionUrls::publicUrlPermission()
{
    const QJsonObject added =
        awsJson({u"add-permission"_s, u"--function-name"_s, kFn, u"--statement-id"_s, u"FunctionURLAllowPublicAccess"_s,
                 u"--action"_s, u"lambda:InvokeFunctionUrl"_s, u"--principal"_s, u"*"_s,
                 u"--function-url-auth-type"_s, u"NONE"_s});
    const QJsonObject statement = QJsonDocument::fromJson(added.value(u"Statement").toString().toUtf8()).object();
    QCOMPARE(statement.value(u"Sid").toString(), u"FunctionURLAllowPublicAccess"_s);
    QCOMPARE(statement.value(u"Effect").toString(), u"Allow"_s);
    QCOMPARE(statement.value(u"Principal").toString(), u"*"_s);
    QCOMPARE(statement.value(u"Action").toString(), u"lambda:InvokeFunctionUrl"_s);
    QCOMPARE(statement.value(u"Resource").toString(), kArn);
    QCOMPARE(statement.value(u"Condition").toObject().value(u"StringEquals").toObject()
                 .value(u"lambda:FunctionUrlAuthType").toString(),
             u"NONE"_s);

    const Run again = aws({u"add-permission"_s, u"--function-name"_s, kFn, u"--statement-id"_s,
                           u"FunctionURLAllowPublicAccess"_s, u"--action"_s, u"lambda:InvokeFunctionUrl"_s,
                           u"--principal"_s, u"*"_s});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains("(ResourceConflictException)"), again.err.constData());

    const QJsonObject policy = awsJson({u"get-policy"_s, u"--function-name"_s, kFn});
    const QJsonObject document = QJsonDocument::fromJson(policy.value(u"Policy").toString().toUtf8()).object();
    QCOMPARE(document.value(u"Statement").toArray().size(), 1);
    QVERIFY(!policy.value(u"RevisionId").toString().isEmpty());

    const Run removed = aws({u"remove-permission"_s, u"--function-name"_s, kFn, u"--statement-id"_s,
                             u"FunctionURLAllowPublicAccess"_s});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    const Run none = aws({u"get-policy"_s, u"--function-name"_s, kFn});
    QVERIFY(none.exitCode != 0);
    QVERIFY2(none.err.contains("(ResourceNotFoundException)"), none.err.constData());
}

QTEST_GUILESS_MAIN(TestAwsFunctionUrls)
#include "tst_awsfunctionurls.moc"
