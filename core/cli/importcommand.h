#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lambdesk::cli {

// `lambdesk import template.yaml [--parameter-overrides K=V ...] [--dry-run]`: reads a SAM
// template (io/samtemplate.h) and imports its functions (Backend::importSamProject), printing
// what was created or updated and each thing that could not be honoured, with why.
struct ImportOptions
{
    QString workspace;
    QString templatePath;
    QStringList overrides; // K=V
    bool dryRun = false;
};

int importCommand(const ImportOptions &options, QTextStream &out, QTextStream &err);

} // namespace lambdesk::cli
