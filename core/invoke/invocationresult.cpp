#include "invocationresult.h"

namespace lambdesk {

namespace {
struct StatusName
{
    InvocationStatus status;
    const char16_t *name;
};
constexpr StatusName kStatusNames[] = {
    {InvocationStatus::Running, u"running"},     {InvocationStatus::Succeeded, u"success"},
    {InvocationStatus::Failed, u"error"},        {InvocationStatus::TimedOut, u"timeout"},
    {InvocationStatus::Queued, u"queued"},       {InvocationStatus::DryRun, u"dryrun"},
    {InvocationStatus::Throttled, u"throttled"},
};
struct SourceName
{
    InvocationSource source;
    const char16_t *name;
};
constexpr SourceName kSourceNames[] = {
    {InvocationSource::Console, u"console"},
    {InvocationSource::Cli, u"cli"},
    {InvocationSource::Api, u"api"},
    {InvocationSource::EventQueue, u"event-queue"},
    {InvocationSource::Queue, u"sqs"}, // an event source mapping of a local queue
    {InvocationSource::Schedule, u"schedule"},
    {InvocationSource::Load, u"load"},
    {InvocationSource::FunctionUrl, u"function-url"},
};
} // namespace

QString statusName(InvocationStatus status)
{
    for (const StatusName &s : kStatusNames) {
        if (s.status == status)
            return QString::fromUtf16(s.name);
    }
    return QStringLiteral("error");
}

InvocationStatus statusFromName(QStringView name)
{
    for (const StatusName &s : kStatusNames) {
        if (name == QStringView(s.name))
            return s.status;
    }
    return InvocationStatus::Failed;
}

QString sourceName(InvocationSource source)
{
    for (const SourceName &s : kSourceNames) {
        if (s.source == source)
            return QString::fromUtf16(s.name);
    }
    return QStringLiteral("console");
}

InvocationSource sourceFromName(QStringView name)
{
    for (const SourceName &s : kSourceNames) {
        if (name == QStringView(s.name))
            return s.source;
    }
    return InvocationSource::Console;
}

QByteArray InvocationResult::logText(qsizetype maxBytes) const
{
    QByteArray out;
    for (const LogLine &line : logs) {
        out += line.text.toUtf8();
        out += '\n';
    }
    if (maxBytes >= 0 && out.size() > maxBytes)
        out = out.right(maxBytes);
    return out;
}

} // namespace lambdesk
