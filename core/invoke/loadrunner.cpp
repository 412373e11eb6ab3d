#include "loadrunner.h"

#include "backend.h"
#include "metrics/durationhistogram.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace lambdesk {

int LoadPlan::concurrencyAt(int started) const
{
    if (!isRamp() || count <= 0)
        return concurrency;
    const int levels = std::abs(rampTo - concurrency) + 1;
    const int level = int(std::min<qint64>(levels - 1, qint64(std::max(started, 0)) * levels / count));
    return rampTo > concurrency ? concurrency + level : concurrency - level;
}

QString LoadPlan::target() const
{
    return function + u':' + (qualifier.isEmpty() ? QStringLiteral("$LATEST") : qualifier);
}

std::optional<Error> LoadPlan::check() const
{
    if (count < 1 || count > kMaxCount)
        return Error::invalid(QStringLiteral("repeat"),
                              QStringLiteral("The number of invocations (--repeat) must be from 1 to %1; got %2")
                                  .arg(kMaxCount)
                                  .arg(count));
    if (concurrency < 1 || concurrency > kMaxConcurrency)
        return Error::invalid(QStringLiteral("concurrency"),
                              QStringLiteral("The concurrency (--concurrency) must be from 1 to %1; got %2")
                                  .arg(kMaxConcurrency)
                                  .arg(concurrency));
    if (rampTo < 0 || rampTo > kMaxConcurrency)
        return Error::invalid(QStringLiteral("ramp"),
                              QStringLiteral("The ramp's last concurrency (--ramp C1:C2) must be from 1 to %1; got %2")
                                  .arg(kMaxConcurrency)
                                  .arg(rampTo));
    return std::nullopt;
}

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("%1  %2\n").arg(label, -14).arg(value);
}

QString ms(const std::optional<double> &v)
{
    return v ? QStringLiteral("%1 ms").arg(*v, 0, 'f', 2) : QStringLiteral("–");
}

} // namespace

QString LoadSummary::table() const
{
    QString out;
    QString shape = plan.isRamp() ? QStringLiteral("concurrency %1 → %2").arg(plan.concurrency).arg(plan.rampTo)
                                  : QStringLiteral("concurrency %1").arg(plan.concurrency);
    out += row(QStringLiteral("Function"), plan.target());
    out += row(QStringLiteral("Plan"), QStringLiteral("%1 invocations at %2").arg(requested).arg(shape));
    if (error)
        out += row(QStringLiteral("Stopped"), error->message);
    else if (cancelled)
        out += row(QStringLiteral("Stopped"), QStringLiteral("cancelled after %1 of %2").arg(count).arg(requested));
    out += row(QStringLiteral("Invocations"), QString::number(count));
    out += row(QStringLiteral("Succeeded"), QString::number(succeeded));
    out += row(QStringLiteral("Errors"), QString::number(errors));
    out += row(QStringLiteral("Timeouts"), QString::number(timeouts));
    out += row(QStringLiteral("Throttles"), QString::number(throttles));
    if (!firstError.isEmpty())
        out += row(QStringLiteral("First error"), firstError);
    out += row(QStringLiteral("Cold starts"), QString::number(coldStarts));
    out += row(QStringLiteral("Max in flight"), QString::number(maxInFlight));
    out += row(QStringLiteral("Duration min"), ms(minMs));
    out += row(QStringLiteral("Duration p50"), ms(p50Ms));
    out += row(QStringLiteral("Duration p90"), ms(p90Ms));
    out += row(QStringLiteral("Duration p99"), ms(p99Ms));
    out += row(QStringLiteral("Duration max"), ms(maxMs));
    out += row(QStringLiteral("Wall time"), QStringLiteral("%1 s").arg(double(wallMs) / 1000.0, 0, 'f', 2));
    out += row(QStringLiteral("Invocations/s"), QString::number(invocationsPerSecond, 'f', 1));
    return out;
}

LoadRunner::LoadRunner(Backend *backend, LoadPlan plan, QObject *parent)
    : QObject(parent), m_backend(backend), m_plan(std::move(plan))
{
    qRegisterMetaType<LoadProgress>();
    qRegisterMetaType<LoadSummary>();
    m_batch.setSingleShot(true);
    m_batch.setInterval(100);
    connect(&m_batch, &QTimer::timeout, this, &LoadRunner::emitProgress);
}

LoadRunner::~LoadRunner() = default;

void LoadRunner::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_clock.start();
    m_progress.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_durations.reserve(std::min(m_plan.count, 100'000));
    if (auto e = m_plan.check()) {
        m_error = std::move(e);
        maybeFinish();
        return;
    }
    pump();
}

void LoadRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_progress.stopping = true;
    touched();
    maybeFinish();
}

// Starts invocations until the concurrency asked for is in flight. An invocation may end inside
// Backend::invoke (a throttle, a cold start that fails at once): its end calls pump() again,
// which returns at once, and this loop goes on; nothing recurses.
void LoadRunner::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    QPointer<LoadRunner> self(this);
    while (self && m_running && !m_cancelled && !m_error && m_progress.started < m_plan.count
           && m_inFlight < m_plan.concurrencyAt(m_progress.started)) {
        ++m_progress.started;
        ++m_inFlight;
        m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
        m_progress.peakInFlight = std::max(m_progress.peakInFlight, m_inFlight);
        InvokeRequest request{
            m_plan.function, m_plan.qualifier, m_plan.payload, InvocationType::RequestResponse, {}, {}, m_plan.source};
        m_backend->invoke(std::move(request), [self](Result<InvocationResult> r) {
            if (self)
                self->onEnded(r);
        });
    }
    if (!self)
        return;
    m_pumping = false;
    touched();
    maybeFinish();
}

void LoadRunner::onEnded(const Result<InvocationResult> &result)
{
    --m_inFlight;
    LoadSample sample;
    sample.endMs = m_clock.elapsed();
    if (!result) {
        if (result.error().kind != Error::Kind::Throttled) {
            // It could not be started at all; the next ones would fail the same way.
            if (!m_error)
                m_error = result.error();
            m_progress.stopping = true;
            touched();
            maybeFinish();
            return;
        }
        sample.status = InvocationStatus::Throttled;
        ++m_progress.throttles;
    } else {
        const InvocationResult &r = *result;
        sample.status = r.status;
        sample.durationMs = r.durationMs;
        sample.coldStart = r.coldStart();
        switch (r.status) {
        case InvocationStatus::Succeeded: ++m_progress.succeeded; break;
        case InvocationStatus::TimedOut: ++m_progress.timeouts; break;
        case InvocationStatus::Throttled: ++m_progress.throttles; break;
        default: ++m_progress.errors; break;
        }
        if (r.ran())
            m_durations.append(r.durationMs);
        if (r.isError() && m_firstError.isEmpty()) {
            // Only the first: the error document is read once per run, not per invocation.
            const QString message =
                QJsonDocument::fromJson(r.payload).object().value(QStringLiteral("errorMessage")).toString();
            m_firstError = r.errorType.isEmpty() ? message : r.errorType + QStringLiteral(": ") + message;
            m_firstError = m_firstError.simplified().left(200);
        }
        if (sample.coldStart)
            ++m_progress.coldStarts;
    }
    ++m_progress.done;
    m_progress.samples.append(sample);
    pump();
}

void LoadRunner::touched()
{
    if (!m_batch.isActive() && !m_finished)
        m_batch.start();
}

void LoadRunner::emitProgress()
{
    m_batch.stop();
    m_progress.elapsedMs = m_clock.elapsed();
    m_progress.inFlight = m_inFlight;
    m_progress.target = m_plan.concurrencyAt(m_progress.started);
    m_progress.peakInFlight = std::max(m_progress.peakInFlight, m_inFlight);
    Q_EMIT progressed(m_progress);
    m_progress.samples.clear();
    m_progress.peakInFlight = m_inFlight;
}

void LoadRunner::maybeFinish()
{
    if (!m_running || m_finishQueued || m_inFlight > 0)
        return;
    if (!(m_cancelled || m_error || m_progress.done >= m_plan.count))
        return;
    m_finishQueued = true;
    m_wallMs = m_clock.elapsed();
    // Queued: never inside start(), nor inside the Backend's call that ended the last one.
    QMetaObject::invokeMethod(this, &LoadRunner::finish, Qt::QueuedConnection);
}

void LoadRunner::finish()
{
    emitProgress();
    m_running = false;
    m_finished = true;
    Q_EMIT finished(summary());
}

LoadSummary LoadRunner::summary() const
{
    LoadSummary s;
    s.plan = m_plan;
    s.requested = m_plan.count;
    s.count = m_progress.done;
    s.succeeded = m_progress.succeeded;
    s.errors = m_progress.errors;
    s.timeouts = m_progress.timeouts;
    s.throttles = m_progress.throttles;
    s.coldStarts = m_progress.coldStarts;
    s.maxInFlight = m_maxInFlight;
    s.wallMs = m_wallMs;
    s.cancelled = m_cancelled;
    s.error = m_error;
    s.firstError = m_firstError;
    if (!m_durations.isEmpty()) {
        QList<double> sorted = m_durations;
        std::sort(sorted.begin(), sorted.end());
        s.minMs = sorted.first();
        s.maxMs = sorted.last();
        s.p50Ms = metrics::nearestRank(sorted, 50);
        s.p90Ms = metrics::nearestRank(sorted, 90);
        s.p99Ms = metrics::nearestRank(sorted, 99);
        double sum = 0;
        for (double d : sorted)
            sum += d;
        s.meanMs = sum / double(sorted.size());
    }
    s.invocationsPerSecond = m_wallMs > 0 ? double(m_durations.size()) * 1000.0 / double(m_wallMs) : 0;
    return s;
}

} // namespace lambdesk
