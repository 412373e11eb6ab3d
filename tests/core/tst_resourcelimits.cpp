// The measurements the limits rely on, read from the kernel, and what a killed run leaves.
#include "testsupport.h"

#include "runtime/resourcelimits.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>
#include <csignal>
#include <unistd.h>

using namespace lambdesk;

namespace {

// The CFS bandwidth of the cgroup process `pid` is in, as the kernel holds it; none when it
// is in no cgroup with a CPU limit.
struct Bandwidth
{
    qint64 quota = 0, period = 0;
};
std::optional<Bandwidth> bandwidthOf(qint64 pid, LimitsMode mode)
{
    QFile f(QStringLiteral("/proc/%1/cgroup").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    };
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(':'); // "4:cpu,cpuacct:/a/b", "0::/a/b"
        if (parts.size() < 3)
            continue;
        const QString path = QString::fromLatin1(parts.mid(2).join(':'));
        if (mode == LimitsMode::CgroupV2 && parts.at(1).isEmpty()) {
            const QList<QByteArray> max =
                read(QStringLiteral("/sys/fs/cgroup") + path + QStringLiteral("/cpu.max")).split(' ');
            if (max.size() != 2 || max.at(0) == "max")
                return std::nullopt;
            return Bandwidth{max.at(0).toLongLong(), max.at(1).toLongLong()};
        }
        if (mode == LimitsMode::CgroupV1 && parts.at(1).split(',').contains("cpu")) {
            const QString dir = QStringLiteral("/sys/fs/cgroup/cpu") + path;
            const qint64 quota = read(dir + QStringLiteral("/cpu.cfs_quota_us")).toLongLong();
            if (quota <= 0)
                return std::nullopt;
            return Bandwidth{quota, read(dir + QStringLiteral("/cpu.cfs_period_us")).toLongLong()};
        }
    }
    return std::nullopt;
}

// Puts `pid` where the environment's runtime goes (its cgroups), as the runtime process does.
bool join(const EnvironmentLimits &limits, qint64 pid)
{
    for (const QByteArray &file : limits.joinFiles() + limits.lateJoinFiles()) {
        QFile f(QString::fromLocal8Bit(file));
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(pid)) <= 0) {
            qWarning("cannot join %s", file.constData());
            return false;
        }
    }
    return true;
}

} // namespace

class TestResourceLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void peakRssOfThisProcess()
    {
        // Touch 32 MB so the high-water mark is well above it.
        QByteArray block(32 * 1024 * 1024, 'x');
        QVERIFY(block.at(12345) == 'x');
        const qint64 peak = procfs::peakRssBytes(::getpid());
        QVERIFY2(peak > 32 * 1024 * 1024, qPrintable(QString::number(peak)));
    }
    void treeFindsChildren()
    {
        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(child.waitForStarted());
        const QList<procfs::Proc> tree = procfs::tree(::getpid());
        bool self = false, kid = false;
        for (const procfs::Proc &p : tree) {
            self = self || (p.pid == ::getpid() && p.rssBytes > 0);
            kid = kid || p.pid == child.processId();
        }
        QVERIFY(self);
        QVERIFY(kid);
        child.kill();
        child.waitForFinished();
    }
    void watchdogKillsPastTheLimit()
    {
        auto control = ResourceControl::watchdog();
        QCOMPARE(control->mode(), LimitsMode::Watchdog);
        auto limits = control->create(QStringLiteral("t"), 128);
        QVERIFY(limits->needsSampling());
        QProcess hog;
        hog.start(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import time\nb=bytearray(300*1024*1024)\nb[::4096]=b'x'*len(b[::4096])\ntime.sleep(30)")});
        QSignalSpy finished(&hog, &QProcess::finished);
        QVERIFY(hog.waitForStarted());
        limits->attached(pid_t(hog.processId()));
        // The watchdog samples on a timer, as an environment drives it; the test waits for the
        // hog to end.
        bool killed = false;
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] { killed = killed || limits->sample(); });
        sampler.start(20);
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        sampler.stop();
        QVERIFY(killed);
        QVERIFY(limits->oomKilled());
        QCOMPARE(hog.exitStatus(), QProcess::CrashExit);
        QVERIFY(limits->peakBytes() >= 128 * 1024 * 1024);
    }
    // A handler's child outlives a Lambdesk killed with SIGKILL (its runtime dies with it, the
    // child does not); the next start ends it. Cgroups say whose it is where there are any,
    // the environments' records where there are none.
    void leftoversOfAKilledRunAreEnded_data()
    {
        QTest::addColumn<bool>("watchdog");
        QTest::newRow("detected limits") << false;
        QTest::newRow("watchdog") << true;
    }
    void leftoversOfAKilledRunAreEnded()
    {
        // The sleeper's pid as the handler sees it is the host's only without the sandbox;
        // tst_sandboxenv has the sandbox's case.
        const testsupport::SandboxOff hostMode;
        QFETCH(bool, watchdog);
        const QByteArray limitsBefore = qgetenv("LAMBDESK_LIMITS");
        const auto restore = qScopeGuard([&] {
            if (limitsBefore.isNull())
                qunsetenv("LAMBDESK_LIMITS");
            else
                qputenv("LAMBDESK_LIMITS", limitsBefore);
        });
        if (watchdog)
            qputenv("LAMBDESK_LIMITS", "watchdog");
        else
            qunsetenv("LAMBDESK_LIMITS");

        QTemporaryDir ws, config, code;
        Backend::Options options;
        options.workspace = ws.path();
        {
            QFile::copy(testsupport::testChild(), code.filePath(QStringLiteral("bootstrap")));
            QFile::setPermissions(code.filePath(QStringLiteral("bootstrap")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            Backend b(options);
            QVERIFY(b.start());
            FunctionConfig c;
            c.name = QStringLiteral("orphan");
            c.runtime = QStringLiteral("provided.al2023");
            c.handler = QStringLiteral("child.handler");
            c.timeout = 30;
            c.environment.insert(QStringLiteral("TESTCHILD_MODE"), QStringLiteral("fork"));
            const auto created = b.createFunction(c, CodeSource::directory(code.path()));
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            b.stop();
        }

        // `lambdesk serve` on that workspace runs it once: the sleeper it forks stays.
        QProcess serve;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        serve.setProcessEnvironment(env);
        serve.start(qEnvironmentVariable("LAMBDESK_BINARY"),
                    {QStringLiteral("serve"), QStringLiteral("--workspace"), ws.path(), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--quiet")});
        const auto killServe = qScopeGuard([&] {
            serve.kill();
            serve.waitForFinished(10000);
        });
        QVERIFY(serve.waitForStarted(30000));
        QSignalSpy printed(&serve, &QProcess::readyReadStandardOutput);
        QByteArray out;
        static const QRegularExpression address(QStringLiteral("Lambda API on http://127\\.0\\.0\\.1:(\\d+)"));
        QRegularExpressionMatch m;
        QVERIFY(testsupport::waitForSignals(
            printed,
            [&] {
                out += serve.readAllStandardOutput();
                m = address.match(QString::fromUtf8(out));
                return m.hasMatch();
            },
            60000));
        const quint16 port = quint16(m.captured(1).toUInt());

        QTcpSocket http;
        QSignalSpy closed(&http, &QTcpSocket::disconnected);
        http.connectToHost(QHostAddress::LocalHost, port);
        http.write("POST /2015-03-31/functions/orphan/invocations HTTP/1.1\r\nHost: 127.0.0.1:"
                   + QByteArray::number(port)
                   + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        QVERIFY(closed.wait(60000));
        const QByteArray answer = http.readAll();
        const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
        const qint64 sleeper = testsupport::object(body).value(QStringLiteral("child")).toInteger();
        QVERIFY2(sleeper > 0, answer.constData());
        const auto killSleeper = qScopeGuard([&] { ::kill(pid_t(sleeper), SIGKILL); });
        QVERIFY(testsupport::processAlive(sleeper));

        ::kill(pid_t(serve.processId()), SIGKILL);
        QVERIFY(serve.waitForFinished(30000));
        QVERIFY(testsupport::processAlive(sleeper)); // what the next start has to deal with

        Backend again(options);
        const auto restarted = again.start();
        QVERIFY2(restarted, restarted ? "" : qPrintable(restarted.error().message));
        QVERIFY(testsupport::waitForExit(sleeper, 20000));
        again.stop();
    }

    void detectNamesTheMode()
    {
        auto control = ResourceControl::detect();
        QVERIFY(control->describe().startsWith(QLatin1String("Limits: ")));
        QVERIFY(control->describe().contains(limitsModeName(control->mode())));
    }

    // The bandwidth for a memory size: memory/1769 of a vCPU over the shortest whole-millisecond
    // period (5 ms at least) whose quota is at least the kernel's 1 ms; one vCPU at least
    // during init.
    void cpuBandwidthFollowsMemory_data()
    {
        QTest::addColumn<int>("memoryMb");
        QTest::addColumn<qint64>("periodOverride");
        QTest::addColumn<qint64>("period");
        QTest::addColumn<qint64>("quota");
        QTest::addColumn<qint64>("initQuota");
        QTest::newRow("128 MB: 14 ms, the shortest with 1 ms of quota")
            << 128 << qint64(0) << qint64(14000) << qint64(1013) << qint64(14000);
        QTest::newRow("177 MB: 10 ms") << 177 << qint64(0) << qint64(10000) << qint64(1000) << qint64(10000);
        QTest::newRow("256 MB: 7 ms") << 256 << qint64(0) << qint64(7000) << qint64(1013) << qint64(7000);
        QTest::newRow("512 MB: 5 ms at least") << 512 << qint64(0) << qint64(5000) << qint64(1447) << qint64(5000);
        QTest::newRow("1769 MB: one vCPU") << 1769 << qint64(0) << qint64(5000) << qint64(5000) << qint64(5000);
        QTest::newRow("10240 MB") << 10240 << qint64(0) << qint64(5000) << qint64(28942) << qint64(28942);
        QTest::newRow("128 MB over the former 100 ms")
            << 128 << qint64(100000) << qint64(100000) << qint64(7235) << qint64(100000);
    }
    void cpuBandwidthFollowsMemory()
    {
        QFETCH(int, memoryMb);
        QFETCH(qint64, periodOverride);
        QFETCH(qint64, period);
        QFETCH(qint64, quota);
        QFETCH(qint64, initQuota);
        QCOMPARE(cpuquota::forMemory(memoryMb, periodOverride), (CpuBandwidth{quota, period}));
        QCOMPARE(cpuquota::forInit(memoryMb, periodOverride), (CpuBandwidth{initQuota, period}));
    }

    // The CPU quota follows the memory size (one vCPU at 1769 MB, at least one during init)
    // over a short period, so that a small function is held back briefly and often instead of
    // for most of 100 ms: the period is the shortest whole millisecond count at which the
    // quota stays at or above the kernel's 1 ms minimum (14 ms at 128 MB), and 5 ms at least.
    // Read back from the cgroup a process joined as a runtime does. Without a cgroup CPU quota
    // (the watchdog) the process is under none.
    void cpuQuotaAndPeriodWritten_data()
    {
        QTest::addColumn<int>("memoryMb");
        QTest::addColumn<qint64>("period");
        QTest::addColumn<qint64>("initQuota");
        QTest::addColumn<qint64>("quota");
        QTest::newRow("128 MB") << 128 << qint64(14000) << qint64(14000) << qint64(1013);
        QTest::newRow("1769 MB") << 1769 << qint64(5000) << qint64(5000) << qint64(5000);
        QTest::newRow("3538 MB") << 3538 << qint64(5000) << qint64(10000) << qint64(10000);
    }
    void cpuQuotaAndPeriodWritten()
    {
        QFETCH(int, memoryMb);
        QFETCH(qint64, period);
        QFETCH(qint64, initQuota);
        QFETCH(qint64, quota);
        auto control = ResourceControl::detect();
        auto limits = control->create(QStringLiteral("cpu-%1").arg(memoryMb), memoryMb);
        QVERIFY(limits);
        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(child.waitForStarted());
        const auto end = qScopeGuard([&] {
            limits->killAll();
            child.waitForFinished(10000);
        });
        limits->attached(pid_t(child.processId()));
        QVERIFY(join(*limits, child.processId()));
        if (!control->describe().contains(QLatin1String("CPU quota"))) {
            QVERIFY(!bandwidthOf(child.processId(), control->mode()));
            return;
        }
        const auto init = bandwidthOf(child.processId(), control->mode());
        QVERIFY(init);
        QCOMPARE(init->period, period);
        QCOMPARE(init->quota, initQuota);
        limits->initFinished();
        const auto after = bandwidthOf(child.processId(), control->mode());
        QVERIFY(after);
        QCOMPARE(after->period, period);
        QCOMPARE(after->quota, quota);
        QVERIFY(quota >= 1000); // the kernel's minimum
    }

    // The peak is read before a kill ends the processes (a timeout, a full /tmp, a shutdown):
    // after it, a process's own high-water mark is gone, and so is the watchdog's reading.
    void peakSurvivesTheKill_data()
    {
        QTest::addColumn<bool>("watchdog");
        QTest::newRow("detected limits") << false;
        QTest::newRow("watchdog") << true;
    }
    void peakSurvivesTheKill()
    {
        QFETCH(bool, watchdog);
        auto control = watchdog ? ResourceControl::watchdog() : ResourceControl::detect();
        auto limits = control->create(QStringLiteral("peak"), 512);
        QVERIFY(limits);
        QProcess hog;
        hog.start(QStringLiteral("python3"),
                  {QStringLiteral("-c"),
                   QStringLiteral("import sys, time\nsys.stdin.readline()\nb=bytearray(40*1024*1024)\n"
                                  "b[::4096]=b'x'*len(b[::4096])\nprint('holding', flush=True)\ntime.sleep(30)")});
        QVERIFY(hog.waitForStarted());
        const auto end = qScopeGuard([&] {
            hog.kill();
            hog.waitForFinished(10000);
        });
        limits->attached(pid_t(hog.processId()));
        QVERIFY(join(*limits, hog.processId()));
        hog.write("go\n"); // allocates once it is in its cgroups
        QSignalSpy printed(&hog, &QProcess::readyReadStandardOutput);
        QByteArray out;
        QVERIFY(testsupport::waitForSignals(
            printed,
            [&] {
                out += hog.readAllStandardOutput();
                return out.contains("holding");
            },
            30000));
        QSignalSpy finished(&hog, &QProcess::finished);
        limits->killAll();
        QVERIFY(finished.wait(20000));
        const qint64 peak = limits->peakBytes();
        QVERIFY2(peak >= 40 * 1024 * 1024, qPrintable(QString::number(peak)));
    }
};

QTEST_GUILESS_MAIN(TestResourceLimits)
#include "tst_resourcelimits.moc"
