#pragma once

#include "model/error.h"
#include "model/provisionedconcurrency.h"

#include <QList>

// The provisioned concurrency configurations of one function, in
// <functionDir>/provisioned-concurrency.json ({"ProvisionedConcurrencyConfigs":[...]}), written
// atomically. Beside aliases.json: they name versions and aliases, which are not in the history.
namespace lambdesk::provisionedstore {

QString fileOf(const QString &functionDir);
// None when the file does not exist; an error naming the file when it cannot be read.
Result<QList<ProvisionedConcurrency>> read(const QString &functionDir);
// No configuration left: the file goes.
Status write(const QString &functionDir, const QList<ProvisionedConcurrency> &configs);

} // namespace lambdesk::provisionedstore
