// The Python debugger, measured through the Backend as the console drives it: from Debug
// (Backend::debugInvoke) to the stop on a breakpoint in a warm debug environment, one step's
// time (debugResume(Over) to the next stop), and the cold figure (a new debug environment: the
// runtime starts debugpy, Lambdesk attaches). Beside them, the same function's ordinary warm
// invocation, the baseline. Asserts nothing (issue 16's targets: under 1 s to the stop, under
// 100 ms a step).
//
//   bench_debugpython [N]     N warm rounds (default 20)
#include "backend.h"
#include "benchbackend.h"
#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace lambdesk;
using bench::msSince;
using bench::Series;

namespace {

const char kApp[] = "def handler(event, context):\n" // 1
                    "    a = 1\n"                    // 2 (breakpoint)
                    "    b = a + 1\n"                // 3
                    "    return {'b': b}\n";         // 4

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
    int rounds = 20;
    if (argc > 1 && std::atoi(argv[1]) > 0)
        rounds = std::atoi(argv[1]);
    qRegisterMetaType<debug::Stop>();

    const auto setup = bench::startPythonBackend(false);
    if (!setup)
        return 1;
    Backend &backend = *setup->backend;
    QTemporaryDir code;
    QFile f(code.filePath(QStringLiteral("app.py")));
    if (!f.open(QIODevice::WriteOnly) || f.write(kApp) < 0)
        return 1;
    f.close();
    FunctionConfig c;
    c.name = QStringLiteral("dbg");
    c.runtime = setup->python->id;
    c.handler = QStringLiteral("app.handler");
    c.memorySize = 2048; // a full vCPU: the CPU quota never throttles the measurement
    c.timeout = 60;
    if (!backend.createFunction(c, CodeSource::directory(code.path()))) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }

    std::optional<debug::Stop> lastStop;
    QObject::connect(&backend, &Backend::debugStopped, &app, [&](const debug::Stop &s) { lastStop = s; });

    Series cold, warm, step, total, ordinary;
    int failures = 0;
    for (int round = 0; round <= rounds; ++round) {
        debug::Options options;
        options.breakpoints = {debug::Breakpoint{QStringLiteral("app.py"), 2, {}, {}, true}};
        InvokeRequest request;
        request.function = c.name;
        request.payload = QByteArrayLiteral("{}");
        std::optional<Result<InvocationResult>> result;
        lastStop.reset();
        QElapsedTimer t;
        t.start();
        backend.debugInvoke(request, options, [&](Result<InvocationResult> r) { result = std::move(r); });
        spinUntil([&] { return lastStop.has_value() || result.has_value(); });
        if (!lastStop) {
            std::fprintf(stderr, "no stop: %s\n",
                         result && !*result ? qPrintable(result->error().message) : "the invocation ended");
            return 1;
        }
        (round == 0 ? cold : warm).ms.push_back(msSince(t));
        const QString id = lastStop->sessionId;
        lastStop.reset();
        QElapsedTimer s;
        s.start();
        if (!backend.debugResume(id, debug::Step::Over)) {
            ++failures;
            continue;
        }
        spinUntil([&] { return lastStop.has_value() || result.has_value(); });
        if (lastStop && lastStop->frames.value(0).line == 3)
            step.ms.push_back(msSince(s));
        else
            ++failures;
        backend.debugResume(id, debug::Step::Continue);
        spinUntil([&] { return result.has_value(); });
        if (!*result || result->value().isError())
            ++failures;
        if (round > 0)
            total.ms.push_back(msSince(t));
    }

    // The baseline: the same function, ordinary invocations (an ordinary warm environment).
    for (int round = 0; round <= rounds; ++round) {
        std::optional<Result<InvocationResult>> result;
        QElapsedTimer t;
        t.start();
        backend.invoke(InvokeRequest{c.name, {}, QByteArrayLiteral("{}"), InvocationType::RequestResponse, {}},
                       [&](Result<InvocationResult> r) { result = std::move(r); });
        spinUntil([&] { return result.has_value(); });
        if (round > 0)
            ordinary.ms.push_back(msSince(t));
    }

    std::printf("bench_debug: %d warm rounds, Python (%s), a breakpoint on the handler's first line\n", rounds,
                qPrintable(setup->python->id));
    row("cold: Debug to the stop (new debug environment)", cold);
    row("warm: Debug to the stop on the breakpoint", warm);
    row("warm: one step (Step over to the next stop)", step);
    row("warm: the whole session (Debug, step, continue, answer)", total);
    row("baseline: ordinary warm invocation, invoke() to answer", ordinary);
    std::printf("  failures: %d\n", failures);
    backend.stop();
    return 0;
}
