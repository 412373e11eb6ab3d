#include "runtimeprobe.h"

#include "runtimecatalog.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <memory>
#include <optional>
#include <sys/stat.h>
#include <vector>

namespace lambdesk {

namespace {

constexpr int kProbeTimeoutMs = 10000;

struct Name
{
    RuntimeFamily family;
    QString name;
};

QList<Name> candidateNames()
{
    QList<Name> names{{RuntimeFamily::Python, QStringLiteral("python3")}};
    for (int minor = 8; minor <= 14; ++minor)
        names.append({RuntimeFamily::Python, QStringLiteral("python3.%1").arg(minor)});
    names.append({RuntimeFamily::Node, QStringLiteral("node")});
    names.append({RuntimeFamily::Node, QStringLiteral("nodejs")});
    return names;
}

bool isScript(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(2) == "#!";
}

QString stampText(const QString &path)
{
    const RuntimeProbe::Stamp s = RuntimeProbe::Stamp::of(path);
    return QStringLiteral("%1@%2:%3:%4").arg(path).arg(s.mtimeNs).arg(s.size).arg(s.inode);
}

// What a version manager's shim looks at to choose the interpreter it execs (pyenv: the
// PYENV_VERSION variable, else the nearest .python-version, else $PYENV_ROOT/version; asdf and
// nodenv likewise): when none of it changed, the shim runs what it ran last time.
QString shimSelection()
{
    QStringList parts;
    for (const char *var :
         {"PYENV_VERSION", "PYENV_ROOT", "PYENV_DIR", "ASDF_DATA_DIR", "ASDF_DEFAULT_TOOL_VERSIONS_FILENAME",
          "ASDF_PYTHON_VERSION", "ASDF_NODEJS_VERSION", "NODENV_VERSION"}) {
        if (qEnvironmentVariableIsSet(var))
            parts << QString::fromLatin1(var) + u'=' + qEnvironmentVariable(var);
    }
    const QString home = QDir::homePath();
    const QString pyenvRoot = qEnvironmentVariable("PYENV_ROOT", home + QStringLiteral("/.pyenv"));
    parts << stampText(pyenvRoot + QStringLiteral("/version"));
    const QStringList files{QStringLiteral(".python-version"), QStringLiteral(".tool-versions"),
                            QStringLiteral(".node-version")};
    QSet<QString> found;
    QDir dir(qEnvironmentVariable("PYENV_DIR", QDir::currentPath()));
    while (true) {
        for (const QString &file : files) {
            if (found.contains(file))
                continue;
            const QString path = dir.filePath(file);
            if (QFile::exists(path)) {
                found.insert(file);
                parts << stampText(path);
            }
        }
        if (!dir.cdUp())
            break;
    }
    parts << stampText(home + QStringLiteral("/.tool-versions"));
    return parts.join(u'|');
}

// The versions pyenv selects, as pyenv-version-name reads them: PYENV_VERSION (":"-separated),
// else the nearest .python-version from PYENV_DIR (the cwd) up, else $PYENV_ROOT/version.
QStringList pyenvSelectedVersions(const QString &root)
{
    if (qEnvironmentVariableIsSet("PYENV_VERSION"))
        return qEnvironmentVariable("PYENV_VERSION").split(u':', Qt::SkipEmptyParts);
    auto read = [](const QString &path) -> std::optional<QStringList> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        QStringList out;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QString v = QString::fromUtf8(line).trimmed();
            if (!v.isEmpty() && !v.startsWith(u'#'))
                out << v;
        }
        return out;
    };
    QDir dir(qEnvironmentVariable("PYENV_DIR", QDir::currentPath()));
    while (true) {
        if (auto v = read(dir.filePath(QStringLiteral(".python-version"))))
            return *v;
        if (!dir.cdUp())
            break;
    }
    if (auto v = read(root + QStringLiteral("/version")))
        return *v;
    return {QStringLiteral("system")};
}

// A pyenv shim of a command none of the selected versions has (pyenv's python3.8 shim while
// 3.11 is selected): running it would only cost a whole pyenv run to print "command not found".
// Said only when certain: every selected version is installed under its exact name and none is
// "system" (then pyenv would look on PATH); in every other case the shim is run and asked.
bool pyenvShimCannotRun(const RuntimeProbe &p)
{
    if (p.selection.isEmpty())
        return false; // not a script
    const QString root = qEnvironmentVariable("PYENV_ROOT", QDir::homePath() + QStringLiteral("/.pyenv"));
    if (QFileInfo(p.candidate).absolutePath() != QDir(root + QStringLiteral("/shims")).absolutePath())
        return false;
    const QStringList versions = pyenvSelectedVersions(root);
    if (versions.isEmpty())
        return false;
    for (const QString &v : versions) {
        const QString dir = root + QStringLiteral("/versions/") + v;
        if (v == u"system" || !QFileInfo(dir).isDir() || QFile::exists(dir + QStringLiteral("/bin/") + p.name))
            return false;
    }
    return true;
}

} // namespace

RuntimeProbe::Stamp RuntimeProbe::Stamp::of(const QString &path)
{
    struct stat st;
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec, qint64(st.st_size), quint64(st.st_ino)};
}

QList<RuntimeProbe> RuntimeProbe::candidates()
{
    QList<RuntimeProbe> out;
    std::optional<QString> selection; // computed once, for the first script
    for (const Name &n : candidateNames()) {
        const QString path = QStandardPaths::findExecutable(n.name);
        if (path.isEmpty())
            continue;
        RuntimeProbe p;
        p.family = n.family;
        p.name = n.name;
        p.candidate = path;
        p.candidateStamp = Stamp::of(path);
        if (isScript(path)) {
            if (!selection)
                selection = shimSelection();
            p.selection = *selection;
        }
        out.append(p);
    }
    return out;
}

bool RuntimeProbe::describes(const RuntimeProbe &now) const
{
    if (name != now.name || candidate != now.candidate || candidateStamp != now.candidateStamp
        || selection != now.selection)
        return false;
    // An interpreter that answered must still be the same file; one that did not (a shim of a
    // version not selected) is asked again only when the candidate or the selection changes.
    return !answered || Stamp::of(executable) == executableStamp;
}

void RuntimeProbe::runAll(QList<RuntimeProbe> &probes, const std::atomic<bool> *cancel)
{
    // Ask each interpreter for its real executable, so that a version manager's shim (pyenv,
    // asdf) is resolved once here and environments start the interpreter itself.
    const QStringList pyArgs{QStringLiteral("-c"),
                             QStringLiteral("import sys;print(sys.executable);print('%d.%d.%d'%sys.version_info[:3])")};
    const QStringList nodeArgs{QStringLiteral("-e"),
                               QStringLiteral("console.log(process.execPath);console.log(process.versions.node)")};
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const RuntimeProbe &p : std::as_const(probes)) {
        if (pyenvShimCannotRun(p)) {
            processes.push_back(nullptr); // answered: not there (cached like any answer)
            continue;
        }
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->setStandardInputFile(QProcess::nullDevice());
        process->start(p.candidate, p.family == RuntimeFamily::Node ? nodeArgs : pyArgs);
        processes.push_back(std::move(process));
    }
    const QDeadlineTimer deadline(kProbeTimeoutMs);
    for (qsizetype i = 0; i < probes.size(); ++i) {
        RuntimeProbe &probe = probes[i];
        probe.answered = false;
        probe.timedOut = false;
        if (!processes[size_t(i)])
            continue;
        QProcess &process = *processes[size_t(i)];
        bool finished = process.state() == QProcess::NotRunning;
        // Short waits, so that a cancel (the backend stopping) is seen soon.
        while (!finished && !deadline.hasExpired() && !(cancel && cancel->load()))
            finished = process.waitForFinished(int(std::min<qint64>(100, deadline.remainingTime() + 1)));
        if (!finished) {
            probe.timedOut = true;
            process.kill();
            process.waitForFinished(1000);
            continue;
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            continue;
        const QStringList lines =
            QString::fromLocal8Bit(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        if (lines.size() < 2)
            continue;
        probe.executable = lines.at(0).trimmed();
        probe.version = lines.at(1).trimmed();
        probe.executableStamp = Stamp::of(probe.executable);
        probe.answered = !probe.executable.isEmpty() && probe.version.split(u'.').size() >= 2;
    }
}

RuntimeCatalog RuntimeProbe::catalogOf(const QList<RuntimeProbe> &probes)
{
    QList<RuntimeInfo> found;
    QSet<QString> ids;
    for (const RuntimeProbe &probe : probes) {
        if (!probe.answered)
            continue;
        RuntimeInfo info;
        info.family = probe.family;
        info.executable = probe.executable;
        info.version = probe.version;
        const QStringList parts = info.version.split(u'.');
        if (parts.size() < 2)
            continue;
        if (probe.family == RuntimeFamily::Python) {
            info.id = QStringLiteral("python%1.%2").arg(parts[0], parts[1]);
            info.displayName = QStringLiteral("Python %1.%2").arg(parts[0], parts[1]);
        } else {
            info.id = QStringLiteral("nodejs%1.x").arg(parts[0]);
            info.displayName = QStringLiteral("Node.js %1.x").arg(parts[0]);
        }
        if (ids.contains(info.id))
            continue;
        ids.insert(info.id);
        found.append(info);
    }
    auto versionKey = [](const RuntimeInfo &r) {
        const QStringList p = r.version.split(u'.');
        return p.value(0).toInt() * 1000 + p.value(1).toInt();
    };
    std::stable_sort(found.begin(), found.end(), [&](const RuntimeInfo &a, const RuntimeInfo &b) {
        return a.family != b.family ? a.family < b.family : versionKey(a) > versionKey(b);
    });
    found += RuntimeCatalog::provided().runtimes();
    return RuntimeCatalog(found);
}

} // namespace lambdesk
