#pragma once

// Shared by the end-to-end tests of the Lambda API: runs the built `lambdesk serve` on a free
// port with a temporary workspace and settings, finds the runtime processes it started, and
// never leaves a process behind (a test that fails half-way still stops everything).
// Every wait here is on an event (a process's output or its end); timeouts are safety nets.

#include "../core/safetynet.h"
#include "io/ziparchive.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <concepts>
#include <csignal>

namespace e2e {

// Only against a hung process: nothing is expected to take this long (scaled by
// LAMBDESK_TEST_TIMEOUT_FACTOR, as every test's safety nets are).
inline const int kSafetyNetMs = safetynet::safetyNetMs(120000);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// Runs the event loop until `done()` holds, checking again whenever `process` prints something
// and giving up when it ends or after `timeoutMs`; returns done().
template<typename Pred>
bool waitForOutput(QProcess &process, Pred done, int timeoutMs = kSafetyNetMs)
{
    if (done() || process.state() == QProcess::NotRunning)
        return done();
    QEventLoop loop;
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, check);
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop, check);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// Runs a program to its end. The event loop runs meanwhile, so a `lambdesk serve` of the test
// keeps being read (its pipes never fill up) and answers arrive as they would in an application.
inline Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               int timeoutMs = kSafetyNetMs, const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::started, &loop, [&] {
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
    });
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    p.start(program, args);
    deadline.start(timeoutMs);
    if (p.error() != QProcess::FailedToStart)
        loop.exec();
    Run r;
    if (p.error() == QProcess::FailedToStart) {
        r.err = "cannot start " + program.toUtf8() + ": " + p.errorString().toUtf8();
        return r;
    }
    r.finished = p.state() == QProcess::NotRunning;
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = r.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The environment the AWS CLI runs in against a local server: test credentials, no pager, no
// retries (an error is reported, not retried), no metadata lookups, no user config (`home` is
// a scratch folder that stands for HOME).
inline QProcessEnvironment awsCliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDLOCALTESTING01"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("local-secret"));
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), home + QStringLiteral("/no-config"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home + QStringLiteral("/no-credentials"));
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("AWS_PROFILE"));
    return env;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString binary()
{
    return qEnvironmentVariable("LAMBDESK_BINARY");
}

// Processes whose command line or environment mentions `marker` (the workspace path: every
// runtime gets LAMBDA_TASK_ROOT and the bootstrap from inside it), except `exclude`.
inline QList<qint64> processesMentioning(const QString &marker, qint64 exclude)
{
    QList<qint64> pids;
    const QByteArray needle = marker.toUtf8();
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == exclude || pid == QCoreApplication::applicationPid())
            continue;
        for (const char *file : {"cmdline", "environ"}) {
            QFile f(QStringLiteral("/proc/%1/%2").arg(entry, QLatin1StringView(file)));
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
                pids << pid;
                break;
            }
        }
    }
    return pids;
}

class ServeProcess
{
public:
    ~ServeProcess() { stop(SIGKILL); }

    QString workspace() const { return m_dir.filePath(QStringLiteral("ws")); }
    QString configHome() const { return m_dir.filePath(QStringLiteral("config")); }
    QString endpoint() const { return m_endpoint; }
    quint16 port() const { return quint16(m_endpoint.section(u':', -1).toUInt()); }
    qint64 pid() const { return m_process.processId(); }
    QProcess &process() { return m_process; }
    QByteArray stdOut()
    {
        m_out += m_process.readAllStandardOutput();
        return m_out;
    }
    QByteArray stdErr()
    {
        m_err += m_process.readAllStandardError();
        return m_err;
    }

    // The environment of every lambdesk this fixture runs: settings, credentials and the default
    // workspace live in the test's temporary folder, never in the user's.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("LAMBDESK_WORKSPACE"));
        return env;
    }

    // Starts `lambdesk serve --port 0` and waits for the address it prints. Never on a fixed
    // port: the default one (9001) may be the user's own serve, and tests run side by side.
    bool start(const QStringList &extra = {}, QString *error = nullptr)
    {
        const auto fail = [error](const QString &why) {
            if (error)
                *error = why;
            return false;
        };
        if (binary().isEmpty() || !QFile::exists(binary()))
            return fail(QStringLiteral("LAMBDESK_BINARY does not name the built lambdesk (got '%1')").arg(binary()));
        if (extra.contains(QStringLiteral("--port")))
            return fail(QStringLiteral("ServeProcess always listens on a free port (--port 0)"));
        m_endpoint.clear(); // a restart on the same workspace prints a new address
        m_out.clear();
        m_err.clear();
        m_process.setProcessEnvironment(environment());
        m_process.start(binary(),
                        QStringList{QStringLiteral("serve"), QStringLiteral("--workspace"), workspace(),
                                    QStringLiteral("--port"), QStringLiteral("0")}
                            + extra);
        static const QRegularExpression re(QStringLiteral("Lambda API on (http://[^\\s]+)"));
        waitForStdOut(
            [&](const QByteArray &out) {
                const auto m = re.match(QString::fromUtf8(out));
                if (m.hasMatch())
                    m_endpoint = m.captured(1);
                return m.hasMatch();
            },
            safetynet::backendStartMs());
        if (m_endpoint.isEmpty())
            return fail(QStringLiteral("lambdesk serve did not start: %1 %2")
                            .arg(QString::fromUtf8(stdOut()), QString::fromUtf8(stdErr())));
        if (port() == 0 || port() == quint16(lambdesk::settings::apiPort.defaultValue))
            return fail(QStringLiteral("lambdesk serve --port 0 listens on %1, not on a free port").arg(m_endpoint));
        return true;
    }

    // Wait until what serve printed so far satisfies `done` (or serve ends); returns done().
    template<std::predicate<const QByteArray &> Pred>
    bool waitForStdOut(Pred done, int timeoutMs = kSafetyNetMs)
    {
        return waitForOutput(
            m_process, [&] { return done(stdOut()); }, timeoutMs);
    }
    template<std::predicate<const QByteArray &> Pred>
    bool waitForStdErr(Pred done, int timeoutMs = kSafetyNetMs)
    {
        return waitForOutput(
            m_process, [&] { return done(stdErr()); }, timeoutMs);
    }
    bool waitForStdErr(const QByteArray &text, int timeoutMs = kSafetyNetMs)
    {
        return waitForStdErr([&](const QByteArray &err) { return err.contains(text); }, timeoutMs);
    }

    // Sends `signal` and waits for the exit; returns the exit code (-1: crashed or hung).
    int stop(int signal = SIGTERM)
    {
        if (m_process.state() == QProcess::NotRunning) {
            killLeftovers();
            return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        }
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(kSafetyNetMs)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        stdOut();
        stdErr();
        if (signal == SIGKILL)
            killLeftovers();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    QList<qint64> runtimeProcesses() const { return processesMentioning(workspace(), m_process.processId()); }

    // Last resort after a failed test: no runtime may outlive it.
    void killLeftovers()
    {
        for (qint64 pid : runtimeProcesses())
            ::kill(pid_t(pid), SIGKILL);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_endpoint;
    QByteArray m_out, m_err;
};

// `aws --endpoint-url <serve> --output json lambda ARGS...` (the AWS CLI `aws`) with `env`; and
// its stdout read as one JSON object (a warning with stderr when it failed).
inline Run awsLambda(const QString &aws, const ServeProcess &serve, const QProcessEnvironment &env,
                     const QStringList &args)
{
    return run(aws,
               QStringList{QStringLiteral("--endpoint-url"), serve.endpoint(), QStringLiteral("--output"),
                           QStringLiteral("json"), QStringLiteral("lambda")}
                   + args,
               env);
}
inline QJsonObject awsLambdaJson(const QString &aws, const ServeProcess &serve, const QProcessEnvironment &env,
                                 const QStringList &args)
{
    const Run r = awsLambda(aws, serve, env, args);
    if (r.exitCode != 0)
        qWarning("aws failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

// The test function: Python, reporting what it saw; VERSION tells code updates apart.
inline QByteArray functionZip(const QString &version)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("lambda_function.py")));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QByteArrayLiteral(R"PY(import json, os, time

VERSION = "@VERSION@"

def handler(event, context):
    print("handler saw", json.dumps(event, sort_keys=True))
    if "sleep" in event:
        time.sleep(event["sleep"])
    if "mark" in event:
        # The sandbox keeps the machine's files out of reach: the mark goes to the log.
        print("mark", event["mark"], context.aws_request_id)
    if event.get("fail"):
        raise ValueError("boom: " + str(event["fail"]))
    cc = context.client_context
    return {"version": VERSION, "echo": event, "greeting": os.environ.get("GREETING"),
            "custom": cc.custom if cc else None, "function": context.function_name,
            "memory": context.memory_limit_in_mb}
)PY")
                .replace("@VERSION@", version.toUtf8()));
    f.close();
    const auto zip = lambdesk::ziparchive::create(dir.path());
    return zip ? zip.value() : QByteArray();
}

} // namespace e2e
