// What the sandbox costs: cold starts (the first invocation of a new environment) and warm
// invocations of a no-op Python and Node handler, in the sandbox and with LAMBDESK_SANDBOX=off,
// interleaved round by round in the same run, through the whole Backend. Prints medians and
// the difference; asserts nothing.
//
//   bench_sandbox [--rounds N] [--warm N]
#include "benchsupport.h"

#include "backend.h"
#include "runtime/sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <vector>

using namespace lambdesk;

namespace {

// One invocation, waited for in an event loop: its wall time in ms, or nullopt when it failed.
std::optional<double> invokeMs(Backend &backend, const QString &name)
{
    QElapsedTimer clock;
    clock.start();
    std::optional<Result<InvocationResult>> result;
    QEventLoop loop;
    backend.invoke(InvokeRequest{name, {}, "{}", InvocationType::RequestResponse, {}},
                   [&](Result<InvocationResult> r) {
                       result = std::move(r);
                       loop.quit();
                   });
    if (!result) {
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double ms = bench::msSince(clock);
    if (!result || !*result || (*result)->isError()) {
        std::fprintf(stderr, "invocation of %s failed: %s\n", qPrintable(name),
                     result && *result ? (*result)->payload.constData()
                         : result      ? qPrintable(result->error().message)
                                       : "no answer");
        return std::nullopt;
    }
    return ms;
}

void setMode(bool sandboxed)
{
    if (sandboxed)
        qunsetenv("LAMBDESK_SANDBOX");
    else
        qputenv("LAMBDESK_SANDBOX", "off");
}

// Retires the function's warm environments (a changed variable), so that the next invocation
// is a cold start.
bool retire(Backend &backend, const QString &name, int round)
{
    const auto got = backend.getFunction(name);
    if (!got)
        return false;
    FunctionConfig c = *got;
    c.environment.insert(QStringLiteral("ROUND"), QString::number(round));
    return bool(backend.updateConfiguration(c));
}

struct Figures
{
    std::vector<double> cold, warm;
    int failures = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rounds = 15, warmRuns = 200;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
        else if (args[i] == u"--warm")
            warmRuns = args[i + 1].toInt();
    }

    qunsetenv("LAMBDESK_SANDBOX");
    const sandbox::Status status = sandbox::status();
    std::printf("Lambdesk sandbox benchmark — %d cold starts and %d warm invocations per mode and runtime\n",
                rounds, warmRuns);
    std::printf("  %s\n", qPrintable(sandbox::describe(status)));
    if (status.mode != sandbox::Mode::Namespaces) {
        std::printf("  (nothing to compare: the sandbox is not available here)\n");
        return 0;
    }

    QTemporaryDir workspace, code;
    QFile py(code.path() + QStringLiteral("/noop.py"));
    py.open(QIODevice::WriteOnly);
    py.write("def handler(event, context):\n    return {}\n");
    py.close();
    QFile js(code.path() + QStringLiteral("/noop.mjs"));
    js.open(QIODevice::WriteOnly);
    js.write("export const handler = async () => ({});\n");
    js.close();

    Backend::Options options;
    options.workspace = workspace.path();
    Backend backend(options);
    if (const Status s = backend.start(); !s) {
        std::fprintf(stderr, "backend: %s\n", qPrintable(s.error().message));
        return 1;
    }
    std::printf("  %s\n\n", qPrintable(backend.limitsDescription()));

    struct Runtime
    {
        RuntimeFamily family;
        QString handler;
    };
    const QList<Runtime> runtimes{{RuntimeFamily::Python, QStringLiteral("noop.handler")},
                                  {RuntimeFamily::Node, QStringLiteral("noop.handler")}};
    std::printf("%-10s %-8s %12s %12s %12s\n", "runtime", "mode", "cold p50 ms", "warm p50 ms", "warm p99 ms");
    for (const Runtime &rt : runtimes) {
        const RuntimeInfo *info = backend.runtimes().preferred(rt.family);
        if (!info) {
            std::printf("%-10s (not installed)\n", qPrintable(runtimeFamilyName(rt.family)));
            continue;
        }
        // One function per mode, so that each keeps its own warm environment.
        Figures figures[2]; // 0: sandbox, 1: off
        QString names[2];
        for (int m = 0; m < 2; ++m) {
            names[m] = QStringLiteral("%1-%2").arg(runtimeFamilyName(rt.family).toLower(), m == 0 ? u"sbx" : u"off");
            FunctionConfig c;
            c.name = names[m];
            c.runtime = info->id;
            c.handler = rt.handler;
            if (!backend.createFunction(c, CodeSource::directory(code.path()))) {
                std::fprintf(stderr, "cannot create %s\n", qPrintable(c.name));
                return 1;
            }
        }
        // Cold starts, interleaved: each round retires both and starts both anew.
        for (int round = 0; round <= rounds; ++round) {
            for (int m = 0; m < 2; ++m) {
                setMode(m == 0);
                if (!retire(backend, names[m], round)) {
                    ++figures[m].failures;
                    continue;
                }
                const std::optional<double> ms = invokeMs(backend, names[m]);
                if (!ms)
                    ++figures[m].failures;
                else if (round > 0) // the first round warms the page cache
                    figures[m].cold.push_back(*ms);
            }
        }
        // Warm: the environments of the last round, in blocks of 20 alternating modes.
        for (int done = 0; done < warmRuns; done += 20) {
            for (int m = 0; m < 2; ++m) {
                for (int i = 0; i < 20; ++i) {
                    if (const std::optional<double> ms = invokeMs(backend, names[m]))
                        figures[m].warm.push_back(*ms);
                    else
                        ++figures[m].failures;
                }
            }
        }
        double cold[2], warm[2];
        for (int m = 0; m < 2; ++m) {
            const bench::Stats c = bench::Stats::of(figures[m].cold);
            const bench::Stats w = bench::Stats::of(figures[m].warm);
            cold[m] = c.median;
            warm[m] = w.median;
            std::printf("%-10s %-8s %12.2f %12.3f %12.3f%s\n", qPrintable(info->id), m == 0 ? "sandbox" : "off",
                        c.median, w.median, w.p99,
                        figures[m].failures ? qPrintable(QStringLiteral("  (%1 failed)").arg(figures[m].failures)) : "");
        }
        std::printf("%-10s %-8s %+12.2f %+12.3f\n\n", qPrintable(info->id), "diff", cold[0] - cold[1], warm[0] - warm[1]);
    }
    qunsetenv("LAMBDESK_SANDBOX");
    backend.stop();
    return 0;
}
