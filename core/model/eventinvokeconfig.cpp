#include "eventinvokeconfig.h"

#include <QJsonObject>
#include <QStringList>

namespace lambdesk {

QJsonObject EventInvokeConfig::toJson() const
{
    QJsonObject destinations;
    if (!onSuccess.isEmpty())
        destinations.insert(QStringLiteral("OnSuccess"), QJsonObject{{QStringLiteral("Destination"), onSuccess}});
    if (!onFailure.isEmpty())
        destinations.insert(QStringLiteral("OnFailure"), QJsonObject{{QStringLiteral("Destination"), onFailure}});
    QJsonObject o{
        {QStringLiteral("Qualifier"), qualifier},
        {QStringLiteral("LastModifiedMs"), double(lastModifiedMs)},
        {QStringLiteral("DestinationConfig"), destinations},
    };
    if (maximumRetryAttempts)
        o.insert(QStringLiteral("MaximumRetryAttempts"), *maximumRetryAttempts);
    if (maximumEventAgeInSeconds)
        o.insert(QStringLiteral("MaximumEventAgeInSeconds"), *maximumEventAgeInSeconds);
    return o;
}

EventInvokeConfig EventInvokeConfig::fromJson(const QJsonObject &o)
{
    EventInvokeConfig c;
    c.qualifier = o.value(QStringLiteral("Qualifier")).toString(QStringLiteral("$LATEST"));
    c.lastModifiedMs = qint64(o.value(QStringLiteral("LastModifiedMs")).toDouble());
    if (o.value(QStringLiteral("MaximumRetryAttempts")).isDouble())
        c.maximumRetryAttempts = o.value(QStringLiteral("MaximumRetryAttempts")).toInt();
    if (o.value(QStringLiteral("MaximumEventAgeInSeconds")).isDouble())
        c.maximumEventAgeInSeconds = o.value(QStringLiteral("MaximumEventAgeInSeconds")).toInt();
    const QJsonObject d = o.value(QStringLiteral("DestinationConfig")).toObject();
    c.onSuccess = d.value(QStringLiteral("OnSuccess")).toObject().value(QStringLiteral("Destination")).toString();
    c.onFailure = d.value(QStringLiteral("OnFailure")).toObject().value(QStringLiteral("Destination")).toString();
    return c;
}

EventInvokeConfig EventInvokeConfigPatch::appliedTo(EventInvokeConfig config) const
{
    if (maximumRetryAttempts)
        config.maximumRetryAttempts = maximumRetryAttempts;
    if (maximumEventAgeInSeconds)
        config.maximumEventAgeInSeconds = maximumEventAgeInSeconds;
    if (onSuccess)
        config.onSuccess = *onSuccess;
    if (onFailure)
        config.onFailure = *onFailure;
    return config;
}

std::optional<Error> validation::eventInvokeLimits(const EventInvokeConfigPatch &patch)
{
    using C = EventInvokeConfig;
    if (patch.maximumRetryAttempts
        && (*patch.maximumRetryAttempts < C::kMinRetries || *patch.maximumRetryAttempts > C::kMaxRetries))
        return Error::invalid(QStringLiteral("MaximumRetryAttempts"),
                              QStringLiteral("MaximumRetryAttempts must be from %1 to %2; got %3")
                                  .arg(C::kMinRetries)
                                  .arg(C::kMaxRetries)
                                  .arg(*patch.maximumRetryAttempts));
    if (patch.maximumEventAgeInSeconds
        && (*patch.maximumEventAgeInSeconds < C::kMinEventAge || *patch.maximumEventAgeInSeconds > C::kMaxEventAge))
        return Error::invalid(QStringLiteral("MaximumEventAgeInSeconds"),
                              QStringLiteral("MaximumEventAgeInSeconds must be from %1 to %2 seconds (1 minute to 6 "
                                             "hours); got %3")
                                  .arg(C::kMinEventAge)
                                  .arg(C::kMaxEventAge)
                                  .arg(*patch.maximumEventAgeInSeconds));
    return std::nullopt;
}

QString formatEventAge(int seconds)
{
    const int h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60;
    QStringList parts;
    if (h)
        parts << QStringLiteral("%1 h").arg(h);
    if (m)
        parts << QStringLiteral("%1 min").arg(m);
    if (s || parts.isEmpty())
        parts << QStringLiteral("%1 s").arg(s);
    return parts.join(u' ');
}

} // namespace lambdesk
