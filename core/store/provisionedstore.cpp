#include "provisionedstore.h"

#include "store/jsonfile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lambdesk::provisionedstore {

namespace {
const QString kKey = QStringLiteral("ProvisionedConcurrencyConfigs");
}

QString fileOf(const QString &functionDir)
{
    return functionDir + QStringLiteral("/provisioned-concurrency.json");
}

Result<QList<ProvisionedConcurrency>> read(const QString &functionDir)
{
    QList<ProvisionedConcurrency> out;
    const auto object = jsonfile::readObject(fileOf(functionDir));
    if (!object)
        return object.error();
    if (!object.value())
        return out;
    for (const QJsonValue &v : object.value()->value(kKey).toArray()) {
        const ProvisionedConcurrency p = ProvisionedConcurrency::fromJson(v.toObject());
        if (p.qualifier.isEmpty() || p.requested < 1)
            return Error::internal(
                QStringLiteral("%1 holds a configuration without a Qualifier or with "
                               "RequestedProvisionedConcurrentExecutions below 1")
                    .arg(fileOf(functionDir)));
        out.append(p);
    }
    return out;
}

Status write(const QString &functionDir, const QList<ProvisionedConcurrency> &configs)
{
    if (configs.isEmpty())
        return jsonfile::remove(fileOf(functionDir));
    QJsonArray list;
    for (const ProvisionedConcurrency &p : configs)
        list.append(p.toJson());
    return jsonfile::writeObject(fileOf(functionDir), QJsonObject{{kKey, list}});
}

} // namespace lambdesk::provisionedstore
