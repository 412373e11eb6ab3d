#pragma once

// Shared helpers for the widget tests: a started backend with the console's context, a
// settings file that keeps the Lambda API off the real default port, calls on the backend
// thread waited for, and waits that wake on signals (never on a timer's guess).

#include "../core/safetynet.h"
#include "backendhost.h"
#include "common/consolecontext.h"
#include "common/invocationcontroller.h"
#include "settings.h"

#include <QColor>
#include <QEvent>
#include <QFile>
#include <QEventLoop>
#include <QObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVariant>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace widgettestsupport {

using safetynet::backendStartMs;

// WCAG's contrast ratio: 1 for the same colour, 21 for black on white; 3 is the least for text.
// The tests' own oracle, apart from CodeEditor::contrast (which they check).
inline double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
using safetynet::safetyNetMs;

// Re-checks `done` each time one of the watched signals arrives, until it holds; the timeout
// is only a safety net so that a broken test fails instead of hanging.
class Waiter
{
public:
    template<typename Sender, typename Signal>
    Waiter &on(const Sender *sender, Signal signal)
    {
        m_connections.append(QObject::connect(sender, signal, &m_loop, [this] { check(); }));
        return *this;
    }
    template<typename Pred>
    bool until(Pred done, int timeoutMs = 30000)
    {
        m_done = std::move(done);
        if (m_done())
            return true;
        QTimer::singleShot(timeoutMs, &m_loop, &QEventLoop::quit);
        m_loop.exec();
        return m_done();
    }
    ~Waiter()
    {
        for (const auto &c : std::as_const(m_connections))
            QObject::disconnect(c);
    }

private:
    void check()
    {
        if (m_done && m_done())
            m_loop.quit();
    }
    QEventLoop m_loop;
    std::function<bool()> m_done;
    QList<QMetaObject::Connection> m_connections;
};

// Waits until `done` holds, re-checked whenever `widget` gets a new palette (they arrive
// through posted events after the application's palette changed); 30 s is a safety net.
inline bool untilPaletteChanged(QWidget *widget, const std::function<bool()> &done)
{
    struct Filter : QObject
    {
        std::function<void()> seen;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::PaletteChange)
                seen();
            return false;
        }
    } filter;
    QEventLoop loop;
    // Quit once back in the loop: the palette is still being handed down to the children.
    filter.seen = [&] {
        if (done())
            QTimer::singleShot(0, &loop, &QEventLoop::quit);
    };
    if (done())
        return true;
    widget->installEventFilter(&filter);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    widget->removeEventFilter(&filter);
    return done();
}

// A file's bytes; empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A settings file for a test: the console's API listens on a free port (port 0), never on
// the real default 9001 that a running Lambdesk may hold.
inline QString settingsFile(const QString &path)
{
    lambdesk::Settings s(path);
    s.setValue(lambdesk::settings::apiPort, 0);
    s.sync();
    return path;
}

// Runs `work` on the backend thread and waits (up to 30 s) for its result; empty on timeout,
// so callers check it.
template<typename Work>
auto callAndWait(lambdesk::BackendHost &host, Work work)
{
    using R = decltype(work(std::declval<lambdesk::Backend &>()));
    std::optional<R> out;
    QEventLoop loop;
    QObject context;
    host.call(&context, std::move(work), [&](R r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return out;
}

// Waits until `host` knows the installed runtimes (detected in the background after start).
inline void awaitRuntimes(lambdesk::BackendHost &host)
{
    if (host.runtimesKnown())
        return;
    QSignalSpy detected(&host, &lambdesk::BackendHost::runtimesDetected);
    if (!host.runtimesKnown() && !detected.wait(backendStartMs()))
        qFatal("the runtimes were not detected");
}

// A started backend on a temporary workspace (the demo functions unless asked otherwise), its
// own settings and the console's invocation controller: what every page test needs.
struct StartedHostOptions
{
    bool seedDemo = true;
    bool persistLogs = false;
};

class StartedHost
{
    QTemporaryDir m_dir; // first: it outlives everything that uses the workspace

public:
    using Options = StartedHostOptions;
    explicit StartedHost(Options options = {})
    {
        lambdesk::Backend::Options o;
        o.workspace = m_dir.filePath(QStringLiteral("ws"));
        o.seedDemo = options.seedDemo;
        o.persistLogs = options.persistLogs;
        host = std::make_unique<lambdesk::BackendHost>(o);
        QSignalSpy started(host.get(), &lambdesk::BackendHost::started);
        host->start();
        if (!started.wait(backendStartMs()) || !started.first().first().toBool())
            qFatal("the backend did not start: %s",
                   started.isEmpty() ? "timeout" : qPrintable(started.first().at(1).toString()));
        // The runtimes come after started() (detected in the background); the pages tested here
        // offer them, and the demo functions are made with them.
        awaitRuntimes(*host);
        settings = std::make_unique<lambdesk::Settings>(settingsFile(m_dir.filePath(QStringLiteral("settings.ini"))));
        invocations = std::make_unique<lambdesk::InvocationController>(host.get());
    }
    ~StartedHost()
    {
        invocations.reset();
        host.reset(); // stops every runtime process before the workspace goes
    }
    lambdesk::ConsoleContext context() const { return {host.get(), settings.get(), invocations.get()}; }
    QString dir() const { return m_dir.path(); }
    QString workspace() const { return m_dir.filePath(QStringLiteral("ws")); }

    std::unique_ptr<lambdesk::BackendHost> host;
    std::unique_ptr<lambdesk::Settings> settings;
    std::unique_ptr<lambdesk::InvocationController> invocations;
};

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
            [this](Args... args) {
                m_calls.append(QVariantList{QVariant::fromValue(std::decay_t<Args>(args))...});
                m_arrived.quit();
            },
            Qt::QueuedConnection);
    }
    int count() const { return int(m_calls.size()); }
    const QList<QVariantList> &calls() const { return m_calls; }
    // Waits (up to timeoutMs) for one more emission; false on timeout.
    bool wait(int timeoutMs)
    {
        const qsizetype before = m_calls.size();
        QTimer::singleShot(timeoutMs, &m_arrived, &QEventLoop::quit); // a safety net only
        m_arrived.exec();
        return m_calls.size() > before;
    }

private:
    QList<QVariantList> m_calls;
    QEventLoop m_arrived;
};

} // namespace widgettestsupport
