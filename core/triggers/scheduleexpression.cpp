#include "scheduleexpression.h"

#include <QRegularExpression>

#include <vector>

namespace lambdesk {

namespace {

constexpr int kMinYear = 1970;
constexpr int kMaxYear = 2199;

Error invalid(const QString &detail)
{
    return Error::invalid(QStringLiteral("ScheduleExpression"),
                          QStringLiteral("Parameter ScheduleExpression is not valid: %1").arg(detail));
}

const QStringList kMonthNames = {QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
                                 QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"),
                                 QStringLiteral("JUL"), QStringLiteral("AUG"), QStringLiteral("SEP"),
                                 QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
const QStringList kDayNames = {QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"),
                               QStringLiteral("WED"), QStringLiteral("THU"), QStringLiteral("FRI"),
                               QStringLiteral("SAT")};

// One of the six fields: its name as AWS's documentation writes it, its range, its names
// (value = index + 1).
struct FieldSpec
{
    QString name;
    int min;
    int max;
    const QStringList *names = nullptr;

    QString range() const
    {
        QString r = QStringLiteral("%1-%2").arg(min).arg(max);
        if (names)
            r += QStringLiteral(" or %1-%2").arg(names->first(), names->last());
        return r;
    }
};

const FieldSpec kMinutesField{QStringLiteral("Minutes"), 0, 59};
const FieldSpec kHoursField{QStringLiteral("Hours"), 0, 23};
const FieldSpec kMonthDayField{QStringLiteral("Day-of-month"), 1, 31};
const FieldSpec kMonthField{QStringLiteral("Month"), 1, 12, &kMonthNames};
const FieldSpec kWeekDayField{QStringLiteral("Day-of-week"), 1, 7, &kDayNames};
const FieldSpec kYearField{QStringLiteral("Year"), kMinYear, kMaxYear};

bool allDigits(QStringView s)
{
    if (s.isEmpty() || s.size() > 9)
        return false;
    for (QChar c : s) {
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    }
    return true;
}

Result<int> value(const FieldSpec &spec, QStringView text)
{
    if (allDigits(text)) {
        const int v = text.toInt();
        if (v < spec.min || v > spec.max)
            return invalid(QStringLiteral("%1 takes %2; got %3").arg(spec.name, spec.range()).arg(v));
        return v;
    }
    if (spec.names) {
        const qsizetype i = spec.names->indexOf(text.toString().toUpper());
        if (i >= 0)
            return int(i) + 1;
    }
    return invalid(QStringLiteral("%1 takes %2; got '%3'").arg(spec.name, spec.range(), text.toString()));
}

// `,` lists of `*`, values and `a-b` ranges, each with an optional `/increment`.
Result<std::vector<bool>> parseField(const FieldSpec &spec, const QString &text)
{
    std::vector<bool> allowed(size_t(spec.max) + 1, false);
    const QStringList items = text.split(u',');
    for (const QString &item : items) {
        if (item.isEmpty())
            return invalid(QStringLiteral("%1 has an empty item in its list '%2'").arg(spec.name, text));
        QStringView base = item;
        int step = 1;
        bool stepped = false;
        if (const qsizetype slash = item.indexOf(u'/'); slash >= 0) {
            const QStringView inc = QStringView(item).mid(slash + 1);
            if (!allDigits(inc) || inc.toInt() < 1)
                return invalid(
                    QStringLiteral("the increment after / in %1 must be a whole number of at least 1; got '%2'")
                        .arg(spec.name, inc.toString()));
            step = inc.toInt();
            stepped = true;
            base = QStringView(item).left(slash);
        }
        int from = spec.min;
        int to = spec.max;
        if (base == u"*") {
            // every value
        } else if (const qsizetype dash = base.indexOf(u'-'); dash > 0) {
            auto a = value(spec, base.left(dash));
            if (!a)
                return a.error();
            auto b = value(spec, base.mid(dash + 1));
            if (!b)
                return b.error();
            if (*a > *b)
                return invalid(QStringLiteral("the range %1 in %2 runs backwards; write the smaller value first")
                                   .arg(base.toString(), spec.name));
            from = *a;
            to = *b;
        } else {
            auto a = value(spec, base);
            if (!a)
                return a.error();
            from = *a;
            to = stepped ? spec.max : *a; // "5/15": from 5 to the end, every 15
        }
        for (int v = from; v <= to; v += step)
            allowed[size_t(v)] = true;
    }
    return allowed;
}

template<size_t N>
std::bitset<N> toBits(const std::vector<bool> &flags, int offset = 0)
{
    std::bitset<N> bits;
    for (size_t i = size_t(offset); i < flags.size(); ++i) {
        if (flags[i])
            bits.set(i - size_t(offset));
    }
    return bits;
}

// AWS's day numbers: 1 = SUN .. 7 = SAT (Qt: 1 = Monday .. 7 = Sunday).
int awsDayOfWeek(const QDate &date)
{
    return date.dayOfWeek() % 7 + 1;
}

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= 6;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

Result<ScheduleExpression> ScheduleExpression::parse(const QString &input)
{
    const QString text = input.trimmed();
    ScheduleExpression e;
    e.m_text = text;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    if (text.startsWith(QLatin1String("rate(")) && text.endsWith(u')')) {
        const QStringList parts = text.mid(5, text.size() - 6).trimmed().split(spaces, Qt::SkipEmptyParts);
        if (parts.size() != 2)
            return invalid(QStringLiteral("rate() takes a value and a unit, like rate(5 minutes); got '%1'").arg(text));
        const QString &number = parts.at(0);
        const QString &unit = parts.at(1);
        if (!allDigits(number) || number.toLongLong() < 1)
            return invalid(
                QStringLiteral("the value of rate() must be a whole number of at least 1; got '%1'").arg(number));
        const qint64 n = number.toLongLong();
        const QString singular = unit.endsWith(u's') ? unit.chopped(1) : unit;
        qint64 unitSeconds = 0;
        if (singular == u"minute")
            unitSeconds = 60;
        else if (singular == u"hour")
            unitSeconds = 3600;
        else if (singular == u"day")
            unitSeconds = 86400;
        else
            return invalid(
                QStringLiteral("the unit of rate() must be minute, minutes, hour, hours, day or days; got '%1'")
                    .arg(unit));
        const bool plural = unit.endsWith(u's');
        if (n == 1 && plural)
            return invalid(QStringLiteral("a rate of 1 takes the singular unit: rate(1 %1)").arg(singular));
        if (n > 1 && !plural)
            return invalid(QStringLiteral("a rate of %1 takes the plural unit: rate(%1 %2s)").arg(n).arg(singular));
        e.m_rateSeconds = n * unitSeconds;
        return e;
    }
    if (!text.startsWith(QLatin1String("cron(")) || !text.endsWith(u')'))
        return invalid(QStringLiteral("the expression must be rate(value unit) or cron(fields), "
                                      "like rate(5 minutes) or cron(0 12 * * ? *); got '%1'")
                           .arg(text));

    const QStringList fields = text.mid(5, text.size() - 6).trimmed().split(spaces, Qt::SkipEmptyParts);
    if (fields.size() != 6)
        return invalid(QStringLiteral("cron() takes 6 fields (Minutes Hours Day-of-month Month Day-of-week Year); "
                                      "got %1")
                           .arg(fields.size()));
    const QString &dom = fields.at(2);
    const QString &dow = fields.at(4);
    if (dom == u"?" && dow == u"?")
        return invalid(QStringLiteral("day-of-month and day-of-week cannot both be ?; give a value in one of them"));
    if (dom != u"?" && dow != u"?")
        return invalid(QStringLiteral("day-of-month and day-of-week cannot both be specified; use ? in one of them"));

    auto minutes = parseField(kMinutesField, fields.at(0));
    if (!minutes)
        return minutes.error();
    auto hours = parseField(kHoursField, fields.at(1));
    if (!hours)
        return hours.error();
    auto months = parseField(kMonthField, fields.at(3));
    if (!months)
        return months.error();
    auto years = parseField(kYearField, fields.at(5));
    if (!years)
        return years.error();
    e.m_minutes = toBits<60>(*minutes);
    e.m_hours = toBits<24>(*hours);
    e.m_months = toBits<13>(*months);
    e.m_years = toBits<230>(*years, kMinYear);

    if (dom != u"?") {
        e.m_byMonthDay = true;
        const QString upper = dom.toUpper();
        if (upper.contains(u'L') || upper.contains(u'W')) {
            static const QRegularExpression nearest(QStringLiteral("^([0-9]{1,2})W$"));
            if (upper == u"L") {
                e.m_lastDay = true;
            } else if (upper == u"LW") {
                e.m_lastWeekday = true;
            } else if (const auto m = nearest.match(upper); m.hasMatch()) {
                auto day = value(kMonthDayField, m.capturedView(1));
                if (!day)
                    return day.error();
                e.m_nearestWeekday = *day;
            } else {
                return invalid(
                    QStringLiteral("L and W stand alone in Day-of-month: L (the last day), LW (the last "
                                   "weekday) or a day and W, like 15W (the weekday nearest the 15th); got '%1'")
                        .arg(dom));
            }
        } else {
            auto days = parseField(kMonthDayField, dom);
            if (!days)
                return days.error();
            e.m_monthDays = toBits<32>(*days);
        }
    } else {
        e.m_byMonthDay = false;
        const QString upper = dow.toUpper();
        if (upper.contains(u'#')) {
            const qsizetype hash = upper.indexOf(u'#');
            auto day = value(kWeekDayField, QStringView(upper).left(hash));
            if (!day)
                return day.error();
            const QStringView nth = QStringView(upper).mid(hash + 1);
            if (!allDigits(nth) || nth.toInt() < 1 || nth.toInt() > 5)
                return invalid(QStringLiteral("the number after # in Day-of-week must be 1-5 (the first to the fifth "
                                              "such day of the month); got '%1'")
                                   .arg(nth.toString()));
            e.m_nthWeekday = *day;
            e.m_nth = nth.toInt();
        } else if (upper == u"L") {
            e.m_weekDays.set(7); // the last day of the week: Saturday
        } else if (upper.endsWith(u'L') && !upper.contains(u',') && !upper.contains(u'-') && !upper.contains(u'/')
                   && upper.size() > 1) {
            auto day = value(kWeekDayField, QStringView(upper).chopped(1));
            if (!day)
                return day.error();
            e.m_lastOfWeekday = *day;
        } else {
            auto days = parseField(kWeekDayField, dow);
            if (!days)
                return days.error();
            e.m_weekDays = toBits<8>(*days);
        }
    }
    return e;
}

std::bitset<32> ScheduleExpression::daysOf(int year, int month) const
{
    std::bitset<32> days;
    const QDate first(year, month, 1);
    const int count = first.daysInMonth();
    if (m_byMonthDay) {
        if (m_lastDay) {
            days.set(size_t(count));
        } else if (m_lastWeekday) {
            int d = count;
            while (isWeekend(QDate(year, month, d)))
                --d;
            days.set(size_t(d));
        } else if (m_nearestWeekday > 0) {
            // The weekday nearest day n, never crossing into another month; none in a month
            // that has no day n.
            int d = m_nearestWeekday;
            if (d > count)
                return days;
            const int dow = QDate(year, month, d).dayOfWeek();
            if (dow == 6)
                d = d > 1 ? d - 1 : d + 2;
            else if (dow == 7)
                d = d < count ? d + 1 : d - 2;
            days.set(size_t(d));
        } else {
            for (int d = 1; d <= count; ++d) {
                if (m_monthDays.test(size_t(d)))
                    days.set(size_t(d));
            }
        }
        return days;
    }
    const int firstDow = awsDayOfWeek(first);
    if (m_lastOfWeekday > 0) {
        const int lastDow = awsDayOfWeek(QDate(year, month, count));
        days.set(size_t(count - (lastDow - m_lastOfWeekday + 7) % 7));
    } else if (m_nthWeekday > 0) {
        const int d = 1 + (m_nthWeekday - firstDow + 7) % 7 + 7 * (m_nth - 1);
        if (d <= count)
            days.set(size_t(d));
    } else {
        for (int d = 1; d <= count; ++d) {
            if (m_weekDays.test(size_t((firstDow - 1 + d - 1) % 7 + 1)))
                days.set(size_t(d));
        }
    }
    return days;
}

std::optional<QDateTime> ScheduleExpression::nextCron(const QDateTime &after) const
{
    // The first whole minute after `after`.
    QDateTime t = after.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    t = t.addSecs(60);
    const QDate td = t.date();
    const int ty = td.year(), tm = td.month(), tday = td.day(), th = t.time().hour(), tmin = t.time().minute();
    if (ty > kMaxYear)
        return std::nullopt;
    // Each level starts at t's value while every level above it is t's, else at its first value.
    for (int y = std::max(ty, kMinYear); y <= kMaxYear; ++y) {
        if (!m_years.test(size_t(y - kMinYear)))
            continue;
        const bool sameY = y == ty;
        for (int m = sameY ? tm : 1; m <= 12; ++m) {
            if (!m_months.test(size_t(m)))
                continue;
            const bool sameM = sameY && m == tm;
            const std::bitset<32> days = daysOf(y, m);
            if (days.none())
                continue;
            for (int d = sameM ? tday : 1; d <= 31; ++d) {
                if (!days.test(size_t(d)))
                    continue;
                const bool sameD = sameM && d == tday;
                for (int h = sameD ? th : 0; h <= 23; ++h) {
                    if (!m_hours.test(size_t(h)))
                        continue;
                    const bool sameH = sameD && h == th;
                    for (int mi = sameH ? tmin : 0; mi <= 59; ++mi) {
                        if (m_minutes.test(size_t(mi)))
                            return QDateTime(QDate(y, m, d), QTime(h, mi), Qt::UTC);
                    }
                }
            }
        }
    }
    return std::nullopt;
}

std::optional<QDateTime> ScheduleExpression::next(const QDateTime &after, const QDateTime &anchor) const
{
    if (!isRate())
        return nextCron(after);
    // Whole minutes from the anchor (EventBridge's granularity is a minute).
    const qint64 anchorMs = anchor.isValid() ? floorDiv(anchor.toMSecsSinceEpoch(), 60'000) * 60'000 : 0;
    const qint64 periodMs = m_rateSeconds * 1000;
    const qint64 k = floorDiv(after.toMSecsSinceEpoch() - anchorMs, periodMs) + 1;
    return QDateTime::fromMSecsSinceEpoch(anchorMs + k * periodMs, Qt::UTC);
}

QList<QDateTime> ScheduleExpression::nextRuns(const QDateTime &from, int n, const QDateTime &anchor) const
{
    QList<QDateTime> runs;
    QDateTime t = from;
    while (runs.size() < n) {
        const auto run = next(t, anchor);
        if (!run)
            break;
        runs.append(*run);
        t = *run;
    }
    return runs;
}

} // namespace lambdesk
