#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lambdesk::cli {

// `lambdesk export NAME[:N]... | --all --out DIR [--force] [--zip-only] [--role ARN]`: the
// functions as a SAM project (template.yaml, code folders, layers) and deployment packages
// (NAME.zip) in DIR (samexport::exportProject); prints what was written and the commands that
// deploy it.
struct ExportOptions
{
    QString workspace;
    QStringList names;
    bool all = false;
    QString out;
    bool force = false;
    bool zipOnly = false;
    QString role;
};

QStringList exportValuedOptions();
QStringList exportFlags();
int exportCommand(const ExportOptions &options, QTextStream &out, QTextStream &err);

} // namespace lambdesk::cli
