#include "jsonfile.h"

#include "store/workspace.h"

#include <QFile>
#include <QJsonDocument>

namespace lambdesk::jsonfile {

Result<std::optional<QJsonObject>> readObject(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return std::optional<QJsonObject>();
    if (!f.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("Cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        return Error::internal(QStringLiteral("%1 is not valid JSON: %2")
                                   .arg(path, doc.isNull() ? error.errorString() : QStringLiteral("not an object")));
    return std::optional<QJsonObject>(doc.object());
}

Status writeObject(const QString &path, const QJsonObject &object)
{
    return Workspace::writeFileAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

Status remove(const QString &path)
{
    QFile f(path);
    if (f.exists() && !f.remove())
        return Error::internal(QStringLiteral("Cannot remove %1: %2").arg(path, f.errorString()));
    return Ok{};
}

} // namespace lambdesk::jsonfile
