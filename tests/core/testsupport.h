#pragma once

// Shared helpers for the core tests: a backend on a temporary workspace, functions made
// from the fixtures, and invocations waited for with an event loop (never a sleep).

#include "backend.h"
#include "store/codetree.h"

#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <optional>

namespace testsupport {

inline QString fixture(const QString &relative)
{
    return QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/fixtures/") + relative;
}

inline QString testChild()
{
    return qEnvironmentVariable("LAMBDESK_TESTCHILD",
                                QStringLiteral(LAMBDESK_BUILD_DIR "/tests/fixtures/testchild/lambdesk-testchild"));
}

// Runs the event loop until `done` or the deadline; false on timeout. A polling loop: new tests
// wait on the signal that matters instead (QSignalSpy::wait, a QEventLoop); this one is left
// only for tst_environment.cpp until its rewrite.
template<typename Pred>
bool waitUntil(Pred done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

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
    ~TestBackend() { backend->stop(); }

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
        QFile::setPermissions(code.path() + QStringLiteral("/bootstrap"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                  | QFile::ExeGroup);
        lambdesk::FunctionConfig c = config(name, lambdesk::RuntimeFamily::Provided, QStringLiteral("child.handler"),
                                            memory, timeout);
        env.insert(QStringLiteral("TESTCHILD_MODE"), mode);
        c.environment = env;
        return create(c, code.path());
    }

    lambdesk::Result<lambdesk::InvocationResult> invoke(const QString &name, const QByteArray &payload = "{}",
                                                        int timeoutMs = 60000, const QByteArray &clientContext = {})
    {
        std::optional<lambdesk::Result<lambdesk::InvocationResult>> result;
        QEventLoop loop;
        backend->invoke(
            lambdesk::InvokeRequest{name, {}, payload, lambdesk::InvocationType::RequestResponse, clientContext},
            [&](lambdesk::Result<lambdesk::InvocationResult> r) {
                result = std::move(r);
                loop.quit();
            });
        if (!result) { // the answer quits the loop; the timer is only a safety net
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!result)
            qFatal("invocation of %s did not finish within %d ms", qPrintable(name), timeoutMs);
        return std::move(*result);
    }

    std::unique_ptr<lambdesk::Backend> backend;
};

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
