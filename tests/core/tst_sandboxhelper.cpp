// lambdesk-sandbox, driven directly: the filesystem a program sees (read-only /var/task, a
// sized /tmp, nothing of the host's home or temp), its user, its processes, how its end
// propagates, that no daemon outlives it, and the Runtime API relay of --no-network.
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace testsupport;

namespace {

QString helperPath()
{
    return QStringLiteral(LAMBDESK_SANDBOX_HELPER_BUILD_PATH);
}

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString out, err;
};

// Runs the helper with `args` to its end in an event loop (the test's servers keep serving).
// `modifier` runs in the child between fork and exec.
Run runHelper(const QStringList &args, std::function<void()> modifier = {},
              std::function<void(QProcess &)> started = {})
{
    QProcess p;
    p.setProgram(helperPath());
    p.setArguments(args);
    if (modifier)
        p.setChildProcessModifier(modifier);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    p.start();
    Run r;
    if (!p.waitForStarted(safetyNetMs(30000)))
        return r;
    if (started)
        started(p);
    if (p.state() != QProcess::NotRunning) {
        QTimer::singleShot(safetyNetMs(60000), &loop, &QEventLoop::quit); // a safety net only
        loop.exec();
    }
    r.finished = p.state() == QProcess::NotRunning;
    if (!r.finished) {
        p.kill();
        p.waitForFinished(safetyNetMs(30000));
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// True when the read end `fd` of a pipe reaches end of file (every writer gone) in timeoutMs.
bool waitForEof(int fd, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    char buf[256];
    for (;;) {
        pollfd p{fd, POLLIN, 0};
        const int n = ::poll(&p, 1, int(std::max<qint64>(0, deadline.remainingTime())));
        if (n <= 0)
            return false;
        const ssize_t got = ::read(fd, buf, sizeof buf);
        if (got == 0)
            return true;
        if (got < 0 && errno != EINTR)
            return false;
    }
}

// A shell script that starts a double-forked, setsid daemon holding fd 3 and waits until it runs.
const char *const kStartDaemon =
    "mkfifo /tmp/up && (setsid /bin/sh -c 'echo up > /tmp/up; exec sleep 1000' &) && read x < /tmp/up && echo daemon-$x";

} // namespace

class TestSandboxHelper : public QObject
{
    Q_OBJECT

private:
    bool m_available = false;
    QString m_probe;
    QTemporaryDir m_dir;
    QString m_root, m_code;

    QStringList base(const QStringList &extra = {}) const
    {
        QStringList a{QStringLiteral("--root"), m_root, QStringLiteral("--bind"), m_code + QStringLiteral(":/var/task")};
        a += extra;
        a << QStringLiteral("--");
        return a;
    }
    QStringList shell(const QString &script, const QStringList &extra = {}) const
    {
        return base(extra) << QStringLiteral("/bin/sh") << QStringLiteral("-c") << script;
    }
    QStringList python(const QString &code, const QStringList &extra = {}) const
    {
        return base(extra) << QStringLiteral("/usr/bin/python3") << QStringLiteral("-c") << code;
    }
#define REQUIRE_SANDBOX()                                                                                  \
    if (!m_available)                                                                                      \
        QSKIP(qPrintable(QStringLiteral("namespaces are not available here: ") + m_probe));

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo(helperPath()).isExecutable());
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("root"));
        m_code = m_dir.filePath(QStringLiteral("code"));
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(QDir().mkpath(m_code));
        QFile handler(m_code + QStringLiteral("/handler.py"));
        QVERIFY(handler.open(QIODevice::WriteOnly));
        handler.write("def handler(event, context):\n    return event\n");
        handler.close();
        const Run probe = runHelper({QStringLiteral("--probe"), QStringLiteral("--root"), m_root});
        QVERIFY(probe.finished);
        m_probe = probe.out.trimmed();
        m_available = probe.exitCode == 0 && m_probe.startsWith(QStringLiteral("ok "));
        if (!m_available)
            QCOMPARE(m_probe.left(13), QStringLiteral("unavailable: "));
    }

    void probeSaysHow()
    {
        REQUIRE_SANDBOX();
        QCOMPARE(m_probe, ::geteuid() == 0 ? QStringLiteral("ok root") : QStringLiteral("ok user-namespace"));
        const Run net = runHelper({QStringLiteral("--probe"), QStringLiteral("--no-network"), QStringLiteral("--root"), m_root});
        QCOMPARE(net.exitCode, 0);
        QCOMPARE(net.out.trimmed(), m_probe);
        // Without --root (as Lambdesk asks at start): any folder serves in the private namespace.
        const Run bare = runHelper({QStringLiteral("--probe")});
        QCOMPARE(bare.exitCode, 0);
        QCOMPARE(bare.out, m_probe + QLatin1Char('\n'));
    }

    void probeAsUnprivilegedUser()
    {
        REQUIRE_SANDBOX();
        if (::geteuid() != 0)
            QSKIP("setpriv to another user needs root; this run is unprivileged already");
        // nobody must reach the binary: every folder on the way searchable, the file executable.
        for (QFileInfo f(helperPath()); f.absoluteFilePath() != QStringLiteral("/"); f = QFileInfo(f.absolutePath())) {
            const auto need = f.isDir() ? QFile::ExeOther : (QFile::ExeOther | QFile::ReadOther);
            if ((f.permissions() & need) != need)
                QSKIP(qPrintable(QStringLiteral("the helper is not reachable by an unprivileged user: ") + f.absoluteFilePath()));
        }
        QProcess p;
        p.start(QStringLiteral("/usr/bin/setpriv"),
                {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                 helperPath(), QStringLiteral("--probe")});
        QVERIFY(p.waitForFinished(safetyNetMs(30000)));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QStringLiteral("ok user-namespace"));
        QCOMPARE(p.exitCode(), 0);
    }

    // The same sandbox started by an unprivileged user (a user namespace maps it to 993 inside):
    // the desktop case. Run here through setpriv as nobody.
    void unprivilegedUserGetsTheSameSandbox()
    {
        REQUIRE_SANDBOX();
        if (::geteuid() != 0)
            QSKIP("this run is unprivileged already: every other test covers it");
        for (QFileInfo f(helperPath()); f.absoluteFilePath() != QStringLiteral("/"); f = QFileInfo(f.absolutePath())) {
            const auto need = f.isDir() ? QFile::ExeOther : (QFile::ExeOther | QFile::ReadOther);
            if ((f.permissions() & need) != need)
                QSKIP(qPrintable(QStringLiteral("the helper is not reachable by an unprivileged user: ") + f.absoluteFilePath()));
        }
        const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
        for (const QString &dir : {m_dir.path(), m_root, m_code})
            QVERIFY(QFile::setPermissions(dir, open));
        QTcpServer api;
        QVERIFY(api.listen(QHostAddress::LocalHost));
        connect(&api, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = api.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        const QString code = QStringLiteral("import errno, os, socket\n"
                                            "print(os.getuid(), os.getgid(), sorted(os.listdir('/var/task')))\n"
                                            "for path, size in (('/var/task/x', 1), ('/tmp/big', 3 << 20)):\n"
                                            "    try:\n"
                                            "        with open(path, 'wb') as f:\n"
                                            "            f.write(b'x' * size)\n"
                                            "    except OSError as e:\n"
                                            "        print(path, errno.errorcode[e.errno])\n"
                                            "c = socket.create_connection(('127.0.0.1', %1), timeout=30)\n"
                                            "c.sendall(b'ping')\n"
                                            "print(c.recv(4))\n")
                                 .arg(api.serverPort());
        QStringList args{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                         helperPath()};
        args += python(code, {QStringLiteral("--tmp-mb"), QStringLiteral("2"), QStringLiteral("--no-network"),
                              QStringLiteral("--runtime-api-port"), QString::number(api.serverPort())});
        QProcess p;
        QEventLoop loop;
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        p.start(QStringLiteral("/usr/bin/setpriv"), args);
        QVERIFY(p.waitForStarted(safetyNetMs(30000)));
        QTimer::singleShot(safetyNetMs(60000), &loop, &QEventLoop::quit); // a safety net only
        loop.exec();
        QCOMPARE(p.state(), QProcess::NotRunning);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(out, QStringLiteral("993 990 ['handler.py']\n/var/task/x EROFS\n/tmp/big ENOSPC\nb'ping'\n"));
        QCOMPARE(p.exitCode(), 0);
    }

    void codeIsReadOnly()
    {
        REQUIRE_SANDBOX();
        const Run r = runHelper(shell(QStringLiteral("ls /var/task; touch /var/task/x; echo touch=$?; touch /x; echo root=$?")));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("handler.py\n")), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("touch=1")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("root=1")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("/var/task/x': Read-only file system")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_code + QStringLiteral("/x")));
    }

    void tmpFullGivesEnospc()
    {
        REQUIRE_SANDBOX();
        // 8 MiB into a /tmp of 4 MiB: the writer gets ENOSPC and keeps running.
        const Run r = runHelper(python(QStringLiteral("import errno, os\n"
                                                      "f = open('/tmp/big', 'wb', buffering=0)\n"
                                                      "try:\n"
                                                      "    for i in range(8):\n"
                                                      "        f.write(b'x' * 1048576)\n"
                                                      "    print('wrote all')\n"
                                                      "except OSError as e:\n"
                                                      "    print(errno.errorcode[e.errno], e.strerror)\n"
                                                      "print('still running, tmp holds', os.path.getsize('/tmp/big') // 1048576, 'MiB')\n"),
                                       {QStringLiteral("--tmp-mb"), QStringLiteral("4")}));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("ENOSPC No space left on device\n")), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("still running, tmp holds 4 MiB")), qPrintable(r.out));
        // The tmpfs is 1777 and writable by the program's user.
        const Run mode = runHelper(shell(QStringLiteral("stat -c %a /tmp")));
        QCOMPARE(mode.out.trimmed(), QStringLiteral("1777"));
    }

    void runsAsTheLambdaUser()
    {
        REQUIRE_SANDBOX();
        const Run r = runHelper(shell(QStringLiteral("id -u; id -g; hostname; pwd")));
        QVERIFY(r.finished);
        QCOMPARE(r.out, QStringLiteral("993\n990\nlocalhost\n/var/task\n"));
        const Run other = runHelper(shell(QStringLiteral("id -u; id -g; hostname; pwd"),
                                          {QStringLiteral("--uid"), QStringLiteral("1000"), QStringLiteral("--gid"),
                                           QStringLiteral("1001"), QStringLiteral("--hostname"), QStringLiteral("box"),
                                           QStringLiteral("--chdir"), QStringLiteral("/tmp")}));
        QCOMPARE(other.out, QStringLiteral("1000\n1001\nbox\n/tmp\n"));
    }

    void hostIsInvisible()
    {
        REQUIRE_SANDBOX();
        const QString script = QStringLiteral("for p in /root /home /work /opt /var/lib /dev/shm %1 %2 %3; do "
                                              "test -e $p && echo visible: $p; done; ls /; echo done")
                                   .arg(m_dir.path(), QDir::homePath(), QStringLiteral(LAMBDESK_SOURCE_DIR));
        const Run r = runHelper(shell(script));
        QVERIFY(r.finished);
        QVERIFY2(!r.out.contains(QStringLiteral("visible:")), qPrintable(r.out));
        QVERIFY2(r.out.endsWith(QStringLiteral("done\n")), qPrintable(r.out + r.err));
        QStringList top = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        top.removeLast();
        for (const QString &entry : top)
            QVERIFY2(QStringList({QStringLiteral("bin"), QStringLiteral("dev"), QStringLiteral("etc"), QStringLiteral("lib"),
                                  QStringLiteral("lib32"), QStringLiteral("lib64"), QStringLiteral("libx32"),
                                  QStringLiteral("proc"), QStringLiteral("sbin"), QStringLiteral("tmp"),
                                  QStringLiteral("usr"), QStringLiteral("var")})
                         .contains(entry),
                     qPrintable(QStringLiteral("unexpected /") + entry));
    }

    void awsConfigIsShared()
    {
        REQUIRE_SANDBOX();
        const QString aws = m_dir.filePath(QStringLiteral("aws"));
        QVERIFY(QDir().mkpath(aws));
        QFile config(aws + QStringLiteral("/config"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[default]\nregion = eu-west-1\n");
        config.close();
        const Run r = runHelper(shell(QStringLiteral("cat /home/sbx_user1051/.aws/config; "
                                                     "test -e /home/sbx_user1051/.aws/credentials || echo no-credentials; "
                                                     "echo x >> /home/sbx_user1051/.aws/config || echo refused"),
                                      {QStringLiteral("--aws-config"), aws}));
        QVERIFY(r.finished);
        QVERIFY2(r.out.contains(QStringLiteral("[default]\nregion = eu-west-1\nno-credentials\nrefused\n")),
                 qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Read-only file system")), qPrintable(r.err));
    }

    void onlyTheSandboxsProcesses()
    {
        REQUIRE_SANDBOX();
        const Run r = runHelper(shell(QStringLiteral("echo self=$$; ls /proc | grep -E '^[0-9]+$' | sort -n | tr '\\n' ' '")));
        QVERIFY(r.finished);
        QVERIFY2(r.out.startsWith(QStringLiteral("self=2\n")), qPrintable(r.out + r.err));
        const QStringList pids = r.out.section(QLatin1Char('\n'), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(pids.contains(QStringLiteral("1")));
        for (const QString &pid : pids)
            QVERIFY2(pid.toInt() < 20, qPrintable(QStringLiteral("a pid from outside: ") + pid));
    }

    void exitCodesAndSignalsPropagate()
    {
        REQUIRE_SANDBOX();
        const Run three = runHelper(shell(QStringLiteral("exit 3")));
        QCOMPARE(three.status, QProcess::NormalExit);
        QCOMPARE(three.exitCode, 3);
        const Run segv = runHelper(shell(QStringLiteral("kill -SEGV $$")));
        QCOMPARE(segv.status, QProcess::CrashExit);
        QCOMPARE(segv.exitCode, SIGSEGV);
        const Run missing = runHelper(base() << QStringLiteral("/var/task/nothing-here"));
        QCOMPARE(missing.exitCode, 127);
        QVERIFY2(missing.err.startsWith(QStringLiteral("lambdesk-sandbox: exec /var/task/nothing-here: No such file or directory")),
                 qPrintable(missing.err));
    }

    void setupFailureSaysWhat()
    {
        const Run r = runHelper({QStringLiteral("--root"), m_root, QStringLiteral("--bind"),
                                 QStringLiteral("/nonexistent-lambdesk:/var/task"), QStringLiteral("--"), QStringLiteral("/bin/true")});
        QCOMPARE(r.exitCode, 127);
        if (!m_available)
            return; // it fails earlier, at the namespaces
        QCOMPARE(r.err, QStringLiteral("lambdesk-sandbox: stat /nonexistent-lambdesk: No such file or directory\n"));
        const Run usage = runHelper({QStringLiteral("--bind"), QStringLiteral("/a:/tmp/b"), QStringLiteral("--"), QStringLiteral("/bin/true")});
        QCOMPARE(usage.exitCode, 127);
        QVERIFY2(usage.err.startsWith(QStringLiteral("lambdesk-sandbox: --bind: DST may not lie in /tmp")), qPrintable(usage.err));
        const Run hiding = runHelper({QStringLiteral("--root"), m_root, QStringLiteral("--bind"), m_code + QStringLiteral(":/opt/x"),
                                      QStringLiteral("--bind"), m_code + QStringLiteral(":/opt"), QStringLiteral("--"), QStringLiteral("/bin/true")});
        QCOMPARE(hiding.exitCode, 127);
        QCOMPARE(hiding.err, QStringLiteral("lambdesk-sandbox: --bind: DST \"/opt\" would hide the earlier bind \"/opt/x\"\n"));
    }

    // A daemon (double fork, own session) holds the write end of a pipe: end of file on the
    // read end says every process holding it is gone.
    void daemonDiesWithTheEnvironment_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("program exits") << QStringLiteral("exit");
        QTest::newRow("helper SIGKILLed") << QStringLiteral("sigkill");
        QTest::newRow("process group SIGTERM") << QStringLiteral("sigterm");
    }
    void daemonDiesWithTheEnvironment()
    {
        REQUIRE_SANDBOX();
        QFETCH(QString, how);
        int fds[2];
        QVERIFY(::pipe2(fds, O_CLOEXEC) == 0);
        const int writeEnd = fds[1];
        const QString script = QLatin1String(kStartDaemon)
                               + (how == QStringLiteral("exit") ? QStringLiteral("") : QStringLiteral("; exec sleep 1000"));
        bool sawDaemon = false;
        const Run r = runHelper(
            shell(script),
            [writeEnd] {
                ::setsid(); // a process group of its own, as Lambdesk starts runtimes
                ::dup2(writeEnd, 3);
            },
            [&](QProcess &p) {
                ::close(writeEnd);
                while (!p.readAllStandardOutput().contains("daemon-up") && !sawDaemon) {
                    if (!p.waitForReadyRead(safetyNetMs(30000)))
                        return;
                    sawDaemon = p.peek(64).contains("daemon-up");
                }
                sawDaemon = true;
                if (how == QStringLiteral("sigkill"))
                    ::kill(pid_t(p.processId()), SIGKILL);
                else if (how == QStringLiteral("sigterm"))
                    ::kill(-pid_t(p.processId()), SIGTERM);
            });
        QVERIFY2(sawDaemon, qPrintable(r.out + r.err));
        QVERIFY(r.finished);
        if (how == QStringLiteral("exit")) {
            QCOMPARE(r.status, QProcess::NormalExit);
            QCOMPARE(r.exitCode, 0);
        } else {
            QCOMPARE(r.status, QProcess::CrashExit);
            QCOMPARE(r.exitCode, how == QStringLiteral("sigkill") ? SIGKILL : SIGTERM);
        }
        QVERIFY2(waitForEof(fds[0], safetyNetMs(30000)), "a process of the environment outlived it");
        ::close(fds[0]);
    }

    // Lambdesk stops a runtime with SIGTERM to its process group: the program in the group gets
    // it from there (init does not pass it on a second time), one that left the group from init.
    void groupSigtermReachesTheProgramOnce_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("in the group") << QStringLiteral("exec ");
        QTest::newRow("own session") << QStringLiteral("exec setsid ");
    }
    void groupSigtermReachesTheProgramOnce()
    {
        REQUIRE_SANDBOX();
        QFETCH(QString, prefix);
        // A trap that says it got SIGTERM and exits 5.
        const QString program = prefix
                                + QStringLiteral("/bin/sh -c 'trap \"echo got TERM; exit 5\" TERM; echo ready; "
                                                 "while :; do sleep 0.05; done'");
        const Run r = runHelper(
            shell(program), [] { ::setsid(); },
            [](QProcess &p) {
                while (!p.peek(64).contains("ready"))
                    if (!p.waitForReadyRead(safetyNetMs(30000)))
                        return;
                ::kill(-pid_t(p.processId()), SIGTERM);
            });
        QVERIFY(r.finished);
        QCOMPARE(r.out, QStringLiteral("ready\ngot TERM\n"));
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 5);
    }

    // A stop that comes while the sandbox is still being set up is not lost: the environment
    // ends as if the program had been killed by it (at any point of the setup: 20 tries).
    void stopDuringSetupIsNotLost()
    {
        REQUIRE_SANDBOX();
        for (int i = 0; i < 20; ++i) {
            const Run r = runHelper(
                base() << QStringLiteral("/bin/sleep") << QStringLiteral("1000"), [] { ::setsid(); },
                [](QProcess &p) { ::kill(-pid_t(p.processId()), SIGTERM); });
            QVERIFY(r.finished);
            QCOMPARE(r.status, QProcess::CrashExit);
            QCOMPARE(r.exitCode, SIGTERM);
        }
    }

    // --join: init and the program are moved into the cgroups given (a cgroup v1 move takes one
    // process, not its children: joining only the helper would leave the runtime outside).
    void joinMovesInitAndProgram()
    {
        REQUIRE_SANDBOX();
        QString dir;
        for (const QString &hierarchy : {QStringLiteral("/sys/fs/cgroup/pids"), QStringLiteral("/sys/fs/cgroup")}) {
            const QString candidate = hierarchy + QStringLiteral("/tst_sandboxhelper-") + QString::number(::getpid());
            if (QFile::exists(hierarchy + QStringLiteral("/cgroup.procs")) && QDir().mkdir(candidate)) {
                dir = candidate;
                break;
            }
        }
        if (dir.isEmpty())
            QSKIP("no cgroup this user may create here");
        const QString procs = dir + QStringLiteral("/cgroup.procs");
        const QString name = QFileInfo(dir).fileName();
        // The program waits until it sees itself moved, says so, and waits for a line on stdin.
        const QString script = QStringLiteral("until grep -q %1 /proc/self/cgroup; do :; done; echo joined; read line; echo bye")
                                   .arg(name);
        QStringList members;
        const Run r = runHelper(
            QStringList{QStringLiteral("--join"), procs} + shell(script), {},
            [&](QProcess &p) {
                while (!p.peek(64).contains("joined"))
                    if (!p.waitForReadyRead(safetyNetMs(30000)))
                        return;
                QFile f(procs);
                if (f.open(QIODevice::ReadOnly))
                    members = QString::fromLatin1(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                p.write("go\n");
            });
        QDir().rmdir(dir);
        QVERIFY(r.finished);
        QCOMPARE(r.out, QStringLiteral("joined\nbye\n"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        // init and the program; never the helper (it was not asked to move itself).
        QCOMPARE(members.size(), 2);
    }

    void noNetworkRelaysOnlyTheRuntimeApi()
    {
        REQUIRE_SANDBOX();
        QTcpServer api, other;
        QVERIFY(api.listen(QHostAddress::LocalHost));
        QVERIFY(other.listen(QHostAddress::LocalHost));
        int accepted = 0;
        connect(&api, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = api.nextPendingConnection()) {
                ++accepted;
                connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        const QString code = QStringLiteral(
                                 "import socket\n"
                                 "try:\n"
                                 "    socket.create_connection(('127.0.0.1', %1), timeout=10)\n"
                                 "    print('other: connected')\n"
                                 "except OSError as e:\n"
                                 "    print('other:', type(e).__name__)\n"
                                 "payload = bytes(range(256)) * 800\n"
                                 "c = socket.create_connection(('127.0.0.1', %2), timeout=30)\n"
                                 "for round in range(3):\n"
                                 "    c.sendall(payload)\n"
                                 "    got = b''\n"
                                 "    while len(got) < len(payload):\n"
                                 "        got += c.recv(65536)\n"
                                 "    print('echo', round, got == payload)\n"
                                 "c.shutdown(socket.SHUT_WR)\n"
                                 "print('eof', c.recv(1) == b'')\n")
                                 .arg(other.serverPort())
                                 .arg(api.serverPort());
        const Run r = runHelper(python(code, {QStringLiteral("--no-network"), QStringLiteral("--runtime-api-port"),
                                              QString::number(api.serverPort())}));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("other: ConnectionRefusedError\necho 0 True\necho 1 True\necho 2 True\neof True\n"));
        QCOMPARE(accepted, 1);
        QVERIFY(!other.hasPendingConnections());
    }
};

QTEST_GUILESS_MAIN(TestSandboxHelper)
#include "tst_sandboxhelper.moc"
