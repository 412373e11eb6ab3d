#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lambdesk {
class Backend;
}

namespace lambdesk::cli {

// What `lambdesk queue ...` and `lambdesk mapping ...` were given (see usage()).
struct TriggerArgs
{
    QStringList positional;         // the subcommand first
    QMap<QString, QString> options; // --name value
    QStringList flags;              // --name
};

// The options each takes, for the command line's reader.
QStringList queueValuedOptions();
QStringList mappingValuedOptions();
QStringList mappingFlags();

// queue create NAME [--visibility-timeout S] [--retention S] [--dlq NAME --max-receive N]
//       | list | send NAME BODY [--count N] | peek NAME | purge NAME | redrive NAME | delete NAME
// `backend` is started, without polling (Backend::Options::pollQueues false).
int queueCommand(Backend &backend, const TriggerArgs &args, QTextStream &out, QTextStream &err);
// mapping create --function F --queue Q [--batch-size N] [--window S] [--max-concurrency N]
//         [--report-batch-item-failures] | list | enable UUID | disable UUID | delete UUID
int mappingCommand(Backend &backend, const TriggerArgs &args, QTextStream &out, QTextStream &err);

} // namespace lambdesk::cli
