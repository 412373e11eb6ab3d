// Asynchronous invocation configuration (EventInvokeConfig), destinations and the dead-letter
// target: the Backend's part of issue 13 part 3.
#include "backend.h"

#include "api/functionref.h"
#include "invoke/asyncrecord.h"
#include "model/destination.h"
#include "store/eventinvokeconfigstore.h"
#include "store/workspace.h"

#include <QDateTime>

#include <algorithm>

namespace lambdesk {

namespace {

const QString kLatest = QStringLiteral("$LATEST");

QString normalized(const QString &qualifier)
{
    return qualifier.isEmpty() ? kLatest : qualifier;
}

// $LATEST, then versions by number, then aliases by name: the order of the lists.
bool listedBefore(const QString &a, const QString &b)
{
    const auto rank = [](const QString &q) {
        bool number = false;
        const int n = q.toInt(&number);
        return q == u"$LATEST" ? std::pair{0, 0} : number ? std::pair{1, n} : std::pair{2, 0};
    };
    const auto ra = rank(a), rb = rank(b);
    return ra != rb ? ra < rb : a < b;
}

} // namespace

void Backend::connectAsyncDestinations()
{
    qRegisterMetaType<AsyncQueue::Conclusion>();
    qRegisterMetaType<EventInvokeConfig>();
    AsyncQueue &queue = m_invoker->queue();
    // Each event's limits come from the configuration of the qualifier it was invoked with.
    queue.setPolicy([this](const AsyncQueue::Event &e) {
        AsyncQueue::Policy policy;
        const auto function = m_eventInvokeConfigs.constFind(e.function);
        if (function == m_eventInvokeConfigs.cend())
            return policy;
        const auto config = function->constFind(normalized(e.qualifier));
        if (config == function->cend())
            return policy;
        policy.maxRetries = config->maximumRetryAttempts;
        if (config->maximumEventAgeInSeconds)
            policy.maxEventAgeMs = qint64(*config->maximumEventAgeInSeconds) * 1000;
        return policy;
    });
    // The last attempt that ran is what the invocation record reports.
    connect(m_invoker, &Invoker::finished, this, [this](const InvocationResult &r) {
        if (r.source != InvocationSource::EventQueue || !r.ran())
            return;
        InvocationResult kept = r;
        kept.logs.clear();
        m_lastAsyncAttempts.insert(r.requestId, std::move(kept));
    });
    connect(&queue, &AsyncQueue::concluded, this, &Backend::asyncConcluded);
    // A version or an alias that is deleted takes its configuration with it, as on AWS.
    const auto prune = [this](const QString &function) {
        const auto it = m_eventInvokeConfigs.constFind(function);
        if (it == m_eventInvokeConfigs.cend() || !m_workspace)
            return;
        QMap<QString, EventInvokeConfig> kept;
        for (auto c = it->cbegin(); c != it->cend(); ++c) {
            bool number = false;
            const int n = c.key().toInt(&number);
            const bool exists = c.key() == kLatest ? true
                : number                          ? m_versions.value(function).contains(n)
                                                  : m_aliases.value(function).contains(c.key());
            if (exists)
                kept.insert(c.key(), c.value());
        }
        if (kept.size() == it->size())
            return;
        if (auto s = eventinvokeconfigstore::write(m_workspace->functionDir(function), kept.values()); !s) {
            qWarning("Cannot write the asynchronous invocation configuration of %s: %s", qPrintable(function),
                     qPrintable(s.error().message));
            return;
        }
        if (kept.isEmpty())
            m_eventInvokeConfigs.remove(function);
        else
            m_eventInvokeConfigs.insert(function, kept);
        Q_EMIT eventInvokeConfigChanged(function);
    };
    connect(this, &Backend::versionsChanged, this, prune);
    connect(this, &Backend::aliasesChanged, this, prune);
}

void Backend::loadEventInvokeConfigs(const QString &name)
{
    auto configs = eventinvokeconfigstore::read(m_workspace->functionDir(name));
    if (!configs) {
        qWarning("The asynchronous invocation configuration of %s cannot be read: %s", qPrintable(name),
                 qPrintable(configs.error().message));
        return;
    }
    QMap<QString, EventInvokeConfig> byQualifier;
    for (const EventInvokeConfig &c : configs.value())
        byQualifier.insert(normalized(c.qualifier), c);
    if (!byQualifier.isEmpty())
        m_eventInvokeConfigs.insert(name, byQualifier);
}

std::optional<Error> Backend::checkDestination(const QString &field, const QString &arn,
                                               const QString &function) const
{
    const auto target = destination::parse(field, arn);
    if (!target)
        return target.error();
    if (target->kind == destination::Target::Kind::Queue) {
        if (!m_queueSink.isSet())
            return Error::invalid(field, QStringLiteral("%1 names the queue %2, but this Lambdesk has no local queues; "
                                                        "name a function instead")
                                             .arg(field, target->name));
        if (!m_queueSink.exists(target->name))
            return Error::invalid(
                field, QStringLiteral("%1 names the queue %2, which does not exist; create it first").arg(field, target->name));
        return std::nullopt;
    }
    if (target->name == function)
        return Error::invalid(field, QStringLiteral("%1: you can't specify the function %2 as a destination for itself")
                                         .arg(field, function));
    if (m_broken.contains(target->name))
        return Error::invalid(field, QStringLiteral("%1 names the function %2, which cannot run (its configuration is "
                                                    "broken)")
                                         .arg(field, target->name));
    if (!m_functions.contains(target->name))
        return Error::invalid(
            field, QStringLiteral("%1 names the function %2, which does not exist").arg(field, target->name));
    if (!target->qualifier.isEmpty()) {
        Error error = notFound(target->name);
        if (!resolve(target->name, target->qualifier, &error))
            return Error::invalid(field, QStringLiteral("%1 names %2, which does not exist (%3)")
                                             .arg(field, destination::describe(arn), error.message));
    }
    return std::nullopt;
}

QStringList Backend::destinationTargets() const
{
    QStringList out;
    for (const FunctionConfig &f : listFunctions())
        if (!f.isBroken())
            out << destination::functionArn(region(), f.name);
    if (m_queueSink.isSet() && m_queueSink.list) {
        QStringList queues = m_queueSink.list();
        queues.sort();
        for (const QString &q : std::as_const(queues))
            out << destination::queueArn(region(), q);
    }
    return out;
}

Result<EventInvokeConfig> Backend::putEventInvokeConfig(const QString &function, const QString &qualifier,
                                                        const EventInvokeConfigPatch &patch)
{
    return storeEventInvokeConfig(function, qualifier, patch, true);
}

Result<EventInvokeConfig> Backend::updateEventInvokeConfig(const QString &function, const QString &qualifier,
                                                           const EventInvokeConfigPatch &patch)
{
    return storeEventInvokeConfig(function, qualifier, patch, false);
}

Result<EventInvokeConfig> Backend::storeEventInvokeConfig(const QString &function, const QString &qualifier,
                                                          const EventInvokeConfigPatch &patch, bool replace)
{
    if (!m_workspace)
        return Error{Error::Kind::Unavailable, QStringLiteral("The backend is not started"), {}};
    if (m_broken.contains(function))
        return Error::conflict(QStringLiteral("%1 cannot be configured while its configuration is broken. %2")
                                   .arg(function, repairHint()));
    if (!m_functions.contains(function))
        return notFound(function);
    const QString q = normalized(qualifier);
    Error missing = notFound(function);
    if (!resolve(function, q, &missing))
        return missing;
    if (auto e = validation::eventInvokeLimits(patch))
        return *e;
    if (patch.onSuccess && !patch.onSuccess->isEmpty())
        if (auto e = checkDestination(QStringLiteral("DestinationConfig.OnSuccess.Destination"), *patch.onSuccess,
                                      function))
            return *e;
    if (patch.onFailure && !patch.onFailure->isEmpty())
        if (auto e = checkDestination(QStringLiteral("DestinationConfig.OnFailure.Destination"), *patch.onFailure,
                                      function))
            return *e;
    QMap<QString, EventInvokeConfig> configs = m_eventInvokeConfigs.value(function);
    const auto existing = configs.constFind(q);
    if (!replace && existing == configs.cend())
        return Error::notFound(QStringLiteral("The function %1 doesn't have an EventInvokeConfig")
                                   .arg(q == kLatest ? functionArn(function) : functionArn(function) + u':' + q));
    EventInvokeConfig base;
    if (!replace)
        base = *existing;
    base.qualifier = q;
    EventInvokeConfig next = patch.appliedTo(base);
    next.lastModifiedMs = QDateTime::currentMSecsSinceEpoch();
    configs.insert(q, next);
    // On disk first: nothing acknowledged is lost, and a failed write changes nothing.
    if (auto s = eventinvokeconfigstore::write(m_workspace->functionDir(function), configs.values()); !s)
        return s.error();
    m_eventInvokeConfigs.insert(function, configs);
    Q_EMIT eventInvokeConfigChanged(function);
    return next;
}

Result<EventInvokeConfig> Backend::getEventInvokeConfig(const QString &function, const QString &qualifier) const
{
    if (!m_functions.contains(function) && !m_broken.contains(function))
        return notFound(function);
    const QString q = normalized(qualifier);
    const auto configs = m_eventInvokeConfigs.constFind(function);
    if (configs != m_eventInvokeConfigs.cend()) {
        if (const auto c = configs->constFind(q); c != configs->cend())
            return *c;
    }
    Error missing = notFound(function);
    if (!m_broken.contains(function) && !resolve(function, q, &missing))
        return missing;
    return Error::notFound(QStringLiteral("The function %1 doesn't have an EventInvokeConfig")
                               .arg(q == kLatest ? functionArn(function) : functionArn(function) + u':' + q));
}

Status Backend::deleteEventInvokeConfig(const QString &function, const QString &qualifier)
{
    const auto current = getEventInvokeConfig(function, qualifier);
    if (!current)
        return current.error();
    QMap<QString, EventInvokeConfig> configs = m_eventInvokeConfigs.value(function);
    configs.remove(normalized(qualifier));
    if (auto s = eventinvokeconfigstore::write(m_workspace->functionDir(function), configs.values()); !s)
        return s.error();
    if (configs.isEmpty())
        m_eventInvokeConfigs.remove(function);
    else
        m_eventInvokeConfigs.insert(function, configs);
    Q_EMIT eventInvokeConfigChanged(function);
    return Ok{};
}

Result<QList<EventInvokeConfig>> Backend::listEventInvokeConfigs(const QString &function) const
{
    if (!m_functions.contains(function) && !m_broken.contains(function))
        return notFound(function);
    QList<EventInvokeConfig> out = m_eventInvokeConfigs.value(function).values();
    std::sort(out.begin(), out.end(), [](const EventInvokeConfig &a, const EventInvokeConfig &b) {
        return listedBefore(a.qualifier, b.qualifier);
    });
    return out;
}

void Backend::asyncConcluded(const AsyncQueue::Conclusion &c)
{
    const InvocationResult last = m_lastAsyncAttempts.take(c.event.requestId);
    if (c.ending == AsyncQueue::Ending::Discarded)
        return; // it could not run at all (its function is gone, Lambdesk stopped): nobody to tell
    const QString &function = c.event.function;
    const QString qualifier = normalized(c.event.qualifier);
    EventInvokeConfig config;
    if (const auto configs = m_eventInvokeConfigs.constFind(function); configs != m_eventInvokeConfigs.cend())
        config = configs->value(qualifier);
    const bool succeeded = c.ending == AsyncQueue::Ending::Succeeded;
    const QString destination = succeeded ? config.onSuccess : config.onFailure;
    if (!destination.isEmpty()) {
        asyncrecord::Input in;
        in.requestId = c.event.requestId;
        in.functionArn = functionArn(function) + u':' + qualifier;
        in.condition = succeeded ? asyncrecord::Condition::Success
            : c.ending == AsyncQueue::Ending::RetriesExhausted ? asyncrecord::Condition::RetriesExhausted
                                                               : asyncrecord::Condition::EventAgeExceeded;
        in.approximateInvokeCount = c.attempts;
        in.requestPayload = c.event.payload;
        in.hasResponse = !last.requestId.isEmpty();
        in.executedVersion = last.executedVersion;
        in.functionError = last.functionError;
        in.responsePayload = last.payload;
        in.timestampMs = QDateTime::currentMSecsSinceEpoch();
        deliverAsync(function, c.event.requestId, succeeded ? QStringLiteral("OnSuccess") : QStringLiteral("OnFailure"),
                     destination, asyncrecord::build(in));
    }
    if (succeeded)
        return;
    // The dead-letter target is part of the configuration of the version that ran.
    QString deadLetter;
    if (const auto it = m_functions.constFind(function); it != m_functions.cend())
        deadLetter = it->config.deadLetterTarget;
    if (bool number = false; !last.executedVersion.isEmpty() && last.executedVersion.toInt(&number) > 0 && number) {
        if (const auto versions = m_versions.constFind(function); versions != m_versions.cend())
            if (const auto v = versions->constFind(last.executedVersion.toInt()); v != versions->cend())
                deadLetter = v->info.config.deadLetterTarget;
    }
    if (!deadLetter.isEmpty())
        deliverAsync(function, c.event.requestId, QStringLiteral("DeadLetter"), deadLetter, c.event.payload);
}

void Backend::deliverAsync(const QString &function, const QString &requestId, const QString &kind, const QString &arn,
                           const QByteArray &body)
{
    const auto report = [this, function, requestId, kind, arn](const QString &error) {
        const QString where = kind == u"DeadLetter"
            ? QStringLiteral("the event went to the dead-letter target %1").arg(destination::describe(arn))
            : QStringLiteral("the invocation record went to the %1 destination %2").arg(kind, destination::describe(arn));
        addPlatformNote(function, requestId,
                        error.isEmpty() ? QStringLiteral("Async event %1: %2").arg(requestId, where)
                                        : QStringLiteral("Async event %1: could not deliver to %2 %3: %4")
                                              .arg(requestId, kind, destination::describe(arn), error));
        Q_EMIT asyncDelivered(function, requestId, kind, arn, error);
    };
    const auto target = destination::parse(kind, arn);
    if (!target) {
        report(target.error().message);
        return;
    }
    if (target->kind == destination::Target::Kind::Queue) {
        if (!m_queueSink.isSet()) {
            report(QStringLiteral("this Lambdesk has no local queues"));
            return;
        }
        const Status sent = m_queueSink.send(target->name, body);
        report(sent ? QString() : sent.error().message);
        return;
    }
    // A function receives it as an Event invocation of its own (on the one channel, retried
    // by the Event queue like any other).
    InvokeRequest request{target->name,
                          target->qualifier,
                          body,
                          InvocationType::Event,
                          {},
                          {},
                          InvocationSource::EventQueue};
    invoke(std::move(request),
           [report](Result<InvocationResult> r) { report(r ? QString() : r.error().message); });
}

} // namespace lambdesk
