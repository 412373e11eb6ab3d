// What a debug session costs the invocations that are not debugged: the warm invoke of a no-op
// Python function — end to end and Lambdesk's own code per invoke (as bench_invoke measures
// it) — with no debug session, then while a debug session of another function is stopped on a
// breakpoint; interleaved rounds, both printed with their ratio. Asserts nothing.
#include "backend.h"
#include "benchsupport.h"
#include "debug/debugtypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>
#include <vector>

using namespace lambdesk;
using bench::Stats;

namespace {

void row(const char *what, const Stats &s)
{
    std::printf("  %-58s median %9.3f ms   p99 %9.3f ms\n", what, s.median, s.p99);
}

Result<InvocationResult> invokeOnce(Backend &b, const QString &name)
{
    std::optional<Result<InvocationResult>> out;
    b.invoke(InvokeRequest{name, {}, QByteArrayLiteral("{}"), InvocationType::RequestResponse, {}},
             [&](Result<InvocationResult> r) { out = std::move(r); });
    while (!out)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    return std::move(*out);
}

struct Round
{
    std::vector<double> wall, overhead;
};

void measure(Backend &b, const QString &name, int n, Round &into)
{
    for (int i = 0; i < n; ++i) {
        QElapsedTimer clock;
        clock.start();
        const auto r = invokeOnce(b, name);
        into.wall.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (r)
            into.overhead.push_back(double(r->overheadNs) / 1e6);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int n = 2000;
    for (const QString &a : app.arguments().mid(1))
        if (a.toInt() > 0)
            n = std::max(100, a.toInt());
    QTemporaryDir ws, code;
    Backend::Options options;
    options.workspace = ws.path();
    options.persistLogs = true;
    Backend backend(options);
    if (const Status s = backend.start(); !s) {
        std::fprintf(stderr, "backend: %s\n", qPrintable(s.error().message));
        return 1;
    }
    const RuntimeInfo *py = backend.runtimes().preferred(RuntimeFamily::Python);
    if (!py) {
        std::fprintf(stderr, "no Python runtime\n");
        return 1;
    }
    QFile held(code.path() + QStringLiteral("/held.py"));
    held.open(QIODevice::WriteOnly);
    held.write("def handler(event, context):\n    x = 1\n    return x\n");
    held.close();
    FunctionConfig noop;
    noop.name = QStringLiteral("noop");
    noop.runtime = py->id;
    noop.handler = QStringLiteral("noop.handler");
    noop.memorySize = 2048;
    FunctionConfig debugged = noop;
    debugged.name = QStringLiteral("debugged");
    debugged.handler = QStringLiteral("held.handler");
    debugged.timeout = 60;
    if (!backend.createFunction(noop, CodeSource::directory(QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/bench/noop/python")))
        || !backend.createFunction(debugged, CodeSource::directory(code.path()))) {
        std::fprintf(stderr, "cannot create the functions\n");
        return 1;
    }
    std::printf("Lambdesk debugger benchmark — ordinary warm invokes of a no-op Python function (%s), %d per "
                "series, interleaved in 4 rounds\n\n",
                qPrintable(py->id), n);
    for (int i = 0; i < 200; ++i)
        invokeOnce(backend, noop.name); // warm up

    Round idle, stopped;
    const int per = n / 4;
    for (int round = 0; round < 4; ++round) {
        measure(backend, noop.name, per, idle);
        // A debug session of the other function, stopped on line 2.
        debug::Options o;
        debug::Breakpoint bp;
        bp.file = QStringLiteral("held.py");
        bp.line = 2;
        o.breakpoints = {bp};
        std::optional<Result<InvocationResult>> result;
        QString session;
        const auto c = QObject::connect(&backend, &Backend::debugStopped, &backend,
                                        [&](const debug::Stop &s) { session = s.sessionId; });
        backend.debugInvoke(InvokeRequest{debugged.name, {}, QByteArrayLiteral("{}")}, o,
                            [&](Result<InvocationResult> r) { result = std::move(r); });
        while (session.isEmpty() && !result)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        QObject::disconnect(c);
        if (session.isEmpty()) {
            std::fprintf(stderr, "the debug session did not stop: %s\n",
                         result && !result->ok() ? qPrintable(result->error().message) : "no stop");
            return 1;
        }
        measure(backend, noop.name, per, stopped);
        backend.debugResume(session, debug::Step::Continue);
        while (!result)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    const Stats idleWall = Stats::of(idle.wall), stoppedWall = Stats::of(stopped.wall);
    const Stats idleOver = Stats::of(idle.overhead), stoppedOver = Stats::of(stopped.overhead);
    std::printf("No debug session\n");
    row("invoke, end to end", idleWall);
    row("Lambdesk's own code per invoke (measured inside)", idleOver);
    std::printf("While a debug session of another function is stopped\n");
    row("invoke, end to end", stoppedWall);
    row("Lambdesk's own code per invoke (measured inside)", stoppedOver);
    std::printf("\n  => end to end, stopped / none: %.3fx (median)\n", stoppedWall.median / idleWall.median);
    std::printf("  => own code, stopped / none:   %.3fx (median)\n", stoppedOver.median / idleOver.median);
    backend.stop();
    return 0;
}
