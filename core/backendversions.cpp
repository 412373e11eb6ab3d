// Backend, third part: published versions (store/versionstore.h) and what a qualifier names.
// The rest of the facade is in backend.cpp and backendcode.cpp.
#include "backend.h"

#include "runtime/environmentpool.h"
#include "store/workspace.h"

#include <QFileInfo>

namespace lambdesk {

namespace {

// A version number as a qualifier writes it: 1, 2, ... (no sign, no leading zero).
int versionNumber(const QString &qualifier)
{
    bool ok = false;
    const int n = qualifier.toInt(&ok);
    return ok && n > 0 && qualifier == QString::number(n) ? n : 0;
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

Status Backend::deleteVersion(const QString &name, int number)
{
    if (auto v = getVersion(name, number); !v)
        return v.error();
    if (m_pool)
        m_pool->retire(name, QString::number(number));
    if (auto s = versionstore::remove(m_workspace->functionDir(name), number); !s)
        return s;
    m_versions[name].remove(number);
    if (m_versions[name].isEmpty())
        m_versions.remove(name);
    prunePackages(name);
    Q_EMIT versionsChanged(name);
    return Ok{};
}

QString Backend::versionCodeDir(const QString &name, int number) const
{
    return m_workspace ? versionstore::snapshotDir(m_workspace->functionDir(name), number) : QString();
}

} // namespace lambdesk
