#include "metricscommand.h"

#include "backend.h"
#include "cli/commandline.h"
#include "metrics/metricsreport.h"

#include <QDateTime>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace lambdesk::cli {

std::optional<qint64> parseSince(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,6})([smhd])$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 ms = unit == u's' ? 1000 : unit == u'm' ? 60'000 : unit == u'h' ? 3'600'000 : 86'400'000;
    if (n <= 0 || n * ms > 30LL * 86'400'000)
        return std::nullopt;
    return n * ms;
}

namespace {
QString ms(double v)
{
    return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', 2);
}

nlohmann::json bucketJson(const metrics::Bucket &b)
{
    auto orNull = [](double v) { return v < 0 ? nlohmann::json(nullptr) : nlohmann::json(v); };
    return {{"time", QDateTime::fromMSecsSinceEpoch(b.startMs, Qt::UTC).toString(Qt::ISODateWithMs).toStdString()},
            {"invocations", b.invocations},
            {"errors", b.errors},
            {"successRate", orNull(b.successRate())},
            {"throttles", b.throttles},
            {"durationAvgMs", orNull(b.durationAvg())},
            {"durationMinMs", orNull(b.durationMin)},
            {"durationMaxMs", orNull(b.durationMax)},
            {"durationP50Ms", orNull(b.p50)},
            {"durationP90Ms", orNull(b.p90)},
            {"durationP99Ms", orNull(b.p99)},
            {"concurrentExecutions", b.concurrency},
            {"coldStarts", b.coldStarts},
            {"initDurationAvgMs", orNull(b.initAvg())},
            {"maxMemoryUsedMb", b.maxMemoryUsedMb},
            {"memorySizeMb", b.memorySizeMb},
            {"billedMs", b.billedMs},
            {"gbSeconds", b.gbSeconds()},
            {"asyncEventsReceived", b.asyncReceived},
            {"asyncEventsRetried", b.asyncRetried},
            {"asyncEventsDropped", b.asyncDropped}};
}
} // namespace

int metricsCommand(const MetricsOptions &options, QTextStream &out, QTextStream &err)
{
    const std::optional<qint64> since = parseSince(options.since);
    if (!since) {
        err << "lambdesk metrics: --since must be a whole number with s, m, h or d (10m, 1h, 2d), at most 30 days;"
               " got '"
            << options.since << "'\n";
        return BadUsage;
    }
    const qsizetype colon = options.target.indexOf(u':');
    metrics::Query q;
    q.filter.function = colon < 0 ? options.target : options.target.left(colon);
    const QString qualifier = colon < 0 ? QString() : options.target.mid(colon + 1);
    bool number = false;
    qualifier.toInt(&number);
    if (qualifier == QLatin1StringView("$LATEST") || number)
        q.filter.version = qualifier;
    else
        q.filter.alias = qualifier;
    q.nowMs = QDateTime::currentMSecsSinceEpoch();
    q.toMs = q.nowMs;
    q.bucketMs = *since <= 3 * 3'600'000 ? 60'000 : *since <= 86'400'000 ? 300'000 : 3'600'000;
    q.fromMs = q.nowMs - *since + q.bucketMs; // the newest period is the current one
    q.recentLimit = 0;

    Backend::Options backendOptions;
    backendOptions.workspace = options.workspace;
    backendOptions.startProvisioned = false; // a one-shot command keeps no environments ahead of time
    Backend backend(backendOptions);
    if (auto s = backend.start(); !s) {
        err << "lambdesk: " << s.error().message << '\n';
        return s.error().kind == Error::Kind::Unavailable ? CannotRun : BadUsage;
    }
    if (auto f = backend.getFunction(q.filter.function); !f) {
        backend.stop();
        err << "lambdesk metrics: " << f.error().message << '\n';
        return BadUsage;
    }
    const metrics::Report r = backend.metrics(q);
    backend.stop();

    const metrics::Bucket &t = r.total;
    if (options.json) {
        nlohmann::json doc = {{"function", q.filter.function.toStdString()},
                              {"qualifier", qualifier.toStdString()},
                              {"periodSeconds", r.query.bucketMs / 1000},
                              {"exactPercentiles", r.exact},
                              {"total", bucketJson(t)},
                              {"periods", nlohmann::json::array()}};
        for (const metrics::Bucket &b : r.buckets)
            doc["periods"].push_back(bucketJson(b));
        out << QString::fromStdString(doc.dump(2)) << '\n';
        return Success;
    }
    const QLocale c = QLocale::c();
    out << QStringLiteral("%1%2, last %3 (per %4 min%5)\n")
               .arg(q.filter.function, qualifier.isEmpty() ? QString() : u':' + qualifier, options.since)
               .arg(r.query.bucketMs / 60'000)
               .arg(r.exact ? QStringLiteral(", exact") : QStringLiteral(", percentiles within 2.2%"));
    out << "Invocations " << t.invocations << "  Errors " << t.errors << "  Success rate "
        << (t.successRate() < 0 ? QStringLiteral("-") : QString::number(t.successRate(), 'f', 1) + u'%')
        << "  Throttles " << t.throttles << '\n';
    out << "Duration ms  avg " << ms(t.durationAvg()) << "  min " << ms(t.durationMin) << "  p50 " << ms(t.p50)
        << "  p90 " << ms(t.p90) << "  p99 " << ms(t.p99) << "  max " << ms(t.durationMax) << '\n';
    out << "Concurrent executions " << t.concurrency << "  Cold starts " << t.coldStarts << "  Init Duration avg ms "
        << ms(t.initAvg()) << '\n';
    out << "Max Memory Used " << t.maxMemoryUsedMb << " of " << t.memorySizeMb << " MB  Billed "
        << c.toString(t.billedMs) << " ms  " << QString::number(t.gbSeconds(), 'f', 6) << " GB-s\n";
    out << "Async events  received " << t.asyncReceived << "  retried " << t.asyncRetried << "  dropped "
        << t.asyncDropped << '\n';
    out << QStringLiteral("\n%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("TIME (UTC)"), -17)
               .arg(QStringLiteral("INVOC"), 6)
               .arg(QStringLiteral("ERR"), 5)
               .arg(QStringLiteral("THROT"), 5)
               .arg(QStringLiteral("AVG_MS"), 9)
               .arg(QStringLiteral("P99_MS"), 9)
               .arg(QStringLiteral("MAX_MS"), 9)
               .arg(QStringLiteral("CONC"), 4)
               .arg(QStringLiteral("COLD"), 4);
    for (const metrics::Bucket &b : r.buckets) {
        if (b.invocations == 0 && b.throttles == 0 && b.asyncReceived == 0 && b.asyncDropped == 0)
            continue;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(QDateTime::fromMSecsSinceEpoch(b.startMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        -17)
                   .arg(b.invocations, 6)
                   .arg(b.errors, 5)
                   .arg(b.throttles, 5)
                   .arg(ms(b.durationAvg()), 9)
                   .arg(ms(b.p99), 9)
                   .arg(ms(b.durationMax), 9)
                   .arg(b.concurrency, 4)
                   .arg(b.coldStarts, 4);
    }
    return Success;
}

} // namespace lambdesk::cli
