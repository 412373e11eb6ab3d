#include "results/resulttext.h"

#include "common/invocationcontroller.h"
#include "learn/glossary.h"
#include "results/resultpanel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lambdesk::resulttext {

// "Version 2 (alias live)", "$LATEST": the version that ran, and the alias that picked it.
QString versionFigure(const InvocationResult &r)
{
    QString text = r.executedVersion == QLatin1String("$LATEST") ? r.executedVersion
                                                                 : ResultPanel::tr("Version %1").arg(r.executedVersion);
    if (!r.qualifier.isEmpty() && r.qualifier != r.executedVersion && r.qualifier != QLatin1String("$LATEST"))
        text += ResultPanel::tr(" (alias %1)").arg(r.qualifier);
    return text;
}

// How long the CPU quota (memory/1769 of a vCPU) held the invocation back, as the cgroup told.
QString cpuThrottledText(const InvocationResult &r)
{
    if (!r.cpuThrottledMs)
        return ResultPanel::tr("not measured (no CPU quota)");
    if (*r.cpuThrottledMs <= 0 && r.cpuThrottledPeriods <= 0)
        return ResultPanel::tr("none");
    const QString time = formatDuration(*r.cpuThrottledMs);
    return r.cpuThrottledPeriods == 1 ? ResultPanel::tr("%1 in 1 period").arg(time)
                                      : ResultPanel::tr("%1 in %2 periods").arg(time).arg(r.cpuThrottledPeriods);
}
// What each " · " part of the figures line explains (hover cards), in the order showResult
// writes them: the version (nothing to explain) when said first, then Duration, Billed, Max memory.
QStringList figureTerms(const InvocationResult &r, bool versionFirst)
{
    QStringList keys;
    if (versionFirst)
        keys << QString();
    keys << QStringLiteral("report.duration") << QStringLiteral("report.billedDuration")
         << QStringLiteral("report.maxMemoryUsed");
    if (r.cpuThrottledMs && (*r.cpuThrottledMs > 0 || r.cpuThrottledPeriods > 0))
        keys << QStringLiteral("config.cpuShare");
    if (r.initDurationMs)
        keys << QStringLiteral("report.initDuration");
    return keys;
}

// The glossary key of the error type a result shows (Runtime.*, Sandbox.*, ...), if it has one.
QString errorTerm(const InvocationResult &r)
{
    if (!r.isError() && r.status != InvocationStatus::Throttled)
        return {};
    const QString type = r.errorType.isEmpty()
        ? QJsonDocument::fromJson(r.payload).object().value(QLatin1String("errorType")).toString()
        : r.errorType;
    const glossary::Term *term = glossary::forErrorType(type);
    return term ? term->key : QString();
}

QString sourceFigure(const InvocationResult &r)
{
    return ResultPanel::tr("started by %1").arg(sourceLabel(r.source, r.attempt));
}

QString outcomeWord(const InvocationResult &r)
{
    switch (r.status) {
    case InvocationStatus::Queued: return ResultPanel::tr("Accepted");
    case InvocationStatus::DryRun: return ResultPanel::tr("Validated");
    case InvocationStatus::TimedOut: return ResultPanel::tr("Timed out");
    case InvocationStatus::Throttled: return ResultPanel::tr("Throttled");
    case InvocationStatus::Running: return ResultPanel::tr("Running");
    case InvocationStatus::Succeeded:
    case InvocationStatus::Failed: break;
    }
    return r.isError() ? ResultPanel::tr("Failed") : ResultPanel::tr("Succeeded");
}

} // namespace lambdesk::resulttext
