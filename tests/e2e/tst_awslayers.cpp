// The real AWS CLI v2 (Debian's /usr/bin/aws) against `lambdesk serve` for layers:
// publish-layer-version (--zip-file fileb://), list-layers, list-layer-versions,
// get-layer-version, get-layer-version-by-arn, delete-layer-version; create-function and
// update-function-configuration with --layers and AWS's errors (a missing version, 6 layers);
// get-function showing Layers; a Python handler importing a module from a layer's python/, a
// Node handler requiring a module from a layer's nodejs/node_modules, and a real npm package
// (bowser, from the node clients install-node-clients.sh caches) running from a layer.
#include "servefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace e2e;

namespace {
const QString kAws = QStringLiteral("/usr/bin/aws"); // not the `aws` first on PATH
const QString kRole = QStringLiteral("arn:aws:iam::123456789012:role/lambda-role");
const QString kArnPrefix = QStringLiteral("arn:aws:lambda:us-east-1:000000000000:layer:");

QString clientsDir()
{
    const QString fromEnv = qEnvironmentVariable("LAMBDESK_NODE_CLIENTS");
    return fromEnv.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache/lambdesk/node-clients") : fromEnv;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// Zips the folder into `zipPath`.
bool zipFolder(const QString &dir, const QString &zipPath)
{
    const auto zip = lambdesk::ziparchive::create(dir);
    return zip && writeFile(zipPath, zip.value());
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &i : QDir(from).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString dest = to + u'/' + i.fileName();
        if (i.isDir() && !i.isSymLink()) {
            if (!copyTree(i.filePath(), dest))
                return false;
        } else if (!i.isSymLink() && !QFile::copy(i.filePath(), dest)) {
            return false;
        }
    }
    return true;
}
} // namespace

class TestAwsLayers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void publishListGetDelete();
    void functionLayersAndErrors();
    void pythonImportsFromLayer();
    void nodeRequiresFromLayer();
    void realNpmPackageFromLayer();

private:
    Run aws(const QStringList &args) { return awsLambda(kAws, m_serve, m_env, args); }
    QJsonObject awsJson(const QStringList &args) { return awsLambdaJson(kAws, m_serve, m_env, args); }
    // Publishes the folder as a layer version; its LayerVersionArn.
    QString publish(const QString &name, const QString &dir, const QStringList &extra = {})
    {
        const QString zip = m_tmp.filePath(name + QStringLiteral("-layer.zip"));
        if (!zipFolder(dir, zip))
            return {};
        const QJsonObject o = awsJson(QStringList{QStringLiteral("publish-layer-version"), QStringLiteral("--layer-name"),
                                                  name, QStringLiteral("--zip-file"), QStringLiteral("fileb://") + zip}
                                      + extra);
        return o.value(u"LayerVersionArn").toString();
    }
    // Creates a function from the folder with these layers; the failed run when it fails.
    Run createFunction(const QString &name, const QString &runtime, const QString &handler, const QString &codeDir,
                       const QStringList &layers)
    {
        const QString zip = m_tmp.filePath(name + QStringLiteral("-code.zip"));
        if (!zipFolder(codeDir, zip))
            return {};
        QStringList args{QStringLiteral("create-function"), QStringLiteral("--function-name"), name,
                         QStringLiteral("--runtime"), runtime, QStringLiteral("--handler"), handler,
                         QStringLiteral("--role"), kRole, QStringLiteral("--zip-file"), QStringLiteral("fileb://") + zip};
        if (!layers.isEmpty())
            args << QStringLiteral("--layers") << layers;
        return aws(args);
    }
    QByteArray invoke(const QString &name)
    {
        const QString out = m_tmp.filePath(name + QStringLiteral("-out.json"));
        const Run r = aws({QStringLiteral("invoke"), QStringLiteral("--function-name"), name, out});
        if (r.exitCode != 0)
            return "aws invoke failed: " + r.err;
        if (QJsonDocument::fromJson(r.out).object().contains(u"FunctionError"))
            return "function error: " + readFile(out);
        return readFile(out);
    }

    ServeProcess m_serve;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
};

void TestAwsLayers::initTestCase()
{
    QVERIFY2(QFile::exists(kAws), "Debian's AWS CLI v2 is required at /usr/bin/aws (apt-get install awscli)");
    QString error;
    QVERIFY2(m_serve.start({}, &error), qPrintable(error));
    m_env = awsCliEnvironment(m_tmp.path());
}

void TestAwsLayers::cleanupTestCase()
{
    QCOMPARE(m_serve.stop(SIGTERM), 0);
    QCOMPARE(m_serve.runtimeProcesses(), QList<qint64>());
}

void TestAwsLayers::publishListGetDelete()
{
    const QString src = m_tmp.filePath(QStringLiteral("shapes"));
    QVERIFY(writeFile(src + QStringLiteral("/python/shapes.py"), "NAME = 'shapes'\n"));
    const QString zip = m_tmp.filePath(QStringLiteral("shapes.zip"));
    QVERIFY(zipFolder(src, zip));
    const QByteArray zipBytes = readFile(zip);

    const QJsonObject v1 = awsJson({QStringLiteral("publish-layer-version"), QStringLiteral("--layer-name"),
                                    QStringLiteral("shapes"), QStringLiteral("--description"), QStringLiteral("first"),
                                    QStringLiteral("--compatible-runtimes"), QStringLiteral("python3.11"),
                                    QStringLiteral("python3.12"), QStringLiteral("--compatible-architectures"),
                                    QStringLiteral("x86_64"), QStringLiteral("--license-info"), QStringLiteral("MIT"),
                                    QStringLiteral("--zip-file"), QStringLiteral("fileb://") + zip});
    QCOMPARE(v1.value(u"LayerArn").toString(), kArnPrefix + QStringLiteral("shapes"));
    QCOMPARE(v1.value(u"LayerVersionArn").toString(), kArnPrefix + QStringLiteral("shapes:1"));
    QCOMPARE(v1.value(u"Version").toInt(), 1);
    QCOMPARE(v1.value(u"Description").toString(), QStringLiteral("first"));
    QCOMPARE(v1.value(u"LicenseInfo").toString(), QStringLiteral("MIT"));
    QCOMPARE(v1.value(u"CompatibleRuntimes").toVariant().toStringList(),
             (QStringList{QStringLiteral("python3.11"), QStringLiteral("python3.12")}));
    QCOMPARE(v1.value(u"CompatibleArchitectures").toVariant().toStringList(), QStringList{QStringLiteral("x86_64")});
    QVERIFY(!v1.value(u"CreatedDate").toString().isEmpty());
    const QJsonObject content = v1.value(u"Content").toObject();
    QCOMPARE(content.value(u"CodeSize").toInteger(), zipBytes.size());
    QCOMPARE(content.value(u"CodeSha256").toString(),
             QString::fromLatin1(QCryptographicHash::hash(zipBytes, QCryptographicHash::Sha256).toBase64()));
    // Location: the stored zip, the same bytes.
    const QUrl location(content.value(u"Location").toString());
    QVERIFY2(location.isLocalFile(), qPrintable(location.toString()));
    QCOMPARE(readFile(location.toLocalFile()), zipBytes);

    const QJsonObject v2 = awsJson({QStringLiteral("publish-layer-version"), QStringLiteral("--layer-name"),
                                    QStringLiteral("shapes"), QStringLiteral("--zip-file"),
                                    QStringLiteral("fileb://") + zip});
    QCOMPARE(v2.value(u"Version").toInt(), 2);
    QVERIFY(!v2.contains(u"CompatibleRuntimes")); // left out when not set, as AWS

    const QJsonObject versions =
        awsJson({QStringLiteral("list-layer-versions"), QStringLiteral("--layer-name"), QStringLiteral("shapes")});
    const QJsonArray items = versions.value(u"LayerVersions").toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"Version").toInt(), 2); // newest first
    QCOMPARE(items.at(1).toObject().value(u"LayerVersionArn").toString(), kArnPrefix + QStringLiteral("shapes:1"));
    // Filtered by runtime: only version 1 says python3.12.
    const QJsonObject filtered =
        awsJson({QStringLiteral("list-layer-versions"), QStringLiteral("--layer-name"), QStringLiteral("shapes"),
                 QStringLiteral("--compatible-runtime"), QStringLiteral("python3.12")});
    QCOMPARE(filtered.value(u"LayerVersions").toArray().size(), 1);

    const QJsonObject layers = awsJson({QStringLiteral("list-layers")});
    bool found = false;
    for (const QJsonValue &l : layers.value(u"Layers").toArray()) {
        const QJsonObject o = l.toObject();
        if (o.value(u"LayerName").toString() != u"shapes")
            continue;
        found = true;
        QCOMPARE(o.value(u"LayerArn").toString(), kArnPrefix + QStringLiteral("shapes"));
        QCOMPARE(o.value(u"LatestMatchingVersion").toObject().value(u"Version").toInt(), 2);
    }
    QVERIFY(found);
    // With CompatibleRuntime: the newest version that matches (1).
    const QJsonObject matching =
        awsJson({QStringLiteral("list-layers"), QStringLiteral("--compatible-runtime"), QStringLiteral("python3.12")});
    const QJsonArray matchingLayers = matching.value(u"Layers").toArray();
    QCOMPARE(matchingLayers.size(), 1);
    QCOMPARE(matchingLayers.at(0).toObject().value(u"LatestMatchingVersion").toObject().value(u"Version").toInt(), 1);

    const QJsonObject got = awsJson({QStringLiteral("get-layer-version"), QStringLiteral("--layer-name"),
                                     QStringLiteral("shapes"), QStringLiteral("--version-number"), QStringLiteral("1")});
    QCOMPARE(got.value(u"Description").toString(), QStringLiteral("first"));
    QCOMPARE(got.value(u"Content").toObject().value(u"CodeSha256"), content.value(u"CodeSha256"));
    const QJsonObject byArn = awsJson({QStringLiteral("get-layer-version-by-arn"), QStringLiteral("--arn"),
                                       kArnPrefix + QStringLiteral("shapes:1")});
    QCOMPARE(byArn.value(u"LayerVersionArn").toString(), kArnPrefix + QStringLiteral("shapes:1"));
    QCOMPARE(byArn.value(u"Version").toInt(), 1);

    const Run deleted = aws({QStringLiteral("delete-layer-version"), QStringLiteral("--layer-name"),
                             QStringLiteral("shapes"), QStringLiteral("--version-number"), QStringLiteral("2")});
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    const Run again = aws({QStringLiteral("delete-layer-version"), QStringLiteral("--layer-name"),
                           QStringLiteral("shapes"), QStringLiteral("--version-number"), QStringLiteral("2")});
    QVERIFY2(again.exitCode == 0, again.err.constData()); // idempotent, as AWS
    const Run gone = aws({QStringLiteral("get-layer-version"), QStringLiteral("--layer-name"), QStringLiteral("shapes"),
                          QStringLiteral("--version-number"), QStringLiteral("2")});
    QVERIFY(gone.exitCode != 0);
    QVERIFY2(gone.err.contains("(ResourceNotFoundException)"), gone.err.constData());
    // A deleted number is never given again.
    const QJsonObject v3 = awsJson({QStringLiteral("publish-layer-version"), QStringLiteral("--layer-name"),
                                    QStringLiteral("shapes"), QStringLiteral("--zip-file"),
                                    QStringLiteral("fileb://") + zip});
    QCOMPARE(v3.value(u"Version").toInt(), 3);

    // S3 content: refused with a clear message.
    const Run s3 = aws({QStringLiteral("publish-layer-version"), QStringLiteral("--layer-name"), QStringLiteral("s3"),
                        QStringLiteral("--content"), QStringLiteral("S3Bucket=my-bucket,S3Key=layer.zip")});
    QVERIFY(s3.exitCode != 0);
    QVERIFY2(s3.err.contains("(InvalidParameterValueException)") && s3.err.contains("there is no S3 locally"),
             s3.err.constData());
    // A bad name: AWS's pattern message.
    const Run badName = aws({QStringLiteral("publish-layer-version"), QStringLiteral("--layer-name"),
                             QStringLiteral("bad.name"), QStringLiteral("--zip-file"), QStringLiteral("fileb://") + zip});
    QVERIFY(badName.exitCode != 0);
    QVERIFY2(badName.err.contains("failed to satisfy constraint"), badName.err.constData());
}

void TestAwsLayers::functionLayersAndErrors()
{
    const QString src = m_tmp.filePath(QStringLiteral("cfg-layer"));
    QVERIFY(writeFile(src + QStringLiteral("/python/cfg.py"), "X = 1\n"));
    const QString arn = publish(QStringLiteral("cfg"), src);
    QCOMPARE(arn, kArnPrefix + QStringLiteral("cfg:1"));
    const QString code = m_tmp.filePath(QStringLiteral("cfg-code"));
    QVERIFY(writeFile(code + QStringLiteral("/lambda_function.py"), "def handler(e, c):\n    return 1\n"));

    const QString missing = kArnPrefix + QStringLiteral("cfg:9");
    Run r = createFunction(QStringLiteral("cfg-fn"), QStringLiteral("python3.11"),
                           QStringLiteral("lambda_function.handler"), code, {missing});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("(InvalidParameterValueException)"), r.err.constData());
    QVERIFY2(r.err.contains(QStringLiteral("Layer version %1 does not exist.").arg(missing).toUtf8()), r.err.constData());
    r = createFunction(QStringLiteral("cfg-fn"), QStringLiteral("python3.11"), QStringLiteral("lambda_function.handler"),
                       code, QStringList(6, arn));
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("Cannot reference more than 5 layers."), r.err.constData());

    r = createFunction(QStringLiteral("cfg-fn"), QStringLiteral("python3.11"), QStringLiteral("lambda_function.handler"),
                       code, {arn});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray created = QJsonDocument::fromJson(r.out).object().value(u"Layers").toArray();
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).toObject().value(u"Arn").toString(), arn);
    QVERIFY(created.at(0).toObject().value(u"CodeSize").toInteger() > 0);

    const QJsonObject fn = awsJson({QStringLiteral("get-function"), QStringLiteral("--function-name"),
                                    QStringLiteral("cfg-fn")});
    const QJsonArray shown = fn.value(u"Configuration").toObject().value(u"Layers").toArray();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).toObject().value(u"Arn").toString(), arn);

    // update-function-configuration --layers: the errors, then a change, then none.
    Run u = aws({QStringLiteral("update-function-configuration"), QStringLiteral("--function-name"),
                 QStringLiteral("cfg-fn"), QStringLiteral("--layers"), missing});
    QVERIFY(u.exitCode != 0);
    QVERIFY2(u.err.contains(QStringLiteral("Layer version %1 does not exist.").arg(missing).toUtf8()), u.err.constData());
    u = aws(QStringList{QStringLiteral("update-function-configuration"), QStringLiteral("--function-name"),
                        QStringLiteral("cfg-fn"), QStringLiteral("--layers")}
            + QStringList(6, arn));
    QVERIFY(u.exitCode != 0);
    QVERIFY2(u.err.contains("Cannot reference more than 5 layers."), u.err.constData());
    const QString arn2 = publish(QStringLiteral("cfg2"), src);
    QVERIFY(!arn2.isEmpty());
    u = aws({QStringLiteral("update-function-configuration"), QStringLiteral("--function-name"),
             QStringLiteral("cfg-fn"), QStringLiteral("--layers"), arn, arn2});
    QVERIFY2(u.exitCode == 0, u.err.constData());
    const QJsonArray two = QJsonDocument::fromJson(u.out).object().value(u"Layers").toArray();
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(1).toObject().value(u"Arn").toString(), arn2);
    const QJsonObject conf = awsJson({QStringLiteral("get-function-configuration"), QStringLiteral("--function-name"),
                                      QStringLiteral("cfg-fn")});
    QCOMPARE(conf.value(u"Layers").toArray().size(), 2);
    u = aws({QStringLiteral("update-function-configuration"), QStringLiteral("--function-name"),
             QStringLiteral("cfg-fn"), QStringLiteral("--layers"), QStringLiteral("[]")});
    QVERIFY2(u.exitCode == 0, u.err.constData());
    QVERIFY(!QJsonDocument::fromJson(u.out).object().contains(u"Layers")); // left out when none, as AWS
}

void TestAwsLayers::pythonImportsFromLayer()
{
    const QString src = m_tmp.filePath(QStringLiteral("py-layer"));
    QVERIFY(writeFile(src + QStringLiteral("/python/greeting.py"), "def greet(n):\n    return 'hello ' + n\n"));
    const QString arn = publish(QStringLiteral("py-greeting"), src, {QStringLiteral("--compatible-runtimes"),
                                                                     QStringLiteral("python3.11")});
    QVERIFY(!arn.isEmpty());
    const QString code = m_tmp.filePath(QStringLiteral("py-code"));
    QVERIFY(writeFile(code + QStringLiteral("/lambda_function.py"),
                      "import greeting\n\ndef handler(event, context):\n"
                      "    return {'msg': greeting.greet('layer'), 'file': greeting.__file__}\n"));
    const Run r = createFunction(QStringLiteral("py-layer-fn"), QStringLiteral("python3.11"),
                                 QStringLiteral("lambda_function.handler"), code, {arn});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray out = invoke(QStringLiteral("py-layer-fn"));
    const QJsonObject answer = QJsonDocument::fromJson(out).object();
    QVERIFY2(answer.value(u"msg").toString() == u"hello layer", out.constData());
    // /opt/python in the sandbox, the merged folder's python/ without it.
    QVERIFY2(answer.value(u"file").toString().endsWith(QStringLiteral("/python/greeting.py")), out.constData());
}

void TestAwsLayers::nodeRequiresFromLayer()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty(), "node is required on PATH");
    const QString src = m_tmp.filePath(QStringLiteral("node-layer"));
    QVERIFY(writeFile(src + QStringLiteral("/nodejs/node_modules/shout/index.js"),
                      "module.exports = (s) => s.toUpperCase() + '!';\n"));
    const QString arn = publish(QStringLiteral("node-shout"), src);
    QVERIFY(!arn.isEmpty());
    const QString code = m_tmp.filePath(QStringLiteral("node-code"));
    QVERIFY(writeFile(code + QStringLiteral("/index.js"),
                      "const shout = require('shout');\n"
                      "exports.handler = async () => ({ msg: shout('from a layer') });\n"));
    const Run r = createFunction(QStringLiteral("node-layer-fn"), QStringLiteral("nodejs20.x"),
                                 QStringLiteral("index.handler"), code, {arn});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray out = invoke(QStringLiteral("node-layer-fn"));
    QVERIFY2(QJsonDocument::fromJson(out).object().value(u"msg").toString() == u"FROM A LAYER!", out.constData());
}

void TestAwsLayers::realNpmPackageFromLayer()
{
    // bowser (pure JavaScript, no dependencies), a dependency of the AWS SDK for JavaScript v3
    // that install-node-clients.sh caches; installed once (a no-op when up to date).
    const QString source = qEnvironmentVariable("LAMBDESK_SOURCE_DIR", QStringLiteral(LAMBDESK_SOURCE_DIR));
    const QString package = clientsDir() + QStringLiteral("/node_modules/bowser");
    if (!QFile::exists(package + QStringLiteral("/package.json"))) {
        const Run install = run(QStringLiteral("bash"),
                                {source + QStringLiteral("/tests/e2e/install-node-clients.sh"), clientsDir()},
                                QProcessEnvironment::systemEnvironment(), 15 * 60 * 1000);
        QVERIFY2(install.exitCode == 0, install.err.constData());
    }
    QVERIFY2(QFile::exists(package + QStringLiteral("/package.json")), qPrintable(package));
    const QString src = m_tmp.filePath(QStringLiteral("npm-layer"));
    QVERIFY(copyTree(package, src + QStringLiteral("/nodejs/node_modules/bowser")));
    const QString arn = publish(QStringLiteral("bowser"), src, {QStringLiteral("--compatible-runtimes"),
                                                                QStringLiteral("nodejs20.x")});
    QVERIFY(!arn.isEmpty());
    const QString code = m_tmp.filePath(QStringLiteral("npm-code"));
    QVERIFY(writeFile(code + QStringLiteral("/index.js"),
                      "const Bowser = require('bowser');\n"
                      "exports.handler = async (event) => {\n"
                      "  const b = Bowser.getParser('Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 "
                      "Firefox/120.0');\n"
                      "  return { browser: b.getBrowserName(), os: b.getOSName() };\n"
                      "};\n"));
    const Run r = createFunction(QStringLiteral("npm-layer-fn"), QStringLiteral("nodejs20.x"),
                                 QStringLiteral("index.handler"), code, {arn});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray out = invoke(QStringLiteral("npm-layer-fn"));
    const QJsonObject answer = QJsonDocument::fromJson(out).object();
    QVERIFY2(answer.value(u"browser").toString() == u"Firefox", out.constData());
    QVERIFY2(answer.value(u"os").toString() == u"Linux", out.constData());
}

QTEST_GUILESS_MAIN(TestAwsLayers)
#include "tst_awslayers.moc"
