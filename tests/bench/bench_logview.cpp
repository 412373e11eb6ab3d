// The log viewer under a flood: the longest the GUI thread stalls while 10,000 lines a second
// arrive in the real LogView (the backend's 50 ms batches of 500 lines), beside the same
// measure with no lines at all. A 1 ms timer's lateness is the stall: it fires late exactly
// when the GUI thread was busy. Nothing is asserted; the target is under 50 ms.
//
//   ./build/tests/bench/bench_logview [--seconds N]   (offscreen unless DISPLAY is set)
#include "logs/logmodel.h"
#include "logs/logview.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lambdesk;

namespace {

constexpr int kBatchMs = 50, kLinesPerSecond = 10000, kBatch = kLinesPerSecond * kBatchMs / 1000;

// A realistic mix: an invocation's platform lines, text and JSON application lines.
class LineMaker
{
public:
    QList<LogRecord> batch(int n)
    {
        QList<LogRecord> out;
        out.reserve(n);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < n; ++i) {
            LogRecord r;
            r.function = m_seq % 3 ? QStringLiteral("orders") : QStringLiteral("payments");
            r.version = m_seq % 7 ? QStringLiteral("$LATEST") : QStringLiteral("3");
            r.line.timeMs = now;
            const int invocation = m_seq / 10;
            r.line.requestId =
                QStringLiteral("%1-4f1c-4b8e-9d6a-3c2f1e0d9b8a").arg(invocation, 8, 16, QLatin1Char('0'));
            switch (m_seq % 10) {
            case 0:
                r.line.platform = true;
                r.line.text = QStringLiteral("{\"time\":\"2026-12-01T00:00:00.000Z\",\"type\":\"platform.start\","
                                             "\"record\":{\"requestId\":\"%1\",\"version\":\"$LATEST\"}}")
                                  .arg(r.line.requestId);
                break;
            case 1:
            case 2:
                r.line.text = QStringLiteral("{\"timestamp\":\"2026-12-01T00:00:00.000Z\",\"level\":\"INFO\","
                                             "\"requestId\":\"%1\",\"message\":\"processing order %2\"}")
                                  .arg(r.line.requestId)
                                  .arg(m_seq);
                break;
            case 3:
                r.line.text = QStringLiteral("{\"level\":\"WARN\",\"location\":\"app.handler:42\",\"message\":\"slow "
                                             "downstream\",\"timestamp\":\"2026-12-01 00:00:00,000+0000\",\"service\":"
                                             "\"orders\",\"cold_start\":false,\"latency_ms\":%1}")
                                  .arg(m_seq % 900);
                break;
            case 4:
            case 5:
            case 6:
                r.line.text = QStringLiteral("2026-12-01T00:00:00.000Z\t%1\tINFO\tstep %2 of the order workflow done")
                                  .arg(r.line.requestId)
                                  .arg(m_seq);
                break;
            case 7: r.line.text = QStringLiteral("plain print from the handler, line %1").arg(m_seq); break;
            case 8:
                r.line.platform = true;
                r.line.text = QStringLiteral("END RequestId: %1").arg(r.line.requestId);
                break;
            default:
                r.line.platform = true;
                r.line.text = QStringLiteral("{\"time\":\"2026-12-01T00:00:00.000Z\",\"type\":\"platform.report\","
                                             "\"record\":{\"requestId\":\"%1\",\"metrics\":{\"durationMs\":15.74,"
                                             "\"billedDurationMs\":16,\"memorySizeMB\":128,\"maxMemoryUsedMB\":56},"
                                             "\"status\":\"success\"}}")
                                  .arg(r.line.requestId);
            }
            ++m_seq;
            out.append(std::move(r));
        }
        return out;
    }

private:
    qint64 m_seq = 0;
};

struct Stall
{
    double maxMs = 0, p99Ms = 0, p999Ms = 0;
    qint64 lines = 0;
    double seconds = 0;
};

// Runs the event loop for `ms`, a 1 ms timer measuring how late each of its ticks comes;
// with `feed`, 500 lines go into the model every 50 ms (10,000 a second).
Stall measure(LogModel &model, LineMaker &maker, int ms, bool feed)
{
    QEventLoop loop;
    QElapsedTimer clock;
    std::vector<double> lateness;
    lateness.reserve(size_t(ms) * 2);
    qint64 last = -1;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            lateness.push_back(std::max(0.0, double(now - last) / 1e6 - 1.0));
        last = now;
    });
    Stall s;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(kBatchMs);
    qint64 due = 0; // lines owed at 10,000 a second: a late batch brings what was missed
    QObject::connect(&feeder, &QTimer::timeout, &loop, [&] {
        const qint64 owed = clock.elapsed() * kLinesPerSecond / 1000 - due;
        if (owed <= 0)
            return;
        model.append(maker.batch(int(owed)));
        due += owed;
        s.lines += owed;
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    clock.start();
    tick.start();
    if (feed)
        feeder.start();
    loop.exec();
    s.seconds = double(clock.nsecsElapsed()) / 1e9;
    std::sort(lateness.begin(), lateness.end());
    if (!lateness.empty()) {
        s.maxMs = lateness.back();
        s.p99Ms = lateness[size_t(0.99 * double(lateness.size() - 1))];
        s.p999Ms = lateness[size_t(0.999 * double(lateness.size() - 1))];
    }
    return s;
}

void print(const char *what, const Stall &s)
{
    std::printf("  %-58s max %7.2f ms   p99.9 %6.2f ms   p99 %6.2f ms", what, s.maxMs, s.p999Ms, s.p99Ms);
    if (s.lines)
        std::printf("   (%.0f lines/s)", double(s.lines) / s.seconds);
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int seconds = 5;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--seconds")); i > 0 && i + 1 < args.size())
        seconds = std::max(1, args.at(i + 1).toInt());

    LogModel model; // the console's limit: 100,000 lines
    LogView view(&model);
    view.resize(1280, 720);
    view.show();
    view.scopeCombo()->setCurrentIndex(1); // all functions
    LineMaker maker;
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        app.processEvents();

    std::printf("GUI-thread stalls of the log viewer (a 1 ms timer's lateness), %d s each, %d lines per %d ms "
                "batch:\n",
                seconds, kBatch, kBatchMs);
    print("baseline: no lines", measure(model, maker, seconds * 1000, false));
    print("10,000 lines/s, following, filling up", measure(model, maker, seconds * 1000, true));
    // At the 100,000-line limit every batch also drops the oldest lines.
    while (model.rowCount() < 100000)
        model.append(maker.batch(5000));
    print("10,000 lines/s, following, at the 100,000-line limit", measure(model, maker, seconds * 1000, true));
    view.filterEdit()->setText(QStringLiteral("level=WARN"));
    print("10,000 lines/s, filtered by a JSON field (level=WARN)", measure(model, maker, seconds * 1000, true));
    view.filterEdit()->clear();
    view.setFollowing(false);
    print("10,000 lines/s, paused (not following)", measure(model, maker, seconds * 1000, true));
    print("baseline again: no lines", measure(model, maker, seconds * 1000, false));
    return 0;
}
