// A real Python debug session driven through the Backend, as the console drives it
// (Backend::debugInvoke and the debug signals): a breakpoint, a local and an event field, a
// step, an evaluation, continue and the response; a breakpoint in init code on a fresh
// environment; an uncaught exception stop; the timeout clock held while stopped, and running
// again after continue.
#include "testsupport.h"

#include "debug/debugtypes.h"

#include <QSignalSpy>

using namespace lambdesk;
using namespace testsupport;

// Says when a debug invocation's answer came.
class Ended : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void finished();
};

namespace {

// Line numbers matter: the tests set breakpoints on them.
const char kApp[] = "import time\n"                                         // 1
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
                    "    return {'msg': msg}\n"                             // 12
                    "\n"                                                    // 13
                    "def slow(event, context):\n"                           // 14
                    "    before = context.get_remaining_time_in_millis()\n" // 15
                    "    held = True\n"                                     // 16
                    "    while held:\n"                                     // 17
                    "        time.sleep(0.02)\n"                            // 18
                    "    return before\n";                                  // 19

debug::Breakpoint at(int line)
{
    return debug::Breakpoint{QStringLiteral("app.py"), line, {}, {}, true};
}

struct Session
{
    explicit Session(TestBackend &tb) : backend(*tb.backend) {}

    // Starts a debug invocation; its result lands in `result`.
    QString start(const QString &function, const QByteArray &payload, debug::Options options)
    {
        InvokeRequest request;
        request.function = function;
        request.payload = payload;
        request.requestId = QStringLiteral("dbg-%1").arg(++count);
        result.reset();
        backend.debugInvoke(request, std::move(options), [this](Result<InvocationResult> r) {
            result = std::move(r);
            Q_EMIT ended.finished();
        });
        return request.requestId;
    }
    bool waitForResult()
    {
        QSignalSpy spy(&ended, &Ended::finished);
        return waitForSignals(
            spy, [&] { return result.has_value(); }, safetyNetMs(60000));
    }
    std::optional<debug::Stop> nextStop(QSignalSpy &stopped)
    {
        if (stopped.isEmpty() && !stopped.wait(safetyNetMs(60000)))
            return std::nullopt;
        return stopped.takeFirst().at(0).value<debug::Stop>();
    }
    QList<debug::Variable> variables(const QString &session, qint64 reference)
    {
        const auto r = waitForAnswer<Result<QList<debug::Variable>>>(
            [&](auto done) { backend.debugVariables(session, reference, done); });
        return r && r->ok() ? r->value() : QList<debug::Variable>{};
    }
    QList<debug::Variable> locals(const QString &session, qint64 frameId)
    {
        const auto scopes = waitForAnswer<Result<QList<debug::Scope>>>(
            [&](auto done) { backend.debugScopes(session, frameId, done); });
        if (!scopes || !scopes->ok() || scopes->value().isEmpty())
            return {};
        return variables(session, scopes->value().first().reference);
    }
    Result<debug::Variable> evaluate(const QString &session, qint64 frameId, const QString &expression)
    {
        const auto r = waitForAnswer<Result<debug::Variable>>(
            [&](auto done) { backend.debugEvaluate(session, frameId, expression, done); });
        if (!r)
            return Error::internal(QStringLiteral("no answer"));
        return *r;
    }

    // What the invocation said, for a failure's message.
    QByteArray describe() const
    {
        if (!result)
            return "no answer yet";
        if (!*result)
            return result->error().message.toUtf8();
        QByteArray text = result->value().payload;
        for (const LogLine &line : result->value().logs)
            text += '\n' + line.text.toUtf8();
        return text;
    }

    Backend &backend;
    Ended ended;
    std::optional<Result<InvocationResult>> result;
    int count = 0;
};

std::optional<debug::Variable> find(const QList<debug::Variable> &vars, const QString &name)
{
    for (const debug::Variable &v : vars) {
        if (v.name == name)
            return v;
    }
    return std::nullopt;
}

} // namespace

class TestDebugPython : public QObject
{
    Q_OBJECT

    QTemporaryDir m_code;

    bool createFunction(TestBackend &tb, const QString &name, const QString &handler, int timeout)
    {
        QFile f(m_code.filePath(QStringLiteral("app.py")));
        if (!f.exists()) {
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write(kApp);
            f.close();
        }
        return bool(tb.create(tb.config(name, RuntimeFamily::Python, handler, 256, timeout), m_code.path()));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<debug::Stop>(); }

    // Breakpoint, a local and an event field, a step, evaluate, continue and the response; then
    // the warm debug environment serves the next Debug.
    void breakpointStepEvaluateContinue()
    {
        TestBackend tb;
        QVERIFY(createFunction(tb, QStringLiteral("dbg"), QStringLiteral("app.handler"), 30));
        QVERIFY(tb.backend->setBreakpoints(QStringLiteral("dbg"), {at(9)}));
        Session s(tb);
        QSignalSpy started(tb.backend.get(), &Backend::debugSessionStarted);
        QSignalSpy stopped(tb.backend.get(), &Backend::debugStopped);
        QSignalSpy continued(tb.backend.get(), &Backend::debugContinued);
        QSignalSpy sessionEnded(tb.backend.get(), &Backend::debugSessionEnded);

        for (int round = 1; round <= 2; ++round) {
            debug::Options options;
            options.breakpoints = tb.backend->breakpoints(QStringLiteral("dbg")).value();
            const QString id = s.start(QStringLiteral("dbg"), R"({"name":"bob","nested":{"k":[1,2,3]}})", options);
            auto stop = s.nextStop(stopped);
            QVERIFY2(stop, s.describe().constData());
            QCOMPARE(started.count(), round);
            QCOMPARE(stop->sessionId, id);
            QCOMPARE(stop->function, QStringLiteral("dbg"));
            QCOMPARE(stop->reason, debug::StopReason::Breakpoint);
            QVERIFY(!stop->inInit);
            QCOMPARE(stop->frames.first().file, QStringLiteral("app.py"));
            QCOMPARE(stop->frames.first().line, 9);
            QCOMPARE(stop->frames.first().name, QStringLiteral("handler"));
            QVERIFY(tb.backend->debugSessions().contains(id));

            const QList<debug::Variable> locals = s.locals(id, stop->frames.first().id);
            const auto name = find(locals, QStringLiteral("name"));
            QVERIFY(name);
            QCOMPARE(name->value, QStringLiteral("'bob'"));
            const auto event = find(locals, QStringLiteral("event"));
            QVERIFY(event && event->reference != 0);
            const auto nested = find(s.variables(id, event->reference), QStringLiteral("'nested'"));
            QVERIFY(nested && nested->reference != 0);
            const auto k = find(s.variables(id, nested->reference), QStringLiteral("'k'"));
            QVERIFY(k);
            QCOMPARE(k->value, QStringLiteral("[1, 2, 3]"));

            const int continuedBefore = int(continued.count());
            QVERIFY(tb.backend->debugResume(id, debug::Step::Over));
            stop = s.nextStop(stopped);
            QVERIFY(stop);
            QVERIFY(continued.count() > continuedBefore);
            QCOMPARE(stop->reason, debug::StopReason::Step);
            QCOMPARE(stop->frames.first().line, 10);

            const Result<debug::Variable> upper = s.evaluate(id, stop->frames.first().id, QStringLiteral("msg.upper()"));
            QVERIFY2(upper, upper ? "" : qPrintable(upper.error().message));
            QCOMPARE(upper->value, QStringLiteral("'HI BOB'"));

            QVERIFY(tb.backend->debugResume(id, debug::Step::Continue));
            QVERIFY(s.waitForResult());
            QVERIFY2(*s.result, *s.result ? "" : qPrintable(s.result->error().message));
            const InvocationResult &r = s.result->value();
            QVERIFY2(!r.isError(), r.payload.constData());
            QCOMPARE(object(r.payload).value(u"msg").toString(), QStringLiteral("hi bob"));
            QCOMPARE(r.requestId, id);
            QVERIFY(r.debugged);
            QVERIFY(r.debugStoppedMs > 0);
            QVERIFY2(r.logs.constLast().text.contains(QLatin1String("\tDebugger: stopped ")),
                     qPrintable(r.logs.constLast().text));
            QCOMPARE(r.initDurationMs.has_value(), round == 1); // the second Debug is warm
            QCOMPARE(sessionEnded.count(), round);
            QVERIFY(!tb.backend->debugSessions().contains(id));
        }
    }

    // A breakpoint in module-level code stops on a fresh environment (init runs under the
    // debugger).
    void breakpointInInitCode()
    {
        TestBackend tb;
        QVERIFY(createFunction(tb, QStringLiteral("init"), QStringLiteral("app.handler"), 30));
        Session s(tb);
        QSignalSpy stopped(tb.backend.get(), &Backend::debugStopped);
        debug::Options options;
        options.breakpoints = {at(2)};
        options.freshEnvironment = true;
        const QString id = s.start(QStringLiteral("init"), "{}", options);
        const auto stop = s.nextStop(stopped);
        QVERIFY2(stop, s.describe().constData());
        QCOMPARE(stop->sessionId, id);
        QVERIFY(stop->inInit);
        QCOMPARE(stop->frames.first().name, QStringLiteral("<module>"));
        QCOMPARE(stop->frames.first().line, 2);
        QVERIFY(tb.backend->debugResume(id, debug::Step::Continue));
        QVERIFY(s.waitForResult());
        QVERIFY(*s.result);
        QVERIFY2(!s.result->value().isError(), s.result->value().payload.constData());
        QVERIFY(s.result->value().initDurationMs.has_value());
    }

    // An exception escaping the handler stops at the raising line, with its type and message;
    // continuing, the invocation fails as usual.
    void uncaughtExceptionStops()
    {
        TestBackend tb;
        QVERIFY(createFunction(tb, QStringLiteral("fails"), QStringLiteral("app.handler"), 30));
        Session s(tb);
        QSignalSpy stopped(tb.backend.get(), &Backend::debugStopped);
        const QString id = s.start(QStringLiteral("fails"), R"({"fail":true,"name":"x"})", debug::Options{});
        const auto stop = s.nextStop(stopped);
        QVERIFY2(stop, s.describe().constData());
        QCOMPARE(stop->reason, debug::StopReason::Exception);
        QCOMPARE(stop->text, QStringLiteral("ValueError: bad value x"));
        QCOMPARE(stop->frames.first().name, QStringLiteral("helper"));
        QCOMPARE(stop->frames.first().line, 5);
        QVERIFY(tb.backend->debugResume(id, debug::Step::Continue));
        QVERIFY(s.waitForResult());
        QVERIFY(*s.result);
        const InvocationResult &r = s.result->value();
        QVERIFY(r.isError());
        QCOMPARE(r.errorType, QStringLiteral("ValueError"));
        QCOMPARE(r.status, InvocationStatus::Failed);
        QCOMPARE(stopped.count(), 0); // stopped once only
    }

    // A 1 s timeout does not fire while the debugger holds the handler for longer than that;
    // context.get_remaining_time_in_millis() is frozen meanwhile; after continue the clock runs
    // again and the timeout fires.
    void timeoutHeldWhileStopped()
    {
        TestBackend tb;
        QVERIFY(createFunction(tb, QStringLiteral("slow"), QStringLiteral("app.slow"), 1));
        Session s(tb);
        QSignalSpy stopped(tb.backend.get(), &Backend::debugStopped);
        QSignalSpy sessionEnded(tb.backend.get(), &Backend::debugSessionEnded);
        debug::Options options;
        options.breakpoints = {at(16)};
        const QString id = s.start(QStringLiteral("slow"), "{}", options);
        const auto stop = s.nextStop(stopped);
        QVERIFY2(stop, s.describe().constData());
        QCOMPARE(stop->frames.first().line, 16);
        const qint64 frame = stop->frames.first().id;
        const Result<debug::Variable> before = s.evaluate(id, frame, QStringLiteral("before"));
        QVERIFY(before);
        const QString remaining = QStringLiteral("context.get_remaining_time_in_millis()");
        const Result<debug::Variable> first = s.evaluate(id, frame, remaining);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));

        // Held stopped for longer than the timeout: nothing ends (this wait is the holding, and
        // is meant to run out).
        QVERIFY(!sessionEnded.wait(1500));
        QVERIFY(!s.result.has_value());

        const Result<debug::Variable> second = s.evaluate(id, frame, remaining);
        QVERIFY(second);
        QCOMPARE(second->value, first->value); // frozen while stopped
        QVERIFY2(first->value.toInt() > 0 && first->value.toInt() <= before->value.toInt(),
                 qPrintable(first->value + QStringLiteral(" / ") + before->value));

        // Let it run (the loop never ends by itself): the timeout fires.
        QVERIFY(tb.backend->debugResume(id, debug::Step::Continue));
        QVERIFY(s.waitForResult());
        QVERIFY(*s.result);
        const InvocationResult &r = s.result->value();
        QCOMPARE(r.status, InvocationStatus::TimedOut);
        QVERIFY(r.debugged);
        QVERIFY(r.debugStoppedMs > 1000); // held longer than its timeout
        bool timedOutLine = false;
        for (const LogLine &line : r.logs)
            timedOutLine = timedOutLine || line.text.contains(QLatin1String("Task timed out after 1.00 seconds"));
        QVERIFY(timedOutLine);
    }
};

QTEST_GUILESS_MAIN(TestDebugPython)
#include "tst_debugpython.moc"
