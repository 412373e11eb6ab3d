// Warm-invoke overhead and cold-start cost of the execution backend, in-process, each beside
// a baseline measured in the same run: a bare interpreter start and a loopback HTTP round trip.
// Then the tail at 128 MB under the CPU quota: the former 100 ms period against the current
// one, interleaved. Prints figures; asserts nothing.
#include "backend.h"
#include "benchsupport.h"
#include "runtime/resourcelimits.h"
#include "runtime/runtimecatalog.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace lambdesk;

namespace {

using bench::Stats;

void row(const char *what, const Stats &s, const char *unit = "ms")
{
    std::printf("  %-58s median %9.3f %s   p99 %9.3f %s\n", what, s.median, unit, s.p99, unit);
}

// Bare interpreter start: the floor under any cold start. Measured to the script's first
// output (as Init Duration is measured to the runtime's first request), not to its exit:
// Node's teardown alone takes longer than its start.
Stats interpreterStart(const QString &program, const QString &script, int n)
{
    std::vector<double> t;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer clock;
        clock.start();
        QProcess p;
        // The environment a runtime gets (no NODE_EXTRA_CA_CERTS and the like from this shell).
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), qEnvironmentVariable("HOME"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(program, {script});
        while (p.waitForReadyRead(30000) && !p.readAllStandardOutput().contains("ready")) {}
        t.push_back(double(clock.nsecsElapsed()) / 1e6);
        p.kill();
        p.waitForFinished(5000);
    }
    return Stats::of(t);
}

// A loopback HTTP/1.1 keep-alive round trip through the same server stack the Runtime API uses.
class EchoServer : public QAbstractHttpServer
{
protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QHttpServerResponder r = makeResponder(request, socket);
        r.write(QByteArrayLiteral("null"), QByteArrayLiteral("application/json"));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

Stats httpRoundTrip(int n)
{
    EchoServer server;
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    client.waitForConnected(5000);
    const QByteArray request = "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    std::vector<double> t;
    QByteArray buffer;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer clock;
        clock.start();
        client.write(request);
        // Serve and read until one whole response (headers + 4-byte body) is in.
        while (!buffer.contains("\r\n\r\nnull")) {
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
            buffer += client.readAll();
        }
        buffer.remove(0, buffer.indexOf("\r\n\r\nnull") + 8);
        t.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    return Stats::of(t);
}

struct InvokeRun
{
    Stats wall;     // backend->invoke() until the callback
    Stats overhead; // time spent in Lambdesk's own code (measured inside)
    Stats duration; // what REPORT says
};

Result<InvocationResult> invokeOnce(Backend &b, const QString &name)
{
    std::optional<Result<InvocationResult>> out;
    b.invoke(InvokeRequest{name, {}, QByteArrayLiteral("{}"), InvocationType::RequestResponse, {}},
             [&](Result<InvocationResult> r) { out = std::move(r); });
    while (!out)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    return std::move(*out);
}

InvokeRun warm(Backend &b, const QString &name, int n)
{
    for (int i = 0; i < 200; ++i)
        invokeOnce(b, name); // warm up: the environment, the caches, the CPU governor
    std::vector<double> wall, overhead, duration;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer clock;
        clock.start();
        const auto r = invokeOnce(b, name);
        wall.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (r) {
            overhead.push_back(double(r->overheadNs) / 1e6);
            duration.push_back(r->durationMs);
        }
    }
    return {Stats::of(wall), Stats::of(overhead), Stats::of(duration)};
}

struct ColdRun
{
    Stats wall;
    Stats init;
    Stats overhead;
};

ColdRun cold(Backend &b, const QString &name, int n)
{
    std::vector<double> wall, init, overhead;
    for (int i = 0; i < n; ++i) {
        // A configuration change retires the warm environment: the next invoke is cold.
        FunctionConfig c = b.getFunction(name).value();
        c.environment.insert(QStringLiteral("RUN"), QString::number(i));
        b.updateConfiguration(c);
        QElapsedTimer settle;
        settle.start();
        while (b.environments(name).idle + b.environments(name).busy > 0 && settle.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QElapsedTimer clock;
        clock.start();
        const auto r = invokeOnce(b, name);
        wall.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (r && r->initDurationMs) {
            init.push_back(*r->initDurationMs);
            overhead.push_back(double(r->overheadNs) / 1e6);
        }
    }
    return {Stats::of(wall), Stats::of(init), Stats::of(overhead)};
}

// Retires the function's warm environments and waits until they are gone: the next invoke
// starts a new one (with the CPU period LAMBDESK_CPU_PERIOD_US says now).
void retire(Backend &b, const QString &name, const QString &marker)
{
    FunctionConfig c = b.getFunction(name).value();
    c.environment.insert(QStringLiteral("RUN"), marker);
    b.updateConfiguration(c);
    QElapsedTimer settle;
    settle.start();
    while (b.environments(name).idle + b.environments(name).busy > 0 && settle.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

struct TailRun
{
    std::vector<double> wall;
    int throttledInvocations = 0;
    qint64 throttledPeriods = 0;
    double throttledMs = 0;
    bool measured = false; // a cgroup told the throttling
};

// No-op invocations back to back at 128 MB, in rounds that alternate the former 100 ms CFS
// period with the current one, so that both see the same load on this shared machine.
void tail(Backend &b, const QString &name, int n, int rounds, TailRun &before, TailRun &after)
{
    for (int round = 0; round < rounds; ++round) {
        for (TailRun *run : {&before, &after}) {
            if (run == &before)
                qputenv("LAMBDESK_CPU_PERIOD_US", "100000");
            else
                qunsetenv("LAMBDESK_CPU_PERIOD_US");
            retire(b, name, QStringLiteral("%1-%2").arg(round).arg(run == &before ? u"before" : u"after"));
            for (int i = 0; i < 50; ++i)
                invokeOnce(b, name); // the cold start, then warm up
            for (int i = 0; i < n / rounds; ++i) {
                QElapsedTimer clock;
                clock.start();
                const auto r = invokeOnce(b, name);
                run->wall.push_back(double(clock.nsecsElapsed()) / 1e6);
                if (r && r->cpuThrottledMs) {
                    run->measured = true;
                    run->throttledPeriods += r->cpuThrottledPeriods;
                    run->throttledMs += *r->cpuThrottledMs;
                    run->throttledInvocations += r->cpuThrottledPeriods > 0 ? 1 : 0;
                }
            }
        }
    }
    qunsetenv("LAMBDESK_CPU_PERIOD_US");
}

void tailRow(const char *what, const TailRun &run)
{
    const Stats s = Stats::of(run.wall);
    std::printf("  %-44s median %7.3f ms   p99 %8.3f ms   mean %7.3f ms\n", what, s.median, s.p99, s.mean);
    if (run.measured)
        std::printf("  %-44s throttled in %d of %zu invocations, %.1f ms in all (%lld periods)\n", "",
                    run.throttledInvocations, run.wall.size(), run.throttledMs, qlonglong(run.throttledPeriods));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // bench_invoke [N] [--tail-only]: N warm invocations per runtime (and per CPU period in the
    // 128 MB part); --tail-only runs the 128 MB part alone.
    const QStringList args = app.arguments().mid(1);
    const bool tailOnly = args.contains(QStringLiteral("--tail-only"));
    int n = 3000;
    for (const QString &a : args) {
        if (a.toInt() > 0)
            n = std::max(100, a.toInt());
    }
    QTemporaryDir ws;
    Backend::Options options;
    options.workspace = ws.path();
    options.persistLogs = true;
    Backend backend(options);
    if (const Status s = backend.start(); !s) {
        std::fprintf(stderr, "backend: %s\n", qPrintable(s.error().message));
        return 1;
    }
    const RuntimeInfo *py = backend.runtimes().preferred(RuntimeFamily::Python);
    const RuntimeInfo *node = backend.runtimes().preferred(RuntimeFamily::Node);
    std::printf("Lambdesk invoke benchmark — %d warm invocations per runtime, %s\n", n,
                qPrintable(backend.limitsDescription()));
    std::printf("Functions use 2048 MB so the CPU quota (1 vCPU at 1769 MB) never throttles the measurement.\n\n");

    struct Target
    {
        const RuntimeInfo *runtime;
        QString dir, handler;
    };
    QList<Target> targets;
    if (py)
        targets.append(
            {py, QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/bench/noop/python"), QStringLiteral("noop.handler")});
    if (node)
        targets.append(
            {node, QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/bench/noop/node"), QStringLiteral("noop.handler")});

    const Stats rtt = tailOnly ? Stats{} : httpRoundTrip(5000);
    if (!tailOnly) {
        std::printf("Baseline: loopback HTTP/1.1 keep-alive round trip (QTcpSocket <-> QHttpServer, in process)\n");
        row("one round trip", rtt);
        std::printf("  (a warm invoke needs two: the event out on /next, the result in on /response)\n\n");
    }

    for (const Target &t : tailOnly ? QList<Target>() : targets) {
        FunctionConfig c;
        c.name = QStringLiteral("noop-") + runtimeFamilyName(t.runtime->family);
        c.runtime = t.runtime->id;
        c.handler = t.handler;
        c.memorySize = 2048;
        if (const auto r = backend.createFunction(c, CodeSource::directory(t.dir)); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        // The interpreter running a script file that only says it is up (the bootstrap is a file too).
        const bool python = t.runtime->family == RuntimeFamily::Python;
        const QString script = ws.path() + (python ? QStringLiteral("/ready.py") : QStringLiteral("/ready.mjs"));
        QFile file(script);
        file.open(QIODevice::WriteOnly);
        file.write(python ? "import sys\nsys.stdout.write('ready')\nsys.stdout.flush()\nimport time\ntime.sleep(60)\n"
                          : "process.stdout.write('ready'); setTimeout(() => {}, 60000);\n");
        file.close();
        const Stats interp = interpreterStart(t.runtime->executable, script, 20);
        const ColdRun coldRun = cold(backend, c.name, 20);
        const InvokeRun warmRun = warm(backend, c.name, n);

        std::printf("%s (%s)\n", qPrintable(t.runtime->displayName), qPrintable(t.runtime->executable));
        std::printf(" Cold start\n");
        row("bare interpreter start to first output (baseline)", interp.median > 0 ? interp : Stats{});
        row("Init Duration (interpreter + bootstrap to first /next)", coldRun.init);
        row("cold invoke, end to end", coldRun.wall);
        row("Lambdesk's own work in a cold invoke", coldRun.overhead);
        std::printf("  => cold invoke beyond the bare interpreter start: %.2f ms (bootstrap imports included)\n",
                    coldRun.wall.median - interp.median);
        std::printf("  => Lambdesk's own share of it: %.2f ms (target < 20 ms)\n", coldRun.overhead.median);
        std::printf(" Warm invoke\n");
        row("invoke, end to end (no-op handler)", warmRun.wall);
        row("handler Duration as REPORT measures it", warmRun.duration);
        row("Lambdesk's own code per invoke (measured inside)", warmRun.overhead);
        std::printf("  => end to end / two HTTP round trips: %.2fx\n", warmRun.wall.median / (2 * rtt.median));
        std::printf("  => Lambdesk's own code: %.3f ms median (target < 0.5 ms)\n\n", warmRun.overhead.median);
    }

    // The 128 MB tail: the same no-op under 128/1769 of a vCPU, with the former 100 ms period
    // and with the current one.
    const CpuBandwidth old128 = cpuquota::forMemory(128, 100000);
    const CpuBandwidth new128 = cpuquota::forMemory(128);
    const int tailN = n;
    std::printf("No-op at 128 MB under the CPU quota — %d invocations per period, 5 interleaved rounds\n", tailN);
    if (!backend.limitsDescription().contains(QLatin1String("CPU quota")))
        std::printf("  (no cgroup CPU quota on this machine: both runs are unlimited)\n");
    for (const Target &t : targets) {
        FunctionConfig c;
        c.name = QStringLiteral("tail-") + runtimeFamilyName(t.runtime->family);
        c.runtime = t.runtime->id;
        c.handler = t.handler;
        c.memorySize = 128;
        if (const auto r = backend.createFunction(c, CodeSource::directory(t.dir)); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        TailRun before, after;
        tail(backend, c.name, tailN, 5, before, after);
        const Stats b = Stats::of(before.wall), a = Stats::of(after.wall);
        std::printf("%s\n", qPrintable(t.runtime->displayName));
        tailRow(qPrintable(QStringLiteral("period %1 ms, quota %2 ms (before)")
                               .arg(double(old128.periodMicros) / 1000)
                               .arg(double(old128.quotaMicros) / 1000, 0, 'f', 3)),
                before);
        tailRow(qPrintable(QStringLiteral("period %1 ms, quota %2 ms (now)")
                               .arg(double(new128.periodMicros) / 1000)
                               .arg(double(new128.quotaMicros) / 1000, 0, 'f', 3)),
                after);
        std::printf("  => before / now: median %.2fx, p99 %.2fx (target: p99 < 10 ms)\n\n", b.median / a.median,
                    b.p99 / a.p99);
    }
    backend.stop();
    return 0;
}
