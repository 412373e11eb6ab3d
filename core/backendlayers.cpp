// Layers: PublishLayerVersion and friends, the Layers of a function's configuration, and the
// merged /opt folders the environments get (store/layerstore.h).
#include "backend.h"
#include "backendoffthread.h"

#include "store/layerstore.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QSet>

namespace lambdesk {

namespace {

const QString kAccount = QStringLiteral("000000000000");

Error notStarted()
{
    return Error{Error::Kind::Unavailable, QStringLiteral("The backend is not started"), {}};
}

} // namespace

QString Backend::layerArn(const QString &layerName) const
{
    return QStringLiteral("arn:aws:lambda:%1:%2:layer:%3").arg(m_options.region, kAccount, layerName);
}

QString Backend::layerVersionArn(const QString &layerName, int version) const
{
    return layerArn(layerName) + u':' + QString::number(version);
}

QString Backend::layerZipPath(const QString &layerName, int version) const
{
    if (!m_workspace)
        return {};
    const QString path = layerstore::zipFile(m_workspace->root(), layerName, version);
    return QFileInfo::exists(path) ? path : QString();
}

Result<LayerVersion> Backend::publishLayerVersion(const LayerPublish &request)
{
    if (!m_workspace)
        return notStarted();
    if (auto e = layerstore::validate(request))
        return *e;
    auto staging = m_workspace->makeStagingDir();
    if (!staging)
        return staging.error();
    auto staged = layerstore::stage(request, staging.value());
    if (!staged) {
        m_workspace->discardStaging(staging.value());
        return staged.error();
    }
    auto installed = layerstore::install(m_workspace->root(), staged.value());
    m_workspace->discardStaging(staging.value());
    if (installed)
        Q_EMIT layersChanged();
    return installed;
}

void Backend::publishLayerVersion(const LayerPublish &request, std::function<void(Result<LayerVersion>)> done)
{
    if (!m_workspace)
        return done(notStarted());
    if (auto e = layerstore::validate(request))
        return done(*e);
    auto staging = m_workspace->makeStagingDir();
    if (!staging)
        return done(staging.error());
    const QString dir = staging.value();
    offThread<Result<layerstore::Staged>>(
        [request, dir, cancel = m_cancelWork] { return layerstore::stage(request, dir, cancel.get()); },
        [this, dir, done = std::move(done)](Result<layerstore::Staged> staged) {
            if (!staged) {
                m_workspace->discardStaging(dir);
                return done(staged.error());
            }
            // The number is given here, on this thread: two publishes never get the same one.
            auto installed = layerstore::install(m_workspace->root(), staged.value());
            m_workspace->discardStaging(dir);
            if (installed)
                Q_EMIT layersChanged();
            done(std::move(installed));
        });
}

Result<QList<LayerVersion>> Backend::listLayers() const
{
    if (!m_workspace)
        return notStarted();
    return layerstore::latest(m_workspace->root());
}

Result<QList<LayerVersion>> Backend::listLayerVersions(const QString &layerName) const
{
    if (!m_workspace)
        return notStarted();
    const auto name = layerstore::layerName(layerName);
    if (!name)
        return name.error();
    return layerstore::versions(m_workspace->root(), name.value());
}

Result<LayerVersion> Backend::getLayerVersion(const QString &layerName, int version) const
{
    if (!m_workspace)
        return notStarted();
    const auto name = layerstore::layerName(layerName);
    if (!name)
        return name.error();
    if (version < 1)
        return Error::notFound(QStringLiteral("The resource you requested does not exist."));
    return layerstore::get(m_workspace->root(), name.value(), version);
}

Status Backend::deleteLayerVersion(const QString &layerName, int version)
{
    if (!m_workspace)
        return notStarted();
    const auto name = layerstore::layerName(layerName);
    if (!name)
        return name.error();
    if (version < 1)
        return Ok{};
    const bool existed = layerstore::get(m_workspace->root(), name.value(), version).ok();
    if (existed) {
        // The functions using it keep working from their merged folder: make sure it exists.
        const QString arn = layerVersionArn(name.value(), version);
        auto ensure = [&](const FunctionConfig &config) {
            if (config.layers.contains(arn))
                layerstore::merged(m_workspace->root(), m_workspace->stateDir(), config.layers);
        };
        for (const InvokeTarget &t : std::as_const(m_functions))
            ensure(t.config);
        for (const auto &versions : std::as_const(m_versions))
            for (const VersionEntry &v : versions)
                ensure(v.target.config);
    }
    if (auto s = layerstore::remove(m_workspace->root(), name.value(), version); !s)
        return s;
    if (existed)
        Q_EMIT layersChanged();
    return Ok{};
}

Result<QString> Backend::layersFolder(const QStringList &layerArns)
{
    if (!m_workspace)
        return notStarted();
    return layerstore::merged(m_workspace->root(), m_workspace->stateDir(), layerArns);
}

std::optional<Error> Backend::checkLayers(const FunctionConfig &config, const QStringList &current) const
{
    if (config.layers.isEmpty())
        return std::nullopt;
    if (!m_workspace)
        return notStarted();
    const QString field = QStringLiteral("Layers");
    if (config.layers.size() > layerstore::kMaxLayersPerFunction)
        return Error::invalid(field, QStringLiteral("Cannot reference more than %1 layers.")
                                         .arg(layerstore::kMaxLayersPerFunction));
    QSet<QString> names;
    qint64 total = config.codeSize;
    for (const QString &arn : config.layers) {
        const auto ref = layerstore::parseVersionArn(arn);
        if (!ref)
            return Error::invalid(
                field, QStringLiteral("1 validation error detected: Value '[%1]' at 'layers' failed to satisfy "
                                      "constraint: Member must satisfy constraint: [Member must satisfy regular "
                                      "expression pattern: arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:"
                                      "[a-zA-Z0-9-_]+:[0-9]+]")
                           .arg(config.layers.join(QStringLiteral(", "))));
        if (names.contains(ref->name))
            return Error::invalid(field, QStringLiteral("Two different versions of the same layer are not allowed to "
                                                        "be referenced in the same function. %1")
                                             .arg(layerArn(ref->name)));
        names.insert(ref->name);
        const auto layer = layerstore::get(m_workspace->root(), ref->name, ref->version);
        if (layer && arn.section(u':', 3, 3) == m_options.region) {
            total += layer->unzippedSize;
            continue;
        }
        // A version deleted since the function took it keeps working (AWS: the function keeps its copy).
        if (!current.contains(arn))
            return Error::invalid(field, QStringLiteral("Layer version %1 does not exist.").arg(arn));
    }
    if (total > layerstore::kMaxUnzippedBytes)
        return Error::invalid(field, QStringLiteral("Function code combined with layers exceeds the maximum allowed "
                                                    "size of %1 bytes. The actual size is %2 bytes.")
                                         .arg(layerstore::kMaxUnzippedBytes)
                                         .arg(total));
    auto merged = layerstore::merged(m_workspace->root(), m_workspace->stateDir(), config.layers);
    if (!merged) {
        Error e = merged.error();
        e.kind = Error::Kind::InvalidParameter;
        e.field = field;
        return e;
    }
    return std::nullopt;
}

void Backend::pruneLayerFolders()
{
    if (!m_workspace)
        return;
    QSet<QString> keep;
    auto use = [&](const FunctionConfig &config) {
        if (!config.layers.isEmpty())
            keep.insert(layerstore::mergedKey(config.layers));
    };
    for (const InvokeTarget &t : std::as_const(m_functions))
        use(t.config);
    for (const FunctionConfig &c : std::as_const(m_broken))
        use(c);
    for (const auto &versions : std::as_const(m_versions))
        for (const VersionEntry &v : versions)
            use(v.target.config);
    layerstore::pruneMerged(m_workspace->stateDir(), keep);
}

} // namespace lambdesk
