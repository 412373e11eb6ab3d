#include "validation.h"

#include "destination.h"
#include "runtimeinfo.h"

#include <QRegularExpression>
#include <QSet>

#include <tuple>

namespace lambdesk::validation {

namespace {

Error invalid(const char *field, QString message)
{
    return Error::invalid(QString::fromLatin1(field), std::move(message));
}

QString quoted(const QString &s)
{
    return u'\'' + s + u'\'';
}

} // namespace

Check functionName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (re.match(name).hasMatch())
        return std::nullopt;
    if (name.isEmpty())
        return invalid(
            "FunctionName",
            QStringLiteral("FunctionName is required: 1 to 64 letters, digits, hyphens (-) or underscores (_)"));
    if (name.size() > kMaxNameLength)
        return invalid("FunctionName",
                       QStringLiteral("FunctionName must be at most 64 characters; got %1").arg(name.size()));
    return invalid(
        "FunctionName",
        QStringLiteral("FunctionName may only contain letters, digits, hyphens (-) and underscores (_); got %1")
            .arg(quoted(name)));
}

Check region(const QString &region)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}$"));
    if (re.match(region).hasMatch())
        return std::nullopt;
    return invalid(
        "Region",
        QStringLiteral("Region must look like an AWS region: two letters, a dash, a direction, a dash and a number "
                       "(us-east-1, eu-west-3, ap-southeast-2); got %1")
            .arg(quoted(region)));
}

Check runtimeId(const QString &runtime)
{
    if (runtimeFamilyOf(runtime) != RuntimeFamily::Unknown)
        return std::nullopt;
    return invalid(
        "Runtime",
        QStringLiteral("Runtime %1 is not a Lambda runtime id (for example python3.11, nodejs20.x or provided.al2023)")
            .arg(quoted(runtime)));
}

Check handler(const QString &runtime, const QString &h)
{
    if (h.isEmpty())
        return invalid("Handler", QStringLiteral("Handler is required"));
    if (h.size() > kMaxHandlerLength)
        return invalid("Handler", QStringLiteral("Handler must be at most 128 characters; got %1").arg(h.size()));
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (space.match(h).hasMatch())
        return invalid("Handler", QStringLiteral("Handler must not contain white space; got %1").arg(quoted(h)));
    const RuntimeFamily family = runtimeFamilyOf(runtime);
    if (family != RuntimeFamily::Python && family != RuntimeFamily::Node)
        return std::nullopt; // a custom runtime's bootstrap decides what its handler means
    // file.function: the file part may contain folders; the function part is an identifier
    // (Node also accepts a dotted property path after the file).
    static const QRegularExpression py(QStringLiteral("^[A-Za-z0-9_./-]*[A-Za-z0-9_-]\\.[A-Za-z_][A-Za-z0-9_]*$"));
    static const QRegularExpression js(
        QStringLiteral("^([A-Za-z0-9_.-]*/)*[A-Za-z0-9_-]+\\.[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$"));
    const bool ok = (family == RuntimeFamily::Python ? py : js).match(h).hasMatch();
    if (ok)
        return std::nullopt;
    return invalid("Handler",
                   QStringLiteral("Handler must have the form file.function (for example %1); got %2")
                       .arg(defaultHandler(family), quoted(h)));
}

static Check range(const char *field, const char *unit, int value, int lo, int hi)
{
    if (value >= lo && value <= hi)
        return std::nullopt;
    return invalid(field,
                   QStringLiteral("%1 must be a whole number of %2 from %3 to %4; got %5")
                       .arg(QLatin1StringView(field), QLatin1StringView(unit))
                       .arg(lo)
                       .arg(hi)
                       .arg(value));
}

Check memorySize(int mb)
{
    return range("MemorySize", "MB", mb, kMinMemory, kMaxMemory);
}
Check timeout(int s)
{
    return range("Timeout", "seconds", s, kMinTimeout, kMaxTimeout);
}
Check ephemeralStorage(int mb)
{
    return range("EphemeralStorage.Size", "MB", mb, kMinEphemeral, kMaxEphemeral);
}

Check description(const QString &text)
{
    if (text.size() <= kMaxDescriptionLength)
        return std::nullopt;
    return invalid("Description",
                   QStringLiteral("Description must be at most 256 characters; got %1").arg(text.size()));
}

bool isReservedEnvironmentKey(const QString &key)
{
    // The keys Lambda sets itself (AWS documentation, "Defined runtime environment variables").
    static const QSet<QString> reserved = {
        QStringLiteral("_HANDLER"),
        QStringLiteral("_X_AMZN_TRACE_ID"),
        QStringLiteral("AWS_DEFAULT_REGION"),
        QStringLiteral("AWS_REGION"),
        QStringLiteral("AWS_EXECUTION_ENV"),
        QStringLiteral("AWS_LAMBDA_FUNCTION_NAME"),
        QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"),
        QStringLiteral("AWS_LAMBDA_FUNCTION_VERSION"),
        QStringLiteral("AWS_LAMBDA_INITIALIZATION_TYPE"),
        QStringLiteral("AWS_LAMBDA_LOG_GROUP_NAME"),
        QStringLiteral("AWS_LAMBDA_LOG_STREAM_NAME"),
        QStringLiteral("AWS_ACCESS_KEY"),
        QStringLiteral("AWS_ACCESS_KEY_ID"),
        QStringLiteral("AWS_SECRET_ACCESS_KEY"),
        QStringLiteral("AWS_SESSION_TOKEN"),
        QStringLiteral("AWS_LAMBDA_RUNTIME_API"),
        QStringLiteral("LAMBDA_TASK_ROOT"),
        QStringLiteral("LAMBDA_RUNTIME_DIR"),
    };
    return reserved.contains(key);
}

Check environmentKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    if (key.isEmpty())
        return invalid(
            "Environment.Variables",
            QStringLiteral(
                "Environment variable key is empty; keys start with a letter and contain only letters, digits and underscores"));
    if (!re.match(key).hasMatch())
        return invalid(
            "Environment.Variables",
            QStringLiteral(
                "Environment variable key %1 must start with a letter and contain only letters, digits and underscores")
                .arg(quoted(key)));
    if (isReservedEnvironmentKey(key))
        return invalid(
            "Environment.Variables",
            QStringLiteral("Environment variable key %1 is reserved by Lambda and cannot be set").arg(quoted(key)));
    return std::nullopt;
}

int environmentSize(const QMap<QString, QString> &vars)
{
    int total = 0;
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        total += int(it.key().toUtf8().size() + it.value().toUtf8().size());
    return total;
}

Check environmentValue(const QString &key, const QString &value)
{
    if (!value.contains(QChar(u'\0')))
        return std::nullopt;
    return invalid("Environment.Variables",
                   QStringLiteral("Environment variable %1 holds a NUL character; values may not contain NUL (\\0), "
                                  "which would cut them short in the function's environment")
                       .arg(quoted(key)));
}

Check environment(const QMap<QString, QString> &vars)
{
    for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
        if (auto e = environmentKey(it.key()))
            return e;
        if (auto e = environmentValue(it.key(), it.value()))
            return e;
    }
    const int size = environmentSize(vars);
    if (size > kMaxEnvironmentBytes)
        return invalid(
            "Environment.Variables",
            QStringLiteral(
                "Environment variables take %1 bytes; the total of keys and values must not exceed 4 KB (4096 bytes)")
                .arg(size));
    return std::nullopt;
}

Check eventName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,25}$"));
    if (re.match(name).hasMatch())
        return std::nullopt;
    return invalid(
        "EventName",
        QStringLiteral("Event name must be 1 to 25 letters, digits, dots (.), hyphens (-) or underscores (_); got %1")
            .arg(quoted(name)));
}

Check logging(const LoggingConfig &c)
{
    const auto oneOf = [](const QStringList &values) { return values.join(QStringLiteral(", ")); };
    if (!LoggingConfig::formats().contains(c.logFormat))
        return invalid("LoggingConfig.LogFormat",
                       QStringLiteral("LoggingConfig.LogFormat must be one of %1; got %2")
                           .arg(oneOf(LoggingConfig::formats()), quoted(c.logFormat)));
    for (const auto &[field, value, values] :
         {std::tuple{QStringLiteral("ApplicationLogLevel"), c.applicationLogLevel, LoggingConfig::applicationLevels()},
          std::tuple{QStringLiteral("SystemLogLevel"), c.systemLogLevel, LoggingConfig::systemLevels()}}) {
        if (value.isEmpty())
            continue;
        const QString name = QStringLiteral("LoggingConfig.") + field;
        if (!values.contains(value))
            return Error::invalid(
                name, QStringLiteral("%1 must be one of %2; got %3").arg(name, oneOf(values), quoted(value)));
        if (!c.isJson())
            return Error::invalid(name,
                                  QStringLiteral("%1 can be set only when LoggingConfig.LogFormat is JSON; "
                                                 "the format is %2")
                                      .arg(name, c.logFormat));
    }
    if (c.logGroup.isEmpty())
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral("^[.\\-_/#A-Za-z0-9]+$"));
    if (c.logGroup.size() > kMaxLogGroupLength || !re.match(c.logGroup).hasMatch())
        return invalid("LoggingConfig.LogGroup",
                       QStringLiteral("LoggingConfig.LogGroup must be 1 to 512 letters, digits, or . - _ / #; got %1")
                           .arg(quoted(c.logGroup)));
    return std::nullopt;
}

Check deadLetterTarget(const QString &arn)
{
    if (arn.isEmpty())
        return std::nullopt;
    if (const auto target = destination::parse(QStringLiteral("DeadLetterConfig.TargetArn"), arn); !target)
        return target.error();
    return std::nullopt;
}

QList<Error> config(const FunctionConfig &c)
{
    QList<Error> errors;
    for (const Check &check : {functionName(c.name), runtimeId(c.runtime), handler(c.runtime, c.handler),
                               memorySize(c.memorySize), timeout(c.timeout), ephemeralStorage(c.ephemeralStorage),
                               description(c.description), environment(c.environment), logging(c.logging),
                               deadLetterTarget(c.deadLetterTarget)}) {
        if (check)
            errors.append(*check);
    }
    return errors;
}

} // namespace lambdesk::validation
