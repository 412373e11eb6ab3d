#include "provisionedcommand.h"

#include "backend.h"
#include "cli/commandline.h"

#include <QEventLoop>

namespace lambdesk::cli {

namespace {

int exitFor(const Error &e)
{
    return e.kind == Error::Kind::Internal || e.kind == Error::Kind::Unavailable ? CannotRun : BadUsage;
}

void print(QTextStream &out, const ProvisionedConcurrency &c)
{
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(c.qualifier, -12)
               .arg(c.requested, 9)
               .arg(c.allocated, 9)
               .arg(c.status, -11)
               .arg(c.statusReason.isEmpty() ? c.lastModified : c.statusReason);
}

void printHeader(QTextStream &out)
{
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("QUALIFIER"), -12)
               .arg(QStringLiteral("REQUESTED"), 9)
               .arg(QStringLiteral("ALLOCATED"), 9)
               .arg(QStringLiteral("STATUS"), -11)
               .arg(QStringLiteral("LAST MODIFIED / REASON"));
}

} // namespace

int provisionedCommand(const ProvisionedOptions &options, QTextStream &out, QTextStream &err)
{
    const bool put = !options.count.isEmpty();
    if ((put || options.remove) && options.qualifier.isEmpty()) {
        err << "lambdesk provisioned: --count and --delete need --qualifier (a version number or an alias)\n";
        return BadUsage;
    }
    if (put && options.remove) {
        err << "lambdesk provisioned: give either --count N or --delete, not both\n";
        return BadUsage;
    }
    int count = 0;
    if (put) {
        bool ok = false;
        count = options.count.toInt(&ok);
        if (!ok || count < 1) {
            err << "lambdesk provisioned: --count: ProvisionedConcurrentExecutions must be a whole number of at least "
                   "1; got '"
                << options.count << "'\n";
            return BadUsage;
        }
    }
    Backend::Options backendOptions;
    backendOptions.workspace = options.workspace;
    backendOptions.startProvisioned = false; // only the one put here starts (and stops with the command)
    Backend backend(backendOptions);
    if (auto s = backend.start(); !s) {
        err << "lambdesk: " << s.error().message << '\n';
        return s.error().kind == Error::Kind::Unavailable ? CannotRun : BadUsage;
    }
    const QString &name = options.function;
    if (put) {
        auto c = backend.putProvisionedConcurrency(name, options.qualifier, count);
        if (!c) {
            err << "lambdesk provisioned: " << c.error().message << '\n';
            return exitFor(c.error());
        }
        // Saved; now wait for its environments, so that an init error shows here.
        err << "Initialising " << count << " environment(s) of " << name << ':' << options.qualifier << "...\n";
        err.flush();
        QEventLoop loop;
        ProvisionedConcurrency now = c.value();
        const auto check = [&] {
            if (auto current = backend.getProvisionedConcurrency(name, options.qualifier))
                now = current.value();
            if (now.status != u"IN_PROGRESS")
                loop.quit();
        };
        QObject::connect(&backend, &Backend::provisionedConcurrencyChanged, &loop, check);
        check();
        if (now.status == u"IN_PROGRESS")
            loop.exec();
        printHeader(out);
        print(out, now);
        out << "(kept initialised while the console or `lambdesk serve` runs)\n";
        backend.stop();
        return now.status == u"FAILED" ? FunctionError : Success;
    }
    if (options.remove) {
        const auto s = backend.deleteProvisionedConcurrency(name, options.qualifier);
        backend.stop();
        if (!s) {
            err << "lambdesk provisioned: " << s.error().message << '\n';
            return exitFor(s.error());
        }
        out << "Deleted the provisioned concurrency of " << name << ':' << options.qualifier << '\n';
        return Success;
    }
    auto list = options.qualifier.isEmpty()
        ? backend.listProvisionedConcurrency(name)
        : [&]() -> Result<QList<ProvisionedConcurrency>> {
              auto c = backend.getProvisionedConcurrency(name, options.qualifier);
              if (!c)
                  return c.error();
              return QList<ProvisionedConcurrency>{c.value()};
          }();
    backend.stop();
    if (!list) {
        err << "lambdesk provisioned: " << list.error().message << '\n';
        return exitFor(list.error());
    }
    if (list->isEmpty()) {
        out << name << " has no provisioned concurrency. Add some with: lambdesk provisioned " << name
            << " --qualifier VERSION_OR_ALIAS --count N\n";
        return Success;
    }
    out << QStringLiteral("%1  %2  %3\n")
               .arg(QStringLiteral("QUALIFIER"), -12)
               .arg(QStringLiteral("REQUESTED"), 9)
               .arg(QStringLiteral("LAST MODIFIED"));
    for (const ProvisionedConcurrency &c : list.value())
        out << QStringLiteral("%1  %2  %3\n").arg(c.qualifier, -12).arg(c.requested, 9).arg(c.lastModified);
    out << "(allocated while the console or `lambdesk serve` runs)\n";
    return Success;
}

} // namespace lambdesk::cli
