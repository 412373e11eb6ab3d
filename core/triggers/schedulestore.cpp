#include "schedulestore.h"

#include "api/functionref.h"
#include "model/jsoncheck.h"
#include "model/validation.h"
#include "scheduleexpression.h"
#include "store/jsonfile.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lambdesk {

QJsonObject Schedule::toJson() const
{
    QJsonObject o{{QStringLiteral("Name"), name},
                  {QStringLiteral("ScheduleExpression"), expression},
                  {QStringLiteral("Function"), function},
                  {QStringLiteral("State"), enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED")}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("Description"), description);
    if (!input.isEmpty())
        o.insert(QStringLiteral("Input"), QString::fromUtf8(input)); // as a target's Input: JSON text
    if (created.isValid())
        o.insert(QStringLiteral("Created"), created.toUTC().toString(Qt::ISODate));
    return o;
}

Schedule Schedule::fromJson(const QJsonObject &o)
{
    Schedule s;
    s.name = o.value(QStringLiteral("Name")).toString();
    s.expression = o.value(QStringLiteral("ScheduleExpression")).toString();
    s.function = o.value(QStringLiteral("Function")).toString();
    s.enabled = o.value(QStringLiteral("State")).toString() != u"DISABLED";
    s.description = o.value(QStringLiteral("Description")).toString();
    s.input = o.value(QStringLiteral("Input")).toString().toUtf8();
    s.created = QDateTime::fromString(o.value(QStringLiteral("Created")).toString(), Qt::ISODate).toUTC();
    return s;
}

namespace schedulestore {

QString fileOf(const QString &workspaceRoot)
{
    return workspaceRoot + QStringLiteral("/schedules.json");
}

std::optional<Error> validateName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[.\\-_A-Za-z0-9]{1,64}$"));
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("Name"),
                              QStringLiteral("Name is required: 1 to 64 letters, digits, "
                                             "periods, hyphens or underscores"));
    if (!re.match(name).hasMatch())
        return Error::invalid(QStringLiteral("Name"),
                              QStringLiteral("Name '%1' is not valid: 1 to 64 letters, digits, periods, hyphens or "
                                             "underscores (EventBridge's rule names)")
                                  .arg(name));
    return std::nullopt;
}

std::optional<Error> validate(const Schedule &s)
{
    if (auto e = validateName(s.name))
        return e;
    if (auto e = ScheduleExpression::parse(s.expression); !e)
        return e.error();
    if (s.function.isEmpty())
        return Error::invalid(QStringLiteral("Function"),
                              QStringLiteral("Function is required: the function to run, NAME or NAME:QUALIFIER"));
    if (s.function.count(u':') > 1)
        return Error::invalid(QStringLiteral("Function"),
                              QStringLiteral("Function '%1' is not valid: NAME or NAME:QUALIFIER").arg(s.function));
    if (auto e = validation::functionName(s.functionName()))
        return Error::invalid(QStringLiteral("Function"), e->message);
    if (s.function.contains(u':')) {
        if (s.qualifier().isEmpty())
            return Error::invalid(
                QStringLiteral("Function"),
                QStringLiteral("Function '%1' is not valid: the qualifier after ':' is empty").arg(s.function));
        if (auto e = api::checkQualifier(s.qualifier()))
            return Error::invalid(QStringLiteral("Function"), e->message);
    }
    if (s.description.size() > kMaxDescriptionLength)
        return Error::invalid(QStringLiteral("Description"),
                              QStringLiteral("Description is %1 characters long; at most %2 are allowed")
                                  .arg(s.description.size())
                                  .arg(kMaxDescriptionLength));
    if (!s.input.isEmpty()) {
        if (s.input.size() > kMaxInputBytes)
            return Error::invalid(
                QStringLiteral("Input"),
                QStringLiteral("Input is %1 bytes; at most %2 are allowed").arg(s.input.size()).arg(kMaxInputBytes));
        if (auto e = json::check(s.input))
            return Error::invalid(QStringLiteral("Input"),
                                  QStringLiteral("Input is not valid JSON: %1").arg(e->message));
    }
    return std::nullopt;
}

Result<QList<Schedule>> read(const QString &workspaceRoot)
{
    QList<Schedule> out;
    const auto object = jsonfile::readObject(fileOf(workspaceRoot));
    if (!object)
        return Error::internal(object.error().message + QStringLiteral("; it is left as it is: repair or remove it"));
    if (!object.value())
        return out;
    const QJsonValue list = object.value()->value(QStringLiteral("Schedules"));
    if (!list.isArray() && !list.isUndefined())
        return Error::internal(
            QStringLiteral("%1: \"Schedules\" must be a list; the file is left as it is").arg(fileOf(workspaceRoot)));
    QStringList names;
    for (const QJsonValue &v : list.toArray()) {
        Schedule s = Schedule::fromJson(v.toObject());
        if (auto e = validate(s))
            s.brokenReason = e->message;
        else if (names.contains(s.name))
            s.brokenReason = QStringLiteral("a second schedule named %1").arg(s.name);
        names.append(s.name);
        out.append(s);
    }
    return out;
}

Status write(const QString &workspaceRoot, const QList<Schedule> &schedules)
{
    QJsonArray list;
    for (const Schedule &s : schedules)
        list.append(s.toJson());
    return jsonfile::writeObject(fileOf(workspaceRoot), QJsonObject{{QStringLiteral("Schedules"), list}});
}

} // namespace schedulestore
} // namespace lambdesk
