#include "sandbox.h"

#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <mutex>

namespace lambdesk::sandbox {

namespace {

bool executableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

struct Cached
{
    Status probed;        // the helper's answer (or why it could not be asked)
    bool settingOn = true; // sandbox/enabled
    bool shareAws = false; // sandbox/shareAwsConfig
};

const Cached &cached()
{
    static std::once_flag once;
    static Cached c;
    std::call_once(once, [] {
        {
            const Settings settings;
            c.settingOn = settings.value(settings::sandboxEnabled);
            c.shareAws = settings.value(settings::sandboxShareAwsConfig);
        }
        if (!c.settingOn) {
            c.probed = Status{Mode::Off, QStringLiteral("turned off in the settings (sandbox/enabled)"), {}, {}};
            return;
        }
        const QString helper = helperPath();
        c.probed = helper.isEmpty() ? Status{Mode::Off, QStringLiteral("lambdesk-sandbox not found"), {}, {}}
                                    : probe(helper);
    });
    return c;
}

// Host folders a runtime's interpreter may live in that the sandbox shows anyway.
bool inSystemFolders(const QString &path)
{
    for (const char *dir : {"/usr/", "/bin/", "/sbin/", "/lib/", "/lib64/", "/etc/"}) {
        if (path.startsWith(QLatin1String(dir)))
            return true;
    }
    return false;
}

} // namespace

QString helperPath()
{
    const QString fromEnv = qEnvironmentVariable("LAMBDESK_SANDBOX_HELPER");
    if (!fromEnv.isEmpty())
        return executableFile(fromEnv) ? fromEnv : QString();
    if (QCoreApplication::instance()) {
        const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/lambdesk-sandbox");
        if (executableFile(beside))
            return beside;
    }
#ifdef LAMBDESK_SANDBOX_HELPER_BUILD_PATH
    const QString built = QStringLiteral(LAMBDESK_SANDBOX_HELPER_BUILD_PATH);
    if (executableFile(built))
        return built;
#endif
    return {};
}

Status probe(const QString &helper)
{
    Status s;
    s.helper = helper;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(helper, {QStringLiteral("--probe")});
    if (!p.waitForStarted(5000)) {
        s.reason = QStringLiteral("lambdesk-sandbox cannot be started (%1)").arg(p.errorString());
        return s;
    }
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        s.reason = QStringLiteral("lambdesk-sandbox --probe did not answer");
        return s;
    }
    const QString out = QString::fromUtf8(p.readAll()).trimmed().section(u'\n', 0, 0);
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && out.startsWith(QLatin1String("ok"))) {
        s.mode = Mode::Namespaces;
        s.how = out.mid(2).trimmed();
        return s;
    }
    s.reason = out.startsWith(QLatin1String("unavailable:")) ? out.mid(12).trimmed()
        : out.isEmpty() ? QStringLiteral("lambdesk-sandbox --probe failed")
                        : out;
    return s;
}

Status status()
{
    if (qEnvironmentVariable("LAMBDESK_SANDBOX").compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        return Status{Mode::Off, QStringLiteral("turned off by LAMBDESK_SANDBOX=off"), {}, {}};
    return cached().probed;
}

bool sharesAwsConfig()
{
    return cached().shareAws;
}

QString describe(const Status &s)
{
    if (s.mode == Mode::Namespaces)
        return QStringLiteral("Sandbox: namespaces (read-only /var/task, /tmp a tmpfs of the ephemeral-storage size, own PID namespace)");
    return QStringLiteral("Sandbox: off — %1; handlers run with the host's filesystem").arg(s.reason);
}

QString pythonSdkPath(const EnvironmentSpec &spec)
{
    const QStringList parts = spec.runtime.version.split(u'.');
    const QString minor = parts.size() >= 2 ? parts.at(1) : QStringLiteral("12");
    return QStringLiteral("/var/lang/lib/python3.%1/site-packages").arg(minor);
}

runtimelaunch::Paths sandboxPaths(const EnvironmentSpec &spec)
{
    runtimelaunch::Paths p;
    p.taskRoot = QString::fromLatin1(kTaskRoot);
    p.runtimeDir = QString::fromLatin1(kRuntimeDir);
    p.optDir = spec.optDir.isEmpty() ? QString() : QString::fromLatin1(kOptDir);
    p.pythonSdkDir = spec.pythonSdkDir.isEmpty() ? QString() : pythonSdkPath(spec);
    p.nodeModulesDir = spec.nodeModulesDir.isEmpty() ? QString() : QString::fromLatin1(kNodeModulesDir);
    p.tmpDir = QString::fromLatin1(kTmpDir);
    return p;
}

HelperCommand helperCommand(const EnvironmentSpec &spec, const runtimelaunch::Command &command, const Launch &launch)
{
    HelperCommand h;
    h.program = launch.helper;
    QStringList &a = h.arguments;
    a << QStringLiteral("--root") << launch.rootDir;
    const auto bind = [&](const QString &src, const QString &dst) {
        if (!src.isEmpty())
            a << QStringLiteral("--bind") << src + u':' + dst;
    };
    // An interpreter installed outside the system folders (pyenv, nvm, a prefix of its own):
    // its installation, read-only, at the same path.
    QString program = command.program;
    if (spec.runtime.family == RuntimeFamily::Python || spec.runtime.family == RuntimeFamily::Node) {
        const QString real = QFileInfo(command.program).canonicalFilePath();
        if (!real.isEmpty() && !inSystemFolders(real)) {
            QDir prefix = QFileInfo(real).dir(); // .../bin
            prefix.cdUp();
            bind(prefix.absolutePath(), prefix.absolutePath());
            program = real;
        }
    }
    bind(spec.codeDir, QString::fromLatin1(kTaskRoot));
    bind(spec.runtimeDir.isEmpty() ? QString() : spec.runtimeDir + QStringLiteral("/python"),
         QString::fromLatin1(kRuntimeDir) + QStringLiteral("/python"));
    bind(spec.runtimeDir.isEmpty() ? QString() : spec.runtimeDir + QStringLiteral("/nodejs"),
         QString::fromLatin1(kRuntimeDir) + QStringLiteral("/nodejs"));
    bind(spec.nodeModulesDir, QString::fromLatin1(kNodeModulesDir));
    bind(spec.pythonSdkDir, pythonSdkPath(spec));
    bind(spec.optDir, QString::fromLatin1(kOptDir));
    for (const auto &[host, inside] : launch.debugBinds)
        bind(host, inside);
    a << QStringLiteral("--tmp-mb") << QString::number(std::max(1, spec.ephemeralMb));
    if (spec.noNetwork && !launch.debugNetwork)
        a << QStringLiteral("--no-network");
    a << QStringLiteral("--runtime-api-port") << QString::number(launch.runtimeApiPort);
    a << QStringLiteral("--chdir") << QString::fromLatin1(kTaskRoot);
    a << QStringLiteral("--hostname") << QStringLiteral("169.254.0.1"); // what a Lambda's hostname looks like
    for (const QString &file : launch.joinFiles)
        a << QStringLiteral("--join") << file;
    if (!launch.awsConfigDir.isEmpty())
        a << QStringLiteral("--aws-config") << launch.awsConfigDir;
    a << QStringLiteral("--") << program << command.arguments;
    return h;
}

QString entrypointError(const EnvironmentSpec &spec)
{
    if (spec.runtime.family != RuntimeFamily::Provided)
        return {};
    const QFileInfo info(spec.codeDir + QStringLiteral("/bootstrap"));
    const bool mayRun = (info.permissions() & QFile::ExeOther)
        || (info.ownerId() == 993 && (info.permissions() & QFile::ExeOwner))
        || (info.groupId() == 990 && (info.permissions() & QFile::ExeGroup));
    return mayRun ? QString() : QStringLiteral("fork/exec /var/task/bootstrap: permission denied");
}

QProcessEnvironment systemEnvironment(bool shareAwsConfig)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QString::fromLatin1(kPath));
    if (shareAwsConfig)
        env.insert(QStringLiteral("HOME"), QString::fromLatin1(kSandboxHome));
    return env;
}

} // namespace lambdesk::sandbox
