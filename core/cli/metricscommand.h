#pragma once

#include <QString>
#include <QTextStream>

#include <optional>

namespace lambdesk::cli {

// `lambdesk metrics NAME[:QUALIFIER] [--since 1h] [--json]`: the Monitor tab's figures for the
// last `since` (per minute up to 3 hours, per 5 minutes up to a day, per hour beyond), the
// totals first, then one line per period that had anything. A qualifier that is $LATEST or a
// number filters by the version that ran, any other by the alias invoked.
struct MetricsOptions
{
    QString workspace;
    QString target; // NAME or NAME:QUALIFIER
    QString since = QStringLiteral("1h");
    bool json = false;
};

int metricsCommand(const MetricsOptions &options, QTextStream &out, QTextStream &err);

// "90s", "10m", "1h", "2d" (a whole number and a unit) in ms; nothing when it is not one.
std::optional<qint64> parseSince(const QString &text);

} // namespace lambdesk::cli
