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

// Where an invocation stands, or how it ended. Stored and shown by name (statusName()).
enum class InvocationStatus {
    Running,   // started, not ended yet
    Succeeded, // the handler returned a response
    Failed,    // a function error: the handler threw, init failed, the runtime crashed or was killed
    TimedOut,  // stopped at its deadline (Sandbox.Timedout)
    Queued,    // Event: accepted (AWS's 202); the Event queue runs it later
    DryRun,    // validated only, nothing ran
    Throttled, // refused: no execution environment could take it
};

// Who started an invocation.
// Queue: an event source mapping of a local queue; Schedule: a schedule's run; Load: a load run
// (invoke/loadrunner.h), from the console's Run load or `invoke --concurrency`.
enum class InvocationSource { Console, Cli, Api, EventQueue, Queue, Schedule, Load, FunctionUrl };

// "success", "error", "timeout", ... (the form stored in the database and printed in logs).
QString statusName(InvocationStatus status);
// Unknown names read back as Failed.
InvocationStatus statusFromName(QStringView name);
QString sourceName(InvocationSource source); // "console", "cli", "api", "event-queue", "sqs", "schedule", "load", "function-url"
InvocationSource sourceFromName(QStringView name); // unknown: Console

// What the Backend announces when an invocation starts; its end is an InvocationResult with the
// same request id. An Event invocation starts once per attempt, always under the same request id.
struct InvocationStart
{
    QString requestId;
    QString function;
    QString qualifier; // as asked: $LATEST, a version or an alias
    InvocationSource source = InvocationSource::Console;
    int attempt = 1; // the Event queue's attempt (1, then retries)
    qint64 startedAtMs = 0;
    bool debugged = false; // runs under the debugger (Backend::debugInvoke)
};

// What an invocation produced, as the Lambda console shows it.
struct InvocationResult
{
    QString requestId;
    QString functionName;
    QString executedVersion; // $LATEST or a version number
    QString qualifier;     // as asked: $LATEST (also when none), a version, or an alias (which picked executedVersion)
    QByteArray payload;    // the response, or the error document
    QString functionError; // empty, or "Unhandled" (AWS's X-Amz-Function-Error)
    QString errorType;     // errorType of the error document, for display and metrics
    InvocationStatus status = InvocationStatus::Running;
    InvocationSource source = InvocationSource::Console;
    int attempt = 1;
    double durationMs = 0;
    qint64 billedMs = 0;
    int memorySizeMb = 0;
    int maxMemoryUsedMb = 0;
    // How long the CPU quota held the environment back during Duration (at most Duration), and
    // in how many scheduler periods; only where a cgroup CPU quota applies and tells it.
    std::optional<double> cpuThrottledMs;
    int cpuThrottledPeriods = 0;
    std::optional<double> initDurationMs; // cold starts only
    qint64 startedAtMs = 0;               // epoch ms
    QString logStream;
    QList<LogLine> logs;   // this invocation's lines, init output through REPORT
    qint64 overheadNs = 0; // time spent in Lambdesk's own code on this invocation
    // The handler streamed its response (responsestream.h): `payload` holds what it streamed
    // (its first 6 MB, for display), the caller's sink got all of it as it came.
    bool streamed = false;
    // It ran under the debugger: how long the debugger held it (not counted in durationMs, nor
    // by its timeout). The REPORT line says so.
    bool debugged = false;
    double debugStoppedMs = 0;

    bool isError() const { return !functionError.isEmpty(); }
    bool coldStart() const { return initDurationMs.has_value(); }
    // It ran (succeeded, failed or timed out), as opposed to queued, validated or refused.
    bool ran() const
    {
        return status == InvocationStatus::Succeeded || status == InvocationStatus::Failed
            || status == InvocationStatus::TimedOut;
    }
    // The log as text, one line each; `maxBytes` keeps the tail (AWS's LogResult is 4 KB).
    QByteArray logText(qsizetype maxBytes = -1) const;
};

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::InvocationResult)
Q_DECLARE_METATYPE(lambdesk::LogLine)
Q_DECLARE_METATYPE(lambdesk::InvocationStart)
Q_DECLARE_METATYPE(lambdesk::InvocationStatus)
Q_DECLARE_METATYPE(lambdesk::InvocationSource)
