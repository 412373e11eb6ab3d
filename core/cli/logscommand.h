#pragma once

#include <QString>
#include <QTextStream>

namespace lambdesk::cli {

// `lambdesk logs NAME[:QUALIFIER] [--follow] [--filter PATTERN] [--since 10m]`: the stored log
// lines of the function's group as `aws logs tail` prints them (time, stream, message), oldest
// first, filtered by a CloudWatch Logs filter pattern (logs/filterpattern.h). It reads the
// workspace's database without taking the workspace, so it runs beside the console or
// `lambdesk serve`; --follow then prints new lines as they are stored, until interrupted.
// A qualifier that is $LATEST or a number keeps that version's lines; an alias, those of the
// versions it points to.
struct LogsOptions
{
    QString workspace;
    QString target; // NAME or NAME:QUALIFIER
    QString since = QStringLiteral("10m");
    QString filter;
    bool follow = false;
};

int logsCommand(const LogsOptions &options, QTextStream &out, QTextStream &err);

} // namespace lambdesk::cli
