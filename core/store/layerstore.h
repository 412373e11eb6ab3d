#pragma once

#include "model/error.h"
#include "model/layer.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

// The published layer versions of a workspace:
//   <root>/layers/NAME/next.json          {"NextVersion": N}: numbers are never reused (AWS)
//   <root>/layers/NAME/VERSION/layer.json the LayerVersion (AWS's field names)
//   <root>/layers/NAME/VERSION/layer.zip  the zip as published (Content.Location, CodeSha256)
//   <root>/layers/NAME/VERSION/content/   the unzipped files (what /opt gets)
// and the merged /opt folders of the functions, a cache keyed by the ordered list of layer
// version ARNs (<stateDir>/layers-merged/<hash>/), built once and shared.
// Publishing is split in two: stage() (the blocking work: zip, checks, extraction; any thread)
// and install() (the number and the rename; the owner's thread), so numbers never race.
namespace lambdesk::layerstore {

// AWS's limits.
inline constexpr int kMaxLayersPerFunction = 5;
inline constexpr qint64 kMaxZippedBytes = 52428800;            // 50 MB
inline constexpr qint64 kMaxUnzippedBytes = 262144000;         // 250 MB, code and layers together
inline constexpr int kMaxNameLength = 140;
inline constexpr int kMaxDescriptionLength = 256;
inline constexpr int kMaxLicenseLength = 512;
inline constexpr int kMaxCompatibleRuntimes = 15;

// The runtime identifiers AWS accepts in CompatibleRuntimes.
const QStringList &knownRuntimes();

// The name a LayerName parameter gives (a name, or a layer ARN arn:aws:lambda:R:A:layer:NAME),
// or the InvalidParameter error AWS gives for it.
Result<QString> layerName(const QString &nameOrArn);
// Parses a layer version ARN (...:layer:NAME:VERSION); nothing when it is not one.
struct VersionRef
{
    QString name;
    int version = 0;
};
std::optional<VersionRef> parseVersionArn(const QString &arn);

// Everything PublishLayerVersion checks on the request but the content.
std::optional<Error> validate(const LayerPublish &request);

QString layersDir(const QString &workspaceRoot);
QString versionDir(const QString &workspaceRoot, const QString &name, int version);
QString contentDir(const QString &workspaceRoot, const QString &name, int version);
QString zipFile(const QString &workspaceRoot, const QString &name, int version);

// A version unpacked and checked in a staging folder, waiting for its number.
struct Staged
{
    QString dir; // holds content/ and layer.zip
    LayerVersion layer; // without name-independent fields: version is 0 until install()
};
// Validates the request, zips the folder (LayerPublish::folder) or takes the zip, checks the
// sizes and extracts it into a new folder under stagingDir. Any thread.
Result<Staged> stage(const LayerPublish &request, const QString &stagingDir,
                     const std::atomic<bool> *cancel = nullptr);
// Gives the staged version the next number of its name and moves it into place (layer.json
// written atomically before the rename). On an error the staged folder is removed.
Result<LayerVersion> install(const QString &workspaceRoot, const Staged &staged);
// stage() then install(), for the CLI and tests.
Result<LayerVersion> publish(const QString &workspaceRoot, const LayerPublish &request, const QString &stagingDir);

// Newest first; NotFound when the layer has no version.
Result<QList<LayerVersion>> versions(const QString &workspaceRoot, const QString &name);
// The newest version of each layer, by name.
Result<QList<LayerVersion>> latest(const QString &workspaceRoot);
Result<LayerVersion> get(const QString &workspaceRoot, const QString &name, int version);
// Removes the version (nothing to do when it does not exist, as AWS). Its number stays used.
Status remove(const QString &workspaceRoot, const QString &name, int version);

// ---- merged /opt folders ----
QString mergedRoot(const QString &stateDir);
// The cache key of an ordered list of layer version ARNs.
QString mergedKey(const QStringList &arns);
// The merged folder of these layers (later ones over earlier ones), built when missing
// (hardlinks where possible, else copies; built in a temporary folder and renamed). Empty for
// no layers. NotFound when a layer is missing and the folder was never built.
Result<QString> merged(const QString &workspaceRoot, const QString &stateDir, const QStringList &arns);
// Removes the merged folders whose key is not in `keep`.
void pruneMerged(const QString &stateDir, const QSet<QString> &keep);

} // namespace lambdesk::layerstore
