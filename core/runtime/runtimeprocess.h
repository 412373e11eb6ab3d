#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

class QProcess;

namespace lambdesk {

class OutputPipe;

// One runtime process: in its own session and process group (so it can be killed as a
// whole), its stdout and stderr merged into one pipe that is read in lines, its cgroups
// joined and its file size bounded between fork and exec.
//
// start() is followed by exactly one done(), also when the process could not be started;
// done() never comes from inside start() itself.
class RuntimeProcess : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString program;
        QStringList arguments;
        QProcessEnvironment environment;
        QString workingDirectory;
        QList<QByteArray> joinFiles; // files the child writes "0" into before exec (cgroup.procs)
        // Files the pid is written into right after the start, off this thread (cgroup.procs
        // where an attach costs an RCU grace period); joined() says when that is done.
        QList<QByteArray> lateJoinFiles;
        qint64 fileSizeLimitBytes = 0; // RLIMIT_FSIZE: the writer of a bigger file gets EFBIG; 0: none
    };

    // Why we ended it; None when it ended on its own (exited or crashed).
    enum class StopCause { None, Shutdown, Timeout, Memory, Storage };

    struct Exit
    {
        bool started = true; // false: it never ran; startError says why
        QString startError;  // "fork/exec <program>: <reason>", or why we could not even try
        int exitCode = 0;    // of a normal exit
        int signal = 0;      // the signal that ended it; 0 for a normal exit
        StopCause stoppedBy = StopCause::None;
    };

    explicit RuntimeProcess(Options options, QObject *parent = nullptr);
    // Kills the process group and reaps the process, without an event loop.
    ~RuntimeProcess() override;

    void start();
    bool isRunning() const;
    qint64 pid() const;
    const Options &options() const { return m_options; }
    // Reads what the process wrote so far (linesRead): lines printed before a request
    // belong to what was running then.
    void drain();
    // SIGTERM to the process group, SIGKILL to it once graceMs have passed.
    void stop(int graceMs, StopCause cause = StopCause::Shutdown);
    // SIGKILL to the process group now.
    void kill(StopCause cause);
    // The first reason we gave to end it, None if we did not (yet).
    StopCause stopCause() const { return m_stopCause; }

Q_SIGNALS:
    // Forked: pid() is known (done() still follows if exec then fails).
    void started(qint64 pid);
    // The pid is in every lateJoinFiles file (only when there are any).
    void joined();
    void linesRead(const QList<QByteArray> &lines);
    // The grace after stop() ran out and SIGKILL went to the group: whoever knows of
    // processes that left the group (cgroups) kills those too.
    void graceExpired();
    void done(const lambdesk::RuntimeProcess::Exit &exit);

private:
    void killGroup();
    void joinLate(qint64 pid);
    void finish(Exit exit);

    Options m_options;
    QProcess *m_process = nullptr;
    OutputPipe *m_output = nullptr;
    QTimer m_graceTimer;
    StopCause m_stopCause = StopCause::None;
    bool m_inStart = false;
    bool m_done = false;
};

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::RuntimeProcess::Exit)
