// Start-up of the `lambdesk` command as a user pays it: whole processes of `list`, `runtimes`,
// `invoke` of a no-op and `serve` until it prints its address, each with the runtime cache
// cold (emptied before every run) and warm, beside `node -e 0` measured in the same rounds
// (the floor of any command-line tool built on an interpreter). Optionally beside another
// binary (--before PATH, e.g. main's build), interleaved round by round. Asserts nothing.
//
//   bench_startup [--binary PATH] [--before PATH] [--rounds N]
#include "benchsupport.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

namespace {

using bench::Stats;

QProcessEnvironment g_env;

// Milliseconds from start to exit; -1 when it failed.
double timeProcess(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(g_env);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    return double(clock.nsecsElapsed()) / 1e6;
}

// Milliseconds from start until `serve` has printed its address line; then it is stopped
// (not timed).
double timeServe(const QString &binary, const QString &workspace)
{
    QProcess p;
    p.setProcessEnvironment(g_env);
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(binary,
            {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"),
             QStringLiteral("--workspace"), workspace});
    QByteArray seen;
    double ms = -1;
    while (p.waitForReadyRead(120000)) {
        seen += p.readAllStandardOutput();
        if (seen.contains("Lambda API on http")) {
            ms = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
    }
    p.terminate();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    return ms;
}

QString cacheDir()
{
    return g_env.value(QStringLiteral("XDG_CACHE_HOME"));
}

void emptyCache()
{
    QDir(cacheDir()).removeRecursively();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString binary = QStringLiteral(LAMBDESK_BUILD_DIR "/app/lambdesk");
    QString before;
    int rounds = 10;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--binary")
            binary = args[i + 1];
        else if (args[i] == u"--before")
            before = args[i + 1];
        else if (args[i] == u"--rounds")
            rounds = std::max(1, args[i + 1].toInt());
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        std::fprintf(stderr, "bench_startup: node is not on PATH (it is the baseline)\n");
        return 1;
    }

    QTemporaryDir home;
    g_env = QProcessEnvironment::systemEnvironment();
    g_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    g_env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    g_env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    g_env.remove(QStringLiteral("LAMBDESK_WORKSPACE"));
    const QString workspace = home.filePath(QStringLiteral("ws"));

    // The Python no-op, with the newest Python `lambdesk runtimes` finds.
    QProcess list;
    list.setProcessEnvironment(g_env);
    list.start(binary, {QStringLiteral("runtimes")});
    list.waitForFinished(120000);
    QString python;
    for (const QByteArray &line : list.readAllStandardOutput().split('\n')) {
        if (line.startsWith("python")) {
            python = QString::fromUtf8(line.left(line.indexOf(' ')));
            break;
        }
    }
    if (python.isEmpty()) {
        std::fprintf(stderr, "bench_startup: no Python runtime found\n");
        return 1;
    }
    if (timeProcess(binary,
                    {QStringLiteral("create"), QStringLiteral("noop"), QStringLiteral("--runtime"), python,
                     QStringLiteral("--code"), QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/bench/noop/python"),
                     QStringLiteral("--handler"), QStringLiteral("noop.handler"), QStringLiteral("--workspace"),
                     workspace})
        < 0) {
        std::fprintf(stderr, "bench_startup: could not create the no-op function\n");
        return 1;
    }

    struct Binary
    {
        const char *label;
        QString path;
    };
    std::vector<Binary> binaries{{"after", binary}};
    if (!before.isEmpty())
        binaries.insert(binaries.begin(), {"before", before});
    const char *commands[] = {"list", "runtimes", "invoke", "serve"};
    std::map<std::string, std::vector<double>> samples;
    int failures = 0;
    auto ws = [&] { return QStringList{QStringLiteral("--workspace"), workspace}; };
    for (int round = 0; round < rounds; ++round) {
        const double n = timeProcess(node, {QStringLiteral("-e"), QStringLiteral("0")});
        samples["node -e 0"].push_back(n);
        for (const Binary &b : binaries) {
            for (const char *cache : {"cold", "warm"}) {
                for (const char *command : commands) {
                    if (std::string(cache) == "cold")
                        emptyCache();
                    else
                        timeProcess(b.path, {QStringLiteral("runtimes")}); // makes it warm (a no-op if so)
                    double ms = -1;
                    if (std::string(command) == "serve")
                        ms = timeServe(b.path, workspace);
                    else if (std::string(command) == "invoke")
                        ms = timeProcess(b.path, QStringList{QStringLiteral("invoke"), QStringLiteral("noop")} + ws());
                    else
                        ms = timeProcess(b.path, QStringList{QString::fromLatin1(command)} + ws());
                    if (ms < 0) {
                        ++failures;
                        continue;
                    }
                    samples[std::string(b.label) + ' ' + command + " (" + cache + " cache)"].push_back(ms);
                }
            }
        }
    }

    const Stats base = Stats::of(samples["node -e 0"]);
    std::printf("Start-up as whole processes, %d interleaved rounds (%s)\n", rounds,
                before.isEmpty() ? "this build" : "before = --before, after = this build");
    std::printf("  %-40s median %9.1f ms   p99 %9.1f ms   (baseline)\n", "node -e 0", base.median, base.p99);
    for (const Binary &b : binaries) {
        for (const char *command : commands) {
            for (const char *cache : {"cold", "warm"}) {
                const std::string key = std::string(b.label) + ' ' + command + " (" + cache + " cache)";
                const Stats s = Stats::of(samples[key]);
                std::printf("  %-40s median %9.1f ms   p99 %9.1f ms   %6.2fx node -e 0  (n=%zu)\n", key.c_str(),
                            s.median, s.p99, base.median > 0 ? s.median / base.median : 0.0, samples[key].size());
            }
        }
    }
    if (failures > 0)
        std::printf("  (%d runs failed and are left out)\n", failures);
    return 0;
}
