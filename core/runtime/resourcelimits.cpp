#include "resourcelimits.h"

#include "cgroupthrash.h"
#include "orphansweep.h"
#include "procfiles.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace lambdesk {

using namespace procfiles;

QString limitsModeName(LimitsMode mode)
{
    switch (mode) {
    case LimitsMode::CgroupV2: return QStringLiteral("cgroup v2");
    case LimitsMode::CgroupV1: return QStringLiteral("cgroup v1");
    case LimitsMode::Watchdog: return QStringLiteral("watchdog");
    }
    return {};
}

namespace {

// "key value" pairs of a cpu.stat file (both cgroup versions write them so).
CpuThrottling readThrottling(const QByteArray &cpuStat, QByteArrayView timeKey, qint64 nsPerUnit)
{
    CpuThrottling t;
    const QByteArray text = readSmall(cpuStat);
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            continue;
        const QByteArrayView key = QByteArrayView(line).first(space);
        if (key == "nr_throttled")
            t.periods = line.sliced(space + 1).toLongLong();
        else if (key == timeKey)
            t.throttledNs = line.sliced(space + 1).toLongLong() * nsPerUnit;
    }
    return t;
}

// cgroup v2's cpu.max: "<quota> <period>"
QByteArray cpuMax(const CpuBandwidth &b)
{
    return QByteArray::number(b.quotaMicros) + ' ' + QByteArray::number(b.periodMicros);
}

qint64 periodOverride()
{
    // For comparisons (bench_invoke): the period environments started from now on get.
    bool ok = false;
    const qint64 period = qEnvironmentVariable("LAMBDESK_CPU_PERIOD_US").toLongLong(&ok);
    return ok ? period : 0;
}

constexpr int kMaxPids = 1024; // Lambda's limit on processes and threads

constexpr qint64 kMb = 1024 * 1024;

// The sandbox's /tmp is a tmpfs whose pages the kernel charges to the environment's memory
// cgroup (shmem). On AWS /tmp is not memory: the cgroup's hard limit is raised by the tmpfs size,
// and the function's memory is enforced here on usage minus shmem, sampled.
class ShmemNetting
{
public:
    ShmemNetting() = default;
    ShmemNetting(QByteArray usageFile, QByteArray statFile, QByteArrayView shmemKey, qint64 limitBytes,
                 qint64 tmpfsBytes)
        : m_usage(std::move(usageFile)),
          m_stat(std::move(statFile)),
          m_key(shmemKey.toByteArray()),
          m_limit(limitBytes),
          m_tmpfs(tmpfsBytes)
    {}
    bool active() const { return m_tmpfs > 0; }
    // Samples usage and shmem; the kill note once usage minus shmem passed the function's memory.
    QString check()
    {
        if (!active() || m_fired)
            return {};
        const qint64 usage = readNumber(m_usage);
        const qint64 shmem = readKey(m_stat, m_key);
        if (shmem > 0)
            m_sawShmem = true;
        const qint64 net = std::max<qint64>(0, usage - shmem);
        m_peak = std::max(m_peak, net);
        if (net <= m_limit)
            return {};
        m_fired = true;
        m_peak = std::max(m_peak, m_limit);
        return QStringLiteral("Lambdesk: memory use (without /tmp) passed the function's %1 MB; the environment was "
                              "killed")
            .arg(m_limit / kMb);
    }
    bool fired() const { return m_fired; }
    // The peak to report instead of the kernel's: none while /tmp held nothing (the kernel's
    // figure is exact then).
    std::optional<qint64> peak() const
    {
        if (!m_sawShmem)
            return std::nullopt;
        return m_peak;
    }

private:
    QByteArray m_usage, m_stat, m_key;
    qint64 m_limit = 0;
    qint64 m_tmpfs = 0;
    qint64 m_peak = 0;
    bool m_sawShmem = false;
    bool m_fired = false;
};

} // namespace

namespace cpuquota {

CpuBandwidth forMemory(int memoryMb, qint64 periodOverrideMicros)
{
    constexpr qint64 fullVcpuMb = 1769; // AWS: one full vCPU at 1769 MB
    const qint64 mb = std::max(1, memoryMb);
    qint64 period = periodOverrideMicros;
    if (period <= 0) {
        // The shortest period with quota = period * mb / 1769 >= 1 ms, rounded up to a whole ms.
        const qint64 shortest = (kMinQuotaMicros * fullVcpuMb + mb - 1) / mb;
        period = (shortest + 999) / 1000 * 1000;
    }
    period = std::clamp(period, kMinPeriodMicros, kMaxPeriodMicros);
    return {std::max(kMinQuotaMicros, period * mb / fullVcpuMb), period};
}

CpuBandwidth forInit(int memoryMb, qint64 periodOverrideMicros)
{
    CpuBandwidth b = forMemory(memoryMb, periodOverrideMicros);
    b.quotaMicros = std::max(b.quotaMicros, b.periodMicros);
    return b;
}

} // namespace cpuquota

pid_t EnvironmentLimits::peakPid()
{
    if (!m_sandboxed || m_pid <= 0)
        return m_pid;
    if (m_runtimePid > 0)
        return m_runtimePid;
    const auto firstChild = [](pid_t pid) -> pid_t {
        const QByteArray p = QByteArray::number(qint64(pid));
        const QByteArray children = readSmall("/proc/" + p + "/task/" + p + "/children").trimmed();
        return pid_t(children.split(' ').value(0).toInt());
    };
    const pid_t init = firstChild(m_pid);
    const pid_t runtime = init > 0 ? firstChild(init) : 0;
    if (runtime <= 0)
        return m_pid; // not started yet: asked again next time
    return m_runtimePid = runtime;
}

void EnvironmentLimits::killAll()
{
    notePeak();
    if (m_pid <= 0)
        return;
    ::kill(-m_pid, SIGKILL);
    QList<pid_t> pids;
    for (const procfs::Proc &p : procfs::tree(m_pid))
        pids.append(p.pid);
    killPids(pids);
}

namespace {

// ---- watchdog ---------------------------------------------------------------------------

class WatchdogLimits final : public EnvironmentLimits
{
public:
    explicit WatchdogLimits(qint64 limitBytes) : m_limit(limitBytes) {}

    bool sample() override
    {
        if (m_pid <= 0 || m_killed)
            return false;
        qint64 total = 0;
        for (const procfs::Proc &p : procfs::tree(m_pid))
            total += p.rssBytes;
        m_peak = std::max({m_peak, total, procfs::peakRssBytes(peakPid())});
        if (total <= m_limit)
            return false;
        m_killed = true;
        m_peak = std::max(m_peak, m_limit);
        return killFor(QStringLiteral("Lambdesk: memory use passed the function's %1 MB; the environment was killed")
                           .arg(m_limit / kMb));
    }
    bool oomKilled() override { return m_killed; }
    bool needsSampling() const override { return true; }

protected:
    qint64 measurePeak() override
    {
        if (m_pid > 0)
            m_peak = std::max(m_peak, procfs::peakRssBytes(peakPid()));
        return m_peak;
    }

private:
    qint64 m_limit;
    qint64 m_peak = 0;
    bool m_killed = false;
};

class WatchdogControl final : public ResourceControl
{
public:
    explicit WatchdogControl(QString why) : m_why(std::move(why)) {}
    LimitsMode mode() const override { return LimitsMode::Watchdog; }
    QString describe() const override
    {
        return QStringLiteral("Limits: watchdog (memory sampled every 20 ms, no CPU quota)") + m_why;
    }
    std::unique_ptr<EnvironmentLimits> create(const QString &, int memoryMb, qint64) override
    {
        // Resident sizes do not count tmpfs pages: nothing to net out.
        return std::make_unique<WatchdogLimits>(qint64(memoryMb) * 1024 * 1024);
    }

private:
    QString m_why;
};

// ---- cgroup v1 --------------------------------------------------------------------------

class CgroupV1Limits final : public EnvironmentLimits
{
public:
    CgroupV1Limits(QList<QByteArray> dirs, QByteArray memoryDir, QByteArray cpuDir, CpuBandwidth afterInit,
                   qint64 limitBytes, qint64 tmpfsBytes)
        : m_dirs(std::move(dirs)),
          m_memory(std::move(memoryDir)),
          m_cpu(std::move(cpuDir)),
          m_afterInit(afterInit),
          m_thrash(m_memory + "/memory.usage_in_bytes", m_memory + "/memory.stat", limitBytes + tmpfsBytes),
          m_netting(m_memory + "/memory.usage_in_bytes", m_memory + "/memory.stat", "total_shmem", limitBytes,
                    tmpfsBytes)
    {}
    bool sample() override
    {
        if (killFor(m_netting.check()))
            return true;
        peakBytes();
        return killFor(m_thrash.check());
    }
    bool needsSampling() const override { return m_netting.active(); }
    void initFinished() override
    {
        if (!m_cpu.isEmpty()) // same period as during init: only the quota changes
            writeSmall(m_cpu + "/cpu.cfs_quota_us", QByteArray::number(m_afterInit.quotaMicros));
    }
    std::optional<CpuThrottling> cpuThrottling() const override
    {
        if (m_cpu.isEmpty())
            return std::nullopt;
        return readThrottling(m_cpu + "/cpu.stat", "throttled_time", 1); // nanoseconds
    }
    ~CgroupV1Limits() override
    {
        killAll();
        for (const QByteArray &d : m_dirs)
            ::rmdir(d.constData());
    }
    // Every cgroup is joined right after the start, off the spawning thread (each attach
    // waits for an RCU grace period, ~10 ms here); the environment holds back its first event
    // until that is done, and the memory cgroup takes the charges made before (see create()).
    QList<QByteArray> lateJoinFiles() const override
    {
        QList<QByteArray> files{m_memory + "/cgroup.procs"};
        for (const QByteArray &d : m_dirs) {
            if (d != m_memory)
                files.append(d + "/cgroup.procs");
        }
        return files;
    }
    bool oomKilled() override
    {
        return m_thrash.fired() || m_netting.fired() || readKey(m_memory + "/memory.oom_control", "oom_kill") > 0;
    }
    QList<pid_t> members() const override { return readPids(m_memory + "/cgroup.procs"); }
    void killAll() override
    {
        EnvironmentLimits::killAll();
        for (int round = 0; round < 5; ++round) {
            const QList<pid_t> pids = readPids(m_memory + "/cgroup.procs");
            if (pids.isEmpty())
                break;
            killPids(pids);
        }
    }

protected:
    qint64 measurePeak() override
    {
        // The cgroup counts what was charged to it; file pages the interpreter shares with
        // earlier runs were charged elsewhere, so the runtime's own peak RSS may be larger.
        if (const std::optional<qint64> net = m_netting.peak()) // /tmp held something: the kernel's peak counts it
            return std::max(*net, m_pid > 0 ? procfs::peakRssBytes(peakPid()) : 0);
        return std::max(readNumber(m_memory + "/memory.max_usage_in_bytes"),
                        m_pid > 0 ? procfs::peakRssBytes(peakPid()) : 0);
    }

private:
    QList<QByteArray> m_dirs;
    QByteArray m_memory;
    QByteArray m_cpu;
    CpuBandwidth m_afterInit;
    CgroupThrash m_thrash;
    ShmemNetting m_netting;
};

class CgroupV1Control final : public ResourceControl
{
public:
    // base: controller -> our folder in it (e.g. memory -> /sys/fs/cgroup/memory/<own>/lambdesk-<pid>)
    CgroupV1Control(QByteArray memory, QByteArray cpu, QByteArray pids, bool memsw)
        : m_memory(std::move(memory)), m_cpu(std::move(cpu)), m_pids(std::move(pids)), m_memsw(memsw)
    {}
    ~CgroupV1Control() override
    {
        for (const QByteArray &d : {m_memory, m_cpu, m_pids}) {
            if (!d.isEmpty())
                ::rmdir(d.constData());
        }
    }
    LimitsMode mode() const override { return LimitsMode::CgroupV1; }
    QString describe() const override
    {
        QStringList parts{QStringLiteral("memory")};
        if (!m_cpu.isEmpty())
            parts << QStringLiteral("CPU quota");
        if (!m_pids.isEmpty())
            parts << QStringLiteral("pids");
        return QStringLiteral("Limits: cgroup v1 (%1)").arg(parts.join(QStringLiteral(", ")));
    }
    std::unique_ptr<EnvironmentLimits> create(const QString &envId, int memoryMb, qint64 tmpfsBytes) override
    {
        const QByteArray leaf = '/' + envId.toLatin1();
        QList<QByteArray> dirs;
        const QByteArray mem = m_memory + leaf;
        if (::mkdir(mem.constData(), 0755) != 0 && errno != EEXIST)
            return nullptr;
        dirs.append(mem);
        tmpfsBytes = std::max<qint64>(0, tmpfsBytes);
        const QByteArray limit = QByteArray::number(qint64(memoryMb) * 1024 * 1024 + tmpfsBytes);
        writeSmall(mem + "/memory.swappiness", "0");
        // Joined a few milliseconds after the start: bring along what was allocated before.
        writeSmall(mem + "/memory.move_charge_at_immigrate", "3");
        if (!writeSmall(mem + "/memory.limit_in_bytes", limit)) {
            ::rmdir(mem.constData());
            return nullptr;
        }
        if (m_memsw)
            writeSmall(mem + "/memory.memsw.limit_in_bytes", limit);
        QByteArray cpuDir;
        const qint64 period = periodOverride();
        if (!m_cpu.isEmpty()) {
            const QByteArray cpu = m_cpu + leaf;
            if (::mkdir(cpu.constData(), 0755) == 0 || errno == EEXIST) {
                const CpuBandwidth init = cpuquota::forInit(memoryMb, period);
                writeSmall(cpu + "/cpu.cfs_period_us", QByteArray::number(init.periodMicros));
                writeSmall(cpu + "/cpu.cfs_quota_us", QByteArray::number(init.quotaMicros));
                dirs.append(cpu);
                cpuDir = cpu;
            }
        }
        if (!m_pids.isEmpty()) {
            const QByteArray pids = m_pids + leaf;
            if (::mkdir(pids.constData(), 0755) == 0 || errno == EEXIST) {
                writeSmall(pids + "/pids.max", QByteArray::number(kMaxPids));
                dirs.append(pids);
            }
        }
        return std::make_unique<CgroupV1Limits>(dirs, mem, cpuDir, cpuquota::forMemory(memoryMb, period),
                                                qint64(memoryMb) * kMb, tmpfsBytes);
    }

private:
    QByteArray m_memory, m_cpu, m_pids;
    bool m_memsw;
};

// ---- cgroup v2 --------------------------------------------------------------------------

class CgroupV2Limits final : public EnvironmentLimits
{
public:
    CgroupV2Limits(QByteArray dir, bool cpu, CpuBandwidth afterInit, qint64 limitBytes, qint64 tmpfsBytes)
        : m_dir(std::move(dir)),
          m_cpu(cpu),
          m_afterInit(afterInit),
          m_thrash(m_dir + "/memory.current", m_dir + "/memory.stat", limitBytes + tmpfsBytes),
          m_netting(m_dir + "/memory.current", m_dir + "/memory.stat", "shmem", limitBytes, tmpfsBytes)
    {}
    bool needsSampling() const override { return m_netting.active(); }
    void initFinished() override
    {
        if (m_cpu)
            writeSmall(m_dir + "/cpu.max", cpuMax(m_afterInit));
    }
    std::optional<CpuThrottling> cpuThrottling() const override
    {
        if (!m_cpu)
            return std::nullopt;
        return readThrottling(m_dir + "/cpu.stat", "throttled_usec", 1000);
    }
    ~CgroupV2Limits() override
    {
        killAll();
        ::rmdir(m_dir.constData());
    }
    QList<QByteArray> joinFiles() const override { return {m_dir + "/cgroup.procs"}; }
    bool sample() override
    {
        if (killFor(m_netting.check()))
            return true;
        peakBytes();
        return killFor(m_thrash.check());
    }
    bool oomKilled() override
    {
        return m_thrash.fired() || m_netting.fired() || readKey(m_dir + "/memory.events", "oom_kill") > 0;
    }
    QList<pid_t> members() const override { return readPids(m_dir + "/cgroup.procs"); }
    void killAll() override
    {
        EnvironmentLimits::killAll();
        if (writeSmall(m_dir + "/cgroup.kill", "1"))
            return;
        for (int round = 0; round < 5; ++round) {
            const QList<pid_t> pids = readPids(m_dir + "/cgroup.procs");
            if (pids.isEmpty())
                break;
            killPids(pids);
        }
    }

protected:
    qint64 measurePeak() override
    {
        // memory.peak exists from Linux 5.19; before that, the largest value we saw.
        if (const std::optional<qint64> net = m_netting.peak()) // /tmp held something: the kernel's peak counts it
            return std::max(*net, m_pid > 0 ? procfs::peakRssBytes(peakPid()) : 0);
        const qint64 rss = m_pid > 0 ? procfs::peakRssBytes(peakPid()) : 0;
        const QByteArray peak = readSmall(m_dir + "/memory.peak");
        if (!peak.isEmpty())
            return std::max(rss, peak.trimmed().toLongLong());
        m_sampledPeak = std::max(m_sampledPeak, readNumber(m_dir + "/memory.current"));
        return std::max(rss, m_sampledPeak);
    }

private:
    QByteArray m_dir;
    bool m_cpu;
    CpuBandwidth m_afterInit;
    qint64 m_sampledPeak = 0;
    CgroupThrash m_thrash;
    ShmemNetting m_netting;
};

class CgroupV2Control final : public ResourceControl
{
public:
    CgroupV2Control(QByteArray envsDir, bool cpu, bool pids) : m_envs(std::move(envsDir)), m_cpu(cpu), m_pids(pids) {}
    ~CgroupV2Control() override { ::rmdir(m_envs.constData()); }
    LimitsMode mode() const override { return LimitsMode::CgroupV2; }
    QString describe() const override
    {
        QStringList parts{QStringLiteral("memory")};
        if (m_cpu)
            parts << QStringLiteral("CPU quota");
        if (m_pids)
            parts << QStringLiteral("pids");
        return QStringLiteral("Limits: cgroup v2 (%1)").arg(parts.join(QStringLiteral(", ")));
    }
    std::unique_ptr<EnvironmentLimits> create(const QString &envId, int memoryMb, qint64 tmpfsBytes) override
    {
        const QByteArray dir = m_envs + '/' + envId.toLatin1();
        if (::mkdir(dir.constData(), 0755) != 0 && errno != EEXIST)
            return nullptr;
        tmpfsBytes = std::max<qint64>(0, tmpfsBytes);
        const QByteArray limit = QByteArray::number(qint64(memoryMb) * 1024 * 1024 + tmpfsBytes);
        if (!writeSmall(dir + "/memory.max", limit)) {
            ::rmdir(dir.constData());
            return nullptr;
        }
        writeSmall(dir + "/memory.swap.max", "0");
        const qint64 period = periodOverride();
        if (m_cpu)
            writeSmall(dir + "/cpu.max", cpuMax(cpuquota::forInit(memoryMb, period)));
        if (m_pids)
            writeSmall(dir + "/pids.max", QByteArray::number(kMaxPids));
        return std::make_unique<CgroupV2Limits>(dir, m_cpu, cpuquota::forMemory(memoryMb, period),
                                                qint64(memoryMb) * kMb, tmpfsBytes);
    }

private:
    QByteArray m_envs;
    bool m_cpu, m_pids;
};

// Own cgroup path per controller from /proc/self/cgroup ("4:memory:/a/b", "0::/a/b").
QByteArray ownCgroup(QByteArrayView controller)
{
    const QByteArray text = readSmall("/proc/self/cgroup");
    for (const QByteArray &l : text.split('\n')) {
        const QByteArrayView line(l);
        const qsizetype a = line.indexOf(':');
        const qsizetype b = a < 0 ? -1 : line.indexOf(':', a + 1);
        if (b < 0)
            continue;
        const QByteArrayView names = line.sliced(a + 1, b - a - 1);
        for (const QByteArray &n : names.toByteArray().split(',')) {
            if (n == controller)
                return line.sliced(b + 1).toByteArray();
        }
        if (controller.isEmpty() && names.isEmpty())
            return line.sliced(b + 1).toByteArray();
    }
    return {};
}

// Our folder in each hierarchy: lambdesk-<pid>-<start time>, so that a later run tells a live
// owner from a pid the system has given to another process since.
QByteArray ownFolderName()
{
    const pid_t self = ::getpid();
    return "lambdesk-" + QByteArray::number(qint64(self)) + '-' + QByteArray::number(startTime(self));
}

QByteArray makeV1Root(QByteArrayView controller)
{
    const QByteArray mount = "/sys/fs/cgroup/" + controller.toByteArray();
    if (!QFile::exists(QString::fromLatin1(mount + "/cgroup.procs")))
        return {};
    const QByteArray own = ownCgroup(controller);
    if (own.isEmpty())
        return {};
    const QByteArray parent = mount + (own == "/" ? QByteArray() : own);
    orphans::sweepStale(mount, parent);
    const QByteArray root = parent + '/' + ownFolderName();
    if (::mkdir(root.constData(), 0755) != 0 && errno != EEXIST)
        return {};
    return root;
}

std::unique_ptr<ResourceControl> tryV1()
{
    const QByteArray memory = makeV1Root("memory");
    if (memory.isEmpty())
        return nullptr;
    // Probe that limits can really be set (a read-only bind mount passes mkdir on some hosts).
    const QByteArray probe = memory + "/probe";
    if (::mkdir(probe.constData(), 0755) != 0 && errno != EEXIST) {
        ::rmdir(memory.constData());
        return nullptr;
    }
    const bool limitOk = writeSmall(probe + "/memory.limit_in_bytes", "134217728");
    const bool memsw = QFile::exists(QString::fromLatin1(probe + "/memory.memsw.limit_in_bytes"));
    ::rmdir(probe.constData());
    if (!limitOk) {
        ::rmdir(memory.constData());
        return nullptr;
    }
    return std::make_unique<CgroupV1Control>(memory, makeV1Root("cpu"), makeV1Root("pids"), memsw);
}

std::unique_ptr<ResourceControl> tryV2()
{
    const QByteArray mount = "/sys/fs/cgroup";
    if (!QFile::exists(QString::fromLatin1(mount + "/cgroup.controllers")))
        return nullptr; // not a unified hierarchy
    const QByteArray own = ownCgroup({});
    if (own.isEmpty())
        return nullptr;
    const QByteArray base = mount + (own == "/" ? QByteArray() : own);
    const QList<QByteArray> available = readSmall(base + "/cgroup.controllers").simplified().split(' ');
    if (!available.contains("memory"))
        return nullptr;
    orphans::sweepStale(mount, base);
    // "No internal processes": to give children controllers, this process must leave `base`
    // for a leaf of its own. That fails when other processes share our cgroup (a terminal
    // shell, say); then the watchdog does the work.
    const QByteArray self = base + '/' + ownFolderName();
    const QByteArray selfLeaf = self + "/app";
    const QByteArray envs = self + "/envs";
    if (readPids(base + "/cgroup.procs").size() > 1)
        return nullptr;
    if ((::mkdir(self.constData(), 0755) != 0 && errno != EEXIST)
        || (::mkdir(selfLeaf.constData(), 0755) != 0 && errno != EEXIST)) {
        ::rmdir(self.constData());
        return nullptr;
    }
    if (!writeSmall(selfLeaf + "/cgroup.procs", QByteArray::number(qint64(::getpid())))) {
        ::rmdir(selfLeaf.constData());
        ::rmdir(self.constData());
        return nullptr;
    }
    const bool cpu = available.contains("cpu");
    const bool pids = available.contains("pids");
    QByteArray enable = "+memory";
    if (cpu)
        enable += " +cpu";
    if (pids)
        enable += " +pids";
    bool ok = writeSmall(base + "/cgroup.subtree_control", enable)
        && writeSmall(self + "/cgroup.subtree_control", enable);
    if (ok)
        ok = (::mkdir(envs.constData(), 0755) == 0 || errno == EEXIST)
            && writeSmall(envs + "/cgroup.subtree_control", enable);
    if (!ok) {
        writeSmall(base + "/cgroup.procs", QByteArray::number(qint64(::getpid())));
        ::rmdir(envs.constData());
        ::rmdir(selfLeaf.constData());
        ::rmdir(self.constData());
        return nullptr;
    }
    return std::make_unique<CgroupV2Control>(envs, cpu, pids);
}

} // namespace

std::unique_ptr<ResourceControl> ResourceControl::watchdog()
{
    return std::make_unique<WatchdogControl>(QString());
}

std::unique_ptr<ResourceControl> ResourceControl::detect()
{
    if (qEnvironmentVariable("LAMBDESK_LIMITS") == u"watchdog")
        return std::make_unique<WatchdogControl>(QStringLiteral(" — chosen by LAMBDESK_LIMITS"));
    if (auto v2 = tryV2())
        return v2;
    if (auto v1 = tryV1())
        return v1;
    return std::make_unique<WatchdogControl>(QStringLiteral(" — cgroups are not writable here"));
}

} // namespace lambdesk
