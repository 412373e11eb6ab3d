#include "invocationreport.h"

#include "logformat.h"
#include "platformlog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lambdesk {

qint64 InvocationReport::megabytesRoundedUp(qint64 bytes)
{
    constexpr qint64 mb = 1024 * 1024;
    return (std::max<qint64>(bytes, 0) + mb - 1) / mb;
}

int InvocationReport::maxMemoryUsedMb(qint64 peakBytes, int memorySizeMb)
{
    return int(std::min<qint64>(memorySizeMb, megabytesRoundedUp(peakBytes)));
}

QByteArray InvocationReport::errorDocument(const QString &errorType, const QString &message)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("errorMessage"), message}, {QStringLiteral("errorType"), errorType}})
        .toJson(QJsonDocument::Compact);
}

InvocationReport::RuntimeError InvocationReport::runtimeError(const QByteArray &body, const QByteArray &errorTypeHeader,
                                                              bool init)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QString errorType = doc.isObject() ? doc.object().value(QStringLiteral("errorType")).toString() : QString();
    if (errorType.isEmpty())
        errorType = QString::fromUtf8(errorTypeHeader);
    if (errorType.isEmpty())
        errorType = init ? QStringLiteral("Runtime.Unknown") : QStringLiteral("Unhandled");
    return {doc.isObject() ? body : errorDocument(errorType, QString::fromUtf8(body)), errorType};
}

QByteArray InvocationReport::errorMessage(const QByteArray &errorDocument)
{
    const QJsonDocument doc = QJsonDocument::fromJson(errorDocument);
    return doc.isObject() ? doc.object().value(QStringLiteral("errorMessage")).toString().toUtf8() : QByteArray();
}

QString InvocationReport::exitReason(int exitCode, int signal)
{
    if (exitCode == 0 && signal == 0)
        return QStringLiteral("Runtime exited without providing a reason");
    return QStringLiteral("Runtime exited with error: ") + logformat::exitDescription(exitCode, signal);
}

QString InvocationReport::storageExceededReason(qint64 usedBytes, int ephemeralMb)
{
    // Rounded up: whatever it says is more than the limit, as it is.
    return QStringLiteral("Runtime exited: /tmp held %1 MB, more than the function's %2 MB of ephemeral storage")
        .arg(megabytesRoundedUp(usedBytes))
        .arg(ephemeralMb);
}

InvocationReport::InvocationReport(const Input &in)
{
    const PlatformLog platform(in.logging);
    const qint64 endMs = in.startedAtMs + in.elapsedNs / (1000 * 1000);
    const auto add = [this](const std::optional<QString> &line) {
        if (line)
            m_lines.append(*line);
    };
    const bool delivered = in.deliveredNs >= 0;
    double durationMs =
        double((delivered ? in.elapsedNs - in.deliveredNs : in.elapsedNs) - in.debugStoppedAfterDeliveryNs) / 1e6;
    durationMs = std::max(0.0, durationMs);
    if (in.status == InvocationStatus::TimedOut && (delivered || !in.cold))
        durationMs = in.timeoutS * 1000.0; // Lambda reports the deadline, not when the kill landed

    if (!delivered) {
        // It never reached the handler: init failed, timed out, or the runtime died during init.
        if (in.cold && !in.initReported) {
            add(platform.initReport(endMs, in.initElapsedMs,
                                    in.status == InvocationStatus::TimedOut ? QStringLiteral("timeout")
                                                                            : QStringLiteral("error"),
                                    in.errorType));
            m_reportsInit = true;
        }
        add(platform.start(endMs, in.requestId, in.version));
    }
    m_lines.append(in.errorLines);

    InvocationResult &r = m_result;
    r.requestId = in.requestId;
    r.functionName = in.functionName;
    r.executedVersion = in.version;
    r.payload = in.payload;
    r.errorType = in.errorType;
    r.functionError = in.status == InvocationStatus::Succeeded ? QString() : QStringLiteral("Unhandled");
    r.status = in.status;
    r.durationMs = durationMs;
    r.memorySizeMb = in.memorySizeMb;
    r.maxMemoryUsedMb = maxMemoryUsedMb(in.peakMemoryBytes, in.memorySizeMb);
    if (in.cpuThrottledMs) {
        // Never more than the Duration: the kernel adds a throttle's whole length when it ends,
        // and counts it once per CPU that was held back.
        r.cpuThrottledMs = std::clamp(*in.cpuThrottledMs, 0.0, durationMs);
        r.cpuThrottledPeriods = int(std::max<qint64>(0, in.cpuThrottledPeriods));
        // Where the CLI and the API show it, without touching REPORT's AWS fields: a note of
        // ours before END, only when there is something to tell.
        if (r.cpuThrottledPeriods > 0 || *r.cpuThrottledMs > 0)
            m_lines.append(logformat::cpuThrottled(*r.cpuThrottledMs, r.cpuThrottledPeriods, in.memorySizeMb));
    }
    if (in.cold && in.initDurationMs)
        r.initDurationMs = in.initDurationMs;
    const double billable = durationMs + (in.billsInit && r.initDurationMs ? *r.initDurationMs : 0.0);
    r.billedMs = logformat::billedMs(billable);
    r.startedAtMs = in.startedAtMs;
    r.logStream = in.logStream;
    r.debugged = in.debugged;
    r.debugStoppedMs = in.debugged ? in.debugStoppedMs : 0.0;

    const QString status = in.status == InvocationStatus::Succeeded ? QString() : statusName(in.status);
    const QString errorType = in.status == InvocationStatus::Failed ? in.errorType : QString();
    add(platform.end(endMs, r.requestId, status.isEmpty() ? statusName(in.status) : status, errorType, durationMs,
                     in.status == InvocationStatus::Succeeded ? in.payload.size() : 0));
    add(platform.report(endMs,
                        {r.requestId, r.durationMs, r.billedMs, r.memorySizeMb, r.maxMemoryUsedMb, r.initDurationMs,
                         status, errorType,
                         in.debugged ? std::optional<double>(in.debugStoppedMs) : std::nullopt}));
}

} // namespace lambdesk
