// curl against `lambdesk serve`'s function URLs, as a developer would call them: a URL made
// with the AWS CLI (create-function-url-config), called at its http://<id>.lambda-url.localhost:PORT/
// address (curl resolves *.localhost to loopback itself) and at its path form, the event the
// handler saw, the answer's status, headers and cookies, a function error (502), and AWS_IAM:
// unsigned refused, signed by curl's own --aws-sigv4 accepted.
#include "servefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace e2e;

namespace {
const QString kAws = QStringLiteral("/usr/bin/aws");
const QString kCurl = QStringLiteral("/usr/bin/curl");
const QString kFn = QStringLiteral("url-fn");

QByteArray handlerZip()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("lambda_function.py")));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(R"PY(import json

def handler(event, context):
    if event["rawPath"] == "/fail":
        raise RuntimeError("boom")
    return {"statusCode": 200, "headers": {"content-type": "application/json", "x-handler": "python"},
            "cookies": ["seen=1; Path=/"], "body": json.dumps(event)}
)PY");
    f.close();
    const auto zip = lambdesk::ziparchive::create(dir.path());
    return zip ? zip.value() : QByteArray();
}

struct Response
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// curl -i: the head, a blank line, the body.
Response parse(const Run &r)
{
    Response out;
    const qsizetype end = r.out.indexOf("\r\n\r\n");
    if (r.exitCode != 0 || end < 0) {
        qWarning("curl failed (%d): %s", r.exitCode, r.err.constData());
        return out;
    }
    out.head = r.out.left(end);
    out.body = r.out.mid(end + 4);
    out.status = out.head.split(' ').value(1).toInt();
    return out;
}
} // namespace

class TestFunctionUrlCurl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostForm();
    void pathForm();
    void functionError();
    void awsIam();

private:
    Run aws(const QStringList &args) { return awsLambda(kAws, m_serve, m_env, args); }
    Response curl(const QStringList &args)
    {
        return parse(run(kCurl, QStringList{QStringLiteral("-s"), QStringLiteral("-i")} + args, m_env));
    }

    ServeProcess m_serve;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_url;   // http://<id>.lambda-url.localhost:PORT/
    QString m_urlId;
};

void TestFunctionUrlCurl::initTestCase()
{
    QVERIFY2(QFile::exists(kAws), "Debian's AWS CLI v2 is required at /usr/bin/aws (apt-get install awscli)");
    QVERIFY2(QFile::exists(kCurl), "curl is required at /usr/bin/curl");
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
             QStringLiteral("--zip-file"), QStringLiteral("fileb://") + zip});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QJsonObject url = awsLambdaJson(kAws, m_serve, m_env,
                                          {QStringLiteral("create-function-url-config"), QStringLiteral("--function-name"),
                                           kFn, QStringLiteral("--auth-type"), QStringLiteral("NONE")});
    m_url = url.value(u"FunctionUrl").toString();
    static const QRegularExpression form(QStringLiteral("^http://([a-z0-9]{32})\\.lambda-url\\.localhost:(\\d+)/$"));
    const auto m = form.match(m_url);
    QVERIFY2(m.hasMatch(), qPrintable(m_url));
    QCOMPARE(m.captured(2).toUInt(), uint(m_serve.port()));
    m_urlId = m.captured(1);
}

void TestFunctionUrlCurl::cleanupTestCase()
{
    QCOMPARE(m_serve.stop(SIGTERM), 0);
    QCOMPARE(m_serve.runtimeProcesses(), QList<qint64>());
}

void TestFunctionUrlCurl::hostForm()
{
    const Response r = curl({QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"),
                             QStringLiteral("Cookie: a=1; b=2"), QStringLiteral("-H"),
                             QStringLiteral("Content-Type: text/plain"), QStringLiteral("--data-binary"),
                             QStringLiteral("hello from curl"), m_url + QStringLiteral("items/42?x=1&x=2")});
    QCOMPARE(r.status, 200);
    QVERIFY2(r.head.contains("x-handler: python"), r.head.constData());
    QVERIFY2(r.head.contains("Set-Cookie: seen=1; Path=/"), r.head.constData());
    const QJsonObject e = r.json();
    QCOMPARE(e.value(u"rawPath").toString(), u"/items/42");
    QCOMPARE(e.value(u"rawQueryString").toString(), u"x=1&x=2");
    QCOMPARE(e.value(u"queryStringParameters").toObject().value(u"x").toString(), u"1,2");
    QCOMPARE(e.value(u"cookies").toArray(), (QJsonArray{u"a=1"_qs, u"b=2"_qs}));
    QCOMPARE(e.value(u"body").toString(), u"hello from curl");
    QCOMPARE(e.value(u"isBase64Encoded").toBool(), false);
    const QJsonObject http = e.value(u"requestContext").toObject().value(u"http").toObject();
    QCOMPARE(http.value(u"method").toString(), u"POST");
    QVERIFY(http.value(u"userAgent").toString().startsWith(u"curl/"));
    QCOMPARE(e.value(u"requestContext").toObject().value(u"accountId").toString(), u"anonymous");
}

void TestFunctionUrlCurl::pathForm()
{
    const Response r = curl({QStringLiteral("http://127.0.0.1:%1/lambda-url/%2/via/path").arg(m_serve.port()).arg(m_urlId)});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"rawPath").toString(), u"/via/path");
    QVERIFY(!r.json().contains(u"body"));
}

void TestFunctionUrlCurl::functionError()
{
    const Response r = curl({m_url + QStringLiteral("fail")});
    QCOMPARE(r.status, 502);
    QCOMPARE(r.body, "Internal Server Error");
}

void TestFunctionUrlCurl::awsIam()
{
    const Run updated = aws({QStringLiteral("update-function-url-config"), QStringLiteral("--function-name"), kFn,
                             QStringLiteral("--auth-type"), QStringLiteral("AWS_IAM")});
    QVERIFY2(updated.exitCode == 0, updated.err.constData());
    QCOMPARE(curl({m_url}).status, 403);

    // serve's own credentials (the ones a signed request must use).
    const Run profile = run(binary(),
                            {QStringLiteral("serve"), QStringLiteral("--print-profile"), QStringLiteral("--workspace"),
                             m_serve.workspace()},
                            m_serve.environment());
    QCOMPARE(profile.exitCode, 0);
    static const QRegularExpression key(QStringLiteral("aws_access_key_id = (AKIA[A-Z2-7]{16})\\n"));
    static const QRegularExpression secret(QStringLiteral("aws_secret_access_key = (\\S{40})\\n"));
    const auto k = key.match(QString::fromUtf8(profile.out));
    const auto s = secret.match(QString::fromUtf8(profile.out));
    QVERIFY2(k.hasMatch() && s.hasMatch(), profile.out.constData());
    const Response r = curl({QStringLiteral("--aws-sigv4"), QStringLiteral("aws:amz:us-east-1:lambda"),
                             QStringLiteral("--user"), k.captured(1) + u':' + s.captured(1),
                             m_url + QStringLiteral("signed")});
    QCOMPARE(r.status, 200);
    const QJsonObject rc = r.json().value(u"requestContext").toObject();
    QCOMPARE(rc.value(u"authorizer").toObject().value(u"iam").toObject().value(u"accessKey").toString(),
             k.captured(1));
    // A wrong secret is refused.
    QCOMPARE(curl({QStringLiteral("--aws-sigv4"), QStringLiteral("aws:amz:us-east-1:lambda"), QStringLiteral("--user"),
                   k.captured(1) + QStringLiteral(":0000000000000000000000000000000000000000"), m_url})
                 .status,
             403);
}

QTEST_GUILESS_MAIN(TestFunctionUrlCurl)
#include "tst_functionurlcurl.moc"
