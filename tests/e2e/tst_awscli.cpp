// The real AWS CLI v2 (Debian's /usr/bin/aws) against `lambdesk serve`: the shared scenarios
// (lambdascenarios.h) as the CLI sends and prints them, the CLI's own paginator, and SigV4.
#include "awsclimodel.h"
#include "lambdascenarios.h"

#include <QDir>
#include <QFile>

using namespace e2e;
using namespace e2e::scenarios;

namespace {

const QString kAws = QStringLiteral("/usr/bin/aws"); // not the `aws` first on PATH

// CreateFunction -> create-function, MemorySize -> memory-size.
QString kebab(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isUpper() && !out.isEmpty())
            out += u'-';
        out += c.toLower();
    }
    return out;
}

} // namespace

class TestAwsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scenarios_data();
    void scenarios();
    void signatures();
    void loggingConfigShorthand();

private:
    Run aws(QStringList args, const QProcessEnvironment *env = nullptr);
    Outcome call(const QString &operation, const QJsonObject &input);
    void paginator();

    ServeProcess m_serve;
    QTemporaryDir m_tmp;
    Context m_ctx;
    QProcessEnvironment m_env;
    Run m_last; // the last call's exit code and output
};

void TestAwsCli::initTestCase()
{
    QVERIFY2(QFile::exists(kAws), "Debian's AWS CLI v2 is required at /usr/bin/aws (apt-get install awscli)");
    QVERIFY2(m_ctx.error().isEmpty(), qPrintable(m_ctx.error()));
    QString error;
    QVERIFY2(m_serve.start({}, &error), qPrintable(error));
    m_ctx.useServer(m_serve);
    m_env = awsCliEnvironment(m_tmp.path());
    const QString model = addLoggingConfigModel(m_tmp.path());
    QVERIFY2(model.isEmpty(), qPrintable(model));
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

// The API's input as CLI options: each field its --kebab-case option, structures as JSON.
Outcome TestAwsCli::call(const QString &operation, const QJsonObject &input)
{
    QStringList args{QStringLiteral("lambda"), kebab(operation)};
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QString option = QStringLiteral("--") + kebab(it.key());
        const QJsonValue v = it.value();
        if (it.key() == u"Code" || it.key() == u"ZipFile") {
            const QString version = it.key() == u"Code" ? v.toObject().value(u"ZipFile").toString() : v.toString();
            args << QStringLiteral("--zip-file") << QStringLiteral("fileb://") + m_ctx.zipPath(version);
        } else if (it.key() == u"Payload") {
            args << QStringLiteral("--cli-binary-format") << QStringLiteral("raw-in-base64-out") << option
                 << v.toString();
        } else if (it.key() == u"PayloadFile") {
            args << QStringLiteral("--payload") << QStringLiteral("fileb://") + m_ctx.filePath(v.toString());
        } else if (v.isBool()) {
            args << (v.toBool() ? option : QStringLiteral("--no-") + kebab(it.key()));
        } else if (v.isObject() || v.isArray()) {
            const QJsonDocument json = v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray());
            args << option << QString::fromUtf8(json.toJson(QJsonDocument::Compact));
        } else if (v.isDouble()) {
            args << option << QString::number(v.toInteger());
        } else {
            args << option << v.toString();
        }
    }
    if (operation == u"ListFunctions" || operation == u"ListVersionsByFunction" || operation == u"ListAliases")
        args << QStringLiteral("--no-paginate"); // MaxItems and Marker as the API has them: one request
    const QString response = m_tmp.filePath(QStringLiteral("response.json"));
    if (operation == u"Invoke") {
        QFile::remove(response);
        args << response;
    }
    args << QStringLiteral("--output") << QStringLiteral("json");
    m_last = aws(args);

    Outcome o;
    o.raw = m_last.out + m_last.err;
    o.ok = m_last.exitCode == 0;
    if (o.ok) {
        o.output = QJsonDocument::fromJson(m_last.out).object();
        const QByteArray payload = operation == u"Invoke" ? readFile(response) : QByteArray();
        if (!payload.isEmpty())
            o.output.insert(QStringLiteral("Payload"), payloadValue(payload));
        return o;
    }
    static const QRegularExpression printed(
        QStringLiteral("An error occurred \\((\\w+)\\) when calling the \\w+ operation"
                       "(?: \\(reached max retries: \\d+\\))?: ([^\\n]*)"));
    const auto m = printed.match(QString::fromUtf8(m_last.err));
    o.errorType = m.captured(1);
    o.errorMessage = m.captured(2);
    return o;
}

void TestAwsCli::scenarios_data()
{
    addRows();
}

void TestAwsCli::scenarios()
{
    QFETCH(int, row);
    const Scenario &s = table().at(row);
    if (s.notWith == Client::AwsCli) {
        // The CLI checks this one itself and sends nothing: what the user gets is its own
        // refusal (exit status 252, "Parameter validation failed"), which is what we check.
        const Outcome refused = call(QString::fromLatin1(s.operation),
                                     QJsonDocument::fromJson(QByteArray(s.input)).object());
        QVERIFY2(!refused.ok, qPrintable(QString::fromUtf8(refused.raw)));
        QCOMPARE(m_last.exitCode, 252);
        QVERIFY2(m_last.err.contains("Parameter validation failed"), m_last.err.constData());
        qInfo("%s: %s", s.notWithReason, m_last.err.trimmed().constData());
        return;
    }
    Outcome o;
    runScenario(s, Client::AwsCli, m_ctx, m_serve, std::bind_front(&TestAwsCli::call, this), &o);
    if (QTest::currentTestFailed())
        return;
    if (s.expect.error) {
        // The CLI's code for an error the service returned, and AWS's own wording around it.
        QCOMPARE(m_last.exitCode, 254);
        QString message = m_ctx.expand(s.expect.message);
        if (message.endsWith(QStringLiteral("...")))
            message.chop(3);
        const QString printed = QStringLiteral("An error occurred (%1) when calling the %2 operation (reached max "
                                               "retries: 0): %3")
                                    .arg(QString::fromUtf8(s.expect.error), QString::fromUtf8(s.operation), message);
        QVERIFY2(m_last.err.contains(printed.toUtf8()), m_last.err.constData());
    }
    if (qstrcmp(s.tag, tags::lastPage) == 0)
        paginator();
}

// The CLI's own paginator over the two functions: --page-size asks for one per request and
// follows NextMarker to the end; --max-items hands out its own NextToken.
void TestAwsCli::paginator()
{
    settle(m_serve, QString::fromUtf8(kFunction), QStringLiteral("before the paginator"));
    const qsizetype before = m_serve.stdErr().count("200 ListFunctions");
    const Run all = aws({QStringLiteral("lambda"), QStringLiteral("list-functions"), QStringLiteral("--page-size"),
                         QStringLiteral("1"), QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(all.exitCode, 0);
    QStringList names;
    for (const QJsonValue &f : QJsonDocument::fromJson(all.out).object().value(u"Functions").toArray())
        names << f.toObject().value(u"FunctionName").toString();
    QCOMPARE(names, (QStringList{QStringLiteral("e2e-fn"), QStringLiteral("e2e-fn-b")}));
    settle(m_serve, QString::fromUtf8(kFunction), QStringLiteral("after the paginator"));
    QCOMPARE(m_serve.stdErr().count("200 ListFunctions") - before, qsizetype(2)); // one request per function

    const Run first = aws({QStringLiteral("lambda"), QStringLiteral("list-functions"), QStringLiteral("--max-items"),
                           QStringLiteral("1"), QStringLiteral("--output"), QStringLiteral("json")});
    const QJsonObject page1 = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(page1.value(u"Functions").toArray().size(), 1);
    QCOMPARE(page1.value(u"Functions").toArray().first().toObject().value(u"FunctionName").toString(),
             QStringLiteral("e2e-fn"));
    const QString token = page1.value(u"NextToken").toString();
    QVERIFY(!token.isEmpty());
    const Run second = aws({QStringLiteral("lambda"), QStringLiteral("list-functions"), QStringLiteral("--max-items"),
                            QStringLiteral("1"), QStringLiteral("--starting-token"), token, QStringLiteral("--output"),
                            QStringLiteral("json")});
    const QJsonObject page2 = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(page2.value(u"Functions").toArray().size(), 1);
    QCOMPARE(page2.value(u"Functions").toArray().first().toObject().value(u"FunctionName").toString(),
             QStringLiteral("e2e-fn-b"));
    QVERIFY(!page2.contains(u"NextToken"));
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
                             QStringLiteral("fileb://") + m_ctx.zipPath(QStringLiteral("v1"))},
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

// The CLI's shorthand, as a user types it: --logging-config LogFormat=JSON,ApplicationLogLevel=WARN.
void TestAwsCli::loggingConfigShorthand()
{
    const auto json = [](const Run &r) { return QJsonDocument::fromJson(r.out).object(); };
    Run r = aws({QStringLiteral("lambda"), QStringLiteral("create-function"), QStringLiteral("--function-name"),
                 QStringLiteral("log-fn"), QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                 QStringLiteral("--handler"), QStringLiteral("lambda_function.handler"), QStringLiteral("--role"),
                 QStringLiteral("arn:aws:iam::123456789012:role/r"), QStringLiteral("--zip-file"),
                 QStringLiteral("fileb://") + m_ctx.zipPath(QStringLiteral("v1")), QStringLiteral("--logging-config"),
                 QStringLiteral("LogFormat=JSON,ApplicationLogLevel=WARN"), QStringLiteral("--output"),
                 QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject logging = json(r).value(u"LoggingConfig").toObject();
    QCOMPARE(logging.value(u"LogFormat").toString(), QStringLiteral("JSON"));
    QCOMPARE(logging.value(u"ApplicationLogLevel").toString(), QStringLiteral("WARN"));
    QCOMPARE(logging.value(u"SystemLogLevel").toString(), QStringLiteral("INFO"));
    QCOMPARE(logging.value(u"LogGroup").toString(), QStringLiteral("/aws/lambda/log-fn"));

    const QString out = m_tmp.filePath(QStringLiteral("log-fn.json"));
    r = aws({QStringLiteral("lambda"), QStringLiteral("invoke"), QStringLiteral("--function-name"),
             QStringLiteral("log-fn"), QStringLiteral("--log-type"), QStringLiteral("Tail"), QStringLiteral("--output"),
             QStringLiteral("json"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray tail = QByteArray::fromBase64(json(r).value(u"LogResult").toString().toLatin1());
    QVERIFY2(tail.contains("\"type\":\"platform.report\""), tail.constData());
    QVERIFY2(!tail.contains("REPORT RequestId:") && !tail.contains("handler saw"), tail.constData());

    r = aws({QStringLiteral("lambda"), QStringLiteral("update-function-configuration"),
             QStringLiteral("--function-name"), QStringLiteral("log-fn"), QStringLiteral("--logging-config"),
             QStringLiteral("LogFormat=Text,SystemLogLevel=WARN"), QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 254);
    QVERIFY2(
        r.err.contains("An error occurred (InvalidParameterValueException) when calling the "
                       "UpdateFunctionConfiguration operation (reached max retries: 0): LoggingConfig.SystemLogLevel "
                       "can be set only when LoggingConfig.LogFormat is JSON; the format is Text"),
        r.err.constData());
    r = aws({QStringLiteral("lambda"), QStringLiteral("update-function-configuration"),
             QStringLiteral("--function-name"), QStringLiteral("log-fn"), QStringLiteral("--logging-config"),
             QStringLiteral("LogFormat=Text"), QStringLiteral("--output"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    logging = json(r).value(u"LoggingConfig").toObject();
    QCOMPARE(logging.keys(), (QStringList{QStringLiteral("LogFormat"), QStringLiteral("LogGroup")}));
    QCOMPARE(logging.value(u"LogFormat").toString(), QStringLiteral("Text"));
    r = aws({QStringLiteral("lambda"), QStringLiteral("delete-function"), QStringLiteral("--function-name"),
             QStringLiteral("log-fn")});
    QCOMPARE(r.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestAwsCli)
#include "tst_awscli.moc"
