#pragma once

#include "model/error.h"

#include <optional>

// A function's reserved concurrency, in <functionDir>/concurrency.json
// ({"ReservedConcurrentExecutions": N}, AWS's field name), written atomically. It belongs to
// the function, not to a version (as on AWS), so it lives beside the version history; no file:
// no reservation.
namespace lambdesk::concurrencystore {

QString fileOf(const QString &functionDir);
// Nothing when the function has no reservation; an error naming the file when it cannot be read.
Result<std::optional<int>> read(const QString &functionDir);
// A number writes the file; nullopt removes it.
Status write(const QString &functionDir, std::optional<int> reserved);

} // namespace lambdesk::concurrencystore
