#include "cliargs.h"

#include "backend.h"
#include "settings.h"

#include <QTextStream>

namespace lambdesk::cli {

std::optional<int> intOption(const Args &a, const QString &name, const QString &field, QTextStream &err)
{
    bool ok = false;
    const int v = a.value(name).toInt(&ok);
    if (!ok) {
        err << "lambdesk: --" << name << ": " << field << " must be a whole number; got '" << a.value(name) << "'\n";
        return std::nullopt;
    }
    return v;
}

std::unique_ptr<Backend> startBackend(const QString &workspace, QTextStream &err, int *exitCode)
{
    Backend::Options options;
    options.workspace = workspace;
    options.startProvisioned = false; // a one-shot command keeps no environments ahead of time
    options.pollQueues = false; // a one-shot command does not drain queues into functions
    QString problem;
    options.region = Settings().region(&problem);
    if (!problem.isEmpty())
        err << "lambdesk: " << problem << '\n';
    problem.clear();
    options.concurrencyLimit = Settings().concurrencyLimit(&problem);
    if (!problem.isEmpty())
        err << "lambdesk: " << problem << '\n';
    auto backend = std::make_unique<Backend>(options);
    if (auto s = backend->start(); !s) {
        err << "lambdesk: " << s.error().message << '\n';
        *exitCode = s.error().kind == Error::Kind::Unavailable ? CannotRun : BadUsage;
        return nullptr;
    }
    return backend;
}

int exitFor(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::InvalidParameter:
    case Error::Kind::InvalidRequest:
    case Error::Kind::NotFound:
    case Error::Kind::Conflict:
    case Error::Kind::PreconditionFailed:
    case Error::Kind::TooLarge: return BadUsage;
    default: return CannotRun;
    }
}

} // namespace lambdesk::cli
