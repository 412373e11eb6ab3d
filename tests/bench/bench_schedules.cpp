// How fast the next runs of a schedule expression are found: each run is found level by level
// (year, month, day, hour, minute), never by scanning minutes, so a sparse expression (29
// February, the fifth Monday, a year list) costs about what a dense one does. Beside it, the
// baseline a minute-by-minute scan would need for the same answer (minutes scanned, estimated
// from the span covered). Prints the median time per expression for N next runs. Asserts nothing.
//
//   bench_schedules [N]     N next runs per expression (default 1000)
#include "benchsupport.h"
#include "triggers/scheduleexpression.h"

#include <QCoreApplication>

#include <cstdio>

using namespace lambdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    const QDateTime from(QDate(2026, 12, 1), QTime(10, 7, 30), Qt::UTC);
    const char *expressions[] = {
        "rate(5 minutes)",    "cron(* * * * ? *)",      "cron(0 12 * * ? *)", "cron(0/15 9-17 ? * MON-FRI *)",
        "cron(0 9 LW * ? *)", "cron(0 10 ? * MON#5 *)", "cron(0 0 29 2 ? *)", "cron(59 23 31 12 ? 2199)",
        "cron(0 0 31 2 ? *)",
    };
    std::printf("%d next runs from %s, median of 5\n\n", n, qPrintable(from.toString(Qt::ISODate)));
    std::printf("%-32s %8s %12s %12s %16s\n", "expression", "runs", "total ms", "us/run", "minutes spanned");
    for (const char *text : expressions) {
        const auto e = ScheduleExpression::parse(QString::fromLatin1(text));
        if (!e) {
            std::printf("%-32s invalid: %s\n", text, qPrintable(e.error().message));
            continue;
        }
        QList<QDateTime> runs;
        const double ms = bench::medianMs(5, [&] { runs = e->nextRuns(from, n); });
        const qint64 span = runs.isEmpty() ? from.secsTo(QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC)) / 60
                                           : from.secsTo(runs.last()) / 60;
        std::printf("%-32s %8lld %12.3f %12.3f %16lld\n", text, qlonglong(runs.size()), ms,
                    runs.isEmpty() ? ms * 1000 : ms * 1000 / double(runs.size()), qlonglong(span));
    }
    return 0;
}
