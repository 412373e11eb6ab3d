#include "demoworkspace.h"

#include "backend.h"
#include "store/catalogs.h"

#include <QCoreApplication>
#include <QStringList>

namespace lambdesk::demo {

namespace {

// The language of a demo's blueprint (each demo blueprint comes in one).
std::optional<RuntimeFamily> familyOf(const Blueprint &b)
{
    if (b.handlers.isEmpty())
        return std::nullopt;
    return b.handlers.firstKey();
}

// The configuration a demo function is created with: the blueprint's settings on the newest
// installed runtime of its language.
Result<FunctionConfig> firstConfig(Backend &backend, const Function &demo, const Blueprint **blueprint)
{
    const Blueprint *b = catalogs::blueprint(demo.blueprint);
    const auto family = b ? familyOf(*b) : std::nullopt;
    if (!b || !family)
        return Error::internal(QCoreApplication::translate("lambdesk::demo", "The blueprint %1 of %2 is missing")
                                   .arg(demo.blueprint, demo.name));
    const RuntimeInfo *runtime = backend.runtimes().preferred(*family);
    if (!runtime)
        return Error{
            Error::Kind::Unavailable,
            QCoreApplication::translate("lambdesk::demo", "%1 needs %2, which is not installed on this machine")
                .arg(demo.name, *family == RuntimeFamily::Node ? QStringLiteral("Node.js") : QStringLiteral("Python")),
            QStringLiteral("Runtime")};
    FunctionConfig c;
    c.name = demo.name;
    c.runtime = runtime->id;
    c.description = demo.description;
    c.memorySize = b->memorySize;
    c.timeout = b->timeout;
    c.environment = b->environment;
    *blueprint = b;
    return c;
}

} // namespace

QList<Function> functions()
{
    return {
        {QStringLiteral("hello-python"), QStringLiteral("hello-world-python"),
         QCoreApplication::translate("lambdesk::demo", "Demo: a Python hello world. Press Test (Ctrl+Enter).")},
        {QStringLiteral("hello-node"), QStringLiteral("hello-world-nodejs"),
         QCoreApplication::translate("lambdesk::demo", "Demo: a Node.js hello world. Press Test (Ctrl+Enter).")},
    };
}

void seed(Backend &backend)
{
    const QList<Function> demos = functions();
    for (const Function &d : demos) {
        if (backend.getFunction(d.name))
            continue;
        const Blueprint *b = nullptr;
        const auto config = firstConfig(backend, d, &b);
        if (!config)
            continue; // a machine without that language gets the other demo only
        if (const auto made = backend.createFunction(config.value(), CodeSource::blueprint(b->id)); !made)
            qWarning("The demo function %s was not created: %s", qPrintable(d.name), qPrintable(made.error().message));
    }
}

Result<QString> reset(Backend &backend)
{
    if (!backend.isStarted())
        return Error{
            Error::Kind::Unavailable, QCoreApplication::translate("lambdesk::demo", "The backend is not started"), {}};
    // Deleting a demo function and creating it again from its blueprint, through the Backend's
    // public calls, is the one faithful way back to its first state: whatever the function
    // gathered (code and configuration edits, environment variables, test events, versions,
    // aliases, function URLs, asynchronous invocation configurations, reserved and provisioned
    // concurrency, breakpoints, its resource policy) lives in its folder or goes with
    // deleteFunction, and createFunction makes exactly what a new workspace gets.
    //
    // What deleteFunction does with a demo function that is busy: its environments are retired,
    // not killed. An invocation running now (or one held by the debugger) goes on to its end
    // with the code it started with, and its outcome is announced and recorded as usual; its
    // environment then stops, so the next invocation is a cold start of the restored code. Its
    // Event invocations still waiting in the queue are dropped with the function (as AWS drops
    // them for a deleted function). The stored logs and metrics of the demo functions, the
    // schedules and queue mappings that name them, the shareable test events and every other
    // function are not touched.
    QStringList restored;
    QStringList failed;
    const QList<Function> demos = functions();
    for (const Function &d : demos) {
        // Checked before anything is deleted: a demo that cannot be made again (its runtime
        // is not installed) is left as it is.
        const Blueprint *b = nullptr;
        const auto config = firstConfig(backend, d, &b);
        if (!config) {
            failed << QCoreApplication::translate("lambdesk::demo", "%1 was left as it is: %2")
                          .arg(d.name, config.error().message);
            continue;
        }
        if (backend.getFunction(d.name)) {
            if (const Status deleted = backend.deleteFunction(d.name); !deleted) {
                failed << QCoreApplication::translate("lambdesk::demo", "%1 was left as it is: %2")
                              .arg(d.name, deleted.error().message);
                continue;
            }
        }
        if (const auto made = backend.createFunction(config.value(), CodeSource::blueprint(b->id)); !made) {
            failed << QCoreApplication::translate("lambdesk::demo", "%1 could not be created again: %2")
                          .arg(d.name, made.error().message);
            continue;
        }
        restored << d.name;
    }
    QString said = restored.isEmpty()
        ? QString()
        : QCoreApplication::translate("lambdesk::demo", "Demo functions restored to their first state: %1.")
              .arg(restored.join(QStringLiteral(", ")));
    if (failed.isEmpty())
        return said;
    const QString problems = failed.join(QStringLiteral("; ")) + u'.';
    return Error::internal(said.isEmpty() ? problems : said + u' ' + problems);
}

} // namespace lambdesk::demo
