// Lambdesk side by side with its peers, lambda-local and @vercel/fun (pinned in
// tests/bench/peers/package-lock.json, installed by tests/e2e/install-node-clients.sh --set peers
// into ~/.cache/lambdesk/peers, as the end-to-end tests' clients are): the same no-op and JSON-echo
// handlers, Node.js and Python (lambda-local runs Node only), through
//   - lambda-local's in-process execute()   (tests/bench/peers/driver.mjs, one Node process per handler)
//   - @vercel/fun                           (the same driver: fun's own Runtime API server and child process)
//   - Lambdesk's Lambda API                 (LambdaApiServer, a keep-alive client on its own thread)
//   - Lambdesk in process                   (Backend::invoke)
// Warm latency in interleaved rounds (every series gets its share of the machine's load), then
// resident memory, throughput at concurrency 2 and 8, and cold starts. Lambdesk's functions have
// 2048 MB (a full vCPU: its CPU quota does not throttle them). Prints figures and ratios against
// lambda-local measured in the same run; asserts nothing.
//
//   bench_peers [--rounds N] [--per-round N] [--seconds S] [--colds N] [--peers DIR] [--bootstraps DIR]
//
// --bootstraps DIR adds a fifth series, Lambdesk's API with the bootstraps DIR/python/bootstrap.py
// and DIR/nodejs/bootstrap.mjs instead of the built-in ones (say, a copy of an older version), run
// as `provided` functions whose bootstrap execs them: a before/after of a bootstrap in one run.
//
// Needs node and npm (the registry reachable the first time, to install the peers) and python3.
#include "api/lambdaapiserver.h"
#include "backend.h"
#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace lambdesk;
using bench::HttpClient;
using bench::runClients;
using bench::Series;

namespace {

const QByteArray kEchoPayload = QByteArrayLiteral(
    R"({"id":42,"name":"bench","tags":["a","b","c"],"nested":{"ok":true,"n":3.5},"text":"a small JSON document"})");

struct Handler
{
    QString key; // "node no-op"
    RuntimeFamily family;
    QString module;    // file name without extension
    QByteArray source; // the handler's code
    QByteArray payload;
};

// ------------------------------------------------------------------------------------------
// Figures

struct Figures
{
    Series warm;
    Series cold;
    double tput2 = 0, tput8 = 0;
    int tputFailures = 0;
    double rssMb = 0;
    QString rssNote;
};

// ------------------------------------------------------------------------------------------
// Resident memory of process trees, from /proc

std::map<int, std::vector<int>> childrenByParent()
{
    std::map<int, std::vector<int>> out;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &p : pids) {
        bool ok = false;
        const int pid = p.toInt(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        const qsizetype close = s.lastIndexOf(')'); // the command name may hold spaces
        const QList<QByteArray> fields = s.mid(close + 2).split(' ');
        if (fields.size() > 1)
            out[fields[1].toInt()].push_back(pid);
    }
    return out;
}

double rssKb(int pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble();
    return 0;
}

std::vector<int> descendants(int pid, const std::map<int, std::vector<int>> &tree)
{
    std::vector<int> out{pid};
    for (size_t i = 0; i < out.size(); ++i)
        if (const auto it = tree.find(out[i]); it != tree.end())
            out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
}

double treeRssMb(int pid)
{
    double kb = 0;
    for (int p : descendants(pid, childrenByParent()))
        kb += rssKb(p);
    return kb / 1024;
}

// The processes of one Lambdesk function's environments: our descendants whose environment
// names the function.
double environmentsRssMb(const QString &function, int *count)
{
    double kb = 0;
    *count = 0;
    const QByteArray want = "AWS_LAMBDA_FUNCTION_NAME=" + function.toUtf8();
    for (int p : descendants(int(::getpid()), childrenByParent())) {
        if (p == ::getpid())
            continue;
        QFile env(QStringLiteral("/proc/%1/environ").arg(p));
        if (!env.open(QIODevice::ReadOnly) || !env.readAll().split('\0').contains(want))
            continue;
        kb += rssKb(p);
        ++*count;
    }
    return kb / 1024;
}

// ------------------------------------------------------------------------------------------
// A peer, kept warm by tests/bench/peers/driver.mjs

class Driver
{
public:
    Driver(const QString &peersDir, const QString &peer, const Handler &h, const QString &codeDir)
    {
        m_process.setProgram(QStringLiteral("node"));
        m_process.setArguments({QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/bench/peers/driver.mjs"), peersDir, peer,
                                h.family == RuntimeFamily::Node ? QStringLiteral("node") : QStringLiteral("python"),
                                codeDir, h.module + QStringLiteral(".handler"), QString::fromUtf8(h.payload)});
        m_process.setStandardErrorFile(QProcess::nullDevice()); // the peers' own chatter
        m_process.start();
        const QJsonObject ready = read();
        m_ok = ready.value(u"ready").toBool();
        m_pid = ready.value(u"pid").toInt();
    }
    ~Driver()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.write("quit\n");
        if (!m_process.waitForFinished(20000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool ok() const { return m_ok; }
    int pid() const { return m_pid; }

    QJsonObject command(const QByteArray &line)
    {
        m_process.write(line + '\n');
        return read();
    }

private:
    QJsonObject read()
    {
        for (;;) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine();
                if (line.startsWith("@@ "))
                    return QJsonDocument::fromJson(line.mid(3)).object();
            }
            if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(300000))
                return {};
        }
    }

    QProcess m_process;
    bool m_ok = false;
    int m_pid = 0;
};

// ------------------------------------------------------------------------------------------
// Lambdesk through its Lambda API: a blocking keep-alive HTTP/1.1 client on its own thread

std::string invokeRequest(quint16 port, const QString &function, const QByteArray &payload)
{
    return "POST /2015-03-31/functions/" + function.toStdString()
        + "/invocations HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port)
        + "\r\nContent-Type: application/json\r\nX-Amz-Invocation-Type: RequestResponse\r\nContent-Length: "
        + std::to_string(payload.size()) + "\r\n\r\n" + payload.toStdString();
}

std::vector<double> apiLatency(quint16 port, const std::string &req, int n, int *failures)
{
    std::vector<double> out;
    out.reserve(size_t(n));
    runClients(1, [&](int) {
        HttpClient c(port);
        for (int i = 0; i < n; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            const bench::HttpClient::Reply reply = c.roundTrip(req);
            const bool good = reply.status == 200 && !reply.functionError;
            out.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            if (!good)
                ++*failures;
        }
    });
    return out;
}

double apiThroughput(quint16 port, const std::string &req, int clients, double seconds, int *failures)
{
    std::atomic<long> done{0};
    std::atomic<int> bad{0};
    const auto t0 = std::chrono::steady_clock::now();
    const auto until = t0 + std::chrono::duration<double>(seconds);
    runClients(clients, [&](int) {
        HttpClient c(port);
        while (std::chrono::steady_clock::now() < until) {
            if (const bench::HttpClient::Reply reply = c.roundTrip(req); reply.status == 200 && !reply.functionError)
                ++done;
            else
                ++bad;
        }
    });
    *failures += bad;
    return double(done) / std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// ------------------------------------------------------------------------------------------
// Lambdesk in process: chains of Backend::invoke, each call started from the event loop after the
// previous one answered (as the next request would arrive)

struct ChainResult
{
    std::vector<double> ms;
    long count = 0;
    int failures = 0;
    double seconds = 0;
};

// `perChain` calls per chain, or (perChain 0) as many as fit in `seconds`.
ChainResult inProcess(Backend &backend, const QString &fn, const QByteArray &payload, int chains, int perChain,
                      double seconds)
{
    ChainResult out;
    QElapsedTimer total;
    total.start();
    QEventLoop loop;
    int running = chains;
    std::vector<QElapsedTimer> clocks(static_cast<size_t>(chains));
    std::vector<int> left(size_t(chains), perChain);
    std::function<void(int)> next = [&](int c) {
        clocks[size_t(c)].start();
        backend.invoke(InvokeRequest{fn, {}, payload, InvocationType::RequestResponse, {}, {}},
                       [&, c](Result<InvocationResult> r) {
                           out.ms.push_back(double(clocks[size_t(c)].nsecsElapsed()) / 1e6);
                           ++out.count;
                           if (!r || r->isError())
                               ++out.failures;
                           const bool more = perChain > 0 ? --left[size_t(c)] > 0
                                                          : total.elapsed() < qint64(seconds * 1000);
                           if (more)
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
    out.seconds = double(total.nsecsElapsed()) / 1e9;
    return out;
}

// ------------------------------------------------------------------------------------------

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QStringLiteral("?");
}

QString ratio(double value, double base)
{
    return base > 0 && value > 0 ? QString::asprintf("%5.2fx", value / base) : QStringLiteral("    -");
}

std::vector<double> toVector(const QJsonArray &a)
{
    std::vector<double> out;
    out.reserve(size_t(a.size()));
    for (const QJsonValue &v : a)
        out.push_back(v.toDouble());
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rounds = 5, perRound = 200, colds = 3;
    double seconds = 3;
    QString peersDir = QDir::homePath() + QStringLiteral("/.cache/lambdesk/peers");
    QString altBootstraps;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
        else if (args[i] == u"--per-round")
            perRound = args[i + 1].toInt();
        else if (args[i] == u"--seconds")
            seconds = args[i + 1].toDouble();
        else if (args[i] == u"--colds")
            colds = args[i + 1].toInt();
        else if (args[i] == u"--peers")
            peersDir = args[i + 1];
        else if (args[i] == u"--bootstraps")
            altBootstraps = QFileInfo(args[i + 1]).absoluteFilePath();
    }
    setvbuf(stdout, nullptr, _IOLBF, 0);

    // The peers, installed (or found up to date) the way the end-to-end tests install their clients.
    {
        QProcess install;
        install.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        install.start(QStringLiteral("bash"),
                      {QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/e2e/install-node-clients.sh"),
                       QStringLiteral("--set"), QStringLiteral("peers"), peersDir});
        if (!install.waitForFinished(600000) || install.exitCode() != 0) {
            std::fprintf(stderr, "cannot install the peers (needs node, npm and the npm registry):\n%s\n",
                         install.readAllStandardOutput().constData());
            return 1;
        }
    }

    QTemporaryDir dir;
    Backend::Options options;
    options.workspace = dir.filePath(QStringLiteral("ws"));
    Backend backend(options);
    if (auto s = backend.start(); !s) {
        std::fprintf(stderr, "cannot start the backend: %s\n", qPrintable(s.error().message));
        return 1;
    }
    const QString code = dir.filePath(QStringLiteral("code"));
    QDir().mkpath(code);
    const std::vector<Handler> handlers{
        {QStringLiteral("Node no-op"), RuntimeFamily::Node, QStringLiteral("noop"),
         "exports.handler = async () => ({});\n", "{}"},
        {QStringLiteral("Node JSON echo"), RuntimeFamily::Node, QStringLiteral("echo"),
         "exports.handler = async (event) => event;\n", kEchoPayload},
        {QStringLiteral("Python no-op"), RuntimeFamily::Python, QStringLiteral("noop"),
         "def handler(event, context):\n    return {}\n", "{}"},
        {QStringLiteral("Python JSON echo"), RuntimeFamily::Python, QStringLiteral("echo"),
         "def handler(event, context):\n    return event\n", kEchoPayload},
    };
    for (const Handler &h : handlers) {
        QFile f(code + u'/' + h.module + (h.family == RuntimeFamily::Node ? u".js" : u".py"));
        if (!f.open(QIODevice::WriteOnly) || f.write(h.source) != h.source.size())
            return 1;
    }

    // Lambdesk's four functions.
    std::vector<QString> functions;
    std::vector<QString> runtimeIds;
    for (const Handler &h : handlers) {
        const RuntimeInfo *runtime = backend.runtimes().preferred(h.family);
        if (!runtime) {
            std::fprintf(stderr, "no %s runtime on this machine\n",
                         h.family == RuntimeFamily::Node ? "Node.js" : "Python");
            return 1;
        }
        FunctionConfig config;
        config.name = QStringLiteral("bench-%1-%2")
                          .arg(h.family == RuntimeFamily::Node ? QStringLiteral("node") : QStringLiteral("python"),
                               h.module);
        config.runtime = runtime->id;
        config.handler = h.module + QStringLiteral(".handler");
        config.memorySize = 2048; // above 1769 MB: a full vCPU, the CPU quota never throttles
        if (auto c = backend.createFunction(config, CodeSource::directory(code)); !c) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(config.name), qPrintable(c.error().message));
            return 1;
        }
        functions.push_back(config.name);
        runtimeIds.push_back(runtime->id);
        if (altBootstraps.isEmpty())
            continue;
        // The same handler as a `provided` function whose bootstrap execs the other bootstrap.
        const QString altCode = dir.filePath(QStringLiteral("alt-") + config.name);
        QDir().mkpath(altCode);
        QFile::copy(code + u'/' + h.module + (h.family == RuntimeFamily::Node ? u".js" : u".py"),
                    altCode + u'/' + h.module + (h.family == RuntimeFamily::Node ? u".js" : u".py"));
        QFile script(altCode + QStringLiteral("/bootstrap"));
        if (!script.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray exec = h.family == RuntimeFamily::Node
            ? QByteArray("'" + altBootstraps.toUtf8() + "/nodejs/bootstrap.mjs'")
            : QByteArray("-u -B '" + altBootstraps.toUtf8() + "/python/bootstrap.py'");
        script.write("#!/bin/sh\nexec '" + runtime->executable.toUtf8() + "' " + exec + "\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        FunctionConfig alt = config;
        alt.name += QStringLiteral("-alt");
        alt.runtime = QStringLiteral("provided.al2023");
        if (auto c = backend.createFunction(alt, CodeSource::directory(altCode)); !c) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(alt.name), qPrintable(c.error().message));
            return 1;
        }
    }
    LambdaApiServer api(&backend);
    if (auto s = api.listen(QStringLiteral("127.0.0.1"), 0); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    const quint16 port = api.port();

    // The systems, per handler: 0 lambda-local, 1 fun, 2 Lambdesk API, 3 Lambdesk in process,
    // 4 Lambdesk API with the --bootstraps ones.
    const char *names[] = {"lambda-local execute()", "@vercel/fun", "Lambdesk Lambda API", "Lambdesk in process",
                           "Lambdesk API --bootstraps"};
    constexpr int kSystems = 5;
    std::vector<std::array<Figures, kSystems>> figures(handlers.size());
    std::vector<std::array<std::unique_ptr<Driver>, 2>> drivers(handlers.size());
    std::printf("bench_peers: Lambdesk beside lambda-local %s and @vercel/fun %s (node %s)\n",
                qPrintable(QStringLiteral("2.2.0")), qPrintable(QStringLiteral("1.3.6")), qPrintable([] {
                    QProcess p;
                    p.start(QStringLiteral("node"), {QStringLiteral("-v")});
                    p.waitForFinished();
                    return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
                }()));
    std::printf("  Lambdesk: 2048 MB functions, %s; runtimes %s, %s\n", qPrintable(backend.limitsDescription()),
                qPrintable(runtimeIds[0]), qPrintable(runtimeIds[2]));
    std::printf("  %d rounds x %d sequential calls per series, interleaved; throughput %.0f s per series; %d cold "
                "starts each\n",
                rounds, perRound, seconds, colds);
    std::printf("  cores: %u; load average before: %s\n\n", std::thread::hardware_concurrency(),
                qPrintable(loadAverage()));

    auto available = [&](size_t h, int s) {
        if (s == 4)
            return !altBootstraps.isEmpty();
        return s >= 2 || (drivers[h][size_t(s)] && drivers[h][size_t(s)]->ok());
    };
    auto functionOf = [&](size_t h, int s) { return s == 4 ? functions[h] + QStringLiteral("-alt") : functions[h]; };
    for (size_t h = 0; h < handlers.size(); ++h) {
        for (int s = 0; s < 2; ++s) {
            if (s == 0 && handlers[h].family != RuntimeFamily::Node)
                continue; // lambda-local runs Node.js handlers only
            drivers[h][size_t(s)] = std::make_unique<Driver>(
                peersDir, QString::fromLatin1(s == 0 ? "lambda-local" : "fun"), handlers[h], code);
            if (!drivers[h][size_t(s)]->ok())
                std::printf("  (%s did not start for the %s handler: left out)\n", names[s],
                            qPrintable(handlers[h].key));
        }
    }

    // One latency sample run of `n` calls of system s on handler h.
    auto latency = [&](size_t h, int s, int n) -> std::pair<std::vector<double>, int> {
        const Handler &hd = handlers[h];
        if (s < 2) {
            const QJsonObject r = drivers[h][size_t(s)]->command("lat " + QByteArray::number(n));
            return {toVector(r.value(u"ms").toArray()), r.isEmpty() ? n : r.value(u"failed").toInt()};
        }
        int failures = 0;
        if (s == 2 || s == 4) {
            const auto ms = apiLatency(port, invokeRequest(port, functionOf(h, s), hd.payload), n, &failures);
            return {ms, failures};
        }
        ChainResult r = inProcess(backend, functions[h], hd.payload, 1, n, 0);
        return {r.ms, r.failures};
    };
    auto throughput = [&](size_t h, int s, int callers, int *failures) -> double {
        const Handler &hd = handlers[h];
        if (s < 2) {
            const QJsonObject r = drivers[h][size_t(s)]->command(
                QByteArrayLiteral("tput ") + QByteArray::number(callers) + ' ' + QByteArray::number(seconds));
            *failures += r.isEmpty() ? 1 : r.value(u"failed").toInt();
            const double secs = r.value(u"seconds").toDouble();
            return secs > 0 ? r.value(u"count").toDouble() / secs : 0;
        }
        if (s == 2 || s == 4)
            return apiThroughput(port, invokeRequest(port, functionOf(h, s), hd.payload), callers, seconds, failures);
        ChainResult r = inProcess(backend, functions[h], hd.payload, callers, 0, seconds);
        *failures += r.failures;
        return double(r.count - r.failures) / r.seconds;
    };

    // Warm up: every series once (sockets, caches, the first environment).
    for (size_t h = 0; h < handlers.size(); ++h)
        for (int s = 0; s < kSystems; ++s)
            if (available(h, s))
                latency(h, s, 50);

    // Warm latency, interleaved rounds.
    for (int r = 0; r < rounds; ++r)
        for (size_t h = 0; h < handlers.size(); ++h)
            for (int s = 0; s < kSystems; ++s)
                if (available(h, s)) {
                    auto [ms, failed] = latency(h, s, perRound);
                    figures[h][size_t(s)].warm.add(ms);
                    figures[h][size_t(s)].warm.failures += failed;
                }

    // Resident memory after sequential use (what one caller needs), before throughput grows pools.
    double backendMb = rssKb(int(::getpid())) / 1024;
    for (size_t h = 0; h < handlers.size(); ++h) {
        for (int s = 0; s < 2; ++s)
            if (available(h, s))
                figures[h][size_t(s)].rssMb = treeRssMb(drivers[h][size_t(s)]->pid());
        int count = 0;
        const double envMb = environmentsRssMb(functions[h], &count);
        figures[h][2].rssMb = figures[h][3].rssMb = envMb + backendMb;
        figures[h][2].rssNote = figures[h][3].rssNote = QStringLiteral(
                                                            "(%1 environment(s) %2 MB + backend process %3 MB)")
                                                            .arg(count)
                                                            .arg(envMb, 0, 'f', 1)
                                                            .arg(backendMb, 0, 'f', 1);
        if (available(h, 4)) {
            const double altMb = environmentsRssMb(functionOf(h, 4), &count);
            figures[h][4].rssMb = altMb + backendMb;
            figures[h][4].rssNote =
                QStringLiteral("(%1 environment(s) %2 MB + backend process)").arg(count).arg(altMb, 0, 'f', 1);
        }
    }

    // Throughput at concurrency 2 and 8, interleaved by system; a short run at 8 first, so that
    // every system has the instances it needs before the measured runs.
    for (int callers : {2, 8}) {
        for (size_t h = 0; h < handlers.size(); ++h) {
            if (callers == 8)
                for (int s = 0; s < kSystems; ++s)
                    if (available(h, s)) {
                        int ignored = 0;
                        const double keep = seconds;
                        seconds = 1;
                        throughput(h, s, 8, &ignored);
                        seconds = keep;
                    }
            for (int s = 0; s < kSystems; ++s)
                if (available(h, s)) {
                    Figures &f = figures[h][size_t(s)];
                    (callers == 2 ? f.tput2 : f.tput8) = throughput(h, s, callers, &f.tputFailures);
                }
        }
    }

    // Cold starts: Lambdesk after a configuration change retired the function's environments.
    for (int c = 0; c < colds; ++c) {
        for (size_t h = 0; h < handlers.size(); ++h) {
            for (int s = 0; s < 2; ++s)
                if (available(h, s)) {
                    const QJsonObject r = drivers[h][size_t(s)]->command("cold");
                    figures[h][size_t(s)].cold.ms.push_back(r.value(u"ms").toDouble());
                    figures[h][size_t(s)].cold.failures += r.isEmpty() ? 1 : r.value(u"failed").toInt();
                }
            auto found = backend.getFunction(functions[h]);
            if (!found)
                return 1;
            FunctionConfig config = *found;
            config.environment.insert(QStringLiteral("BENCH_COLD"), QString::number(c));
            if (auto u = backend.updateConfiguration(config); !u)
                return 1;
            QElapsedTimer wait;
            wait.start();
            while (backend.environments(functions[h]).idle + backend.environments(functions[h]).busy > 0
                   && wait.elapsed() < 30000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            ChainResult r = inProcess(backend, functions[h], handlers[h].payload, 1, 1, 0);
            figures[h][3].cold.add(r.ms);
            figures[h][3].cold.failures += r.failures;
        }
    }

    // Report. Only Lambdesk's failures fail the program: a peer's lost calls are the peer's.
    int failures = 0, peerFailures = 0;
    for (size_t h = 0; h < handlers.size(); ++h) {
        const auto &base = figures[h][0];
        const bool hasBase = available(h, 0);
        std::printf("%s (%s; payload %lld bytes)%s\n", qPrintable(handlers[h].key), qPrintable(runtimeIds[h]),
                    qlonglong(handlers[h].payload.size()),
                    hasBase ? "" : "   [lambda-local runs Node.js only: no ratios]");
        std::printf("  %-24s %9s %9s %7s %9s %7s %9s %7s %9s %7s %9s %7s\n", "", "median ms", "p99 ms", "ratio",
                    "c=2 /s", "ratio", "c=8 /s", "ratio", "cold ms", "ratio", "RSS MB", "ratio");
        for (int s = 0; s < kSystems; ++s) {
            if (!available(h, s))
                continue;
            const Figures &f = figures[h][size_t(s)];
            const bool cold = s < 2 || s == 3; // Lambdesk's cold start is measured once, in process
            std::printf("  %-24s %9.3f %9.3f %7s %9.0f %7s %9.0f %7s %9s %7s %9.1f %7s %s\n", names[s], f.warm.pct(50),
                        f.warm.pct(99), qPrintable(hasBase ? ratio(f.warm.pct(50), base.warm.pct(50)) : QString()),
                        f.tput2, qPrintable(hasBase ? ratio(f.tput2, base.tput2) : QString()), f.tput8,
                        qPrintable(hasBase ? ratio(f.tput8, base.tput8) : QString()),
                        cold ? qPrintable(QString::asprintf("%.1f", f.cold.pct(50))) : "",
                        qPrintable(hasBase && cold ? ratio(f.cold.pct(50), base.cold.pct(50)) : QString()), f.rssMb,
                        qPrintable(hasBase ? ratio(f.rssMb, base.rssMb) : QString()), qPrintable(f.rssNote));
            const int bad = f.warm.failures + f.cold.failures + f.tputFailures;
            if (bad)
                std::printf("  %-24s %d failed calls\n", "", bad);
            (s < 2 ? peerFailures : failures) += bad;
        }
        std::printf("\n");
    }
    std::printf("Ratios are against lambda-local in the same run (latency, cold and RSS: lower is better; throughput:\n"
                "higher is better). Cold: lambda-local = a fresh Node process running one execute() (its CLI);\n"
                "fun = createFunction + first call; Lambdesk = first call after a configuration change retired the\n"
                "environments (a new process), in process. RSS after the sequential rounds: a peer's driver process\n"
                "tree; Lambdesk's is the function's environments plus the whole backend process (shared by all four\n"
                "functions and this program's clients).\n");
    std::printf(
        "Issue 9's targets (Node no-op): API median <= lambda-local's execute() median, API c=2 >= lambda-local's.\n");
    std::printf("Load average after: %s; failed calls: Lambdesk %d, peers %d\n", qPrintable(loadAverage()), failures,
                peerFailures);

    drivers.clear();
    api.close();
    backend.stop();
    return failures ? 1 : 0;
}
