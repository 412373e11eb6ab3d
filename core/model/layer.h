#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lambdesk {

// One published version of a layer, as AWS's GetLayerVersion describes it. Immutable once
// published: its files live in the workspace's layers/NAME/VERSION/ folder.
struct LayerVersion
{
    QString layerName;
    int version = 0;
    QString description;
    QStringList compatibleRuntimes;      // e.g. python3.11, nodejs20.x; empty: any
    QStringList compatibleArchitectures; // x86_64, arm64; empty: any
    QString licenseInfo;
    QString createdDate; // AWS format: 2026-11-22T10:04:05.123+0000
    QString codeSha256;  // base64 SHA-256 of the zip, as Content.CodeSha256
    qint64 codeSize = 0; // bytes of the zip, as Content.CodeSize
    qint64 unzippedSize = 0;

    bool operator==(const LayerVersion &) const = default;
};

// What PublishLayerVersion (or the console's Layers page) is asked to publish.
struct LayerPublish
{
    QString layerName;
    QString description;
    QStringList compatibleRuntimes;
    QStringList compatibleArchitectures;
    QString licenseInfo;
    QByteArray zip;  // the content as a zip, or
    QString folder;  // a folder to package (the console's "from a folder")
};

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::LayerVersion)
