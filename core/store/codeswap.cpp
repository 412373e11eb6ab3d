#include "codeswap.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <atomic>

namespace lambdesk::codeswap {

namespace {

std::atomic<int> g_stopAfter{0};

struct Paths
{
    QString code, fresh, old, intent, config;
    explicit Paths(const QString &fn)
        : code(fn + QStringLiteral("/code")),
          fresh(fn + QStringLiteral("/code.new")),
          old(fn + QStringLiteral("/code.old")),
          intent(fn + QStringLiteral("/code.swap")),
          config(fn + QStringLiteral("/function.json"))
    {}
};

bool present(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

// A code folder that is a link (a function imported from a SAM project runs from the
// project's folder) is unlinked, never followed: the project's files are not ours to delete.
void removeTree(const QString &path)
{
    if (QFileInfo(path).isSymLink())
        QFile::remove(path);
    else
        QDir(path).removeRecursively();
}

bool writeAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() && f.commit();
}

// function.json gets the description of the code in place; everything else in it is kept as is.
void describeCode(const Paths &p)
{
    QFile intentFile(p.intent);
    if (!intentFile.open(QIODevice::ReadOnly))
        return;
    const QJsonObject description = QJsonDocument::fromJson(intentFile.readAll()).object();
    if (description.value(QStringLiteral("CodeSha256")).toString().isEmpty())
        return; // a torn write never happens (QSaveFile), but a hand-edited file might
    QFile configFile(p.config);
    if (!configFile.open(QIODevice::ReadOnly))
        return;
    QJsonObject config = QJsonDocument::fromJson(configFile.readAll()).object();
    configFile.close();
    if (config.isEmpty())
        return; // unreadable: loading reports it
    bool changed = false;
    for (auto it = description.begin(); it != description.end(); ++it) {
        if (config.value(it.key()) != it.value()) {
            config.insert(it.key(), it.value());
            changed = true;
        }
    }
    if (changed)
        writeAtomically(p.config, QJsonDocument(config).toJson(QJsonDocument::Indented));
}

Error swapError(const QString &functionDir, const QString &what)
{
    return Error::internal(
        QStringLiteral("Cannot replace the code of %1: %2").arg(QFileInfo(functionDir).fileName(), what));
}

bool stopHere(int step)
{
    return g_stopAfter.load() == step;
}

} // namespace

void recover(const QString &functionDir)
{
    const Paths p(functionDir);
    if (present(p.fresh)) {
        // Killed before step 4: the old code stays the function's.
        if (!present(p.code) && present(p.old))
            QDir().rename(p.old, p.code);
        QDir(p.fresh).removeRecursively();
        QFile::remove(p.intent);
        return;
    }
    if (!present(p.code) && present(p.old)) {
        // Only code.old: what the former two renames left when killed between them.
        QDir().rename(p.old, p.code);
        QFile::remove(p.intent);
        return;
    }
    if (present(p.intent) && present(p.code))
        describeCode(p); // killed after step 4: the new code is in place, its description beside it
    QFile::remove(p.intent);
    if (present(p.old))
        removeTree(p.old);
}

Status replace(const QString &functionDir, const QString &stagedCode, const QJsonObject &description,
               const std::function<Status()> &writeConfig, const QString &trash)
{
    recover(functionDir); // leftovers of an earlier kill first: never lose the code in place
    const Paths p(functionDir);
    if (!QDir().rename(stagedCode, p.fresh))
        return swapError(functionDir, QStringLiteral("the new code cannot be moved beside it"));
    if (stopHere(1))
        return swapError(functionDir, QStringLiteral("stopped after step 1"));
    if (!writeAtomically(p.intent, QJsonDocument(description).toJson(QJsonDocument::Indented))) {
        QDir(p.fresh).removeRecursively();
        return swapError(functionDir, QStringLiteral("its description cannot be written (disk full?)"));
    }
    if (stopHere(2))
        return swapError(functionDir, QStringLiteral("stopped after step 2"));
    if (present(p.code) && !QDir().rename(p.code, p.old)) {
        recover(functionDir);
        return swapError(functionDir, QStringLiteral("the current code cannot be moved aside"));
    }
    if (stopHere(3))
        return swapError(functionDir, QStringLiteral("stopped after step 3"));
    if (!QDir().rename(p.fresh, p.code)) {
        recover(functionDir);
        return swapError(functionDir, QStringLiteral("the new code cannot be moved into place"));
    }
    if (stopHere(4))
        return swapError(functionDir, QStringLiteral("stopped after step 4"));
    // From here on the new code is the function's; a failure below is finished by recover().
    const Status written = writeConfig();
    if (!written) {
        recover(functionDir);
        return written;
    }
    if (stopHere(5))
        return swapError(functionDir, QStringLiteral("stopped after step 5"));
    QFile::remove(p.intent);
    if (stopHere(6))
        return swapError(functionDir, QStringLiteral("stopped after step 6"));
    if (present(p.old) && !QDir().rename(p.old, trash))
        removeTree(p.old);
    return Ok{};
}

namespace testing {
void stopAfterStep(int step)
{
    g_stopAfter = step;
}
} // namespace testing

} // namespace lambdesk::codeswap
