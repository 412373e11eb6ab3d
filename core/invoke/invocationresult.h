#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace lambdesk {

// One line of a function's log stream.
struct LogLine
{
    qint64 timeMs = 0; // epoch ms when Lambdesk read it
    QString requestId; // the invocation it belongs to (empty between invocations)
    QString text;
    bool platform = false; // START / END / REPORT / INIT_* and Lambdesk's own notes
};

enum class InvocationType { RequestResponse, Event, DryRun };

// What an invocation produced, as the Lambda console shows it.
struct InvocationResult
{
    QString requestId;
    QString functionName;
    QString executedVersion; // $LATEST or a version number
    QByteArray payload;      // the response, or the error document
    QString functionError;   // empty, or "Unhandled" (AWS's X-Amz-Function-Error)
    QString errorType;       // errorType of the error document, for display and metrics
    QString status;          // "success", "error" or "timeout"
    double durationMs = 0;
    qint64 billedMs = 0;
    int memorySizeMb = 0;
    int maxMemoryUsedMb = 0;
    std::optional<double> initDurationMs; // cold starts only
    qint64 startedAtMs = 0;               // epoch ms
    QString logStream;
    QList<LogLine> logs;   // this invocation's lines, init output through REPORT
    qint64 overheadNs = 0; // time spent in Lambdesk's own code on this invocation

    bool isError() const { return !functionError.isEmpty(); }
    bool coldStart() const { return initDurationMs.has_value(); }
    // The log as text, one line each; `maxBytes` keeps the tail (AWS's LogResult is 4 KB).
    QByteArray logText(qsizetype maxBytes = -1) const;
};

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::InvocationResult)
Q_DECLARE_METATYPE(lambdesk::LogLine)
