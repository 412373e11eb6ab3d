#pragma once

#include <QString>

#include <optional>

namespace lambdesk::logformat {

// The platform lines of an invocation, exactly as AWS Lambda writes them.
QString initStart(const QString &runtimeVersion);
QString start(const QString &requestId, const QString &version);
QString end(const QString &requestId);

struct Report
{
    QString requestId;
    double durationMs = 0;
    qint64 billedMs = 0;
    int memorySizeMb = 0;
    int maxMemoryUsedMb = 0;
    std::optional<double> initDurationMs; // cold starts only
    QString status;                       // empty on success; "timeout" or "error" otherwise (AWS adds these)
    QString errorType;                    // with status "error"
    // Ran under the debugger: how long it held the invocation (Lambdesk's marker at the end:
    // "\tDebugger: stopped 1234.56 ms"; not counted in durationMs).
    std::optional<double> debuggerStoppedMs;
};
QString report(const Report &r);

// INIT_REPORT Init Duration: 52.21 ms	Phase: init	Status: error	Error Type: Runtime.ImportModuleError
QString initReport(double initMs, const QString &status, const QString &errorType);

// 2026-11-22T10:04:05.123Z
QString isoTime(qint64 epochMs);
// "<ISO time> <id> Task timed out after 1.00 seconds"
QString timedOut(qint64 epochMs, const QString &requestId, int timeoutSeconds);
// How Lambda describes a runtime's end: "exit status 1", "signal: killed".
QString exitDescription(int exitStatus, int signal);

// Lambdesk's marker where output was left out of the log (AWS truncates too), with how much:
// "Lambdesk: output dropped: 120 lines (12000 bytes) <why>".
QString outputDropped(qint64 lines, qint64 bytes, const QString &why);

// Lambdesk's note where the CPU quota held an invocation back (AWS's REPORT has no such field):
// "Lambdesk: CPU throttled for 12.50 ms in 3 periods (128 MB gets 7.2% of a vCPU)".
QString cpuThrottled(double ms, qint64 periods, int memorySizeMb);

// Billed duration in whole milliseconds, rounded up as AWS bills (1 ms granularity).
qint64 billedMs(double durationMs);

} // namespace lambdesk::logformat
