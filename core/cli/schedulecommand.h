#pragma once

#include <QString>
#include <QTextStream>

namespace lambdesk::cli {

// `lambdesk schedule create NAME --function F --expression EXPR [--disabled] [--input JSON]
// [--description TEXT]`, `schedule list` (each with its next five runs, UTC), `schedule enable
// NAME`, `schedule disable NAME`, `schedule delete NAME`. The schedules fire while the console
// or `lambdesk serve` runs.
struct ScheduleOptions
{
    QString workspace;
    QString action; // create, list, enable, disable, delete
    QString name;
    QString function;
    QString expression;
    QString input;
    QString description;
    bool disabled = false;
};

int scheduleCommand(const ScheduleOptions &options, QTextStream &out, QTextStream &err);

} // namespace lambdesk::cli
