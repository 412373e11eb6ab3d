#pragma once

// Shared by the end-to-end tests of the Lambda API: runs the built `lambdesk serve` on a free
// port with a temporary workspace and settings, finds the runtime processes it started, and
// never leaves a process behind (a test that fails half-way still stops everything).

#include "io/ziparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace e2e {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

inline Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 120000,
               const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = "cannot start " + program.toUtf8() + ": " + p.errorString().toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
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

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome()); // settings and credentials stay in the test
        env.remove(QStringLiteral("LAMBDESK_WORKSPACE"));
        return env;
    }

    // Starts `lambdesk serve --port 0` and waits for the address it prints.
    bool start(const QStringList &extra = {}, QString *error = nullptr)
    {
        if (binary().isEmpty() || !QFile::exists(binary())) {
            if (error)
                *error = QStringLiteral("LAMBDESK_BINARY does not name the built lambdesk (got '%1')").arg(binary());
            return false;
        }
        m_endpoint.clear(); // a restart on the same workspace prints a new address
        m_out.clear();
        m_err.clear();
        m_process.setProcessEnvironment(environment());
        m_process.start(binary(),
                        QStringList{QStringLiteral("serve"), QStringLiteral("--workspace"), workspace(),
                                    QStringLiteral("--port"), QStringLiteral("0")}
                            + extra);
        static const QRegularExpression re(QStringLiteral("Lambda API on (http://[^\\s]+)"));
        const bool up = QTest::qWaitFor(
            [&] {
                const auto m = re.match(QString::fromUtf8(stdOut()));
                if (m.hasMatch())
                    m_endpoint = m.captured(1);
                return !m_endpoint.isEmpty() || m_process.state() == QProcess::NotRunning;
            },
            30000);
        if (!up || m_endpoint.isEmpty()) {
            if (error)
                *error = QStringLiteral("lambdesk serve did not start: %1 %2")
                             .arg(QString::fromUtf8(stdOut()), QString::fromUtf8(stdErr()));
            return false;
        }
        return true;
    }

    // Sends `signal` and waits for the exit; returns the exit code (-1: crashed or hung).
    int stop(int signal = SIGTERM)
    {
        if (m_process.state() == QProcess::NotRunning) {
            killLeftovers();
            return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        }
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(15000)) {
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
    if "touch" in event:
        with open(event["touch"], "w") as f:
            f.write(context.aws_request_id)
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
