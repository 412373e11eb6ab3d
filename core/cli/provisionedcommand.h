#pragma once

#include <QString>
#include <QTextStream>

namespace lambdesk::cli {

// `lambdesk provisioned NAME [--qualifier Q [--count N | --delete]]`: without flags, the
// function's provisioned concurrency configurations; with --qualifier, that one's; with
// --count, puts it and waits until its environments are initialised (READY) or one fails
// (FAILED, exit 1); with --delete, removes it.
struct ProvisionedOptions
{
    QString workspace;
    QString function;
    QString qualifier;
    QString count; // as given: checked here
    bool remove = false;
};

int provisionedCommand(const ProvisionedOptions &options, QTextStream &out, QTextStream &err);

} // namespace lambdesk::cli
