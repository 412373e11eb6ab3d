// One runtime process: its lines, its single done(), and stops we asked for told from crashes.
#include "testsupport.h"

#include "runtime/runtimeprocess.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <csignal>

using namespace lambdesk;
using namespace testsupport;

namespace {

RuntimeProcess::Options shell(const QString &script)
{
    RuntimeProcess::Options o;
    o.program = QStringLiteral("/bin/sh");
    o.arguments = {QStringLiteral("-c"), script};
    o.environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    o.workingDirectory = QDir::tempPath();
    return o;
}

// A process, what it printed and how it ended.
struct Run
{
    explicit Run(RuntimeProcess::Options options) : process(new RuntimeProcess(std::move(options)))
    {
        QObject::connect(process.get(), &RuntimeProcess::linesRead, process.get(), [this](const QList<QByteArray> &l) {
            for (const QByteArray &line : l)
                lines.append(QString::fromUtf8(line));
        });
        QObject::connect(process.get(), &RuntimeProcess::done, process.get(),
                         [this](const RuntimeProcess::Exit &e) { exit = e; });
    }
    bool waitForLine(const QString &line)
    {
        QSignalSpy read(process.get(), &RuntimeProcess::linesRead);
        return waitForSignals(
            read, [&] { return lines.contains(line); }, 30000);
    }
    bool waitForDone() { return exit || done.wait(30000); }

    std::unique_ptr<RuntimeProcess> process;
    QSignalSpy done{process.get(), &RuntimeProcess::done};
    QStringList lines;
    std::optional<RuntimeProcess::Exit> exit;
};

} // namespace

class TestRuntimeProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linesAndExitStatus()
    {
        Run run(shell(QStringLiteral("echo one; echo two >&2; printf tail; exit 3")));
        run.process->start();
        QVERIFY(run.waitForDone());
        QCOMPARE(run.done.count(), 1);
        // stdout and stderr in one stream, the unfinished tail too, all before done()
        QCOMPARE(run.lines, (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("tail")}));
        QVERIFY(run.exit->started);
        QCOMPARE(run.exit->exitCode, 3);
        QCOMPARE(run.exit->signal, 0);
        QCOMPARE(run.exit->stoppedBy, RuntimeProcess::StopCause::None);
        QVERIFY(!run.process->isRunning());
    }

    void environmentAndWorkingDirectory()
    {
        QTemporaryDir dir;
        RuntimeProcess::Options o = shell(QStringLiteral("pwd; echo \"$GREETING\"; echo \"[$HOME]\""));
        o.environment.insert(QStringLiteral("GREETING"), QStringLiteral("hej"));
        o.workingDirectory = dir.path();
        Run run(o);
        run.process->start();
        QVERIFY(run.waitForDone());
        QCOMPARE(run.lines,
                 (QStringList{QDir(dir.path()).canonicalPath(), QStringLiteral("hej"),
                              QStringLiteral("[]")})); // nothing but what it was given
    }

    void failureToStartIsDoneOnce()
    {
        RuntimeProcess::Options o;
        o.program = QStringLiteral("/nonexistent/runtime");
        Run run(o);
        run.process->start();
        QCOMPARE(run.done.count(), 0); // never from inside start()
        QVERIFY(run.waitForDone());
        QCOMPARE(run.done.count(), 1);
        QVERIFY(!run.exit->started);
        QVERIFY2(run.exit->startError.startsWith(QLatin1String("fork/exec /nonexistent/runtime: ")),
                 qPrintable(run.exit->startError));
    }

    void stopWeAskedFor()
    {
        Run run(shell(QStringLiteral("echo ready; exec sleep 30")));
        QSignalSpy grace(run.process.get(), &RuntimeProcess::graceExpired);
        run.process->start();
        QVERIFY(run.waitForLine(QStringLiteral("ready")));
        run.process->stop(30000);
        QVERIFY(run.waitForDone());
        QCOMPARE(run.exit->signal, SIGTERM);
        QCOMPARE(run.exit->stoppedBy, RuntimeProcess::StopCause::Shutdown);
        QCOMPARE(grace.count(), 0); // SIGTERM was enough
    }

    void sigkillAfterTheGrace()
    {
        Run run(shell(QStringLiteral("trap '' TERM; echo ready; exec sleep 30")));
        QSignalSpy grace(run.process.get(), &RuntimeProcess::graceExpired);
        run.process->start();
        QVERIFY(run.waitForLine(QStringLiteral("ready")));
        run.process->stop(100, RuntimeProcess::StopCause::Timeout);
        QVERIFY(run.waitForDone());
        QCOMPARE(grace.count(), 1);
        QCOMPARE(run.exit->signal, SIGKILL);
        QCOMPARE(run.exit->stoppedBy, RuntimeProcess::StopCause::Timeout);
    }

    void crashIsNotAStopWeAskedFor()
    {
        Run run(shell(QStringLiteral("kill -SEGV $$")));
        run.process->start();
        QVERIFY(run.waitForDone());
        QCOMPARE(run.exit->signal, SIGSEGV);
        QCOMPARE(run.exit->stoppedBy, RuntimeProcess::StopCause::None);
    }

    void killTakesTheWholeGroup()
    {
        Run run(shell(QStringLiteral("sleep 30 & echo $!; wait")));
        run.process->start();
        QSignalSpy read(run.process.get(), &RuntimeProcess::linesRead);
        QVERIFY(waitForSignals(
            read, [&] { return !run.lines.isEmpty(); }, 30000));
        const qint64 child = run.lines.first().toLongLong();
        QVERIFY(processAlive(child));
        run.process->kill(RuntimeProcess::StopCause::Storage);
        QVERIFY(run.waitForDone());
        QCOMPARE(run.exit->signal, SIGKILL);
        QCOMPARE(run.exit->stoppedBy, RuntimeProcess::StopCause::Storage);
        QVERIFY(waitForExit(child, 10000));
    }

    void firstCauseWins()
    {
        Run run(shell(QStringLiteral("echo ready; exec sleep 30")));
        run.process->start();
        QVERIFY(run.waitForLine(QStringLiteral("ready")));
        run.process->kill(RuntimeProcess::StopCause::Memory);
        run.process->stop(2000); // a shutdown after the memory kill does not change why it ended
        QVERIFY(run.waitForDone());
        QCOMPARE(run.exit->stoppedBy, RuntimeProcess::StopCause::Memory);
    }

    void fileSizeIsBounded()
    {
        QTemporaryDir dir;
        RuntimeProcess::Options o = shell(QStringLiteral("head -c 3145728 /dev/zero > big; echo status $?"));
        o.workingDirectory = dir.path();
        o.fileSizeLimitBytes = 1024 * 1024;
        Run run(o);
        run.process->start();
        QVERIFY(run.waitForDone());
        QCOMPARE(run.exit->signal, 0); // EFBIG for the writer, not SIGXFSZ
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("big"))).size(), 1024 * 1024);
        QVERIFY(!run.lines.contains(QStringLiteral("status 0")));
    }

    void joinFiles()
    {
        QTemporaryDir dir;
        const QString early = dir.filePath(QStringLiteral("early")), late = dir.filePath(QStringLiteral("late"));
        for (const QString &path : {early, late}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly)); // cgroup.procs exists; the child only writes
        }
        RuntimeProcess::Options o = shell(QStringLiteral("exit 0"));
        o.joinFiles = {QFile::encodeName(early)};
        o.lateJoinFiles = {QFile::encodeName(late)};
        Run run(o);
        QSignalSpy joined(run.process.get(), &RuntimeProcess::joined);
        QSignalSpy started(run.process.get(), &RuntimeProcess::started);
        run.process->start();
        QCOMPARE(started.count(), 1);
        const qint64 pid = started.first().first().toLongLong();
        QVERIFY(pid > 0);
        QVERIFY(!joined.isEmpty() || joined.wait(30000));
        QVERIFY(run.waitForDone());
        QFile e(early), l(late);
        QVERIFY(e.open(QIODevice::ReadOnly) && l.open(QIODevice::ReadOnly));
        QCOMPARE(e.readAll(), QByteArray("0")); // written by the child itself, before exec
        QCOMPARE(l.readAll(), QByteArray::number(pid));
    }

    void destructorLeavesNothingBehind()
    {
        auto *process = new RuntimeProcess(shell(QStringLiteral("sleep 30 & echo $!; exec sleep 30")));
        QStringList lines;
        connect(process, &RuntimeProcess::linesRead, this, [&](const QList<QByteArray> &l) {
            for (const QByteArray &line : l)
                lines.append(QString::fromUtf8(line));
        });
        QSignalSpy done(process, &RuntimeProcess::done);
        process->start();
        const qint64 pid = process->pid();
        QSignalSpy read(process, &RuntimeProcess::linesRead);
        QVERIFY(waitForSignals(
            read, [&] { return !lines.isEmpty(); }, 30000));
        const qint64 child = lines.first().toLongLong();
        delete process; // no event loop: killed and reaped here
        QVERIFY(!processAlive(pid));
        QVERIFY(waitForExit(child, 10000)); // the group went too (reaped by init, not us)
        QCOMPARE(done.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRuntimeProcess)
#include "tst_runtimeprocess.moc"
