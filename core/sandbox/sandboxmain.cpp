// lambdesk-sandbox [options] -- PROGRAM [ARGS...]: runs PROGRAM inside new mount, PID, IPC, UTS
// (and, when not root, user; with --no-network, network) namespaces, in a root made of the
// host's system folders read-only, the --bind entries read-only, a sized /tmp, /proc and /dev.
//
// Processes: this helper (the process Lambdesk started) clones the namespace's init (PID 1
// inside), which builds the root, forks PROGRAM (as --uid/--gid), passes SIGTERM/SIGINT on to
// it when the process group's signal cannot have reached it, reaps every zombie, and
// reports over a socketpair how PROGRAM ended; then init exits and the kernel ends everything
// else in the PID namespace. The helper ends the same way as PROGRAM (exit code, or the same
// signal raised on itself). With --no-network the helper relays the sandbox's 127.0.0.1:P to
// the host's while it waits. Setup failures: "lambdesk-sandbox: <what>: <strerror>", exit 127.
#include "sandbox.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sandbox;

namespace {

constexpr int kSetupFailed = 127;

constexpr const char *kSystemFolders[] = {"/tmp", "/proc", "/dev", "/usr", "/etc", "/bin",
                                          "/sbin", "/lib", "/lib32", "/lib64", "/libx32"};

// Messages from init to the helper over the socketpair (SOCK_SEQPACKET: one message a send).
enum class Kind : int {
    Listener = 1, // carries the inside listening socket (SCM_RIGHTS)
    Ready,        // --probe: everything was set up
    Failed,       // --probe: the text that follows is the failed step
    Exited,       // PROGRAM exited with `value`
    Signaled,     // PROGRAM was killed by signal `value`
    Started,      // PROGRAM runs; its pid travels as SCM_CREDENTIALS (the kernel translates it)
};

struct Message
{
    Kind kind;
    int value;
    char text[480];
};

constexpr const char *kUsage =
    "usage: lambdesk-sandbox --root DIR [--bind SRC:DST]... [--tmp-mb N] [--no-network]\n"
    "       [--runtime-api-port P] [--uid N] [--gid N] [--hostname NAME] [--chdir DIR]\n"
    "       [--aws-config DIR] [--join CGROUP_PROCS_FILE]... [--probe] -- PROGRAM [ARGS...]\n";

// A bad command line: one line on stderr (as every setup failure), exit 127.
[[noreturn]] void usage(const char *why)
{
    std::fprintf(stderr, "lambdesk-sandbox: %s\n", why);
    std::exit(kSetupFailed);
}

long number(const char *option, const char *text, long min, long max)
{
    char *end = nullptr;
    errno = 0;
    const long v = std::strtol(text, &end, 10);
    if (errno || end == text || *end || v < min || v > max)
        usage((std::string(option) + " needs a number from " + std::to_string(min) + " to "
               + std::to_string(max) + ", got \"" + text + "\"")
                  .c_str());
    return v;
}

bool inside(const std::string &path, const std::string &folder)
{
    return path == folder || (path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0
                              && path[folder.size()] == '/');
}

bool cleanAbsolute(const std::string &p)
{
    return !p.empty() && p[0] == '/' && p.find("/../") == std::string::npos
           && p.find("/./") == std::string::npos && p.find("//") == std::string::npos
           && !(p.size() >= 3 && p.compare(p.size() - 3, 3, "/..") == 0)
           && !(p.size() >= 2 && p.compare(p.size() - 2, 2, "/.") == 0);
}

Options parse(int argc, char **argv)
{
    Options o;
    int i = 1;
    auto value = [&](const char *option) -> const char * {
        if (i + 1 >= argc)
            usage((std::string(option) + " needs a value").c_str());
        return argv[++i];
    };
    bool rootGiven = false;
    for (; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--") {
            ++i;
            break;
        } else if (a == "--root") {
            o.root = value("--root");
            rootGiven = true;
        } else if (a == "--bind") {
            const std::string spec = value("--bind");
            const size_t colon = spec.rfind(':');
            if (colon == std::string::npos || colon == 0 || colon + 1 == spec.size())
                usage(("--bind needs SRC:DST, got \"" + spec + "\"").c_str());
            Bind b{spec.substr(0, colon), spec.substr(colon + 1)};
            while (b.dst.size() > 1 && b.dst.back() == '/')
                b.dst.pop_back();
            if (!cleanAbsolute(b.dst) || b.dst == "/")
                usage(("--bind: DST must be an absolute path below /, got \"" + b.dst + "\"").c_str());
            // Not over what the sandbox makes itself (a DST there would also create its parent
            // folders through the host's merged-usr symlinks, before the pivot).
            for (const char *reserved : kSystemFolders)
                if (inside(b.dst, reserved))
                    usage(("--bind: DST may not lie in " + std::string(reserved) + ": \"" + b.dst + "\"").c_str());
            for (const Bind &earlier : o.binds) {
                if (inside(b.dst, earlier.dst))
                    usage(("--bind: DST \"" + b.dst + "\" lies inside the earlier bind \"" + earlier.dst + "\"").c_str());
                if (inside(earlier.dst, b.dst))
                    usage(("--bind: DST \"" + b.dst + "\" would hide the earlier bind \"" + earlier.dst + "\"").c_str());
            }
            o.binds.push_back(std::move(b));
        } else if (a == "--tmp-mb") {
            o.tmpMb = number("--tmp-mb", value("--tmp-mb"), 1, 1 << 20);
        } else if (a == "--no-network") {
            o.noNetwork = true;
        } else if (a == "--runtime-api-port") {
            o.runtimeApiPort = int(number("--runtime-api-port", value("--runtime-api-port"), 1, 65535));
        } else if (a == "--uid") {
            o.uid = uid_t(number("--uid", value("--uid"), 1, 65533));
        } else if (a == "--gid") {
            o.gid = gid_t(number("--gid", value("--gid"), 1, 65533));
        } else if (a == "--hostname") {
            o.hostname = value("--hostname");
            if (o.hostname.empty() || o.hostname.size() > 64)
                usage("--hostname needs 1 to 64 characters");
        } else if (a == "--chdir") {
            o.chdir = value("--chdir");
            if (!cleanAbsolute(o.chdir))
                usage("--chdir needs an absolute path");
        } else if (a == "--join") {
            o.joins.emplace_back(value("--join"));
        } else if (a == "--aws-config") {
            o.awsConfig = value("--aws-config");
        } else if (a == "--help" || a == "-h") {
            std::fputs(kUsage, stdout);
            std::exit(0);
        } else if (a == "--probe") {
            o.probe = true;
        } else {
            usage(("unknown option \"" + a + "\"").c_str());
        }
    }
    for (; i < argc; ++i)
        o.program.push_back(argv[i]);
    o.program.push_back(nullptr);
    if (!rootGiven) {
        if (!o.probe)
            usage("--root DIR is required");
        o.root = "/tmp"; // --probe alone: any folder serves as mount point in the private namespace
    }
    if (!o.probe && o.program.size() < 2)
        usage("no PROGRAM after --");
    return o;
}

void sendMessage(int fd, Kind kind, int value, const std::string &text = {}, int passFd = -1, pid_t credPid = 0)
{
    Message m{};
    m.kind = kind;
    m.value = value;
    std::strncpy(m.text, text.c_str(), sizeof m.text - 1);
    iovec iov{&m, sizeof m};
    msghdr h{};
    h.msg_iov = &iov;
    h.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(ucred))];
    if (credPid > 0) {
        h.msg_control = control;
        h.msg_controllen = CMSG_SPACE(sizeof(ucred));
        cmsghdr *c = CMSG_FIRSTHDR(&h);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_CREDENTIALS;
        c->cmsg_len = CMSG_LEN(sizeof(ucred));
        const ucred cred{credPid, ::getuid(), ::getgid()};
        std::memcpy(CMSG_DATA(c), &cred, sizeof cred);
    } else if (passFd >= 0) {
        h.msg_control = control;
        h.msg_controllen = CMSG_SPACE(sizeof(int));
        cmsghdr *c = CMSG_FIRSTHDR(&h);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(c), &passFd, sizeof(int));
    }
    while (::sendmsg(fd, &h, MSG_NOSIGNAL) < 0 && errno == EINTR) {
    }
}

// The sender's pid of the last message received with SO_PASSCRED on (in the helper's PID
// namespace): PROGRAM's, on Started.
pid_t g_credPid = 0;

// One message (false on EOF or error); `passedFd` receives an SCM_RIGHTS descriptor if any.
bool receiveMessage(int fd, Message &m, int &passedFd, int flags = 0)
{
    passedFd = -1;
    g_credPid = 0;
    iovec iov{&m, sizeof m};
    msghdr h{};
    h.msg_iov = &iov;
    h.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int)) + CMSG_SPACE(sizeof(ucred))];
    h.msg_control = control;
    h.msg_controllen = sizeof control;
    ssize_t n;
    while ((n = ::recvmsg(fd, &h, MSG_CMSG_CLOEXEC | flags)) < 0 && errno == EINTR) {
    }
    if (n < ssize_t(sizeof m))
        return false;
    for (cmsghdr *c = CMSG_FIRSTHDR(&h); c; c = CMSG_NXTHDR(&h, c))
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
            std::memcpy(&passedFd, CMSG_DATA(c), sizeof(int));
        } else if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
            ucred cred;
            std::memcpy(&cred, CMSG_DATA(c), sizeof cred);
            g_credPid = cred.pid;
        }
    return true;
}

bool writeFile(const char *path, const std::string &text, Failure &f)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0 || ::write(fd, text.data(), text.size()) != ssize_t(text.size())) {
        f.err = errno;
        f.what = std::string("write ") + path + " (" + text.substr(0, text.size() - 1) + ")";
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
}

// PROGRAM, in the child of init: the user, no new privileges, the working folder, exec.
[[noreturn]] void execProgram(const Options &o, bool userNamespace)
{
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    for (int s : {SIGTERM, SIGINT, SIGPIPE, SIGCHLD})
        ::signal(s, SIG_DFL);
    auto die = [](const std::string &what) {
        const int err = errno;
        std::fprintf(stderr, "lambdesk-sandbox: %s: %s\n", what.c_str(), std::strerror(err));
        ::_exit(kSetupFailed);
    };
    if (!userNamespace && ::setgroups(0, nullptr) != 0)
        die("setgroups");
    if (::setgid(o.gid) != 0)
        die("setgid " + std::to_string(o.gid));
    if (::setuid(o.uid) != 0)
        die("setuid " + std::to_string(o.uid));
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        die("prctl(PR_SET_NO_NEW_PRIVS)");
    if (::chdir(o.chdir.c_str()) != 0)
        die("chdir " + o.chdir);
    ::execvp(o.program[0], o.program.data());
    die(std::string("exec ") + o.program[0]);
    ::_exit(kSetupFailed);
}

// PID 1 of the new namespaces.
[[noreturn]] void runInit(const Options &o, bool userNamespace, uid_t hostUid, gid_t hostGid, int control)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    Failure f;
    // Signals arrive on a signalfd: SIGCHLD to reap, SIGTERM/SIGINT to pass on. They were
    // blocked across the clone, so one sent to the group during the setup waits here.
    for (int s : {SIGTERM, SIGINT, SIGCHLD})
        ::signal(s, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    ::sigprocmask(SIG_BLOCK, &set, nullptr);
    const int sfd = ::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
    auto fail = [&]() {
        if (o.probe) {
            sendMessage(control, Kind::Failed, f.err, f.text());
        } else {
            const std::string line = "lambdesk-sandbox: " + f.text() + "\n";
            (void)!::write(STDERR_FILENO, line.data(), line.size());
        }
        ::_exit(kSetupFailed);
    };
    if (userNamespace) {
        if (!writeFile("/proc/self/setgroups", "deny\n", f)
            || !writeFile("/proc/self/uid_map", std::to_string(o.uid) + " " + std::to_string(hostUid) + " 1\n", f)
            || !writeFile("/proc/self/gid_map", std::to_string(o.gid) + " " + std::to_string(hostGid) + " 1\n", f))
            fail();
    }
    if (o.noNetwork) {
        const int listener = setUpLoopback(o.probe ? 0 : o.runtimeApiPort, f);
        if (listener == -1)
            fail();
        if (listener >= 0) {
            sendMessage(control, Kind::Listener, 0, {}, listener);
            ::close(listener);
        }
    }
    if (::sethostname(o.hostname.data(), o.hostname.size()) != 0) {
        f.err = errno;
        f.what = "sethostname";
        fail();
    }
    if (!buildRoot(o, userNamespace, f))
        fail();
    if (o.probe) {
        sendMessage(control, Kind::Ready, 0);
        ::_exit(0);
    }

    if (sfd < 0) {
        f.err = errno;
        f.what = "signalfd";
        fail();
    }
    // Stopped before PROGRAM started: it ends as PROGRAM would have (killed by that signal).
    signalfd_siginfo si;
    while (::read(sfd, &si, sizeof si) == ssize_t(sizeof si)) {
        if (si.ssi_signo == SIGTERM || si.ssi_signo == SIGINT) {
            sendMessage(control, Kind::Signaled, int(si.ssi_signo));
            ::_exit(0);
        }
    }
    const pid_t program = ::fork();
    if (program < 0) {
        f.err = errno;
        f.what = "fork";
        fail();
    }
    if (program == 0)
        execProgram(o, userNamespace);
    if (!o.joins.empty())
        sendMessage(control, Kind::Started, 0, {}, -1, program);

    pollfd fds[2] = {{sfd, POLLIN, 0}, {control, POLLIN, 0}};
    for (;;) {
        if (::poll(fds, 2, -1) < 0)
            continue;
        if (fds[1].revents) // the helper is gone (or speaks out of turn): end the environment
            ::_exit(kSetupFailed);
        while (::read(sfd, &si, sizeof si) == ssize_t(sizeof si)) {
            // Lambdesk signals the process group: PROGRAM, in init's group, has it already
            // (passing it on would deliver it twice). Passed on only to a PROGRAM that left
            // the group (setsid/setpgid), which the group's signal did not reach.
            if ((si.ssi_signo == SIGTERM || si.ssi_signo == SIGINT) && ::getpgid(program) != ::getpgrp())
                ::kill(program, int(si.ssi_signo));
        }
        int status;
        pid_t pid;
        while ((pid = ::waitpid(-1, &status, WNOHANG)) > 0) {
            if (pid != program)
                continue;
            if (WIFSIGNALED(status))
                sendMessage(control, Kind::Signaled, WTERMSIG(status));
            else
                sendMessage(control, Kind::Exited, WEXITSTATUS(status));
            ::_exit(0); // the kernel now ends every other process of the namespace
        }
    }
}

[[noreturn]] void endLike(int kind, int value)
{
    if (kind == int(Kind::Signaled)) {
        ::signal(value, SIG_DFL);
        rlimit none{0, 0};
        ::setrlimit(RLIMIT_CORE, &none);
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, value);
        ::sigprocmask(SIG_UNBLOCK, &set, nullptr);
        ::raise(value);
        ::_exit(128 + value); // a signal whose default is not to end the process
    }
    ::_exit(value);
}

std::string flagNames(int flags)
{
    std::string s;
    const std::pair<int, const char *> names[] = {{CLONE_NEWUSER, "CLONE_NEWUSER"}, {CLONE_NEWNS, "CLONE_NEWNS"},
                                                  {CLONE_NEWPID, "CLONE_NEWPID"},   {CLONE_NEWIPC, "CLONE_NEWIPC"},
                                                  {CLONE_NEWUTS, "CLONE_NEWUTS"},   {CLONE_NEWNET, "CLONE_NEWNET"}};
    for (const auto &[flag, name] : names)
        if (flags & flag)
            s += (s.empty() ? "" : "|") + std::string(name);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parse(argc, argv);
    const uid_t euid = ::geteuid();
    const gid_t egid = ::getegid();
    const bool userNamespace = euid != 0;

    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) {
        const int err = errno;
        if (o.probe) {
            std::printf("unavailable: socketpair: %s\n", std::strerror(err));
            return 1;
        }
        std::fprintf(stderr, "lambdesk-sandbox: socketpair: %s\n", std::strerror(err));
        return kSetupFailed;
    }
    if (!o.joins.empty()) { // PROGRAM's pid comes as credentials, translated into ours
        const int one = 1;
        ::setsockopt(pair[0], SOL_SOCKET, SO_PASSCRED, &one, sizeof one);
    }
    // The process group's SIGTERM/SIGINT reach init and PROGRAM themselves; the helper stays
    // to report how PROGRAM ended.
    if (!o.probe) {
        ::signal(SIGTERM, SIG_IGN);
        ::signal(SIGINT, SIG_IGN);
    }

    int flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS;
    if (userNamespace)
        flags |= CLONE_NEWUSER;
    if (o.noNetwork)
        flags |= CLONE_NEWNET;
    // Like fork(), but the child starts in the new namespaces (and is PID 1 of the new one).
    // SIGTERM/SIGINT blocked across it: init must not lose one sent before it set up its own.
    sigset_t stopSignals, before;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGCHLD);
    ::sigprocmask(SIG_BLOCK, &stopSignals, &before);
    const pid_t init = pid_t(::syscall(SYS_clone, flags | SIGCHLD, nullptr, nullptr, nullptr, nullptr));
    if (init != 0)
        ::sigprocmask(SIG_SETMASK, &before, nullptr); // the helper ignores them (a pending one goes)
    if (init < 0) {
        const int err = errno;
        if (o.probe) {
            std::printf("unavailable: clone(%s): %s\n", flagNames(flags).c_str(), std::strerror(err));
            return 1;
        }
        std::fprintf(stderr, "lambdesk-sandbox: clone(%s): %s\n", flagNames(flags).c_str(), std::strerror(err));
        return kSetupFailed;
    }
    if (init == 0) {
        ::close(pair[0]);
        runInit(o, userNamespace, euid, egid, pair[1]);
    }
    ::close(pair[1]);
    const int control = pair[0];

    // How it went: init's messages (the relay's listener, the probe's answer, how PROGRAM
    // ended). The helper wakes once, when init has exited (and with it every process of the
    // namespace); the messages wait in the socket. With a relay to serve, it serves until then.
    Message m{};
    int passed = -1;
    int endKind = 0, endValue = 0;
    bool ended = false, ready = false;
    std::string failure;
    Relay relay(-1, o.runtimeApiPort);
    auto handle = [&]() {
        m.text[sizeof m.text - 1] = 0;
        if (m.kind == Kind::Listener && passed >= 0) {
            relay.setListener(passed);
            passed = -1;
        } else if (m.kind == Kind::Ready) {
            ready = true;
        } else if (m.kind == Kind::Failed) {
            failure = m.text;
        } else if (m.kind == Kind::Exited || m.kind == Kind::Signaled) {
            ended = true;
            endKind = int(m.kind);
            endValue = m.value;
        }
        if (passed >= 0)
            ::close(passed);
    };
    bool alive = true;
    if (!o.joins.empty() && !o.probe) {
        // --join: init and PROGRAM into the given cgroups as soon as PROGRAM runs (the writes
        // wait for the kernel, ~10 ms on cgroup v1: PROGRAM starts meanwhile). A process moved
        // alone in cgroup v1 leaves its children where they are: hence both, here.
        pid_t program = 0;
        while (!program && !ended && (alive = receiveMessage(control, m, passed))) {
            if (m.kind == Kind::Started)
                program = g_credPid;
            handle();
        }
        if (program > 0) {
            for (const std::string &file : o.joins) {
                const int fd = ::open(file.c_str(), O_WRONLY | O_CLOEXEC);
                bool ok = fd >= 0;
                for (pid_t pid : {init, program}) {
                    const std::string text = std::to_string(pid);
                    // ESRCH: PROGRAM (and so init) ended already; nothing to move.
                    ok = ok && (::write(fd, text.data(), text.size()) == ssize_t(text.size()) || errno == ESRCH);
                }
                if (!ok)
                    std::fprintf(stderr, "lambdesk-sandbox: join %s: %s\n", file.c_str(), std::strerror(errno));
                if (fd >= 0)
                    ::close(fd);
            }
        }
    }
    if (o.noNetwork && o.runtimeApiPort > 0 && !o.probe && alive) {
        // The listener comes first (or init ends during setup: end of file).
        if (relay.listener() < 0 && !ended && (alive = receiveMessage(control, m, passed)))
            handle();
        if (alive && !ended) {
            const int pidfd = int(::syscall(SYS_pidfd_open, init, 0));
            if (pidfd >= 0) {
                relay.serveUntilReadable(pidfd); // init has exited
                ::close(pidfd);
            } else {
                // No pidfd (before Linux 5.3): serve until init's report, then wait for it.
                while (!ended && alive) {
                    relay.serveUntilReadable(control);
                    if ((alive = receiveMessage(control, m, passed)))
                        handle();
                }
            }
        }
    }
    int status = 0;
    while (::waitpid(init, &status, 0) < 0 && errno == EINTR) {
    }
    while (!ended && receiveMessage(control, m, passed, MSG_DONTWAIT))
        handle();
    if (o.probe) {
        if (ready) {
            std::printf("ok %s\n", userNamespace ? "user-namespace" : "root");
            return 0;
        }
        std::printf("unavailable: %s\n", failure.empty() ? "the sandbox's init ended during setup" : failure.c_str());
        return 1;
    }
    if (ended)
        endLike(endKind, endValue);
    // init ended without a report: a setup failure (it said why on stderr) or it was killed.
    if (WIFEXITED(status))
        return WEXITSTATUS(status) ? WEXITSTATUS(status) : kSetupFailed;
    if (WIFSIGNALED(status))
        endLike(int(Kind::Signaled), WTERMSIG(status));
    return kSetupFailed;
}
