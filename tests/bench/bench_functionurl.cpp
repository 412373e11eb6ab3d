// A function URL request beside the same invocation through the Lambda API (POST
// .../invocations), same warm no-op Python function, same server, same keep-alive client, in
// one run with the rounds interleaved so that load from other processes falls on both alike.
// Prints per-request mean/p50/p99 of each and the difference (target: the URL costs < 0.3 ms
// more). Asserts nothing.
//
//   bench_functionurl [--rounds N] [--per-round N]
#include "api/lambdaapiserver.h"
#include "backend.h"
#include "benchbackend.h"
#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

using namespace lambdesk;
using bench::HttpClient;
using bench::runClients;
using bench::Series;

namespace {

// What the AWS SDK sends to the Lambda API (signatures are off, the values are not checked).
std::string apiRequest(quint16 port, const std::string &function)
{
    const std::string body = "{}";
    return "POST /2015-03-31/functions/" + function + "/invocations HTTP/1.1\r\nHost: 127.0.0.1:"
        + std::to_string(port)
        + "\r\nContent-Type: application/json\r\nUser-Agent: aws-sdk-js/3.1162.0\r\n"
          "X-Amz-Invocation-Type: RequestResponse\r\nContent-Length: "
        + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// What a browser or curl sends to the URL: the same body, a few more headers.
std::string urlRequest(quint16 port, const std::string &urlId)
{
    const std::string body = "{}";
    return "POST /items?limit=10 HTTP/1.1\r\nHost: " + urlId + ".lambda-url.localhost:" + std::to_string(port)
        + "\r\nContent-Type: application/json\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n"
          "Cookie: session=abc; theme=dark\r\nContent-Length: "
        + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::vector<double> sequential(quint16 port, const std::string &request, int n, int *failures)
{
    std::vector<double> out;
    out.reserve(size_t(n));
    runClients(1, [&](int) {
        HttpClient c(port);
        for (int i = 0; i < n; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            const HttpClient::Reply r = c.roundTrip(request);
            out.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            if (r.status != 200 || r.functionError)
                ++*failures;
        }
    });
    return out;
}

void printSeries(const char *name, const Series &s)
{
    std::printf("  %-28s mean %7.3f ms   p50 %7.3f ms   p99 %7.3f ms   (n=%zu, failed %d)\n", name, s.mean(),
                s.pct(50), s.pct(99), s.ms.size(), s.failures);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rounds = 5, perRound = 400;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
        else if (args[i] == u"--per-round")
            perRound = args[i + 1].toInt();
    }

    auto b = bench::startPythonBackend(true); // logs and records persisted, as in the app
    if (!b)
        return 1;
    Backend &backend = *b->backend;
    const QString code = b->workspace.filePath(QStringLiteral("code"));
    QDir().mkpath(code);
    QFile handler(code + QStringLiteral("/noop.py"));
    if (!handler.open(QIODevice::WriteOnly))
        return 1;
    handler.write("def handler(event, context):\n    return {}\n");
    handler.close();
    FunctionConfig config;
    config.name = QStringLiteral("bench-url");
    config.runtime = b->python->id;
    config.handler = QStringLiteral("noop.handler");
    config.memorySize = 2048; // a full vCPU: the CPU quota never throttles the handler
    if (auto c = backend.createFunction(config, CodeSource::directory(code)); !c) {
        std::fprintf(stderr, "cannot create the function: %s\n", qPrintable(c.error().message));
        return 1;
    }
    FunctionUrlConfig url;
    url.functionName = config.name;
    const auto created = backend.createFunctionUrlConfig(url);
    if (!created) {
        std::fprintf(stderr, "cannot create the URL: %s\n", qPrintable(created.error().message));
        return 1;
    }

    LambdaApiServer api(&backend);
    if (auto s = api.listen(QStringLiteral("127.0.0.1"), 0); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    const quint16 port = api.port();
    const std::string viaApi = apiRequest(port, config.name.toStdString());
    const std::string viaUrl = urlRequest(port, created->urlId.toStdString());

    std::printf("bench_functionurl: function URL request vs the same invocation through the Lambda API\n");
    std::printf("  no-op Python handler (%s), 2048 MB, one warm environment; keep-alive client on its own thread,\n"
                "  server and backend on the main thread; %d interleaved rounds of %d sequential calls each;\n"
                "  cores: %u\n\n",
                qPrintable(b->python->id), rounds, perRound, std::thread::hardware_concurrency());

    int warmFailures = 0;
    sequential(port, viaApi, 100, &warmFailures);
    sequential(port, viaUrl, 100, &warmFailures);
    if (warmFailures) {
        std::fprintf(stderr, "warm-up failed %d times\n", warmFailures);
        return 1;
    }
    Series apiSeries, urlSeries;
    for (int r = 0; r < rounds; ++r) {
        apiSeries.add(sequential(port, viaApi, perRound, &apiSeries.failures));
        urlSeries.add(sequential(port, viaUrl, perRound, &urlSeries.failures));
    }
    printSeries("Lambda API (Invoke)", apiSeries);
    printSeries("function URL", urlSeries);
    std::printf("\n  URL - API: mean %+.3f ms   p50 %+.3f ms   p99 %+.3f ms   (target: < +0.300 ms)\n",
                urlSeries.mean() - apiSeries.mean(), urlSeries.pct(50) - apiSeries.pct(50),
                urlSeries.pct(99) - apiSeries.pct(99));
    return apiSeries.failures + urlSeries.failures > 0 ? 1 : 0;
}
