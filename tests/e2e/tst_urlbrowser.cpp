// A real browser against function URLs: Debian's headless Chromium loads an HTML page that one
// function serves at its http://<url-id>.lambda-url.localhost:PORT/ address; the page's script
// fetches JSON from a second function's URL (another origin) and writes it into the DOM, which
// Chromium prints (--dump-dom). Under a CORS configuration that allows the page's origin the
// value is there (a simple GET and a POST with a JSON body, which a preflight precedes); under
// one that does not, the browser refuses the answers and the page says the fetch failed.
// Functions and URLs are made with the AWS CLI (create-function, create-function-url-config).
#include "servefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace e2e;

namespace {
const QString kAws = QStringLiteral("/usr/bin/aws"); // not the `aws` first on PATH

// The page: reads the data URL from its own query (?data=...), fetches it twice and writes
// what came back, or why not, into #get and #post.
const char kPageCode[] = R"PY(
PAGE = """<!doctype html>
<html><head><title>url page</title></head>
<body>
<div id="get">pending</div>
<div id="post">pending</div>
<script>
const data = new URLSearchParams(location.search).get('data');
const show = (id, text) => { document.getElementById(id).textContent = text; };
fetch(data + 'value?from=get')
  .then(r => r.json())
  .then(j => show('get', 'fetched:' + j.value + ':' + j.method))
  .catch(e => show('get', 'failed:' + e));
fetch(data + 'value', {method: 'POST', headers: {'content-type': 'application/json'},
                       body: JSON.stringify({ask: 'post'})})
  .then(r => r.json())
  .then(j => show('post', 'fetched:' + j.value + ':' + j.method + ':' + j.ask))
  .catch(e => show('post', 'failed:' + e));
</script>
</body></html>"""


def handler(event, context):
    return {"statusCode": 200, "headers": {"content-type": "text/html; charset=utf-8"}, "body": PAGE}
)PY";

// The data: JSON naming the method it was called with (and the POSTed field).
const char kDataCode[] = R"PY(import json


def handler(event, context):
    method = event["requestContext"]["http"]["method"]
    body = json.loads(event["body"]) if event.get("body") else {}
    return {"statusCode": 200, "headers": {"content-type": "application/json"},
            "body": json.dumps({"value": "secret-42", "method": method, "ask": body.get("ask")})}
)PY";
} // namespace

class TestUrlBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void corsAllowsThePageOrigin();
    void corsRefusesAnotherOrigin();

private:
    Run aws(const QStringList &args) { return awsLambda(kAws, m_serve, m_env, args); }
    QJsonObject awsJson(const QStringList &args) { return awsLambdaJson(kAws, m_serve, m_env, args); }
    void createFunction(const QString &name, const char *code);
    QString createUrl(const QString &name, const QJsonObject &cors);
    // Chromium's DOM after the page's scripts ran (virtual time: no wall-clock wait).
    QString dumpDom(const QString &url);
    static QString textOf(const QString &dom, const QString &id);

    ServeProcess m_serve;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_chromium;
    QString m_pageUrl;
    QString m_pageOrigin;
};

void TestUrlBrowser::initTestCase()
{
    m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (m_chromium.isEmpty())
        QSKIP("chromium is not installed (packaging/install-deps.sh installs it)");
    QVERIFY2(QFile::exists(kAws), "Debian's AWS CLI v2 is required at /usr/bin/aws (apt-get install awscli)");
    QString error;
    QVERIFY2(m_serve.start({}, &error), qPrintable(error));
    m_env = awsCliEnvironment(m_tmp.path());
    createFunction(QStringLiteral("page"), kPageCode);
    createFunction(QStringLiteral("data"), kDataCode);
    createFunction(QStringLiteral("closed"), kDataCode);
    m_pageUrl = createUrl(QStringLiteral("page"), {});
    QVERIFY(!m_pageUrl.isEmpty());
    const QUrl page(m_pageUrl);
    QVERIFY2(page.host().endsWith(QLatin1String(".lambda-url.localhost")), qPrintable(m_pageUrl));
    QCOMPARE(page.port(), int(m_serve.port()));
    m_pageOrigin = QStringLiteral("http://%1:%2").arg(page.host()).arg(page.port());
}

void TestUrlBrowser::cleanupTestCase()
{
    if (m_chromium.isEmpty())
        return;
    QCOMPARE(m_serve.stop(SIGTERM), 0);
    QCOMPARE(m_serve.runtimeProcesses(), QList<qint64>());
}

void TestUrlBrowser::createFunction(const QString &name, const char *code)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("lambda_function.py")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(code);
    f.close();
    const auto zip = lambdesk::ziparchive::create(dir.path());
    QVERIFY(zip);
    const QString zipPath = m_tmp.filePath(name + QStringLiteral(".zip"));
    QFile z(zipPath);
    QVERIFY(z.open(QIODevice::WriteOnly));
    z.write(zip.value());
    z.close();
    const Run created =
        aws({QStringLiteral("create-function"), QStringLiteral("--function-name"), name, QStringLiteral("--runtime"),
             QStringLiteral("python3.11"), QStringLiteral("--handler"), QStringLiteral("lambda_function.handler"),
             QStringLiteral("--role"), QStringLiteral("arn:aws:iam::123456789012:role/lambda-role"),
             QStringLiteral("--zip-file"), QStringLiteral("fileb://") + zipPath});
    QVERIFY2(created.exitCode == 0, created.err.constData());
}

QString TestUrlBrowser::createUrl(const QString &name, const QJsonObject &cors)
{
    QStringList args{QStringLiteral("create-function-url-config"), QStringLiteral("--function-name"), name,
                     QStringLiteral("--auth-type"), QStringLiteral("NONE")};
    if (!cors.isEmpty())
        args << QStringLiteral("--cors") << QString::fromUtf8(QJsonDocument(cors).toJson(QJsonDocument::Compact));
    const QJsonObject made = awsJson(args);
    const QString url = made.value(u"FunctionUrl").toString();
    if (url.isEmpty())
        qWarning("create-function-url-config %s answered %s", qPrintable(name),
                 QJsonDocument(made).toJson(QJsonDocument::Compact).constData());
    return url;
}

QString TestUrlBrowser::dumpDom(const QString &url)
{
    QTemporaryDir profile;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), profile.path());
    // The budget is virtual time: Chromium runs the page's timers and fetches until it is spent
    // (or nothing is pending), then prints the DOM; no wall-clock wait on our side.
    const Run r = run(m_chromium,
                      {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                       QStringLiteral("--no-proxy-server"), QStringLiteral("--no-first-run"),
                       QStringLiteral("--user-data-dir=") + profile.filePath(QStringLiteral("chromium")),
                       QStringLiteral("--virtual-time-budget=10000"), QStringLiteral("--dump-dom"), url},
                      env);
    if (r.exitCode != 0)
        qWarning("chromium exited with %d: %s", r.exitCode, r.err.right(2000).constData());
    return QString::fromUtf8(r.out);
}

QString TestUrlBrowser::textOf(const QString &dom, const QString &id)
{
    const QRegularExpression re(QStringLiteral("<div id=\"%1\">([^<]*)</div>").arg(id));
    const auto m = re.match(dom);
    return m.hasMatch() ? m.captured(1) : QString();
}

void TestUrlBrowser::corsAllowsThePageOrigin()
{
    const QString dataUrl = createUrl(
        QStringLiteral("data"),
        QJsonObject{{QStringLiteral("AllowOrigins"), QJsonArray{m_pageOrigin}},
                    {QStringLiteral("AllowMethods"), QJsonArray{QStringLiteral("GET"), QStringLiteral("POST")}},
                    {QStringLiteral("AllowHeaders"), QJsonArray{QStringLiteral("content-type")}},
                    {QStringLiteral("MaxAge"), 60}});
    QVERIFY(!dataUrl.isEmpty());
    QVERIFY(QUrl(dataUrl).host() != QUrl(m_pageUrl).host()); // another origin

    QUrl page(m_pageUrl);
    page.setQuery(QUrlQuery{{QStringLiteral("data"), dataUrl}});
    const QString dom = dumpDom(page.toString(QUrl::FullyEncoded));
    QVERIFY2(dom.contains(QLatin1String("<title>url page</title>")), qPrintable(dom));
    QCOMPARE(textOf(dom, QStringLiteral("get")), QStringLiteral("fetched:secret-42:GET"));
    // Content-Type application/json is not a "simple" header: the browser asked first (OPTIONS).
    QCOMPARE(textOf(dom, QStringLiteral("post")), QStringLiteral("fetched:secret-42:POST:post"));
}

void TestUrlBrowser::corsRefusesAnotherOrigin()
{
    // The same function behind a URL whose CORS configuration allows another origin only.
    const QString closedUrl = createUrl(
        QStringLiteral("closed"), QJsonObject{{QStringLiteral("AllowOrigins"), QJsonArray{QStringLiteral("http://example.com")}},
                                              {QStringLiteral("AllowMethods"), QJsonArray{QStringLiteral("*")}}});
    QVERIFY(!closedUrl.isEmpty());

    QUrl page(m_pageUrl);
    page.setQuery(QUrlQuery{{QStringLiteral("data"), closedUrl}});
    const QString dom = dumpDom(page.toString(QUrl::FullyEncoded));
    QVERIFY2(dom.contains(QLatin1String("<title>url page</title>")), qPrintable(dom));
    const QString get = textOf(dom, QStringLiteral("get"));
    const QString post = textOf(dom, QStringLiteral("post"));
    QVERIFY2(get.startsWith(QLatin1String("failed:")), qPrintable(get));
    QVERIFY2(post.startsWith(QLatin1String("failed:")), qPrintable(post));
    QVERIFY(!dom.contains(QLatin1String("secret-42")));
}

QTEST_GUILESS_MAIN(TestUrlBrowser)
#include "tst_urlbrowser.moc"
