#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace lambdesk {

// A schedule: an EventBridge rule with a schedule expression and one Lambda target.
struct Schedule
{
    QString name;        // as EventBridge rule names: 1-64 of [.\-_A-Za-z0-9]
    QString expression;  // rate(...) or cron(...) (scheduleexpression.h)
    QString function;    // NAME or NAME:QUALIFIER
    bool enabled = true; // a disabled schedule never fires (the rule's State DISABLED)
    QString description; // at most 512 characters, as a rule's
    QByteArray input;    // JSON sent instead of the Scheduled Event; empty: the Scheduled Event
    QDateTime created;   // UTC; a rate counts its periods from here
    // Set when the stored entry breaks a rule (an edit by hand): it is kept and shown, never run.
    QString brokenReason;

    QString functionName() const { return function.section(u':', 0, 0); }
    QString qualifier() const { return function.section(u':', 1); }
    QJsonObject toJson() const;
    static Schedule fromJson(const QJsonObject &o);
    bool operator==(const Schedule &) const = default;
};

// <workspace>/schedules.json: {"Schedules":[{"Name","ScheduleExpression","Function","State",
// "Description","Input","Created"}...]} (EventBridge's field names), written atomically.
namespace schedulestore {

inline constexpr int kMaxNameLength = 64;
inline constexpr int kMaxDescriptionLength = 512;
inline constexpr int kMaxInputBytes = 8192; // an EventBridge target's Input

QString fileOf(const QString &workspaceRoot);
// None when the file does not exist; an error naming the file when it cannot be read (the
// file is left as it is). Entries that break a rule come back with brokenReason set.
Result<QList<Schedule>> read(const QString &workspaceRoot);
Status write(const QString &workspaceRoot, const QList<Schedule> &schedules);

// The rules of a schedule, each error naming its field (Name, ScheduleExpression, Function,
// Description, Input). Whether the function exists is the Backend's to check.
std::optional<Error> validate(const Schedule &schedule);
std::optional<Error> validateName(const QString &name);

} // namespace schedulestore
} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::Schedule)
