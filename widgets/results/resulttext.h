#pragma once

// The texts the results panel shows about an invocation: its figures, its outcome, and the
// glossary terms its parts explain (ResultPanel's translation context).

#include "invoke/invocationresult.h"

#include <QString>
#include <QStringList>

namespace lambdesk::resulttext {

// "Version 2 (alias live)", "$LATEST": the version that ran, and the alias that picked it.
QString versionFigure(const InvocationResult &r);

// How long the CPU quota held the invocation back ("none", "not measured (no CPU quota)").
QString cpuThrottledText(const InvocationResult &r);

// The glossary key each " · " part of the figures line explains, in the order the panel writes
// them; an empty key for the version when it comes first.
QStringList figureTerms(const InvocationResult &r, bool versionFirst);

// The glossary key of the error type a result shows (Runtime.*, Sandbox.*, ...), if it has one.
QString errorTerm(const InvocationResult &r);

// "started by the AWS CLI", "started by a retry (attempt 2)", ...
QString sourceFigure(const InvocationResult &r);

// "Succeeded", "Failed", "Timed out", "Throttled", "Accepted", ...
QString outcomeWord(const InvocationResult &r);

} // namespace lambdesk::resulttext
