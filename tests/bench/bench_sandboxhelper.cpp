// What lambdesk-sandbox adds to a cold start: N runs of /bin/true started directly, through the
// helper, and through the helper with --no-network (a network namespace more), rounds
// interleaved so that load from other processes falls on every series alike; --probe alone;
// and what the --no-network relay adds to a Runtime API round trip (a small request echoed by
// a host server, from python3 inside vs outside the sandbox). Wall clock and CPU time (of the
// whole process tree: on a loaded machine the wall clock mostly measures the wake-ups of the
// two extra processes). Prints figures; asserts nothing.
//
//   bench_sandboxhelper [--runs N]
#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

// CPU time (user + system) of the last run and all it waited for, in ms: less at the mercy
// of the machine's load than the wall clock.
double g_lastCpuMs = 0;

// Runs argv to its end; the milliseconds it took, or -1 when it failed.
double timeRun(const std::vector<std::string> &args, std::string *out = nullptr)
{
    std::vector<char *> argv;
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    int pipeFds[2] = {-1, -1};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (out) {
        if (::pipe2(pipeFds, O_CLOEXEC) != 0)
            return -1;
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    }
    QElapsedTimer t;
    t.start();
    pid_t pid;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (out) {
        ::close(pipeFds[1]);
        char buf[4096];
        ssize_t n;
        while ((n = ::read(pipeFds[0], buf, sizeof buf)) > 0)
            out->append(buf, size_t(n));
        ::close(pipeFds[0]);
    }
    if (rc != 0)
        return -1;
    int status = 0;
    rusage ru{};
    ::wait4(pid, &status, 0, &ru);
    const double ms = bench::msSince(t);
    g_lastCpuMs = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3
                  + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? ms : -1;
}

void print(const char *name, const bench::Series &s, double baseline, const bench::Series &cpu)
{
    std::printf("  %-38s median %6.3f ms  p95 %7.3f ms  added (median) %+6.3f ms  cpu (mean) %6.3f ms%s\n", name,
                s.pct(50), s.pct(95), s.pct(50) - baseline, cpu.mean(), s.failures ? "   FAILURES!" : "");
}

// A host echo server on 127.0.0.1 (the Runtime API's stand-in): one connection at a time.
class EchoServer
{
public:
    EchoServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_fd, 16);
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len);
        port = ntohs(a.sin_port);
        m_thread = std::thread([this] {
            for (;;) {
                const int c = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
                if (c < 0)
                    return;
                const int one = 1;
                ::setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                char buf[65536];
                ssize_t n;
                while ((n = ::recv(c, buf, sizeof buf, 0)) > 0)
                    ::send(c, buf, size_t(n), MSG_NOSIGNAL);
                ::close(c);
            }
        });
    }
    ~EchoServer()
    {
        ::shutdown(m_fd, SHUT_RDWR);
        m_thread.join();
        ::close(m_fd);
    }
    int port = 0;

private:
    int m_fd = -1;
    std::thread m_thread;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 200;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(1, std::atoi(argv[i + 1]));
    const std::string helper = LAMBDESK_SANDBOX_HELPER_BUILD_PATH;
    QTemporaryDir dir;
    const std::string root = dir.filePath(QStringLiteral("root")).toStdString();
    const std::string code = dir.filePath(QStringLiteral("code")).toStdString();
    QDir().mkpath(QString::fromStdString(root));
    QDir().mkpath(QString::fromStdString(code));

    std::string probeOut;
    timeRun({helper, "--probe", "--root", root}, &probeOut);
    std::printf("lambdesk-sandbox --probe: %s", probeOut.c_str());
    if (probeOut.rfind("ok ", 0) != 0) {
        std::printf("the sandbox is not available here: nothing to measure\n");
        return 0;
    }

    const std::vector<std::string> sandbox = {helper, "--root", root, "--bind", code + ":/var/task", "--tmp-mb", "512"};
    auto with = [](std::vector<std::string> a, std::initializer_list<std::string> more) {
        a.insert(a.end(), more);
        return a;
    };
    const auto direct = std::vector<std::string>{"/bin/true"};
    const auto boxed = with(sandbox, {"--", "/bin/true"});
    const auto isolated = with(sandbox, {"--no-network", "--runtime-api-port", "9001", "--", "/bin/true"});
    const auto probe = std::vector<std::string>{helper, "--probe", "--root", root};
    const auto probeNet = std::vector<std::string>{helper, "--probe", "--no-network", "--root", root};

    bench::Series sDirect, sBoxed, sIsolated, sProbe, sProbeNet;
    std::map<const bench::Series *, bench::Series> cpu;
    std::string sink;
    for (int i = 0; i < runs; ++i) {
        for (auto [series, args] : {std::pair{&sDirect, &direct}, std::pair{&sBoxed, &boxed},
                                    std::pair{&sIsolated, &isolated}, std::pair{&sProbe, &probe},
                                    std::pair{&sProbeNet, &probeNet}}) {
            sink.clear();
            const double ms = timeRun(*args, args == &probe || args == &probeNet ? &sink : nullptr);
            if (ms < 0)
                ++series->failures;
            else
                series->ms.push_back(ms);
            cpu[series].ms.push_back(g_lastCpuMs);
        }
    }
    const double base = sDirect.pct(50);
    std::printf("\nStart to end of /bin/true, %d runs each (interleaved):\n", runs);
    print("direct (posix_spawn)", sDirect, base, cpu[&sDirect]);
    print("lambdesk-sandbox", sBoxed, base, cpu[&sBoxed]);
    print("lambdesk-sandbox --no-network", sIsolated, base, cpu[&sIsolated]);
    print("lambdesk-sandbox --probe", sProbe, base, cpu[&sProbe]);
    print("lambdesk-sandbox --probe --no-network", sProbeNet, base, cpu[&sProbeNet]);

    // A warm invocation's Runtime API round trips: 2000 small echoes from python3.
    EchoServer echo;
    const std::string py = "import socket, time\n"
                           "c = socket.create_connection(('127.0.0.1', " + std::to_string(echo.port) + "))\n"
                           "c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)\n"
                           "msg = b'x' * 300\n"
                           "times = []\n"
                           "for i in range(2000):\n"
                           "    t = time.perf_counter()\n"
                           "    c.sendall(msg)\n"
                           "    got = 0\n"
                           "    while got < len(msg):\n"
                           "        got += len(c.recv(65536))\n"
                           "    times.append(time.perf_counter() - t)\n"
                           "times.sort()\n"
                           "print('%.1f %.1f' % (times[len(times) // 2] * 1e6, times[len(times) * 95 // 100] * 1e6))\n";
    auto roundTrip = [&](std::vector<std::string> prefix) {
        prefix.insert(prefix.end(), {"/usr/bin/python3", "-c", py});
        std::string out;
        timeRun(prefix, &out);
        return out.empty() ? std::string("failed\n") : out;
    };
    std::printf("\nRuntime API round trip (300 bytes echoed, 2000 times), median and p95 in microseconds:\n");
    std::printf("  %-34s %s", "direct", roundTrip({}).c_str());
    std::printf("  %-34s %s", "lambdesk-sandbox", roundTrip(with(sandbox, {"--"})).c_str());
    std::printf("  %-34s %s", "lambdesk-sandbox --no-network (relay)",
                roundTrip(with(sandbox, {"--no-network", "--runtime-api-port", std::to_string(echo.port), "--"})).c_str());
    return 0;
}
