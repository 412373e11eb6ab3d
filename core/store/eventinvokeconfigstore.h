#pragma once

#include "model/error.h"
#include "model/eventinvokeconfig.h"

#include <QList>

// The asynchronous invocation configurations of one function (one per qualifier), in
// <functionDir>/event-invoke-config.json ({"EventInvokeConfigs":[...]} with AWS's field names),
// written atomically. Like aliases, they are settings that move, so they live beside the version
// history rather than in it.
namespace lambdesk::eventinvokeconfigstore {

QString fileOf(const QString &functionDir);
// None when the file does not exist; an error naming the file when it cannot be read.
Result<QList<EventInvokeConfig>> read(const QString &functionDir);
Status write(const QString &functionDir, const QList<EventInvokeConfig> &configs);

} // namespace lambdesk::eventinvokeconfigstore
