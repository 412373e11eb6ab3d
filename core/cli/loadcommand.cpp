#include "cliargs.h"

#include "backend.h"
#include "invoke/loadrunner.h"
#include "settings.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <unistd.h>

namespace lambdesk::cli {

// invoke NAME --repeat N --concurrency C | --ramp C1:C2: a load run (invoke/loadrunner.h). A
// progress line on stderr when it is a terminal, the summary table on stdout; no log lines (the
// log store has them: `lambdesk logs NAME`). Ctrl+C stops starting invocations and prints the
// summary of what ended; a second one leaves at once.
int cmdLoad(const Args &a, LoadPlan plan, const QString &workspace, QTextStream &out, QTextStream &err)
{
    if (a.has(QStringLiteral("concurrency")) && a.has(QStringLiteral("ramp"))) {
        err << "lambdesk invoke: give --concurrency C or --ramp C1:C2, not both\n";
        return BadUsage;
    }
    if (!a.has(QStringLiteral("repeat"))) {
        err << "lambdesk invoke: a load run needs --repeat N, the number of invocations (with --concurrency or "
               "--ramp)\n";
        return BadUsage;
    }
    const auto whole = [](const QString &text, int *v) {
        bool ok = false;
        *v = text.toInt(&ok);
        return ok;
    };
    if (!whole(a.value(QStringLiteral("repeat")), &plan.count)) {
        err << "lambdesk invoke: --repeat must be a whole number from 1 to " << LoadPlan::kMaxCount << "; got '"
            << a.value(QStringLiteral("repeat")) << "'\n";
        return BadUsage;
    }
    if (a.has(QStringLiteral("concurrency")) && !whole(a.value(QStringLiteral("concurrency")), &plan.concurrency)) {
        err << "lambdesk invoke: --concurrency must be a whole number from 1 to " << LoadPlan::kMaxConcurrency
            << "; got '" << a.value(QStringLiteral("concurrency")) << "'\n";
        return BadUsage;
    }
    if (a.has(QStringLiteral("ramp"))) {
        const QStringList parts = a.value(QStringLiteral("ramp")).split(u':');
        if (parts.size() != 2 || !whole(parts.at(0), &plan.concurrency) || !whole(parts.at(1), &plan.rampTo)
            || plan.rampTo < 1) {
            err << "lambdesk invoke: --ramp must be C1:C2, two whole numbers from 1 to " << LoadPlan::kMaxConcurrency
                << " (the concurrency at the start and at the end, say 1:20); got '" << a.value(QStringLiteral("ramp"))
                << "'\n";
            return BadUsage;
        }
    }
    if (auto e = plan.check()) {
        err << "lambdesk invoke: " << e->message << '\n';
        return BadUsage;
    }
    int exitCode = 0;
    auto backend = startBackend(workspace, err, &exitCode);
    if (!backend)
        return exitCode;
    // The machine's limit on environments, as the console and `serve` apply it: past it, throttles.
    backend->setMaxEnvironments(Settings().value(settings::maxEnvironments));
    LoadRunner runner(backend.get(), plan);
    QEventLoop loop;
    std::optional<LoadSummary> summary;
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    QObject::connect(&runner, &LoadRunner::progressed, &loop, [&](const LoadProgress &p) {
        if (!tty)
            return;
        err << "\r\033[K" << p.done << '/' << plan.count << " done, " << p.inFlight << " in flight";
        if (plan.isRamp())
            err << " (concurrency " << p.target << ')';
        err << ", " << p.succeeded << " succeeded, " << p.errors + p.timeouts << " errors, " << p.throttles
            << " throttles" << (p.stopping ? ", stopping…" : "");
        err.flush();
    });
    QObject::connect(&runner, &LoadRunner::finished, &loop, [&](const LoadSummary &s) {
        summary = s;
        loop.quit();
    });
    SignalWatcher signals_;
    bool interrupted = false;
    QObject::connect(&signals_, &SignalWatcher::received, &loop, [&](int) {
        if (interrupted) {
            loop.quit(); // the second Ctrl+C: leave without waiting for the ones in flight
            return;
        }
        interrupted = true;
        runner.cancel();
    });
    runner.start();
    loop.exec();
    if (tty) {
        err << "\r\033[K";
        err.flush();
    }
    backend->stop();
    if (!summary) {
        err << "lambdesk invoke: interrupted with " << runner.inFlight() << " invocations in flight\n";
        return Interrupted;
    }
    if (summary->error && summary->count == 0) {
        err << "lambdesk invoke: " << summary->error->message << '\n';
        return exitFor(*summary->error);
    }
    out << summary->table();
    out.flush();
    if (summary->error) {
        err << "lambdesk invoke: " << summary->error->message << '\n';
        return exitFor(*summary->error);
    }
    if (interrupted)
        return Interrupted;
    // As `invoke` without --concurrency: 1 when any invocation did not succeed (a function
    // error, a timeout, a throttle), so that a script can tell a clean run.
    return summary->allSucceeded() ? Success : FunctionError;
}

} // namespace lambdesk::cli
