// What the runtimes contain, as AWS's: the SDKs they provide (boto3 for Python, the AWS SDK for
// JavaScript v3 for Node), the layers' folders, and nothing of the host's packages. Real handlers
// run by the backend (or by a pool, for a hand-made layers folder), in the fallback mode.
#include "backend.h"
#include "runtime/environmentpool.h"
#include "runtime/resourcelimits.h"
#include "runtime/runtimeapiserver.h"
#include "runtime/runtimedetection.h"
#include "runtime/runtimesdk.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace lambdesk;
using namespace testsupport;

namespace {

bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

QString errorType(const InvocationResult &r)
{
    return object(r.payload).value(u"errorType").toString();
}

QString errorMessage(const InvocationResult &r)
{
    return object(r.payload).value(u"errorMessage").toString();
}

// How many of the function's log lines contain `text`.
int logCount(const InvocationResult &r, const QString &text)
{
    int n = 0;
    for (const LogLine &l : r.logs)
        n += !l.platform && l.text.contains(text) ? 1 : 0;
    return n;
}

// The query the ES module resolve hook gives every file it resolves (nodepath-hooks.mjs): seen in
// import.meta.url when (and only when) the bootstrap registered the hook.
const QString kHookQuery = QStringLiteral("lambdesk-nodepath");

// Sets an environment variable for the scope (the backend and its runtimes read it).
struct ScopedEnv
{
    QByteArray name;
    QByteArray old;
    bool had;
    ScopedEnv(const char *n, const QByteArray &value) : name(n), old(qgetenv(n)), had(qEnvironmentVariableIsSet(n))
    {
        qputenv(n, value);
    }
    ~ScopedEnv()
    {
        if (had)
            qputenv(name.constData(), old);
        else
            qunsetenv(name.constData());
    }
};

} // namespace

class TestRuntimeSdk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void pinnedNodeSdk();
    void nodeSdkInstalledOnce();
    void pythonSdkFolder();
    void cliShowsTheSdks();
    void installWithoutNpm();

    void pythonPathIsAwss();
    void pythonHostPackageIsInvisible();
    void pythonBoto3();
    void pythonWithoutBoto3();
    void nodeSdk_data();
    void nodeSdk();
    void nodeHostModuleIsInvisible();
    void nodeEsmWithoutPackagesHasNoHook();
    void nodeEsmHookRunsNothingTwice();
    void nodeEsmDynamicImport();
    void nodeEsmMissingPackage();
    void layers_data();
    void layers();

private:
    QString m_nodeModules;
};

void TestRuntimeSdk::initTestCase()
{
    // Installed once (cached by its lock): `check` does it before the tests; a run of this test
    // alone does it here, with the install the CLI and the console use.
    bool ok = false;
    const QString outcome = runtimesdk::installNodeSdk(&ok, [](const QString &line) { qInfo("%s", qPrintable(line)); });
    QVERIFY2(ok, qPrintable(outcome));
    m_nodeModules = runtimesdk::findNodeSdk().nodeModulesDir;
    QVERIFY(!m_nodeModules.isEmpty());
    QVERIFY2(!runtimesdk::findPythonSdk().dir.isEmpty(), "python3-boto3 is not installed (packaging/install-deps.sh)");
}

// The pinned set: exact versions, the clients most functions use.
void TestRuntimeSdk::pinnedNodeSdk()
{
    const QStringList packages = runtimesdk::nodeSdkPackages();
    QCOMPARE(packages.size(), 17);
    for (const QString &p : packages)
        QVERIFY2(QRegularExpression(QStringLiteral("^@aws-sdk/[a-z0-9-]+@\\d+\\.\\d+\\.\\d+$")).match(p).hasMatch(),
                 qPrintable(p));
    for (const char *name : {"@aws-sdk/client-s3@", "@aws-sdk/client-dynamodb@", "@aws-sdk/lib-dynamodb@",
                             "@aws-sdk/client-sqs@", "@aws-sdk/client-lambda@"})
        QVERIFY2(!packages.filter(QString::fromLatin1(name)).isEmpty(), name);
    // The folder is named after the lock: a new pin installs beside the old one.
    QCOMPARE(runtimesdk::nodeSdkLockSha().size(), 64);
    QCOMPARE(runtimesdk::nodeSdkDir(),
             runtimesdk::nodeSdkCacheRoot() + QStringLiteral("/nodejs-") + runtimesdk::nodeSdkLockSha().left(16));
}

// A second install finds the stamp and does nothing; without the stamp it is not installed.
void TestRuntimeSdk::nodeSdkInstalledOnce()
{
    QStringList progress;
    bool ok = false;
    const QString outcome = runtimesdk::installNodeSdk(&ok, [&progress](const QString &l) { progress << l; });
    QVERIFY(ok);
    QVERIFY2(outcome.contains(u"up to date"), qPrintable(outcome));
    QVERIFY(progress.isEmpty()); // npm did not run
    const runtimesdk::NodeSdk sdk = runtimesdk::findNodeSdk();
    QCOMPARE(sdk.nodeModulesDir, runtimesdk::nodeSdkDir() + QStringLiteral("/node_modules"));
    QVERIFY(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$")).match(sdk.version).hasMatch());
    QCOMPARE(sdk.packages, 17);
    QVERIFY(QFileInfo::exists(sdk.nodeModulesDir + QStringLiteral("/@aws-sdk/client-s3/package.json")));

    // Another cache (nothing there): not installed.
    QTemporaryDir empty;
    ScopedEnv cache("LAMBDESK_RUNTIME_SDK_CACHE", empty.path().toUtf8());
    QVERIFY(runtimesdk::findNodeSdk().nodeModulesDir.isEmpty());
}

// boto3 and exactly its closure, as links into Debian's packages; no `requests`.
void TestRuntimeSdk::pythonSdkFolder()
{
    QTemporaryDir runtime;
    const runtimesdk::PythonSdk sdk = runtimesdk::preparePythonSdk(runtime.path());
    QCOMPARE(sdk.dir, runtime.filePath(QStringLiteral("python-sdk")));
    QVERIFY(QRegularExpression(QStringLiteral("^1\\.\\d+\\.\\d+$")).match(sdk.version).hasMatch());
    const QString source = runtimesdk::pythonSdkSource();
    for (const QString &module : runtimesdk::pythonSdkModules()) {
        const QFileInfo link(sdk.dir + u'/' + module);
        QVERIFY2(link.exists(), qPrintable(module));
        if (module != u"botocore")
            QCOMPARE(link.symLinkTarget(), source + u'/' + module);
    }
    QStringList tops = QDir(sdk.dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    tops.erase(std::remove_if(tops.begin(), tops.end(), [](const QString &n) { return n.endsWith(u"-info"); }),
               tops.end());
    QStringList modules = runtimesdk::pythonSdkModules();
    tops.sort();
    modules.sort();
    QCOMPARE(tops, modules);
    QVERIFY(!QFileInfo::exists(sdk.dir + QStringLiteral("/requests")));
    // Made anew at every start; removing it never touches Debian's files.
    QVERIFY(!runtimesdk::preparePythonSdk(runtime.path()).dir.isEmpty());
    QVERIFY(QDir(sdk.dir).removeRecursively());
    QVERIFY(QFileInfo::exists(source + QStringLiteral("/boto3/__init__.py")));
    QVERIFY(QFileInfo::exists(source + QStringLiteral("/botocore/exceptions.py")));
}

// `lambdesk runtimes` shows a line per SDK: its version and folder, or how to get it.
void TestRuntimeSdk::cliShowsTheSdks()
{
    QProcess p;
    p.start(QStringLiteral(LAMBDESK_BUILD_DIR "/app/lambdesk"), {QStringLiteral("runtimes")});
    QVERIFY(p.waitForFinished(safetyNetMs(60000)));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const runtimesdk::NodeSdk node = runtimesdk::findNodeSdk();
    QVERIFY2(
        out.contains(
            QStringLiteral("AWS SDK for JavaScript v3 %1 (17 clients): %2\n").arg(node.version, node.nodeModulesDir)),
        qPrintable(out));
    const runtimesdk::PythonSdk python = runtimesdk::findPythonSdk();
    QVERIFY2(out.contains(QStringLiteral("boto3 %1: %2\n").arg(python.version, python.dir)), qPrintable(out));

    QTemporaryDir empty;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LAMBDESK_RUNTIME_SDK_CACHE"), empty.path());
    env.insert(QStringLiteral("LAMBDESK_PYTHON_SDK_SOURCE"), empty.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LAMBDESK_BUILD_DIR "/app/lambdesk"), {QStringLiteral("runtimes")});
    QVERIFY(p.waitForFinished(safetyNetMs(60000)));
    const QString none = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(none.contains(
                 QStringLiteral("AWS SDK for JavaScript v3: not installed — run lambdesk runtimes --install-sdk\n")),
             qPrintable(none));
    QVERIFY2(none.contains(QStringLiteral("boto3: not installed — apt-get install python3-boto3\n")), qPrintable(none));
}

// Without npm the install says what to do, exit status 3, and leaves no stamp behind.
void TestRuntimeSdk::installWithoutNpm()
{
    QTemporaryDir cache, bin;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LAMBDESK_RUNTIME_SDK_CACHE"), cache.path());
    env.insert(QStringLiteral("PATH"), bin.path()); // no npm there
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LAMBDESK_BUILD_DIR "/app/lambdesk"),
            {QStringLiteral("runtimes"), QStringLiteral("--install-sdk")});
    QVERIFY(p.waitForFinished(safetyNetMs(60000)));
    QCOMPARE(p.exitCode(), 3);
    QCOMPARE(QString::fromUtf8(p.readAllStandardError()),
             QStringLiteral("npm not found on PATH (apt-get install npm)\n"));
    ScopedEnv scoped("LAMBDESK_RUNTIME_SDK_CACHE", cache.path().toUtf8());
    QVERIFY(runtimesdk::findNodeSdk().nodeModulesDir.isEmpty());
}

// sys.path as AWS's python3.X: the task root, the runtime's standard library, the SDK, the
// runtime folder; no site-packages or dist-packages of the host.
void TestRuntimeSdk::pythonPathIsAwss()
{
    TestBackend tb;
    QTemporaryDir code;
    QVERIFY(writeText(code.filePath(QStringLiteral("app.py")),
                      "import os, sys\n"
                      "def handler(event, context):\n"
                      "    return {'path': sys.path, 'pythonpath': os.environ.get('PYTHONPATH')}\n"));
    QVERIFY(
        tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("app.handler")), code.path()));
    const auto r = tb.invoke(QStringLiteral("fn"));
    QVERIFY(r.ok());
    QVERIFY2(!r->isError(), r->payload.constData());
    QStringList path;
    for (const QJsonValue &v : object(r->payload).value(u"path").toArray())
        path << v.toString();
    const QString sdk = tb.backend->pythonSdkDir();
    const QString runtimeDir = QFileInfo(sdk).path(); // the SDK folder is made in the runtime folder
    QVERIFY2(path.size() >= 5, qPrintable(path.join(u' ')));
    QVERIFY2(path.first().endsWith(u"/code"), qPrintable(path.first())); // the task root
    QCOMPARE(path.at(path.size() - 2), sdk);
    QCOMPARE(path.constLast(), runtimeDir);
    QCOMPARE(object(r->payload).value(u"pythonpath").toString(), runtimeDir); // as AWS's PYTHONPATH
    // Between them, the interpreter's standard library (its zip, lib/python3.X, lib-dynload) alone.
    const QStringList stdlib = path.mid(1, path.size() - 3);
    QVERIFY2(stdlib.size() >= 2, qPrintable(path.join(u' ')));
    for (const QString &entry : stdlib)
        QVERIFY2(QRegularExpression(QStringLiteral("/python3\\d+\\.zip$|/python3\\.\\d+(/lib-dynload)?$"))
                     .match(entry)
                     .hasMatch(),
                 qPrintable(entry));
    for (const QString &entry : path) {
        QVERIFY2(!entry.contains(u"site-packages") && !entry.contains(u"dist-packages"), qPrintable(entry));
        QVERIFY2(!entry.contains(u"/.local/"), qPrintable(entry)); // no user site
    }
}

// AWS's text for a package only the host has (here: Debian's python3-requests, a dependency of
// python3-boto3): the handler cannot import it.
void TestRuntimeSdk::pythonHostPackageIsInvisible()
{
    TestBackend tb;
    // The host's interpreter (the one the function runs on) imports it: it is really there.
    QProcess host;
    host.start(tb.backend->runtimes().preferred(RuntimeFamily::Python)->executable,
               {QStringLiteral("-c"), QStringLiteral("import requests")});
    QVERIFY(host.waitForFinished(safetyNetMs(60000)));
    QVERIFY2(host.exitCode() == 0, "requests is not installed on this host (python3-boto3 brings python3-requests)");
    QTemporaryDir code;
    QVERIFY(writeText(code.filePath(QStringLiteral("app.py")),
                      "import requests\n"
                      "def handler(event, context):\n"
                      "    return requests.__version__\n"));
    QVERIFY(
        tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("app.handler")), code.path()));
    const auto r = tb.invoke(QStringLiteral("fn"));
    QVERIFY(r.ok());
    QVERIFY(r->isError());
    QCOMPARE(errorType(*r), QStringLiteral("Runtime.ImportModuleError"));
    QCOMPARE(errorMessage(*r), QStringLiteral("Unable to import module 'app': No module named 'requests'"));
}

// boto3 is there, as on AWS, and works without `requests` (a client, no network call).
void TestRuntimeSdk::pythonBoto3()
{
    TestBackend tb;
    QVERIFY(!tb.backend->pythonSdkDir().isEmpty());
    QTemporaryDir code;
    QVERIFY(writeText(
        code.filePath(QStringLiteral("app.py")),
        "import sys\n"
        "import boto3, botocore\n"
        "from importlib.metadata import version\n"
        "def handler(event, context):\n"
        "    s3 = boto3.client('s3', region_name='us-east-1', aws_access_key_id='a', aws_secret_access_key='b')\n"
        "    return {'boto3': boto3.__version__, 'metadata': version('boto3'),\n"
        "            'endpoint': s3.meta.endpoint_url,\n"
        "            'requests': 'requests' in sys.modules}\n"));
    QVERIFY(tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("app.handler"), 256, 30),
                      code.path()));
    const auto r = tb.invoke(QStringLiteral("fn"));
    QVERIFY(r.ok());
    QVERIFY2(!r->isError(), r->payload.constData());
    const QJsonObject o = object(r->payload);
    const QString version = runtimesdk::findPythonSdk().version;
    QCOMPARE(o.value(u"boto3").toString(), version);
    QCOMPARE(o.value(u"metadata").toString(), version);
    QCOMPARE(o.value(u"endpoint").toString(), QStringLiteral("https://s3.amazonaws.com"));
    QCOMPARE(o.value(u"requests").toBool(), false);
}

// Without python3-boto3 there is no SDK folder, and `import boto3` fails as on a runtime without it.
void TestRuntimeSdk::pythonWithoutBoto3()
{
    QTemporaryDir empty;
    ScopedEnv source("LAMBDESK_PYTHON_SDK_SOURCE", empty.path().toUtf8());
    TestBackend tb;
    QCOMPARE(tb.backend->pythonSdkDir(), QString());
    QTemporaryDir code;
    QVERIFY(writeText(code.filePath(QStringLiteral("app.py")),
                      "import boto3\ndef handler(event, context):\n    return 1\n"));
    QVERIFY(
        tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("app.handler")), code.path()));
    const auto r = tb.invoke(QStringLiteral("fn"));
    QVERIFY(r.ok());
    QCOMPARE(errorType(*r), QStringLiteral("Runtime.ImportModuleError"));
    QCOMPARE(errorMessage(*r), QStringLiteral("Unable to import module 'app': No module named 'boto3'"));
}

void TestRuntimeSdk::nodeSdk_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("source");
    QTest::newRow("CommonJS") << "app.js"
                              << QByteArray(
                                     "const { S3Client, ListBucketsCommand } = require('@aws-sdk/client-s3');\n"
                                     "const { DynamoDBDocumentClient } = require('@aws-sdk/lib-dynamodb');\n"
                                     "exports.handler = async () => {\n"
                                     "  const s3 = new S3Client({ region: 'us-east-1' });\n"
                                     "  return { send: typeof s3.send, command: typeof ListBucketsCommand,\n"
                                     "           doc: typeof DynamoDBDocumentClient,\n"
                                     "           version: require('@aws-sdk/client-s3/package.json').version };\n"
                                     "};\n");
    QTest::newRow("ES module") << "app.mjs"
                               << QByteArray(
                                      "import { S3Client, ListBucketsCommand } from '@aws-sdk/client-s3';\n"
                                      "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';\n"
                                      "import { createRequire } from 'node:module';\n"
                                      "const require = createRequire(import.meta.url);\n"
                                      "export const handler = async () => {\n"
                                      "  const s3 = new S3Client({ region: 'us-east-1' });\n"
                                      "  return { send: typeof s3.send, command: typeof ListBucketsCommand,\n"
                                      "           doc: typeof DynamoDBDocumentClient,\n"
                                      "           version: require('@aws-sdk/client-s3/package.json').version };\n"
                                      "};\n");
}

// The AWS SDK for JavaScript v3 is importable without bundling it, from CommonJS and ES modules.
void TestRuntimeSdk::nodeSdk()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, source);
    TestBackend tb;
    QCOMPARE(tb.backend->nodeModulesDir(), m_nodeModules);
    QTemporaryDir code;
    QVERIFY(writeText(code.filePath(file), source));
    QVERIFY(tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Node, QStringLiteral("app.handler"), 256, 30),
                      code.path()));
    const auto r = tb.invoke(QStringLiteral("fn"));
    QVERIFY(r.ok());
    QVERIFY2(!r->isError(), r->payload.constData());
    const QJsonObject o = object(r->payload);
    QCOMPARE(o.value(u"send").toString(), QStringLiteral("function"));
    QCOMPARE(o.value(u"command").toString(), QStringLiteral("function"));
    QCOMPARE(o.value(u"doc").toString(), QStringLiteral("function"));
    QCOMPARE(o.value(u"version").toString(), runtimesdk::findNodeSdk().version);
}

// A module only the host's global folders have ($HOME/.node_modules here: Node looks there
// unless told otherwise) fails at init, as on AWS.
void TestRuntimeSdk::nodeHostModuleIsInvisible()
{
    QTemporaryDir home;
    QVERIFY(writeText(home.filePath(QStringLiteral(".node_modules/hostonly/index.js")), "module.exports = 'host';\n"));
    ScopedEnv homeEnv("HOME", home.path().toUtf8()); // the runtimes get the backend's HOME
    // The host's node finds it: the module is really there for it.
    QProcess node;
    node.start(QStringLiteral("node"),
               {QStringLiteral("-e"), QStringLiteral("process.stdout.write(require('hostonly'))")});
    QVERIFY(node.waitForFinished(safetyNetMs(60000)));
    QCOMPARE(node.readAllStandardOutput(), QByteArray("host"));

    TestBackend tb;
    QTemporaryDir code;
    QVERIFY(writeText(code.filePath(QStringLiteral("app.js")),
                      "const host = require('hostonly');\nexports.handler = async () => host;\n"));
    QVERIFY(
        tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Node, QStringLiteral("app.handler")), code.path()));
    const auto r = tb.invoke(QStringLiteral("fn"));
    QVERIFY(r.ok());
    QVERIFY(r->isError());
    QCOMPARE(errorType(*r), QStringLiteral("Runtime.ImportModuleError"));
    QVERIFY2(errorMessage(*r).startsWith(QStringLiteral("Error: Cannot find module 'hostonly'\nRequire stack:\n- ")),
             qPrintable(errorMessage(*r)));
}

// An ES module handler that imports no package from NODE_PATH is imported without the resolve
// hook (it would cost the cold start Node's loader thread): its modules' URLs are plain files.
void TestRuntimeSdk::nodeEsmWithoutPackagesHasNoHook()
{
    TestBackend tb;
    QTemporaryDir code;
    QVERIFY(writeText(code.filePath(QStringLiteral("lib.mjs")),
                      "import path from 'node:path';\nexport const url = import.meta.url;\n"
                      "export const base = path.basename(url);\n"));
    QVERIFY(writeText(code.filePath(QStringLiteral("app.mjs")),
                      "import { url, base } from './lib.mjs';\n"
                      "export const handler = async () => ({ app: import.meta.url, lib: url, base });\n"));
    QVERIFY(
        tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Node, QStringLiteral("app.handler")), code.path()));
    const auto r = tb.invoke(QStringLiteral("fn"));
    QVERIFY(r.ok());
    QVERIFY2(!r->isError(), r->payload.constData());
    const QJsonObject o = object(r->payload);
    QVERIFY2(o.value(u"app").toString().endsWith(u"/app.mjs"), r->payload.constData());
    QVERIFY2(o.value(u"lib").toString().endsWith(u"/lib.mjs"), r->payload.constData());
    QCOMPARE(o.value(u"base").toString(), QStringLiteral("lib.mjs"));
}

// A package from NODE_PATH imported by a module the handler imports: the first import fails to
// link, the hook is registered, the second import loads it. Linking precedes evaluation: every
// module's top-level code ran once.
void TestRuntimeSdk::nodeEsmHookRunsNothingTwice()
{
    TestBackend tb;
    QTemporaryDir code;
    QVERIFY(writeText(code.filePath(QStringLiteral("s3.mjs")),
                      "console.log('s3.mjs top-level');\n"
                      "export { S3Client } from '@aws-sdk/client-s3';\n"
                      "export const url = import.meta.url;\n"));
    QVERIFY(writeText(
        code.filePath(QStringLiteral("app.mjs")),
        "console.log('app.mjs top-level');\n"
        "import { S3Client, url } from './s3.mjs';\n"
        "export const handler = async () => ({ client: typeof S3Client, app: import.meta.url, s3: url });\n"));
    QVERIFY(tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Node, QStringLiteral("app.handler"), 256, 30),
                      code.path()));
    const auto r = tb.invoke(QStringLiteral("fn"));
    QVERIFY(r.ok());
    QVERIFY2(!r->isError(), r->payload.constData());
    const QJsonObject o = object(r->payload);
    QCOMPARE(o.value(u"client").toString(), QStringLiteral("function"));
    QVERIFY2(o.value(u"s3").toString().contains(kHookQuery), r->payload.constData()); // the hook was needed
    QVERIFY2(o.value(u"app").toString().contains(kHookQuery), r->payload.constData());
    QCOMPARE(logCount(*r, QStringLiteral("s3.mjs top-level")), 1);
    QCOMPARE(logCount(*r, QStringLiteral("app.mjs top-level")), 1);
}

// A handler file that calls import() gets the hook before it runs: a package imported at init
// (top-level await) or in an invocation is found, and the top-level code runs once.
void TestRuntimeSdk::nodeEsmDynamicImport()
{
    TestBackend tb;
    QTemporaryDir code;
    QVERIFY(writeText(code.filePath(QStringLiteral("app.mjs")),
                      "console.log('dynamic top-level');\n"
                      "const { S3Client } = await import('@aws-sdk/client-s3');\n"
                      "export const handler = async () => {\n"
                      "  const { DynamoDBDocumentClient } = await import('@aws-sdk/lib-dynamodb');\n"
                      "  return [typeof S3Client, typeof DynamoDBDocumentClient];\n"
                      "};\n"));
    QVERIFY(tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Node, QStringLiteral("app.handler"), 256, 30),
                      code.path()));
    const auto r = tb.invoke(QStringLiteral("fn"));
    QVERIFY(r.ok());
    QVERIFY2(!r->isError(), r->payload.constData());
    QCOMPARE(QJsonDocument::fromJson(r->payload).array().toVariantList(),
             (QVariantList{QStringLiteral("function"), QStringLiteral("function")}));
    QCOMPARE(logCount(*r, QStringLiteral("dynamic top-level")), 1);
}

// A package found neither in the code nor in NODE_PATH: the error of the import with the hook,
// as before (Node's, naming the importing file without the hook's query); nothing ran.
void TestRuntimeSdk::nodeEsmMissingPackage()
{
    TestBackend tb;
    QTemporaryDir code;
    QVERIFY(writeText(code.filePath(QStringLiteral("lib.mjs")), "import x from 'nosuchpkg';\nexport default x;\n"));
    QVERIFY(writeText(code.filePath(QStringLiteral("app.mjs")),
                      "console.log('missing top-level');\nimport x from './lib.mjs';\n"
                      "export const handler = async () => x;\n"));
    QVERIFY(
        tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Node, QStringLiteral("app.handler")), code.path()));
    const auto r = tb.invoke(QStringLiteral("fn"));
    QVERIFY(r.ok());
    QVERIFY(r->isError());
    QCOMPARE(errorType(*r), QStringLiteral("Error"));
    const QString message = errorMessage(*r);
    QVERIFY2(QRegularExpression(QStringLiteral("^Cannot find package 'nosuchpkg' imported from /\\S*/lib\\.mjs$"))
                 .match(message)
                 .hasMatch(),
             qPrintable(message));
    QCOMPARE(logCount(*r, QStringLiteral("missing top-level")), 0);
}

void TestRuntimeSdk::layers_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("source");
    QTest::newRow("python") << int(RuntimeFamily::Python) << "app.py"
                            << QByteArray("import mod, sitemod\n"
                                          "def handler(event, context):\n"
                                          "    return [mod.NAME, sitemod.NAME]\n");
    QTest::newRow("node CommonJS") << int(RuntimeFamily::Node) << "app.js"
                                   << QByteArray("const mod = require('mod'), versioned = require('versioned');\n"
                                                 "exports.handler = async () => [mod, versioned];\n");
    QTest::newRow("node ES module") << int(RuntimeFamily::Node) << "app.mjs"
                                    << QByteArray("import mod from 'mod';\nimport versioned from 'versioned';\n"
                                                  "export const handler = async () => [mod, versioned];\n");
}

// A layers folder (what /opt is in the sandbox), made by hand: Python finds <opt>/python and
// <opt>/python/lib/python3.X/site-packages, Node <opt>/nodejs/node_modules and
// <opt>/nodejs/node<N>/node_modules.
void TestRuntimeSdk::layers()
{
    QFETCH(int, family);
    QFETCH(QString, file);
    QFETCH(QByteArray, source);
    RuntimeDetection detection;
    const RuntimeInfo *runtime = detection.catalog().preferred(RuntimeFamily(family));
    QVERIFY2(runtime, "the runtime is not installed");
    const bool python = family == int(RuntimeFamily::Python);

    QTemporaryDir opt, code, scratch;
    QVERIFY(writeText(opt.filePath(QStringLiteral("python/mod.py")), "NAME = 'layer python'\n"));
    const QString pyVersion = runtime->version.section(u'.', 0, 1);
    QVERIFY(writeText(opt.filePath(QStringLiteral("python/lib/python%1/site-packages/sitemod.py").arg(pyVersion)),
                      "NAME = 'layer site-packages'\n"));
    QVERIFY(writeText(opt.filePath(QStringLiteral("nodejs/node_modules/mod/index.js")),
                      "module.exports = 'layer node';\n"));
    const QString major = runtime->id.mid(6).section(u'.', 0, 0); // nodejs20.x -> 20
    QVERIFY(writeText(opt.filePath(QStringLiteral("nodejs/node%1/node_modules/versioned/index.js").arg(major)),
                      "module.exports = 'layer node' + process.versions.node.split('.')[0];\n"));
    QVERIFY(writeText(code.filePath(file), source));

    EnvironmentSpec spec;
    spec.functionName = QStringLiteral("f");
    spec.runtime = *runtime;
    spec.handler = QStringLiteral("app.handler");
    spec.codeDir = code.path();
    spec.runtimeDir = QStringLiteral(LAMBDESK_SOURCE_DIR "/resources/runtimes");
    spec.scratchRoot = scratch.path();
    spec.optDir = opt.path();
    spec.timeoutS = 30;
    RuntimeApiServer server;
    const std::unique_ptr<ResourceControl> control = ResourceControl::watchdog();
    EnvironmentPool pool(control.get(), &server);
    QList<InvocationResult> results;
    runtimeapi::Event e;
    e.requestId = QStringLiteral("req-1");
    e.payload = "{}";
    QVERIFY(pool.dispatch(QStringLiteral("f"), spec, e, [&results](InvocationResult r) { results.append(r); }));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, safetyNetMs(120000));
    const InvocationResult &r = results.constFirst();
    QVERIFY2(!r.isError(), r.payload.constData());
    const QJsonArray got = QJsonDocument::fromJson(r.payload).array();
    if (python)
        QCOMPARE(got.toVariantList(),
                 (QVariantList{QStringLiteral("layer python"), QStringLiteral("layer site-packages")}));
    else
        QCOMPARE(got.toVariantList(),
                 (QVariantList{QStringLiteral("layer node"), QString(QStringLiteral("layer node") + major)}));
}

QTEST_GUILESS_MAIN(TestRuntimeSdk)
#include "tst_runtimesdk.moc"
