#include "pythonengine.h"

#include "debugengine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace lambdesk::debug {

namespace pythonengine {

namespace {

// What pydevd (unvendored, as Debian ships it) needs beside debugpy.
const char *const kPydevdParts[] = {
    "pydevd.py", "pydevd_file_utils.py", "pydevd_tracing.py", "_pydevd_bundle", "_pydev_bundle",
    "_pydevd_frame_eval", "pydevd_plugins", "_pydev_runfiles", "bytecode",
};

bool isVendored(const QString &debugpy)
{
    return QFileInfo::exists(debugpy + QStringLiteral("/_vendored/pydevd/pydevd.py"));
}

} // namespace

QStringList searchDirs(const RuntimeInfo &python)
{
    QStringList dirs{QStringLiteral("/usr/lib/python3/dist-packages")};
    // .../bin/python3.11 -> .../lib/python3.11/site-packages (pyenv, a venv's base, /usr/local).
    const QStringList parts = python.version.split(u'.');
    if (!python.executable.isEmpty() && parts.size() >= 2) {
        const QString minor = parts.at(0) + u'.' + parts.at(1);
        for (const QString &exe : {python.executable, QFileInfo(python.executable).canonicalFilePath()}) {
            if (exe.isEmpty())
                continue;
            const QString prefix = QFileInfo(QFileInfo(exe).absolutePath()).absolutePath();
            const QString site = prefix + QStringLiteral("/lib/python") + minor + QStringLiteral("/site-packages");
            if (!dirs.contains(site))
                dirs.append(site);
        }
    }
    return dirs;
}

QString missingMessage()
{
    return QStringLiteral("Debugging Python functions needs debugpy: install Debian's python3-debugpy "
                          "(apt-get install python3-debugpy)");
}

Result<QString> engineDir(const QStringList &searchDirs, const QString &cacheRoot)
{
    QString source;
    for (const QString &dir : searchDirs) {
        const QString debugpy = dir + QStringLiteral("/debugpy");
        if (!QFileInfo::exists(debugpy + QStringLiteral("/__init__.py")))
            continue;
        // debugpy without its pydevd (vendored inside, or unvendored beside it) cannot run.
        if (isVendored(debugpy) || QFileInfo::exists(dir + QStringLiteral("/pydevd.py"))) {
            source = dir;
            break;
        }
    }
    if (source.isEmpty())
        return Error{Error::Kind::Unavailable, missingMessage(), {}};

    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(QFileInfo(source).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
    const QString target = cacheRoot + QStringLiteral("/debugpy-") + key;
    // Readable by all: in the sandbox the runtime's user is not the folder's owner.
    const auto readable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::ExeOther;
    if (QFileInfo::exists(target + QStringLiteral("/debugpy"))) {
        if ((QFileInfo(target).permissions() & readable) != readable)
            QFile::setPermissions(target, readable); // made by an older Lambdesk (0700)
        return target;
    }

    // Made beside the target and renamed into place: a half-made folder is never used, and
    // two processes making it at once both end up with a whole one.
    if (!QDir().mkpath(cacheRoot))
        return Error::internal(QStringLiteral("Cannot create the cache folder %1").arg(cacheRoot));
    QTemporaryDir staging(cacheRoot + QStringLiteral("/.debugpy-XXXXXX"));
    if (!staging.isValid())
        return Error::internal(QStringLiteral("Cannot create a folder in %1: %2").arg(cacheRoot, staging.errorString()));
    // Debian's debugpy "vendors" pydevd as symlinks to the unvendored modules beside it, and
    // needs `bytecode` from there too: whatever of pydevd's lies beside debugpy comes along.
    QStringList names{QStringLiteral("debugpy")};
    for (const char *part : kPydevdParts)
        names.append(QString::fromLatin1(part));
    for (const QString &name : std::as_const(names)) {
        const QString from = source + u'/' + name;
        if (!QFileInfo::exists(from))
            continue; // optional parts (_pydev_runfiles, bytecode: frame evaluation only)
        if (!QFile::link(from, staging.path() + u'/' + name))
            return Error::internal(QStringLiteral("Cannot link %1 into %2").arg(from, staging.path()));
    }
    // The top-level modules' compiled files: Python looks for them in __pycache__ beside the
    // path it found (ours), and the runtime runs with -B (writes none): without these, pydevd.py
    // would be compiled again at every debug start.
    const QDir cache(source + QStringLiteral("/__pycache__"));
    QStringList filters;
    for (const QString &name : std::as_const(names)) {
        if (name.endsWith(QLatin1String(".py")))
            filters.append(name.chopped(3) + QStringLiteral(".*.pyc"));
    }
    const QStringList compiled = filters.isEmpty() ? QStringList() : cache.entryList(filters, QDir::Files);
    if (!compiled.isEmpty() && QDir(staging.path()).mkdir(QStringLiteral("__pycache__"))) {
        for (const QString &pyc : compiled)
            QFile::link(cache.filePath(pyc), staging.path() + QStringLiteral("/__pycache__/") + pyc);
    }
    QFile::setPermissions(staging.path(), readable); // QTemporaryDir makes it 0700
    if (!compiled.isEmpty())
        QFile::setPermissions(staging.path() + QStringLiteral("/__pycache__"), readable);
    if (::rename(QFile::encodeName(staging.path()).constData(), QFile::encodeName(target).constData()) == 0)
        staging.setAutoRemove(false);
    else if (!QFileInfo::exists(target + QStringLiteral("/debugpy"))) // someone else's rename won: theirs is whole
        return Error::internal(QStringLiteral("Cannot create %1").arg(target));
    return target;
}

} // namespace pythonengine

Result<QString> pythonEngineDir(const RuntimeInfo &python)
{
    // Beside the runtimes' SDKs (runtime/runtimesdk.cpp): the user's cache, not the workspace.
    const QString cacheRoot = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/lambdesk/debug");
    return pythonengine::engineDir(pythonengine::searchDirs(python), cacheRoot);
}

} // namespace lambdesk::debug
