#pragma once

#include "logs/loglevel.h"

#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace lambdesk {

// A log line that is a JSON object, read once for the log view: a one-line summary, its level,
// and its fields flattened ("record.metrics.durationMs") for folding out and for searching.
// Understands AWS's JSON records (the runtimes' {"timestamp","level","message",...} and the
// platform's {"time","type":"platform.report","record":{...}}) and any logger's, such as
// Powertools' {"level","location","message","timestamp","service",...}.
struct JsonLine
{
    QString summary;
    loglevel::Level level = loglevel::Level::None;
    bool platformRecord = false; // a platform.* record
    QString type;                // "platform.report", ...
    QList<std::pair<QString, QString>> fields;

    // Nothing when the text is not a JSON object.
    static std::shared_ptr<const JsonLine> parse(const QString &text);
    // The value of a flattened field, or a null QString.
    QString field(QStringView key) const;
};

} // namespace lambdesk
