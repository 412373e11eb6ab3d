// The Node.js debug engine (CdpEngine) in real debug sessions: a Node environment started with
// _LAMBDESK_DEBUG_PORT (the bootstrap opens Node's inspector and waits), the engine connected
// from the test, without the Backend's debug plumbing.
#include "testsupport.h"

#include "debug/cdpengine.h"
#include "runtime/debugenv.h"
#include "runtime/environmentpool.h"
#include "runtime/executionenvironment.h"
#include "runtime/resourcelimits.h"
#include "runtime/runtimeapiserver.h"
#include "runtime/runtimedetection.h"

#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace lambdesk;
using namespace lambdesk::debug;
using namespace testsupport;

namespace {

// Line numbers below count from 1.
const char kModule[] = "const started = 'module-level';\n"                          // 1
                       "export const handler = async (event, context) => {\n"       // 2
                       "  const greeting = 'hello ' + event.name;\n"                // 3
                       "  const doubled = event.n * 2;\n"                           // 4
                       "  if (event.throwIt) { await null; throw new TypeError('bad input ' + event.n); }\n" // 5
                       "  if (event.catchIt) { try { JSON.parse('{'); } catch (e) { /* fine */ } }\n" // 6
                       "  if (event.pause) debugger;\n"                             // 7
                       "  const left = context.getRemainingTimeInMillis();\n"       // 8
                       "  return { greeting, doubled, started, left };\n"           // 9
                       "};\n";
const char kCommonJs[] = "let initCount = 0;\n"                                     // 1
                         "initCount += 1;\n"                                        // 2
                         "exports.handler = (event, context, callback) => {\n"      // 3
                         "  const local = event.n + 1;\n"                           // 4
                         "  const more = local * 10;\n"                             // 5
                         "  if (event.throwIt) throw new RangeError('sync boom');\n" // 6
                         "  callback(null, { local, more, initCount });\n"          // 7
                         "};\n";

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QString valueOf(const QList<Variable> &vars, const QString &name)
{
    for (const Variable &v : vars) {
        if (v.name == name)
            return v.value;
    }
    return QStringLiteral("<missing %1>").arg(name);
}

qint64 referenceOf(const QList<Variable> &vars, const QString &name)
{
    for (const Variable &v : vars) {
        if (v.name == name)
            return v.reference;
    }
    return 0;
}

struct Session
{
    Session(const QString &file, const QString &handler, bool external = false)
    {
        const QString path = code.filePath(file);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(file.endsWith(QLatin1String(".mjs")) ? kModule : kCommonJs);
        f.close();
        port = freePort();
        runtime = detection.catalog().preferred(RuntimeFamily::Node);
        spec.functionName = QStringLiteral("f");
        if (runtime)
            spec.runtime = *runtime;
        spec.handler = handler;
        spec.codeDir = code.path();
        spec.runtimeDir = QStringLiteral(LAMBDESK_SOURCE_DIR "/resources/runtimes");
        spec.scratchRoot = scratch.path();
        spec.timeoutS = 600;
        spec.environment.insert(QString::fromLatin1(debugenv::kPort), QString::number(port));
        spec.environment.insert(QString::fromLatin1(debugenv::kClock), scratch.filePath(QStringLiteral("clock")));
        setup.enginePort = port;
        setup.externalPort = external ? port : 0;
        setup.hostCodeRoot = code.path();
        setup.runtimeCodeRoot = code.path();
        setup.connectTimeoutMs = safetyNetMs(30000);
        pool = std::make_unique<EnvironmentPool>(control.get(), &server);
    }
    ~Session() { engine.detach(); }

    void dispatch(const QByteArray &payload)
    {
        runtimeapi::Event e;
        e.requestId = QStringLiteral("req-%1").arg(++sent);
        e.payload = payload;
        e.traceId = QStringLiteral("Root=1-0-0");
        pool->dispatch(QStringLiteral("f"), spec, e, [this](InvocationResult r) { results.append(r); });
    }
    bool waitForResults(int n)
    {
        QSignalSpy changed(pool.get(), &EnvironmentPool::environmentsChanged);
        return waitForSignals(changed, [&] { return results.size() >= n; }, safetyNetMs(60000));
    }
    Stop waitForStop(QSignalSpy &stops, int n)
    {
        if (!waitForSignals(stops, [&] { return stops.size() >= n; }, safetyNetMs(30000)))
            return {};
        return stops.at(n - 1).at(0).value<Stop>();
    }
    template<typename T>
    static std::optional<Result<T>> wait(const std::function<void(std::function<void(Result<T>)>)> &call)
    {
        std::optional<Result<T>> out;
        QEventLoop loop;
        call([&](Result<T> r) {
            out.emplace(std::move(r));
            loop.quit();
        });
        if (!out)
            loop.exec();
        return out;
    }
    QList<Variable> variables(qint64 reference)
    {
        auto r = wait<QList<Variable>>([&](auto done) { engine.variables(reference, done); });
        return r && r->ok() ? r->value() : QList<Variable>{};
    }
    QList<Scope> scopes(qint64 frame)
    {
        auto r = wait<QList<Scope>>([&](auto done) { engine.scopes(frame, done); });
        return r && r->ok() ? r->value() : QList<Scope>{};
    }
    Result<Variable> evaluate(qint64 frame, const QString &expression)
    {
        auto r = wait<Variable>([&](auto done) { engine.evaluate(frame, expression, done); });
        return r ? *r : Result<Variable>(Error::internal(QStringLiteral("no answer")));
    }

    QTemporaryDir code, scratch;
    RuntimeDetection detection;
    const RuntimeInfo *runtime = nullptr;
    EnvironmentSpec spec;
    quint16 port = 0;
    DebugEngine::Setup setup;
    RuntimeApiServer server;
    std::unique_ptr<ResourceControl> control = ResourceControl::watchdog();
    std::unique_ptr<EnvironmentPool> pool;
    CdpEngine engine;
    QList<InvocationResult> results;
    int sent = 0;
};

} // namespace

class TestCdpEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void breakpointStepEvaluate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("localValue");
        QTest::addColumn<QString>("evaluated");
        QTest::addColumn<QString>("evaluatedValue");
        QTest::newRow("es module") << QStringLiteral("app.mjs") << 3 << QStringLiteral("greeting")
                                   << QStringLiteral("undefined") << QStringLiteral("greeting")
                                   << QStringLiteral("'hello world'");
        QTest::newRow("commonjs") << QStringLiteral("app.js") << 4 << QStringLiteral("local")
                                  << QStringLiteral("undefined") << QStringLiteral("local * 2")
                                  << QStringLiteral("86");
    }
    void breakpointStepEvaluate()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, local);
        QFETCH(QString, localValue);
        QFETCH(QString, evaluated);
        QFETCH(QString, evaluatedValue);
        Session s(file, QStringLiteral("app.handler"));
        QVERIFY2(s.runtime, "Node.js is not installed");
        s.setup.breakpoints = {Breakpoint{file, line}};
        QSignalSpy attached(&s.engine, &DebugEngine::attached);
        QSignalSpy failed(&s.engine, &DebugEngine::failed);
        QSignalSpy stops(&s.engine, &DebugEngine::stopped);
        QSignalSpy continued(&s.engine, &DebugEngine::continued);
        s.dispatch(R"({"name":"world","n":42,"nested":{"a":1,"b":"x"}})");
        s.engine.start(s.setup);
        QVERIFY(attached.wait(safetyNetMs(30000)) || !attached.isEmpty());
        QVERIFY(failed.isEmpty());

        Stop stop = s.waitForStop(stops, 1);
        QCOMPARE(stop.reason, StopReason::Breakpoint);
        QVERIFY(!stop.frames.isEmpty());
        QCOMPARE(stop.frames.first().file, file);
        QCOMPARE(stop.frames.first().line, line);
        QVERIFY(stop.frames.first().user);
        QCOMPARE(stop.frames.first().path, s.code.filePath(file));
        QVERIFY(s.engine.isStopped());

        const QList<Scope> scopes = s.scopes(stop.frames.first().id);
        QVERIFY(!scopes.isEmpty());
        QCOMPARE(scopes.first().name, QStringLiteral("Local"));
        QVERIFY(!scopes.first().expensive);
        QVERIFY(scopes.last().expensive); // Global
        const QList<Variable> locals = s.variables(scopes.first().reference);
        QCOMPARE(valueOf(locals, local), localValue);
        const qint64 eventRef = referenceOf(locals, QStringLiteral("event"));
        QVERIFY(eventRef != 0);
        QCOMPARE(valueOf(locals, QStringLiteral("event")),
                 QStringLiteral("{name: 'world', n: 42, nested: {…}}"));
        const QList<Variable> event = s.variables(eventRef);
        QCOMPARE(valueOf(event, QStringLiteral("name")), QStringLiteral("'world'"));
        QCOMPARE(valueOf(event, QStringLiteral("n")), QStringLiteral("42"));
        QCOMPARE(valueOf(s.variables(referenceOf(event, QStringLiteral("nested"))), QStringLiteral("b")),
                 QStringLiteral("'x'"));

        s.engine.resume(Step::Over);
        QVERIFY(continued.wait(safetyNetMs(30000)) || !continued.isEmpty());
        stop = s.waitForStop(stops, 2);
        QCOMPARE(stop.reason, StopReason::Step);
        QCOMPARE(stop.frames.first().line, line + 1);
        const Result<Variable> value = s.evaluate(stop.frames.first().id, evaluated);
        QVERIFY2(value.ok(), value.ok() ? "" : qPrintable(value.error().message));
        QCOMPARE(value->value, evaluatedValue);
        const Result<Variable> object = s.evaluate(stop.frames.first().id, QStringLiteral("event.nested"));
        QVERIFY(object.ok());
        QCOMPARE(object->value, QStringLiteral("{a: 1, b: 'x'}"));
        QVERIFY(object->reference != 0);
        const Result<Variable> bad = s.evaluate(stop.frames.first().id, QStringLiteral("nope.x"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("ReferenceError")), qPrintable(bad.error().message));

        s.engine.resume(Step::Continue);
        QVERIFY(s.waitForResults(1));
        QVERIFY2(!s.results.first().isError(), s.results.first().payload.constData());
        QCOMPARE(stops.size(), 2);
        QVERIFY(waitForSignals(continued, [&] { return continued.size() >= 2; }, safetyNetMs(10000)));
        QVERIFY(!s.engine.isStopped());
    }

    // Module-level code runs under the debugger on a cold start: the runtime waits for the
    // breakpoints before it loads the handler.
    void breakpointInInit_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("es module") << QStringLiteral("app.mjs") << 1;
        QTest::newRow("commonjs") << QStringLiteral("app.js") << 2;
    }
    void breakpointInInit()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        Session s(file, QStringLiteral("app.handler"));
        QVERIFY2(s.runtime, "Node.js is not installed");
        s.setup.breakpoints = {Breakpoint{file, line}};
        QSignalSpy stops(&s.engine, &DebugEngine::stopped);
        s.dispatch(R"({"name":"init","n":1})");
        s.engine.start(s.setup);
        const Stop stop = s.waitForStop(stops, 1);
        QCOMPARE(stop.reason, StopReason::Breakpoint);
        QCOMPARE(stop.frames.value(0).file, file);
        QCOMPARE(stop.frames.value(0).line, line);
        QVERIFY(s.results.isEmpty());
        s.engine.resume(Step::Continue);
        QVERIFY(s.waitForResults(1));
        QVERIFY2(!s.results.first().isError(), s.results.first().payload.constData());
    }

    // An exception that escapes the handler stops (before the runtime reports it); then the
    // invocation fails as usual.
    void uncaughtExceptionStops_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<int>("line");
        QTest::newRow("async rejection") << QStringLiteral("app.mjs") << QStringLiteral("TypeError: bad input 7")
                                         << QStringLiteral("TypeError") << 5;
        QTest::newRow("sync throw") << QStringLiteral("app.js") << QStringLiteral("RangeError: sync boom")
                                    << QStringLiteral("RangeError") << 6;
    }
    void uncaughtExceptionStops()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(QString, errorType);
        QFETCH(int, line);
        Session s(file, QStringLiteral("app.handler"));
        QVERIFY2(s.runtime, "Node.js is not installed");
        QSignalSpy stops(&s.engine, &DebugEngine::stopped);
        s.dispatch(R"({"name":"x","n":7,"throwIt":true})");
        s.engine.start(s.setup);
        const Stop stop = s.waitForStop(stops, 1);
        QCOMPARE(stop.reason, StopReason::Exception);
        QCOMPARE(stop.text, text);
        QCOMPARE(stop.frames.value(0).file, file);
        QCOMPARE(stop.frames.value(0).line, line);
        QVERIFY(s.results.isEmpty());
        s.engine.resume(Step::Continue);
        QVERIFY(s.waitForResults(1));
        QVERIFY(s.results.first().isError());
        QCOMPARE(s.results.first().errorType, errorType);
        QCOMPARE(stops.size(), 1);
        // The environment goes on serving (the error was the invocation's, not the process's).
        s.dispatch(R"({"name":"again","n":1})");
        QVERIFY(s.waitForResults(2));
        QVERIFY2(!s.results.at(1).isError(), s.results.at(1).payload.constData());
    }

    // An exception the handler catches itself never stops; with the switch off neither does an
    // escaping one.
    void caughtExceptionDoesNotStop()
    {
        Session s(QStringLiteral("app.mjs"), QStringLiteral("app.handler"));
        QVERIFY2(s.runtime, "Node.js is not installed");
        QSignalSpy stops(&s.engine, &DebugEngine::stopped);
        s.dispatch(R"({"name":"x","n":1,"catchIt":true})");
        s.engine.start(s.setup);
        QVERIFY(s.waitForResults(1));
        QVERIFY2(!s.results.first().isError(), s.results.first().payload.constData());
        s.engine.setBreakOnUncaught(false);
        // The inspector answers in order: once this evaluation answers, the switch is applied.
        QVERIFY(s.evaluate(0, QStringLiteral("1")).ok());
        s.dispatch(R"({"name":"x","n":2,"throwIt":true})");
        const bool second = s.waitForResults(2);
        if (!second) {
            for (const auto *e : s.pool->findChildren<ExecutionEnvironment *>())
                qWarning() << "environment" << int(e->state());
        }
        QVERIFY(second);
        QVERIFY(s.results.at(1).isError());
        QCOMPARE(stops.size(), 0);
    }

    // A logpoint writes its message (to output() and the function's log) and never stops; a
    // condition stops only when true; setBreakpoints replaces the set.
    void logpointsAndConditions()
    {
        Session s(QStringLiteral("app.mjs"), QStringLiteral("app.handler"));
        QVERIFY2(s.runtime, "Node.js is not installed");
        Breakpoint log{QStringLiteral("app.mjs"), 4};
        log.logMessage = QStringLiteral("greeting is {greeting}, n={event.n}");
        Breakpoint conditional{QStringLiteral("app.mjs"), 9};
        conditional.condition = QStringLiteral("event.n > 5");
        Breakpoint disabled{QStringLiteral("app.mjs"), 3};
        disabled.enabled = false;
        s.setup.breakpoints = {log, conditional, disabled};
        QSignalSpy stops(&s.engine, &DebugEngine::stopped);
        QSignalSpy output(&s.engine, &DebugEngine::output);
        s.dispatch(R"({"name":"log","n":3})");
        s.engine.start(s.setup);
        QVERIFY(s.waitForResults(1));
        QVERIFY2(!s.results.first().isError(), s.results.first().payload.constData());
        QCOMPARE(stops.size(), 0);
        QVERIFY(waitForSignals(output, [&] { return !output.isEmpty(); }, safetyNetMs(10000)));
        QCOMPARE(output.first().at(0).toString(), QStringLiteral("console"));
        QCOMPARE(output.first().at(1).toString(), QStringLiteral("greeting is hello log, n=3"));
        bool inLog = false;
        for (const LogLine &l : s.results.first().logs)
            inLog = inLog || l.text.contains(QLatin1String("greeting is hello log, n=3"));
        QVERIFY(inLog);

        s.dispatch(R"({"name":"big","n":9})");
        Stop stop = s.waitForStop(stops, 1);
        QCOMPARE(stop.frames.value(0).line, 9);
        s.engine.setBreakpoints({Breakpoint{QStringLiteral("app.mjs"), 4}}); // replaces all
        s.engine.resume(Step::Continue);
        QVERIFY(s.waitForResults(2));
        s.dispatch(R"({"name":"big","n":9})");
        stop = s.waitForStop(stops, 2);
        QCOMPARE(stop.frames.value(0).line, 4);
        s.engine.resume(Step::Continue);
        QVERIFY(s.waitForResults(3));
        QCOMPARE(stops.size(), 2);
    }

    // context.getRemainingTimeInMillis() reads the debug clock Lambdesk writes: frozen while
    // stopped, a deadline while running, the header's deadline without the file.
    void remainingTimeReadsTheDebugClock()
    {
        Session s(QStringLiteral("app.mjs"), QStringLiteral("app.handler"));
        QVERIFY2(s.runtime, "Node.js is not installed");
        const QString clock = s.scratch.filePath(QStringLiteral("clock"));
        auto writeClock = [&](const QByteArray &text) {
            QFile f(clock);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        writeClock("stop 12345\n");
        s.dispatch(R"({"name":"t","n":1})");
        s.engine.start(s.setup);
        QVERIFY(s.waitForResults(1));
        QCOMPARE(object(s.results.at(0).payload).value(u"left").toInteger(), 12345);

        const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + 500000;
        writeClock("run " + QByteArray::number(deadline));
        s.dispatch(R"({"name":"t","n":2})");
        QVERIFY(s.waitForResults(2));
        const qint64 running = object(s.results.at(1).payload).value(u"left").toInteger();
        QVERIFY2(running > 0 && running <= 500000, QByteArray::number(running).constData());

        QFile::remove(clock);
        s.dispatch(R"({"name":"t","n":3})");
        QVERIFY(s.waitForResults(3));
        const qint64 header = object(s.results.at(2).payload).value(u"left").toInteger();
        QVERIFY2(header > 0 && header <= 600000, QByteArray::number(header).constData()); // timeoutS 600
    }

    // External mode: an outside debugger (Node's own CLI debugger, `node inspect`) drives; the
    // engine's second session only watches and reports its pauses.
    void watchingSessionSeesAnOutsideDebugger()
    {
        Session s(QStringLiteral("app.mjs"), QStringLiteral("app.handler"), true);
        QVERIFY2(s.runtime, "Node.js is not installed");
        QSignalSpy attached(&s.engine, &DebugEngine::attached);
        QSignalSpy external(&s.engine, &DebugEngine::externalAttached);
        QSignalSpy stops(&s.engine, &DebugEngine::stopped);
        QSignalSpy continued(&s.engine, &DebugEngine::continued);
        s.dispatch(R"({"name":"ide","n":5,"pause":true})");
        s.engine.start(s.setup);
        QVERIFY(waitForSignals(attached, [&] { return !attached.isEmpty(); }, safetyNetMs(30000)));
        QVERIFY(external.isEmpty()); // nobody let the runtime go yet
        QVERIFY(s.results.isEmpty());

        QProcess ide;
        ide.setProcessChannelMode(QProcess::MergedChannels);
        QByteArray ideOutput;
        QObject::connect(&ide, &QProcess::readyRead, &ide, [&] { ideOutput += ide.readAll(); });
        ide.start(s.runtime->executable, {QStringLiteral("inspect"), QStringLiteral("127.0.0.1:%1").arg(s.port)});
        QVERIFY(ide.waitForStarted());
        QVERIFY(waitForSignals(external, [&] { return !external.isEmpty(); }, safetyNetMs(30000)));
        QVERIFY(s.engine.isExternalAttached());

        // Every stop the outside debugger makes reaches the watcher; at the handler's `debugger`
        // statement the outside debugger evaluates a local and goes on.
        bool sawHandlerStop = false;
        QSignalSpy ideRead(&ide, &QProcess::readyRead);
        while (s.results.isEmpty()) {
            const int n = stops.size() + 1;
            QVERIFY(waitForSignals(stops, [&] { return stops.size() >= n || !s.results.isEmpty(); }, safetyNetMs(30000)));
            if (!s.results.isEmpty())
                break;
            const Stop stop = stops.constLast().at(0).value<Stop>();
            if (stop.frames.value(0).file == QLatin1String("app.mjs") && stop.frames.value(0).line == 7) {
                sawHandlerStop = true;
                QVERIFY(s.engine.isStopped());
                // node inspect prints the stop ("break in app.mjs:7") and a prompt: it knows the
                // frame from then on.
                QVERIFY2(waitForSignals(ideRead, [&] {
                    const qsizetype at = ideOutput.lastIndexOf("break in ");
                    return at >= 0 && ideOutput.indexOf("debug> ", at) > at;
                }, safetyNetMs(10000)), ideOutput.constData());
                ide.write("exec greeting\n");
                QVERIFY2(waitForSignals(ideRead, [&] { return ideOutput.contains("hello ide"); }, safetyNetMs(10000)), ideOutput.constData());
            }
            const int c = continued.size() + 1;
            ide.write("cont\n");
            QVERIFY(waitForSignals(continued, [&] { return continued.size() >= c; }, safetyNetMs(30000)));
        }
        QVERIFY(sawHandlerStop);
        QVERIFY(s.waitForResults(1));
        QVERIFY2(!s.results.first().isError(), s.results.first().payload.constData());
        ide.write(".exit\n");
        ide.closeWriteChannel();
        if (!ide.waitForFinished(safetyNetMs(10000)))
            ide.kill();
        ide.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestCdpEngine)
#include "tst_cdpengine.moc"
