#include "concurrencystore.h"

#include "store/workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace lambdesk::concurrencystore {

namespace {
const QString kField = QStringLiteral("ReservedConcurrentExecutions");
}

QString fileOf(const QString &functionDir)
{
    return functionDir + QStringLiteral("/concurrency.json");
}

Result<std::optional<int>> read(const QString &functionDir)
{
    QFile f(fileOf(functionDir));
    if (!f.exists())
        return std::optional<int>();
    if (!f.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        return Error::internal(QStringLiteral("%1 is not valid JSON: %2").arg(f.fileName(), error.errorString()));
    const QJsonValue v = doc.object().value(kField);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 1e9 || d != double(qint64(d)))
        return Error::internal(QStringLiteral("%1: %2 must be a whole number of 0 or more").arg(f.fileName(), kField));
    return std::optional<int>(int(d));
}

Status write(const QString &functionDir, std::optional<int> reserved)
{
    const QString path = fileOf(functionDir);
    if (!reserved) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error::internal(QStringLiteral("Cannot remove %1").arg(path));
        return Ok{};
    }
    return Workspace::writeFileAtomically(
        path, QJsonDocument(QJsonObject{{kField, *reserved}}).toJson(QJsonDocument::Indented));
}

} // namespace lambdesk::concurrencystore
