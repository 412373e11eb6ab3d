#include "eventinvokeconfigstore.h"

#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lambdesk::eventinvokeconfigstore {

QString fileOf(const QString &functionDir)
{
    return functionDir + QStringLiteral("/event-invoke-config.json");
}

Result<QList<EventInvokeConfig>> read(const QString &functionDir)
{
    QList<EventInvokeConfig> out;
    QFile f(fileOf(functionDir));
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        return Error::internal(QStringLiteral("%1 is not valid JSON: %2").arg(f.fileName(), error.errorString()));
    for (const QJsonValue &v : doc.object().value(QStringLiteral("EventInvokeConfigs")).toArray())
        out.append(EventInvokeConfig::fromJson(v.toObject()));
    return out;
}

Status write(const QString &functionDir, const QList<EventInvokeConfig> &configs)
{
    QJsonArray list;
    for (const EventInvokeConfig &c : configs)
        list.append(c.toJson());
    return Workspace::writeFileAtomically(
        fileOf(functionDir),
        QJsonDocument(QJsonObject{{QStringLiteral("EventInvokeConfigs"), list}}).toJson(QJsonDocument::Indented));
}

} // namespace lambdesk::eventinvokeconfigstore
