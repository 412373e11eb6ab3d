#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>
#include <memory>
#include <optional>
#include <sys/types.h>

namespace lambdesk {

enum class LimitsMode { CgroupV2, CgroupV1, Watchdog };

// A CFS bandwidth limit: `quotaMicros` of CPU time in every `periodMicros` of wall time.
struct CpuBandwidth
{
    qint64 quotaMicros = 0;
    qint64 periodMicros = 0;
    bool operator==(const CpuBandwidth &) const = default;
};

// The cgroup's CPU throttling counters, cumulative over the environment's life.
struct CpuThrottling
{
    qint64 periods = 0;     // scheduler periods in which the quota ran out (nr_throttled)
    qint64 throttledNs = 0; // time its processes waited for the next period (throttled_time/_usec)
};

namespace cpuquota {
// The kernel refuses a quota (and a period) under 1 ms.
constexpr qint64 kMinQuotaMicros = 1000;
// No period shorter than this: the bandwidth timer fires once a period while an environment
// runs, and a single-threaded handler is never held back at 1769 MB or more whatever the period.
constexpr qint64 kMinPeriodMicros = 5000;
constexpr qint64 kMaxPeriodMicros = 100000;
// After init: memoryMb/1769 of a vCPU, as on AWS, over the shortest period (whole milliseconds,
// at least kMinPeriodMicros) whose quota is still at least the kernel's 1 ms. A short period
// spreads the same share evenly: a throttled process waits at most period - quota (13 ms at
// 128 MB) instead of up to 93 ms of a 100 ms period. `periodOverrideMicros` (> 0) imposes the
// period instead (LAMBDESK_CPU_PERIOD_US: comparisons with the former 100 ms).
CpuBandwidth forMemory(int memoryMb, qint64 periodOverrideMicros = 0);
// During init: at least one full vCPU (Lambda is observed to give that much), same period.
CpuBandwidth forInit(int memoryMb, qint64 periodOverrideMicros = 0);
} // namespace cpuquota

// The limits of one execution environment, enforced for real.
class EnvironmentLimits
{
public:
    virtual ~EnvironmentLimits() = default;

    // Files the child writes "0" into before exec, to join its cgroups (cgroup modes).
    virtual QList<QByteArray> joinFiles() const { return {}; }
    // cgroup.procs files to put the process into right after it started, off the calling
    // thread: each attach costs the kernel an RCU grace period (~10 ms on cgroup v1). The
    // environment delivers no event before they are joined.
    virtual QList<QByteArray> lateJoinFiles() const { return {}; }
    // The runtime process started (its own process group).
    virtual void attached(pid_t pid) { m_pid = pid; }
    // Measured peak memory of the environment's processes so far, in bytes: the kernel's
    // figure now, or what notePeak() kept if that was more.
    qint64 peakBytes() { return m_notedPeak = std::max(m_notedPeak, measurePeak()); }
    // Keeps the peak as it is now. Called before anything ends the processes: a process's own
    // high-water mark (VmHWM) goes with it, and without a cgroup that keeps one the peak
    // could no longer be read after the kill.
    void notePeak() { peakBytes(); }
    // The cgroup's CPU throttling counters; none where no cgroup CPU quota applies.
    virtual std::optional<CpuThrottling> cpuThrottling() const { return std::nullopt; }
    // Samples memory now; true when the environment ran out of memory and this killed it
    // (memoryKillNote() says why). The watchdog kills past the limit; cgroup modes let the
    // kernel do that, note the peak, and kill an environment that thrashes at its limit
    // (ThrashWatch), which the kernel would leave running.
    virtual bool sample() { return false; }
    // The log line for a kill of sample()'s; empty until it made one.
    QString memoryKillNote() const { return m_killNote; }
    // Whether the memory limit killed a process of the environment.
    virtual bool oomKilled() = 0;
    // Kills every process of the environment, including children that left the group (after
    // noting the peak).
    virtual void killAll();
    // Init is over: from now on the CPU share follows the memory size. (During init Lambda
    // is observed to give at least one full vCPU; so do we.)
    virtual void initFinished() {}
    // Whether sampling is the enforcement (the environment should call sample() often).
    virtual bool needsSampling() const { return false; }
    // The processes of the environment as its cgroup lists them; empty without cgroups.
    virtual QList<pid_t> members() const { return {}; }
    // The attached process is the sandbox's helper (runtime/sandbox.h): the runtime, whose own
    // peak resident set counts, is its grandchild (helper -> the namespace's init -> runtime).
    void setSandboxed(bool sandboxed) { m_sandboxed = sandboxed; }

protected:
    virtual qint64 measurePeak() = 0;
    // For sample(): with a note, kills every process and keeps the note for memoryKillNote().
    bool killFor(const QString &note)
    {
        if (note.isEmpty())
            return false;
        m_killNote = note;
        killAll();
        return true;
    }
    // The process whose peak resident set (VmHWM) counts: the attached one, or in the sandbox
    // the runtime (found once, from /proc/<pid>/task/<pid>/children).
    pid_t peakPid();
    pid_t m_pid = 0;
    QString m_killNote;
    bool m_sandboxed = false;
    pid_t m_runtimePid = 0;

private:
    qint64 m_notedPeak = 0;
};

// The machine-wide side: which mode is active and where its cgroups live.
class ResourceControl
{
public:
    virtual ~ResourceControl() = default;

    // Picks the strongest mode this machine allows: cgroup v2 (delegated), cgroup v1
    // (writable), else the sampling watchdog. LAMBDESK_LIMITS=watchdog forces the watchdog.
    static std::unique_ptr<ResourceControl> detect();
    static std::unique_ptr<ResourceControl> watchdog();

    virtual LimitsMode mode() const = 0;
    // One line for the status bar: what enforces memory, CPU and process limits.
    virtual QString describe() const = 0;
    // memoryMb: the function's memory size; CPU share follows it where cgroups allow
    // (1 vCPU at 1769 MB, as on AWS).
    // tmpfsBytes: the size of a /tmp tmpfs the environment has (the sandbox), whose pages the
    // kernel charges to its memory cgroup as shmem; on AWS /tmp is not memory. The cgroup's hard
    // limit is raised by that much, the function's memory is enforced on usage minus shmem by
    // sampling (needsSampling()), and the peak reported is that of usage minus shmem.
    virtual std::unique_ptr<EnvironmentLimits> create(const QString &envId, int memoryMb, qint64 tmpfsBytes = 0) = 0;

    // Where no cgroup keeps track (the watchdog), an environment records its runtime in `file`
    // (pid and start time: the runtime leads its own session), so that a later run can end what
    // is left if this one is killed before it could.
    static void recordRuntime(const QString &file, pid_t pid);
    // At start: ends the processes of the sessions recorded in <scratchRoot>/*/runtime.pid by a
    // run that is gone, and only those (same session, started no earlier than its runtime).
    // The cgroups of earlier runs are swept by detect(). Returns how many processes it ended.
    static int endRecorded(const QString &scratchRoot);
};

QString limitsModeName(LimitsMode mode);

// Shared helpers, exposed for tests.
namespace procfs {
struct Proc
{
    pid_t pid, ppid, pgrp;
    qint64 rssBytes;
};
// Processes in the group `pgrp` or descending from `root`.
QList<Proc> tree(pid_t root);
qint64 peakRssBytes(pid_t pid); // VmHWM
} // namespace procfs

} // namespace lambdesk
