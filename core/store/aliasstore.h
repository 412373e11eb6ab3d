#pragma once

#include "model/error.h"
#include "model/functionalias.h"

#include <QList>

// The aliases of one function, in <functionDir>/aliases.json ({"Aliases":[...]} with AWS's field
// names), written atomically. Aliases are pointers that move, so they live beside the version
// history rather than in it.
namespace lambdesk::aliasstore {

QString fileOf(const QString &functionDir);
// None when the file does not exist; an error naming the file when it cannot be read.
Result<QList<FunctionAlias>> read(const QString &functionDir);
Status write(const QString &functionDir, const QList<FunctionAlias> &aliases);

} // namespace lambdesk::aliasstore
