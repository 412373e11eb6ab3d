#include "workspace.h"

#include "codeswap.h"
#include "codetree.h"
#include "model/jsoncheck.h"
#include "model/validation.h"
#include "store/versionstore.h"
#include "workspacelock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace lambdesk {

namespace {
const QString kFunctions = QStringLiteral("functions");
const QString kConfigFile = QStringLiteral("function.json");
const QString kSharedEvents = QStringLiteral("shared-events");

Error notFound(const QString &name)
{
    return Error::notFound(QStringLiteral("Function not found: %1").arg(name));
}
} // namespace

Workspace::Workspace(QString root) : m_root(QDir(root).absolutePath())
{}

Workspace::~Workspace() = default;

QString Workspace::defaultRoot()
{
    const QString env = qEnvironmentVariable("LAMBDESK_WORKSPACE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/lambdesk");
}

Status Workspace::open()
{
    const QDir dir(m_root);
    m_created = !dir.exists(kFunctions);
    if (!QDir().mkpath(m_root + u'/' + kFunctions) || !QDir().mkpath(m_root + u'/' + kSharedEvents)
        || !QDir().mkpath(stateDir())) {
        return Error{Error::Kind::Unavailable,
                     QStringLiteral("Cannot create the workspace folder %1: check that it is writable").arg(m_root),
                     {}};
    }
    qint64 holder = 0;
    QString problem;
    m_lock = WorkspaceLock::acquire(m_root, &holder, &problem);
    if (!m_lock) {
        if (!problem.isEmpty())
            return Error{Error::Kind::Unavailable, problem, {}};
        return Error{Error::Kind::Unavailable,
                     QStringLiteral("The workspace %1 is in use by another Lambdesk process (pid %2). "
                                    "Close that one, or choose another folder with --workspace DIR.")
                         .arg(m_root)
                         .arg(holder),
                     {}};
    }
    QDir(m_root + QStringLiteral("/.staging")).removeRecursively(); // leftovers of an interrupted write
    // Code swaps a kill interrupted: each function gets its old code or its new code back,
    // whole, with the CodeSha256 that describes it.
    const QDir functions(m_root + u'/' + kFunctions);
    for (const QString &entry : functions.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks))
        codeswap::recover(functions.filePath(entry));
    return Ok{};
}

QString Workspace::functionDir(const QString &name) const
{
    return m_root + u'/' + kFunctions + u'/' + name;
}
QString Workspace::codeDir(const QString &name) const
{
    return functionDir(name) + QStringLiteral("/code");
}
QString Workspace::configFile(const QString &name) const
{
    return functionDir(name) + u'/' + kConfigFile;
}

QString Workspace::eventsDir(const QString &function) const
{
    if (function.isEmpty())
        return m_root + u'/' + kSharedEvents;
    return functionDir(function) + QStringLiteral("/events");
}

QString Workspace::databasePath() const
{
    return m_root + QStringLiteral("/lambdesk.db");
}
QString Workspace::stateDir() const
{
    return m_root + QStringLiteral("/.state");
}

QStringList Workspace::functionNames() const
{
    QStringList names;
    const QDir dir(m_root + u'/' + kFunctions);
    for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!validation::functionName(entry) && QFile::exists(dir.filePath(entry + u'/' + kConfigFile)))
            names.append(entry);
    }
    return names;
}

bool Workspace::exists(const QString &name) const
{
    return !validation::functionName(name) && QFile::exists(functionDir(name) + u'/' + kConfigFile);
}

Result<FunctionConfig> Workspace::readFunction(const QString &name) const
{
    if (!exists(name))
        return notFound(name);
    FunctionConfig c;
    c.name = name; // the folder is the truth
    QFile f(configFile(name));
    if (!f.open(QIODevice::ReadOnly)) {
        c.brokenReason = QStringLiteral("%1 cannot be read: %2").arg(kConfigFile, f.errorString());
        return c;
    }
    const QByteArray text = f.readAll();
    if (const auto e = json::check(text)) {
        c.brokenReason = QStringLiteral("%1 is not valid JSON: %2").arg(kConfigFile, e->message);
        return c;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isObject()) {
        c.brokenReason = QStringLiteral("%1 must hold one JSON object; got %2")
                             .arg(kConfigFile, doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a value"));
        return c;
    }
    QStringList problems;
    c = FunctionConfig::fromJson(doc.object(), &problems);
    c.name = name;
    // The rules the API applies to CreateFunction and UpdateFunctionConfiguration; a field of
    // the wrong type is named once, by the reader, not again for the default it kept.
    for (const Error &e : validation::config(c)) {
        const bool named = std::any_of(problems.cbegin(), problems.cend(),
                                       [&](const QString &p) { return p.startsWith(e.field + u' '); });
        if (!named)
            problems.append(e.message);
    }
    if (!problems.isEmpty())
        c.brokenReason = kConfigFile + QStringLiteral(": ") + problems.join(QStringLiteral(". "));
    return c;
}

Status Workspace::writeFileAtomically(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
        return Error::internal(QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    return Ok{};
}

Status Workspace::writeConfig(const FunctionConfig &config)
{
    if (!exists(config.name))
        return notFound(config.name);
    if (config.isBroken())
        return Error::conflict(QStringLiteral("The configuration of %1 is broken and is not written: %2")
                                   .arg(config.name, config.brokenReason));
    return writeFileAtomically(configFile(config.name), QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented));
}

Result<QString> Workspace::makeStagingDir() const
{
    const QString dir = m_root + QStringLiteral("/.staging/") + QUuid::createUuid().toString(QUuid::Id128);
    if (!QDir().mkpath(dir))
        return Error::internal(QStringLiteral("Cannot create %1").arg(dir));
    return dir;
}

Status Workspace::installFunction(const FunctionConfig &config, const QString &stagedCode,
                                  const packages::Package &package)
{
    if (exists(config.name))
        return Error::conflict(QStringLiteral("Function already exist: %1").arg(config.name));
    // Build the whole function folder beside its final place, then rename it in one step.
    auto staging = makeStagingDir();
    if (!staging)
        return staging.error();
    const QString dir = staging.value();
    if (!QDir().rename(stagedCode, dir + QStringLiteral("/code")))
        return Error::internal(QStringLiteral("Cannot move the code into %1").arg(dir));
    QDir().mkpath(dir + QStringLiteral("/events"));
    if (auto s = packages::store(dir, package); !s)
        return s;
    if (auto s = writeFileAtomically(dir + u'/' + kConfigFile,
                                     QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented));
        !s)
        return s;
    QDir(functionDir(config.name)).removeRecursively(); // a folder without function.json is debris
    if (!QDir().rename(dir, functionDir(config.name)))
        return Error::internal(QStringLiteral("Cannot create %1").arg(functionDir(config.name)));
    return Ok{};
}

Status Workspace::replaceCode(const FunctionConfig &config, const QString &stagedCode, const packages::Package &package,
                              QString *oldTree)
{
    if (!exists(config.name))
        return notFound(config.name);
    // Before the swap: a kill after it finds the package its function.json names.
    if (auto s = packages::store(functionDir(config.name), package); !s)
        return s;
    auto trash = makeStagingDir();
    if (!trash)
        return trash.error();
    const QJsonObject description{{QStringLiteral("CodeSha256"), config.codeSha256},
                                  {QStringLiteral("CodeSize"), config.codeSize},
                                  {QStringLiteral("LastModified"), config.lastModified}};
    const Status s = codeswap::replace(
        functionDir(config.name), stagedCode, description, [&] { return writeConfig(config); },
        trash.value() + QStringLiteral("/old"));
    if (s && oldTree) {
        *oldTree = trash.value();
    } else {
        QDir(trash.value()).removeRecursively();
    }
    return s;
}

void Workspace::discardStaging(const QString &path) const
{
    const QString staging = m_root + QStringLiteral("/.staging/");
    if (!path.startsWith(staging))
        return;
    const qsizetype slash = path.indexOf(u'/', staging.size());
    const QString top = slash < 0 ? path : path.left(slash);
    versionstore::makeWritable(top); // a snapshot made read-only but not moved into place
    QDir(top).removeRecursively();
}

Status Workspace::deleteFunction(const QString &name)
{
    if (!exists(name))
        return notFound(name);
    auto staging = makeStagingDir();
    if (!staging)
        return staging.error();
    const QString trash = staging.value() + QStringLiteral("/trash");
    if (!QDir().rename(functionDir(name), trash))
        return Error::internal(QStringLiteral("Cannot delete %1").arg(functionDir(name)));
    versionstore::makeWritable(trash); // the versions' snapshots are read-only
    QDir(staging.value()).removeRecursively();
    return Ok{};
}

Status Workspace::writeCodeFile(const QString &name, const QString &relative, const QByteArray &content)
{
    if (!exists(name))
        return notFound(name);
    const QString rel = codetree::safeRelativePath(relative);
    if (rel.isEmpty())
        return Error::invalid(
            QStringLiteral("Path"),
            QStringLiteral("File path %1 must be relative to the code folder and stay inside it").arg(relative));
    return writeFileAtomically(codeDir(name) + u'/' + rel, content);
}

QStringList Workspace::eventNames(const QString &function) const
{
    QStringList names;
    for (const QString &file : QDir(eventsDir(function)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names.append(file.chopped(5));
    return names;
}

static Error badEventFunction(const QString &function)
{
    return notFound(function);
}

Result<QByteArray> Workspace::readEvent(const QString &function, const QString &event) const
{
    if (!function.isEmpty() && !exists(function))
        return badEventFunction(function);
    if (auto e = validation::eventName(event))
        return *e;
    QFile f(eventsDir(function) + u'/' + event + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("Test event not found: %1").arg(event));
    return f.readAll();
}

Status Workspace::writeEvent(const QString &function, const QString &event, const QByteArray &json)
{
    if (!function.isEmpty() && !exists(function))
        return badEventFunction(function);
    if (auto e = validation::eventName(event))
        return *e;
    return writeFileAtomically(eventsDir(function) + u'/' + event + QStringLiteral(".json"), json);
}

Status Workspace::deleteEvent(const QString &function, const QString &event)
{
    if (auto e = validation::eventName(event))
        return *e;
    if (!QFile::remove(eventsDir(function) + u'/' + event + QStringLiteral(".json")))
        return Error::notFound(QStringLiteral("Test event not found: %1").arg(event));
    return Ok{};
}

} // namespace lambdesk
