#pragma once

#include "debug/debugtypes.h"
#include "model/error.h"

#include <QList>

#include <optional>

// The debugger's breakpoints of one function, in <functionDir>/breakpoints.json
// ({"Breakpoints":[{"File","Line","Condition","LogMessage","Enabled"}]}), written atomically.
// Outside the code folder: they are not part of the code (CodeSha256, versions).
namespace lambdesk::breakpointstore {

QString fileOf(const QString &functionDir);
// None when the file does not exist; an error naming the file when it cannot be read (the file
// is left as it is).
Result<QList<debug::Breakpoint>> read(const QString &functionDir);
// Writes them; a file that could not be read is kept beside as breakpoints.json.broken first.
Status write(const QString &functionDir, const QList<debug::Breakpoint> &breakpoints);

// Checks every breakpoint against the function's code folder and returns them normalized
// ("./app.py" -> "app.py"): a file relative to the folder and inside it ('/' separated, no
// "..", not absolute; through a symbolic link neither), a line from 1. The error names
// "Breakpoints[i].File" or "Breakpoints[i].Line".
Result<QList<debug::Breakpoint>> validate(QList<debug::Breakpoint> breakpoints, const QString &codeDir);

} // namespace lambdesk::breakpointstore
