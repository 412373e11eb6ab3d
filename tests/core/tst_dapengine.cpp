// The Python debug engine (debug::DapEngine) against the real thing: a Python environment whose
// bootstrap starts debugpy (the _LAMBDESK_DEBUG_* variables set by hand here, as a debug
// environment sets them), real invocations through the Runtime API, and the engine driven by
// the test: breakpoints, steps, variables, evaluation, exception stops, logpoints, detach, and
// the proxy an outside IDE attaches through.
#include "testsupport.h"

#include "debug/dapengine.h"
#include "debug/dapmessage.h"
#include "debug/pythonengine.h"
#include "runtime/debugenv.h"
#include "runtime/environmentpool.h"
#include "runtime/resourcelimits.h"
#include "runtime/runtimeapiserver.h"
#include "runtime/runtimedetection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>

using namespace lambdesk;
using namespace lambdesk::debug;
using namespace testsupport;

namespace {

// Line numbers matter: the tests set breakpoints on them.
const char kApp[] = "import sys\n"                                          // 1
                    "GREETING = 'hi'\n"                                     // 2
                    "\n"                                                    // 3
                    "def helper(x):\n"                                      // 4
                    "    raise ValueError('bad value %s' % x)\n"            // 5
                    "\n"                                                    // 6
                    "def handler(event, context):\n"                        // 7
                    "    name = event.get('name', 'world')\n"               // 8
                    "    msg = GREETING + ' ' + name\n"                     // 9
                    "    if event.get('fail'):\n"                           // 10
                    "        helper(name)\n"                                // 11
                    "    loaded = [m for m in sys.modules if 'pydevd' in m or m.startswith('debugpy')]\n" // 12
                    "    return {'msg': msg, 'debugger': len(loaded), 'remaining': context.get_remaining_time_in_millis()}\n"; // 13

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress(QHostAddress::LocalHost), 0);
    return s.serverPort();
}

// Collects the pool's results and says when one arrives.
class Results : public QObject
{
    Q_OBJECT
public:
    QList<InvocationResult> list;
    void add(InvocationResult r)
    {
        list.append(std::move(r));
        Q_EMIT arrived();
    }
Q_SIGNALS:
    void arrived();
};

struct Fixture
{
    explicit Fixture(const char *app = kApp)
    {
        const RuntimeInfo *python = detection.catalog().preferred(RuntimeFamily::Python);
        if (!python)
            return;
        runtime = *python;
        QFile f(code.filePath(QStringLiteral("app.py")));
        if (!f.open(QIODevice::WriteOnly))
            return;
        f.write(app);
        f.close();
        const Result<QString> engineDir = pythonEngineDir(runtime);
        if (!engineDir) {
            error = engineDir.error().message;
            return;
        }
        port = freePort();
        clock = state.filePath(QStringLiteral("clock"));
        spec.functionName = QStringLiteral("dbg");
        spec.runtime = runtime;
        spec.handler = QStringLiteral("app.handler");
        spec.codeDir = code.path();
        spec.runtimeDir = QStringLiteral(LAMBDESK_SOURCE_DIR "/resources/runtimes");
        spec.scratchRoot = scratch.path();
        spec.timeoutS = 600; // the environment's clock is not held here (that is the core's part)
        spec.environment.insert(QString::fromLatin1(debugenv::kPort), QString::number(port));
        spec.environment.insert(QString::fromLatin1(debugenv::kPythonEngine), *engineDir);
        spec.environment.insert(QString::fromLatin1(debugenv::kClock), clock);
        pool = std::make_unique<EnvironmentPool>(control.get(), &server);
        ok = true;
    }

    void dispatch(const QByteArray &payload)
    {
        runtimeapi::Event e;
        e.requestId = QStringLiteral("req-%1").arg(++sent);
        e.payload = payload;
        e.traceId = QStringLiteral("Root=1-0-0");
        pool->dispatch(QStringLiteral("dbg"), spec, e, [this](InvocationResult r) { results.add(std::move(r)); });
    }
    bool waitForResults(int n)
    {
        QSignalSpy spy(&results, &Results::arrived);
        return waitForSignals(
            spy, [&] { return results.list.size() >= n; }, safetyNetMs(60000));
    }

    DebugEngine::Setup setup(QList<Breakpoint> breakpoints) const
    {
        DebugEngine::Setup s;
        s.enginePort = port;
        s.hostCodeRoot = code.path();
        s.runtimeCodeRoot = code.path();
        s.breakpoints = std::move(breakpoints);
        s.connectTimeoutMs = safetyNetMs(30000);
        return s;
    }

    bool writeClock(const QByteArray &text) const
    {
        QSaveFile f(clock);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size() && f.commit();
    }

    RuntimeDetection detection; // CTest gives each test a cache folder of its own
    RuntimeInfo runtime;
    QTemporaryDir code, scratch, state;
    RuntimeApiServer server;
    std::unique_ptr<ResourceControl> control = ResourceControl::watchdog();
    std::unique_ptr<EnvironmentPool> pool;
    EnvironmentSpec spec;
    Results results;
    quint16 port = 0;
    QString clock;
    QString error;
    int sent = 0;
    bool ok = false;
};

Breakpoint at(int line, QString condition = {}, QString logMessage = {})
{
    return Breakpoint{QStringLiteral("app.py"), line, std::move(condition), std::move(logMessage), true};
}

// The next stop (the one already there, or one to come).
std::optional<Stop> nextStop(QSignalSpy &stopped)
{
    if (stopped.isEmpty() && !stopped.wait(safetyNetMs(30000)))
        return std::nullopt;
    return stopped.takeFirst().at(0).value<Stop>();
}

QList<Variable> variablesOf(DebugEngine &engine, qint64 reference)
{
    const auto r = waitForAnswer<Result<QList<Variable>>>([&](auto done) { engine.variables(reference, done); });
    return r && r->ok() ? r->value() : QList<Variable>{};
}

std::optional<Variable> find(const QList<Variable> &vars, const QString &name)
{
    for (const Variable &v : vars) {
        if (v.name == name)
            return v;
    }
    return std::nullopt;
}

QList<Variable> localsOf(DebugEngine &engine, qint64 frameId)
{
    const auto scopes = waitForAnswer<Result<QList<Scope>>>([&](auto done) { engine.scopes(frameId, done); });
    if (!scopes || !scopes->ok() || scopes->value().isEmpty())
        return {};
    return variablesOf(engine, scopes->value().first().reference);
}

Result<Variable> evaluate(DebugEngine &engine, qint64 frameId, const QString &expression)
{
    const auto r = waitForAnswer<Result<Variable>>([&](auto done) { engine.evaluate(frameId, expression, done); });
    if (!r)
        return Error::internal(QStringLiteral("no answer"));
    return *r;
}

// A DAP client, as an IDE is one: requests out, messages in, waits on its socket's signals.
class DapClient
{
public:
    bool connectTo(quint16 port)
    {
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        return socket.waitForConnected(safetyNetMs(10000));
    }
    int send(const QString &command, const QJsonObject &arguments = {})
    {
        socket.write(dap::request(++seq, command, arguments));
        return seq;
    }
    // The first message (taken out) that `match` accepts; earlier ones stay, in order.
    std::optional<QJsonObject> waitFor(const std::function<bool(const QJsonObject &)> &match)
    {
        QSignalSpy spy(&socket, &QTcpSocket::readyRead);
        QDeadlineTimer deadline(safetyNetMs(30000));
        while (true) {
            read();
            for (qsizetype i = 0; i < messages.size(); ++i) {
                if (match(messages.at(i)))
                    return messages.takeAt(i);
            }
            if (deadline.hasExpired() || !spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
                return std::nullopt;
        }
    }
    std::optional<QJsonObject> response(int requestSeq)
    {
        return waitFor([requestSeq](const QJsonObject &m) {
            return m.value(u"type").toString() == u"response" && m.value(u"request_seq").toInt() == requestSeq;
        });
    }
    std::optional<QJsonObject> event(const QString &name)
    {
        return waitFor([name](const QJsonObject &m) { return m.value(u"type").toString() == u"event" && m.value(u"event").toString() == name; });
    }

    QTcpSocket socket;

private:
    void read()
    {
        buffer += socket.readAll();
        while (true) {
            const dap::Taken t = dap::takeMessage(buffer);
            if (t.status != dap::Taken::Message)
                return;
            if (const auto m = dap::parse(t.body))
                messages.append(*m);
        }
    }
    QByteArray buffer;
    QList<QJsonObject> messages;
    int seq = 0;
};

} // namespace

class TestDapEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Stop>();
    }

    // Breakpoint, a local and an event field, a step, an evaluation, continue and the response;
    // then the same warm environment stops again on the next invocation.
    void breakpointStepEvaluateContinue()
    {
        const SandboxOff hostMode;
        Fixture fx;
        QVERIFY2(fx.ok, qPrintable(fx.error));
        DapEngine engine;
        QSignalSpy attached(&engine, &DebugEngine::attached);
        QSignalSpy failed(&engine, &DebugEngine::failed);
        QSignalSpy stopped(&engine, &DebugEngine::stopped);
        QSignalSpy continued(&engine, &DebugEngine::continued);
        fx.dispatch(R"({"name":"bob","nested":{"k":[1,2,3]}})");
        engine.start(fx.setup({at(9)}));
        QVERIFY(attached.wait(safetyNetMs(30000)));
        QCOMPARE(failed.count(), 0);

        for (int round = 1; round <= 2; ++round) {
            if (round == 2)
                fx.dispatch(R"({"name":"bob","nested":{"k":[1,2,3]}})"); // warm: no new attach
            auto stop = nextStop(stopped);
            QVERIFY(stop);
            QVERIFY(engine.isStopped());
            QCOMPARE(stop->reason, StopReason::Breakpoint);
            QVERIFY(!stop->frames.isEmpty());
            const Frame top = stop->frames.first();
            QCOMPARE(top.name, QStringLiteral("handler"));
            QCOMPARE(top.file, QStringLiteral("app.py"));
            QCOMPARE(top.path, fx.code.filePath(QStringLiteral("app.py")));
            QCOMPARE(top.line, 9);
            QVERIFY(top.user);
            QVERIFY(!stop->inInit);
            for (const Frame &f : stop->frames) // only the function's code: the runtime is library code
                QVERIFY2(f.user, qPrintable(f.path));

            // A local, and a field of the event through lazy expansion.
            const QList<Variable> locals = localsOf(engine, top.id);
            const auto name = find(locals, QStringLiteral("name"));
            QVERIFY(name);
            QCOMPARE(name->value, QStringLiteral("'bob'"));
            QCOMPARE(name->type, QStringLiteral("str"));
            const auto event = find(locals, QStringLiteral("event"));
            QVERIFY(event);
            QVERIFY(event->reference != 0);
            const auto nested = find(variablesOf(engine, event->reference), QStringLiteral("'nested'"));
            QVERIFY(nested);
            QVERIFY(nested->reference != 0);
            const auto k = find(variablesOf(engine, nested->reference), QStringLiteral("'k'"));
            QVERIFY(k);
            QCOMPARE(k->value, QStringLiteral("[1, 2, 3]"));
            QVERIFY(find(locals, QStringLiteral("context")));

            // Step over: the line moves.
            const int continuedBefore = int(continued.count());
            engine.resume(Step::Over);
            QCOMPARE(continued.count(), continuedBefore + 1); // running at once, for the clock
            QVERIFY(!engine.isStopped());
            stop = nextStop(stopped);
            QVERIFY(stop);
            QCOMPARE(stop->reason, StopReason::Step);
            QCOMPARE(stop->frames.first().line, 10);

            // Evaluate in the frame: a value, and one with children.
            const Result<Variable> upper = evaluate(engine, stop->frames.first().id, QStringLiteral("msg.upper()"));
            QVERIFY2(upper, upper ? "" : qPrintable(upper.error().message));
            QCOMPARE(upper->value, QStringLiteral("'HI BOB'"));
            const Result<Variable> dict = evaluate(engine, stop->frames.first().id, QStringLiteral("event['nested']"));
            QVERIFY(dict);
            QVERIFY(dict->reference != 0);
            const Result<Variable> bad = evaluate(engine, stop->frames.first().id, QStringLiteral("no_such_name"));
            QVERIFY(!bad);
            QVERIFY2(bad.error().message.contains(QLatin1String("no_such_name")), qPrintable(bad.error().message));

            engine.resume(Step::Continue);
            QVERIFY(fx.waitForResults(round));
            const InvocationResult &r = fx.results.list.constLast();
            QVERIFY2(!r.isError(), r.payload.constData());
            QCOMPARE(object(r.payload).value(u"msg").toString(), QStringLiteral("hi bob"));
            QVERIFY(object(r.payload).value(u"debugger").toInt() > 0);
            QVERIFY(!engine.isStopped());
        }
        QCOMPARE(failed.count(), 0);
        QCOMPARE(attached.count(), 1);
    }

    // Module-level code runs under the debugger on a cold start (the breakpoints are set before
    // the runtime imports the handler's module).
    void breakpointInInitCode()
    {
        const SandboxOff hostMode;
        Fixture fx;
        QVERIFY2(fx.ok, qPrintable(fx.error));
        DapEngine engine;
        QSignalSpy stopped(&engine, &DebugEngine::stopped);
        fx.dispatch("{}");
        engine.start(fx.setup({at(2)}));
        const auto stop = nextStop(stopped);
        QVERIFY(stop);
        QCOMPARE(stop->reason, StopReason::Breakpoint);
        QCOMPARE(stop->frames.first().name, QStringLiteral("<module>"));
        QCOMPARE(stop->frames.first().line, 2);
        QCOMPARE(stop->frames.first().file, QStringLiteral("app.py"));
        QVERIFY(stop->inInit);
        engine.resume(Step::Continue);
        QVERIFY(fx.waitForResults(1));
        QVERIFY2(!fx.results.list.first().isError(), fx.results.list.first().payload.constData());
        QVERIFY(fx.results.list.first().initDurationMs.has_value());
    }

    // An exception that escapes the handler into the runtime stops where it was raised, with
    // its type and message; continuing, the invocation fails as usual.
    void uncaughtExceptionStops()
    {
        const SandboxOff hostMode;
        Fixture fx;
        QVERIFY2(fx.ok, qPrintable(fx.error));
        DapEngine engine;
        QSignalSpy stopped(&engine, &DebugEngine::stopped);
        fx.dispatch(R"({"fail":true,"name":"x"})");
        engine.start(fx.setup({}));
        const auto stop = nextStop(stopped);
        QVERIFY(stop);
        QCOMPARE(stop->reason, StopReason::Exception);
        QCOMPARE(stop->text, QStringLiteral("ValueError: bad value x"));
        QVERIFY(stop->frames.size() >= 2);
        QCOMPARE(stop->frames.at(0).name, QStringLiteral("helper")); // the raising line
        QCOMPARE(stop->frames.at(0).line, 5);
        QCOMPARE(stop->frames.at(1).name, QStringLiteral("handler"));
        QCOMPARE(stop->frames.at(1).line, 11);
        // The raising frame's locals are there.
        const auto x = find(localsOf(engine, stop->frames.at(0).id), QStringLiteral("x"));
        QVERIFY(x);
        QCOMPARE(x->value, QStringLiteral("'x'"));
        engine.resume(Step::Continue);
        QVERIFY(fx.waitForResults(1));
        const InvocationResult &r = fx.results.list.first();
        QVERIFY(r.isError());
        QCOMPARE(r.errorType, QStringLiteral("ValueError"));
        QCOMPARE(object(r.payload).value(u"errorMessage").toString(), QStringLiteral("bad value x"));
        QCOMPARE(stopped.count(), 0); // one stop only (not again in the runtime)

        // Off: no stop at all.
        engine.setBreakOnUncaught(false);
        (void)evaluate(engine, 0, QStringLiteral("0")); // answered in order: debugpy has the change
        fx.dispatch(R"({"fail":true,"name":"y"})");
        QVERIFY(fx.waitForResults(2));
        QVERIFY(fx.results.list.at(1).isError());
        QCOMPARE(stopped.count(), 0);
    }

    // An exception escaping module-level code (init) stops there too; continuing, init fails as
    // usual.
    void uncaughtExceptionInInit()
    {
        const SandboxOff hostMode;
        Fixture fx("import json\n"
                   "CONFIG = json.loads('{broken')\n"
                   "def handler(event, context):\n"
                   "    return 1\n");
        QVERIFY2(fx.ok, qPrintable(fx.error));
        DapEngine engine;
        QSignalSpy stopped(&engine, &DebugEngine::stopped);
        fx.dispatch("{}");
        engine.start(fx.setup({}));
        const auto stop = nextStop(stopped);
        QVERIFY(stop);
        QCOMPARE(stop->reason, StopReason::Exception);
        QVERIFY2(stop->text.startsWith(QLatin1String("JSONDecodeError: ")), qPrintable(stop->text));
        QCOMPARE(stop->frames.first().name, QStringLiteral("<module>"));
        QCOMPARE(stop->frames.first().line, 2);
        QVERIFY(stop->inInit);
        engine.resume(Step::Continue);
        QVERIFY(fx.waitForResults(1));
        const InvocationResult &r = fx.results.list.first();
        QVERIFY(r.isError());
        QCOMPARE(r.errorType, QStringLiteral("JSONDecodeError")); // the bootstrap's init error, as without a debugger
    }

    // A logpoint writes its message (expressions evaluated) and does not stop; a conditional
    // breakpoint stops only when its condition holds; a disabled one never.
    void logpointsConditionsDisabled()
    {
        const SandboxOff hostMode;
        Fixture fx;
        QVERIFY2(fx.ok, qPrintable(fx.error));
        DapEngine engine;
        QSignalSpy attached(&engine, &DebugEngine::attached);
        QSignalSpy stopped(&engine, &DebugEngine::stopped);
        QSignalSpy output(&engine, &DebugEngine::output);
        Breakpoint disabled = at(8);
        disabled.enabled = false;
        fx.dispatch(R"({"name":"ann"})");
        engine.start(fx.setup({at(12, {}, QStringLiteral("msg is {msg}")), at(10, QStringLiteral("name == 'zed'")), disabled}));
        QVERIFY(fx.waitForResults(1));
        QVERIFY2(!fx.results.list.first().isError(), fx.results.list.first().payload.constData());
        QVERIFY(waitForSignals(
            output, [&] { return !output.isEmpty(); }, safetyNetMs(30000)));
        QCOMPARE(output.first().at(0).toString(), QStringLiteral("console"));
        QCOMPARE(output.first().at(1).toString(), QStringLiteral("msg is hi ann"));
        QCOMPARE(stopped.count(), 0);

        fx.dispatch(R"({"name":"zed"})"); // the condition holds
        const auto stop = nextStop(stopped);
        QVERIFY(stop);
        QCOMPARE(stop->frames.first().line, 10);
        engine.resume(Step::Continue);
        QVERIFY(fx.waitForResults(2));

        // Breakpoints change while running: now line 8 (enabled) stops.
        QSignalSpy synced(&engine, &DapEngine::breakpointsSynced);
        engine.setBreakpoints({at(8)});
        // debugpy reads the change on a thread of its own: wait until it has it, as an
        // environment handing a warm runtime its event should.
        QVERIFY(engine.isSyncingBreakpoints());
        QVERIFY(synced.wait(safetyNetMs(10000)));
        QVERIFY(!engine.isSyncingBreakpoints());
        engine.setBreakpoints({at(8)}); // unchanged: nothing to send, nothing to wait for
        QVERIFY(!engine.isSyncingBreakpoints());
        fx.dispatch(R"({"name":"amy"})");
        const auto again = nextStop(stopped);
        QVERIFY(again);
        QCOMPARE(again->frames.first().line, 8);
        engine.resume(Step::Continue);
        QVERIFY(fx.waitForResults(3));
        QCOMPARE(attached.count(), 1);
    }

    // context.get_remaining_time_in_millis() reads the clock file while debugged: frozen while
    // stopped (the same value twice), the deadline while running, the header when it is missing.
    void clockFile()
    {
        const SandboxOff hostMode;
        Fixture fx;
        QVERIFY2(fx.ok, qPrintable(fx.error));
        DapEngine engine;
        QSignalSpy stopped(&engine, &DebugEngine::stopped);
        fx.dispatch("{}");
        engine.start(fx.setup({at(13)}));
        const auto stop = nextStop(stopped);
        QVERIFY(stop);
        QVERIFY(fx.writeClock("stop 4321"));
        const QString expr = QStringLiteral("context.get_remaining_time_in_millis()");
        for (int i = 0; i < 2; ++i) {
            const Result<Variable> v = evaluate(engine, stop->frames.first().id, expr);
            QVERIFY2(v, v ? "" : qPrintable(v.error().message));
            QCOMPARE(v->value, QStringLiteral("4321"));
        }
        const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + 50000;
        QVERIFY(fx.writeClock("run " + QByteArray::number(deadline)));
        const Result<Variable> running = evaluate(engine, stop->frames.first().id, expr);
        QVERIFY(running);
        QVERIFY2(running->value.toInt() > 40000 && running->value.toInt() <= 50000, qPrintable(running->value));
        QVERIFY(QFile::remove(fx.clock)); // the header's deadline (600 s)
        const Result<Variable> header = evaluate(engine, stop->frames.first().id, expr);
        QVERIFY(header);
        QVERIFY2(header->value.toInt() > 500000 && header->value.toInt() <= 600000, qPrintable(header->value));
        engine.resume(Step::Continue);
        QVERIFY(fx.waitForResults(1));
    }

    // detach(): the runtime goes on without a debugger (breakpoints gone), disconnected() follows.
    void detachLetsTheRuntimeRunOn()
    {
        const SandboxOff hostMode;
        Fixture fx;
        QVERIFY2(fx.ok, qPrintable(fx.error));
        DapEngine engine;
        QSignalSpy stopped(&engine, &DebugEngine::stopped);
        QSignalSpy continued(&engine, &DebugEngine::continued);
        QSignalSpy disconnected(&engine, &DebugEngine::disconnected);
        fx.dispatch("{}");
        engine.start(fx.setup({at(9)}));
        QVERIFY(nextStop(stopped));
        engine.detach();
        QVERIFY(disconnected.wait(safetyNetMs(30000)));
        QVERIFY(!engine.isStopped());
        QVERIFY(continued.count() >= 1);
        QVERIFY(fx.waitForResults(1));
        QVERIFY(!fx.results.list.first().isError());
        fx.dispatch("{}");
        QVERIFY(fx.waitForResults(2));
        QCOMPARE(stopped.count(), 0);
        QCOMPARE(disconnected.count(), 1);
        // Answers after the end are errors, not silence.
        const auto scopes = waitForAnswer<Result<QList<Scope>>>([&](auto done) { engine.scopes(1, done); });
        QVERIFY(scopes && !scopes->ok());
    }

    // Nothing listens: failed() after the connect timeout, with the port in the message.
    void failsWhenNothingListens()
    {
        DapEngine engine;
        QSignalSpy failed(&engine, &DebugEngine::failed);
        DebugEngine::Setup s;
        s.enginePort = freePort();
        s.hostCodeRoot = s.runtimeCodeRoot = QStringLiteral("/tmp");
        s.connectTimeoutMs = 300;
        engine.start(s);
        QVERIFY(failed.wait(safetyNetMs(30000)));
        QVERIFY2(failed.first().at(0).toString().contains(QString::number(s.enginePort)),
                 qPrintable(failed.first().at(0).toString()));
    }

    // An ordinary environment (no _LAMBDESK_DEBUG_PORT) loads nothing of the debugger.
    void ordinaryInvocationsLoadNothing()
    {
        const SandboxOff hostMode;
        Fixture fx;
        QVERIFY2(fx.ok, qPrintable(fx.error));
        fx.spec.environment.clear();
        fx.dispatch("{}");
        QVERIFY(fx.waitForResults(1));
        const InvocationResult &r = fx.results.list.first();
        QVERIFY2(!r.isError(), r.payload.constData());
        QCOMPARE(object(r.payload).value(u"debugger").toInt(), 0);
    }

    // External mode: an IDE's DAP session through the proxy, every byte forwarded; the engine
    // sees the stop and the run again (no frames: the IDE drives).
    void proxyForwardsAnIdeSession()
    {
        const SandboxOff hostMode;
        Fixture fx;
        QVERIFY2(fx.ok, qPrintable(fx.error));
        DapEngine engine;
        QSignalSpy attached(&engine, &DebugEngine::attached);
        QSignalSpy failed(&engine, &DebugEngine::failed);
        QSignalSpy stopped(&engine, &DebugEngine::stopped);
        QSignalSpy continued(&engine, &DebugEngine::continued);
        QSignalSpy ideIn(&engine, &DebugEngine::externalAttached);
        QSignalSpy ideOut(&engine, &DebugEngine::externalDetached);
        DebugEngine::Setup setup = fx.setup({at(9)}); // the IDE's to set, not ours
        setup.externalPort = freePort();
        fx.dispatch(R"({"name":"ide"})");
        engine.start(setup);

        DapClient ide;
        QVERIFY(ide.connectTo(setup.externalPort));
        QVERIFY(ideIn.count() == 1 || ideIn.wait(safetyNetMs(10000)));
        QVERIFY(engine.isExternalAttached());
        QVERIFY(ide.response(ide.send(QStringLiteral("initialize"), {{QStringLiteral("adapterID"), QStringLiteral("debugpy")}})));
        ide.send(QStringLiteral("attach"), {{QStringLiteral("justMyCode"), true}});
        QVERIFY(ide.event(QStringLiteral("initialized")));
        const QJsonObject bps{{QStringLiteral("source"), QJsonObject{{QStringLiteral("path"), fx.code.filePath(QStringLiteral("app.py"))}}},
                              {QStringLiteral("breakpoints"), QJsonArray{QJsonObject{{QStringLiteral("line"), 9}}}}};
        const auto set = ide.response(ide.send(QStringLiteral("setBreakpoints"), bps));
        QVERIFY(set);
        QVERIFY(set->value(u"success").toBool());
        QVERIFY(ide.response(ide.send(QStringLiteral("configurationDone"))));
        QVERIFY(attached.count() == 1 || attached.wait(safetyNetMs(10000)));

        // The IDE sees the stop, and so does the engine.
        const auto ideStop = ide.event(QStringLiteral("stopped"));
        QVERIFY(ideStop);
        const auto stop = nextStop(stopped);
        QVERIFY(stop);
        QCOMPARE(stop->reason, StopReason::Breakpoint);
        QVERIFY(stop->frames.isEmpty());
        QVERIFY(engine.isStopped());
        const qint64 thread = ideStop->value(u"body").toObject().value(u"threadId").toInteger();
        const auto trace = ide.response(ide.send(QStringLiteral("stackTrace"), {{QStringLiteral("threadId"), thread}}));
        QVERIFY(trace);
        QCOMPARE(trace->value(u"body").toObject().value(u"stackFrames").toArray().first().toObject().value(u"line").toInt(), 9);

        const int before = int(continued.count());
        QVERIFY(ide.response(ide.send(QStringLiteral("continue"), {{QStringLiteral("threadId"), thread}})));
        QVERIFY(waitForSignals(
            continued, [&] { return continued.count() > before; }, safetyNetMs(10000)));
        QVERIFY(!engine.isStopped());
        QVERIFY(fx.waitForResults(1));
        QCOMPARE(object(fx.results.list.first().payload).value(u"msg").toString(), QStringLiteral("hi ide"));

        // The IDE leaves: the runtime runs on without it.
        ide.socket.disconnectFromHost();
        QVERIFY(ideOut.count() == 1 || ideOut.wait(safetyNetMs(10000)));
        QVERIFY(!engine.isExternalAttached());
        fx.dispatch(R"({"name":"alone"})");
        QVERIFY(fx.waitForResults(2));
        QCOMPARE(object(fx.results.list.at(1).payload).value(u"msg").toString(), QStringLiteral("hi alone"));
        QCOMPARE(failed.count(), 0);
    }

    // The outside debugger's port is taken: failed() names it.
    void proxyPortInUse()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress(QHostAddress::LocalHost), 0));
        DapEngine engine;
        QSignalSpy failed(&engine, &DebugEngine::failed);
        DebugEngine::Setup s;
        s.enginePort = freePort();
        s.externalPort = taken.serverPort();
        s.hostCodeRoot = s.runtimeCodeRoot = QStringLiteral("/tmp");
        engine.start(s);
        QCOMPARE(failed.count(), 0); // from the event loop, not inside start()
        QVERIFY(failed.wait(safetyNetMs(10000)));
        const QString message = failed.first().at(0).toString();
        QVERIFY2(message.contains(QString::number(s.externalPort)) && message.contains(QLatin1String("in use")),
                 qPrintable(message));
    }

    // pythonEngineDir: only debugpy and pydevd's modules, made once; the message when missing.
    void engineFolder()
    {
        QTemporaryDir fake, cache;
        QVERIFY(QDir().mkpath(fake.filePath(QStringLiteral("debugpy"))));
        QFile init(fake.filePath(QStringLiteral("debugpy/__init__.py")));
        QVERIFY(init.open(QIODevice::WriteOnly));
        init.close();
        // debugpy without pydevd is not enough.
        auto r = pythonengine::engineDir({fake.path()}, cache.path());
        QVERIFY(!r);
        QCOMPARE(r.error().message, QStringLiteral("Debugging Python functions needs debugpy: install Debian's "
                                                   "python3-debugpy (apt-get install python3-debugpy)"));
        for (const char *name : {"pydevd.py", "pydevd_tracing.py", "other_package.py"}) {
            QFile f(fake.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir().mkpath(fake.filePath(QStringLiteral("_pydevd_bundle"))));
        QVERIFY(QDir().mkpath(fake.filePath(QStringLiteral("requests"))));
        r = pythonengine::engineDir({QStringLiteral("/nonexistent"), fake.path()}, cache.path());
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QStringList names = QDir(*r).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("_pydevd_bundle"), QStringLiteral("debugpy"),
                                     QStringLiteral("pydevd.py"), QStringLiteral("pydevd_tracing.py")}));
        QVERIFY(QFileInfo(*r + QStringLiteral("/debugpy")).isSymLink());
        const auto again = pythonengine::engineDir({fake.path()}, cache.path());
        QVERIFY(again);
        QCOMPARE(*again, *r);
        QCOMPARE(QDir(cache.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDapEngine)
#include "tst_dapengine.moc"
