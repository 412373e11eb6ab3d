#include "asyncconfigcommand.h"

#include "backend.h"
#include "commandline.h"
#include "model/destination.h"
#include "settings.h"

#include <QDateTime>

namespace lambdesk::cli {

namespace {

int exitFor(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::Unavailable:
    case Error::Kind::Internal: return CannotRun;
    default: return BadUsage;
    }
}

QString target(const QString &arn)
{
    return arn.isEmpty() ? QStringLiteral("none") : QStringLiteral("%1 (%2)").arg(destination::describe(arn), arn);
}

void print(QTextStream &out, const QString &function, const QString &qualifier, const EventInvokeConfig *c,
           const QString &deadLetter)
{
    out << "Function:        " << function << ':' << qualifier << '\n';
    if (!c)
        out << "                 no asynchronous invocation configuration: AWS's defaults apply\n";
    const int retries = c ? c->retries() : EventInvokeConfig::kDefaultRetries;
    const int age = c ? c->maxEventAgeSeconds() : EventInvokeConfig::kDefaultEventAge;
    out << "Retry attempts:  " << retries << ((c && c->maximumRetryAttempts) ? "" : " (default)") << '\n';
    out << "Maximum age:     " << formatEventAge(age) << " (" << age << " s"
        << ((c && c->maximumEventAgeInSeconds) ? "" : ", default") << ")\n";
    out << "On success:      " << target(c ? c->onSuccess : QString()) << '\n';
    out << "On failure:      " << target(c ? c->onFailure : QString()) << '\n';
    out << "Dead-letter:     " << target(deadLetter) << '\n';
    if (c)
        out << "Last modified:   "
            << QDateTime::fromMSecsSinceEpoch(c->lastModifiedMs, Qt::UTC).toString(Qt::ISODate) << '\n';
}

} // namespace

int asyncConfigCommand(const AsyncConfigOptions &o, QTextStream &out, QTextStream &err)
{
    QString name = o.target;
    QString qualifier = QStringLiteral("$LATEST");
    if (const qsizetype colon = name.indexOf(u':'); colon >= 0) {
        qualifier = name.mid(colon + 1);
        name = name.left(colon);
    }
    const bool changes = o.retries || o.maxAge || o.onSuccess || o.onFailure || o.deadLetter;
    if (o.remove && changes) {
        err << "lambdesk async-config: --delete takes no other option\n";
        return BadUsage;
    }
    EventInvokeConfigPatch patch;
    const auto number = [&err](const QString &option, const QString &field, const QString &text) -> std::optional<int> {
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok)
            err << "lambdesk async-config: --" << option << ": " << field << " must be a whole number; got '" << text
                << "'\n";
        return ok ? std::optional<int>(v) : std::nullopt;
    };
    if (o.retries) {
        patch.maximumRetryAttempts = number(QStringLiteral("retries"), QStringLiteral("MaximumRetryAttempts"), *o.retries);
        if (!patch.maximumRetryAttempts)
            return BadUsage;
    }
    if (o.maxAge) {
        patch.maximumEventAgeInSeconds =
            number(QStringLiteral("max-age"), QStringLiteral("MaximumEventAgeInSeconds"), *o.maxAge);
        if (!patch.maximumEventAgeInSeconds)
            return BadUsage;
    }
    patch.onSuccess = o.onSuccess;
    patch.onFailure = o.onFailure;

    Backend::Options options;
    options.workspace = o.workspace;
    QString problem;
    options.region = Settings().region(&problem);
    Backend backend(options);
    if (auto s = backend.start(); !s) {
        err << "lambdesk async-config: " << s.error().message << '\n';
        return s.error().kind == Error::Kind::Unavailable ? CannotRun : BadUsage;
    }
    const auto fail = [&](const Error &e) {
        err << "lambdesk async-config: " << e.message << '\n';
        backend.stop();
        return exitFor(e);
    };
    auto function = backend.getFunction(name);
    if (!function)
        return fail(function.error());
    if (o.remove) {
        if (auto s = backend.deleteEventInvokeConfig(name, qualifier); !s)
            return fail(s.error());
        out << "Deleted the asynchronous invocation configuration of " << name << ':' << qualifier
            << "; AWS's defaults apply (2 retries, 6 h)\n";
        backend.stop();
        return Success;
    }
    if (o.retries || o.maxAge || o.onSuccess || o.onFailure) {
        const bool exists = bool(backend.getEventInvokeConfig(name, qualifier));
        const auto r = exists ? backend.updateEventInvokeConfig(name, qualifier, patch)
                              : backend.putEventInvokeConfig(name, qualifier, patch);
        if (!r)
            return fail(r.error());
    }
    if (o.deadLetter) {
        FunctionConfig c = function.value();
        c.deadLetterTarget = *o.deadLetter;
        const auto r = backend.updateConfiguration(c);
        if (!r)
            return fail(r.error());
        function = r->config;
    }
    const auto config = backend.getEventInvokeConfig(name, qualifier);
    // None is an answer (the defaults); an unknown qualifier is not.
    if (!config && !config.error().message.endsWith(u"doesn't have an EventInvokeConfig"))
        return fail(config.error());
    print(out, name, qualifier, config ? &config.value() : nullptr, function->deadLetterTarget);
    backend.stop();
    return Success;
}

} // namespace lambdesk::cli
