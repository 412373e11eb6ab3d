#pragma once

// Shared helpers for the core tests: a backend on a temporary workspace, functions made
// from the fixtures, and invocations waited for with an event loop (never a sleep).

#include "backend.h"
#include "safetynet.h"
#include "store/codetree.h"
#include "store/versionstore.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cerrno>
#include <memory>
#include <optional>
#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace testsupport {

using safetynet::backendStartMs;
using safetynet::safetyNetMs;

inline QString fixture(const QString &relative)
{
    return QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/fixtures/") + relative;
}

inline QString testChild()
{
    return qEnvironmentVariable("LAMBDESK_TESTCHILD",
                                QStringLiteral(LAMBDESK_BUILD_DIR "/tests/fixtures/testchild/lambdesk-testchild"));
}

// Waits for signals of `spy` until `done` holds; false when none came for timeoutMs.
// (Event-driven: it sleeps in the event loop until the next signal, never polls.)
template<typename Pred>
bool waitForSignals(QSignalSpy &spy, Pred done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired() || !spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return done();
    }
    return true;
}

// Waits until process `pid` (not necessarily our child) has exited: a pidfd becomes readable
// then. True at once when it is gone already.
inline bool waitForExit(qint64 pid, int timeoutMs)
{
    const int fd = int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
    if (fd < 0)
        return errno == ESRCH; // no such process: it has exited and been reaped
    QEventLoop loop;
    QSocketNotifier notifier(qintptr(fd), QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit); // a safety net only
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 0) != 1) // not exited yet
        loop.exec();
    const bool exited = ::poll(&p, 1, 0) == 1;
    ::close(fd);
    return exited;
}

// Calls start(reply) (a call that answers through a callback, at once or later on this thread)
// and waits in an event loop for the answer; nullopt when none came within timeoutMs.
template<typename R, typename Start>
std::optional<R> waitForAnswer(Start start, int timeoutMs = safetyNetMs(60000))
{
    std::optional<R> result;
    QEventLoop loop;
    start([&](R r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result) {                                               // it may have answered at once
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit); // a safety net only
        loop.exec();
    }
    return result;
}

// Invokes `name` (with `qualifier`: empty, $LATEST, a version or an alias) synchronously, waiting
// on the answer with an event loop.
inline lambdesk::Result<lambdesk::InvocationResult> invokeAndWait(lambdesk::Backend &backend, const QString &name,
                                                                  const QString &qualifier = {},
                                                                  const QByteArray &payload = "{}",
                                                                  int timeoutMs = safetyNetMs(60000),
                                                                  const QByteArray &clientContext = {})
{
    auto result = waitForAnswer<lambdesk::Result<lambdesk::InvocationResult>>(
        [&](auto reply) {
            backend.invoke(lambdesk::InvokeRequest{name, qualifier, payload, lambdesk::InvocationType::RequestResponse,
                                                   clientContext},
                           std::move(reply));
        },
        timeoutMs);
    if (!result)
        qFatal("invocation of %s%s%s did not finish within %d ms", qPrintable(name), qualifier.isEmpty() ? "" : ":",
               qPrintable(qualifier), timeoutMs);
    return std::move(*result);
}

// Makes a workspace deletable when it goes out of scope: the versions' snapshots are read-only,
// which QTemporaryDir's removal cannot get through. Declare it after the QTemporaryDir.
struct Writable
{
    QString path;
    ~Writable() { lambdesk::versionstore::makeWritable(path); }
};

class TestBackend
{
    QTemporaryDir m_dir; // first: it must outlive the backend that locks it

public:
    explicit TestBackend(bool persistLogs = false)
    {
        lambdesk::Backend::Options options;
        options.workspace = m_dir.path();
        options.persistLogs = persistLogs;
        backend = std::make_unique<lambdesk::Backend>(options);
        const lambdesk::Status s = backend->start();
        if (!s)
            qFatal("backend did not start: %s", qPrintable(s.error().message));
    }
    ~TestBackend()
    {
        backend->stop();
        backend.reset();
        lambdesk::versionstore::makeWritable(m_dir.path()); // so that the folder can go
    }

    QString root() const { return m_dir.path(); }

    QString runtime(lambdesk::RuntimeFamily family) const
    {
        const lambdesk::RuntimeInfo *r = backend->runtimes().preferred(family);
        if (!r)
            qFatal("runtime %s is not installed", qPrintable(lambdesk::runtimeFamilyName(family)));
        return r->id;
    }

    lambdesk::FunctionConfig config(const QString &name, lambdesk::RuntimeFamily family, const QString &handler,
                                    int memory = 128, int timeout = 3) const
    {
        lambdesk::FunctionConfig c;
        c.name = name;
        c.runtime = family == lambdesk::RuntimeFamily::Provided ? QStringLiteral("provided.al2023") : runtime(family);
        c.handler = handler;
        c.memorySize = memory;
        c.timeout = timeout;
        return c;
    }

    lambdesk::Result<lambdesk::FunctionConfig> create(const lambdesk::FunctionConfig &c, const QString &codeDir)
    {
        return backend->createFunction(c, lambdesk::CodeSource::directory(codeDir));
    }

    // A custom-runtime function whose bootstrap is the test child, in `mode`.
    lambdesk::Result<lambdesk::FunctionConfig> createChild(const QString &name, const QString &mode, int memory = 128,
                                                           int timeout = 3, QMap<QString, QString> env = {})
    {
        QTemporaryDir code;
        QFile::copy(testChild(), code.path() + QStringLiteral("/bootstrap"));
        // 0755, as a Lambda zip needs it: the runtime's user (in the sandbox) is not its owner.
        QFile::setPermissions(code.path() + QStringLiteral("/bootstrap"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                  | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        lambdesk::FunctionConfig c = config(name, lambdesk::RuntimeFamily::Provided, QStringLiteral("child.handler"),
                                            memory, timeout);
        env.insert(QStringLiteral("TESTCHILD_MODE"), mode);
        c.environment = env;
        return create(c, code.path());
    }

    lambdesk::Result<lambdesk::InvocationResult> invoke(const QString &name, const QByteArray &payload = "{}",
                                                        int timeoutMs = 60000, const QByteArray &clientContext = {})
    {
        return invokeAndWait(*backend, name, {}, payload, timeoutMs, clientContext);
    }

    std::unique_ptr<lambdesk::Backend> backend;
};

// One run of the lambdesk binary (LAMBDESK_BINARY, set by CTest) on `workspace`: its exit code
// (-1 when it crashed), stdout and stderr.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
inline CliRun runCli(QStringList args, const QString &workspace)
{
    QProcess p;
    args << QStringLiteral("--workspace") << workspace;
    p.start(qEnvironmentVariable("LAMBDESK_BINARY"), args);
    if (!p.waitForFinished(safetyNetMs(60000)))
        qFatal("lambdesk %s did not finish", qPrintable(args.join(u' ')));
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                  p.readAllStandardError()};
}

inline QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

inline bool hasLine(const lambdesk::InvocationResult &r, const QString &prefix)
{
    for (const lambdesk::LogLine &l : r.logs) {
        if (l.text.startsWith(prefix))
            return true;
    }
    return false;
}

// The invocation's log, one line per line: for failure messages.
inline QString logText(const lambdesk::InvocationResult &r)
{
    QStringList lines;
    for (const lambdesk::LogLine &l : r.logs)
        lines.append(l.text);
    return lines.join(u'\n');
}

// While it lives, environments start without the sandbox (LAMBDESK_SANDBOX=off): for tests of
// the host-filesystem mode's own behaviour (host pids, TMPDIR in the workspace, the /tmp
// watchdog); tst_sandboxenv tests the sandbox's counterparts.
class SandboxOff
{
    QByteArray m_before = qgetenv("LAMBDESK_SANDBOX");
    bool m_had = qEnvironmentVariableIsSet("LAMBDESK_SANDBOX");

public:
    SandboxOff() { qputenv("LAMBDESK_SANDBOX", "off"); }
    ~SandboxOff()
    {
        if (m_had)
            qputenv("LAMBDESK_SANDBOX", m_before);
        else
            qunsetenv("LAMBDESK_SANDBOX");
    }
    SandboxOff(const SandboxOff &) = delete;
    SandboxOff &operator=(const SandboxOff &) = delete;
};

// Alive and not a zombie.
inline bool processAlive(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && close + 2 < stat.size() && stat.at(close + 2) != 'Z';
}

} // namespace testsupport
