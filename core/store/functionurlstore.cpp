#include "functionurlstore.h"

#include "store/jsonfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace lambdesk::functionurlstore {

QString fileOf(const QString &functionDir)
{
    return functionDir + QStringLiteral("/function-urls.json");
}

Result<QList<FunctionUrlConfig>> read(const QString &functionDir, const QString &function)
{
    QList<FunctionUrlConfig> out;
    const QString path = fileOf(functionDir);
    const auto object = jsonfile::readObject(path);
    if (!object)
        return object.error();
    if (!object.value())
        return out;
    const QJsonArray list = object.value()->value(QStringLiteral("FunctionUrls")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        Result<FunctionUrlConfig> c = functionurl::fromStoredJson(list.at(i).toObject());
        if (!c) {
            Error e = c.error();
            e.kind = Error::Kind::Internal;
            e.message = QStringLiteral("%1: entry %2: %3").arg(QDir::toNativeSeparators(path)).arg(i + 1).arg(e.message);
            return e;
        }
        FunctionUrlConfig config = std::move(c).value();
        config.functionName = function;
        out.append(std::move(config));
    }
    return out;
}

Status write(const QString &functionDir, const QList<FunctionUrlConfig> &urls)
{
    if (urls.isEmpty())
        return jsonfile::remove(fileOf(functionDir));
    QJsonArray list;
    for (FunctionUrlConfig c : urls) {
        c.functionName.clear(); // the folder names the function (a rename keeps the file right)
        list.append(functionurl::toStoredJson(c));
    }
    return jsonfile::writeObject(fileOf(functionDir), QJsonObject{{QStringLiteral("FunctionUrls"), list}});
}

} // namespace lambdesk::functionurlstore
