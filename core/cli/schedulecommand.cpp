#include "schedulecommand.h"

#include "backend.h"
#include "cli/commandline.h"

namespace lambdesk::cli {

namespace {

int exitOf(const Error &e)
{
    return e.kind == Error::Kind::Unavailable || e.kind == Error::Kind::Internal ? CannotRun : BadUsage;
}

QString when(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

void print(const Backend::ScheduleInfo &info, QTextStream &out)
{
    const Schedule &s = info.schedule;
    out << s.name << "  " << s.expression << "  -> " << s.function << "  " << (s.enabled ? "ENABLED" : "DISABLED")
        << '\n';
    if (!s.description.isEmpty())
        out << "  description: " << s.description << '\n';
    if (!s.input.isEmpty())
        out << "  input: " << QString::fromUtf8(s.input) << '\n';
    if (!info.problem.isEmpty())
        out << "  problem: " << info.problem << '\n';
    if (info.lastRun.isValid())
        out << "  last run: " << when(info.lastRun) << " (" << info.lastResult << ")\n";
    if (!info.nextRuns.isEmpty()) {
        out << "  next runs:";
        for (const QDateTime &t : info.nextRuns)
            out << "\n    " << when(t);
        out << '\n';
    } else if (!s.enabled) {
        out << "  next runs: none (disabled)\n";
    } else {
        out << "  next runs: none\n";
    }
}

} // namespace

int scheduleCommand(const ScheduleOptions &o, QTextStream &out, QTextStream &err)
{
    const QStringList actions{QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("enable"),
                              QStringLiteral("disable"), QStringLiteral("delete")};
    if (!actions.contains(o.action)) {
        err << "lambdesk schedule: give one of create, list, enable, disable, delete"
            << (o.action.isEmpty() ? QString() : QStringLiteral("; got '%1'").arg(o.action)) << "\n\n"
            << usage();
        return BadUsage;
    }
    if (o.action != u"list" && o.name.isEmpty()) {
        err << "lambdesk schedule " << o.action << ": give the schedule's NAME\n\n" << usage();
        return BadUsage;
    }
    if (o.action == u"create" && (o.function.isEmpty() || o.expression.isEmpty())) {
        err << "lambdesk schedule create: give --function F and --expression EXPR, e.g. "
               "--expression 'rate(5 minutes)' or --expression 'cron(0 12 * * ? *)'\n";
        return BadUsage;
    }

    Backend::Options backendOptions;
    backendOptions.workspace = o.workspace;
    Backend backend(backendOptions);
    if (auto s = backend.start(); !s) {
        err << "lambdesk: " << s.error().message << '\n';
        return s.error().kind == Error::Kind::Unavailable ? CannotRun : BadUsage;
    }
    const auto fail = [&](const Error &e) {
        backend.stop();
        err << "lambdesk schedule " << o.action << ": " << e.message << '\n';
        return exitOf(e);
    };
    if (o.action == u"list") {
        const auto list = backend.listSchedules(5);
        if (!list)
            return fail(list.error());
        if (list->isEmpty())
            out << "No schedules in " << backend.workspaceRoot()
                << ". Create one with: lambdesk schedule create NAME --function F --expression 'rate(5 minutes)'\n";
        for (const Backend::ScheduleInfo &info : list.value())
            print(info, out);
        backend.stop();
        return Success;
    }
    if (o.action == u"create") {
        Schedule s;
        s.name = o.name;
        s.function = o.function;
        s.expression = o.expression;
        s.enabled = !o.disabled;
        s.description = o.description;
        s.input = o.input.toUtf8();
        const auto created = backend.createSchedule(s);
        if (!created)
            return fail(created.error());
        print(created.value(), out);
        backend.stop();
        return Success;
    }
    if (o.action == u"enable" || o.action == u"disable") {
        const auto changed = backend.setScheduleEnabled(o.name, o.action == u"enable");
        if (!changed)
            return fail(changed.error());
        print(changed.value(), out);
        backend.stop();
        return Success;
    }
    if (auto s = backend.deleteSchedule(o.name); !s)
        return fail(s.error());
    out << "Deleted schedule " << o.name << '\n';
    backend.stop();
    return Success;
}

} // namespace lambdesk::cli
