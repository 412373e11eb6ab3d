#pragma once

#include <QString>
#include <QStringList>

class QJsonObject;

namespace lambdesk {

// A function's LoggingConfig, as AWS names and shapes it. Empty fields mean AWS's defaults:
// the levels are INFO when the format is JSON (and absent with Text), the log group is
// /aws/lambda/NAME. Validation lives in validation.h.
struct LoggingConfig
{
    QString logFormat = QStringLiteral("Text"); // "Text" | "JSON"
    QString applicationLogLevel;                // TRACE DEBUG INFO WARN ERROR FATAL; JSON only
    QString systemLogLevel;                     // DEBUG INFO WARN; JSON only
    QString logGroup;                           // empty: /aws/lambda/NAME

    bool operator==(const LoggingConfig &) const = default;

    bool isJson() const { return logFormat == u"JSON"; }
    bool isDefault() const { return *this == LoggingConfig{}; }
    // The levels in force: empty with Text (nothing is filtered), INFO unless set with JSON.
    QString effectiveApplicationLogLevel() const;
    QString effectiveSystemLogLevel() const;
    QString effectiveLogGroup(const QString &functionName) const;

    // What is stored (only the fields that were set) and what AWS answers (every field in force).
    QJsonObject toJson() const;
    QJsonObject toApiJson(const QString &functionName) const;
    static LoggingConfig fromJson(const QJsonObject &o, QStringList *problems = nullptr);

    static const QStringList &formats();
    static const QStringList &applicationLevels(); // most detail first
    static const QStringList &systemLevels();
};

namespace loglevel {
// TRACE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, FATAL 5; -1 for anything else. Case-insensitive;
// WARNING and CRITICAL (Python's names) count as WARN and FATAL.
int rank(QStringView level);
// Whether a record at `level` passes a filter set to `minimum` (an empty minimum passes all).
inline bool passes(int levelRank, int minimumRank)
{
    return minimumRank < 0 || levelRank >= minimumRank;
}
} // namespace loglevel

} // namespace lambdesk
