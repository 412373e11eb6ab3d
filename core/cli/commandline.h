#pragma once

#include <QStringList>

class QTextStream;

namespace lambdesk::cli {

// Exit codes of the command line (README documents them).
enum ExitCode {
    Success = 0,
    FunctionError = 1, // the function ran and failed (X-Amz-Function-Error)
    BadUsage = 2,      // unknown command or option, invalid value, invalid JSON
    CannotRun = 3,     // the workspace is in use, a server cannot listen, ...
    Interrupted = 130, // a load run stopped by Ctrl+C (128 + SIGINT, as shells report it)
};

// Whether argv asks for a command rather than the GUI (create, invoke, list, serve, ...).
bool isCommand(const QStringList &args);

// Runs a command to the end. Needs a QCoreApplication; prints results on `out`, logs and
// errors on `err`.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

QString usage();

} // namespace lambdesk::cli
