#pragma once

#include "model/error.h"
#include "model/functionurl.h"

#include <QList>

// The function URLs of one function, in <functionDir>/function-urls.json ({"FunctionUrls":[...]},
// each as functionurl::toStoredJson writes it), written atomically. Beside function.json and
// aliases.json, outside the code folder: never part of the code, its CodeSha256, a version's
// snapshot or an export of the code.
namespace lambdesk::functionurlstore {

QString fileOf(const QString &functionDir);
// None when the file does not exist; an error naming the file (and the entry) when it cannot be
// read. Every entry gets `function` as its functionName.
Result<QList<FunctionUrlConfig>> read(const QString &functionDir, const QString &function);
// Removes the file when `urls` is empty.
Status write(const QString &functionDir, const QList<FunctionUrlConfig> &urls);

} // namespace lambdesk::functionurlstore
