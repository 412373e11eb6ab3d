// Issue 11's second target: a warm invocation of a version or an alias costs no more than one of
// $LATEST. The same no-op Python function, invoked warm as NAME ($LATEST), NAME:1, NAME:live
// (an alias of version 1) and NAME:canary (an alias of versions 1 and 2, 50 % each), in
// interleaved rounds so that all four see the same load; in process through Backend::invoke,
// then over HTTP through the Lambda API (?Qualifier=...). Prints medians, p99 and the ratio to
// $LATEST measured in the same run. A control beside the weighted alias: the caller itself picks
// version 1 or 2 at random (no alias), i.e. the same two warm environments taking turns.
// Asserts nothing.
//
//   bench_qualifiers [N]     N warm invocations per target and path (default 2000)
#include "api/lambdaapiserver.h"
#include "backend.h"
#include "benchbackend.h"
#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

using namespace lambdesk;
using bench::HttpClient;
using bench::runClients;
using bench::Series;

namespace {

struct Target
{
    const char *label;
    QString qualifier; // empty: $LATEST; "1|2": the caller picks 1 or 2 at random (no alias)
    Series inProcess, http;
    QMap<QString, int> ran; // executed version -> count (in process)
};

Result<InvocationResult> invokeOnce(Backend &b, const QString &name, const QString &qualifier)
{
    std::optional<Result<InvocationResult>> out;
    b.invoke(InvokeRequest{name, qualifier, QByteArrayLiteral("{}"), InvocationType::RequestResponse, {}},
             [&](Result<InvocationResult> r) { out = std::move(r); });
    while (!out)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    return std::move(*out);
}

std::string request(quint16 port, const std::string &path)
{
    const std::string body = "{}";
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port)
        + "\r\nContent-Type: application/json\r\nX-Amz-Invocation-Type: RequestResponse\r\nContent-Length: "
        + std::to_string(body.size()) + "\r\n\r\n" + body;
}

void row(const Target &t, const Series &s, const Series &latest)
{
    std::printf("  %-42s median %7.3f ms  p99 %7.3f ms  mean %7.3f ms   x%.3f median, x%.3f p99%s\n", t.label,
                s.pct(50), s.pct(99), s.mean(), s.pct(50) / latest.pct(50), s.pct(99) / latest.pct(99),
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
    FunctionConfig c;
    c.name = QStringLiteral("noop");
    c.runtime = py->id;
    c.handler = QStringLiteral("noop.handler");
    c.memorySize = 2048; // a full vCPU: the CPU quota never throttles the measurement
    if (const auto r = backend.createFunction(
            c, CodeSource::directory(QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/bench/noop/python")));
        !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    // Version 1, then a configuration change and version 2, and the two aliases.
    const auto v1 = backend.publishVersion({c.name, QStringLiteral("one"), {}, {}});
    FunctionConfig changed = backend.getFunction(c.name).value();
    changed.environment.insert(QStringLiteral("RELEASE"), QStringLiteral("2"));
    const auto updated = backend.updateConfiguration(changed);
    const auto v2 = backend.publishVersion({c.name, QStringLiteral("two"), {}, {}});
    const auto live = backend.createAlias(c.name, QStringLiteral("live"), QStringLiteral("1"));
    const auto canary = backend.createAlias(c.name, QStringLiteral("canary"), QStringLiteral("1"), {},
                                            {{QStringLiteral("2"), 0.5}});
    if (!v1 || !updated || !v2 || !live || !canary) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    LambdaApiServer api(&backend);
    if (auto s = api.listen(QStringLiteral("127.0.0.1"), 0); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }

    std::vector<Target> targets;
    targets.push_back({"noop ($LATEST)", QString(), {}, {}, {}});
    targets.push_back({"noop:1 (a version)", QStringLiteral("1"), {}, {}, {}});
    targets.push_back({"noop:live (alias of 1)", QStringLiteral("live"), {}, {}, {}});
    targets.push_back({"noop:canary (alias, 1 + 2 at 50 %)", QStringLiteral("canary"), {}, {}, {}});
    targets.push_back({"noop:1 or noop:2, caller's pick (control)", QStringLiteral("1|2"), {}, {}, {}});
    // The qualifier of one call: the control's is drawn here, as the alias draws its own.
    auto qualifierOf = [](const Target &t) {
        if (t.qualifier != u"1|2")
            return t.qualifier;
        return QRandomGenerator::global()->generateDouble() < 0.5 ? QStringLiteral("1") : QStringLiteral("2");
    };

    // Warm every environment the targets use ($LATEST, 1, 2) and the caches.
    for (Target &t : targets) {
        for (int i = 0; i < 200; ++i)
            invokeOnce(backend, c.name, qualifierOf(t));
    }
    for (int round = 0; round < rounds; ++round) {
        for (Target &t : targets) {
            std::vector<double> ms;
            for (int i = 0; i < n / rounds; ++i) {
                QElapsedTimer clock;
                clock.start();
                const QString qualifier = qualifierOf(t);
                clock.restart();
                const auto r = invokeOnce(backend, c.name, qualifier);
                ms.push_back(double(clock.nsecsElapsed()) / 1e6);
                if (!r || r->isError())
                    ++t.inProcess.failures;
                else
                    ++t.ran[r->executedVersion];
            }
            t.inProcess.add(ms);
        }
        for (Target &t : targets) {
            auto pathOf = [](const QString &qualifier) {
                return "/2015-03-31/functions/noop/invocations"
                    + (qualifier.isEmpty() ? std::string() : "?Qualifier=" + qualifier.toStdString());
            };
            std::vector<double> ms;
            int failures = 0;
            runClients(1, [&](int) {
                HttpClient client(api.port());
                const bool control = t.qualifier == u"1|2";
                const std::string one = request(api.port(), pathOf(control ? QStringLiteral("1") : t.qualifier));
                const std::string two = request(api.port(), pathOf(QStringLiteral("2")));
                for (int i = 0; i < n / rounds; ++i) {
                    const std::string &req = control && QRandomGenerator::global()->generateDouble() >= 0.5 ? two : one;
                    const auto t0 = std::chrono::steady_clock::now();
                    const auto reply = client.roundTrip(req);
                    ms.push_back(
                        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
                    if (reply.status != 200 || reply.functionError)
                        ++failures;
                }
            });
            t.http.add(ms);
            t.http.failures += failures;
        }
    }

    std::printf("bench_qualifiers: warm no-op invocations (%s, 2048 MB), %d per target and path in %d interleaved "
                "rounds; ratios against $LATEST in the same run\n",
                qPrintable(py->displayName), n, rounds);
    std::printf(" In process (Backend::invoke)\n");
    for (const Target &t : targets)
        row(t, t.inProcess, targets.front().inProcess);
    std::printf(" Over HTTP (Lambda API Invoke, ?Qualifier=)\n");
    for (const Target &t : targets)
        row(t, t.http, targets.front().http);
    const Target &weighted = targets[3];
    std::printf(" noop:canary ran version 1 %d times and version 2 %d times (in process)\n",
                weighted.ran.value(QStringLiteral("1")), weighted.ran.value(QStringLiteral("2")));
    backend.stop();
    return 0;
}
