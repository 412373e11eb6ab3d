#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QLockFile;

// The SDKs AWS's managed runtimes provide, so that code written for Lambda finds them:
// - Python: boto3 and exactly its dependency closure (botocore, s3transfer, jmespath, dateutil,
//   urllib3, six), from Debian's python3-boto3, as a folder of symbolic links that Lambdesk makes
//   in its runtime folder at start (symlinks into /usr resolve in the sandbox too).
// - Node: the AWS SDK for JavaScript v3, a pinned set of clients (resources/runtimes-sdk/nodejs:
//   package.json and package-lock.json, embedded), installed once with `npm ci` into a cache
//   folder named after the lock's hash (`lambdesk runtimes --install-sdk`, Tools menu).
// The CLI and the console share this code.
namespace lambdesk::runtimesdk {

// ---- Python (boto3)

struct PythonSdk
{
    QString dir;     // the folder made (or, for find(), Debian's dist-packages); empty: not available
    QString version; // boto3's, e.g. 1.26.27
};

// Where Debian's python3-boto3 and its dependencies are: /usr/lib/python3/dist-packages, or
// $LAMBDESK_PYTHON_SDK_SOURCE (tests: a folder without boto3 stands for "not installed").
QString pythonSdkSource();
// The top-level modules of boto3's closure ("six.py" is a module file).
QStringList pythonSdkModules();
// boto3 as installed in pythonSdkSource(), without making anything; dir empty when missing.
PythonSdk findPythonSdk();
// Makes <runtimeDir>/python-sdk anew: links to boto3's closure in pythonSdkSource() (and their
// .egg-info/.dist-info, so importlib.metadata sees their versions). Debian's botocore imports
// `requests` for its exceptions (upstream uses botocore.vendored.requests, exceptions only):
// there botocore is a folder of links with that import turned back into upstream's and upstream's
// small vendored stub, so that `requests` stays out of the path, as on AWS. Without boto3 the
// folder is removed and dir is empty.
PythonSdk preparePythonSdk(const QString &runtimeDir);

// ---- Node (AWS SDK for JavaScript v3)

struct NodeSdk
{
    QString nodeModulesDir; // empty: not installed
    QString version;        // @aws-sdk/client-s3's
    int packages = 0;       // the pinned packages (package.json's dependencies)
};

// The pinned set (embedded package.json's dependencies: name -> exact version).
QStringList nodeSdkPackages();
// sha256 of the embedded package-lock.json (hex).
QString nodeSdkLockSha();
// $LAMBDESK_RUNTIME_SDK_CACHE, else $XDG_CACHE_HOME/lambdesk/runtime-sdk.
QString nodeSdkCacheRoot();
// <cache root>/nodejs-<first 16 hex of the lock's sha256>; its node_modules once installed.
QString nodeSdkDir();
// Installed and complete (the stamp names the embedded lock): its node_modules and version.
NodeSdk findNodeSdk();

// `npm ci --omit=dev --ignore-scripts` of the embedded lock into nodeSdkDir(), in the
// background (a QProcess: never blocks the caller's thread). Idempotent: with the stamp in
// place it finishes at once. Concurrent installs (two processes) are serialised by a lock file.
class NodeSdkInstall : public QObject
{
    Q_OBJECT
public:
    explicit NodeSdkInstall(QObject *parent = nullptr);
    ~NodeSdkInstall() override;

    // Emits finished() once, even when it cannot start. `waitForLock`: block until another
    // install of the same folder ends (the CLI) instead of failing at once (the console).
    void start(bool waitForLock = true);
    bool isRunning() const;

Q_SIGNALS:
    void progress(const QString &line);
    // ok: message says where it went (and how long it took); else why not.
    void finished(bool ok, const QString &message);

private:
    void finish(bool ok, const QString &message);
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess *m_process = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    QString m_dir;
    qint64 m_startedMs = 0;
    QByteArray m_pending;
    bool m_done = false;
};

// Runs the install to its end in a local event loop (the CLI): progress lines go to `log`.
// Returns the outcome message; ok says whether it worked.
QString installNodeSdk(bool *ok, const std::function<void(const QString &)> &log);

} // namespace lambdesk::runtimesdk
