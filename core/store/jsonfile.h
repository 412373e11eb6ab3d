#pragma once

#include "model/error.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// The small JSON files of the workspace (aliases, reserved and provisioned concurrency,
// asynchronous invocation configuration, schedules): one reader and one writer for all.
namespace lambdesk::jsonfile {

// The JSON object the file holds; nothing when the file does not exist. An error (naming the
// file) when it cannot be read or is not a JSON object; the file is left as it is.
Result<std::optional<QJsonObject>> readObject(const QString &path);
// Writes `object` (indented) atomically: the old file stays whole until the new one is.
Status writeObject(const QString &path, const QJsonObject &object);
// Removes the file; nothing to do when it does not exist.
Status remove(const QString &path);

} // namespace lambdesk::jsonfile
