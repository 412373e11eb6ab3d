#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QString>

namespace lambdesk::ziparchive {

// AWS's limits for a deployment package.
inline constexpr qint64 kMaxUnzippedBytes = 262144000; // 250 MB
inline constexpr qint64 kMaxZippedBytes = 52428800;    // 50 MB, direct upload

// Extracts a zip held in memory into dest (which must exist), keeping Unix permissions
// (an executable bootstrap stays executable). Refuses entries that would land outside dest,
// archives over the limits, and anything that is not a readable zip.
Status extract(const QByteArray &zip, const QString &dest, qint64 maxUnzipped = kMaxUnzippedBytes);

// A zip of every file under dir (paths relative to dir, permissions kept).
Result<QByteArray> create(const QString &dir);

} // namespace lambdesk::ziparchive
