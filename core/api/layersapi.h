#pragma once

#include "apierror.h"
#include "httpmessage.h"
#include "model/layer.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The layer operations of the Lambda API (2018-10-31), as pure functions:
//   POST   /2018-10-31/layers/{LayerName}/versions          PublishLayerVersion (Content.ZipFile)
//   GET    /2018-10-31/layers/{LayerName}/versions          ListLayerVersions
//   GET    /2018-10-31/layers/{LayerName}/versions/{N}      GetLayerVersion
//   DELETE /2018-10-31/layers/{LayerName}/versions/{N}      DeleteLayerVersion
//   GET    /2018-10-31/layers                               ListLayers
//   GET    /2018-10-31/layers?find=LayerVersion&Arn=ARN     GetLayerVersionByArn
// LambdaApiServer hands such requests here before the 2015-03-31 parser.
namespace lambdesk::api::layers {

enum class Kind { Publish, ListVersions, Get, Delete, List, GetByArn };

struct Request
{
    Kind kind = Kind::List;
    QString layerName; // as given in the path (a name or a layer ARN)
    int version = 0;
    LayerPublish publish;           // Publish
    QString compatibleRuntime;      // List, ListVersions: filter
    QString compatibleArchitecture; // List, ListVersions: filter
    QString startAt;                // decoded Marker: the first layer name / version number of the page
    int maxItems = 50;
};

bool isRequest(const HttpRequest &request);
ApiResult<Request> parse(const HttpRequest &request);
QString operationName(Kind kind);

// GetLayerVersion / PublishLayerVersion: Content{Location, CodeSha256, CodeSize}, LayerArn,
// LayerVersionArn, Description, CreatedDate, Version, CompatibleRuntimes, LicenseInfo,
// CompatibleArchitectures (the lists and LicenseInfo only when set, as AWS).
QJsonObject versionJson(const LayerVersion &layer, const QString &layerArn, const QString &location);
// The items of ListLayerVersions and ListLayers' LatestMatchingVersion (no Content, no LayerArn).
QJsonObject versionItemJson(const LayerVersion &layer, const QString &layerArn);
// Whether the version matches a list's filters.
bool matches(const LayerVersion &layer, const Request &request);
// One page of ListLayerVersions (newest first) / ListLayers ({LayerName, LayerArn, LatestMatchingVersion}).
QJsonObject listVersionsJson(const QList<LayerVersion> &newestFirst, const Request &request,
                             const std::function<QString(const QString &)> &layerArn);
QJsonObject listLayersJson(const QList<LayerVersion> &latestByName, const Request &request,
                           const std::function<QString(const QString &)> &layerArn);

// The Layers of a FunctionConfiguration: [{"Arn", "CodeSize"}], sizes from the lookup set by
// the server that answers (its Backend's layers); 0 for a version that is gone.
using LayerSizeLookup = std::function<qint64(const QString &layerVersionArn)>;
void setLayerSizeLookup(const void *owner, LayerSizeLookup lookup);
void clearLayerSizeLookup(const void *owner);
qint64 layerCodeSize(const QString &layerVersionArn);

} // namespace lambdesk::api::layers
