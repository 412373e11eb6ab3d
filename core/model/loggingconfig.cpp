#include "loggingconfig.h"

#include <QJsonObject>

namespace lambdesk {

const QStringList &LoggingConfig::formats()
{
    static const QStringList v{QStringLiteral("Text"), QStringLiteral("JSON")};
    return v;
}

const QStringList &LoggingConfig::applicationLevels()
{
    static const QStringList v{QStringLiteral("TRACE"), QStringLiteral("DEBUG"), QStringLiteral("INFO"),
                               QStringLiteral("WARN"),  QStringLiteral("ERROR"), QStringLiteral("FATAL")};
    return v;
}

const QStringList &LoggingConfig::systemLevels()
{
    static const QStringList v{QStringLiteral("DEBUG"), QStringLiteral("INFO"), QStringLiteral("WARN")};
    return v;
}

QString LoggingConfig::effectiveApplicationLogLevel() const
{
    if (!isJson())
        return {};
    return applicationLogLevel.isEmpty() ? QStringLiteral("INFO") : applicationLogLevel;
}

QString LoggingConfig::effectiveSystemLogLevel() const
{
    if (!isJson())
        return {};
    return systemLogLevel.isEmpty() ? QStringLiteral("INFO") : systemLogLevel;
}

QString LoggingConfig::effectiveLogGroup(const QString &functionName) const
{
    return logGroup.isEmpty() ? QStringLiteral("/aws/lambda/") + functionName : logGroup;
}

QJsonObject LoggingConfig::toJson() const
{
    QJsonObject o{{QStringLiteral("LogFormat"), logFormat}};
    if (!applicationLogLevel.isEmpty())
        o.insert(QStringLiteral("ApplicationLogLevel"), applicationLogLevel);
    if (!systemLogLevel.isEmpty())
        o.insert(QStringLiteral("SystemLogLevel"), systemLogLevel);
    if (!logGroup.isEmpty())
        o.insert(QStringLiteral("LogGroup"), logGroup);
    return o;
}

QJsonObject LoggingConfig::toApiJson(const QString &functionName) const
{
    // AWS: {"LogFormat":"Text","LogGroup":...}, and both levels (INFO unless set) with JSON.
    QJsonObject o{{QStringLiteral("LogFormat"), logFormat},
                  {QStringLiteral("LogGroup"), effectiveLogGroup(functionName)}};
    if (isJson()) {
        o.insert(QStringLiteral("ApplicationLogLevel"), effectiveApplicationLogLevel());
        o.insert(QStringLiteral("SystemLogLevel"), effectiveSystemLogLevel());
    }
    return o;
}

LoggingConfig LoggingConfig::fromJson(const QJsonObject &o, QStringList *problems)
{
    LoggingConfig c;
    const auto read = [&](const char *key, QString &out) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (v.isString())
            out = v.toString();
        else if (problems)
            problems->append(QStringLiteral("LoggingConfig.%1 must be text").arg(QLatin1StringView(key)));
    };
    read("LogFormat", c.logFormat);
    read("ApplicationLogLevel", c.applicationLogLevel);
    read("SystemLogLevel", c.systemLogLevel);
    read("LogGroup", c.logGroup);
    return c;
}

namespace loglevel {

int rank(QStringView level)
{
    struct Name
    {
        const char *name;
        int rank;
    };
    static constexpr Name names[] = {{"TRACE", 0},   {"DEBUG", 1}, {"INFO", 2},  {"WARN", 3},
                                     {"WARNING", 3}, {"ERROR", 4}, {"FATAL", 5}, {"CRITICAL", 5}};
    for (const Name &n : names) {
        if (level.compare(QLatin1StringView(n.name), Qt::CaseInsensitive) == 0)
            return n.rank;
    }
    return -1;
}

} // namespace loglevel

} // namespace lambdesk
