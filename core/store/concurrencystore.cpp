#include "concurrencystore.h"

#include "store/jsonfile.h"

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
    const auto object = jsonfile::readObject(fileOf(functionDir));
    if (!object)
        return object.error();
    if (!object.value())
        return std::optional<int>();
    const QJsonValue v = object.value()->value(kField);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 1e9 || d != double(qint64(d)))
        return Error::internal(QStringLiteral("%1: %2 must be a whole number of 0 or more").arg(fileOf(functionDir), kField));
    return std::optional<int>(int(d));
}

Status write(const QString &functionDir, std::optional<int> reserved)
{
    if (!reserved)
        return jsonfile::remove(fileOf(functionDir));
    return jsonfile::writeObject(fileOf(functionDir), QJsonObject{{kField, *reserved}});
}

} // namespace lambdesk::concurrencystore
