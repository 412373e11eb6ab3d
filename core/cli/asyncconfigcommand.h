#pragma once

#include <QString>
#include <QTextStream>

#include <optional>

namespace lambdesk::cli {

// `lambdesk async-config NAME[:QUALIFIER] [--retries N] [--max-age S] [--on-success ARN]
// [--on-failure ARN] [--dead-letter ARN] [--delete]`: shows the asynchronous invocation
// configuration of the function (and qualifier, $LATEST by default) and its dead-letter target;
// with options, changes the fields given first (an empty ARN removes a destination), keeping the
// others; --delete removes the configuration (the defaults apply again).
struct AsyncConfigOptions
{
    QString workspace;
    QString target; // NAME or NAME:QUALIFIER
    std::optional<QString> retries, maxAge, onSuccess, onFailure, deadLetter;
    bool remove = false;
};

int asyncConfigCommand(const AsyncConfigOptions &options, QTextStream &out, QTextStream &err);

} // namespace lambdesk::cli
