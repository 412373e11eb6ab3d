// The Backend's debugger plumbing with real handlers (Python through debugpy): a debug session
// stops on a breakpoint, its clock stops with it (the clock file, the remaining time, the
// deadline), the REPORT line marks it and Duration leaves the stop out; debugStop ends it as
// Debugger.Stopped; an ordinary invocation of the same function runs meanwhile in another
// environment; freshEnvironment starts cold; the errors (provided runtime, debugpy missing, a
// bad session, a port in use); setBreakpoints reaches a running session.
#include "testsupport.h"

#include "debug/debugtypes.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTcpServer>

using namespace lambdesk;
using testsupport::safetyNetMs;

namespace {

// Line 4 is the breakpoint's; line 6 the second one (setBreakpoints while running).
const QByteArray kApp = "import time\n"                                               // 1
                        "def handler(event, context):\n"                              // 2
                        "    before = context.get_remaining_time_in_millis()\n"       // 3
                        "    x = event.get('n', 1) * 2\n"                              // 4
                        "    after = context.get_remaining_time_in_millis()\n"        // 5
                        "    y = x + 1\n"                                              // 6
                        "    return {'x': x, 'y': y, 'before': before, 'after': after}\n"; // 7

} // namespace

class TestDebugBackend : public QObject
{
    Q_OBJECT

    std::unique_ptr<testsupport::TestBackend> m_tb;
    QTemporaryDir m_code;

    Backend &b() { return *m_tb->backend; }

    void createPython(const QString &name, int timeout)
    {
        FunctionConfig c = m_tb->config(name, RuntimeFamily::Python, QStringLiteral("app.handler"), 128, timeout);
        const auto created = m_tb->create(c, m_code.path());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    }

    static debug::Breakpoint at(int line)
    {
        debug::Breakpoint bp;
        bp.file = QStringLiteral("app.py");
        bp.line = line;
        return bp;
    }

    // Starts a debug invocation; its answer lands in *result (and ends a waitFor()).
    void debugInvoke(const QString &name, debug::Options options, std::optional<Result<InvocationResult>> *result,
                     const QByteArray &payload = "{\"n\": 21}")
    {
        InvokeRequest request{name, {}, payload, InvocationType::RequestResponse};
        b().debugInvoke(request, std::move(options), [this, result](Result<InvocationResult> r) {
            result->emplace(std::move(r));
            if (m_loop)
                m_loop->quit();
        });
    }
    QEventLoop *m_loop = nullptr;

    // The clock files of the debug environments now running.
    QStringList clockFiles() const
    {
        QStringList out;
        QDirIterator it(m_tb->root() + QStringLiteral("/.state"), {QStringLiteral("clock")}, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        return out;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    }

    // Waits until `result` is set, in an event loop (the safety net only guards a hang).
    bool waitFor(const std::optional<Result<InvocationResult>> &result, int ms = safetyNetMs(60000))
    {
        if (result)
            return true;
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
        return result.has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile app(m_code.path() + QStringLiteral("/app.py"));
        QVERIFY(app.open(QIODevice::WriteOnly));
        app.write(kApp);
        app.close();
        m_tb = std::make_unique<testsupport::TestBackend>();
        if (qEnvironmentVariableIsSet("TST_DEBUG_TRACE")) {
            connect(&b(), &Backend::logLines, this, [](const QList<LogRecord> &records) {
                for (const LogRecord &r : records)
                    qDebug("log: %s", qPrintable(r.line.text));
            });
            connect(&b(), &Backend::debugOutput, this, [](const QString &, const QString &c, const QString &t) {
                qDebug("debug %s: %s", qPrintable(c), qPrintable(t));
            });
        }
        // "py" has time to spare: on a busy machine a debug-traced run between stops must not
        // reach its deadline. "pyclock" has a short timeout for the one test that holds a stop
        // past what it has left.
        createPython(QStringLiteral("py"), 30);
        createPython(QStringLiteral("pyclock"), 3);
    }
    void cleanupTestCase() { m_tb.reset(); }

    // The stop holds the invocation longer than its 3 s timeout had left: it does not time out, the clock
    // file said "stop <remaining>" meanwhile, the handler's remaining time after the stop is
    // what was left before it, Duration leaves the stop out and REPORT says how long it was.
    void stopHoldsTheClock()
    {
        QVERIFY(b().setBreakpoints(QStringLiteral("pyclock"), {at(4)}));
        QSignalSpy started(&b(), &Backend::debugSessionStarted);
        QSignalSpy stopped(&b(), &Backend::debugStopped);
        QSignalSpy continued(&b(), &Backend::debugContinued);
        QSignalSpy ended(&b(), &Backend::debugSessionEnded);
        QSignalSpy invocationStarted(&b(), &Backend::invocationStarted);
        debug::Options options;
        options.breakpoints = b().breakpoints(QStringLiteral("pyclock")).value();
        std::optional<Result<InvocationResult>> result;
        QElapsedTimer sinceInvoke; // the stop cannot have lasted longer than the whole invocation
        sinceInvoke.start();
        debugInvoke(QStringLiteral("pyclock"), options, &result);
        QVERIFY(started.count() == 1 || started.wait(safetyNetMs(30000)));
        QVERIFY(invocationStarted.count() >= 1);
        QVERIFY(invocationStarted.last().at(0).value<InvocationStart>().debugged);
        const QString session = started.first().at(0).toString();
        QVERIFY2(!result, result && result->ok() ? result->value().payload.constData() : "an error");
        QCOMPARE(b().debugSessions(), QStringList{session});
        QVERIFY2(stopped.wait(safetyNetMs(60000)), "no stop on the breakpoint");
        const auto stop = stopped.first().at(0).value<debug::Stop>();
        QCOMPARE(stop.sessionId, session);
        QCOMPARE(stop.function, QStringLiteral("pyclock"));
        QVERIFY(!stop.inInit);
        QVERIFY(!stop.frames.isEmpty());
        QCOMPARE(stop.frames.first().line, 4);

        // Stopped: the clock file says how much is left, and the deadline does not fire while
        // the debugger holds the handler beyond the timeout.
        const QStringList clocks = clockFiles();
        QCOMPARE(clocks.size(), 1);
        const QByteArray clock = readFile(clocks.first());
        QVERIFY2(clock.startsWith("stop "), clock.constData());
        const qint64 remainingAtStop = clock.mid(5).toLongLong();
        QVERIFY2(remainingAtStop > 0 && remainingAtStop <= 3000, clock.constData());
        QTimer hold;
        hold.setSingleShot(true);
        hold.setTimerType(Qt::PreciseTimer);
        QSignalSpy holdOver(&hold, &QTimer::timeout);
        // A stop longer than what was left (not a measure: a scenario); were the clock running,
        // the deadline would end the invocation meanwhile.
        const int holdMs = int(remainingAtStop) + 500;
        hold.start(holdMs);
        QVERIFY(holdOver.wait(safetyNetMs(30000)));
        QVERIFY(!result); // still held, no timeout
        QVERIFY(b().debugResume(session, debug::Step::Continue));
        QVERIFY(waitFor(result));
        const double totalMs = double(sinceInvoke.nsecsElapsed()) / 1e6;
        QVERIFY(result->ok());
        const InvocationResult &r = result->value();
        QCOMPARE(r.status, InvocationStatus::Succeeded);
        QVERIFY(r.debugged);
        QVERIFY2(r.debugStoppedMs >= holdMs && r.debugStoppedMs <= totalMs + 1,
                 qPrintable(QString::number(r.debugStoppedMs)));
        QVERIFY2(r.durationMs < 3000, qPrintable(QString::number(r.durationMs))); // the stop is not in it
        const QJsonObject body = testsupport::object(r.payload);
        QCOMPARE(body.value(QStringLiteral("x")).toInt(), 42);
        // The remaining time after the stop is what was left before it, not the wall clock's.
        QVERIFY2(body.value(QStringLiteral("after")).toInt() > 0, r.payload.constData());
        // Had the stop counted, the handler would have lost at least the time held.
        QVERIFY2(body.value(QStringLiteral("before")).toInt() - body.value(QStringLiteral("after")).toInt() < holdMs,
                 r.payload.constData());
        QVERIFY(continued.count() >= 1);
        QString report;
        for (const LogLine &l : r.logs)
            if (l.text.startsWith(QLatin1String("REPORT ")))
                report = l.text;
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("\\tDebugger: stopped [0-9]+\\.[0-9]{2} ms$"))),
                 qPrintable(report));
        QVERIFY(ended.count() == 1 && ended.first().at(0).toString() == session);
        QVERIFY(b().debugSessions().isEmpty());
        const QByteArray after = readFile(clocks.first());
        QVERIFY2(after.startsWith("run "), after.constData());
    }

    // While a session is stopped, an ordinary invocation of the same function runs in another
    // environment and returns; then debugStop ends the session as Debugger.Stopped.
    void concurrentAndStop()
    {
        QVERIFY(b().setBreakpoints(QStringLiteral("py"), {at(4)}));
        QSignalSpy stopped(&b(), &Backend::debugStopped);
        QSignalSpy ended(&b(), &Backend::debugSessionEnded);
        debug::Options options;
        options.breakpoints = {at(4)};
        std::optional<Result<InvocationResult>> result;
        debugInvoke(QStringLiteral("py"), options, &result);
        QVERIFY(stopped.wait(safetyNetMs(60000)));
        const QString session = stopped.first().at(0).value<debug::Stop>().sessionId;

        const auto plain = m_tb->invoke(QStringLiteral("py"), "{\"n\": 5}");
        QVERIFY(plain.ok());
        QCOMPARE(plain->status, InvocationStatus::Succeeded);
        QCOMPARE(testsupport::object(plain->payload).value(QStringLiteral("x")).toInt(), 10);
        QVERIFY(!plain->debugged);
        QVERIFY(!result); // the session is still held

        // Wrong calls are errors.
        QCOMPARE(b().debugResume(QStringLiteral("no-such-session"), debug::Step::Over).error().kind,
                 Error::Kind::NotFound);
        QVERIFY(!b().debugStop(QStringLiteral("no-such-session")));

        QVERIFY(b().debugStop(session));
        QVERIFY(waitFor(result));
        QVERIFY(result->ok());
        QCOMPARE(result->value().status, InvocationStatus::Failed);
        QCOMPARE(result->value().errorType, QStringLiteral("Debugger.Stopped"));
        QVERIFY(result->value().payload.contains("The invocation was stopped in the debugger"));
        QVERIFY(ended.count() == 1);
        QCOMPARE(b().debugResume(session, debug::Step::Continue).error().kind, Error::Kind::NotFound);
    }

    // Breakpoints set while a session runs reach it: the second one stops the same invocation.
    void breakpointsReachRunningSession()
    {
        QSignalSpy stopped(&b(), &Backend::debugStopped);
        debug::Options options;
        options.breakpoints = {at(4)};
        std::optional<Result<InvocationResult>> result;
        debugInvoke(QStringLiteral("py"), options, &result);
        QVERIFY(stopped.wait(safetyNetMs(60000)));
        const QString session = stopped.first().at(0).value<debug::Stop>().sessionId;
        QVERIFY(b().setBreakpoints(QStringLiteral("py"), {at(4), at(6)}));
        QVERIFY(b().debugResume(session, debug::Step::Continue));
        QVERIFY(testsupport::waitForSignals(stopped, [&] { return stopped.count() >= 2 || result; },
                                            safetyNetMs(60000)));
        QCOMPARE(stopped.count(), 2);
        QCOMPARE(stopped.last().at(0).value<debug::Stop>().frames.first().line, 6);
        QVERIFY(b().debugResume(session, debug::Step::Continue));
        QVERIFY(waitFor(result));
        QVERIFY(result->ok());
        QCOMPARE(result->value().status, InvocationStatus::Succeeded);
        QVERIFY(b().setBreakpoints(QStringLiteral("py"), {}));
    }

    // A warm debug environment serves the next debug invocation; an ordinary one never runs in
    // it; freshEnvironment makes a cold start.
    void warmAndFresh()
    {
        // A function of its own, without breakpoints: nothing holds these invocations.
        createPython(QStringLiteral("warm"), 3);
        std::optional<Result<InvocationResult>> result;
        debugInvoke(QStringLiteral("warm"), {}, &result);
        QVERIFY(waitFor(result));
        QVERIFY(result->ok() && result->value().debugged);
        QVERIFY(result->value().coldStart());
        result.reset();
        debugInvoke(QStringLiteral("warm"), {}, &result);
        QVERIFY(waitFor(result));
        QVERIFY(result->ok() && result->value().debugged);
        QVERIFY(!result->value().coldStart()); // the debug environment stayed warm
        result.reset();
        debug::Options fresh;
        fresh.freshEnvironment = true;
        debugInvoke(QStringLiteral("py"), fresh, &result);
        QVERIFY(waitFor(result));
        QVERIFY(result->ok());
        QVERIFY(result->value().coldStart());
        QVERIFY(!result->value().logs.isEmpty());
        // An ordinary invocation does not land in the idle debug environment.
        const auto plain = m_tb->invoke(QStringLiteral("warm"), "{\"n\": 1}");
        QVERIFY(plain.ok());
        QVERIFY(!plain->debugged);
        QVERIFY(plain->coldStart()); // an environment of its own
        QVERIFY(!plain->logs.last().text.contains(QLatin1String("Debugger")));
    }

    // A breakpoint new to a warm debug environment is in force before its runtime gets the
    // event (DebugEngine::whenApplied): each round adds one and must stop on it.
    void newBreakpointOnWarmEnvironment()
    {
        createPython(QStringLiteral("race"), 3);
        std::optional<Result<InvocationResult>> result;
        debugInvoke(QStringLiteral("race"), {}, &result); // warm, no breakpoints
        QVERIFY(waitFor(result));
        QVERIFY(result->ok() && result->value().debugged);
        QSignalSpy stopped(&b(), &Backend::debugStopped);
        for (int round = 0; round < 5; ++round) {
            result.reset();
            debug::Options options;
            options.breakpoints = {at(round % 2 ? 6 : 4)}; // a different line each round
            debugInvoke(QStringLiteral("race"), options, &result);
            QVERIFY(testsupport::waitForSignals(stopped, [&] { return stopped.count() > round || result; },
                                                safetyNetMs(60000)));
            QVERIFY2(!result, "the invocation ended without stopping on its new breakpoint");
            const debug::Stop stop = stopped.last().at(0).value<debug::Stop>();
            QCOMPARE(stop.frames.first().line, round % 2 ? 6 : 4);
            QVERIFY(b().debugResume(stop.sessionId, debug::Step::Continue));
            QVERIFY(waitFor(result));
            QVERIFY(result->ok());
            QCOMPARE(result->value().status, InvocationStatus::Succeeded);
            QVERIFY(!result->value().coldStart()); // the same warm debug environment
        }
    }

    // Node through the Backend: a stop on a breakpoint, then continue; the remaining time is
    // what was left before the stop.
    void nodeStopAndContinue()
    {
        QTemporaryDir code;
        QFile app(code.path() + QStringLiteral("/app.mjs"));
        QVERIFY(app.open(QIODevice::WriteOnly));
        app.write("export const handler = async (event, context) => {\n"
                  "  const x = (event.n ?? 1) * 2;\n"
                  "  return { x, left: context.getRemainingTimeInMillis() };\n"
                  "};\n");
        app.close();
        FunctionConfig c = m_tb->config(QStringLiteral("node"), RuntimeFamily::Node, QStringLiteral("app.handler"), 128, 3);
        QVERIFY(m_tb->create(c, code.path()));
        QSignalSpy stopped(&b(), &Backend::debugStopped);
        debug::Options options;
        debug::Breakpoint bp;
        bp.file = QStringLiteral("app.mjs");
        bp.line = 2;
        options.breakpoints = {bp};
        std::optional<Result<InvocationResult>> result;
        debugInvoke(QStringLiteral("node"), options, &result);
        QVERIFY2(stopped.wait(safetyNetMs(60000)), "no stop");
        const auto stop = stopped.first().at(0).value<debug::Stop>();
        QCOMPARE(stop.function, QStringLiteral("node"));
        QCOMPARE(stop.frames.first().line, 2);
        QTimer hold;
        hold.setSingleShot(true);
        hold.setTimerType(Qt::PreciseTimer);
        QSignalSpy holdOver(&hold, &QTimer::timeout);
        hold.start(3200); // beyond the 3 s timeout (3 s leaves the runs time to spare on a busy machine)
        QVERIFY(holdOver.wait(safetyNetMs(30000)));
        QVERIFY(!result);
        QVERIFY(b().debugResume(stop.sessionId, debug::Step::Continue));
        QVERIFY(waitFor(result));
        QVERIFY(result->ok());
        QCOMPARE(result->value().status, InvocationStatus::Succeeded);
        const QJsonObject body = testsupport::object(result->value().payload);
        QCOMPARE(body.value(QStringLiteral("x")).toInt(), 42);
        QVERIFY2(body.value(QStringLiteral("left")).toInt() > 0, result->value().payload.constData());
        QVERIFY(result->value().debugStoppedMs >= 3000);
    }

    void providedRuntimeRefused()
    {
        QVERIFY(m_tb->createChild(QStringLiteral("custom"), QStringLiteral("echo")));
        std::optional<Result<InvocationResult>> result;
        debugInvoke(QStringLiteral("custom"), {}, &result);
        QVERIFY(waitFor(result));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Error::Kind::InvalidParameter);
        QCOMPARE(result->error().field, QStringLiteral("Runtime"));
        QVERIFY2(result->error().message.contains(QLatin1String("provided.al2023"))
                     && result->error().message.contains(QLatin1String("--debug-port")),
                 qPrintable(result->error().message));
    }

    void debugpyMissingReported()
    {
        b().setPythonEngineLookup([](const RuntimeInfo &) -> Result<QString> {
            return Error::internal(QStringLiteral("Debugging Python functions needs debugpy: install Debian's "
                                                  "python3-debugpy (apt-get install python3-debugpy)"));
        });
        std::optional<Result<InvocationResult>> result;
        debugInvoke(QStringLiteral("py"), {}, &result);
        QVERIFY(waitFor(result));
        b().setPythonEngineLookup({});
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Error::Kind::Unavailable);
        QVERIFY2(result->error().message.contains(QLatin1String("python3-debugpy")), qPrintable(result->error().message));
    }

    void debugPortChecked()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        debug::Options options;
        options.externalPort = taken.serverPort();
        std::optional<Result<InvocationResult>> result;
        debugInvoke(QStringLiteral("py"), options, &result);
        QVERIFY(waitFor(result));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().field, QStringLiteral("DebugPort"));
        QVERIFY2(result->error().message.contains(QLatin1String("in use")), qPrintable(result->error().message));
        result.reset();
        options.externalPort = 80;
        debugInvoke(QStringLiteral("py"), options, &result);
        QVERIFY(waitFor(result));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().field, QStringLiteral("DebugPort"));
    }
};

QTEST_GUILESS_MAIN(TestDebugBackend)
#include "tst_debugbackend.moc"
