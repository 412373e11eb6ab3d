#include "runtimeprocess.h"

#include "outputpipe.h"
#include "threadhandoff.h"

#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QPromise>
#include <QThreadPool>

#include <csignal>
#include <fcntl.h>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace lambdesk {

RuntimeProcess::RuntimeProcess(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        killGroup();
        Q_EMIT graceExpired();
    });
}

RuntimeProcess::~RuntimeProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this); // nobody hears of this end: whoever owns us is going away
        killGroup();
        m_process->waitForFinished(2000);
    }
}

bool RuntimeProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 RuntimeProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

void RuntimeProcess::start()
{
    Q_ASSERT(!m_process); // once
    m_inStart = true;
    m_output = new OutputPipe(this);
    if (!m_output->open()) {
        finish(Exit{false, QStringLiteral("Cannot create a pipe for the runtime's output")});
        m_inStart = false;
        return;
    }
    connect(m_output, &OutputPipe::linesRead, this, &RuntimeProcess::linesRead);

    m_process = new QProcess(this);
    m_process->setProgram(m_options.program);
    m_process->setArguments(m_options.arguments);
    m_process->setWorkingDirectory(m_options.workingDirectory);
    m_process->setProcessEnvironment(m_options.environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::ForwardedChannels); // replaced by our pipe below

    // Runs in the child between fork and exec: async-signal-safe calls only, on data
    // prepared here in the parent.
    std::vector<std::string> joinFiles;
    for (const QByteArray &f : m_options.joinFiles)
        joinFiles.emplace_back(f.constData(), size_t(f.size()));
    const int outFd = m_output->writeFd();
    const qint64 limit = m_options.fileSizeLimitBytes;
    const rlim_t fsize = limit > 0 ? rlim_t(limit) : RLIM_INFINITY;
    m_process->setChildProcessModifier([joinFiles, outFd, fsize]() {
        ::setsid();                         // own session and process group: killable as a whole
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive Lambdesk
        for (const std::string &file : joinFiles) {
            const int fd = ::open(file.c_str(), O_WRONLY | O_CLOEXEC);
            if (fd >= 0) {
                [[maybe_unused]] ssize_t n = ::write(fd, "0", 1);
                ::close(fd);
            }
        }
        ::dup2(outFd, STDOUT_FILENO);
        ::dup2(outFd, STDERR_FILENO);
        if (fsize != RLIM_INFINITY) {
            struct rlimit rl = {fsize, fsize};
            ::setrlimit(RLIMIT_FSIZE, &rl);
        }
        // A write past the limit fails with EFBIG instead of killing the writer.
        struct sigaction ign = {};
        ign.sa_handler = SIG_IGN;
        ::sigaction(SIGXFSZ, &ign, nullptr);
        struct sigaction dfl = {};
        dfl.sa_handler = SIG_DFL;
        ::sigaction(SIGPIPE, &dfl, nullptr);
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_graceTimer.stop();
        m_output->finish(); // every line, the unfinished tail too, before done()
        const bool crashed = status == QProcess::CrashExit;
        finish(Exit{true, {}, crashed ? 0 : code, crashed ? code : 0, m_stopCause});
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            finish(Exit{false, QStringLiteral("fork/exec %1: %2").arg(m_process->program(), m_process->errorString()),
                        0, 0, m_stopCause});
        }
    });

    m_process->start();
    m_output->closeWriteEnd(); // the child has its copy: end of stream once it and its children exit
    if (m_process->state() != QProcess::NotRunning) {
        Q_EMIT started(m_process->processId());
        if (!m_options.lateJoinFiles.isEmpty())
            joinLate(m_process->processId());
    }
    m_inStart = false;
}

void RuntimeProcess::joinLate(qint64 pid)
{
    const QList<QByteArray> files = m_options.lateJoinFiles;
    const QByteArray pidText = QByteArray::number(pid);
    auto promise = std::make_shared<QPromise<void>>();
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, &RuntimeProcess::joined);
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(handOff([files, pidText, promise] {
        for (const QByteArray &file : files) {
            QFile f(QString::fromLocal8Bit(file));
            if (f.open(QIODevice::WriteOnly))
                f.write(pidText);
        }
        promise->finish();
    }));
}

void RuntimeProcess::drain()
{
    if (m_output)
        m_output->drain();
}

void RuntimeProcess::stop(int graceMs, StopCause cause)
{
    if (m_stopCause == StopCause::None)
        m_stopCause = cause;
    if (!isRunning())
        return;
    ::kill(-pid_t(m_process->processId()), SIGTERM);
    m_graceTimer.start(graceMs);
}

void RuntimeProcess::kill(StopCause cause)
{
    if (m_stopCause == StopCause::None)
        m_stopCause = cause;
    killGroup();
}

void RuntimeProcess::killGroup()
{
    if (!isRunning())
        return;
    ::kill(-pid_t(m_process->processId()), SIGKILL);
    m_process->kill(); // in case it has not made its own group yet
}

void RuntimeProcess::finish(Exit exit)
{
    if (m_done)
        return;
    m_done = true;
    if (m_inStart) {
        // Whoever called start() is still in the middle of setting up: tell it afterwards.
        QMetaObject::invokeMethod(
            this, [this, exit] { Q_EMIT done(exit); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT done(exit);
}

} // namespace lambdesk
