#include "provisionedconcurrency.h"

#include <QJsonObject>

namespace lambdesk {

QJsonObject ProvisionedConcurrency::toJson() const
{
    return QJsonObject{{QStringLiteral("Qualifier"), qualifier},
                       {QStringLiteral("RequestedProvisionedConcurrentExecutions"), requested},
                       {QStringLiteral("LastModified"), lastModified}};
}

ProvisionedConcurrency ProvisionedConcurrency::fromJson(const QJsonObject &o)
{
    ProvisionedConcurrency p;
    p.qualifier = o.value(QStringLiteral("Qualifier")).toString();
    p.requested = o.value(QStringLiteral("RequestedProvisionedConcurrentExecutions")).toInt();
    p.lastModified = o.value(QStringLiteral("LastModified")).toString();
    return p;
}

} // namespace lambdesk
