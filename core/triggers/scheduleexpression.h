#pragma once

#include "model/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <bitset>
#include <optional>

namespace lambdesk {

// An EventBridge schedule expression, with AWS's syntax and rules, evaluated in UTC:
//   rate(1 minute) · rate(5 minutes) · rate(1 hour) · rate(2 hours) · rate(1 day) · rate(7 days)
//     (a whole number ≥ 1; the unit singular for 1, plural otherwise)
//   cron(Minutes Hours Day-of-month Month Day-of-week Year)
//     Minutes 0-59, Hours 0-23, Day-of-month 1-31, Month 1-12 or JAN-DEC,
//     Day-of-week 1-7 or SUN-SAT (1 = SUN), Year 1970-2199;
//     `,` lists, `-` ranges, `*` all, `/` increments; exactly one of Day-of-month and
//     Day-of-week is `?`; Day-of-month also takes L (last day), LW (last weekday) and nW (the
//     weekday nearest day n, within the month); Day-of-week also takes L (Saturday, the last
//     day of the week), nL (the last day n of the month) and n#k (the k-th day n of the month).
// A rate counts its periods from an anchor (the schedule's creation, as on AWS).
class ScheduleExpression
{
public:
    // The error names the field and the rule: "Parameter ScheduleExpression is not valid: ...".
    static Result<ScheduleExpression> parse(const QString &text);

    QString text() const { return m_text; }
    bool isRate() const { return m_rateSeconds > 0; }
    qint64 rateSeconds() const { return m_rateSeconds; }

    // The first run strictly after `after` (UTC, whole minutes for cron); none when the
    // expression has no run left (a cron whose years are over).
    std::optional<QDateTime> next(const QDateTime &after, const QDateTime &anchor = {}) const;
    // The next `n` runs strictly after `from`: at most n per call, each found directly (no
    // minute-by-minute scan).
    QList<QDateTime> nextRuns(const QDateTime &from, int n, const QDateTime &anchor = {}) const;

private:
    // The days of one month a cron's day fields choose.
    std::bitset<32> daysOf(int year, int month) const;
    std::optional<QDateTime> nextCron(const QDateTime &after) const;

    QString m_text;
    qint64 m_rateSeconds = 0;
    // cron: the allowed values of each field (bit i = value i; years from 1970)
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<13> m_months;
    std::bitset<230> m_years;
    // Day-of-month (when Day-of-week is ?)
    bool m_byMonthDay = true;
    std::bitset<32> m_monthDays;
    bool m_lastDay = false;     // L
    bool m_lastWeekday = false; // LW
    int m_nearestWeekday = 0;   // nW: n
    // Day-of-week (when Day-of-month is ?), 1 = SUN .. 7 = SAT
    std::bitset<8> m_weekDays;
    int m_lastOfWeekday = 0; // nL: n
    int m_nthWeekday = 0;    // n#k: n
    int m_nth = 0;           // n#k: k
};

} // namespace lambdesk
