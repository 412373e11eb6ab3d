#include "functionconfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>
#include <limits>

namespace lambdesk {

QString FunctionConfig::revisionId() const
{
    static const QUuid ns(QStringLiteral("{6c0c0a52-5f1f-4a53-9f6e-4c1d2a8b7e10}"));
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QUuid::createUuidV5(ns, data).toString(QUuid::WithoutBraces);
}

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
    // Only when set: a function that never had one keeps its RevisionId.
    if (!logging.isDefault())
        o.insert(QStringLiteral("LoggingConfig"), logging.toJson());
    if (!deadLetterTarget.isEmpty())
        o.insert(QStringLiteral("DeadLetterConfig"), QJsonObject{{QStringLiteral("TargetArn"), deadLetterTarget}});
    // Only when set, as DeadLetterConfig: a function without layers keeps its RevisionId.
    if (!layers.isEmpty())
        o.insert(QStringLiteral("Layers"), QJsonArray::fromStringList(layers));
    if (noNetwork) // only when set: a function without it keeps its RevisionId
        o.insert(QStringLiteral("NoNetwork"), true);
    return o;
}

namespace {

// What a JSON value is, for a message: the text "30", true, an object.
QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return QStringLiteral("the text \"%1\"").arg(v.toString());
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble());
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// Reads fields strictly: a wrong type is reported (when asked) and leaves the default.
struct Reader
{
    QStringList *problems;

    static bool absent(const QJsonValue &v) { return v.isUndefined() || v.isNull(); }
    void problem(const QString &field, const QString &rule, const QJsonValue &v) const
    {
        if (problems)
            problems->append(QStringLiteral("%1 must be %2; got %3").arg(field, rule, describe(v)));
    }
    void text(const QJsonValue &v, const QString &field, QString &out) const
    {
        if (absent(v))
            return;
        if (v.isString())
            out = v.toString();
        else
            problem(field, QStringLiteral("text"), v);
    }
    void boolean(const QJsonValue &v, const QString &field, bool &out) const
    {
        if (absent(v))
            return;
        if (v.isBool())
            out = v.toBool();
        else
            problem(field, QStringLiteral("true or false"), v);
    }
    template<typename Int>
    void whole(const QJsonValue &v, const QString &field, Int &out) const
    {
        if (absent(v))
            return;
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d)
            return problem(field, QStringLiteral("a whole number"), v);
        if (d < double(std::numeric_limits<Int>::min()) || d > double(std::numeric_limits<Int>::max()))
            return problem(field, QStringLiteral("a whole number of a sensible size"), v);
        out = Int(d);
    }
    QJsonObject object(const QJsonValue &v, const QString &field) const
    {
        if (!absent(v) && !v.isObject())
            problem(field, QStringLiteral("an object"), v);
        return v.toObject();
    }
};

} // namespace

FunctionConfig FunctionConfig::fromJson(const QJsonObject &o, QStringList *problems)
{
    const Reader r{problems};
    FunctionConfig c;
    r.text(o.value(QStringLiteral("FunctionName")), QStringLiteral("FunctionName"), c.name);
    r.text(o.value(QStringLiteral("Runtime")), QStringLiteral("Runtime"), c.runtime);
    r.text(o.value(QStringLiteral("Handler")), QStringLiteral("Handler"), c.handler);
    r.text(o.value(QStringLiteral("Description")), QStringLiteral("Description"), c.description);
    r.text(o.value(QStringLiteral("Role")), QStringLiteral("Role"), c.role);
    r.whole(o.value(QStringLiteral("MemorySize")), QStringLiteral("MemorySize"), c.memorySize);
    r.whole(o.value(QStringLiteral("Timeout")), QStringLiteral("Timeout"), c.timeout);
    r.whole(r.object(o.value(QStringLiteral("EphemeralStorage")), QStringLiteral("EphemeralStorage"))
                .value(QStringLiteral("Size")),
            QStringLiteral("EphemeralStorage.Size"), c.ephemeralStorage);
    const QJsonObject vars = r.object(r.object(o.value(QStringLiteral("Environment")), QStringLiteral("Environment"))
                                          .value(QStringLiteral("Variables")),
                                      QStringLiteral("Environment.Variables"));
    for (auto it = vars.begin(); it != vars.end(); ++it) {
        QString value;
        r.text(it.value(), QStringLiteral("Environment variable %1").arg(it.key()), value);
        c.environment.insert(it.key(), value);
    }
    c.logging = LoggingConfig::fromJson(
        r.object(o.value(QStringLiteral("LoggingConfig")), QStringLiteral("LoggingConfig")), problems);
    r.text(r.object(o.value(QStringLiteral("DeadLetterConfig")), QStringLiteral("DeadLetterConfig"))
               .value(QStringLiteral("TargetArn")),
           QStringLiteral("DeadLetterConfig.TargetArn"), c.deadLetterTarget);
    if (const QJsonValue layers = o.value(QStringLiteral("Layers")); !Reader::absent(layers)) {
        if (!layers.isArray())
            r.problem(QStringLiteral("Layers"), QStringLiteral("an array of layer version ARNs"), layers);
        for (const QJsonValue &v : layers.toArray()) {
            QString arn;
            r.text(v, QStringLiteral("Layers"), arn);
            if (!arn.isEmpty())
                c.layers.append(arn);
        }
    }
    r.boolean(o.value(QStringLiteral("NoNetwork")), QStringLiteral("NoNetwork"), c.noNetwork);
    r.text(o.value(QStringLiteral("LastModified")), QStringLiteral("LastModified"), c.lastModified);
    r.text(o.value(QStringLiteral("CodeSha256")), QStringLiteral("CodeSha256"), c.codeSha256);
    r.whole(o.value(QStringLiteral("CodeSize")), QStringLiteral("CodeSize"), c.codeSize);
    return c;
}

QString awsTimestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000"));
}

} // namespace lambdesk
