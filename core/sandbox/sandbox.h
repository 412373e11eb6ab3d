// lambdesk-sandbox: a small standalone program (libc/libstdc++ only, no Qt) that runs a runtime
// inside new Linux namespaces. The pieces it is made of: the options (sandboxmain.cpp), the new
// root (mounts.cpp) and the Runtime API relay of --no-network (relay.cpp).
#pragma once

#include <string>
#include <vector>

#include <sys/types.h>

namespace sandbox {

struct Bind
{
    std::string src, dst;
};

struct Options
{
    std::string root;
    std::vector<Bind> binds;
    long tmpMb = 512;
    bool noNetwork = false;
    int runtimeApiPort = 0; // 0: none
    uid_t uid = 993;
    gid_t gid = 990;
    std::string hostname = "localhost";
    std::string chdir = "/var/task";
    std::string awsConfig;
    std::vector<std::string> joins; // cgroup.procs files init and PROGRAM are moved into
    bool probe = false;
    std::vector<char *> program; // PROGRAM ARGS..., null-terminated
};

// A setup step that failed: "<what>: <strerror(err)>".
struct Failure
{
    std::string what;
    int err = 0;
    std::string text() const;
};

// Builds the new root at opts.root, pivots into it and makes it read-only. Runs in the
// namespace's init (new mount and PID namespaces). False with `failure` set on the first error.
bool buildRoot(const Options &opts, bool userNamespace, Failure &failure);

// Brings "lo" up in the current (new) network namespace and, when port > 0, returns a listening
// TCP socket on 127.0.0.1:port (-1 and `failure` set on an error; 0 for "no listener wanted"
// is returned as -2).
int setUpLoopback(int port, Failure &failure);

// The helper's loop: relays the connections accepted on `listener` (inside the sandbox; -1: none)
// to the host's 127.0.0.1:port until `control` (the socketpair to init) is readable or hung up.
// Returns when control needs attention.
class Relay
{
public:
    Relay(int listener, int port);
    ~Relay();
    Relay(const Relay &) = delete;
    Relay &operator=(const Relay &) = delete;
    void setListener(int listener) { m_listener = listener; }
    int listener() const { return m_listener; }
    // Serves until `control` has something to read (or hung up).
    void serveUntilReadable(int control);

private:
    struct Direction
    {
        int from = -1, to = -1;
        size_t off = 0, len = 0;
        bool eof = false, shut = false;
        char buf[65536];
    };
    struct Connection
    {
        Direction in;  // sandbox -> host
        Direction out; // host -> sandbox
        bool dead = false;
    };
    void accept();
    bool pump(Direction &d, bool readable, bool writable);
    int m_listener;
    int m_port;
    std::vector<Connection *> m_connections;
};

} // namespace sandbox
