#include "provisionedstore.h"

#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
    QFile f(fileOf(functionDir));
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        return Error::internal(QStringLiteral("%1 is not valid JSON: %2").arg(f.fileName(), error.errorString()));
    for (const QJsonValue &v : doc.object().value(kKey).toArray()) {
        const ProvisionedConcurrency p = ProvisionedConcurrency::fromJson(v.toObject());
        if (p.qualifier.isEmpty() || p.requested < 1)
            return Error::internal(
                QStringLiteral("%1 holds a configuration without a Qualifier or with "
                               "RequestedProvisionedConcurrentExecutions below 1")
                    .arg(f.fileName()));
        out.append(p);
    }
    return out;
}

Status write(const QString &functionDir, const QList<ProvisionedConcurrency> &configs)
{
    if (configs.isEmpty()) {
        QFile f(fileOf(functionDir));
        if (f.exists() && !f.remove())
            return Error::internal(QStringLiteral("Cannot remove %1: %2").arg(f.fileName(), f.errorString()));
        return Ok{};
    }
    QJsonArray list;
    for (const ProvisionedConcurrency &p : configs)
        list.append(p.toJson());
    return Workspace::writeFileAtomically(fileOf(functionDir),
                                          QJsonDocument(QJsonObject{{kKey, list}}).toJson(QJsonDocument::Indented));
}

} // namespace lambdesk::provisionedstore
