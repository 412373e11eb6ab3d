#include "aliasstore.h"

#include "store/jsonfile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lambdesk::aliasstore {

QString fileOf(const QString &functionDir)
{
    return functionDir + QStringLiteral("/aliases.json");
}

Result<QList<FunctionAlias>> read(const QString &functionDir)
{
    QList<FunctionAlias> out;
    const auto object = jsonfile::readObject(fileOf(functionDir));
    if (!object)
        return object.error();
    if (!object.value())
        return out;
    for (const QJsonValue &v : object.value()->value(QStringLiteral("Aliases")).toArray())
        out.append(FunctionAlias::fromJson(v.toObject()));
    return out;
}

Status write(const QString &functionDir, const QList<FunctionAlias> &aliases)
{
    QJsonArray list;
    for (const FunctionAlias &a : aliases)
        list.append(a.toJson());
    return jsonfile::writeObject(fileOf(functionDir), QJsonObject{{QStringLiteral("Aliases"), list}});
}

} // namespace lambdesk::aliasstore
