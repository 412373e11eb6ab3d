// Backend, third part: published versions (store/versionstore.h) and what a qualifier names.
// The rest of the facade is in backend.cpp and backendcode.cpp.
#include "backend.h"
#include "backendoffthread.h"

#include "runtime/environmentpool.h"
#include "store/aliasstore.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace lambdesk {

namespace {

// A version number as a qualifier writes it: 1, 2, ... (no sign, no leading zero).
int versionNumber(const QString &qualifier)
{
    bool ok = false;
    const int n = qualifier.toInt(&ok);
    return ok && n > 0 && qualifier == QString::number(n) ? n : 0;
}

// The routing of an alias from the API's map: at most one additional version.
std::optional<Error> applyRouting(FunctionAlias &alias, const QMap<QString, double> &routing)
{
    if (routing.size() > 1)
        return Error::invalid(
            QStringLiteral("RoutingConfig"),
            QStringLiteral("RoutingConfig.AdditionalVersionWeights may name at most 1 version; got %1")
                .arg(routing.size()));
    alias.additionalVersion = routing.isEmpty() ? QString() : routing.firstKey();
    alias.additionalWeight = routing.isEmpty() ? 0 : routing.first();
    return std::nullopt;
}

} // namespace

const InvokeTarget *Backend::resolve(const QString &name, const QString &qualifier, Error *error) const
{
    const auto it = m_functions.constFind(name);
    if (it == m_functions.cend())
        return nullptr; // the caller's "Function not found"
    if (qualifier.isEmpty() || qualifier == u"$LATEST")
        return &*it;
    if (const int n = versionNumber(qualifier)) {
        if (const auto e = m_versionErrors.constFind(name); e != m_versionErrors.cend()) {
            *error = *e;
            return nullptr;
        }
        if (const auto versions = m_versions.constFind(name); versions != m_versions.cend()) {
            if (const auto v = versions->constFind(n); v != versions->cend())
                return &v->target;
        }
    }
    if (const auto aliases = m_aliases.constFind(name); aliases != m_aliases.cend()) {
        if (const auto a = aliases->constFind(qualifier); a != aliases->cend()) {
            const bool second = a->isWeighted() && QRandomGenerator::global()->generateDouble() < a->additionalWeight;
            return resolve(name, second ? a->additionalVersion : a->functionVersion, error);
        }
    }
    *error = Error::notFound(QStringLiteral("Function not found: %1:%2").arg(functionArn(name), qualifier));
    return nullptr;
}

void Backend::loadVersions(const QString &name)
{
    const QString dir = m_workspace->functionDir(name);
    auto versions = versionstore::list(dir);
    if (!versions) {
        qWarning("The versions of %s cannot be read: %s", qPrintable(name), qPrintable(versions.error().message));
        m_versionErrors.insert(name, versions.error());
        return;
    }
    QMap<int, VersionEntry> entries;
    for (const FunctionVersion &v : versions.value()) {
        const QString code = versionstore::snapshotDir(dir, v.number);
        if (!QFileInfo(code).isDir()) { // gone (by hand, or a crash): made again, once, from the repository
            auto staging = m_workspace->makeStagingDir();
            const Status made = staging ? versionstore::materialise(dir, v.number, staging.value()) : staging.error();
            if (staging)
                m_workspace->discardStaging(staging.value());
            if (!made) {
                qWarning("Version %d of %s cannot be restored: %s", v.number, qPrintable(name),
                         qPrintable(made.error().message));
                m_versionErrors.insert(name, made.error());
                return;
            }
        }
        entries.insert(v.number, VersionEntry{v, InvokeTarget{v.config, code, m_nextGeneration++, v.version()}});
    }
    if (!entries.isEmpty())
        m_versions.insert(name, entries);
}

Result<codetree::Digest> Backend::checkPublish(const PublishRequest &request) const
{
    if (auto e = checkChangeable(request.function))
        return *e;
    if (const auto e = m_versionErrors.constFind(request.function); e != m_versionErrors.cend())
        return *e;
    const FunctionConfig &config = m_functions.value(request.function).config;
    if (!request.codeSha256.isEmpty() && request.codeSha256 != config.codeSha256)
        return Error::invalid(QStringLiteral("CodeSha256"),
                              QStringLiteral("CodeSHA256 (%1) is different from current CodeSHA256 in $LATEST (%2). "
                                             "Please try again with the CodeSHA256 in $LATEST.")
                                  .arg(request.codeSha256, config.codeSha256));
    if (!request.revisionId.isEmpty() && request.revisionId != config.revisionId())
        return Error{Error::Kind::PreconditionFailed,
                     QStringLiteral("The Revision Id provided does not match the latest Revision Id. Call the "
                                    "GetFunction/GetAlias API to retrieve the latest Revision Id"),
                     QStringLiteral("RevisionId")};
    if (request.description.size() > 256)
        return Error::invalid(
            QStringLiteral("Description"),
            QStringLiteral("Description must be at most 256 characters; got %1").arg(request.description.size()));
    // What the files must be: the package's tree (recorded with it), else the folder as it is.
    const QString dir = m_workspace->functionDir(request.function);
    if (const auto tree = packages::treeOf(dir, config.codeSha256))
        return *tree;
    return codetree::digest(m_workspace->codeDir(request.function));
}

Result<versionstore::Published> Backend::registerPublished(const QString &name,
                                                           Result<versionstore::Published> published)
{
    if (!published)
        return published;
    if (!m_functions.contains(name)) // deleted meanwhile
        return notFound(name);
    const FunctionVersion &v = published->version;
    QMap<int, VersionEntry> &entries = m_versions[name];
    if (!entries.contains(v.number)) {
        entries.insert(
            v.number,
            VersionEntry{v,
                         InvokeTarget{v.config, versionstore::snapshotDir(m_workspace->functionDir(name), v.number),
                                      m_nextGeneration++, v.version()}});
        Q_EMIT versionsChanged(name);
    }
    return published;
}

Result<versionstore::Published> Backend::publishVersion(const PublishRequest &request)
{
    const auto tree = checkPublish(request);
    if (!tree)
        return tree.error();
    auto staging = m_workspace->makeStagingDir();
    if (!staging)
        return staging.error();
    auto published = versionstore::publish(m_workspace->functionDir(request.function),
                                           m_functions.value(request.function).config, request.description,
                                           tree.value(), staging.value());
    m_workspace->discardStaging(staging.value());
    return registerPublished(request.function, std::move(published));
}

void Backend::publishVersion(const PublishRequest &request, std::function<void(Result<versionstore::Published>)> done)
{
    const auto tree = checkPublish(request);
    if (!tree)
        return done(tree.error());
    auto staging = m_workspace->makeStagingDir();
    if (!staging)
        return done(staging.error());
    const QString functionDir = m_workspace->functionDir(request.function);
    const FunctionConfig latest = m_functions.value(request.function).config;
    offThread<Result<versionstore::Published>>(
        [functionDir, latest, description = request.description, tree = tree.value(), dir = staging.value()] {
            return versionstore::publish(functionDir, latest, description, tree, dir);
        },
        [this, name = request.function, dir = staging.value(),
         done = std::move(done)](Result<versionstore::Published> published) {
            m_workspace->discardStaging(dir);
            done(registerPublished(name, std::move(published)));
        });
}

Result<QList<FunctionVersion>> Backend::listVersions(const QString &name) const
{
    if (!m_functions.contains(name) && !m_broken.contains(name))
        return notFound(name);
    if (const auto e = m_versionErrors.constFind(name); e != m_versionErrors.cend())
        return *e;
    QList<FunctionVersion> out;
    for (const VersionEntry &v : m_versions.value(name))
        out.append(v.info);
    return out;
}

Result<FunctionVersion> Backend::getVersion(const QString &name, int number) const
{
    auto versions = listVersions(name);
    if (!versions)
        return versions.error();
    for (const FunctionVersion &v : versions.value()) {
        if (v.number == number)
            return v;
    }
    return Error::notFound(QStringLiteral("Function not found: %1:%2").arg(functionArn(name)).arg(number));
}

std::optional<Error> Backend::checkDeleteVersion(const QString &name, int number) const
{
    if (auto v = getVersion(name, number); !v)
        return v.error();
    QStringList users;
    for (const FunctionAlias &a : m_aliases.value(name)) {
        if (a.uses(QString::number(number)))
            users.append(a.name);
    }
    if (!users.isEmpty())
        return Error::conflict(
            QStringLiteral("Unable to delete version %1 of %2 because the following aliases reference it: [%3]. "
                           "Point them at another version (UpdateAlias) or delete them first")
                .arg(number)
                .arg(name, users.join(QStringLiteral(", "))));
    return std::nullopt;
}

void Backend::versionDeleted(const QString &name, int number)
{
    dropProvisioned(name, QString::number(number)); // its provisioned concurrency goes with it
    m_versions[name].remove(number);
    if (m_versions[name].isEmpty())
        m_versions.remove(name);
    prunePackages(name);
    Q_EMIT versionsChanged(name);
}

Status Backend::deleteVersion(const QString &name, int number)
{
    if (auto e = checkDeleteVersion(name, number))
        return *e;
    if (m_pool) {
        m_pool->unprovision(name + u'\n' + QString::number(number)); // its configuration goes once it is deleted
        m_pool->retire(name, QString::number(number));
    }
    if (auto s = versionstore::remove(m_workspace->functionDir(name), number); !s) {
        startProvisioned(name, QString::number(number)); // still there: so is its provisioned concurrency
        return s;
    }
    versionDeleted(name, number);
    return Ok{};
}

void Backend::deleteVersion(const QString &name, int number, std::function<void(Status)> done)
{
    if (auto e = checkDeleteVersion(name, number))
        return done(*e);
    VersionEntry entry = m_versions[name].take(number);
    if (m_pool) {
        m_pool->unprovision(name + u'\n' + QString::number(number)); // its configuration goes once it is deleted
        m_pool->retire(name, QString::number(number));
    }
    offThread<Status>([dir = m_workspace->functionDir(name), number] { return versionstore::remove(dir, number); },
                      [this, name, number, entry = std::move(entry), done = std::move(done)](Status s) {
                          if (!m_functions.contains(name)) // the function was deleted meanwhile
                              return done(s);
                          if (s) {
                              versionDeleted(name, number);
                          } else {
                              m_versions[name].insert(number, entry);
                              startProvisioned(name, QString::number(number));
                          }
                          done(s);
                      });
}

void Backend::loadAliases(const QString &name)
{
    auto aliases = aliasstore::read(m_workspace->functionDir(name));
    if (!aliases) {
        qWarning("The aliases of %s cannot be read: %s", qPrintable(name), qPrintable(aliases.error().message));
        m_versionErrors.insert(name, aliases.error());
        return;
    }
    QMap<QString, FunctionAlias> byName;
    for (const FunctionAlias &a : aliases.value())
        byName.insert(a.name, a);
    if (!byName.isEmpty())
        m_aliases.insert(name, byName);
}

std::optional<Error> Backend::checkAlias(const QString &function, const FunctionAlias &alias) const
{
    // AWS's pattern: letters, digits, - and _, not all digits (that would read as a version).
    static const QRegularExpression pattern(QStringLiteral("^(?!^[0-9]+$)[a-zA-Z0-9_-]{1,128}$"));
    if (!pattern.match(alias.name).hasMatch())
        return Error::invalid(QStringLiteral("Name"),
                              QStringLiteral("Alias name must be 1 to 128 letters, digits, '-' or '_', and not only "
                                             "digits; got \"%1\"")
                                  .arg(alias.name));
    if (alias.description.size() > 256)
        return Error::invalid(
            QStringLiteral("Description"),
            QStringLiteral("Description must be at most 256 characters; got %1").arg(alias.description.size()));
    auto exists = [&](const QString &version) {
        const int n = versionNumber(version);
        return n > 0 && m_versions.value(function).contains(n);
    };
    if (alias.functionVersion != u"$LATEST" && !exists(alias.functionVersion))
        return Error::notFound(
            QStringLiteral("Function not found: %1:%2").arg(functionArn(function), alias.functionVersion));
    if (!alias.isWeighted())
        return std::nullopt;
    if (alias.functionVersion == u"$LATEST" || alias.additionalVersion == u"$LATEST")
        return Error::invalid(QStringLiteral("RoutingConfig"),
                              QStringLiteral("$LATEST is not supported for an alias pointing to more than 1 version"));
    if (!exists(alias.additionalVersion))
        return Error::notFound(
            QStringLiteral("Function not found: %1:%2").arg(functionArn(function), alias.additionalVersion));
    if (alias.additionalVersion == alias.functionVersion)
        return Error::invalid(QStringLiteral("RoutingConfig"),
                              QStringLiteral("RoutingConfig.AdditionalVersionWeights must name a version other than "
                                             "the alias's FunctionVersion (%1)")
                                  .arg(alias.functionVersion));
    if (!(alias.additionalWeight > 0 && alias.additionalWeight < 1))
        return Error::invalid(QStringLiteral("RoutingConfig"),
                              QStringLiteral("The weight of version %1 in RoutingConfig.AdditionalVersionWeights must "
                                             "be greater than 0 and less than 1; got %2")
                                  .arg(alias.additionalVersion)
                                  .arg(alias.additionalWeight));
    return std::nullopt;
}

Status Backend::saveAliases(const QString &function, const QMap<QString, FunctionAlias> &aliases)
{
    if (auto s = aliasstore::write(m_workspace->functionDir(function), aliases.values()); !s)
        return s;
    if (aliases.isEmpty())
        m_aliases.remove(function);
    else
        m_aliases.insert(function, aliases);
    Q_EMIT aliasesChanged(function);
    return Ok{};
}

Result<FunctionAlias> Backend::createAlias(const QString &function, const QString &name, const QString &functionVersion,
                                           const QString &description, const QMap<QString, double> &routing)
{
    if (auto e = checkChangeable(function))
        return *e;
    if (const auto e = m_versionErrors.constFind(function); e != m_versionErrors.cend())
        return *e;
    FunctionAlias alias;
    alias.name = name;
    alias.functionVersion = functionVersion;
    alias.description = description;
    if (auto e = applyRouting(alias, routing))
        return *e;
    if (auto e = checkAlias(function, alias))
        return *e;
    QMap<QString, FunctionAlias> aliases = m_aliases.value(function);
    if (aliases.contains(name))
        return Error::conflict(QStringLiteral("Alias already exists: %1:%2").arg(functionArn(function), name));
    alias.revisionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    aliases.insert(name, alias);
    if (auto s = saveAliases(function, aliases); !s)
        return s.error();
    return alias;
}

Result<FunctionAlias> Backend::updateAlias(const AliasUpdate &update)
{
    auto current = getAlias(update.function, update.name);
    if (!current)
        return current.error();
    if (!update.revisionId.isEmpty() && update.revisionId != current->revisionId)
        return Error{Error::Kind::PreconditionFailed,
                     QStringLiteral("The Revision Id provided does not match the latest Revision Id. Call the "
                                    "GetFunction/GetAlias API to retrieve the latest Revision Id"),
                     QStringLiteral("RevisionId")};
    FunctionAlias alias = current.value();
    if (update.functionVersion)
        alias.functionVersion = *update.functionVersion;
    if (update.description)
        alias.description = *update.description;
    if (update.routing) {
        if (auto e = applyRouting(alias, *update.routing))
            return *e;
    }
    if (auto e = checkAlias(update.function, alias))
        return *e;
    if (auto e = checkProvisionedAliasMove(update.function, alias))
        return *e;
    if (alias == current.value())
        return alias;
    alias.revisionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QMap<QString, FunctionAlias> aliases = m_aliases.value(update.function);
    aliases.insert(alias.name, alias);
    if (auto s = saveAliases(update.function, aliases); !s)
        return s.error();
    if (m_provisioned.value(update.function).contains(alias.name)) {
        // Its provisioned environments follow it to the version it points at now.
        startProvisioned(update.function, alias.name);
        Q_EMIT provisionedConcurrencyChanged(update.function, alias.name);
    }
    return alias;
}

Status Backend::deleteAlias(const QString &function, const QString &name)
{
    if (auto a = getAlias(function, name); !a)
        return a.error();
    QMap<QString, FunctionAlias> aliases = m_aliases.value(function);
    aliases.remove(name);
    if (auto s = saveAliases(function, aliases); !s)
        return s;
    dropProvisioned(function, name); // its provisioned concurrency goes with it
    dropFunctionUrl(function, name); // and its function URL
    return Ok{};
}

Result<FunctionAlias> Backend::getAlias(const QString &function, const QString &name) const
{
    auto aliases = listAliases(function);
    if (!aliases)
        return aliases.error();
    for (const FunctionAlias &a : aliases.value()) {
        if (a.name == name)
            return a;
    }
    return Error::notFound(QStringLiteral("Alias not found: %1:%2").arg(functionArn(function), name));
}

Result<QList<FunctionAlias>> Backend::listAliases(const QString &function) const
{
    if (!m_functions.contains(function) && !m_broken.contains(function))
        return notFound(function);
    if (const auto e = m_versionErrors.constFind(function); e != m_versionErrors.cend())
        return *e;
    return m_aliases.value(function).values();
}

QString Backend::versionCodeDir(const QString &name, int number) const
{
    return m_workspace ? versionstore::snapshotDir(m_workspace->functionDir(name), number) : QString();
}

} // namespace lambdesk
