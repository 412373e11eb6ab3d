#pragma once

#include "invocationresult.h"
#include "model/error.h"

#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace lambdesk {

class Backend;

// What a load run does: `count` synchronous invocations of one function, at most
// `concurrency` at a time, each with the same payload; or a ramp, where the concurrency goes
// from `concurrency` to `rampTo` in steps (the run is divided into equal parts by invocations
// started, one part per level: 1 → 3 over 9 invocations runs 3 at 1, 3 at 2, 3 at 3).
struct LoadPlan
{
    static constexpr int kMaxCount = 1'000'000;
    static constexpr int kMaxConcurrency = 1000; // AWS's default account concurrency

    QString function;
    QString qualifier;  // empty: $LATEST
    QByteArray payload; // empty: {}
    int count = 1;
    int concurrency = 1;
    int rampTo = 0; // 0: no ramp
    InvocationSource source = InvocationSource::Load;

    bool isRamp() const { return rampTo > 0 && rampTo != concurrency; }
    // The concurrency asked for while `started` invocations have been started.
    int concurrencyAt(int started) const;
    // The largest concurrency of the run.
    int peakConcurrency() const { return isRamp() ? std::max(concurrency, rampTo) : concurrency; }
    // "hello:$LATEST", "hello:live".
    QString target() const;
    // The numbers' rules (the field named as the CLI and the dialog call it); the function and
    // the payload are checked by the first invocation.
    std::optional<Error> check() const;
};

// One invocation's end, as a live view plots it.
struct LoadSample
{
    qint64 endMs = 0;      // since the run started
    double durationMs = 0; // the function's Duration (0 for a throttle)
    InvocationStatus status = InvocationStatus::Succeeded;
    bool coldStart = false;
};

// Where a run stands, handed out in batches (every `progressIntervalMs`, not per invocation).
struct LoadProgress
{
    qint64 startedAtMs = 0; // epoch ms of the start
    qint64 elapsedMs = 0;
    int target = 0;       // the concurrency asked for now
    int inFlight = 0;     // now
    int peakInFlight = 0; // the most in flight since the previous batch
    int started = 0;
    int done = 0;
    int succeeded = 0;
    int errors = 0; // function errors (timeouts apart)
    int timeouts = 0;
    int throttles = 0;
    int coldStarts = 0;
    bool stopping = false;     // cancelled, or stopped by an error: only the ones in flight end
    QList<LoadSample> samples; // the ends since the previous batch
};

// A finished run.
struct LoadSummary
{
    LoadPlan plan;
    int requested = 0; // N
    int count = 0;     // invocations that ended (fewer than N when cancelled or stopped)
    int succeeded = 0;
    int errors = 0; // function errors (timeouts apart)
    int timeouts = 0;
    int throttles = 0; // TooManyRequestsException
    int coldStarts = 0;
    int maxInFlight = 0;
    // Over the invocations that ran (throttles apart); nullopt when none ran.
    std::optional<double> minMs, p50Ms, p90Ms, p99Ms, maxMs, meanMs;
    qint64 wallMs = 0;
    double invocationsPerSecond = 0; // that ran, per second of wall time
    bool cancelled = false;
    QString firstError;         // the first function error or timeout: "ValueError: boom"
    std::optional<Error> error; // an invocation could not be started (unknown function, bad payload, ...)

    // Every invocation ended and succeeded.
    bool allSucceeded() const { return !cancelled && !error && count == requested && succeeded == count; }
    // The table `lambdesk invoke --repeat N --concurrency C` prints.
    QString table() const;
};

// Runs a LoadPlan through the Backend facade: keeps the plan's concurrency in flight, starting
// the next invocation when one ends (nothing polls), until `count` have been started, and hands
// out progress in batches for a live view and a summary at the end. Lives on the Backend's
// thread. Invocations run like any other (announced on the Backend's one channel, recorded,
// logged). A throttle answers at once, so a run above the limit ends its throttled requests
// quickly, as a client that does not back off would see on AWS.
class LoadRunner : public QObject
{
    Q_OBJECT
public:
    LoadRunner(Backend *backend, LoadPlan plan, QObject *parent = nullptr);
    ~LoadRunner() override;

    void setProgressIntervalMs(int ms) { m_batch.setInterval(ms); }
    const LoadPlan &plan() const { return m_plan; }

    // Starts the run (once); progressed() and finished() follow, never before it returns.
    void start();
    // Starts no more invocations; the ones in flight end, then finished() (cancelled).
    void cancel();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void progressed(const lambdesk::LoadProgress &progress);
    void finished(const lambdesk::LoadSummary &summary);

private:
    void pump();
    void onEnded(const Result<InvocationResult> &result);
    void touched();
    void emitProgress();
    void maybeFinish();
    void finish();
    LoadSummary summary() const;

    Backend *m_backend;
    LoadPlan m_plan;
    QElapsedTimer m_clock;
    QTimer m_batch{this};
    LoadProgress m_progress;
    QList<double> m_durations; // of the invocations that ran
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    bool m_running = false;
    bool m_pumping = false;
    bool m_cancelled = false;
    bool m_finishQueued = false;
    bool m_finished = false;
    qint64 m_wallMs = 0;
    std::optional<Error> m_error;
    QString m_firstError;
};

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::LoadProgress)
Q_DECLARE_METATYPE(lambdesk::LoadSummary)
