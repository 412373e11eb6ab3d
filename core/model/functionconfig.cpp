#include "functionconfig.h"

#include <QDateTime>
#include <QJsonObject>

namespace lambdesk {

QJsonObject FunctionConfig::toJson() const
{
    QJsonObject env;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    QJsonObject o{
        {QStringLiteral("FunctionName"), name},
        {QStringLiteral("Runtime"), runtime},
        {QStringLiteral("Handler"), handler},
        {QStringLiteral("Description"), description},
        {QStringLiteral("MemorySize"), memorySize},
        {QStringLiteral("Timeout"), timeout},
        {QStringLiteral("EphemeralStorage"), QJsonObject{{QStringLiteral("Size"), ephemeralStorage}}},
        {QStringLiteral("Environment"), QJsonObject{{QStringLiteral("Variables"), env}}},
        {QStringLiteral("LastModified"), lastModified},
        {QStringLiteral("CodeSha256"), codeSha256},
        {QStringLiteral("CodeSize"), codeSize},
    };
    if (!role.isEmpty())
        o.insert(QStringLiteral("Role"), role);
    return o;
}

FunctionConfig FunctionConfig::fromJson(const QJsonObject &o)
{
    FunctionConfig c;
    c.name = o.value(QStringLiteral("FunctionName")).toString();
    c.runtime = o.value(QStringLiteral("Runtime")).toString();
    c.handler = o.value(QStringLiteral("Handler")).toString();
    c.description = o.value(QStringLiteral("Description")).toString();
    c.role = o.value(QStringLiteral("Role")).toString();
    c.memorySize = o.value(QStringLiteral("MemorySize")).toInt(c.memorySize);
    c.timeout = o.value(QStringLiteral("Timeout")).toInt(c.timeout);
    c.ephemeralStorage =
        o.value(QStringLiteral("EphemeralStorage")).toObject().value(QStringLiteral("Size")).toInt(c.ephemeralStorage);
    const QJsonObject vars =
        o.value(QStringLiteral("Environment")).toObject().value(QStringLiteral("Variables")).toObject();
    for (auto it = vars.begin(); it != vars.end(); ++it)
        c.environment.insert(it.key(), it.value().toString());
    c.lastModified = o.value(QStringLiteral("LastModified")).toString();
    c.codeSha256 = o.value(QStringLiteral("CodeSha256")).toString();
    c.codeSize = o.value(QStringLiteral("CodeSize")).toInteger();
    return c;
}

QString awsTimestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000"));
}

} // namespace lambdesk
