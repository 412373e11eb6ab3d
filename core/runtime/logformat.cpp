#include "logformat.h"

#include <QDateTime>

#include <cmath>
#include <cstring>
#include <signal.h>

namespace lambdesk::logformat {

static QString ms(double v)
{
    return QString::number(v, 'f', 2);
}

QString initStart(const QString &runtimeVersion)
{
    return QStringLiteral("INIT_START Runtime Version: ") + runtimeVersion;
}

QString start(const QString &requestId, const QString &version)
{
    return QStringLiteral("START RequestId: ") + requestId + QStringLiteral(" Version: ") + version;
}

QString end(const QString &requestId)
{
    return QStringLiteral("END RequestId: ") + requestId;
}

QString report(const Report &r)
{
    QString line = QStringLiteral("REPORT RequestId: ") + r.requestId + QStringLiteral("\tDuration: ")
        + ms(r.durationMs) + QStringLiteral(" ms") + QStringLiteral("\tBilled Duration: ") + QString::number(r.billedMs)
        + QStringLiteral(" ms") + QStringLiteral("\tMemory Size: ") + QString::number(r.memorySizeMb)
        + QStringLiteral(" MB") + QStringLiteral("\tMax Memory Used: ") + QString::number(r.maxMemoryUsedMb)
        + QStringLiteral(" MB");
    if (r.initDurationMs)
        line += QStringLiteral("\tInit Duration: ") + ms(*r.initDurationMs) + QStringLiteral(" ms");
    if (!r.status.isEmpty())
        line += QStringLiteral("\tStatus: ") + r.status;
    if (!r.errorType.isEmpty())
        line += QStringLiteral("\tError Type: ") + r.errorType;
    if (r.debuggerStoppedMs)
        line += QStringLiteral("\tDebugger: stopped ") + ms(*r.debuggerStoppedMs) + QStringLiteral(" ms");
    return line;
}

QString initReport(double initMs, const QString &status, const QString &errorType)
{
    QString line = QStringLiteral("INIT_REPORT Init Duration: ") + ms(initMs)
        + QStringLiteral(" ms\tPhase: init\tStatus: ") + status;
    if (!errorType.isEmpty())
        line += QStringLiteral("\tError Type: ") + errorType;
    return line;
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString timedOut(qint64 epochMs, const QString &requestId, int timeoutSeconds)
{
    return isoTime(epochMs) + u' ' + requestId + QStringLiteral(" Task timed out after ")
        + QString::number(double(timeoutSeconds), 'f', 2) + QStringLiteral(" seconds");
}

QString exitDescription(int exitStatus, int sig)
{
    if (sig <= 0)
        return QStringLiteral("exit status %1").arg(exitStatus);
    // Lambda's runtime manager prints Go's names: lower case, as strsignal gives them.
    const char *name = strsignal(sig);
    QString text = name ? QString::fromLocal8Bit(name).toLower() : QStringLiteral("signal %1").arg(sig);
    return QStringLiteral("signal: ") + text;
}

QString outputDropped(qint64 lines, qint64 bytes, const QString &why)
{
    return QStringLiteral("Lambdesk: output dropped: %1 lines (%2 bytes) %3").arg(lines).arg(bytes).arg(why);
}

QString cpuThrottled(double throttledMs, qint64 periods, int memorySizeMb)
{
    return QStringLiteral("Lambdesk: CPU throttled for %1 ms in %2 period%3 (%4 MB gets %5% of a vCPU)")
        .arg(ms(throttledMs))
        .arg(periods)
        .arg(periods == 1 ? QString() : QStringLiteral("s"))
        .arg(memorySizeMb)
        .arg(100.0 * memorySizeMb / 1769, 0, 'f', 1);
}

qint64 billedMs(double durationMs)
{
    return std::max<qint64>(1, qint64(std::ceil(durationMs)));
}

} // namespace lambdesk::logformat
