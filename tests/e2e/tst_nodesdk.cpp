// The real AWS SDK for JavaScript v3 (@aws-sdk/client-lambda, pinned in node-clients/) against
// `lambdesk serve`, with only `endpoint` set: the shared scenarios (lambdascenarios.h) as the SDK
// sends them and raises AWS's errors, with the HTTP status and request id it reports; and SigV4.
#include "lambdascenarios.h"

#include <QStandardPaths>

using namespace e2e;
using namespace e2e::scenarios;

namespace {

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
    void scenarios_data();
    void scenarios();
    void signatures();

private:
    // One command through lambda-call.mjs; its printed result.
    QJsonObject node(const QString &command, const QJsonObject &input, const QString &endpoint = {},
                     const QProcessEnvironment *env = nullptr);
    Outcome call(const QString &operation, QJsonObject input);
    QString zipBase64(const QString &version) const
    {
        return QString::fromLatin1(readFile(m_ctx.zipPath(version)).toBase64());
    }

    ServeProcess m_serve;
    Context m_ctx;
    QString m_node;
    QString m_script;
    QProcessEnvironment m_env;
};

void TestNodeSdk::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "node (Node.js 20) is required on PATH for the SDK tests (apt-get install nodejs npm)");
    QVERIFY2(m_ctx.error().isEmpty(), qPrintable(m_ctx.error()));
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
    m_ctx.useServer(m_serve);
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("LAMBDESK_NODE_CLIENTS"), clientsDir());
    m_env.insert(QStringLiteral("NODE_NO_WARNINGS"), QStringLiteral("1")); // the SDK's notice about Node 22
    m_env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDLOCALTESTING02"));
    m_env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("local-secret"));
    m_env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    m_env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_ctx.filePath(QStringLiteral("no-config")));
    m_env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_ctx.filePath(QStringLiteral("no-credentials")));
    m_env.remove(QStringLiteral("AWS_PROFILE"));
}

void TestNodeSdk::cleanupTestCase()
{
    QCOMPARE(m_serve.stop(SIGINT), 0);
    QCOMPARE(m_serve.runtimeProcesses(), QList<qint64>());
}

QJsonObject TestNodeSdk::node(const QString &command, const QJsonObject &input, const QString &endpoint,
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

// The API's input for lambda-call.mjs: packages as base64, the payload as text or a file.
Outcome TestNodeSdk::call(const QString &operation, QJsonObject input)
{
    if (input.contains(u"Code")) {
        const QString version = input.value(u"Code").toObject().value(u"ZipFile").toString();
        input.insert(QStringLiteral("Code"), QJsonObject{{QStringLiteral("ZipFileBase64"), zipBase64(version)}});
    }
    if (input.contains(u"ZipFile"))
        input.insert(QStringLiteral("ZipFileBase64"), zipBase64(input.take(u"ZipFile").toString()));
    if (input.contains(u"Payload"))
        input.insert(QStringLiteral("PayloadText"), input.take(u"Payload"));
    if (input.contains(u"PayloadFile"))
        input.insert(QStringLiteral("PayloadFile"), m_ctx.filePath(input.value(u"PayloadFile").toString()));
    const QJsonObject r = node(operation, input);

    Outcome o;
    o.raw = QJsonDocument(r).toJson();
    o.ok = r.value(u"ok").toBool();
    o.status = r.value(u"status").toInt(-1);
    o.requestId = r.value(u"requestId").toString();
    o.output = r.value(u"output").toObject();
    if (const QString payload = r.value(u"payload").toString(); !payload.isEmpty())
        o.output.insert(QStringLiteral("Payload"), payloadValue(payload.toUtf8()));
    o.errorType = r.value(u"name").toString();
    o.errorMessage = r.value(u"message").toString();
    o.errorKind = r.value(u"type").toString();
    o.fault = r.value(u"fault").toString();
    return o;
}

void TestNodeSdk::scenarios_data()
{
    addRows();
}

void TestNodeSdk::scenarios()
{
    QFETCH(int, row);
    const Scenario &s = table().at(row);
    // A row the SDK cannot send would need a check of what the SDK does instead (as the CLI has).
    QVERIFY2(s.notWith != Client::NodeSdk, s.notWithReason);
    Outcome o;
    runScenario(s, Client::NodeSdk, m_ctx, m_serve, std::bind_front(&TestNodeSdk::call, this), &o);
    if (QTest::currentTestFailed())
        return;
    if (o.ok)
        QVERIFY2(!o.requestId.isEmpty(), o.raw.constData()); // x-amzn-RequestId, as the SDK reads it
    if (qstrcmp(s.tag, tags::logTail) == 0) {
        const QByteArray log = QByteArray::fromBase64(o.output.value(u"LogResult").toString().toLatin1());
        QVERIFY2(log.contains(QByteArray("END RequestId: " + o.requestId.toLatin1())), log.constData());
    }
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

    QJsonObject r = node(
        QStringLiteral("CreateFunction"),
        {{QStringLiteral("FunctionName"), QStringLiteral("signed-sdk")},
         {QStringLiteral("Runtime"), QStringLiteral("python3.11")},
         {QStringLiteral("Handler"), QStringLiteral("lambda_function.handler")},
         {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
         {QStringLiteral("Code"), QJsonObject{{QStringLiteral("ZipFileBase64"), zipBase64(QStringLiteral("v1"))}}}},
        strict.endpoint(), &env);
    QVERIFY2(r.value(u"ok").toBool(), QJsonDocument(r).toJson().constData());
    r = node(QStringLiteral("Invoke"),
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
    r = node(QStringLiteral("ListFunctions"), {}, strict.endpoint(), &env);
    QCOMPARE(r.value(u"name").toString(), QStringLiteral("InvalidSignatureException"));
    QCOMPARE(r.value(u"status").toInt(), 403);
    QCOMPARE(strict.stop(SIGTERM), 0);
    QCOMPARE(strict.runtimeProcesses(), QList<qint64>());
}

QTEST_GUILESS_MAIN(TestNodeSdk)
#include "tst_nodesdk.moc"
