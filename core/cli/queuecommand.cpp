#include "queuecommand.h"

#include "backend.h"
#include "commandline.h"

#include <QDateTime>

namespace lambdesk::cli {

namespace {

int exitOf(const Error &e)
{
    return e.kind == Error::Kind::Unavailable || e.kind == Error::Kind::Internal ? CannotRun : BadUsage;
}

int fail(QTextStream &err, const QString &command, const Error &e)
{
    err << "lambdesk " << command << ": " << e.message << '\n';
    return exitOf(e);
}

int usageError(QTextStream &err, const QString &command, const QString &what)
{
    err << "lambdesk " << command << ": " << what << "\n\n" << usage();
    return BadUsage;
}

// A whole number option; nullopt (and the message) when it is not one.
std::optional<int> number(const TriggerArgs &a, const QString &name, QTextStream &err, const QString &command)
{
    bool ok = false;
    const int v = a.options.value(name).toInt(&ok);
    if (!ok) {
        err << "lambdesk " << command << ": --" << name << " must be a whole number; got '" << a.options.value(name)
            << "'\n";
        return std::nullopt;
    }
    return v;
}

bool needs(const TriggerArgs &a, int count, QTextStream &err, const QString &command, const QString &what)
{
    if (a.positional.size() == count + 1)
        return true;
    usageError(err, command, what);
    return false;
}

QString time(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

} // namespace

QStringList queueValuedOptions()
{
    return {QStringLiteral("visibility-timeout"), QStringLiteral("retention"), QStringLiteral("dlq"),
            QStringLiteral("max-receive"), QStringLiteral("count"), QStringLiteral("delay")};
}

QStringList mappingValuedOptions()
{
    return {QStringLiteral("function"), QStringLiteral("queue"), QStringLiteral("batch-size"),
            QStringLiteral("window"), QStringLiteral("max-concurrency")};
}

QStringList mappingFlags()
{
    return {QStringLiteral("report-batch-item-failures"), QStringLiteral("disabled")};
}

int queueCommand(Backend &backend, const TriggerArgs &a, QTextStream &out, QTextStream &err)
{
    const QString sub = a.positional.value(0);
    const QString command = QStringLiteral("queue ") + sub;
    if (sub == u"create") {
        if (!needs(a, 1, err, command, QStringLiteral("give the queue's name")))
            return BadUsage;
        QueueAttributes attrs;
        if (a.options.contains(QStringLiteral("visibility-timeout"))) {
            auto v = number(a, QStringLiteral("visibility-timeout"), err, command);
            if (!v)
                return BadUsage;
            attrs.visibilityTimeout = *v;
        }
        if (a.options.contains(QStringLiteral("retention"))) {
            auto v = number(a, QStringLiteral("retention"), err, command);
            if (!v)
                return BadUsage;
            attrs.messageRetentionPeriod = *v;
        }
        const bool dlq = a.options.contains(QStringLiteral("dlq"));
        const bool max = a.options.contains(QStringLiteral("max-receive"));
        if (dlq != max)
            return usageError(err, command, QStringLiteral("--dlq and --max-receive go together"));
        if (dlq) {
            auto v = number(a, QStringLiteral("max-receive"), err, command);
            if (!v)
                return BadUsage;
            attrs.maxReceiveCount = *v;
            const QString target = a.options.value(QStringLiteral("dlq"));
            attrs.deadLetterTargetArn = target.startsWith(QLatin1String("arn:")) ? target : backend.queueArn(target);
        }
        const auto r = backend.createQueue(a.positional.at(1), attrs);
        if (!r)
            return fail(err, command, r.error());
        out << r->arn << '\n';
        return Success;
    }
    if (sub == u"list") {
        const auto queues = backend.listQueues();
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(QStringLiteral("NAME"), -24)
                   .arg(QStringLiteral("VISIBLE"), 8)
                   .arg(QStringLiteral("IN FLIGHT"), 9)
                   .arg(QStringLiteral("DELAYED"), 8)
                   .arg(QStringLiteral("VISIBILITY"), 10)
                   .arg(QStringLiteral("DEAD-LETTER QUEUE"));
        for (const QueueInfo &q : queues) {
            const QString dlq = q.attributes.hasRedrive()
                ? QStringLiteral("%1 (after %2 receives)")
                      .arg(QueueStore::nameFromArn(q.attributes.deadLetterTargetArn))
                      .arg(q.attributes.maxReceiveCount)
                : QStringLiteral("-");
            out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(q.name, -24)
                       .arg(q.visible, 8)
                       .arg(q.inFlight, 9)
                       .arg(q.delayed, 8)
                       .arg(QStringLiteral("%1 s").arg(q.attributes.visibilityTimeout), 10)
                       .arg(dlq);
        }
        return Success;
    }
    if (sub == u"send") {
        if (!needs(a, 2, err, command, QStringLiteral("give the queue's name and the message body")))
            return BadUsage;
        int count = 1;
        if (a.options.contains(QStringLiteral("count"))) {
            auto v = number(a, QStringLiteral("count"), err, command);
            if (!v)
                return BadUsage;
            if (*v < 1)
                return usageError(err, command, QStringLiteral("--count must be at least 1"));
            count = *v;
        }
        int delay = 0;
        if (a.options.contains(QStringLiteral("delay"))) {
            auto v = number(a, QStringLiteral("delay"), err, command);
            if (!v)
                return BadUsage;
            delay = *v;
        }
        const QByteArray body = a.positional.at(2).toUtf8();
        for (int i = 0; i < count; ++i) {
            const auto r = backend.sendQueueMessage(a.positional.at(1), body, delay);
            if (!r)
                return fail(err, command, r.error());
            // Printed once on disk: each id printed is a message accepted.
            out << r->messageId << '\n';
            out.flush();
        }
        return Success;
    }
    if (sub == u"peek") {
        if (!needs(a, 1, err, command, QStringLiteral("give the queue's name")))
            return BadUsage;
        const auto r = backend.peekQueue(a.positional.at(1), 1000);
        if (!r)
            return fail(err, command, r.error());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QueueMessage &m : r.value()) {
            const QString state = m.visibleAtMs <= now ? QStringLiteral("visible")
                : m.receiveCount > 0                   ? QStringLiteral("in-flight")
                                                       : QStringLiteral("delayed");
            out << m.messageId << "  " << QStringLiteral("receives=%1").arg(m.receiveCount) << "  " << state << "  "
                << time(m.sentMs) << "  " << m.body << '\n';
        }
        return Success;
    }
    if (sub == u"purge" || sub == u"redrive") {
        if (!needs(a, 1, err, command, QStringLiteral("give the queue's name")))
            return BadUsage;
        const auto r = sub == u"purge" ? backend.purgeQueue(a.positional.at(1)) : backend.redriveQueue(a.positional.at(1));
        if (!r)
            return fail(err, command, r.error());
        out << (sub == u"purge" ? "purged " : "moved back ") << r.value() << " message(s)\n";
        return Success;
    }
    if (sub == u"delete") {
        if (!needs(a, 1, err, command, QStringLiteral("give the queue's name")))
            return BadUsage;
        const auto r = backend.deleteQueue(a.positional.at(1));
        if (!r)
            return fail(err, command, r.error());
        return Success;
    }
    return usageError(err, QStringLiteral("queue"),
                      sub.isEmpty() ? QStringLiteral("give a subcommand: create, list, send, peek, purge, redrive, delete")
                                    : QStringLiteral("'%1' is not a queue subcommand").arg(sub));
}

int mappingCommand(Backend &backend, const TriggerArgs &a, QTextStream &out, QTextStream &err)
{
    const QString sub = a.positional.value(0);
    const QString command = QStringLiteral("mapping ") + sub;
    const auto print = [&](const EventSourceMapping &m) {
        out << QStringLiteral("%1  %2  %3  batch=%4  window=%5s  concurrency=%6%7  %8\n")
                   .arg(m.uuid, m.function + (m.qualifier.isEmpty() ? QString() : u':' + m.qualifier), m.queue)
                   .arg(m.batchSize)
                   .arg(m.batchingWindowS)
                   .arg(m.concurrency())
                   .arg(m.reportBatchItemFailures ? QStringLiteral("  ReportBatchItemFailures") : QString())
                   .arg(m.enabled ? QStringLiteral("Enabled") : QStringLiteral("Disabled"));
    };
    if (sub == u"create") {
        if (a.positional.size() != 1)
            return usageError(err, command, QStringLiteral("unexpected argument '%1'").arg(a.positional.value(1)));
        if (!a.options.contains(QStringLiteral("function")) || !a.options.contains(QStringLiteral("queue")))
            return usageError(err, command, QStringLiteral("give --function F and --queue Q"));
        MappingChange c;
        c.function = a.options.value(QStringLiteral("function"));
        const QString queue = a.options.value(QStringLiteral("queue"));
        c.eventSourceArn = queue.startsWith(QLatin1String("arn:")) ? queue : backend.queueArn(queue);
        const std::pair<const char *, std::optional<int> *> ints[] = {
            {"batch-size", &c.batchSize}, {"window", &c.batchingWindowS}, {"max-concurrency", &c.maximumConcurrency}};
        for (const auto &[name, target] : ints) {
            const QString key = QString::fromLatin1(name);
            if (!a.options.contains(key))
                continue;
            auto v = number(a, key, err, command);
            if (!v)
                return BadUsage;
            *target = *v;
        }
        if (a.flags.contains(QStringLiteral("report-batch-item-failures")))
            c.functionResponseTypes = QStringList{QStringLiteral("ReportBatchItemFailures")};
        if (a.flags.contains(QStringLiteral("disabled")))
            c.enabled = false;
        const auto r = backend.createEventSourceMapping(c);
        if (!r)
            return fail(err, command, r.error());
        out << r->uuid << '\n';
        return Success;
    }
    if (sub == u"list") {
        for (const EventSourceMapping &m : backend.listEventSourceMappings(a.options.value(QStringLiteral("function")),
                                                                           a.options.value(QStringLiteral("queue"))))
            print(m);
        return Success;
    }
    if (sub == u"enable" || sub == u"disable") {
        if (!needs(a, 1, err, command, QStringLiteral("give the mapping's UUID")))
            return BadUsage;
        MappingChange c;
        c.enabled = sub == u"enable";
        const auto r = backend.updateEventSourceMapping(a.positional.at(1), c);
        if (!r)
            return fail(err, command, r.error());
        print(r.value());
        return Success;
    }
    if (sub == u"delete") {
        if (!needs(a, 1, err, command, QStringLiteral("give the mapping's UUID")))
            return BadUsage;
        const auto r = backend.deleteEventSourceMapping(a.positional.at(1));
        if (!r)
            return fail(err, command, r.error());
        return Success;
    }
    return usageError(err, QStringLiteral("mapping"),
                      sub.isEmpty() ? QStringLiteral("give a subcommand: create, list, enable, disable, delete")
                                    : QStringLiteral("'%1' is not a mapping subcommand").arg(sub));
}

} // namespace lambdesk::cli
