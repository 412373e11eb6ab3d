// HTTP invoke round trip through LambdaApiServer with a keep-alive client, beside the
// in-process Backend::invoke and a bare loopback HTTP round trip (a server that answers at
// once, same client, same request), all measured in the same run, rounds interleaved so that
// load from other processes falls on every series alike. Prints figures; asserts nothing.
//
//   bench_http [--rounds N] [--per-round N] [--seconds S]
#include "api/lambdaapiserver.h"
#include "backend.h"
#include "benchsupport.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <thread>
#include <vector>


using namespace lambdesk;
using bench::HttpClient;
using bench::runClients;
using bench::Series;

namespace {

// The baseline: Qt's HTTP server answering 200 {} at once, nothing else.
class BareServer : public QAbstractHttpServer
{
protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QHttpServerResponder r = makeResponder(request, socket);
        r.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        r.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        r.writeHeader(QByteArrayLiteral("Content-Length"), QByteArrayLiteral("2"));
        r.writeBody(QByteArrayLiteral("{}"));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

// The headers an SDK sends (the values are not checked: signatures are off).
std::string request(quint16 port, const std::string &path)
{
    const std::string body = "{}";
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port)
        + "\r\nContent-Type: application/json\r\nUser-Agent: aws-sdk-js/3.1162.0 ua/2.1 os/linux lang/js md/nodejs#20.20.2 api/lambda#3.1162.0\r\n"
          "X-Amz-Date: 20240102T030405Z\r\nX-Amz-Invocation-Type: RequestResponse\r\n"
          "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/us-east-1/lambda/aws4_request, "
          "SignedHeaders=content-type;host;x-amz-date;x-amz-invocation-type, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\r\n"
          "Content-Length: "
        + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::vector<double> httpSequential(quint16 port, const std::string &path, int n, int *failures)
{
    std::vector<double> out;
    out.reserve(size_t(n));
    runClients(1, [&](int) {
        HttpClient c(port);
        const std::string req = request(port, path);
        for (int i = 0; i < n; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            const int status = c.roundTrip(req).status;
            out.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            if (status != 200)
                ++*failures;
        }
    });
    return out;
}

// Chains of in-process invocations, each started from the event loop after the previous
// answered (as the next HTTP request would arrive).
std::vector<double> inProcess(Backend &backend, const QString &fn, int chains, int perChain, int *failures)
{
    std::vector<double> out;
    QEventLoop loop;
    int running = chains;
    std::vector<QElapsedTimer> clocks(static_cast<size_t>(chains));
    std::vector<int> left(size_t(chains), perChain);
    std::function<void(int)> next = [&](int c) {
        clocks[size_t(c)].start();
        backend.invoke(InvokeRequest{fn, {}, QByteArrayLiteral("{}"), InvocationType::RequestResponse, {}, {}},
                       [&, c](Result<InvocationResult> r) {
                           out.push_back(double(clocks[size_t(c)].nsecsElapsed()) / 1e6);
                           if (!r || r->isError())
                               ++*failures;
                           if (--left[size_t(c)] > 0)
                               QMetaObject::invokeMethod(
                                   &loop, [&, c] { next(c); }, Qt::QueuedConnection);
                           else if (--running == 0)
                               loop.quit();
                       });
    };
    for (int c = 0; c < chains; ++c)
        QMetaObject::invokeMethod(
            &loop, [&, c] { next(c); }, Qt::QueuedConnection);
    loop.exec();
    return out;
}

double throughputHttp(quint16 port, const std::string &path, int clients, double seconds, int *failures)
{
    std::atomic<long> done{0};
    std::atomic<int> bad{0};
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    const auto t0 = std::chrono::steady_clock::now();
    runClients(clients, [&](int) {
        HttpClient c(port);
        const std::string req = request(port, path);
        while (std::chrono::steady_clock::now() < until) {
            if (c.roundTrip(req).status == 200)
                ++done;
            else
                ++bad;
        }
    });
    *failures += bad;
    return double(done) / std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double throughputInProcess(Backend &backend, const QString &fn, int chains, double seconds, int *failures)
{
    QElapsedTimer t;
    t.start();
    long count = 0;
    QEventLoop loop;
    int running = chains;
    std::function<void()> next = [&] {
        backend.invoke(InvokeRequest{fn, {}, QByteArrayLiteral("{}"), InvocationType::RequestResponse, {}, {}},
                       [&](Result<InvocationResult> r) {
                           ++count;
                           if (!r || r->isError())
                               ++*failures;
                           if (t.elapsed() < qint64(seconds * 1000))
                               QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
                           else if (--running == 0)
                               loop.quit();
                       });
    };
    for (int c = 0; c < chains; ++c)
        QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
    loop.exec();
    return double(count) / (double(t.nsecsElapsed()) / 1e9);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QStringLiteral("?");
}

void printSeries(const char *name, const Series &s)
{
    std::printf("  %-34s median %7.3f ms   p99 %7.3f ms   mean %7.3f ms   (n=%zu, failed %d)\n", name, s.pct(50),
                s.pct(99), s.mean(), s.ms.size(), s.failures);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rounds = 5, perRound = 600;
    double seconds = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
        else if (args[i] == u"--per-round")
            perRound = args[i + 1].toInt();
        else if (args[i] == u"--seconds")
            seconds = args[i + 1].toDouble();
    }

    QTemporaryDir dir;
    Backend::Options options;
    options.workspace = dir.filePath(QStringLiteral("ws"));
    Backend backend(options); // logs and invocations persisted, as in the app
    if (auto s = backend.start(); !s) {
        std::fprintf(stderr, "cannot start the backend: %s\n", qPrintable(s.error().message));
        return 1;
    }
    const RuntimeInfo *python = backend.runtimes().preferred(RuntimeFamily::Python);
    if (!python) {
        std::fprintf(stderr, "no python3 runtime on this machine\n");
        return 1;
    }
    const QString code = dir.filePath(QStringLiteral("code"));
    QDir().mkpath(code);
    QFile handler(code + QStringLiteral("/noop.py"));
    if (!handler.open(QIODevice::WriteOnly))
        return 1;
    handler.write("def handler(event, context):\n    return {}\n");
    handler.close();
    FunctionConfig config;
    config.name = QStringLiteral("bench-noop");
    config.runtime = python->id;
    config.handler = QStringLiteral("noop.handler");
    config.memorySize = 2048; // above 1769 MB: a full vCPU, so the CPU quota never throttles the handler
    if (auto c = backend.createFunction(config, CodeSource::directory(code)); !c) {
        std::fprintf(stderr, "cannot create the function: %s\n", qPrintable(c.error().message));
        return 1;
    }

    LambdaApiServer api(&backend);
    if (auto s = api.listen(QStringLiteral("127.0.0.1"), 0); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    BareServer bare;
    auto *bareTcp = new QTcpServer(&bare);
    bareTcp->listen(QHostAddress::LocalHost, 0);
    bare.bind(bareTcp);
    const quint16 apiPort = api.port(), barePort = bareTcp->serverPort();
    const std::string invokePath = "/2015-03-31/functions/bench-noop/invocations";

    std::printf("bench_http: Lambda API invoke over HTTP vs in-process Backend::invoke vs bare loopback HTTP\n");
    std::printf("  no-op Python handler (%s), memory 2048 MB: above 1769 MB a function gets a full vCPU, so the CPU\n"
                "  quota (%s) does not throttle it and the figures show Lambdesk's own cost.\n",
                qPrintable(python->id), qPrintable(backend.limitsDescription()));
    std::printf("  keep-alive client with SDK-like headers on its own thread; server and backend on the main thread;\n"
                "  %d rounds of %d sequential calls per series, interleaved; cores: %u; load average before: %s\n\n",
                rounds, perRound, std::thread::hardware_concurrency(), qPrintable(loadAverage()));

    // Warm up: two warm environments, sockets, caches.
    int warmFailures = 0;
    inProcess(backend, config.name, 2, 50, &warmFailures);
    httpSequential(apiPort, invokePath, 100, &warmFailures);
    httpSequential(barePort, invokePath, 200, &warmFailures);
    if (warmFailures) {
        std::fprintf(stderr, "warm-up failed %d times\n", warmFailures);
        return 1;
    }

    Series bareRtt, local, http;
    for (int r = 0; r < rounds; ++r) {
        bareRtt.add(httpSequential(barePort, invokePath, perRound, &bareRtt.failures));
        local.add(inProcess(backend, config.name, 1, perRound, &local.failures));
        http.add(httpSequential(apiPort, invokePath, perRound, &http.failures));
    }
    std::printf("Latency, one caller (concurrency 1):\n");
    printSeries("bare loopback HTTP round trip", bareRtt);
    printSeries("in-process Backend::invoke", local);
    printSeries("HTTP invoke (LambdaApiServer)", http);
    const double overhead = http.pct(50) - local.pct(50);
    std::printf("  => HTTP invoke overhead over in-process: %.3f ms median (%.0f%% of the in-process time); "
                "bare HTTP round trip is %.3f ms of it\n",
                overhead, 100.0 * overhead / local.pct(50), bareRtt.pct(50));
    std::printf(
        "     API layer's own cost (overhead minus the bare round trip): %.3f ms; target for the overhead: < 0.300 ms median\n\n",
        overhead - bareRtt.pct(50));

    int tf = 0, lf = 0;
    const double tLocal = throughputInProcess(backend, config.name, 2, seconds, &lf);
    const double tHttp = throughputHttp(apiPort, invokePath, 2, seconds, &tf);
    const double tLocal2 = throughputInProcess(backend, config.name, 2, seconds, &lf);
    const auto counts = backend.environments(config.name);
    std::printf("Throughput, concurrency 2 (2 warm environments; %d environments at the end), %.0f s each:\n",
                counts.idle + counts.busy, seconds);
    std::printf("  in-process Backend::invoke        %8.0f invocations/s (%.0f before, %.0f after the HTTP run)\n",
                (tLocal + tLocal2) / 2, tLocal, tLocal2);
    std::printf(
        "  HTTP invoke, 2 keep-alive clients %8.0f invocations/s   (ratio to in-process %.2f; target >= 2000/s)\n",
        tHttp, tHttp / ((tLocal + tLocal2) / 2));
    std::printf("  failures: %d HTTP, %d in-process; load average after: %s\n", tf, lf, qPrintable(loadAverage()));

    api.close();
    backend.stop();
    return (http.failures || local.failures || bareRtt.failures || tf || lf) ? 1 : 0;
}
