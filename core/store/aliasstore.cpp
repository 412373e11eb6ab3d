#include "aliasstore.h"

#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lambdesk::aliasstore {

QString fileOf(const QString &functionDir)
{
    return functionDir + QStringLiteral("/aliases.json");
}

Result<QList<FunctionAlias>> read(const QString &functionDir)
{
    QList<FunctionAlias> out;
    QFile f(fileOf(functionDir));
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        return Error::internal(QStringLiteral("%1 is not valid JSON: %2").arg(f.fileName(), error.errorString()));
    for (const QJsonValue &v : doc.object().value(QStringLiteral("Aliases")).toArray())
        out.append(FunctionAlias::fromJson(v.toObject()));
    return out;
}

Status write(const QString &functionDir, const QList<FunctionAlias> &aliases)
{
    QJsonArray list;
    for (const FunctionAlias &a : aliases)
        list.append(a.toJson());
    return Workspace::writeFileAtomically(
        fileOf(functionDir),
        QJsonDocument(QJsonObject{{QStringLiteral("Aliases"), list}}).toJson(QJsonDocument::Indented));
}

} // namespace lambdesk::aliasstore
