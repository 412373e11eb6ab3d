// EventBridge schedule expressions (core/triggers/scheduleexpression.h): AWS's syntax and rules,
// and the next runs they give (UTC), checked against calendars worked out by hand (month ends,
// leap years, L, W and #).
#include "triggers/scheduleexpression.h"

#include <QTest>

using lambdesk::ScheduleExpression;

namespace {

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString joined(const QList<QDateTime> &runs)
{
    QStringList out;
    for (const QDateTime &t : runs)
        out << t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    return out.join(u' ');
}

} // namespace

class TestScheduleExpression : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nextRuns_data();
    void nextRuns();
    void rateAnchor();
    void invalid_data();
    void invalid();
    void strictlyAfter();
    void farFutureIsDirect();
};

void TestScheduleExpression::nextRuns_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("expected"); // the next five runs (fewer when the expression ends)

    const QString tue = QStringLiteral("2026-12-01T10:07:30"); // a Tuesday
    QTest::newRow("rate 5 minutes") << "rate(5 minutes)" << tue
                                    << "2026-12-01T10:10 2026-12-01T10:15 2026-12-01T10:20 2026-12-01T10:25 "
                                       "2026-12-01T10:30";
    QTest::newRow("rate 1 minute") << "rate(1 minute)" << tue
                                   << "2026-12-01T10:08 2026-12-01T10:09 2026-12-01T10:10 2026-12-01T10:11 "
                                      "2026-12-01T10:12";
    QTest::newRow("rate 1 day") << "rate(1 day)" << tue
                                << "2026-12-02T00:00 2026-12-03T00:00 2026-12-04T00:00 2026-12-05T00:00 "
                                   "2026-12-06T00:00";
    QTest::newRow("noon every day") << "cron(0 12 * * ? *)" << tue
                                    << "2026-12-01T12:00 2026-12-02T12:00 2026-12-03T12:00 2026-12-04T12:00 "
                                       "2026-12-05T12:00";
    QTest::newRow("weekdays 18:00") << "cron(0 18 ? * MON-FRI *)" << tue
                                    << "2026-12-01T18:00 2026-12-02T18:00 2026-12-03T18:00 2026-12-04T18:00 "
                                       "2026-12-07T18:00";
    QTest::newRow("weekdays by number 2-6") << "cron(0 18 ? * 2-6 *)" << tue
                                            << "2026-12-01T18:00 2026-12-02T18:00 2026-12-03T18:00 "
                                               "2026-12-04T18:00 2026-12-07T18:00";
    QTest::newRow("weekend list") << "cron(0 9 ? * SUN,SAT *)" << tue
                                  << "2026-12-05T09:00 2026-12-06T09:00 2026-12-12T09:00 2026-12-13T09:00 "
                                     "2026-12-19T09:00";
    QTest::newRow("first of the month, across the year") << "cron(0 8 1 * ? *)" << tue
                                                         << "2027-01-01T08:00 2027-02-01T08:00 2027-03-01T08:00 "
                                                            "2027-04-01T08:00 2027-05-01T08:00";
    QTest::newRow("every 15 minutes") << "cron(0/15 * * * ? *)" << tue
                                      << "2026-12-01T10:15 2026-12-01T10:30 2026-12-01T10:45 2026-12-01T11:00 "
                                         "2026-12-01T11:15";
    QTest::newRow("every minute") << "cron(* * * * ? *)" << tue
                                  << "2026-12-01T10:08 2026-12-01T10:09 2026-12-01T10:10 2026-12-01T10:11 "
                                     "2026-12-01T10:12";
    QTest::newRow("range with increment") << "cron(5-50/20 9-10 * * ? *)" << tue
                                          << "2026-12-01T10:25 2026-12-01T10:45 2026-12-02T09:05 "
                                             "2026-12-02T09:25 2026-12-02T09:45";
    QTest::newRow("hours list") << "cron(30 6,18 * * ? *)" << tue
                                << "2026-12-01T18:30 2026-12-02T06:30 2026-12-02T18:30 2026-12-03T06:30 "
                                   "2026-12-03T18:30";
    QTest::newRow("31st skips short months") << "cron(0 0 31 * ? *)" << tue
                                             << "2026-12-31T00:00 2027-01-31T00:00 2027-03-31T00:00 "
                                                "2027-05-31T00:00 2027-07-31T00:00";
    QTest::newRow("L: last day, leap February") << "cron(0 0 L * ? *)"
                                                << "2028-01-15T00:00:00"
                                                << "2028-01-31T00:00 2028-02-29T00:00 2028-03-31T00:00 "
                                                   "2028-04-30T00:00 2028-05-31T00:00";
    QTest::newRow("L in February over years") << "cron(0 0 L 2 ? *)" << tue
                                              << "2027-02-28T00:00 2028-02-29T00:00 2029-02-28T00:00 "
                                                 "2030-02-28T00:00 2031-02-28T00:00";
    QTest::newRow("29 February: leap years only") << "cron(0 0 29 FEB ? *)" << tue
                                                  << "2028-02-29T00:00 2032-02-29T00:00 2036-02-29T00:00 "
                                                     "2040-02-29T00:00 2044-02-29T00:00";
    QTest::newRow("2100 is not a leap year")
        << "cron(0 0 29 2 ? 2096-2104)" << tue << "2096-02-29T00:00 2104-02-29T00:00";
    QTest::newRow("LW: last weekday") << "cron(0 9 LW * ? *)" << tue
                                      << "2026-12-31T09:00 2027-01-29T09:00 2027-02-26T09:00 2027-03-31T09:00 "
                                         "2027-04-30T09:00";
    QTest::newRow("1W: never back into the month before") << "cron(0 9 1W * ? *)" << tue
                                                          << "2027-01-01T09:00 2027-02-01T09:00 2027-03-01T09:00 "
                                                             "2027-04-01T09:00 2027-05-03T09:00";
    QTest::newRow("15W: Saturday goes to Friday") << "cron(0 9 15W * ? 2027)"
                                                  << "2027-05-01T00:00:00"
                                                  << "2027-05-14T09:00 2027-06-15T09:00 2027-07-15T09:00 "
                                                     "2027-08-16T09:00 2027-09-15T09:00";
    QTest::newRow("31W: Sunday the 31st goes to Friday the 29th")
        << "cron(0 9 31W 1 ? 2027)" << tue << "2027-01-29T09:00";
    QTest::newRow("6L: last Friday") << "cron(15 10 ? * 6L 2026-2027)" << tue
                                     << "2026-12-25T10:15 2027-01-29T10:15 2027-02-26T10:15 2027-03-26T10:15 "
                                        "2027-04-30T10:15";
    QTest::newRow("FRIL: last Friday by name") << "cron(15 10 ? * FRIL 2026)" << tue << "2026-12-25T10:15";
    QTest::newRow("L in day-of-week: Saturday") << "cron(30 9 ? * L *)" << tue
                                                << "2026-12-05T09:30 2026-12-12T09:30 2026-12-19T09:30 "
                                                   "2026-12-26T09:30 2027-01-02T09:30";
    QTest::newRow("2#1: first Monday") << "cron(0 10 ? * 2#1 *)" << tue
                                       << "2026-12-07T10:00 2027-01-04T10:00 2027-02-01T10:00 2027-03-01T10:00 "
                                          "2027-04-05T10:00";
    QTest::newRow("MON#5: fifth Monday, when there is one") << "cron(0 10 ? * MON#5 *)" << tue
                                                            << "2027-03-29T10:00 2027-05-31T10:00 "
                                                               "2027-08-30T10:00 2027-11-29T10:00 "
                                                               "2028-01-31T10:00";
    QTest::newRow("months by name") << "cron(0 12 1 JAN,jul ? 2027)" << tue << "2027-01-01T12:00 2027-07-01T12:00";
    QTest::newRow("year over: nothing left") << "cron(0 0 1 1 ? 2026)" << tue << "";
    QTest::newRow("never: 31 February") << "cron(0 0 31 2 ? *)" << tue << "";
    QTest::newRow("last year 2199") << "cron(59 23 31 12 ? 2199)" << tue << "2199-12-31T23:59";
    QTest::newRow("year increment") << "cron(0 0 1 1 ? 2030/5)" << tue
                                    << "2030-01-01T00:00 2035-01-01T00:00 2040-01-01T00:00 2045-01-01T00:00 "
                                       "2050-01-01T00:00";
    QTest::newRow("spaces around fields") << "  cron( 0  12 * * ? * ) " << tue
                                          << "2026-12-01T12:00 2026-12-02T12:00 2026-12-03T12:00 "
                                             "2026-12-04T12:00 2026-12-05T12:00";
}

void TestScheduleExpression::nextRuns()
{
    QFETCH(QString, expression);
    QFETCH(QString, from);
    QFETCH(QString, expected);
    const auto e = ScheduleExpression::parse(expression);
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
    QCOMPARE(joined(e->nextRuns(utc(from), 5)), expected);
}

void TestScheduleExpression::rateAnchor()
{
    // A rate counts from the schedule's creation (whole minutes), as on AWS.
    const auto hourly = ScheduleExpression::parse(QStringLiteral("rate(1 hour)"));
    QVERIFY(hourly.ok());
    QVERIFY(hourly->isRate());
    QCOMPARE(hourly->rateSeconds(), 3600);
    QCOMPARE(joined(hourly->nextRuns(utc(QStringLiteral("2026-12-01T10:07:30")), 3,
                                     utc(QStringLiteral("2026-12-01T09:30:45")))),
             QStringLiteral("2026-12-01T10:30 2026-12-01T11:30 2026-12-01T12:30"));
    const auto twoDays = ScheduleExpression::parse(QStringLiteral("rate(2 days)"));
    QVERIFY(twoDays.ok());
    QCOMPARE(joined(twoDays->nextRuns(utc(QStringLiteral("2026-12-01T10:07:30")), 3,
                                      utc(QStringLiteral("2026-11-30T00:00:00")))),
             QStringLiteral("2026-12-02T00:00 2026-12-04T00:00 2026-12-06T00:00"));
    // Before its anchor, the first run is the anchor's first period.
    QCOMPARE(joined(twoDays->nextRuns(utc(QStringLiteral("2026-11-01T00:00:00")), 1,
                                      utc(QStringLiteral("2026-11-30T00:00:00")))),
             QStringLiteral("2026-11-02T00:00"));
}

void TestScheduleExpression::invalid_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("fragment"); // what the message must say

    QTest::newRow("empty") << ""
                           << "must be rate(value unit) or cron(fields)";
    QTest::newRow("not an expression") << "hourly"
                                       << "must be rate(value unit) or cron(fields)";
    QTest::newRow("upper case") << "RATE(5 minutes)"
                                << "must be rate(value unit) or cron(fields)";
    QTest::newRow("rate 0") << "rate(0 minutes)"
                            << "whole number of at least 1; got '0'";
    QTest::newRow("rate negative") << "rate(-1 minutes)"
                                   << "whole number of at least 1";
    QTest::newRow("rate fraction") << "rate(1.5 hours)"
                                   << "whole number of at least 1";
    QTest::newRow("rate 1 plural") << "rate(1 minutes)"
                                   << "a rate of 1 takes the singular unit: rate(1 minute)";
    QTest::newRow("rate 5 singular") << "rate(5 minute)"
                                     << "a rate of 5 takes the plural unit: rate(5 minutes)";
    QTest::newRow("rate 2 hour") << "rate(2 hour)"
                                 << "rate(2 hours)";
    QTest::newRow("rate weeks") << "rate(2 weeks)"
                                << "minute, minutes, hour, hours, day or days; got 'weeks'";
    QTest::newRow("rate seconds") << "rate(30 seconds)"
                                  << "got 'seconds'";
    QTest::newRow("rate no unit") << "rate(5)"
                                  << "a value and a unit";
    QTest::newRow("rate three words") << "rate(5 minutes now)"
                                      << "a value and a unit";
    QTest::newRow("five fields") << "cron(0 12 * * ?)"
                                 << "6 fields (Minutes Hours Day-of-month Month Day-of-week "
                                    "Year); got 5";
    QTest::newRow("seven fields") << "cron(0 0 12 * * ? *)"
                                  << "got 7";
    QTest::newRow("both days") << "cron(0 12 * * * *)"
                               << "Parameter ScheduleExpression is not valid: day-of-month and day-of-week cannot both "
                                  "be specified; use ? in one of them";
    QTest::newRow("both days given") << "cron(0 12 1 * MON *)"
                                     << "cannot both be specified; use ? in one of them";
    QTest::newRow("both ?") << "cron(0 12 ? * ? *)"
                            << "cannot both be ?";
    QTest::newRow("minute 60") << "cron(60 12 * * ? *)"
                               << "Minutes takes 0-59; got 60";
    QTest::newRow("hour 24") << "cron(0 24 * * ? *)"
                             << "Hours takes 0-23; got 24";
    QTest::newRow("day 0") << "cron(0 12 0 * ? *)"
                           << "Day-of-month takes 1-31; got 0";
    QTest::newRow("day 32") << "cron(0 12 32 * ? *)"
                            << "Day-of-month takes 1-31; got 32";
    QTest::newRow("month 13") << "cron(0 12 * 13 ? *)"
                              << "Month takes 1-12 or JAN-DEC; got 13";
    QTest::newRow("month name") << "cron(0 12 * FOO ? *)"
                                << "Month takes 1-12 or JAN-DEC; got 'FOO'";
    QTest::newRow("weekday 8") << "cron(0 12 ? * 8 *)"
                               << "Day-of-week takes 1-7 or SUN-SAT; got 8";
    QTest::newRow("weekday 0") << "cron(0 12 ? * 0 *)"
                               << "Day-of-week takes 1-7 or SUN-SAT; got 0";
    QTest::newRow("year 1969") << "cron(0 12 * * ? 1969)"
                               << "Year takes 1970-2199; got 1969";
    QTest::newRow("year 2200") << "cron(0 12 * * ? 2200)"
                               << "Year takes 1970-2199; got 2200";
    QTest::newRow("backwards range") << "cron(0 12 5-2 * ? *)"
                                     << "the range 5-2 in Day-of-month runs backwards";
    QTest::newRow("zero increment") << "cron(0/0 12 * * ? *)"
                                    << "increment after / in Minutes";
    QTest::newRow("empty list item") << "cron(0,,5 12 * * ? *)"
                                     << "Minutes has an empty item";
    QTest::newRow("L in a list") << "cron(0 12 L,5 * ? *)"
                                 << "L and W stand alone in Day-of-month";
    QTest::newRow("W on a range") << "cron(0 12 1-5W * ? *)"
                                  << "L and W stand alone in Day-of-month";
    QTest::newRow("32W") << "cron(0 12 32W * ? *)"
                         << "Day-of-month takes 1-31; got 32";
    QTest::newRow("#6") << "cron(0 12 ? * MON#6 *)"
                        << "the number after # in Day-of-week must be 1-5";
    QTest::newRow("#0") << "cron(0 12 ? * 2#0 *)"
                        << "must be 1-5";
    QTest::newRow("# of bad day") << "cron(0 12 ? * 9#1 *)"
                                  << "Day-of-week takes 1-7 or SUN-SAT; got 9";
    QTest::newRow("8L") << "cron(0 12 ? * 8L *)"
                        << "Day-of-week takes 1-7 or SUN-SAT; got 8";
    QTest::newRow("? elsewhere") << "cron(? 12 * * ? *)"
                                 << "Minutes takes 0-59; got '?'";
    QTest::newRow("unclosed") << "cron(0 12 * * ? *"
                              << "must be rate(value unit) or cron(fields)";
}

void TestScheduleExpression::invalid()
{
    QFETCH(QString, expression);
    QFETCH(QString, fragment);
    const auto e = ScheduleExpression::parse(expression);
    QVERIFY(!e.ok());
    QCOMPARE(e.error().field, QStringLiteral("ScheduleExpression"));
    QVERIFY2(e.error().message.startsWith(QLatin1String("Parameter ScheduleExpression is not valid: ")),
             qPrintable(e.error().message));
    QVERIFY2(e.error().message.contains(fragment), qPrintable(e.error().message));
}

void TestScheduleExpression::strictlyAfter()
{
    // A run exactly at `from` is not the next one: the next is after it.
    const auto noon = ScheduleExpression::parse(QStringLiteral("cron(0 12 * * ? *)"));
    QVERIFY(noon.ok());
    QCOMPARE(joined(noon->nextRuns(utc(QStringLiteral("2026-12-01T12:00:00")), 1)), QStringLiteral("2026-12-02T12:00"));
    QCOMPARE(joined(noon->nextRuns(utc(QStringLiteral("2026-12-01T11:59:59")), 1)), QStringLiteral("2026-12-01T12:00"));
    const auto rate = ScheduleExpression::parse(QStringLiteral("rate(5 minutes)"));
    QVERIFY(rate.ok());
    QCOMPARE(joined(rate->nextRuns(utc(QStringLiteral("2026-12-01T10:10:00")), 1)), QStringLiteral("2026-12-01T10:15"));
    // The new year and a month end carry over.
    QCOMPARE(joined(noon->nextRuns(utc(QStringLiteral("2026-12-31T12:00:00")), 1)), QStringLiteral("2027-01-01T12:00"));
}

void TestScheduleExpression::farFutureIsDirect()
{
    // Runs years apart are found level by level (year, month, day, hour, minute), never by
    // scanning minutes: a thousand of them come back at once.
    const auto e = ScheduleExpression::parse(QStringLiteral("cron(0 0 29 2 ? *)"));
    QVERIFY(e.ok());
    const QList<QDateTime> runs = e->nextRuns(utc(QStringLiteral("1970-01-01T00:00:00")), 1000);
    QVERIFY(!runs.isEmpty());
    QCOMPARE(runs.first(), utc(QStringLiteral("1972-02-29T00:00:00")));
    QCOMPARE(runs.last(), utc(QStringLiteral("2196-02-29T00:00:00"))); // 2100 is no leap year; 2199 is the last year
    QCOMPARE(runs.size(), 56);
}

QTEST_GUILESS_MAIN(TestScheduleExpression)
#include "tst_scheduleexpression.moc"
