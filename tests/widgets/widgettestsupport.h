#pragma once

// Shared helper for the widget tests: a call on the backend thread, waited for with an event loop.

#include "backendhost.h"

#include <QObject>
#include <QTest>
#include <QVariant>

#include <optional>
#include <type_traits>

namespace widgettestsupport {

// Runs `work` on the backend thread and waits (up to 30 s) for its result; empty on timeout,
// so callers check it.
template<typename Work>
auto callAndWait(lambdesk::BackendHost &host, Work work)
{
    using R = decltype(work(std::declval<lambdesk::Backend &>()));
    std::optional<R> out;
    QObject context;
    host.call(&context, std::move(work), [&out](R r) { out.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, 30000);
    return out;
}

// Records the emissions of `signal` of an object living on another thread (the Backend on the
// backend thread), on the test's thread. QSignalSpy records through a direct connection, in the
// emitting thread, while the test reads it on its own: a data race (ThreadSanitizer found it).
// Here the connection is queued to this object, which lives on the test's thread.
class QueuedSpy : public QObject
{
public:
    template<typename Object, typename... Args>
    QueuedSpy(Object *sender, void (Object::*signal)(Args...))
    {
        connect(
            sender, signal, this,
            [this](Args... args) { m_calls.append(QVariantList{QVariant::fromValue(std::decay_t<Args>(args))...}); },
            Qt::QueuedConnection);
    }
    int count() const { return int(m_calls.size()); }
    const QList<QVariantList> &calls() const { return m_calls; }
    // Waits (up to timeoutMs) for one more emission; false on timeout.
    bool wait(int timeoutMs)
    {
        const qsizetype before = m_calls.size();
        return QTest::qWaitFor([&] { return m_calls.size() > before; }, timeoutMs);
    }

private:
    QList<QVariantList> m_calls;
};

} // namespace widgettestsupport
