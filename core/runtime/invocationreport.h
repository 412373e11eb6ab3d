#pragma once

#include "invoke/invocationresult.h"
#include "model/loggingconfig.h"

#include <QStringList>

#include <optional>

namespace lambdesk {

// How an invocation ended, turned into what Lambda reports: the InvocationResult and the
// platform lines that close its log ([INIT_REPORT] [START] ... END, REPORT). Pure: the
// execution environment gathers the facts, this decides durations, billing and wording.
class InvocationReport
{
public:
    struct Input
    {
        QString requestId;
        QString functionName;
        QString version;
        QString logStream;
        qint64 startedAtMs = 0; // epoch ms of invoke()
        int memorySizeMb = 128;
        int timeoutS = 3;
        bool billsInit = false; // custom runtimes: AWS bills their init too
        bool cold = false;      // this invocation started the environment

        qint64 elapsedNs = 0;                 // from invoke() until it ended
        qint64 deliveredNs = -1;              // from invoke() until the runtime got the event; -1: never
        std::optional<double> initDurationMs; // the environment's init, once it ended
        double initElapsedMs = 0;             // since the process started: for an init that never ended
        bool initReported = false;            // an INIT_REPORT line was written already
        qint64 peakMemoryBytes = 0;           // of the environment's processes
        // What the cgroup's CPU quota held back from delivery to the end (throttled time is
        // counted when a throttle ends, so it may include a wait begun just before delivery);
        // none without a cgroup CPU quota.
        std::optional<double> cpuThrottledMs;
        qint64 cpuThrottledPeriods = 0;

        InvocationStatus status = InvocationStatus::Succeeded;
        QString errorType;
        QByteArray payload;     // the response, or the error document
        QStringList errorLines; // what the platform says of the failure, after START
        LoggingConfig logging;  // Text lines, or JSON records filtered by SystemLogLevel
        // Ran under the debugger: how long it held the invocation in all (REPORT's marker,
        // InvocationResult::debugStoppedMs), and of that the part after delivery, which Duration
        // leaves out (the environment leaves init's part out of initDurationMs).
        bool debugged = false;
        double debugStoppedMs = 0;
        qint64 debugStoppedAfterDeliveryNs = 0;
    };

    explicit InvocationReport(const Input &input);

    // Everything but logs and overheadNs, which the environment knows.
    const InvocationResult &result() const { return m_result; }
    // The platform lines to write, in order.
    const QStringList &lines() const { return m_lines; }
    // Whether an INIT_REPORT is among the lines (the init ended with this invocation).
    bool reportsInit() const { return m_reportsInit; }

    // Max Memory Used in MB: the peak rounded up, never more than the memory size (a memory
    // kill stops there, and Lambda reports it so).
    static int maxMemoryUsedMb(qint64 peakBytes, int memorySizeMb);

    // The words of failures, as Lambda puts them.
    // {"errorMessage":...,"errorType":...} for a failure the platform reports.
    static QByteArray errorDocument(const QString &errorType, const QString &message);
    struct RuntimeError
    {
        QByteArray payload;
        QString errorType;
    };
    // What a runtime posted to /error or /init/error: its JSON document as it is (else one
    // around its text), typed by the document, else the Lambda-Runtime-Function-Error-Type
    // header, else Unhandled (Runtime.Unknown for init).
    static RuntimeError runtimeError(const QByteArray &body, const QByteArray &errorTypeHeader, bool init);
    // The errorMessage of an error document; empty when it has none.
    static QByteArray errorMessage(const QByteArray &errorDocument);
    // "Runtime exited with error: exit status 1", "... signal: killed", or "without providing a reason".
    static QString exitReason(int exitCode, int signal);
    // "Runtime exited: /tmp held 612 MB, more than the function's 512 MB of ephemeral storage"
    static QString storageExceededReason(qint64 usedBytes, int ephemeralMb);
    static qint64 megabytesRoundedUp(qint64 bytes);

private:
    InvocationResult m_result;
    QStringList m_lines;
    bool m_reportsInit = false;
};

} // namespace lambdesk
