// A Node.js function debugged through the Backend, as the console does it (Backend::debugInvoke
// and the debug signals): breakpoint, variables, step, evaluate, continue; init code on a cold
// start; an uncaught exception; the timeout clock stopped while the debugger holds the handler.
#include "testsupport.h"

#include "backend.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace lambdesk;
using namespace lambdesk::debug;
using namespace testsupport;

namespace {

// Line numbers count from 1.
const char kHandler[] = "const loadedAt = Date.now();\n"                                 // 1
                        "export const handler = async (event, context) => {\n"           // 2
                        "  const greeting = 'hello ' + event.name;\n"                    // 3
                        "  const first = context.getRemainingTimeInMillis();\n"          // 4
                        "  const second = context.getRemainingTimeInMillis();\n"         // 5
                        "  if (event.fail) throw new TypeError('no ' + event.name);\n"   // 6
                        "  if (event.work) await new Promise((r) => setTimeout(r, event.work));\n" // 7
                        "  return { greeting, first, second, loadedAt };\n"              // 8
                        "};\n";

struct Fixture
{
    Fixture(int timeoutS = 60)
    {
        QFile f(code.filePath(QStringLiteral("app.mjs")));
        f.open(QIODevice::WriteOnly);
        f.write(kHandler);
        f.close();
        ok = bool(tb.create(tb.config(QStringLiteral("dbg"), RuntimeFamily::Node, QStringLiteral("app.handler"), 128, timeoutS),
                            code.path()));
    }

    // Starts a debugged invocation; its result lands in `results`.
    QString debug(const QByteArray &payload, Options options)
    {
        InvokeRequest request;
        request.function = QStringLiteral("dbg");
        request.payload = payload;
        request.requestId = QStringLiteral("dbg-%1").arg(++sent);
        tb.backend->debugInvoke(request, std::move(options), [this](Result<InvocationResult> r) {
            results.append(r.ok() ? r.value() : InvocationResult{});
            errors.append(r.ok() ? QString() : r.error().message);
        });
        return request.requestId;
    }
    Stop waitForStop(QSignalSpy &stops, int n)
    {
        if (!waitForSignals(stops, [&] { return stops.size() >= n; }, safetyNetMs(60000)))
            return {};
        return stops.at(n - 1).at(0).value<Stop>();
    }
    bool waitForResults(int n)
    {
        QSignalSpy finished(tb.backend.get(), &Backend::debugSessionEnded);
        return waitForSignals(finished, [&] { return results.size() >= n; }, safetyNetMs(60000))
            || results.size() >= n;
    }
    QList<Scope> scopes(const QString &session, qint64 frame)
    {
        auto r = waitForAnswer<Result<QList<Scope>>>([&](auto done) { tb.backend->debugScopes(session, frame, done); });
        return r && r->ok() ? r->value() : QList<Scope>{};
    }
    QList<Variable> variables(const QString &session, qint64 ref)
    {
        auto r = waitForAnswer<Result<QList<Variable>>>([&](auto done) { tb.backend->debugVariables(session, ref, done); });
        return r && r->ok() ? r->value() : QList<Variable>{};
    }
    QString evaluate(const QString &session, qint64 frame, const QString &expr)
    {
        auto r = waitForAnswer<Result<Variable>>([&](auto done) { tb.backend->debugEvaluate(session, frame, expr, done); });
        if (!r)
            return QStringLiteral("<no answer>");
        return r->ok() ? r->value().value : QStringLiteral("<error %1>").arg(r->error().message);
    }

    TestBackend tb;
    QTemporaryDir code;
    bool ok = false;
    int sent = 0;
    QList<InvocationResult> results;
    QStringList errors;
};

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

} // namespace

class TestDebugNode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void breakpointVariablesStepEvaluate()
    {
        Fixture fx;
        QVERIFY(fx.ok);
        QSignalSpy stops(fx.tb.backend.get(), &Backend::debugStopped);
        QSignalSpy continued(fx.tb.backend.get(), &Backend::debugContinued);
        Options options;
        options.breakpoints = {Breakpoint{QStringLiteral("app.mjs"), 3}};
        const QString session = fx.debug(R"({"name":"Ada","nested":{"k":1}})", options);

        Stop stop = fx.waitForStop(stops, 1);
        QCOMPARE(stop.sessionId, session);
        QCOMPARE(stop.function, QStringLiteral("dbg"));
        QCOMPARE(stop.reason, StopReason::Breakpoint);
        QCOMPARE(stop.frames.value(0).file, QStringLiteral("app.mjs"));
        QCOMPARE(stop.frames.value(0).line, 3);
        QVERIFY(!stop.inInit);

        const QList<Scope> scopes = fx.scopes(session, stop.frames.first().id);
        QVERIFY(!scopes.isEmpty());
        const QList<Variable> locals = fx.variables(session, scopes.first().reference);
        QCOMPARE(valueOf(locals, QStringLiteral("greeting")), QStringLiteral("undefined"));
        const QList<Variable> event = fx.variables(session, referenceOf(locals, QStringLiteral("event")));
        QCOMPARE(valueOf(event, QStringLiteral("name")), QStringLiteral("'Ada'"));

        QVERIFY(fx.tb.backend->debugResume(session, Step::Over));
        stop = fx.waitForStop(stops, 2);
        QCOMPARE(stop.reason, StopReason::Step);
        QCOMPARE(stop.frames.value(0).line, 4);
        QCOMPARE(fx.evaluate(session, stop.frames.first().id, QStringLiteral("greeting")), QStringLiteral("'hello Ada'"));
        QCOMPARE(fx.evaluate(session, stop.frames.first().id, QStringLiteral("event.nested")), QStringLiteral("{k: 1}"));

        QVERIFY(fx.tb.backend->debugResume(session, Step::Continue));
        QVERIFY(fx.waitForResults(1));
        QVERIFY2(fx.errors.first().isEmpty(), qPrintable(fx.errors.first()));
        const InvocationResult r = fx.results.first();
        QVERIFY2(!r.isError(), r.payload.constData());
        QCOMPARE(object(r.payload).value(u"greeting").toString(), QStringLiteral("hello Ada"));
        QVERIFY(r.debugged);
        QVERIFY(!continued.isEmpty());
    }

    // Module-level code: with freshEnvironment the runtime waits for the breakpoints before it
    // loads the handler.
    void breakpointInInit()
    {
        Fixture fx;
        QVERIFY(fx.ok);
        QSignalSpy stops(fx.tb.backend.get(), &Backend::debugStopped);
        Options options;
        options.breakpoints = {Breakpoint{QStringLiteral("app.mjs"), 1}};
        options.freshEnvironment = true;
        const QString session = fx.debug(R"({"name":"init"})", options);
        const Stop stop = fx.waitForStop(stops, 1);
        QCOMPARE(stop.reason, StopReason::Breakpoint);
        QCOMPARE(stop.frames.value(0).line, 1);
        QVERIFY(stop.inInit);
        QVERIFY(fx.tb.backend->debugResume(session, Step::Continue));
        QVERIFY(fx.waitForResults(1));
        QVERIFY2(!fx.results.first().isError(), fx.results.first().payload.constData());
    }

    void uncaughtExceptionStops()
    {
        Fixture fx;
        QVERIFY(fx.ok);
        QSignalSpy stops(fx.tb.backend.get(), &Backend::debugStopped);
        const QString session = fx.debug(R"({"name":"Bob","fail":true})", Options{});
        const Stop stop = fx.waitForStop(stops, 1);
        QCOMPARE(stop.reason, StopReason::Exception);
        QCOMPARE(stop.text, QStringLiteral("TypeError: no Bob"));
        QCOMPARE(stop.frames.value(0).line, 6);
        QVERIFY(fx.results.isEmpty());
        QVERIFY(fx.tb.backend->debugResume(session, Step::Continue));
        QVERIFY(fx.waitForResults(1));
        QVERIFY(fx.results.first().isError());
        QCOMPARE(fx.results.first().errorType, QStringLiteral("TypeError"));
    }

    // The timeout clock stops while the debugger holds the handler: held past the 1 s timeout,
    // the invocation is still there; after continue its own work (2 s) times out.
    // getRemainingTimeInMillis() read twice while stopped is the same value.
    void timeoutStopsWhileStopped()
    {
        Fixture fx(1);
        QVERIFY(fx.ok);
        QSignalSpy stops(fx.tb.backend.get(), &Backend::debugStopped);
        QSignalSpy ended(fx.tb.backend.get(), &Backend::debugSessionEnded);
        Options options;
        options.breakpoints = {Breakpoint{QStringLiteral("app.mjs"), 4}};
        const QString session = fx.debug(R"({"name":"slow","work":2000})", options);
        Stop stop = fx.waitForStop(stops, 1);
        QCOMPARE(stop.frames.value(0).line, 4);
        const QString first = fx.evaluate(session, stop.frames.first().id, QStringLiteral("context.getRemainingTimeInMillis()"));
        const QString second = fx.evaluate(session, stop.frames.first().id, QStringLiteral("context.getRemainingTimeInMillis()"));
        QCOMPARE(first, second);
        QVERIFY2(first.toLongLong() > 0 && first.toLongLong() <= 1000, qPrintable(first));

        // Held longer than the timeout: nothing ends (this wait is the held interval).
        QVERIFY(!ended.wait(1500));
        QVERIFY(fx.results.isEmpty());
        QVERIFY(fx.tb.backend->debugSessions().contains(session));

        QVERIFY(fx.tb.backend->debugResume(session, Step::Continue));
        QVERIFY(fx.waitForResults(1));
        const InvocationResult r = fx.results.first();
        QVERIFY(r.isError());
        QVERIFY2(r.payload.contains("Task timed out after 1.00 seconds"), r.payload.constData());
        QVERIFY(r.debugged);
        QVERIFY2(r.debugStoppedMs >= 1000, QByteArray::number(r.debugStoppedMs).constData()); // longer than the timeout
    }
};

QTEST_GUILESS_MAIN(TestDebugNode)
#include "tst_debugnode.moc"
