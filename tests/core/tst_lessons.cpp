// Every built-in lesson done by a scripted user against real handlers (issue 17, part 5): the
// learner's actions are the Backend calls the console makes (invoke, update configuration,
// save code, publish, create alias, put concurrency, asynchronous invoke...). For each step
// the test asserts that it is not done before its action, that a wrong event does not complete
// it (a warm invocation where a cold one is wanted, another function's event...), that it
// completes after, that the lesson completes, and that a new tracker resumes from Settings.
// Waits on signals, never on sleeps.

#include "testsupport.h"

#include "backendhost.h"
#include "learn/lesson.h"
#include "learn/lessontracker.h"
#include "settings.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace lambdesk;
using namespace lambdesk::learn;
using testsupport::safetyNetMs;

Q_DECLARE_METATYPE(lambdesk::RuntimeFamily)

namespace {

const QString kOther = QStringLiteral("learn-other"); // a function no lesson is about

Lesson builtIn(const QString &id)
{
    for (const Lesson &l : builtInLessons()) {
        if (l.id == id)
            return l;
    }
    qFatal("no built-in lesson %s", qPrintable(id));
}

// The learner: one tracker on the lesson, the steps it completed, and the console's actions.
class Learner
{
public:
    Learner(Backend &backend, Settings *settings, const QString &lessonId)
        : b(backend),
          tracker(&backend, settings),
          lesson(builtIn(lessonId)),
          steps(&tracker, &LessonTracker::stepCompleted),
          lessons(&tracker, &LessonTracker::lessonCompleted)
    {}

    // Starts the lesson and makes its function afresh from the blueprint (as the panel does),
    // in the language of the test's row.
    bool begin()
    {
        QFETCH_GLOBAL(RuntimeFamily, family);
        if (!tracker.start(lesson.id))
            return false;
        tracker.resetProgress(lesson.id); // a lesson done before (another test run) starts over
        const auto made = ensureFunction(b, lesson, true, family);
        if (!made) {
            qWarning("ensureFunction: %s", qPrintable(made.error().message));
            return false;
        }
        const auto config = b.getFunction(lesson.function);
        return made.value() == lesson.function && tracker.currentStep() == 0 && config
            && runtimeFamilyOf(config->runtime) == family;
    }

    int index(const QString &stepId) const
    {
        for (int i = 0; i < lesson.steps.size(); ++i) {
            if (lesson.steps.at(i).id == stepId)
                return i;
        }
        qFatal("lesson %s has no step %s", qPrintable(lesson.id), qPrintable(stepId));
    }

    // `stepId` is the current step and is not done.
    bool at(const QString &stepId) const
    {
        const bool ok = tracker.currentLesson() == lesson.id && tracker.currentStep() == index(stepId)
            && !tracker.stepDone(lesson.id, stepId);
        if (!ok)
            qWarning("expected step %s (%d) of %s to be current and not done; current %s step %d", qPrintable(stepId),
                     index(stepId), qPrintable(lesson.id), qPrintable(tracker.currentLesson()), tracker.currentStep());
        return ok;
    }

    // The action completes `stepId`, and only it (the completion may come later: an Event
    // invocation's retry, a query on the backend's thread).
    bool completes(const QString &stepId, const std::function<void()> &action)
    {
        if (!at(stepId))
            return false;
        const qsizetype before = steps.size();
        action();
        if (!testsupport::waitForSignals(
                steps, [&] { return steps.size() > before; }, safetyNetMs(120000))) {
            qWarning("step %s of %s did not complete", qPrintable(stepId), qPrintable(lesson.id));
            return false;
        }
        const bool ok = steps.size() == before + 1 && steps.last().at(0).toString() == lesson.id
            && steps.last().at(1).toInt() == index(stepId) && tracker.stepDone(lesson.id, stepId);
        if (!ok)
            qWarning("step %s of %s: %lld completions, the last of step %d", qPrintable(stepId), qPrintable(lesson.id),
                     qlonglong(steps.size() - before), steps.last().at(1).toInt());
        return ok;
    }

    // The action's events (all of them have come when it returns) leave `stepId` undone.
    bool doesNotComplete(const QString &stepId, const std::function<void()> &action)
    {
        if (!at(stepId))
            return false;
        const qsizetype before = steps.size();
        action();
        return steps.size() == before && at(stepId);
    }

    // Done: the lesson completed once, and a new tracker on the same settings resumes it done.
    bool finished(Settings *settings) const
    {
        if (lessons.size() != 1 || lessons.first().first().toString() != lesson.id || !tracker.lessonDone(lesson.id)
            || tracker.currentStep() != lesson.steps.size()) {
            qWarning("lesson %s not completed once (%lld)", qPrintable(lesson.id), qlonglong(lessons.size()));
            return false;
        }
        LessonTracker again(&b, settings);
        bool ok = again.currentLesson() == lesson.id && again.lessonDone(lesson.id)
            && again.currentStep() == lesson.steps.size();
        for (const Step &s : lesson.steps)
            ok = ok && again.stepDone(lesson.id, s.id);
        const QJsonObject progress = QJsonDocument::fromJson(settings->value(settings::learnProgress)).object();
        ok = ok && progress.value(lesson.id).toArray().size() == lesson.steps.size();
        ok = ok && settings->value(settings::learnCurrentLesson) == lesson.id;
        if (!ok)
            qWarning("a new tracker does not resume lesson %s as done", qPrintable(lesson.id));
        return ok;
    }

    // ---- the learner's actions ----
    InvocationResult invoke(const QString &event = {}, const QString &qualifier = {}, const QString &function = {})
    {
        const QString fn = function.isEmpty() ? lesson.function : function;
        QByteArray payload = "{}";
        if (!event.isEmpty()) {
            const auto read = b.readEvent(fn, event);
            if (!read)
                qFatal("event %s of %s: %s", qPrintable(event), qPrintable(fn), qPrintable(read.error().message));
            payload = read.value();
        }
        return invokePayload(payload, qualifier, fn);
    }
    InvocationResult invokePayload(const QByteArray &payload, const QString &qualifier = {}, const QString &fn = {})
    {
        auto r = testsupport::invokeAndWait(b, fn.isEmpty() ? lesson.function : fn, qualifier, payload,
                                            safetyNetMs(120000));
        if (!r)
            qFatal("invoke %s: %s", qPrintable(lesson.function), qPrintable(r.error().message));
        return r.value();
    }
    // An Event invocation: accepted at once; answers its request id.
    QString invokeAsync(const QString &event)
    {
        const QByteArray payload = b.readEvent(lesson.function, event).value();
        auto accepted = testsupport::waitForAnswer<Result<InvocationResult>>([&](auto reply) {
            b.invoke(InvokeRequest{lesson.function, {}, payload, InvocationType::Event}, std::move(reply));
        });
        if (!accepted || !*accepted || (*accepted)->status != InvocationStatus::Queued)
            qFatal("the Event invocation was not accepted");
        return (*accepted)->requestId;
    }
    // Waits until attempt `attempt` of request `requestId` has finished.
    bool waitFinished(QSignalSpy &finishedSpy, const QString &requestId, int attempt)
    {
        const auto seen = [&] {
            for (const QList<QVariant> &args : finishedSpy) {
                const auto r = args.first().value<InvocationResult>();
                if (r.requestId == requestId && r.attempt >= attempt)
                    return true;
            }
            return false;
        };
        return testsupport::waitForSignals(finishedSpy, seen, safetyNetMs(120000));
    }
    void configure(const std::function<void(FunctionConfig &)> &change)
    {
        FunctionConfig c = b.getFunction(lesson.function).value();
        change(c);
        const auto r = b.updateConfiguration(c);
        if (!r)
            qFatal("updateConfiguration: %s", qPrintable(r.error().message));
    }
    // The editor's Ctrl+S after a small edit: a comment at the end of the handler's file.
    void editCode(const QString &comment)
    {
        const QDir dir(b.codeDir(lesson.function));
        const QString file = dir.exists(QStringLiteral("lambda_function.py")) ? QStringLiteral("lambda_function.py")
                                                                              : QStringLiteral("index.mjs");
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        const QByteArray mark = file.endsWith(QStringLiteral(".py")) ? "# " : "// ";
        const QByteArray code = f.readAll() + "\n" + mark + comment.toUtf8() + "\n";
        const auto r = b.saveCodeFile(lesson.function, file, code);
        if (!r || !r->changed)
            qFatal("saveCodeFile did not deploy");
    }

    Backend &b;
    LessonTracker tracker;
    Lesson lesson;
    QSignalSpy steps;
    QSignalSpy lessons;
};

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<testsupport::TestBackend> m_tb;
    std::unique_ptr<Settings> m_settings;

    Backend &backend() { return *m_tb->backend; }

private Q_SLOTS:
    // Every lesson in both languages its blueprints come in.
    void initTestCase_data()
    {
        QTest::addColumn<RuntimeFamily>("family");
        QTest::newRow("python") << RuntimeFamily::Python;
        QTest::newRow("nodejs") << RuntimeFamily::Node;
    }

    void initTestCase()
    {
        m_tb = std::make_unique<testsupport::TestBackend>();
        m_settings = std::make_unique<Settings>(m_settingsDir.filePath(QStringLiteral("lambdesk.ini")));
        // Another function: its events must never complete a lesson's step.
        Lesson other;
        other.id = QStringLiteral("other");
        other.function = kOther;
        other.blueprint = QStringLiteral("hello-world-python");
        QVERIFY(ensureFunction(backend(), other));
        // Event invocations retry after a fraction of a second instead of one and two minutes.
        AsyncQueue::Options fast = backend().asyncQueue().options();
        fast.retryDelaysMs = {200, 200};
        backend().asyncQueue().setOptions(fast);
        QVERIFY(builtInLessons().size() >= 12);
    }

    void cleanupTestCase() { m_tb.reset(); }

    void ensureFunctionKeepsOrRecreates()
    {
        const Lesson lesson = builtIn(QStringLiteral("first-function"));
        QVERIFY(ensureFunction(backend(), lesson, true));
        const auto made = backend().getFunction(lesson.function);
        QVERIFY(made);
        QCOMPARE(made->memorySize, 128);
        QVERIFY(made->runtime.startsWith(QStringLiteral("python"))
                || made->runtime.startsWith(QStringLiteral("nodejs")));
        QVERIFY(!backend().eventNames(lesson.function).isEmpty()); // the blueprint's test events came along
        FunctionConfig changed = made.value();
        changed.memorySize = 256;
        QVERIFY(backend().updateConfiguration(changed));
        QVERIFY(ensureFunction(backend(), lesson)); // kept as the learner left it
        QCOMPARE(backend().getFunction(lesson.function)->memorySize, 256);
        QVERIFY(ensureFunction(backend(), lesson, true)); // back to the blueprint's
        QCOMPARE(backend().getFunction(lesson.function)->memorySize, 128);
    }

    void firstFunction()
    {
        Learner l(backend(), m_settings.get(), QStringLiteral("first-function"));
        QVERIFY(l.begin());
        QVERIFY(l.doesNotComplete(QStringLiteral("first-invoke"), [&] { l.invoke({}, {}, kOther); }));
        QVERIFY(l.completes(QStringLiteral("first-invoke"), [&] { l.invoke(QStringLiteral("hello")); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("no-name"), [&] { l.invoke(QStringLiteral("hello")); }));
        QVERIFY(l.completes(QStringLiteral("no-name"), [&] { l.invoke(QStringLiteral("no-name")); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("deploy"),
                                  [&] { l.configure([](FunctionConfig &c) { c.timeout = 4; }); }));
        QVERIFY(l.completes(QStringLiteral("deploy"), [&] { l.editCode(QStringLiteral("my first change")); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("new-code"), [&] { l.invoke({}, {}, kOther); }));
        QVERIFY(
            l.completes(QStringLiteral("new-code"), [&] { QVERIFY(l.invoke(QStringLiteral("hello")).coldStart()); }));
        QVERIFY(l.finished(m_settings.get()));
    }

    void eventAndContext()
    {
        Learner l(backend(), m_settings.get(), QStringLiteral("event-and-context"));
        QVERIFY(l.begin());
        QVERIFY(l.doesNotComplete(QStringLiteral("first-look"), [&] { l.invoke({}, {}, kOther); }));
        QVERIFY(l.completes(QStringLiteral("first-look"), [&] { l.invoke(QStringLiteral("order")); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("own-event"), [&] { l.invoke(QStringLiteral("order")); }));
        QVERIFY(
            l.completes(QStringLiteral("own-event"), [&] { l.invokePayload(R"({"orderId": "A-7", "name": "Ada"})"); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("more-time"),
                                  [&] { l.configure([](FunctionConfig &c) { c.timeout = 5; }); }));
        QVERIFY(
            l.completes(QStringLiteral("more-time"), [&] { l.configure([](FunctionConfig &c) { c.timeout = 12; }); }));
        QVERIFY(l.completes(QStringLiteral("remaining"), [&] {
            const InvocationResult r = l.invoke(QStringLiteral("order"));
            QVERIFY(testsupport::object(r.payload).value(QStringLiteral("remainingTimeMs")).toDouble() > 9000);
        }));
        QVERIFY(l.finished(m_settings.get()));
    }

    void coldStart()
    {
        Learner l(backend(), m_settings.get(), QStringLiteral("cold-start"));
        QVERIFY(l.begin());
        QVERIFY(l.completes(QStringLiteral("cold"), [&] { QVERIFY(l.invoke(QStringLiteral("invoke")).coldStart()); }));
        QVERIFY(l.tracker.recorded(l.lesson.id).value(QStringLiteral("init")).toDouble() > 0);
        {
            // Half-way: a new tracker resumes at the next step.
            LessonTracker resumed(&backend(), m_settings.get());
            QCOMPARE(resumed.currentLesson(), l.lesson.id);
            QCOMPARE(resumed.currentStep(), 1);
            QCOMPARE(resumed.recorded(l.lesson.id), l.tracker.recorded(l.lesson.id));
        }
        // A configuration change makes the next invocation cold again: not the warm one wanted.
        l.configure([](FunctionConfig &c) { c.memorySize = 256; });
        QVERIFY(l.doesNotComplete(QStringLiteral("warm"),
                                  [&] { QVERIFY(l.invoke(QStringLiteral("invoke")).coldStart()); }));
        QVERIFY(l.completes(QStringLiteral("warm"), [&] { QVERIFY(!l.invoke(QStringLiteral("invoke")).coldStart()); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("change"), [&] { l.invoke(QStringLiteral("invoke")); }));
        QVERIFY(
            l.completes(QStringLiteral("change"), [&] { l.configure([](FunctionConfig &c) { c.memorySize = 512; }); }));
        QVERIFY(l.completes(QStringLiteral("cold-again"),
                            [&] { QVERIFY(l.invoke(QStringLiteral("invoke")).coldStart()); }));
        QVERIFY(l.finished(m_settings.get()));
    }

    void statelessness()
    {
        Learner l(backend(), m_settings.get(), QStringLiteral("statelessness"));
        QVERIFY(l.begin());
        QVERIFY(l.doesNotComplete(QStringLiteral("first"), [&] { l.invoke({}, {}, kOther); }));
        QVERIFY(l.completes(QStringLiteral("first"), [&] { l.invoke(QStringLiteral("invoke")); }));
        QVERIFY(l.completes(QStringLiteral("kept"), [&] {
            QCOMPARE(testsupport::object(l.invoke(QStringLiteral("invoke")).payload)
                         .value(QStringLiteral("invocationCount"))
                         .toInt(),
                     2);
        }));
        // A configuration change is not the deploy this step asks for.
        QVERIFY(l.doesNotComplete(QStringLiteral("deploy"),
                                  [&] { l.configure([](FunctionConfig &c) { c.timeout = 6; }); }));
        QVERIFY(l.completes(QStringLiteral("deploy"), [&] { l.editCode(QStringLiteral("a comment")); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("lost"), [&] { l.invoke({}, {}, kOther); }));
        QVERIFY(l.completes(QStringLiteral("lost"), [&] {
            QCOMPARE(testsupport::object(l.invoke(QStringLiteral("invoke")).payload)
                         .value(QStringLiteral("invocationCount"))
                         .toInt(),
                     1);
        }));
        QVERIFY(l.finished(m_settings.get()));
    }

    void timeouts()
    {
        Learner l(backend(), m_settings.get(), QStringLiteral("timeouts"));
        QVERIFY(l.begin());
        QVERIFY(l.doesNotComplete(QStringLiteral("timed-out"), [&] { l.invoke(QStringLiteral("finishes")); }));
        QVERIFY(l.completes(QStringLiteral("timed-out"), [&] {
            QCOMPARE(l.invoke(QStringLiteral("times-out")).status, InvocationStatus::TimedOut);
        }));
        QVERIFY(l.doesNotComplete(QStringLiteral("reset"), [&] { l.invoke({}, {}, kOther); }));
        QVERIFY(
            l.completes(QStringLiteral("reset"), [&] { QVERIFY(l.invoke(QStringLiteral("finishes")).coldStart()); }));
        QVERIFY(
            l.doesNotComplete(QStringLiteral("raise"), [&] { l.configure([](FunctionConfig &c) { c.timeout = 4; }); }));
        QVERIFY(l.completes(QStringLiteral("raise"), [&] { l.configure([](FunctionConfig &c) { c.timeout = 8; }); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("finishes"), [&] { l.invoke(QStringLiteral("finishes")); }));
        QVERIFY(l.completes(QStringLiteral("finishes"), [&] {
            QCOMPARE(l.invoke(QStringLiteral("times-out")).status, InvocationStatus::Succeeded);
        }));
        QVERIFY(l.finished(m_settings.get()));
    }

    void memoryAndCpu()
    {
        Learner l(backend(), m_settings.get(), QStringLiteral("memory-and-cpu"));
        QVERIFY(l.begin());
        QVERIFY(l.doesNotComplete(QStringLiteral("slow"), [&] { l.invoke({}, {}, kOther); }));
        QVERIFY(l.completes(QStringLiteral("slow"), [&] { l.invoke(QStringLiteral("work")); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("raise"),
                                  [&] { l.configure([](FunctionConfig &c) { c.memorySize = 512; }); }));
        // Still at 512 MB: an invocation is not the configuration change wanted.
        QVERIFY(l.doesNotComplete(QStringLiteral("raise"), [&] { l.invoke(QStringLiteral("work")); }));
        QVERIFY(
            l.completes(QStringLiteral("raise"), [&] { l.configure([](FunctionConfig &c) { c.memorySize = 1769; }); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("fast"), [&] { l.invoke({}, {}, kOther); }));
        QVERIFY(l.completes(QStringLiteral("fast"),
                            [&] { QCOMPARE(l.invoke(QStringLiteral("work")).memorySizeMb, 1769); }));
        // Both durations were kept for the comparison the last step asks the learner to make.
        const QVariantMap kept = l.tracker.recorded(l.lesson.id);
        QVERIFY(kept.value(QStringLiteral("slow")).toDouble() > 0);
        QVERIFY(kept.value(QStringLiteral("fast")).toDouble() > 0);
        QVERIFY(l.finished(m_settings.get()));
    }

    void errors()
    {
        Learner l(backend(), m_settings.get(), QStringLiteral("errors"));
        QVERIFY(l.begin());
        QVERIFY(l.doesNotComplete(QStringLiteral("ok"), [&] { l.invoke(QStringLiteral("bad-input")); }));
        QVERIFY(l.completes(QStringLiteral("ok"), [&] { l.invoke(QStringLiteral("ok")); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("validation"), [&] { l.invoke(QStringLiteral("bug")); }));
        QVERIFY(l.completes(QStringLiteral("validation"), [&] {
            QCOMPARE(l.invoke(QStringLiteral("bad-input")).errorType, QStringLiteral("ValidationError"));
        }));
        QVERIFY(l.doesNotComplete(QStringLiteral("bug"), [&] { l.invoke(QStringLiteral("bad-input")); }));
        QVERIFY(l.completes(QStringLiteral("bug"), [&] {
            const InvocationResult r = l.invoke(QStringLiteral("bug"));
            QCOMPARE(r.functionError, QStringLiteral("Unhandled"));
            const QJsonObject error = testsupport::object(r.payload);
            // Python's runtime names it stackTrace, Node.js's trace, as on AWS.
            QVERIFY(error.value(QStringLiteral("stackTrace")).isArray()
                    || error.value(QStringLiteral("trace")).isArray());
        }));
        // A new environment (after a configuration change) is not the warm one the step shows.
        l.configure([](FunctionConfig &c) { c.timeout = 5; });
        QVERIFY(l.doesNotComplete(QStringLiteral("still-warm"),
                                  [&] { QVERIFY(l.invoke(QStringLiteral("ok")).coldStart()); }));
        QVERIFY(l.completes(QStringLiteral("still-warm"), [&] { l.invoke(QStringLiteral("ok")); }));
        QVERIFY(l.finished(m_settings.get()));
    }

    void environmentVariables()
    {
        Learner l(backend(), m_settings.get(), QStringLiteral("environment-variables"));
        QVERIFY(l.begin());
        QVERIFY(l.doesNotComplete(QStringLiteral("first"), [&] { l.invoke({}, {}, kOther); }));
        QVERIFY(l.completes(QStringLiteral("first"), [&] { l.invoke(QStringLiteral("basket")); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("stage"), [&] {
            l.configure(
                [](FunctionConfig &c) { c.environment.insert(QStringLiteral("GREETING"), QStringLiteral("Hi")); });
        }));
        QVERIFY(l.completes(QStringLiteral("stage"), [&] {
            l.configure(
                [](FunctionConfig &c) { c.environment.insert(QStringLiteral("STAGE"), QStringLiteral("prod")); });
        }));
        QCOMPARE(l.tracker.recorded(l.lesson.id).value(QStringLiteral("stage")).toString(), QStringLiteral("prod"));
        QVERIFY(l.doesNotComplete(QStringLiteral("new-stage"), [&] { l.invoke({}, {}, kOther); }));
        QVERIFY(l.completes(QStringLiteral("new-stage"), [&] { l.invoke(QStringLiteral("basket")); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("bad-value"), [&] { l.invoke(QStringLiteral("basket")); }));
        l.configure(
            [](FunctionConfig &c) { c.environment.insert(QStringLiteral("MAX_ITEMS"), QStringLiteral("lots")); });
        QVERIFY(
            l.completes(QStringLiteral("bad-value"), [&] { QVERIFY(l.invoke(QStringLiteral("basket")).isError()); }));
        QVERIFY(l.finished(m_settings.get()));
    }

    void concurrency()
    {
        Learner l(backend(), m_settings.get(), QStringLiteral("concurrency"));
        QVERIFY(l.begin());
        QVERIFY(l.doesNotComplete(QStringLiteral("reserve"),
                                  [&] { QVERIFY(backend().putFunctionConcurrency(kOther, 1)); }));
        QVERIFY(backend().deleteFunctionConcurrency(kOther));
        QVERIFY(l.doesNotComplete(QStringLiteral("reserve"),
                                  [&] { QVERIFY(backend().putFunctionConcurrency(l.lesson.function, 3)); }));
        QVERIFY(l.completes(QStringLiteral("reserve"),
                            [&] { QVERIFY(backend().putFunctionConcurrency(l.lesson.function, 1)); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("throttled"), [&] {
            QCOMPARE(l.invoke(QStringLiteral("finishes")).status, InvocationStatus::Succeeded);
        }));
        QVERIFY(l.completes(QStringLiteral("throttled"), [&] {
            // Two at once with a reserved concurrency of 1: the second finds no free slot.
            const QByteArray payload = backend().readEvent(l.lesson.function, QStringLiteral("finishes")).value();
            QList<Result<InvocationResult>> answers;
            QEventLoop loop;
            for (int i = 0; i < 2; ++i)
                backend().invoke(InvokeRequest{l.lesson.function, {}, payload}, [&](Result<InvocationResult> r) {
                    answers << r;
                    if (answers.size() == 2)
                        loop.quit();
                });
            if (answers.size() < 2) {
                QTimer::singleShot(safetyNetMs(120000), &loop, &QEventLoop::quit); // a safety net only
                loop.exec();
            }
            QCOMPARE(answers.size(), 2);
            QVERIFY(answers.at(0).ok() != answers.at(1).ok());
        }));
        QVERIFY(l.doesNotComplete(QStringLiteral("release"),
                                  [&] { QVERIFY(backend().putFunctionConcurrency(l.lesson.function, 2)); }));
        QVERIFY(l.completes(QStringLiteral("release"),
                            [&] { QVERIFY(backend().deleteFunctionConcurrency(l.lesson.function)); }));
        QVERIFY(l.finished(m_settings.get()));
    }

    void asyncInvocation()
    {
        Learner l(backend(), m_settings.get(), QStringLiteral("async"));
        QVERIFY(l.begin());
        QSignalSpy finished(&backend(), &Backend::invocationFinished);
        // A synchronous invocation is not the asynchronous one wanted.
        QVERIFY(l.doesNotComplete(QStringLiteral("async-ok"), [&] { l.invoke(QStringLiteral("ok")); }));
        QVERIFY(l.completes(QStringLiteral("async-ok"), [&] { l.invokeAsync(QStringLiteral("ok")); }));
        // An asynchronous success is not the failure wanted.
        QVERIFY(l.doesNotComplete(QStringLiteral("async-fail"),
                                  [&] { QVERIFY(l.waitFinished(finished, l.invokeAsync(QStringLiteral("ok")), 1)); }));
        // The failure (attempt 1), then its retry (attempt 2) under the same request id.
        QString requestId;
        QVERIFY(
            l.completes(QStringLiteral("async-fail"), [&] { requestId = l.invokeAsync(QStringLiteral("bad-input")); }));
        QVERIFY(l.completes(QStringLiteral("retry"), [] {}));
        const InvocationResult retry = finished.last().first().value<InvocationResult>();
        QCOMPARE(retry.requestId, requestId);
        QCOMPARE(retry.attempt, 2);
        QVERIFY(l.waitFinished(finished, requestId, 3)); // the last retry: the event is over
        EventInvokeConfigPatch one;
        one.maximumRetryAttempts = 1;
        QVERIFY(l.doesNotComplete(QStringLiteral("configure"),
                                  [&] { QVERIFY(backend().putEventInvokeConfig(l.lesson.function, {}, one)); }));
        EventInvokeConfigPatch none;
        none.maximumRetryAttempts = 0;
        QVERIFY(l.completes(QStringLiteral("configure"),
                            [&] { QVERIFY(backend().putEventInvokeConfig(l.lesson.function, {}, none)); }));
        QVERIFY(l.finished(m_settings.get()));
    }

    void versionsAndAliases()
    {
        Learner l(backend(), m_settings.get(), QStringLiteral("versions-and-aliases"));
        QVERIFY(l.begin());
        const QString fn = l.lesson.function;
        QVERIFY(l.doesNotComplete(QStringLiteral("publish-1"), [&] { QVERIFY(backend().publishVersion({kOther})); }));
        QVERIFY(l.completes(QStringLiteral("publish-1"), [&] { QVERIFY(backend().publishVersion({fn})); }));
        QCOMPARE(l.tracker.recorded(l.lesson.id).value(QStringLiteral("first")).toInt(), 1);
        QVERIFY(l.doesNotComplete(QStringLiteral("alias"), [&] {
            QVERIFY(backend().createAlias(fn, QStringLiteral("test"), QStringLiteral("$LATEST")));
        }));
        QVERIFY(l.completes(QStringLiteral("alias"),
                            [&] { QVERIFY(backend().createAlias(fn, QStringLiteral("live"), QStringLiteral("1"))); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("change"),
                                  [&] { l.configure([](FunctionConfig &c) { c.timeout = 4; }); }));
        QVERIFY(l.completes(QStringLiteral("change"), [&] { l.editCode(QStringLiteral("version two")); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("publish-2"), [&] { QVERIFY(backend().publishVersion({kOther})); }));
        QVERIFY(l.completes(QStringLiteral("publish-2"), [&] { QVERIFY(backend().publishVersion({fn})); }));
        QVERIFY(l.doesNotComplete(QStringLiteral("invoke-alias"), [&] { l.invoke(QStringLiteral("hello")); }));
        QVERIFY(l.completes(QStringLiteral("invoke-alias"), [&] {
            QCOMPARE(l.invoke(QStringLiteral("hello"), QStringLiteral("live")).executedVersion, QStringLiteral("1"));
        }));
        QVERIFY(l.doesNotComplete(QStringLiteral("move"), [&] {
            Backend::AliasUpdate u;
            u.function = fn;
            u.name = QStringLiteral("live");
            u.description = QStringLiteral("what callers get");
            QVERIFY(backend().updateAlias(u));
        }));
        QVERIFY(l.completes(QStringLiteral("move"), [&] {
            Backend::AliasUpdate u;
            u.function = fn;
            u.name = QStringLiteral("live");
            u.functionVersion = QStringLiteral("2");
            QVERIFY(backend().updateAlias(u));
        }));
        QVERIFY(l.finished(m_settings.get()));
    }

    void cost()
    {
        Learner l(backend(), m_settings.get(), QStringLiteral("cost"));
        QVERIFY(l.begin());
        QVERIFY(l.doesNotComplete(QStringLiteral("run"), [&] { l.invoke({}, {}, kOther); }));
        QVERIFY(l.completes(QStringLiteral("run"), [&] { l.invoke(QStringLiteral("work")); }));
        QVERIFY(l.tracker.recorded(l.lesson.id).value(QStringLiteral("billed")).toDouble() >= 1);
        // The Learn panel feeds the tabs the learner opens.
        QVERIFY(l.doesNotComplete(QStringLiteral("monitor"), [&] {
            l.tracker.observe(QStringLiteral("ui.tab"), {{QStringLiteral("tab"), QStringLiteral("code")}});
            l.tracker.observe(
                QStringLiteral("ui.tab"),
                {{QStringLiteral("tab"), QStringLiteral("monitor")}, {QStringLiteral("function"), kOther}});
        }));
        QVERIFY(l.completes(QStringLiteral("monitor"), [&] {
            l.tracker.observe(
                QStringLiteral("ui.tab"),
                {{QStringLiteral("tab"), QStringLiteral("monitor")}, {QStringLiteral("function"), l.lesson.function}});
        }));
        QVERIFY(l.doesNotComplete(QStringLiteral("memory"),
                                  [&] { l.configure([](FunctionConfig &c) { c.memorySize = 512; }); }));
        QVERIFY(l.completes(QStringLiteral("memory"),
                            [&] { l.configure([](FunctionConfig &c) { c.memorySize = 1024; }); }));
        QVERIFY(l.completes(QStringLiteral("compare"), [&] { l.invoke(QStringLiteral("work")); }));
        QVERIFY(l.finished(m_settings.get()));
    }

    // Every built-in lesson has its scripted user above.
    void everyLessonScripted()
    {
        const QStringList scripted{QStringLiteral("first-function"),
                                   QStringLiteral("event-and-context"),
                                   QStringLiteral("cold-start"),
                                   QStringLiteral("statelessness"),
                                   QStringLiteral("timeouts"),
                                   QStringLiteral("memory-and-cpu"),
                                   QStringLiteral("errors"),
                                   QStringLiteral("environment-variables"),
                                   QStringLiteral("concurrency"),
                                   QStringLiteral("async"),
                                   QStringLiteral("versions-and-aliases"),
                                   QStringLiteral("cost")};
        LessonTracker tracker(&backend(), m_settings.get());
        for (const Lesson &l : builtInLessons()) {
            QVERIFY2(scripted.contains(l.id), qPrintable(l.id));
            QVERIFY2(tracker.lessonDone(l.id), qPrintable(l.id));
        }
    }

    void stopAndReset()
    {
        // A lesson each row did before (the rows run one after the other on the same settings).
        QFETCH_GLOBAL(RuntimeFamily, family);
        const QString id = family == RuntimeFamily::Python ? QStringLiteral("cold-start") : QStringLiteral("errors");
        const Lesson lesson = builtIn(id);
        LessonTracker tracker(&backend(), m_settings.get());
        QSignalSpy current(&tracker, &LessonTracker::currentChanged);
        QSignalSpy steps(&tracker, &LessonTracker::stepCompleted);
        QVERIFY(!tracker.start(QStringLiteral("no-such-lesson")));
        QVERIFY(tracker.lessonDone(id));
        QVERIFY(tracker.start(id));
        QCOMPARE(tracker.currentStep(), lesson.steps.size()); // done: nothing left to do
        tracker.resetProgress(id);
        QCOMPARE(tracker.currentStep(), 0);
        QCOMPARE(current.last(), (QList<QVariant>{id, 0}));
        QVERIFY(!tracker.lessonDone(id));
        QVERIFY(tracker.recorded(id).isEmpty());
        QVERIFY(!tracker.stepDone(id, lesson.steps.first().id));
        tracker.stop();
        QCOMPARE(tracker.currentLesson(), QString());
        QCOMPARE(current.last().first().toString(), QString());
        // Stopped: an event that completes the first step when the lesson runs completes
        // nothing (a cold start, a good order), and a new tracker starts with no lesson.
        FunctionConfig c = backend().getFunction(lesson.function).value();
        c.timeout += 1; // the next invocation starts a new environment
        QVERIFY(backend().updateConfiguration(c));
        const auto r = testsupport::invokeAndWait(backend(), lesson.function, {},
                                                  R"({"orderId": "A-1", "quantity": 1})");
        QVERIFY(r && r->status == InvocationStatus::Succeeded && r->coldStart());
        QCOMPARE(steps.size(), 0);
        QVERIFY(!tracker.stepDone(id, lesson.steps.first().id));
        LessonTracker again(&backend(), m_settings.get());
        QCOMPARE(again.currentLesson(), QString());
        QVERIFY(!again.lessonDone(id));
        QVERIFY(again.lessonDone(QStringLiteral("timeouts"))); // other lessons' progress is kept
    }

    // The console's arrangement: the Backend on its own thread (BackendHost), the tracker on
    // this one; its signals arrive queued and the tracker's questions go through the Backend's
    // thread. The whole versions lesson, whose steps need those questions.
    void trackerOnAnotherThread()
    {
        QTemporaryDir dir;
        testsupport::Writable writable{dir.path()};
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("lambdesk.ini")));
        Backend::Options options;
        options.workspace = dir.filePath(QStringLiteral("ws"));
        options.persistLogs = false;
        BackendHost host(options);
        QSignalSpy started(&host, &BackendHost::started);
        host.start();
        QVERIFY(started.wait(testsupport::backendStartMs()));
        QVERIFY(started.first().first().toBool());

        LessonTracker tracker(host.backend(), &settings);
        QSignalSpy steps(&tracker, &LessonTracker::stepCompleted);
        QSignalSpy done(&tracker, &LessonTracker::lessonCompleted);
        const Lesson lesson = builtIn(QStringLiteral("versions-and-aliases"));
        const QString fn = lesson.function;
        QVERIFY(tracker.start(lesson.id));

        QObject context;
        const auto onBackend = [&](auto work) {
            using R = decltype(work(std::declval<Backend &>()));
            std::optional<R> out;
            QEventLoop loop;
            host.call(&context, std::move(work), [&](R r) {
                out.emplace(std::move(r));
                loop.quit();
            });
            QTimer::singleShot(safetyNetMs(120000), &loop, &QEventLoop::quit); // a safety net only
            loop.exec();
            if (!out)
                qFatal("no answer from the backend thread");
            return std::move(*out);
        };
        const auto stepDone = [&](int count) {
            return testsupport::waitForSignals(
                       steps, [&] { return steps.size() >= count; }, safetyNetMs(120000))
                && steps.size() == count && steps.last().at(1).toInt() == count - 1;
        };
        QFETCH_GLOBAL(RuntimeFamily, family);
        QVERIFY(onBackend([lesson, family](Backend &b) { return ensureFunction(b, lesson, true, family).ok(); }));
        QCOMPARE(tracker.currentStep(), 0);
        QVERIFY(onBackend([fn](Backend &b) { return b.publishVersion({fn}).ok(); }));
        QVERIFY(stepDone(1));
        QVERIFY(onBackend(
            [fn](Backend &b) { return b.createAlias(fn, QStringLiteral("live"), QStringLiteral("1")).ok(); }));
        QVERIFY(stepDone(2));
        const auto saveCode = [fn](Backend &b) {
            const QString file = QDir(b.codeDir(fn)).exists(QStringLiteral("lambda_function.py"))
                ? QStringLiteral("lambda_function.py")
                : QStringLiteral("index.mjs");
            QFile f(QDir(b.codeDir(fn)).filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                return false;
            const QByteArray code = f.readAll() + (file.endsWith(QStringLiteral(".py")) ? "\n# v2\n" : "\n// v2\n");
            return b.saveCodeFile(fn, file, code).ok();
        };
        QVERIFY(onBackend(saveCode));
        QVERIFY(stepDone(3));
        QVERIFY(onBackend([fn](Backend &b) { return b.publishVersion({fn}).ok(); }));
        QVERIFY(stepDone(4));
        std::optional<Result<InvocationResult>> invoked;
        host.invoke(&context, InvokeRequest{fn, QStringLiteral("live"), "{}"},
                    [&](Result<InvocationResult> r) { invoked.emplace(std::move(r)); });
        QVERIFY(stepDone(5));
        QVERIFY(onBackend([fn](Backend &b) {
            Backend::AliasUpdate u;
            u.function = fn;
            u.name = QStringLiteral("live");
            u.functionVersion = QStringLiteral("2");
            return b.updateAlias(u).ok();
        }));
        QVERIFY(stepDone(6));
        QCOMPARE(done.size(), 1);
        QVERIFY(tracker.lessonDone(lesson.id));

        // A tracker deleted while its question is on the Backend's thread is never touched by
        // the answer: the publish's versionsChanged() reaches it before the publish's answer
        // comes back, its question is asked, and the second call's answer comes after that one's.
        auto doomed = std::make_unique<LessonTracker>(host.backend(), &settings);
        QVERIFY(doomed->start(lesson.id));
        doomed->resetProgress(lesson.id);
        QVERIFY(onBackend(saveCode));
        QVERIFY(onBackend([fn](Backend &b) {
            const auto published = b.publishVersion({fn});
            return published && published->created;
        }));
        doomed.reset();
        QVERIFY(onBackend([](Backend &) { return true; }));
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
