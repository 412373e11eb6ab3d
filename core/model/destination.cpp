#include "destination.h"

#include "validation.h"

#include <QRegularExpression>

namespace lambdesk::destination {

namespace {

const QString kAccount = QStringLiteral("000000000000");

Error invalid(const QString &field, const QString &arn, const QString &why)
{
    return Error::invalid(field, QStringLiteral("%1 '%2' is not valid: %3").arg(field, arn, why));
}

} // namespace

Result<Target> parse(const QString &field, const QString &arn)
{
    static const QRegularExpression shape(
        QStringLiteral("^arn:(aws[a-zA-Z-]*):([a-z0-9-]+):([a-z]{2}(-gov)?-[a-z]+-\\d):(\\d{12}):(.+)$"));
    const QRegularExpressionMatch m = shape.match(arn);
    const QString forms = QStringLiteral(
        "use a function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]) or a queue ARN "
        "(arn:aws:sqs:REGION:ACCOUNT:QUEUE)");
    if (!m.hasMatch())
        return invalid(field, arn, forms);
    const QString service = m.captured(2);
    const QString rest = m.captured(6);
    Target t;
    if (service == u"lambda") {
        const QStringList parts = rest.split(u':');
        if (parts.size() < 2 || parts.size() > 3 || parts[0] != u"function")
            return invalid(field, arn, forms);
        t.kind = Target::Kind::Function;
        t.name = parts[1];
        if (auto e = validation::functionName(t.name))
            return invalid(field, arn, e->message);
        if (parts.size() == 3) {
            static const QRegularExpression qualifier(QStringLiteral("^[A-Za-z0-9$_-]{1,128}$"));
            if (!qualifier.match(parts[2]).hasMatch())
                return invalid(field, arn,
                               QStringLiteral("the qualifier must be $LATEST, a version number or an alias name"));
            t.qualifier = parts[2];
        }
        return t;
    }
    if (service == u"sqs") {
        static const QRegularExpression queue(QStringLiteral("^[A-Za-z0-9_-]{1,80}$"));
        if (!queue.match(rest).hasMatch())
            return invalid(field, arn,
                           QStringLiteral("a queue name is 1 to 80 letters, digits, hyphens or underscores"));
        t.kind = Target::Kind::Queue;
        t.name = rest;
        return t;
    }
    return invalid(field, arn,
                   QStringLiteral("Lambdesk delivers to functions and local queues only (%1 is not available "
                                  "locally); %2")
                       .arg(service, forms));
}

QString functionArn(const QString &region, const QString &name, const QString &qualifier)
{
    QString arn = QStringLiteral("arn:aws:lambda:%1:%2:function:%3").arg(region, kAccount, name);
    if (!qualifier.isEmpty())
        arn += u':' + qualifier;
    return arn;
}

QString queueArn(const QString &region, const QString &queue)
{
    return QStringLiteral("arn:aws:sqs:%1:%2:%3").arg(region, kAccount, queue);
}

QString describe(const QString &arn)
{
    const auto t = parse(QStringLiteral("Destination"), arn);
    if (!t)
        return arn;
    if (t->kind == Target::Kind::Queue)
        return QStringLiteral("queue %1").arg(t->name);
    return t->qualifier.isEmpty() ? QStringLiteral("function %1").arg(t->name)
                                  : QStringLiteral("function %1:%2").arg(t->name, t->qualifier);
}

} // namespace lambdesk::destination
