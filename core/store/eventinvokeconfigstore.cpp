#include "eventinvokeconfigstore.h"

#include "store/jsonfile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lambdesk::eventinvokeconfigstore {

QString fileOf(const QString &functionDir)
{
    return functionDir + QStringLiteral("/event-invoke-config.json");
}

Result<QList<EventInvokeConfig>> read(const QString &functionDir)
{
    QList<EventInvokeConfig> out;
    const auto object = jsonfile::readObject(fileOf(functionDir));
    if (!object)
        return object.error();
    if (!object.value())
        return out;
    for (const QJsonValue &v : object.value()->value(QStringLiteral("EventInvokeConfigs")).toArray())
        out.append(EventInvokeConfig::fromJson(v.toObject()));
    return out;
}

Status write(const QString &functionDir, const QList<EventInvokeConfig> &configs)
{
    QJsonArray list;
    for (const EventInvokeConfig &c : configs)
        list.append(c.toJson());
    return jsonfile::writeObject(fileOf(functionDir), QJsonObject{{QStringLiteral("EventInvokeConfigs"), list}});
}

} // namespace lambdesk::eventinvokeconfigstore
