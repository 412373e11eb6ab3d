// The pool on its own: asynchronous stop, retire counts, and a destructor that leaves nothing.
#include "testsupport.h"

#include "runtime/environmentpool.h"
#include "runtime/resourcelimits.h"
#include "runtime/runtimeapiserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <unistd.h>

using namespace lambdesk;
using namespace testsupport;

namespace {

// Our own child processes that still run.
QList<qint64> runningChildren()
{
    QList<qint64> out;
    for (const procfs::Proc &p : procfs::tree(::getpid())) {
        if (p.ppid == ::getpid() && processAlive(p.pid))
            out.append(p.pid);
    }
    return out;
}

struct Fixture
{
    explicit Fixture(std::unique_ptr<ResourceControl> limits = ResourceControl::watchdog()) : control(std::move(limits))
    {
        QFile::copy(testChild(), code.filePath(QStringLiteral("bootstrap")));
        // 0755 (and the folder too), as a Lambda zip needs it: in the sandbox the runtime's user
        // is not their owner.
        QFile::setPermissions(code.filePath(QStringLiteral("bootstrap")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                  | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        QFile::setPermissions(code.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                               | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        pool = std::make_unique<EnvironmentPool>(control.get(), &server);
    }

    QMap<QString, QString> extraEnvironment;
    int timeoutS = 30;

    EnvironmentSpec spec(const QString &mode, const QString &version = QStringLiteral("$LATEST")) const
    {
        EnvironmentSpec s;
        s.functionName = QStringLiteral("f");
        s.version = version;
        s.runtime.id = QStringLiteral("provided.al2023");
        s.runtime.family = RuntimeFamily::Provided;
        s.handler = QStringLiteral("child.handler");
        s.codeDir = code.path();
        s.scratchRoot = scratch.path();
        s.timeoutS = timeoutS;
        s.environment = extraEnvironment;
        s.environment.insert(QStringLiteral("TESTCHILD_MODE"), mode);
        return s;
    }

    // Dispatches one event; the result lands in `results`.
    bool dispatch(const QString &mode, const QString &version = QStringLiteral("$LATEST"))
    {
        runtimeapi::Event e;
        e.requestId = QStringLiteral("req-%1").arg(++sent);
        e.payload = QByteArrayLiteral("{}");
        e.traceId = QStringLiteral("Root=1-0-0");
        return pool->dispatch(mode + u'/' + version, spec(mode, version), e,
                              [this](InvocationResult r) { results.append(r); });
    }
    bool waitForResults(int n)
    {
        QSignalSpy changed(pool.get(), &EnvironmentPool::environmentsChanged);
        return waitForSignals(
            changed, [&] { return results.size() >= n; }, 60000);
    }
    bool waitForEmpty()
    {
        QSignalSpy changed(pool.get(), &EnvironmentPool::environmentsChanged);
        return waitForSignals(
            changed, [&] { return pool->size() == 0; }, 30000);
    }

    QTemporaryDir code, scratch;
    RuntimeApiServer server;
    std::unique_ptr<ResourceControl> control;
    std::unique_ptr<EnvironmentPool> pool;
    QList<InvocationResult> results;
    int sent = 0;
};

} // namespace

class TestEnvironmentPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stopAllReturnsAtOnce()
    {
        const SandboxOff hostMode; // the forked child's pid is the host's only without the sandbox
        Fixture fx;
        QVERIFY(fx.dispatch(QStringLiteral("fork")));
        QVERIFY(fx.waitForResults(1));
        QVERIFY2(!fx.results.first().isError(), fx.results.first().payload.constData());
        const qint64 forked = object(fx.results.first().payload).value(QStringLiteral("child")).toInteger();
        QVERIFY(processAlive(forked));
        QCOMPARE(fx.pool->totals().idle, 1);

        QSignalSpy stopped(fx.pool.get(), &EnvironmentPool::allStopped);
        fx.pool->stopAll(5000);
        QCOMPARE(stopped.count(), 0); // from the event loop, never from inside the call
        QVERIFY(stopped.wait(30000));
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(fx.pool->size(), 0);
        QCOMPARE(fx.server.endpointCount(), 0);
        QVERIFY(waitForExit(forked, 10000)); // the whole process group
        QVERIFY(runningChildren().isEmpty());
    }

    void allStoppedAlsoWithNothingToStop()
    {
        Fixture fx;
        QSignalSpy stopped(fx.pool.get(), &EnvironmentPool::allStopped);
        fx.pool->stopAll();
        QCOMPARE(stopped.count(), 0);
        QVERIFY(stopped.wait(30000));
        QCOMPARE(stopped.count(), 1);
    }

    void stopAllEndsARunningInvocation()
    {
        Fixture fx;
        QVERIFY(fx.dispatch(QStringLiteral("hang")));
        QCOMPARE(fx.pool->totals().busy, 1);
        QSignalSpy stopped(fx.pool.get(), &EnvironmentPool::allStopped);
        fx.pool->stopAll(5000);
        QVERIFY(stopped.wait(30000));
        QCOMPARE(fx.results.size(), 1); // its caller heard of it before allStopped()
        QCOMPARE(fx.results.first().status, InvocationStatus::Failed);
        QCOMPARE(fx.results.first().errorType, QStringLiteral("Runtime.ExitError"));
        QVERIFY(runningChildren().isEmpty());
    }

    void retireSaysHowMany()
    {
        Fixture fx;
        QVERIFY(fx.dispatch(QStringLiteral("echo")));
        QVERIFY(fx.waitForResults(1));
        QCOMPARE(fx.pool->totals().idle, 1);
        QCOMPARE(fx.pool->retire(QStringLiteral("f"), QStringLiteral("7")), 0); // another version
        QCOMPARE(fx.pool->retire(QStringLiteral("other")), 0);
        QCOMPARE(fx.pool->retire(QStringLiteral("f")), 1);
        QVERIFY(fx.waitForEmpty());

        // Two busy at once (each a cold start): both count, and both still finish their work.
        QVERIFY(fx.dispatch(QStringLiteral("slowinit")));
        QVERIFY(fx.dispatch(QStringLiteral("slowinit")));
        QCOMPARE(fx.pool->totals().busy, 2);
        QCOMPARE(fx.pool->retire(QStringLiteral("f")), 2);
        QCOMPARE(fx.pool->retire(QStringLiteral("f")), 0); // retired already
        QVERIFY(fx.waitForResults(3));
        for (const InvocationResult &r : fx.results)
            QVERIFY2(!r.isError(), r.payload.constData());
        QVERIFY(fx.waitForEmpty());
        QVERIFY(runningChildren().isEmpty());
    }

    // An environment idle for too long is stopping (its runtime takes the whole grace to go):
    // the next invocation must start a fresh one, not be handed to it.
    void anEnvironmentBeingReapedTakesNoWork()
    {
        Fixture fx;
        fx.extraEnvironment.insert(QStringLiteral("TESTCHILD_IGNORE_SIGTERM"), QStringLiteral("1"));
        fx.pool->setIdleTimeoutMs(0);
        QVERIFY(fx.dispatch(QStringLiteral("echo")));
        QVERIFY(fx.waitForResults(1));
        QVERIFY2(!fx.results.at(0).isError(), fx.results.at(0).payload.constData());
        // Let the zero idle timer fire (it was started before this one): the environment stops.
        QEventLoop turn;
        QTimer::singleShot(0, &turn, &QEventLoop::quit);
        turn.exec();
        QCOMPARE(fx.pool->totals().idle, 0);
        QCOMPARE(fx.pool->size(), 1); // still there, ignoring SIGTERM until the SIGKILL

        QVERIFY(fx.dispatch(QStringLiteral("echo")));
        QVERIFY(fx.waitForResults(2));
        QVERIFY2(!fx.results.at(1).isError(), fx.results.at(1).payload.constData());
        QVERIFY(fx.results.at(1).coldStart()); // a new environment
        fx.pool->stopAll(100);
        QVERIFY(fx.waitForEmpty());
    }

    // A process outside the environment (here: this test) that finds the Runtime API's port
    // must not reach it: no /next to steal the event, no forged response. It is disconnected
    // before any request is read, and the environment's own runtime goes on serving.
    void foreignProcessesCannotReachTheRuntimeApi_data()
    {
        QTest::addColumn<bool>("cgroups");
        QTest::newRow("watchdog") << false;
        QTest::newRow("detected limits") << true;
    }
    void foreignProcessesCannotReachTheRuntimeApi()
    {
        QFETCH(bool, cgroups);
        Fixture fx(cgroups ? ResourceControl::detect() : ResourceControl::watchdog());
        QVERIFY(fx.dispatch(QStringLiteral("env")));
        QVERIFY(fx.waitForResults(1));
        QVERIFY2(!fx.results.at(0).isError(), fx.results.at(0).payload.constData());
        const QString api = object(fx.results.at(0).payload).value(QStringLiteral("AWS_LAMBDA_RUNTIME_API")).toString();
        const quint16 port = quint16(api.section(u':', -1).toUInt());
        QVERIFY2(port != 0, qPrintable(api));

        for (const QByteArray &request :
             {QByteArrayLiteral("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n"),
              QByteArrayLiteral("POST /2018-06-01/runtime/invocation/forged/response HTTP/1.1\r\nHost: x\r\n"
                                "Content-Length: 2\r\n\r\n{}")}) {
            QTcpSocket intruder;
            QSignalSpy closed(&intruder, &QTcpSocket::disconnected);
            intruder.connectToHost(QHostAddress::LocalHost, port);
            intruder.write(request);
            QVERIFY(closed.wait(30000));
            QCOMPARE(intruder.readAll(), QByteArray()); // not a byte of an answer
        }

        // The runtime still holds its /next: the next event goes to it, and it answers.
        QVERIFY(fx.dispatch(QStringLiteral("env")));
        QVERIFY(fx.waitForResults(2));
        QVERIFY2(!fx.results.at(1).isError(), fx.results.at(1).payload.constData());
        QVERIFY(!fx.results.at(1).coldStart());
        fx.pool->stopAll(100);
        QVERIFY(fx.waitForEmpty());
    }

    // Every process of the environment may use it, not only the runtime the environment
    // started: here a child it forked speaks the Runtime API.
    void processesOfTheEnvironmentReachTheRuntimeApi_data()
    {
        QTest::addColumn<bool>("cgroups");
        QTest::newRow("watchdog") << false;
        QTest::newRow("detected limits") << true;
    }
    void processesOfTheEnvironmentReachTheRuntimeApi()
    {
        QFETCH(bool, cgroups);
        Fixture fx(cgroups ? ResourceControl::detect() : ResourceControl::watchdog());
        fx.extraEnvironment.insert(QStringLiteral("TESTCHILD_DELEGATE"), QStringLiteral("1"));
        for (int i = 1; i <= 2; ++i) {
            QVERIFY(fx.dispatch(QStringLiteral("counter")));
            QVERIFY(fx.waitForResults(i));
            const InvocationResult &r = fx.results.at(i - 1);
            QVERIFY2(!r.isError(), r.payload.constData());
            QCOMPARE(object(r.payload).value(QStringLiteral("served")).toInt(), i);
        }
        fx.pool->stopAll(100);
        QVERIFY(fx.waitForEmpty());
        QVERIFY(runningChildren().isEmpty());
    }

    // The timeout covers the whole invocation, also the wait for a runtime that answered the
    // previous event and then went on working instead of asking for the next one.
    void timeoutCoversARuntimeThatDoesNotComeBack()
    {
        Fixture fx;
        fx.timeoutS = 1;
        fx.extraEnvironment.insert(QStringLiteral("TESTCHILD_AFTER_MS"), QStringLiteral("20000"));
        QVERIFY(fx.dispatch(QStringLiteral("echo")));
        QVERIFY(fx.waitForResults(1));
        QVERIFY2(!fx.results.at(0).isError(), fx.results.at(0).payload.constData());
        QVERIFY(fx.dispatch(QStringLiteral("echo"))); // the warm environment, still busy after answering
        QVERIFY(fx.waitForResults(2));
        const InvocationResult &r = fx.results.at(1);
        QCOMPARE(r.status, InvocationStatus::TimedOut);
        QVERIFY2(object(r.payload)
                     .value(QStringLiteral("errorMessage"))
                     .toString()
                     .endsWith(QLatin1String(" Task timed out after 1.00 seconds")),
                 r.payload.constData());
        QCOMPARE(r.durationMs, 1000.0);
        QVERIFY(fx.waitForEmpty()); // the environment was ended
        QVERIFY(runningChildren().isEmpty());
    }

    // A timeout out of range (a hand-edited function.json said -1) never means "no deadline".
    void anInvalidTimeoutStillHasADeadline()
    {
        Fixture fx;
        fx.timeoutS = -1;
        QVERIFY(fx.dispatch(QStringLiteral("hang")));
        QVERIFY(fx.waitForResults(1));
        const InvocationResult &r = fx.results.at(0);
        QCOMPARE(r.status, InvocationStatus::TimedOut);
        QVERIFY2(object(r.payload)
                     .value(QStringLiteral("errorMessage"))
                     .toString()
                     .endsWith(QLatin1String(" Task timed out after 1.00 seconds")),
                 r.payload.constData());
        QVERIFY(fx.waitForEmpty());
    }

    void destructorLeavesNoProcess()
    {
        const SandboxOff hostMode; // the forked child's pid is the host's only without the sandbox
        Fixture fx;
        QVERIFY(fx.dispatch(QStringLiteral("fork")));
        QVERIFY(fx.dispatch(QStringLiteral("hang"), QStringLiteral("2")));
        QVERIFY(fx.waitForResults(1));
        const qint64 forked = object(fx.results.first().payload).value(QStringLiteral("child")).toInteger();
        QCOMPARE(runningChildren().size(), 2);
        fx.pool.reset(); // no event loop runs in here
        QVERIFY(runningChildren().isEmpty());
        QVERIFY(waitForExit(forked, 10000));
        QCOMPARE(fx.results.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentPool)
#include "tst_environmentpool.moc"
