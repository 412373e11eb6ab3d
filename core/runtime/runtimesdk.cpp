#include "runtimesdk.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

namespace lambdesk::runtimesdk {

namespace {

const QString kNodeResources = QStringLiteral(":/runtimes-sdk/nodejs");
const QString kVendoredResources = QStringLiteral(":/runtimes-sdk/python/botocore-vendored");
const QString kStampName = QStringLiteral(".lambdesk-runtime-sdk.stamp");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size() && f.flush();
}

// The closure's distribution metadata (Debian: .egg-info; pip: .dist-info).
const QRegularExpression &metadataPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(boto3|botocore|s3transfer|jmespath|python_dateutil|urllib3|six)-[0-9][^/]*\\.(egg-info|dist-info)$"));
    return re;
}

// Debian's botocore imports the system's requests for its exceptions; upstream's imports its
// vendored stub. The text with upstream's imports back, or empty when nothing needs changing.
QByteArray upstreamExceptions(const QByteArray &source)
{
    QString text = QString::fromUtf8(source);
    static const QRegularExpression plain(QStringLiteral("^import requests$"), QRegularExpression::MultilineOption);
    static const QRegularExpression from(QStringLiteral("^from requests((\\.[A-Za-z_.]+)?) import"),
                                         QRegularExpression::MultilineOption);
    if (!text.contains(plain) && !text.contains(from))
        return {};
    text.replace(plain, QStringLiteral("from botocore.vendored import requests"));
    text.replace(from, QStringLiteral("from botocore.vendored.requests\\1 import"));
    return text.toUtf8();
}

bool copyResourceTree(const QString &resourceDir, const QString &target)
{
    bool ok = true;
    QDirIterator it(resourceDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString res = it.next();
        const QString dest = target + res.mid(resourceDir.size());
        ok = QDir().mkpath(QFileInfo(dest).path()) && writeFile(dest, readAll(res)) && ok;
    }
    return ok;
}

// botocore as a folder of links to Debian's, with exceptions.py (and its compiled form) of our
// own and upstream's vendored requests stub.
bool linkBotocore(const QString &source, const QString &target, const QByteArray &exceptions)
{
    bool ok = QDir().mkpath(target);
    const QDir src(source);
    for (const QString &name : src.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        if (name == u"exceptions.py") {
            ok = writeFile(target + u'/' + name, exceptions) && ok;
        } else if (name == u"__pycache__") {
            // The compiled modules stay usable (a cold start does not compile botocore), but not
            // the one for exceptions.py, whose source differs.
            const QString cache = target + QStringLiteral("/__pycache__");
            ok = QDir().mkpath(cache) && ok;
            for (const QString &pyc : QDir(src.filePath(name)).entryList(QDir::Files))
                if (!pyc.startsWith(QStringLiteral("exceptions.")))
                    ok = QFile::link(src.filePath(name) + u'/' + pyc, cache + u'/' + pyc) && ok;
        } else if (name != u"vendored") {
            ok = QFile::link(src.filePath(name), target + u'/' + name) && ok;
        }
    }
    return copyResourceTree(kVendoredResources, target + QStringLiteral("/vendored")) && ok;
}

QJsonObject nodePackageJson()
{
    return QJsonDocument::fromJson(readAll(kNodeResources + QStringLiteral("/package.json"))).object();
}

QString stampContent()
{
    return QStringLiteral("package-lock.json sha256 %1\n").arg(nodeSdkLockSha());
}

} // namespace

// ---- Python

QString pythonSdkSource()
{
    const QString env = qEnvironmentVariable("LAMBDESK_PYTHON_SDK_SOURCE");
    return env.isEmpty() ? QStringLiteral("/usr/lib/python3/dist-packages") : env;
}

QStringList pythonSdkModules()
{
    return {QStringLiteral("boto3"),    QStringLiteral("botocore"), QStringLiteral("s3transfer"),
            QStringLiteral("jmespath"), QStringLiteral("dateutil"), QStringLiteral("urllib3"),
            QStringLiteral("six.py")};
}

PythonSdk findPythonSdk()
{
    const QString source = pythonSdkSource();
    const QByteArray init = readAll(source + QStringLiteral("/boto3/__init__.py"));
    if (init.isEmpty())
        return {};
    // Every module of the closure must be there (a broken install is no SDK).
    for (const QString &module : pythonSdkModules())
        if (!QFileInfo::exists(source + u'/' + module))
            return {};
    static const QRegularExpression version(QStringLiteral("__version__\\s*=\\s*['\"]([^'\"]+)['\"]"));
    return PythonSdk{source, version.match(QString::fromUtf8(init)).captured(1)};
}

PythonSdk preparePythonSdk(const QString &runtimeDir)
{
    const QString dir = runtimeDir + QStringLiteral("/python-sdk");
    // Made anew at every start: Debian's packages may have changed. (removeRecursively removes
    // links, never what they point to.)
    QDir(dir).removeRecursively();
    PythonSdk found = findPythonSdk();
    if (found.dir.isEmpty() || !QDir().mkpath(dir))
        return {};
    const QDir source(found.dir);
    const QStringList modules = pythonSdkModules();
    bool ok = true;
    for (const QString &name : source.entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        if (!modules.contains(name) && !metadataPattern().match(name).hasMatch())
            continue;
        const QByteArray exceptions = name == u"botocore"
            ? upstreamExceptions(readAll(source.filePath(name) + QStringLiteral("/exceptions.py")))
            : QByteArray();
        if (!exceptions.isEmpty())
            ok = linkBotocore(source.filePath(name), dir + QStringLiteral("/botocore"), exceptions) && ok;
        else
            ok = QFile::link(source.filePath(name), dir + u'/' + name) && ok;
    }
    if (!ok) {
        QDir(dir).removeRecursively();
        return {};
    }
    found.dir = dir;
    return found;
}

// ---- Node

QStringList nodeSdkPackages()
{
    QStringList packages;
    const QJsonObject deps = nodePackageJson().value(QStringLiteral("dependencies")).toObject();
    for (auto it = deps.begin(); it != deps.end(); ++it)
        packages << it.key() + u'@' + it.value().toString();
    return packages;
}

QString nodeSdkLockSha()
{
    static const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(readAll(kNodeResources + QStringLiteral("/package-lock.json")),
                                 QCryptographicHash::Sha256)
            .toHex());
    return sha;
}

QString nodeSdkCacheRoot()
{
    const QString env = qEnvironmentVariable("LAMBDESK_RUNTIME_SDK_CACHE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/lambdesk/runtime-sdk");
}

QString nodeSdkDir()
{
    return nodeSdkCacheRoot() + QStringLiteral("/nodejs-") + nodeSdkLockSha().left(16);
}

NodeSdk findNodeSdk()
{
    const QString dir = nodeSdkDir();
    if (readAll(dir + u'/' + kStampName) != stampContent().toUtf8())
        return {};
    const QString modules = dir + QStringLiteral("/node_modules");
    const QJsonObject s3 =
        QJsonDocument::fromJson(readAll(modules + QStringLiteral("/@aws-sdk/client-s3/package.json"))).object();
    if (s3.isEmpty())
        return {};
    return NodeSdk{modules, s3.value(QStringLiteral("version")).toString(), int(nodeSdkPackages().size())};
}

NodeSdkInstall::NodeSdkInstall(QObject *parent) : QObject(parent)
{}

NodeSdkInstall::~NodeSdkInstall()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool NodeSdkInstall::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void NodeSdkInstall::finish(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_lock.reset();
    Q_EMIT finished(ok, message);
}

void NodeSdkInstall::start(bool waitForLock)
{
    m_done = false;
    m_dir = nodeSdkDir();
    if (const NodeSdk sdk = findNodeSdk(); !sdk.nodeModulesDir.isEmpty()) {
        finish(true,
               QStringLiteral("AWS SDK for JavaScript v3 %1 is up to date: %2").arg(sdk.version, sdk.nodeModulesDir));
        return;
    }
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty()) {
        finish(false, QStringLiteral("npm not found on PATH (apt-get install npm)"));
        return;
    }
    if (!QDir().mkpath(m_dir)) {
        finish(false, QStringLiteral("Cannot create %1").arg(m_dir));
        return;
    }
    // Two installs of the same folder (two Lambdesks, a test run and a build): one at a time.
    m_lock = std::make_unique<QLockFile>(m_dir + QStringLiteral("/.install.lock"));
    m_lock->setStaleLockTime(0); // stale only when its process is gone
    if (!(waitForLock ? m_lock->lock() : m_lock->tryLock(0))) {
        m_lock.reset();
        finish(false, QStringLiteral("Another install of the AWS SDK for JavaScript is running into %1").arg(m_dir));
        return;
    }
    if (const NodeSdk sdk = findNodeSdk(); !sdk.nodeModulesDir.isEmpty()) { // the other one did it
        finish(true,
               QStringLiteral("AWS SDK for JavaScript v3 %1 is up to date: %2").arg(sdk.version, sdk.nodeModulesDir));
        return;
    }
    QFile::remove(m_dir + u'/' + kStampName);
    for (const char *name : {"package.json", "package-lock.json"}) {
        const QString file = QString::fromLatin1(name);
        if (!writeFile(m_dir + u'/' + file, readAll(kNodeResources + u'/' + file))) {
            finish(false, QStringLiteral("Cannot write %1 into %2").arg(file, m_dir));
            return;
        }
    }

    m_process = new QProcess(this);
    m_process->setProgram(npm);
    m_process->setArguments({QStringLiteral("ci"), QStringLiteral("--omit=dev"), QStringLiteral("--ignore-scripts"),
                             QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                             QStringLiteral("--no-update-notifier")});
    m_process->setWorkingDirectory(m_dir);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, [this] {
        m_pending += m_process->readAll();
        qsizetype nl;
        while ((nl = m_pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_pending.left(nl)).trimmed();
            m_pending.remove(0, nl + 1);
            if (!line.isEmpty())
                Q_EMIT progress(QStringLiteral("npm: ") + line);
        }
    });
    connect(m_process, &QProcess::finished, this, &NodeSdkInstall::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(false, QStringLiteral("Cannot start npm: %1").arg(m_process->errorString()));
    });
    Q_EMIT progress(QStringLiteral("installing %1 packages of the AWS SDK for JavaScript v3 into %2")
                        .arg(nodeSdkPackages().size())
                        .arg(m_dir));
    Q_EMIT progress(QStringLiteral("running: npm ci --omit=dev --ignore-scripts (in %1)").arg(m_dir));
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_process->start();
}

void NodeSdkInstall::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_pending.trimmed().isEmpty())
        Q_EMIT progress(QStringLiteral("npm: ") + QString::fromUtf8(m_pending).trimmed());
    m_pending.clear();
    if (status != QProcess::NormalExit || exitCode != 0) {
        finish(false, QStringLiteral("npm ci failed in %1 (exit status %2)").arg(m_dir).arg(exitCode));
        return;
    }
    if (!QFileInfo::exists(m_dir + QStringLiteral("/node_modules/@aws-sdk/client-s3/package.json"))) {
        finish(false,
               QStringLiteral("npm ci succeeded but @aws-sdk/client-s3 is missing in %1/node_modules").arg(m_dir));
        return;
    }
    if (!writeFile(m_dir + u'/' + kStampName, stampContent().toUtf8())) {
        finish(false, QStringLiteral("Cannot write %1 in %2").arg(kStampName, m_dir));
        return;
    }
    const NodeSdk sdk = findNodeSdk();
    const double seconds = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    finish(true,
           QStringLiteral("AWS SDK for JavaScript v3 %1 (%2 packages) installed in %3 s: %4")
               .arg(sdk.version)
               .arg(sdk.packages)
               .arg(seconds, 0, 'f', 1)
               .arg(sdk.nodeModulesDir));
}

QString installNodeSdk(bool *ok, const std::function<void(const QString &)> &log)
{
    NodeSdkInstall install;
    QEventLoop loop;
    QString outcome;
    bool result = false;
    bool done = false;
    QObject::connect(&install, &NodeSdkInstall::progress, &loop, [&log](const QString &line) {
        if (log)
            log(line);
    });
    QObject::connect(&install, &NodeSdkInstall::finished, &loop, [&](bool success, const QString &message) {
        result = success;
        outcome = message;
        done = true;
        loop.quit();
    });
    install.start(true);
    if (!done)
        loop.exec();
    if (ok)
        *ok = result;
    return outcome;
}

} // namespace lambdesk::runtimesdk
