#pragma once

#include "logformat.h"
#include "model/loggingconfig.h"

#include <QString>

#include <optional>

namespace lambdesk {

// The platform's side of a function's LoggingConfig: the lines Lambda writes itself (INIT_START,
// START, END, REPORT ...) in the function's format, and which lines pass the levels.
//
// Text: AWS's text lines, nothing filtered. JSON: AWS's system log records
// {"time","type":"platform.start","record":{...}} with their members in AWS's order, each at the
// level AWS maps it to (platform.runtimeDone and platform.initRuntimeDone DEBUG, the rest INFO;
// a successful init's platform.initReport DEBUG, as text has no INIT_REPORT for it), dropped
// below SystemLogLevel; application lines below ApplicationLogLevel are dropped too, a line
// without a level counting as INFO.
class PlatformLog
{
public:
    explicit PlatformLog(const LoggingConfig &config = {});

    bool isJson() const { return m_json; }
    // JSON records' initializationType: "on-demand" (default) or "provisioned-concurrency".
    void setInitializationType(const QString &type) { m_initializationType = type; }

    // Each returns the line to write, or nothing when the system log level drops it.
    std::optional<QString> initStart(qint64 epochMs, const QString &runtimeVersion, const QString &functionName,
                                     const QString &functionVersion, const QString &region = {}) const;
    std::optional<QString> start(qint64 epochMs, const QString &requestId, const QString &version) const;
    // Text: END RequestId; JSON: platform.runtimeDone. `status` is "success", "error" or "timeout".
    std::optional<QString> end(qint64 epochMs, const QString &requestId, const QString &status,
                               const QString &errorType, double durationMs, qint64 producedBytes) const;
    std::optional<QString> report(qint64 epochMs, const logformat::Report &r) const;
    // `status` "success" (nothing with Text), "error" or "timeout".
    std::optional<QString> initReport(qint64 epochMs, double initMs, const QString &status,
                                      const QString &errorType) const;
    // JSON only (text has no such line): the runtime's init ended, "success" or "error".
    std::optional<QString> initRuntimeDone(qint64 epochMs, const QString &status, const QString &errorType) const;

    // Whether an application line (what the function printed) is kept.
    bool keepsApplicationLine(QStringView line) const;
    // The level of an application line as Lambda reads it: the "level" of a JSON object
    // (case-insensitive; anything else, or none, is INFO).
    static int applicationLevel(QStringView line);

    // JSON's status words for an invocation's end: success, error, timeout.
    static QString statusWord(bool succeeded, bool timedOut);

private:
    bool systemPasses(int rank) const { return loglevel::passes(rank, m_systemRank); }

    bool m_json = false;
    QString m_initializationType = QStringLiteral("on-demand");
    int m_applicationRank = -1; // -1: no filter
    int m_systemRank = -1;
};

} // namespace lambdesk
