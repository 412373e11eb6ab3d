// The version and alias operations of the Lambda API over a real socket, in process, with a real
// Backend and a Python function: PublishVersion (and Publish on CreateFunction and
// UpdateFunctionCode), ListVersionsByFunction, the alias calls, and Qualifier on GetFunction,
// GetFunctionConfiguration, Invoke and DeleteFunction: AWS's shapes, pagination and errors.
#include "api/lambdaapiserver.h"
#include "backend.h"
#include "io/ziparchive.h"
#include "safetynet.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lambdesk;

namespace {

const int kSafetyNetMs = safetynet::safetyNetMs(120000);

// The handler answers which version ran and which code it is (CODE changes per upload).
QByteArray handler(const QByteArray &code)
{
    return "import os\n\nCODE = '" + code
        + "'\n\ndef handler(event, context):\n"
          "    return {'code': CODE, 'version': os.environ['AWS_LAMBDA_FUNCTION_VERSION'],\n"
          "            'context': context.function_version, 'arn': context.invoked_function_arn}\n";
}

QByteArray zipOf(const QByteArray &code)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("app.py")));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(handler(code));
    f.close();
    return ziparchive::create(dir.path()).value();
}

QString sha256Base64(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64());
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray errorType;
    QByteArray executedVersion;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString message() const { return json().value(u"message").toString(); }
};

} // namespace

class TestApiVersions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void publishVersion();
    void publishPreconditions();
    void publishOnUpdateCode();
    void listVersionsPaged();
    void qualifiedGetFunction();
    void aliases();
    void aliasErrors();
    void listAliasesPagedAndFiltered();
    void invokeAlias();
    void deleteFunctionQualifier();
    void publishOnCreate();

private:
    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QString arn(const QString &qualified) const
    {
        return QStringLiteral("arn:aws:lambda:%1:000000000000:function:%2").arg(m_backend->region(), qualified);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<LambdaApiServer> m_server;
    QNetworkAccessManager m_net;
    QString m_runtime;
};

Reply TestApiVersions::call(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(QUrl(m_server->endpoint() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray data = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_net.sendCustomRequest(request, method, data);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kSafetyNetMs);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.errorType = reply->rawHeader("x-amzn-ErrorType");
    r.executedVersion = reply->rawHeader("X-Amz-Executed-Version");
    reply->deleteLater();
    return r;
}

void TestApiVersions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_net.setProxy(QNetworkProxy::NoProxy);
    Backend::Options o;
    o.workspace = m_dir.filePath(QStringLiteral("ws"));
    o.persistLogs = false;
    m_backend = std::make_unique<Backend>(o);
    const auto started = m_backend->start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    const auto *python = m_backend->runtimes().preferred(RuntimeFamily::Python);
    QVERIFY2(python, "these tests need a python3 runtime");
    m_runtime = python->id;
    m_server = std::make_unique<LambdaApiServer>(m_backend.get());
    const auto listening = m_server->listen(QStringLiteral("127.0.0.1"), 0);
    QVERIFY2(listening.ok(), listening.ok() ? "" : qPrintable(listening.error().message));

    const Reply created = call(
        "POST", QStringLiteral("/2015-03-31/functions"),
        QJsonObject{
            {QStringLiteral("FunctionName"), QStringLiteral("ver-fn")},
            {QStringLiteral("Runtime"), m_runtime},
            {QStringLiteral("Handler"), QStringLiteral("app.handler")},
            {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
            {QStringLiteral("Description"), QStringLiteral("first")},
            {QStringLiteral("Code"),
             QJsonObject{{QStringLiteral("ZipFile"), QString::fromLatin1(zipOf("one").toBase64())}}},
        });
    QCOMPARE(created.status, 201);
}

void TestApiVersions::cleanupTestCase()
{
    m_server.reset();
    if (m_backend)
        m_backend->stop();
    m_backend.reset();
    versionstore::makeWritable(m_dir.path()); // the versions' snapshots are read-only
}

// PublishVersion answers 201 with the version's configuration; nothing changed since: the same
// version again (as AWS).
void TestApiVersions::publishVersion()
{
    const QString path = QStringLiteral("/2015-03-31/functions/ver-fn/versions");
    Reply r = call("POST", path, QJsonObject{{QStringLiteral("Description"), QStringLiteral("release one")}});
    QCOMPARE(r.status, 201);
    QJsonObject v = r.json();
    QCOMPARE(v.value(u"Version").toString(), QStringLiteral("1"));
    QCOMPARE(v.value(u"FunctionArn").toString(), arn(QStringLiteral("ver-fn:1")));
    QCOMPARE(v.value(u"FunctionName").toString(), QStringLiteral("ver-fn"));
    QCOMPARE(v.value(u"Description").toString(), QStringLiteral("release one"));
    QCOMPARE(v.value(u"CodeSha256").toString(), sha256Base64(zipOf("one")));
    QCOMPARE(v.value(u"State").toString(), QStringLiteral("Active"));
    QVERIFY(!v.value(u"RevisionId").toString().isEmpty());

    r = call("POST", path);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"Version").toString(), QStringLiteral("1"));

    r = call("POST", QStringLiteral("/2015-03-31/functions/nope/versions"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorType, QByteArray("ResourceNotFoundException"));
    QCOMPARE(r.message(), QStringLiteral("Function not found: %1").arg(arn(QStringLiteral("nope"))));
}

// CodeSha256 that is not $LATEST's: 400 InvalidParameterValueException; RevisionId that is not:
// 412 PreconditionFailedException. The right ones publish.
void TestApiVersions::publishPreconditions()
{
    const QString path = QStringLiteral("/2015-03-31/functions/ver-fn/versions");
    Reply r = call("POST", path, QJsonObject{{QStringLiteral("CodeSha256"), sha256Base64("other")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorType, QByteArray("InvalidParameterValueException"));
    QVERIFY2(r.message().contains(u"CodeSHA256"), qPrintable(r.message()));
    r = call("POST", path, QJsonObject{{QStringLiteral("RevisionId"), QStringLiteral("not-it")}});
    QCOMPARE(r.status, 412);
    QCOMPARE(r.errorType, QByteArray("PreconditionFailedException"));

    const QJsonObject latest = call("GET", QStringLiteral("/2015-03-31/functions/ver-fn/configuration")).json();
    r = call("POST", path,
             QJsonObject{{QStringLiteral("CodeSha256"), latest.value(u"CodeSha256")},
                         {QStringLiteral("RevisionId"), latest.value(u"RevisionId")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"Version").toString(), QStringLiteral("1")); // still nothing new
}

// UpdateFunctionCode with Publish: the answer describes the new version.
void TestApiVersions::publishOnUpdateCode()
{
    const QString path = QStringLiteral("/2015-03-31/functions/ver-fn/code");
    for (const char *code : {"two", "three"}) {
        const Reply r = call("PUT", path,
                             QJsonObject{{QStringLiteral("ZipFile"), QString::fromLatin1(zipOf(code).toBase64())},
                                         {QStringLiteral("Publish"), true}});
        QCOMPARE(r.status, 200);
        const QString expected = QString::number(qstrcmp(code, "two") == 0 ? 2 : 3);
        QCOMPARE(r.json().value(u"Version").toString(), expected);
        QCOMPARE(r.json().value(u"FunctionArn").toString(), arn(QStringLiteral("ver-fn:") + expected));
        QCOMPARE(r.json().value(u"CodeSha256").toString(), sha256Base64(zipOf(code)));
    }
    // Without Publish, $LATEST changes and no version is made.
    const Reply r = call("PUT", path,
                         QJsonObject{{QStringLiteral("ZipFile"), QString::fromLatin1(zipOf("four").toBase64())}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"Version").toString(), QStringLiteral("$LATEST"));
    QCOMPARE(m_backend->listVersions(QStringLiteral("ver-fn"))->size(), 3);
}

// $LATEST first, then 1, 2, 3; MaxItems pages with NextMarker; a bad marker or MaxItems is refused.
void TestApiVersions::listVersionsPaged()
{
    const QString path = QStringLiteral("/2015-03-31/functions/ver-fn/versions");
    Reply r = call("GET", path);
    QCOMPARE(r.status, 200);
    QJsonArray all = r.json().value(u"Versions").toArray();
    QCOMPARE(all.size(), 4);
    QVERIFY(!r.json().contains(u"NextMarker"));
    QCOMPARE(all[0].toObject().value(u"Version").toString(), QStringLiteral("$LATEST"));
    QCOMPARE(all[0].toObject().value(u"FunctionArn").toString(), arn(QStringLiteral("ver-fn:$LATEST")));
    QCOMPARE(all[0].toObject().value(u"CodeSha256").toString(), sha256Base64(zipOf("four")));
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(all[i].toObject().value(u"Version").toString(), QString::number(i));
        QCOMPARE(all[i].toObject().value(u"FunctionArn").toString(), arn(QStringLiteral("ver-fn:%1").arg(i)));
    }

    QStringList seen;
    QString marker;
    int pages = 0;
    do {
        r = call("GET", path + QStringLiteral("?MaxItems=3") + (marker.isEmpty() ? QString() : u"&Marker=" + marker));
        QCOMPARE(r.status, 200);
        const QJsonArray page = r.json().value(u"Versions").toArray();
        QVERIFY(page.size() <= 3);
        for (const QJsonValue &v : page)
            seen.append(v.toObject().value(u"Version").toString());
        marker = r.json().value(u"NextMarker").toString();
        ++pages;
    } while (!marker.isEmpty() && pages < 10);
    QCOMPARE(pages, 2);
    QCOMPARE(seen,
             (QStringList{QStringLiteral("$LATEST"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));

    r = call("GET", path + QStringLiteral("?MaxItems=0"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorType, QByteArray("InvalidParameterValueException"));
    QVERIFY2(r.message().contains(u"MaxItems"), qPrintable(r.message()));
    r = call("GET", path + QStringLiteral("?Marker=bogus"));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains(u"Marker 'bogus' is not valid"), qPrintable(r.message()));
    r = call("GET", QStringLiteral("/2015-03-31/functions/nope/versions"));
    QCOMPARE(r.status, 404);
}

// Qualifier on GetFunction / GetFunctionConfiguration: the version's configuration, the ARN as
// asked, and a Code.Location that serves that version's package.
void TestApiVersions::qualifiedGetFunction()
{
    Reply r = call("GET", QStringLiteral("/2015-03-31/functions/ver-fn?Qualifier=1"));
    QCOMPARE(r.status, 200);
    const QJsonObject config = r.json().value(u"Configuration").toObject();
    QCOMPARE(config.value(u"Version").toString(), QStringLiteral("1"));
    QCOMPARE(config.value(u"FunctionArn").toString(), arn(QStringLiteral("ver-fn:1")));
    QCOMPARE(config.value(u"Description").toString(), QStringLiteral("release one"));
    QCOMPARE(config.value(u"CodeSha256").toString(), sha256Base64(zipOf("one")));
    const QString location = r.json().value(u"Code").toObject().value(u"Location").toString();
    const Reply download = call("GET", location.mid(m_server->endpoint().size()));
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body, zipOf("one"));

    r = call("GET", QStringLiteral("/2015-03-31/functions/ver-fn:2/configuration"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"Version").toString(), QStringLiteral("2"));
    QCOMPARE(r.json().value(u"FunctionArn").toString(), arn(QStringLiteral("ver-fn:2")));

    r = call("GET", QStringLiteral("/2015-03-31/functions/ver-fn/configuration?Qualifier=%24LATEST"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"Version").toString(), QStringLiteral("$LATEST"));
    QCOMPARE(r.json().value(u"FunctionArn").toString(), arn(QStringLiteral("ver-fn:$LATEST")));

    for (const QString &q : {QStringLiteral("99"), QStringLiteral("nosuch"), QStringLiteral("01")}) {
        r = call("GET", QStringLiteral("/2015-03-31/functions/ver-fn?Qualifier=") + q);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorType, QByteArray("ResourceNotFoundException"));
        QCOMPARE(r.message(), QStringLiteral("Function not found: %1").arg(arn(QStringLiteral("ver-fn:") + q)));
    }
}

// CreateAlias (201), GetAlias, UpdateAlias with a RoutingConfig, as AWS shapes them.
void TestApiVersions::aliases()
{
    const QString path = QStringLiteral("/2015-03-31/functions/ver-fn/aliases");
    Reply r = call("POST", path,
                   QJsonObject{{QStringLiteral("Name"), QStringLiteral("live")},
                               {QStringLiteral("FunctionVersion"), QStringLiteral("1")},
                               {QStringLiteral("Description"), QStringLiteral("production")}});
    QCOMPARE(r.status, 201);
    QJsonObject a = r.json();
    QCOMPARE(a.value(u"AliasArn").toString(), arn(QStringLiteral("ver-fn:live")));
    QCOMPARE(a.value(u"Name").toString(), QStringLiteral("live"));
    QCOMPARE(a.value(u"FunctionVersion").toString(), QStringLiteral("1"));
    QCOMPARE(a.value(u"Description").toString(), QStringLiteral("production"));
    QVERIFY(!a.value(u"RevisionId").toString().isEmpty());
    QVERIFY(!a.contains(u"RoutingConfig")); // AWS leaves it out for one version
    const QString revision = a.value(u"RevisionId").toString();

    r = call("GET", path + QStringLiteral("/live"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), a);

    r = call("PUT", path + QStringLiteral("/live"),
             QJsonObject{
                 {QStringLiteral("RoutingConfig"),
                  QJsonObject{{QStringLiteral("AdditionalVersionWeights"), QJsonObject{{QStringLiteral("2"), 0.25}}}}},
                 {QStringLiteral("RevisionId"), revision}});
    QCOMPARE(r.status, 200);
    a = r.json();
    QCOMPARE(a.value(u"FunctionVersion").toString(), QStringLiteral("1"));
    QCOMPARE(a.value(u"Description").toString(), QStringLiteral("production")); // unchanged when not given
    QCOMPARE(a.value(u"RoutingConfig").toObject().value(u"AdditionalVersionWeights").toObject(),
             (QJsonObject{{QStringLiteral("2"), 0.25}}));
    QVERIFY(a.value(u"RevisionId").toString() != revision);

    // The old RevisionId no longer matches.
    r = call("PUT", path + QStringLiteral("/live"),
             QJsonObject{{QStringLiteral("FunctionVersion"), QStringLiteral("3")},
                         {QStringLiteral("RevisionId"), revision}});
    QCOMPARE(r.status, 412);
    QCOMPARE(r.errorType, QByteArray("PreconditionFailedException"));

    // An empty AdditionalVersionWeights: one version again.
    r = call("PUT", path + QStringLiteral("/live"),
             QJsonObject{{QStringLiteral("RoutingConfig"),
                          QJsonObject{{QStringLiteral("AdditionalVersionWeights"), QJsonObject{}}}}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().contains(u"RoutingConfig"));
}

void TestApiVersions::aliasErrors()
{
    const QString path = QStringLiteral("/2015-03-31/functions/ver-fn/aliases");
    Reply r = call("POST", path,
                   QJsonObject{{QStringLiteral("Name"), QStringLiteral("live")},
                               {QStringLiteral("FunctionVersion"), QStringLiteral("1")}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorType, QByteArray("ResourceConflictException"));
    QCOMPARE(r.message(), QStringLiteral("Alias already exists: %1").arg(arn(QStringLiteral("ver-fn:live"))));

    r = call("GET", path + QStringLiteral("/nosuch"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorType, QByteArray("ResourceNotFoundException"));
    QCOMPARE(r.message(), QStringLiteral("Alias not found: %1").arg(arn(QStringLiteral("ver-fn:nosuch"))));

    r = call("POST", path,
             QJsonObject{{QStringLiteral("Name"), QStringLiteral("ghost")},
                         {QStringLiteral("FunctionVersion"), QStringLiteral("42")}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.message(), QStringLiteral("Function not found: %1").arg(arn(QStringLiteral("ver-fn:42"))));

    r = call("POST", path,
             QJsonObject{
                 {QStringLiteral("Name"), QStringLiteral("heavy")},
                 {QStringLiteral("FunctionVersion"), QStringLiteral("1")},
                 {QStringLiteral("RoutingConfig"),
                  QJsonObject{{QStringLiteral("AdditionalVersionWeights"), QJsonObject{{QStringLiteral("2"), 1.5}}}}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorType, QByteArray("InvalidParameterValueException"));
    QVERIFY2(r.message().contains(u"RoutingConfig"), qPrintable(r.message()));

    r = call("POST", path, QJsonObject{{QStringLiteral("FunctionVersion"), QStringLiteral("1")}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains(u"Name is required"), qPrintable(r.message()));

    r = call("DELETE", path + QStringLiteral("/nosuch"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorType, QByteArray("ResourceNotFoundException"));
}

// ListAliases pages by name; FunctionVersion keeps the aliases of that version.
void TestApiVersions::listAliasesPagedAndFiltered()
{
    const QString path = QStringLiteral("/2015-03-31/functions/ver-fn/aliases");
    for (const auto &[name, version] :
         {std::pair{"beta", "2"}, std::pair{"canary", "3"}, std::pair{"dev", "$LATEST"}}) {
        const Reply r = call("POST", path,
                             QJsonObject{{QStringLiteral("Name"), QString::fromLatin1(name)},
                                         {QStringLiteral("FunctionVersion"), QString::fromLatin1(version)}});
        QCOMPARE(r.status, 201);
    }
    QStringList seen;
    QString marker;
    int pages = 0;
    do {
        const Reply r = call(
            "GET", path + QStringLiteral("?MaxItems=3") + (marker.isEmpty() ? QString() : u"&Marker=" + marker));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json().value(u"Aliases").toArray())
            seen.append(v.toObject().value(u"Name").toString());
        marker = r.json().value(u"NextMarker").toString();
        ++pages;
    } while (!marker.isEmpty() && pages < 10);
    QCOMPARE(pages, 2);
    QCOMPARE(
        seen,
        (QStringList{QStringLiteral("beta"), QStringLiteral("canary"), QStringLiteral("dev"), QStringLiteral("live")}));

    Reply r = call("GET", path + QStringLiteral("?FunctionVersion=3"));
    QCOMPARE(r.status, 200);
    QJsonArray aliases = r.json().value(u"Aliases").toArray();
    QCOMPARE(aliases.size(), 1);
    QCOMPARE(aliases[0].toObject().value(u"Name").toString(), QStringLiteral("canary"));
    QCOMPARE(aliases[0].toObject().value(u"AliasArn").toString(), arn(QStringLiteral("ver-fn:canary")));
    r = call("GET", path + QStringLiteral("?FunctionVersion=%24LATEST"));
    QCOMPARE(r.json().value(u"Aliases").toArray().size(), 1);
    r = call("GET", path + QStringLiteral("?FunctionVersion=latest"));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains(u"FunctionVersion"), qPrintable(r.message()));
}

// Invoke an alias: the version it names runs; X-Amz-Executed-Version and the handler say so,
// and invoked_function_arn is the ARN as invoked.
void TestApiVersions::invokeAlias()
{
    Reply r = call("POST", QStringLiteral("/2015-03-31/functions/ver-fn/invocations?Qualifier=canary"),
                   QJsonObject{{QStringLiteral("x"), 1}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.executedVersion, QByteArray("3"));
    QCOMPARE(r.json().value(u"code").toString(), QStringLiteral("three"));
    QCOMPARE(r.json().value(u"version").toString(), QStringLiteral("3"));
    QCOMPARE(r.json().value(u"arn").toString(), arn(QStringLiteral("ver-fn:canary")));
    r = call("POST", QStringLiteral("/2015-03-31/functions/ver-fn/invocations"), QJsonObject{{QStringLiteral("x"), 1}});
    QCOMPARE(r.executedVersion, QByteArray("$LATEST"));
    QCOMPARE(r.json().value(u"code").toString(), QStringLiteral("four"));
}

// DeleteFunction with Qualifier: a version alone (204); one an alias uses: 409 naming the alias;
// $LATEST and alias names are refused; the function stays.
void TestApiVersions::deleteFunctionQualifier()
{
    Reply r = call("DELETE", QStringLiteral("/2015-03-31/functions/ver-fn?Qualifier=3"));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorType, QByteArray("ResourceConflictException"));
    QVERIFY2(r.message().contains(u"canary"), qPrintable(r.message()));

    r = call("DELETE", QStringLiteral("/2015-03-31/functions/ver-fn?Qualifier=%24LATEST"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), QStringLiteral("$LATEST version cannot be deleted without deleting the function."));

    r = call("DELETE", QStringLiteral("/2015-03-31/functions/ver-fn?Qualifier=canary"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorType, QByteArray("InvalidParameterValueException"));
    QVERIFY2(r.message().contains(u"DeleteAlias"), qPrintable(r.message()));
    r = call("DELETE", QStringLiteral("/2015-03-31/functions/ver-fn?Qualifier=nosuch"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.message(), QStringLiteral("Function not found: %1").arg(arn(QStringLiteral("ver-fn:nosuch"))));

    r = call("DELETE", QStringLiteral("/2015-03-31/functions/ver-fn/aliases/canary"));
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    r = call("DELETE", QStringLiteral("/2015-03-31/functions/ver-fn:3"));
    QCOMPARE(r.status, 204);
    r = call("GET", QStringLiteral("/2015-03-31/functions/ver-fn?Qualifier=3"));
    QCOMPARE(r.status, 404);
    r = call("DELETE", QStringLiteral("/2015-03-31/functions/ver-fn?Qualifier=3"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.message(), QStringLiteral("Function not found: %1").arg(arn(QStringLiteral("ver-fn:3"))));
    r = call("GET", QStringLiteral("/2015-03-31/functions/ver-fn"));
    QCOMPARE(r.status, 200); // the function and its other versions stay
    QCOMPARE(m_backend->listVersions(QStringLiteral("ver-fn"))->size(), 2);
}

// CreateFunction with Publish: the answer describes version 1.
void TestApiVersions::publishOnCreate()
{
    const Reply r = call("POST", QStringLiteral("/2015-03-31/functions"),
                         QJsonObject{
                             {QStringLiteral("FunctionName"), QStringLiteral("pub-fn")},
                             {QStringLiteral("Runtime"), m_runtime},
                             {QStringLiteral("Handler"), QStringLiteral("app.handler")},
                             {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
                             {QStringLiteral("Publish"), true},
                             {QStringLiteral("Code"),
                              QJsonObject{{QStringLiteral("ZipFile"), QString::fromLatin1(zipOf("pub").toBase64())}}},
                         });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"Version").toString(), QStringLiteral("1"));
    QCOMPARE(r.json().value(u"FunctionArn").toString(), arn(QStringLiteral("pub-fn:1")));
    QCOMPARE(r.json().value(u"CodeSha256").toString(), sha256Base64(zipOf("pub")));
    const auto versions = m_backend->listVersions(QStringLiteral("pub-fn"));
    QVERIFY(versions);
    QCOMPARE(versions->size(), 1);
}

QTEST_GUILESS_MAIN(TestApiVersions)
#include "tst_apiversions.moc"
