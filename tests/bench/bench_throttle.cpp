// Issue 13's target for concurrency limits: throttling adds no measurable cost to an invocation
// under the limit. The same no-op Python function twice — "shared" without a reservation (it
// counts against the unreserved pool) and "reserved" with reserved concurrency 5 — invoked warm
// through Backend::invoke one after the other, alternating, so both see the same load. Prints the medians,
// p99 and the ratio of end-to-end time and of Lambdesk's own code per invocation (measured
// inside, the limit check included), a control (a second function without a reservation: how far
// two identical functions differ in one run), and the cost of one check itself (acquire +
// release) in a tight loop. Asserts nothing.
//
//   bench_throttle [N]     N warm invocations per function (default 2000)
#include "backend.h"
#include "benchbackend.h"
#include "benchsupport.h"
#include "invoke/concurrencylimits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>
#include <vector>

using namespace lambdesk;
using bench::Series;

namespace {

struct Target
{
    const char *label;
    QString name;
    Series wall, overhead;
};

Result<InvocationResult> invokeOnce(Backend &b, const QString &name)
{
    std::optional<Result<InvocationResult>> out;
    InvokeRequest request;
    request.function = name;
    request.payload = QByteArrayLiteral("{}");
    b.invoke(std::move(request), [&](Result<InvocationResult> r) { out = std::move(r); });
    while (!out)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    return std::move(*out);
}

void row(const char *what, const Series &s, const Series &base)
{
    std::printf("    %-34s median %8.4f ms  p99 %8.4f ms  mean %8.4f ms   x%.3f median, x%.3f p99%s\n", what, s.pct(50),
                s.pct(99), s.mean(), s.pct(50) / base.pct(50), s.pct(99) / base.pct(99),
                s.failures ? qPrintable(QStringLiteral("  (%1 failed)").arg(s.failures)) : "");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int n = 2000;
    if (argc > 1 && std::atoi(argv[1]) > 0)
        n = std::max(100, std::atoi(argv[1]));
    const int rounds = 10;

    const auto setup = bench::startPythonBackend(false);
    if (!setup)
        return 1;
    Backend &backend = *setup->backend;
    const RuntimeInfo *py = setup->python;
    QList<Target> targets{{"no reservation (shared pool)", QStringLiteral("shared"), {}, {}},
                          {"reserved concurrency 5", QStringLiteral("reserved"), {}, {}},
                          // A control: the same as the first, to show how far two identical
                          // functions differ in one run (which environment, which core).
                          {"control: another without a reservation", QStringLiteral("shared-2"), {}, {}}};
    for (const Target &t : targets) {
        FunctionConfig c;
        c.name = t.name;
        c.runtime = py->id;
        c.handler = QStringLiteral("noop.handler");
        c.memorySize = 2048; // a full vCPU: the CPU quota never throttles the measurement
        if (const auto r = backend.createFunction(
                c, CodeSource::directory(QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/bench/noop/python")));
            !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
    }
    if (!backend.putFunctionConcurrency(QStringLiteral("reserved"), 5)) {
        std::fprintf(stderr, "cannot reserve concurrency\n");
        return 1;
    }
    for (const Target &t : targets)
        for (int i = 0; i < 50; ++i)
            invokeOnce(backend, t.name); // warm up: the environment, the caches, the CPU governor

    // Alternating one by one (and which goes first each round), so that both see the same moment's load.
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < n / rounds; ++i) {
            for (int k = 0; k < int(targets.size()); ++k) {
                Target &t = targets[(k + round) % int(targets.size())];
                QElapsedTimer clock;
                clock.start();
                const auto r = invokeOnce(backend, t.name);
                const double ms = bench::msSince(clock);
                if (!r || r->status != InvocationStatus::Succeeded) {
                    ++t.wall.failures;
                    continue;
                }
                t.wall.ms.push_back(ms);
                t.overhead.ms.push_back(double(r->overheadNs) / 1e6);
            }
        }
    }

    // The check alone: acquire + release of one function, with and without a reservation.
    const auto checkNs = [](bool reserved) {
        ConcurrencyLimits l;
        l.setAccountLimit(1000);
        for (int i = 0; i < 50; ++i)
            l.setReserved(QStringLiteral("other-%1").arg(i), 1);
        if (reserved)
            l.setReserved(QStringLiteral("fn"), 5);
        const QString fn = QStringLiteral("fn");
        const int iterations = 2'000'000;
        QElapsedTimer t;
        t.start();
        int throttled = 0;
        for (int i = 0; i < iterations; ++i) {
            throttled += bool(l.acquire(fn));
            l.release(fn);
        }
        return double(t.nsecsElapsed()) / iterations + throttled * 0.0;
    };

    std::printf("Lambdesk throttle benchmark — %d warm invocations per function alternating, in %d rounds\n", n,
                rounds);
    std::printf("  account concurrency limit %d, unreserved %d\n\n", backend.accountConcurrency().limit,
                backend.accountConcurrency().unreserved);
    const Target &base = targets.first();
    for (const Target &t : targets) {
        std::printf("  %s\n", t.label);
        row("invoke, end to end", t.wall, base.wall);
        row("Lambdesk's own code per invoke", t.overhead, base.overhead);
    }
    const double sharedNs = checkNs(false), reservedNs = checkNs(true);
    std::printf("\n  the limit check alone (acquire + release): %.1f ns without a reservation, %.1f ns with one\n",
                sharedNs, reservedNs);
    std::printf("  => with a reservation / without: x%.3f end to end (median), x%.3f Lambdesk's own code\n",
                targets[1].wall.pct(50) / base.wall.pct(50), targets[1].overhead.pct(50) / base.overhead.pct(50));
    std::printf("  => with a reservation / the control: x%.3f end to end (median), x%.3f Lambdesk's own code\n",
                targets[1].wall.pct(50) / targets[2].wall.pct(50),
                targets[1].overhead.pct(50) / targets[2].overhead.pct(50));
    std::printf("  => the check is %.4f %% of a warm invocation's median\n",
                100.0 * reservedNs / 1e6 / base.wall.pct(50));
    backend.stop();
    return 0;
}
