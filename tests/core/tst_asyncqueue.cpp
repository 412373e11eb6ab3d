// The Event queue's retry rules with a scripted runner: function errors retried twice after the
// configured delays, throttles with growing backoff, the same request id on every attempt.
// Delays are checked as scheduled (retryScheduled), never by the clock.
#include "invoke/asyncqueue.h"

#include <QDateTime>
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
        done(outcome,
             outcome == AsyncQueue::Outcome::FunctionError ? QStringLiteral("Unhandled ValueError")
                                                           : QStringLiteral("Rate Exceeded."));
    };
}

QList<int> delays(const QSignalSpy &spy)
{
    QList<int> out;
    for (const auto &args : spy)
        out << args.at(2).toInt();
    return out;
}

// Only against a hang: every wait below returns as soon as its signal comes.
constexpr int kSafetyNetMs = 60000;

// Waits signal by signal until `spy` has recorded `n`.
bool waitForCount(QSignalSpy &spy, qsizetype n)
{
    while (spy.size() < n) {
        if (!spy.wait(kSafetyNetMs))
            return false;
    }
    return true;
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
    void journalFollowsEachChange();
    void notAcceptedWhenJournalFails();
    void stopKeepsJournaledEvents();
    void restoreContinues();
    void discardFunction();
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
    QVERIFY(finished.wait(kSafetyNetMs));
    QCOMPARE(s.ids, QList<QString>{QStringLiteral("id-1")});
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("id-1"));
    QCOMPARE(finished.first().at(2).toBool(), true);
    QCOMPARE(q.size(), 0);
}

void TestAsyncQueue::functionErrorRetriedTwice()
{
    Script s;
    s.outcomes = {AsyncQueue::Outcome::FunctionError, AsyncQueue::Outcome::FunctionError,
                  AsyncQueue::Outcome::FunctionError};
    AsyncQueue q(runner(s));
    q.setOptions(fast());
    QSignalSpy finished(&q, &AsyncQueue::finished);
    QSignalSpy notes(&q, &AsyncQueue::note);
    QSignalSpy retries(&q, &AsyncQueue::retryScheduled);
    q.enqueue({QStringLiteral("id-2"), QStringLiteral("fn"), {}, "{}"});
    QVERIFY(finished.wait(kSafetyNetMs));
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
    QVERIFY(finished.wait(kSafetyNetMs));
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
    QVERIFY(finished.wait(kSafetyNetMs));
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
    QVERIFY(finished.wait(kSafetyNetMs));
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
    QVERIFY(finished.wait(kSafetyNetMs));
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
    o.retryDelaysMs = {3'600'000};
    q.setOptions(o);
    QSignalSpy attempts(&q, &AsyncQueue::attemptStarted);
    QSignalSpy finished(&q, &AsyncQueue::finished);
    q.enqueue({QStringLiteral("id-7"), QStringLiteral("fn"), {}, "{}"});
    QVERIFY(attempts.wait(kSafetyNetMs));
    QCOMPARE(q.size(), 1); // waiting an hour for its retry
    q.stop();
    QCOMPARE(q.size(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(2).toBool(), false);
}

namespace {
// A journal kept in memory, as the SQLite one would keep it.
struct MemoryJournal
{
    QHash<QString, AsyncQueue::Snapshot> events;
    QList<AsyncQueue::Snapshot> saves;
    bool full = false; // a disk that takes nothing more
    AsyncQueue::Journal journal()
    {
        return {[this](const AsyncQueue::Snapshot &e) {
                    if (full)
                        return false;
                    events[e.event.requestId] = e;
                    saves << e;
                    return true;
                },
                [this](const QString &id) { events.remove(id); }};
    }
};
// A journaled queue whose function-error retry waits an hour: events stay put after attempt 1.
std::unique_ptr<AsyncQueue> slowRetryQueue(Script &s, MemoryJournal &j)
{
    auto q = std::make_unique<AsyncQueue>(runner(s));
    AsyncQueue::Options o = fast();
    o.retryDelaysMs = {3'600'000};
    q->setOptions(o);
    q->setJournal(j.journal());
    return q;
}
} // namespace

// An event the journal cannot keep is not accepted (no 202 may go out for it) and never runs.
void TestAsyncQueue::notAcceptedWhenJournalFails()
{
    Script s;
    AsyncQueue q(runner(s));
    q.setOptions(fast());
    MemoryJournal j;
    q.setJournal(j.journal());
    j.full = true;
    QVERIFY(!q.enqueue({QStringLiteral("id-x"), QStringLiteral("fn"), QStringLiteral("$LATEST"), "{}"}));
    QCOMPARE(q.size(), 0);
    j.full = false;
    QSignalSpy finished(&q, &AsyncQueue::finished);
    QVERIFY(q.enqueue({QStringLiteral("id-y"), QStringLiteral("fn"), QStringLiteral("$LATEST"), "{}"}));
    QVERIFY(finished.wait(kSafetyNetMs));
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("id-y"));
    QCOMPARE(s.ids, QList<QString>{QStringLiteral("id-y")}); // id-x never ran
}

void TestAsyncQueue::journalFollowsEachChange()
{
    Script s;
    s.outcomes = {AsyncQueue::Outcome::FunctionError};
    AsyncQueue q(runner(s));
    q.setOptions(fast());
    MemoryJournal j;
    q.setJournal(j.journal());
    QSignalSpy finished(&q, &AsyncQueue::finished);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    q.enqueue({QStringLiteral("id-8"), QStringLiteral("fn"), QStringLiteral("$LATEST"), "{\"a\": 1}"});
    QCOMPARE(j.events.size(), 1); // journaled before the 202 goes out
    QCOMPARE(j.saves.first().attempts, 0);
    QVERIFY(j.saves.first().acceptedAtMs >= before);
    QCOMPARE(j.saves.first().event.payload, QByteArray("{\"a\": 1}"));
    QVERIFY(finished.wait(kSafetyNetMs));
    QVERIFY(j.events.isEmpty()); // finished: forgotten
    // accepted; attempt 1 started; retry scheduled 40 ms later; attempt 2 started
    QCOMPARE(j.saves.size(), 4);
    QCOMPARE(j.saves.at(1).attempts, 1);
    QCOMPARE(j.saves.at(2).errorRetries, 1);
    QVERIFY(j.saves.at(2).nextAttemptAtMs >= j.saves.at(1).nextAttemptAtMs + 40);
    QCOMPARE(j.saves.at(3).attempts, 2);
}

void TestAsyncQueue::stopKeepsJournaledEvents()
{
    Script s;
    s.outcomes = {AsyncQueue::Outcome::FunctionError};
    MemoryJournal j;
    auto queue = slowRetryQueue(s, j);
    AsyncQueue &q = *queue;
    QSignalSpy attempts(&q, &AsyncQueue::attemptStarted);
    QSignalSpy finished(&q, &AsyncQueue::finished);
    QSignalSpy notes(&q, &AsyncQueue::note);
    q.enqueue({QStringLiteral("id-9"), QStringLiteral("fn"), {}, "{}"});
    QVERIFY(attempts.wait(kSafetyNetMs));
    q.stop();
    QCOMPARE(q.size(), 0);
    QCOMPARE(finished.size(), 0); // not finished: kept for the next start
    QCOMPARE(j.events.size(), 1);
    QCOMPARE(j.events.value(QStringLiteral("id-9")).errorRetries, 1);
    QVERIFY(notes.last().at(2).toString().contains(u"the event is kept and runs at the next start"));
}

void TestAsyncQueue::restoreContinues()
{
    Script s;
    s.outcomes = {AsyncQueue::Outcome::FunctionError};
    AsyncQueue q(runner(s));
    q.setOptions(fast()); // retries after 40 and 80 ms
    MemoryJournal j;
    q.setJournal(j.journal());
    QSignalSpy finished(&q, &AsyncQueue::finished);
    QSignalSpy notes(&q, &AsyncQueue::note);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // One retry already used before the stop: one is left.
    AsyncQueue::Snapshot waiting{
        {QStringLiteral("id-10"), QStringLiteral("fn"), {}, "{}"}, 2, 1, 0, now - 5000, now + 30};
    // Too old by now: discarded at its attempt.
    AsyncQueue::Snapshot stale{
        {QStringLiteral("id-11"), QStringLiteral("fn"), {}, "{}"}, 1, 0, 0, now - 7LL * 3600 * 1000, now - 1000};
    q.restore({waiting, stale});
    QCOMPARE(q.size(), 2);
    QVERIFY(waitForCount(finished, 2));
    // attempt 3 fails and uses the last retry; attempt 4 succeeds. The stale one never ran.
    QCOMPARE(s.ids, (QList<QString>{QStringLiteral("id-10"), QStringLiteral("id-10")}));
    QStringList texts;
    for (const auto &n : notes)
        texts << n.at(2).toString();
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"id-10: taken back from the last session (2 attempt(s) so far)"), qPrintable(all));
    QVERIFY2(all.contains(u"id-10: attempt 3 failed (Unhandled ValueError); retry 2 of 2"), qPrintable(all));
    QVERIFY2(all.contains(u"id-10: succeeded on attempt 4"), qPrintable(all));
    QVERIFY2(all.contains(u"id-11 is older than the maximum event age"), qPrintable(all));
    QVERIFY(j.events.isEmpty());
}

void TestAsyncQueue::discardFunction()
{
    Script s;
    s.outcomes = {AsyncQueue::Outcome::FunctionError, AsyncQueue::Outcome::FunctionError};
    MemoryJournal j;
    auto queue = slowRetryQueue(s, j);
    AsyncQueue &q = *queue;
    QSignalSpy attempts(&q, &AsyncQueue::attemptStarted);
    QSignalSpy finished(&q, &AsyncQueue::finished);
    QSignalSpy notes(&q, &AsyncQueue::note);
    q.enqueue({QStringLiteral("id-12"), QStringLiteral("gone"), {}, "{}"});
    q.enqueue({QStringLiteral("id-13"), QStringLiteral("kept"), {}, "{}"});
    QVERIFY(waitForCount(attempts, 2));
    q.discardFunction(QStringLiteral("gone"), QStringLiteral("the function was deleted"));
    QCOMPARE(q.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("id-12"));
    QVERIFY(!j.events.contains(QStringLiteral("id-12")));
    QVERIFY(j.events.contains(QStringLiteral("id-13")));
    QVERIFY(notes.last().at(2).toString().contains(u"id-12: the function was deleted; discarded"));
}

QTEST_GUILESS_MAIN(TestAsyncQueue)
#include "tst_asyncqueue.moc"
