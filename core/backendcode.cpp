// Backend, second part: a function's code. Creating a function from a package, replacing its
// code (staged and unpacked off the server's thread, swapped in recoverably), the editor's file
// operations, and zipping the code back. The rest of the facade is in backend.cpp.
#include "backend.h"
#include "backendoffthread.h"

#include "io/ziparchive.h"
#include "store/catalogs.h"
#include "store/codefiles.h"
#include "store/codetree.h"
#include "store/workspace.h"

#include <QDir>
#include <QMetaObject>

#include <memory>

namespace lambdesk {

Result<Backend::Staged> Backend::stage(const CodeSource &code, RuntimeFamily family, const QString &stagingDir,
                                       bool checkOnly, const std::atomic<bool> *cancel)
{
    if (code.kind == CodeSource::Kind::Zip) {
        if (code.zip.size() > ziparchive::kMaxZippedBytes)
            return Error::invalid(QStringLiteral("ZipFile"),
                                  QStringLiteral("Zipped code must be at most %1 bytes; got %2")
                                      .arg(ziparchive::kMaxZippedBytes)
                                      .arg(code.zip.size()));
        if (checkOnly) {
            // A DryRun looks at the package without writing anything anywhere.
            auto tree = ziparchive::inspect(code.zip);
            if (!tree)
                return tree.error();
            packages::Package package;
            package.digest = packages::digestOf(code.zip);
            package.tree = tree.value();
            return Staged{{}, package};
        }
    }
    const QString dir = stagingDir + QStringLiteral("/code");
    QString error;
    switch (code.kind) {
    case CodeSource::Kind::Blank: {
        QDir().mkpath(dir);
        const auto files = catalogs::blankCode(family);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (auto s = Workspace::writeFileAtomically(dir + u'/' + it.key(), it.value()); !s)
                return s.error();
            if (it.key() == u"bootstrap")
                QFile::setPermissions(dir + u'/' + it.key(),
                                      QFile::permissions(dir + u'/' + it.key()) | QFile::ExeOwner | QFile::ExeGroup
                                          | QFile::ExeOther);
        }
        break;
    }
    case CodeSource::Kind::Directory:
        if (!QFileInfo(code.path).isDir())
            return Error::invalid(QStringLiteral("Code"),
                                  QStringLiteral("Code folder %1 does not exist").arg(code.path));
        if (!codetree::copyTree(code.path, dir, &error))
            return Error::internal(error);
        break;
    case CodeSource::Kind::Blueprint: {
        const auto b = catalogs::blueprintFor(code.blueprintId, family);
        if (!b)
            return b.error();
        if (!codetree::copyTree(b.value()->codeResource(family), dir, &error))
            return Error::internal(error);
        break;
    }
    case CodeSource::Kind::Zip:
        if (!QDir().mkpath(dir))
            return Error::internal(QStringLiteral("Cannot create %1").arg(dir));
        if (auto s = ziparchive::extract(code.zip, dir, ziparchive::kMaxUnzippedBytes, cancel); !s)
            return s.error();
        break;
    }
    if (code.kind == CodeSource::Kind::Zip) // the package is the upload itself, byte for byte
        return Staged{dir, packages::fromZip(code.zip, codetree::digest(dir))};
    auto package = packageOf(dir);
    if (!package)
        return package.error();
    return Staged{dir, std::move(package).value()};
}

Result<packages::Package> Backend::packageOf(const QString &codeDir)
{
    auto zip = ziparchive::create(codeDir);
    if (!zip)
        return zip.error();
    // The tree as the zip holds it (not a second look at a folder that may change meanwhile).
    auto tree = ziparchive::inspect(zip.value());
    if (!tree)
        return tree.error();
    return packages::fromZip(std::move(zip).value(), tree.value());
}

Result<FunctionConfig> Backend::preparedCreate(FunctionConfig &config, const CodeSource &code) const
{
    if (!m_workspace)
        return Error{Error::Kind::Unavailable, QStringLiteral("The backend is not started"), {}};
    const RuntimeFamily family = runtimeFamilyOf(config.runtime);
    if (config.handler.isEmpty() && code.kind == CodeSource::Kind::Blank)
        config.handler = defaultHandler(family);
    const Blueprint *blueprint = code.kind == CodeSource::Kind::Blueprint ? catalogs::blueprint(code.blueprintId)
                                                                          : nullptr;
    if (code.kind == CodeSource::Kind::Blueprint) {
        if (const auto b = catalogs::blueprintFor(code.blueprintId, family); !b)
            return b.error();
    }
    if (blueprint && config.handler.isEmpty())
        config.handler = blueprint->handlers.value(family);
    config.brokenReason.clear();
    if (const QList<Error> errors = validate(config); !errors.isEmpty())
        return errors.first();
    if (auto e = checkLayers(config))
        return *e;
    if (const auto it = m_broken.constFind(config.name); it != m_broken.cend())
        return Error::conflict(QStringLiteral("Function already exist: %1. It is broken and cannot run (%2). %3")
                                   .arg(config.name, it->brokenReason, repairHint()));
    if (m_workspace->exists(config.name))
        return Error::conflict(QStringLiteral("Function already exist: %1").arg(config.name));
    return config;
}

Result<FunctionConfig> Backend::installStaged(FunctionConfig config, const CodeSource &code,
                                              const Result<Staged> &staged, const QString &stagingDir)
{
    if (!staged) {
        m_workspace->discardStaging(stagingDir);
        return staged.error();
    }
    config.codeSha256 = staged->package.digest.sha256Base64;
    config.codeSize = staged->package.digest.size;
    config.lastModified = awsTimestampNow();
    if (auto e = checkLayers(config)) { // with the code's size now
        m_workspace->discardStaging(stagingDir);
        return *e;
    }
    const Status installed = m_workspace->installFunction(config, staged->dir, staged->package);
    m_workspace->discardStaging(stagingDir); // empty now, or what a failure left
    if (!installed)
        return installed.error();
    if (code.kind == CodeSource::Kind::Blueprint) {
        if (const Blueprint *blueprint = catalogs::blueprint(code.blueprintId)) {
            for (const Blueprint::Event &e : blueprint->events)
                m_workspace->writeEvent(config.name, e.name, catalogs::readResource(e.resource));
        }
    }
    m_functions.insert(config.name, InvokeTarget{config, m_workspace->codeDir(config.name), m_nextGeneration++});
    Q_EMIT functionsChanged();
    if (code.kind == CodeSource::Kind::Blueprint) {
        // A blueprint that is an HTTP endpoint comes with its function URL, as the console
        // shows it right after creation. The function stands even if this fails (it is said).
        const Blueprint *blueprint = catalogs::blueprint(code.blueprintId);
        if (blueprint && !blueprint->functionUrlAuthType.isEmpty()) {
            FunctionUrlConfig url;
            url.functionName = config.name;
            url.authType = functionurl::authTypeFromName(blueprint->functionUrlAuthType)
                               .value_or(FunctionUrlAuthType::None);
            if (const auto made = createFunctionUrlConfig(url); !made)
                qWarning("The function URL of %s was not created: %s", qPrintable(config.name),
                         qPrintable(made.error().message));
        }
    }
    return config;
}

Result<FunctionConfig> Backend::createFunction(FunctionConfig config, const CodeSource &code)
{
    const auto prepared = preparedCreate(config, code);
    if (!prepared)
        return prepared.error();
    auto staging = m_workspace->makeStagingDir();
    if (!staging)
        return staging.error();
    const auto staged = stage(code, runtimeFamilyOf(config.runtime), staging.value(), false, nullptr);
    return installStaged(config, code, staged, staging.value());
}

void Backend::createFunction(FunctionConfig config, CodeSource code, std::function<void(Result<FunctionConfig>)> done)
{
    const auto prepared = preparedCreate(config, code);
    if (!prepared)
        return done(prepared.error());
    auto staging = m_workspace->makeStagingDir();
    if (!staging)
        return done(staging.error());
    const QString dir = staging.value();
    const RuntimeFamily family = runtimeFamilyOf(config.runtime);
    offThread<Result<Staged>>(
        [code, family, dir, cancel = m_cancelWork] { return stage(code, family, dir, false, cancel.get()); },
        [this, config, code, dir, done = std::move(done)](Result<Staged> staged) {
            // Another call may have taken the name meanwhile: installFunction refuses then.
            done(installStaged(config, code, staged, dir));
        });
}

Result<FunctionUpdate> Backend::replaceStaged(const QString &name, const Result<Staged> &staged, bool dryRun,
                                              const QString &stagingDir)
{
    // Again: after the work off the thread it may be gone, or its function.json broken.
    const std::optional<Error> unchangeable = checkChangeable(name);
    if (unchangeable || !staged || dryRun)
        m_workspace->discardStaging(stagingDir);
    if (unchangeable)
        return *unchangeable;
    const auto current = getFunction(name);
    if (!current)
        return current.error();
    if (!staged)
        return staged.error();
    FunctionConfig config = current.value();
    if (dryRun) {
        // Checked and measured; nothing of the function changed.
        config.codeSha256 = staged->package.digest.sha256Base64;
        config.codeSize = staged->package.digest.size;
        return FunctionUpdate{config, false, 0, {}};
    }
    if (config.codeSha256 == staged->package.digest.sha256Base64 && config.codeSize == staged->package.digest.size) {
        m_workspace->discardStaging(stagingDir); // the same code: nothing to swap, nobody retires
        return FunctionUpdate{config, false, 0, {}};
    }
    config.codeSha256 = staged->package.digest.sha256Base64;
    config.codeSize = staged->package.digest.size;
    config.lastModified = awsTimestampNow();
    QString oldTree;
    // The new code and the configuration that describes it in one recoverable swap.
    const Status replaced = m_workspace->replaceCode(config, staged->dir, staged->package, &oldTree);
    m_workspace->discardStaging(stagingDir);
    if (!replaced)
        return replaced.error();
    if (!oldTree.isEmpty())
        m_workers.start([oldTree] { QDir(oldTree).removeRecursively(); });
    auto update = storeUpdated(config, QStringLiteral("code changed"), true);
    if (!update)
        return update;
    prunePackages(name); // after storeUpdated: the new package is the one in use
    FunctionUpdate out = std::move(update).value();
    out.changed = true;
    return out;
}

Result<FunctionUpdate> Backend::updateCode(const QString &name, const CodeSource &code, bool dryRun)
{
    if (auto e = checkChangeable(name))
        return *e;
    auto current = getFunction(name);
    if (!current)
        return current.error();
    const bool checkOnly = dryRun && code.kind == CodeSource::Kind::Zip;
    QString dir;
    if (!checkOnly) {
        auto staging = m_workspace->makeStagingDir();
        if (!staging)
            return staging.error();
        dir = staging.value();
    }
    const auto staged = stage(code, runtimeFamilyOf(current->runtime), dir, checkOnly, nullptr);
    return replaceStaged(name, staged, dryRun, dir);
}

void Backend::updateCode(const QString &name, CodeSource code, bool dryRun,
                         std::function<void(Result<FunctionUpdate>)> done)
{
    if (auto e = checkChangeable(name))
        return done(*e);
    auto current = getFunction(name);
    if (!current)
        return done(current.error());
    const bool checkOnly = dryRun && code.kind == CodeSource::Kind::Zip;
    QString dir;
    if (!checkOnly) {
        auto staging = m_workspace->makeStagingDir();
        if (!staging)
            return done(staging.error());
        dir = staging.value();
    }
    const RuntimeFamily family = runtimeFamilyOf(current->runtime);
    offThread<Result<Staged>>([code = std::move(code), family, dir, checkOnly,
                               cancel = m_cancelWork] { return stage(code, family, dir, checkOnly, cancel.get()); },
                              [this, name, dryRun, dir, done = std::move(done)](Result<Staged> staged) {
                                  done(replaceStaged(name, staged, dryRun, dir));
                              });
}

Result<FunctionUpdate> Backend::saveCodeFile(const QString &name, const QString &relativePath,
                                             const QByteArray &content)
{
    if (auto e = checkChangeable(name))
        return *e;
    if (auto s = m_workspace->writeCodeFile(name, relativePath, content); !s)
        return s.error();
    return codeUpdated(name, relativePath);
}

template<typename Op>
Result<FunctionUpdate> Backend::changeCodePath(const QString &name, Op op)
{
    if (auto e = checkChangeable(name))
        return *e;
    const Result<QString> done = op(m_workspace->codeDir(name));
    if (!done)
        return done.error();
    return codeUpdated(name, done.value());
}

Result<FunctionUpdate> Backend::createCodeFile(const QString &name, const QString &relativePath)
{
    return changeCodePath(name, [&](const QString &root) { return codefiles::createFile(root, relativePath); });
}

Result<FunctionUpdate> Backend::createCodeFolder(const QString &name, const QString &relativePath)
{
    return changeCodePath(name, [&](const QString &root) { return codefiles::createFolder(root, relativePath); });
}

Result<FunctionUpdate> Backend::renameCodePath(const QString &name, const QString &from, const QString &to)
{
    return changeCodePath(name, [&](const QString &root) { return codefiles::rename(root, from, to); });
}

Result<FunctionUpdate> Backend::removeCodePath(const QString &name, const QString &relativePath)
{
    return changeCodePath(name, [&](const QString &root) { return codefiles::remove(root, relativePath); });
}

Result<FunctionUpdate> Backend::syncCode(const QString &name)
{
    return codeUpdated(name);
}

Result<FunctionUpdate> Backend::codeUpdated(const QString &name, const QString &path)
{
    if (auto e = checkChangeable(name))
        return *e;
    auto current = getFunction(name);
    if (!current)
        return current.error();
    FunctionConfig config = current.value();
    const QString functionDir = m_workspace->functionDir(name);
    // The files as the package holds them: unchanged (an uploaded zip stays the package).
    const codetree::Digest digest = codetree::digest(m_workspace->codeDir(name));
    const std::optional<codetree::Digest> packaged = packages::treeOf(functionDir, config.codeSha256);
    if (packaged && packaged->sha256Base64 == digest.sha256Base64 && packaged->size == digest.size
        && packages::exists(functionDir, config.codeSha256))
        return FunctionUpdate{config, false, 0, path};
    auto package = packageOf(m_workspace->codeDir(name));
    if (!package)
        return package.error();
    if (auto s = packages::store(functionDir, package.value()); !s)
        return s.error();
    if (package->digest.sha256Base64 == config.codeSha256 && package->digest.size == config.codeSize)
        return FunctionUpdate{config, false, 0, path};
    config.codeSha256 = package->digest.sha256Base64;
    config.codeSize = package->digest.size;
    config.lastModified = awsTimestampNow();
    auto update = storeUpdated(config, QStringLiteral("code changed"));
    if (!update)
        return update;
    prunePackages(name);
    FunctionUpdate out = std::move(update).value();
    out.changed = true;
    out.path = path;
    return out;
}

namespace {

// The package itself, byte for byte. Only a function whose package is gone (a broken one whose
// function.json names none) is zipped from its code instead.
Result<QByteArray> packageOrZip(const QString &functionDir, const QString &codeDir, const QString &codeSha256)
{
    if (!packages::exists(functionDir, codeSha256))
        return ziparchive::create(codeDir);
    return packages::read(functionDir, codeSha256);
}

} // namespace

Result<QByteArray> Backend::exportCode(const QString &name) const
{
    const auto config = getFunction(name);
    if (!config)
        return config.error();
    return packageOrZip(m_workspace->functionDir(name), m_workspace->codeDir(name), config->codeSha256);
}

// `name` may be NAME:N, a published version: its own package (kept as long as the version is),
// zipped from its snapshot only if that package is gone.
void Backend::exportCode(const QString &name, std::function<void(Result<QByteArray>)> done)
{
    if (const qsizetype colon = name.indexOf(u':'); colon > 0) {
        const QString function = name.left(colon);
        bool number = false;
        const int n = name.mid(colon + 1).toInt(&number);
        if (!number)
            return done(Error::notFound(QStringLiteral("Function not found: %1").arg(functionArn(name))));
        const auto version = getVersion(function, n);
        if (!version)
            return done(version.error());
        return offThread<Result<QByteArray>>(
            [dir = m_workspace->functionDir(function), code = versionCodeDir(function, n),
             sha = version->config.codeSha256] { return packageOrZip(dir, code, sha); },
            std::move(done));
    }
    const auto config = getFunction(name);
    if (!config)
        return done(config.error());
    offThread<Result<QByteArray>>([dir = m_workspace->functionDir(name), code = m_workspace->codeDir(name),
                                   sha = config->codeSha256] { return packageOrZip(dir, code, sha); },
                                  std::move(done));
}

Result<FunctionConfig> Backend::ensurePackage(FunctionConfig config)
{
    const QString functionDir = m_workspace->functionDir(config.name);
    if (config.isBroken() || packages::exists(functionDir, config.codeSha256))
        return config;
    auto package = packageOf(m_workspace->codeDir(config.name));
    if (!package)
        return package.error();
    if (auto s = packages::store(functionDir, package.value()); !s)
        return s.error();
    config.codeSha256 = package->digest.sha256Base64;
    config.codeSize = package->digest.size;
    if (auto s = m_workspace->writeConfig(config); !s)
        return s.error();
    return config;
}

void Backend::prunePackages(const QString &name)
{
    const auto config = getFunction(name);
    if (!config)
        return;
    QSet<QString> keep{config->codeSha256};
    if (m_versionErrors.contains(name))
        return; // which packages the versions use is not known: keep them all
    for (const VersionEntry &v : m_versions.value(name))
        keep.insert(v.info.config.codeSha256);
    packages::prune(m_workspace->functionDir(name), keep);
}

} // namespace lambdesk
