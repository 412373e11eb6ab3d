// The Node.js debugger's figures (issue 16's targets: from Debug to the stop on the breakpoint
// under 1 s for a warm function; a step answers in under 100 ms), measured on a real Node
// environment started for debugging (the bootstrap's inspector) with CdpEngine attached, beside
// the same handler invoked warm in an ordinary environment. Prints figures; asserts nothing.
#include "benchsupport.h"

#include "debug/cdpengine.h"
#include "runtime/debugenv.h"
#include "runtime/environmentpool.h"
#include "runtime/resourcelimits.h"
#include "runtime/runtimeapiserver.h"
#include "runtime/runtimedetection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace lambdesk;
using namespace lambdesk::debug;

namespace {

const char kHandler[] = "export const handler = async (event) => {\n" // 1
                        "  const a = event.n + 1;\n"                  // 2
                        "  const b = a * 2;\n"                        // 3
                        "  return { a, b };\n"                        // 4
                        "};\n";

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// Runs the event loop until `done` holds (or 30 s pass: a failure, reported).
template<typename Pred>
bool spin(Pred done)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > 30000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

void print(const char *what, std::vector<double> v)
{
    const bench::Stats s = bench::Stats::of(std::move(v));
    std::printf("  %-52s median %8.2f ms   p99 %8.2f ms   mean %8.2f ms\n", what, s.median, s.p99, s.mean);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("LAMBDESK_SANDBOX", "off");
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    RuntimeDetection detection;
    const RuntimeInfo *node = detection.catalog().preferred(RuntimeFamily::Node);
    if (!node) {
        std::fprintf(stderr, "no Node.js runtime on this machine\n");
        return 1;
    }
    QTemporaryDir code, scratch;
    {
        QFile f(code.filePath(QStringLiteral("app.mjs")));
        f.open(QIODevice::WriteOnly);
        f.write(kHandler);
    }
    RuntimeApiServer server;
    const std::unique_ptr<ResourceControl> control = ResourceControl::watchdog();
    EnvironmentPool pool(control.get(), &server);
    EnvironmentSpec spec;
    spec.functionName = QStringLiteral("f");
    spec.runtime = *node;
    spec.handler = QStringLiteral("app.handler");
    spec.codeDir = code.path();
    spec.runtimeDir = QStringLiteral(LAMBDESK_SOURCE_DIR "/resources/runtimes");
    spec.scratchRoot = scratch.path();
    spec.timeoutS = 600;
    spec.memoryMb = 2048;
    EnvironmentSpec debugSpec = spec;
    const quint16 port = freePort();
    debugSpec.environment.insert(QString::fromLatin1(debugenv::kPort), QString::number(port));

    int results = 0;
    int sent = 0;
    auto dispatch = [&](const QString &key, const EnvironmentSpec &s) {
        runtimeapi::Event e;
        e.requestId = QStringLiteral("req-%1").arg(++sent);
        e.payload = QByteArrayLiteral("{\"n\":1}");
        e.traceId = QStringLiteral("Root=1-0-0");
        pool.dispatch(key, s, e, [&](InvocationResult) { ++results; });
    };

    std::printf("Lambdesk Node.js debugger benchmark — %d rounds, Node %s\n\n", rounds, qPrintable(node->version));

    // Ordinary environment, warm.
    std::vector<double> ordinary;
    for (int i = 0; i <= rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const int want = results + 1;
        dispatch(QStringLiteral("plain"), spec);
        if (!spin([&] { return results >= want; }))
            return 2;
        if (i > 0)
            ordinary.push_back(bench::msSince(t));
    }

    // Debug environment: cold start with the engine attaching, then warm rounds.
    CdpEngine engine;
    int stops = 0, continues = 0;
    bool attached = false;
    QObject::connect(&engine, &DebugEngine::stopped, &app, [&] { ++stops; });
    QObject::connect(&engine, &DebugEngine::continued, &app, [&] { ++continues; });
    QObject::connect(&engine, &DebugEngine::attached, &app, [&] { attached = true; });
    QObject::connect(&engine, &DebugEngine::output, &app, [&](const QString &c, const QString &t) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(c), qPrintable(t));
    });
    QObject::connect(&engine, &DebugEngine::failed, &app, [&](const QString &t) { std::fprintf(stderr, "failed: %s\n", qPrintable(t)); });
    DebugEngine::Setup setup;
    setup.enginePort = port;
    setup.hostCodeRoot = code.path();
    setup.runtimeCodeRoot = code.path();
    QElapsedTimer cold;
    cold.start();
    dispatch(QStringLiteral("debug"), debugSpec);
    engine.start(setup);
    if (!spin([&] { return attached && results >= rounds + 2; }))
        return 3;
    const double coldMs = bench::msSince(cold);

    engine.setBreakpoints({Breakpoint{QStringLiteral("app.mjs"), 2}});
    // The inspector answers in order: once this evaluation answers, the breakpoint is set.
    bool ready = false;
    engine.evaluate(0, QStringLiteral("0"), [&](Result<Variable>) { ready = true; });
    if (!spin([&] { return ready; }))
        return 8;
    std::vector<double> toStop, steps, toResult, debugNoStop;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const int wantStop = stops + 1;
        const int wantResult = results + 1;
        dispatch(QStringLiteral("debug"), debugSpec);
        if (!spin([&] { return stops >= wantStop; })) {
            std::fprintf(stderr, "no stop: %d results of %d sent, attached %d\n", results, sent, int(attached));
            return 4;
        }
        toStop.push_back(bench::msSince(t));
        t.restart();
        engine.resume(Step::Over);
        if (!spin([&] { return stops >= wantStop + 1; }))
            return 5;
        steps.push_back(bench::msSince(t));
        t.restart();
        engine.resume(Step::Continue);
        if (!spin([&] { return results >= wantResult; }))
            return 6;
        toResult.push_back(bench::msSince(t));
    }
    engine.setBreakpoints({});
    ready = false;
    engine.evaluate(0, QStringLiteral("0"), [&](Result<Variable>) { ready = true; });
    if (!spin([&] { return ready; }))
        return 8;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const int want = results + 1;
        dispatch(QStringLiteral("debug"), debugSpec);
        if (!spin([&] { return results >= want; }))
            return 7;
        debugNoStop.push_back(bench::msSince(t));
    }

    print("ordinary warm invoke (no debugger)", ordinary);
    std::printf("  %-52s %8.2f ms\n", "debug cold start (spawn, inspector, attach, invoke)", coldMs);
    print("warm Debug -> stop on the breakpoint", toStop);
    print("one step over (resume -> next stop)", steps);
    print("continue -> result", toResult);
    print("warm debug invoke without a stop", debugNoStop);
    engine.detach();
    pool.stopAll(1000);
    QEventLoop loop;
    QObject::connect(&pool, &EnvironmentPool::allStopped, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return 0;
}
