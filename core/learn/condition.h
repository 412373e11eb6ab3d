#pragma once

// A lesson step's condition ("coldStart == true, memorySize >= 1769") and its `record`
// ("slow = durationMs"): parsed once (lesson.cpp checks them at load), evaluated against the
// fields of an event by LessonTracker. See resources/lessons/README.md for the grammar.

#include "model/error.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace lambdesk::learn {

struct Clause
{
    enum class Op { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Contains };
    QString field; // "durationMs", "payload.body", "environment.GREETING"
    Op op = Op::Equal;
    QVariant value;   // double, bool or QString; invalid when `recorded` names the value
    QString recorded; // "$slow" -> "slow": a value an earlier step kept
};

struct Record
{
    QString name;  // the name later steps use as $name
    QString field; // the completing event's field whose value is kept
};

// Clauses joined by ',' (all must hold); an empty text has none (any event of the kind does).
// Errors say what is wrong with which clause (the caller adds the file and the line).
Result<QList<Clause>> parseCondition(const QString &text);
Result<Record> parseRecord(const QString &text);
// The operator as written ("==", "contains").
QString opText(Clause::Op op);

// A field of an event: a key of `event`, or a path into one ("payload.body.message" walks the
// JSON of the "payload" bytes, "environment.KEY" the "environment" map). nullopt when absent.
std::optional<QVariant> fieldValue(const QVariantMap &event, const QString &field);
// Every clause holds for the event; `recorded` resolves $names (a missing one never holds).
bool holds(const QList<Clause> &clauses, const QVariantMap &event, const QVariantMap &recorded);

} // namespace lambdesk::learn
