// The Event queue's retry rules with a scripted runner: function errors retried twice after the
// configured delays, throttles with growing backoff, the same request id on every attempt.
// Delays are checked as scheduled (retryScheduled), never by the clock.
#include "invoke/asyncqueue.h"

#include <QSignalSpy>
#include <QTest>

using namespace lambdesk;

namespace {

struct Script
{
    QList<AsyncQueue::Outcome> outcomes; // one per attempt; then Succeeded
    QList<QString> ids;                  // request id seen by each attempt
};

AsyncQueue::Runner runner(Script &s)
{
    return [&s](const AsyncQueue::Event &e, AsyncQueue::AttemptDone done) {
        s.ids << e.requestId;
        const auto outcome = s.outcomes.isEmpty() ? AsyncQueue::Outcome::Succeeded : s.outcomes.takeFirst();
        done(outcome, outcome == AsyncQueue::Outcome::FunctionError ? QStringLiteral("Unhandled ValueError") : QStringLiteral("Rate Exceeded."));
    };
}

QList<int> delays(const QSignalSpy &spy)
{
    QList<int> out;
    for (const auto &args : spy)
        out << args.at(2).toInt();
    return out;
}

AsyncQueue::Options fast()
{
    AsyncQueue::Options o;
    o.retryDelaysMs = {40, 80};
    o.throttleBaseDelayMs = 10;
    o.throttleMaxDelayMs = 40;
    return o;
}

} // namespace

class TestAsyncQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void succeedsFirstTime();
    void functionErrorRetriedTwice();
    void recoversOnRetry();
    void throttleBacksOff();
    void failedIsNotRetried();
    void maxEventAge();
    void clearDiscards();
};

void TestAsyncQueue::succeedsFirstTime()
{
    Script s;
    AsyncQueue q(runner(s));
    q.setOptions(fast());
    QSignalSpy finished(&q, &AsyncQueue::finished);
    q.enqueue({QStringLiteral("id-1"), QStringLiteral("fn"), {}, "{}"});
    QCOMPARE(s.ids.size(), 0); // not run inside enqueue: the 202 goes out first
    QCOMPARE(q.size(), 1);
    QVERIFY(finished.wait(2000));
    QCOMPARE(s.ids, QList<QString>{QStringLiteral("id-1")});
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("id-1"));
    QCOMPARE(finished.first().at(2).toBool(), true);
    QCOMPARE(q.size(), 0);
}

void TestAsyncQueue::functionErrorRetriedTwice()
{
    Script s;
    s.outcomes = {AsyncQueue::Outcome::FunctionError, AsyncQueue::Outcome::FunctionError, AsyncQueue::Outcome::FunctionError};
    AsyncQueue q(runner(s));
    q.setOptions(fast());
    QSignalSpy finished(&q, &AsyncQueue::finished);
    QSignalSpy notes(&q, &AsyncQueue::note);
    QSignalSpy retries(&q, &AsyncQueue::retryScheduled);
    q.enqueue({QStringLiteral("id-2"), QStringLiteral("fn"), {}, "{}"});
    QVERIFY(finished.wait(3000));
    QCOMPARE(s.ids.size(), 3); // one attempt and two retries, as on AWS
    QCOMPARE(s.ids, (QList<QString>{QStringLiteral("id-2"), QStringLiteral("id-2"), QStringLiteral("id-2")}));
    QCOMPARE(delays(retries), (QList<int>{40, 80}));
    QCOMPARE(finished.first().at(2).toBool(), false);
    QStringList texts;
    for (const auto &n : notes)
        texts << n.at(2).toString();
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"attempt 1 failed (Unhandled ValueError); retry 1 of 2"), qPrintable(all));
    QVERIFY2(all.contains(u"attempt 2 failed (Unhandled ValueError); retry 2 of 2"), qPrintable(all));
    QVERIFY2(all.contains(u"attempt 3 failed (Unhandled ValueError); no retries left, discarded"), qPrintable(all));
}

void TestAsyncQueue::recoversOnRetry()
{
    Script s;
    s.outcomes = {AsyncQueue::Outcome::FunctionError};
    AsyncQueue q(runner(s));
    q.setOptions(fast());
    QSignalSpy finished(&q, &AsyncQueue::finished);
    q.enqueue({QStringLiteral("id-3"), QStringLiteral("fn"), {}, "{}"});
    QVERIFY(finished.wait(3000));
    QCOMPARE(s.ids.size(), 2);
    QCOMPARE(finished.first().at(2).toBool(), true);
}

void TestAsyncQueue::throttleBacksOff()
{
    Script s;
    s.outcomes = {AsyncQueue::Outcome::Throttled, AsyncQueue::Outcome::Throttled, AsyncQueue::Outcome::Throttled,
                  AsyncQueue::Outcome::Throttled};
    AsyncQueue q(runner(s));
    q.setOptions(fast());
    QSignalSpy finished(&q, &AsyncQueue::finished);
    QSignalSpy retries(&q, &AsyncQueue::retryScheduled);
    q.enqueue({QStringLiteral("id-4"), QStringLiteral("fn"), {}, "{}"});
    QVERIFY(finished.wait(3000));
    // Throttles do not use up the two function-error retries: five attempts, the last succeeds.
    QCOMPARE(s.ids.size(), 5);
    QCOMPARE(finished.first().at(2).toBool(), true);
    QCOMPARE(delays(retries), (QList<int>{10, 20, 40, 40})); // doubled, then capped at throttleMaxDelayMs
}

void TestAsyncQueue::failedIsNotRetried()
{
    Script s;
    s.outcomes = {AsyncQueue::Outcome::Failed};
    AsyncQueue q(runner(s));
    q.setOptions(fast());
    QSignalSpy finished(&q, &AsyncQueue::finished);
    QSignalSpy notes(&q, &AsyncQueue::note);
    q.enqueue({QStringLiteral("id-5"), QStringLiteral("gone"), {}, "{}"});
    QVERIFY(finished.wait(2000));
    QCOMPARE(s.ids.size(), 1);
    QCOMPARE(finished.first().at(2).toBool(), false);
    QVERIFY(notes.last().at(2).toString().contains(u"cannot run (Rate Exceeded.); discarded"));
}

void TestAsyncQueue::maxEventAge()
{
    Script s;
    s.outcomes = {AsyncQueue::Outcome::Throttled, AsyncQueue::Outcome::Throttled, AsyncQueue::Outcome::Throttled};
    AsyncQueue q(runner(s));
    AsyncQueue::Options o = fast();
    o.maxEventAgeMs = 25; // the third backoff would pass it
    q.setOptions(o);
    QSignalSpy finished(&q, &AsyncQueue::finished);
    QSignalSpy notes(&q, &AsyncQueue::note);
    q.enqueue({QStringLiteral("id-6"), QStringLiteral("fn"), {}, "{}"});
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.first().at(2).toBool(), false);
    QVERIFY(s.ids.size() < 4);
    QVERIFY(notes.last().at(2).toString().contains(u"maximum event age"));
}

void TestAsyncQueue::clearDiscards()
{
    Script s;
    s.outcomes = {AsyncQueue::Outcome::FunctionError};
    AsyncQueue q(runner(s));
    AsyncQueue::Options o = fast();
    o.retryDelaysMs = {60'000};
    q.setOptions(o);
    QSignalSpy attempts(&q, &AsyncQueue::attemptStarted);
    QSignalSpy finished(&q, &AsyncQueue::finished);
    q.enqueue({QStringLiteral("id-7"), QStringLiteral("fn"), {}, "{}"});
    QVERIFY(attempts.wait(2000));
    QCOMPARE(q.size(), 1); // waiting a minute for its retry
    q.clear();
    QCOMPARE(q.size(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(2).toBool(), false);
}

QTEST_GUILESS_MAIN(TestAsyncQueue)
#include "tst_asyncqueue.moc"
