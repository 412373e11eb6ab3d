#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lambdesk {
class Backend;
}

namespace lambdesk::cli {

// `lambdesk layers`: the layers of the workspace (the newest version of each);
// `lambdesk layers versions NAME`; `lambdesk layers publish NAME --zip FILE | --dir DIR
// [--description D] [--runtimes a,b] [--architectures x86_64,arm64] [--license TEXT]`;
// `lambdesk layers delete NAME VERSION`; `lambdesk layers use FUNCTION [ARN,...]` sets the
// function's Layers (in order; nothing: none).
struct LayersOptions
{
    QStringList positional; // the action and its arguments
    QString zip;
    QString dir;
    QString description;
    QString runtimes;      // comma-separated
    QString architectures; // comma-separated
    QString license;
};

QStringList layersValuedOptions();
int layersCommand(Backend &backend, const LayersOptions &options, QTextStream &out, QTextStream &err);

} // namespace lambdesk::cli
