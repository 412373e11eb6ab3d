// Provisioned concurrency, measured: the first invocation of a version in a new environment,
// on demand (a cold start: init + invoke) beside the same on a provisioned environment
// (initialised ahead of time: invoke only), and how long a Put takes to reach READY. The same
// no-op Python function, alternating the two in each round; on-demand environments are reaped
// at once (idle timeout 0), so every on-demand first invocation is cold. Asserts nothing.
//
//   bench_provisioned [N]     N rounds (default 30)
#include "backend.h"
#include "benchbackend.h"
#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace lambdesk;
using bench::msSince;
using bench::Series;

namespace {

Result<InvocationResult> invokeOnce(Backend &b, const QString &name, const QString &qualifier)
{
    std::optional<Result<InvocationResult>> out;
    b.invoke(InvokeRequest{name, qualifier, QByteArrayLiteral("{}"), InvocationType::RequestResponse, {}},
             [&](Result<InvocationResult> r) { out = std::move(r); });
    while (!out)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    return std::move(*out);
}

template<typename Pred>
void spinUntil(Pred done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
}

void row(const char *label, const Series &s)
{
    std::printf("  %-58s median %8.2f ms  p90 %8.2f ms  mean %8.2f ms\n", label, s.pct(50), s.pct(90), s.mean());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rounds = 30;
    if (argc > 1 && std::atoi(argv[1]) > 0)
        rounds = std::atoi(argv[1]);

    const auto setup = bench::startPythonBackend(false);
    if (!setup)
        return 1;
    Backend &backend = *setup->backend;
    const RuntimeInfo *py = setup->python;
    backend.setIdleTimeoutMs(0); // on-demand environments go as soon as they are idle
    FunctionConfig c;
    c.name = QStringLiteral("noop");
    c.runtime = py->id;
    c.handler = QStringLiteral("noop.handler");
    c.memorySize = 2048; // a full vCPU: the CPU quota never throttles the measurement
    if (const auto r = backend.createFunction(
            c, CodeSource::directory(QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/bench/noop/python")));
        !r || !backend.publishVersion({c.name, {}, {}, {}})) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    const auto noEnvironments = [&] {
        const auto e = backend.environments(c.name);
        return e.idle + e.busy == 0;
    };

    Series cold, coldInit, provisioned, toReady;
    int provisionedCold = 0, onDemandWarm = 0;
    invokeOnce(backend, c.name, QStringLiteral("1")); // the interpreter's files in the page cache
    spinUntil(noEnvironments);
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        t.start();
        const auto r = invokeOnce(backend, c.name, QStringLiteral("1"));
        cold.ms.push_back(msSince(t));
        if (r && r->initDurationMs)
            coldInit.ms.push_back(*r->initDurationMs);
        else
            ++onDemandWarm;
        spinUntil(noEnvironments);

        t.restart();
        if (!backend.putProvisionedConcurrency(c.name, QStringLiteral("1"), 1)) {
            std::fprintf(stderr, "put failed\n");
            return 1;
        }
        spinUntil([&] {
            const auto p = backend.getProvisionedConcurrency(c.name, QStringLiteral("1"));
            return !p || p->status != u"IN_PROGRESS";
        });
        toReady.ms.push_back(msSince(t));
        t.restart();
        const auto w = invokeOnce(backend, c.name, QStringLiteral("1"));
        provisioned.ms.push_back(msSince(t));
        if (w && w->initDurationMs)
            ++provisionedCold;
        backend.deleteProvisionedConcurrency(c.name, QStringLiteral("1"));
        spinUntil(noEnvironments);
    }
    std::printf("bench_provisioned: %d rounds, Python no-op (%s), first invocation of version 1 in a new "
                "environment\n",
                rounds, qPrintable(py->id));
    row("on demand: cold start, invoke() to answer", cold);
    row("  of which Init Duration (REPORT)", coldInit);
    row("provisioned: first invocation, invoke() to answer", provisioned);
    row("provisioned: PutProvisionedConcurrencyConfig to READY", toReady);
    std::printf("  ratio provisioned / on demand (median): x%.3f\n", provisioned.pct(50) / cold.pct(50));
    std::printf("  checks: provisioned invocations with an Init Duration: %d; on-demand ones without: %d\n",
                provisionedCold, onDemandWarm);
    backend.stop();
    return 0;
}
