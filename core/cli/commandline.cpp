#include "commandline.h"

#include "cliargs.h"

#include "asyncconfigcommand.h"
#include "backend.h"
#include "invoke/loadrunner.h"
#include "logscommand.h"
#include "metricscommand.h"
#include "queuecommand.h"
#include "model/validation.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "layerscommand.h"
#include "provisionedcommand.h"
#include "urlcommand.h"
#include "runtimescommand.h"
#include "schedulecommand.h"
#include "servecommand.h"
#include "settings.h"
#include "signalwatcher.h"
#include "store/catalogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <optional>

#include <unistd.h>

namespace lambdesk::cli {

namespace {

const QStringList kCommands = {QStringLiteral("publish"), QStringLiteral("versions"),  QStringLiteral("alias"),
                               QStringLiteral("aliases"), QStringLiteral("create"),    QStringLiteral("invoke"),
                               QStringLiteral("list"),    QStringLiteral("runtimes"),  QStringLiteral("blueprints"),
                               QStringLiteral("serve"),   QStringLiteral("help"),      QStringLiteral("--help"),
                               QStringLiteral("-h"),      QStringLiteral("--version"), QStringLiteral("-v"),
                               QStringLiteral("metrics"), QStringLiteral("logs"),      QStringLiteral("concurrency"),
                               QStringLiteral("provisioned"), QStringLiteral("queue"), QStringLiteral("mapping"),
                               QStringLiteral("schedule"), QStringLiteral("async-config"), QStringLiteral("layers"),
                               QStringLiteral("import"), QStringLiteral("url"), QStringLiteral("export")};

// publish NAME [--description D]: the version number on stdout.
int cmdPublish(const Args &a, const QString &workspace, QTextStream &out, QTextStream &err)
{
    if (a.positional().size() != 1) {
        err << "lambdesk publish: give exactly one function name\n\n" << usage();
        return BadUsage;
    }
    int exitCode = 0;
    auto backend = startBackend(workspace, err, &exitCode);
    if (!backend)
        return exitCode;
    const auto published = backend->publishVersion(
        {a.positional().first(), a.value(QStringLiteral("description")), {}, {}});
    backend->stop();
    if (!published) {
        err << "lambdesk publish: " << published.error().message << '\n';
        return exitFor(published.error());
    }
    if (!published->created)
        err << "Nothing changed since version " << published->version.number << "; it is the answer\n";
    out << published->version.number << '\n';
    return Success;
}

int cmdVersions(const Args &a, const QString &workspace, QTextStream &out, QTextStream &err)
{
    if (a.positional().size() != 1) {
        err << "lambdesk versions: give exactly one function name\n\n" << usage();
        return BadUsage;
    }
    int exitCode = 0;
    auto backend = startBackend(workspace, err, &exitCode);
    if (!backend)
        return exitCode;
    const auto versions = backend->listVersions(a.positional().first());
    backend->stop();
    if (!versions) {
        err << "lambdesk versions: " << versions.error().message << '\n';
        return exitFor(versions.error());
    }
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(QStringLiteral("VERSION"), -7)
               .arg(QStringLiteral("PUBLISHED"), -28)
               .arg(QStringLiteral("CODESHA256"), -44)
               .arg(QStringLiteral("DESCRIPTION"));
    for (const FunctionVersion &v : versions.value())
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(v.number, -7)
                   .arg(v.config.lastModified, -28)
                   .arg(v.config.codeSha256, -44)
                   .arg(v.config.description);
    return Success;
}

// alias NAME ALIAS --version N [--weight N2=0.1] [--description D]: creates it, or moves it.
int cmdAlias(const Args &a, const QString &workspace, QTextStream &out, QTextStream &err)
{
    if (a.positional().size() != 2 || !a.has(QStringLiteral("version"))) {
        err << "lambdesk alias: give a function name, an alias name and --version N\n\n" << usage();
        return BadUsage;
    }
    QMap<QString, double> routing;
    if (a.has(QStringLiteral("weight"))) {
        const QString w = a.value(QStringLiteral("weight"));
        const qsizetype eq = w.indexOf(u'=');
        bool ok = false;
        const double weight = eq > 0 ? w.mid(eq + 1).toDouble(&ok) : 0;
        if (!ok) {
            err << "lambdesk alias: --weight must be VERSION=WEIGHT (say 2=0.1); got '" << w << "'\n";
            return BadUsage;
        }
        routing.insert(w.left(eq), weight);
    }
    int exitCode = 0;
    auto backend = startBackend(workspace, err, &exitCode);
    if (!backend)
        return exitCode;
    const QString function = a.positional().at(0), name = a.positional().at(1);
    const QString version = a.value(QStringLiteral("version"));
    Result<FunctionAlias> done = backend->getAlias(function, name);
    if (done) {
        Backend::AliasUpdate update{function, name, version, std::nullopt, routing, {}};
        if (a.has(QStringLiteral("description")))
            update.description = a.value(QStringLiteral("description"));
        done = backend->updateAlias(update);
    } else if (done.error().message.startsWith(u"Alias not found")) {
        done = backend->createAlias(function, name, version, a.value(QStringLiteral("description")), routing);
    }
    backend->stop();
    if (!done) {
        err << "lambdesk alias: " << done.error().message << '\n';
        return exitFor(done.error());
    }
    out << done->name << " -> " << done->functionVersion;
    if (done->isWeighted())
        out << " (" << done->additionalVersion << ": " << done->additionalWeight << ")";
    out << '\n';
    return Success;
}

int cmdAliases(const Args &a, const QString &workspace, QTextStream &out, QTextStream &err)
{
    if (a.positional().size() != 1) {
        err << "lambdesk aliases: give exactly one function name\n\n" << usage();
        return BadUsage;
    }
    int exitCode = 0;
    auto backend = startBackend(workspace, err, &exitCode);
    if (!backend)
        return exitCode;
    const auto aliases = backend->listAliases(a.positional().first());
    backend->stop();
    if (!aliases) {
        err << "lambdesk aliases: " << aliases.error().message << '\n';
        return exitFor(aliases.error());
    }
    for (const FunctionAlias &al : aliases.value()) {
        out << al.name << " -> " << al.functionVersion;
        if (al.isWeighted())
            out << " (" << al.additionalVersion << ": " << al.additionalWeight << ")";
        out << '\n';
    }
    return Success;
}

// concurrency NAME [--reserved N | --delete]: shows, sets or removes the reserved concurrency.
int cmdConcurrency(const Args &a, const QString &workspace, QTextStream &out, QTextStream &err)
{
    if (a.positional().size() != 1) {
        err << "lambdesk concurrency: give exactly one function name\n\n" << usage();
        return BadUsage;
    }
    if (a.has(QStringLiteral("reserved")) && a.has(QStringLiteral("delete"))) {
        err << "lambdesk concurrency: give --reserved N or --delete, not both\n";
        return BadUsage;
    }
    std::optional<int> reserved;
    if (a.has(QStringLiteral("reserved"))) {
        bool ok = false;
        reserved = a.value(QStringLiteral("reserved")).toInt(&ok);
        if (!ok || *reserved < 0) {
            err << "lambdesk concurrency: --reserved: ReservedConcurrentExecutions must be a whole number of 0 or "
                   "more; got '"
                << a.value(QStringLiteral("reserved")) << "'\n";
            return BadUsage;
        }
    }
    int exitCode = 0;
    auto backend = startBackend(workspace, err, &exitCode);
    if (!backend)
        return exitCode;
    const QString name = a.positional().first();
    Status changed = Ok{};
    if (reserved) {
        const auto put = backend->putFunctionConcurrency(name, *reserved);
        if (!put)
            changed = put.error();
    } else if (a.has(QStringLiteral("delete"))) {
        changed = backend->deleteFunctionConcurrency(name);
    }
    const auto now = backend->functionConcurrency(name);
    const Backend::AccountConcurrency account = backend->accountConcurrency();
    backend->stop();
    if (!changed) {
        err << "lambdesk concurrency: " << changed.error().message << '\n';
        return exitFor(changed.error());
    }
    if (!now) {
        err << "lambdesk concurrency: " << now.error().message << '\n';
        return exitFor(now.error());
    }
    if (now->has_value())
        out << name << ": reserved concurrency " << **now << (**now == 0 ? " (every invocation is throttled)" : "")
            << '\n';
    else
        out << name << ": no reserved concurrency (uses the unreserved account concurrency)\n";
    out << "Account: concurrency limit " << account.limit << ", unreserved " << account.unreserved << " (at least "
        << account.minimumUnreserved << " stays unreserved)\n";
    return Success;
}

int cmdList(const QString &workspace, QTextStream &out, QTextStream &err)
{
    int exitCode = 0;
    auto backend = startBackend(workspace, err, &exitCode);
    if (!backend)
        return exitCode;
    const auto functions = backend->listFunctions();
    if (functions.isEmpty()) {
        out << "No functions in " << backend->workspaceRoot()
            << ". Create one with: lambdesk create NAME --runtime RT --blueprint ID\n";
        return Success;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("NAME"), -24)
               .arg(QStringLiteral("RUNTIME"), -16)
               .arg(QStringLiteral("MEMORY"), 7)
               .arg(QStringLiteral("TIMEOUT"), 7)
               .arg(QStringLiteral("HANDLER"));
    for (const FunctionConfig &f : functions) {
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(f.name, -24)
                   .arg(f.runtime, -16)
                   .arg(QStringLiteral("%1 MB").arg(f.memorySize), 7)
                   .arg(QStringLiteral("%1 s").arg(f.timeout), 7)
                   .arg(f.handler);
    }
    return Success;
}

} // namespace

bool isCommand(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--workspace") {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--workspace=")))
            continue;
        // A word that is no option is a command; an unknown one gets an error, not a window.
        return kCommands.contains(a) || !a.startsWith(u'-');
    }
    return false;
}

int run(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    QStringList args = argv.mid(1);
    QString command;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--workspace") {
            ++i;
            continue;
        }
        if (args.at(i).startsWith(QLatin1String("--workspace=")))
            continue;
        command = args.takeAt(i);
        break;
    }
    if (command == u"--version" || command == u"-v") {
        out << "lambdesk " << LAMBDESK_VERSION << '\n';
        return Success;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << usage();
        return Success;
    }
    Args a(args);
    QString error;
    QStringList valued{QStringLiteral("workspace")};
    QStringList flags;
    if (command == u"create")
        valued << QStringLiteral("runtime") << QStringLiteral("handler") << QStringLiteral("code")
               << QStringLiteral("zip") << QStringLiteral("blueprint") << QStringLiteral("memory")
               << QStringLiteral("timeout") << QStringLiteral("ephemeral-storage") << QStringLiteral("env")
               << QStringLiteral("description") << QStringLiteral("layers");
    if (command == u"create")
        flags << QStringLiteral("no-network");
    else if (command == u"invoke") {
        valued << QStringLiteral("payload") << QStringLiteral("payload-file") << QStringLiteral("repeat")
               << QStringLiteral("concurrency") << QStringLiteral("ramp") << QStringLiteral("debug-port");
        flags << QStringLiteral("break-on-uncaught") << QStringLiteral("no-break-on-uncaught");
    } else if (command == u"runtimes")
        flags << QStringLiteral("refresh") << QStringLiteral("install-sdk");
    else if (command == u"publish")
        valued << QStringLiteral("description");
    else if (command == u"concurrency") {
        valued << QStringLiteral("reserved");
        flags << QStringLiteral("delete");
    } else if (command == u"metrics") {
        valued << QStringLiteral("since");
        flags << QStringLiteral("json");
    } else if (command == u"logs") {
        valued << QStringLiteral("since") << QStringLiteral("filter");
        flags << QStringLiteral("follow");
    } else if (command == u"provisioned") {
        valued << QStringLiteral("qualifier") << QStringLiteral("count");
        flags << QStringLiteral("delete");
    } else if (command == u"schedule") {
        valued << QStringLiteral("function") << QStringLiteral("expression") << QStringLiteral("input")
               << QStringLiteral("description");
        flags << QStringLiteral("disabled");
    } else if (command == u"queue")
        valued << queueValuedOptions();
    else if (command == u"mapping") {
        valued << mappingValuedOptions();
        flags << mappingFlags();
    } else if (command == u"async-config") {
        valued << QStringLiteral("retries") << QStringLiteral("max-age") << QStringLiteral("on-success")
               << QStringLiteral("on-failure") << QStringLiteral("dead-letter");
        flags << QStringLiteral("delete");
    } else if (command == u"layers")
        valued << layersValuedOptions();
    else if (command == u"import") {
        valued << QStringLiteral("parameter-overrides");
        flags << QStringLiteral("dry-run");
    }
    else if (command == u"url")
        valued << urlValuedOptions();
    else if (command == u"export") {
        valued << exportValuedOptions();
        flags << exportFlags();
    } else if (command == u"alias")
        valued << QStringLiteral("version") << QStringLiteral("weight") << QStringLiteral("description");
    else if (command == u"serve") {
        valued << QStringLiteral("host") << QStringLiteral("port") << QStringLiteral("allow-origin")
               << QStringLiteral("region") << QStringLiteral("concurrency-limit");
        flags << QStringLiteral("allow-remote") << QStringLiteral("require-signature")
              << QStringLiteral("print-profile") << QStringLiteral("quiet");
    }
    if (!a.parse(valued, flags, &error)) {
        err << "lambdesk " << command << ": " << error << "\n\n" << usage();
        return BadUsage;
    }
    const QString workspace = a.value(QStringLiteral("workspace"));
    if (command == u"create")
        return cmdCreate(a, workspace, out, err);
    if (command == u"invoke")
        return cmdInvoke(a, workspace, out, err);
    if (command == u"list")
        return cmdList(workspace, out, err);
    if (command == u"publish")
        return cmdPublish(a, workspace, out, err);
    if (command == u"versions")
        return cmdVersions(a, workspace, out, err);
    if (command == u"alias")
        return cmdAlias(a, workspace, out, err);
    if (command == u"aliases")
        return cmdAliases(a, workspace, out, err);
    if (command == u"concurrency")
        return cmdConcurrency(a, workspace, out, err);
    if (command == u"metrics") {
        if (a.positional().size() != 1) {
            err << "lambdesk metrics: give exactly one function name\n\n" << usage();
            return BadUsage;
        }
        MetricsOptions options{workspace, a.positional().first(), QStringLiteral("1h"), a.has(QStringLiteral("json"))};
        if (a.has(QStringLiteral("since")))
            options.since = a.value(QStringLiteral("since"));
        return metricsCommand(options, out, err);
    }
    if (command == u"logs") {
        if (a.positional().size() != 1) {
            err << "lambdesk logs: give exactly one function name\n\n" << usage();
            return BadUsage;
        }
        LogsOptions options{workspace, a.positional().first(), QStringLiteral("10m"), a.value(QStringLiteral("filter")),
                            a.has(QStringLiteral("follow"))};
        if (a.has(QStringLiteral("since")))
            options.since = a.value(QStringLiteral("since"));
        return logsCommand(options, out, err);
    }
    if (command == u"provisioned") {
        if (a.positional().size() != 1) {
            err << "lambdesk provisioned: give exactly one function name\n\n" << usage();
            return BadUsage;
        }
        return provisionedCommand({workspace, a.positional().first(), a.value(QStringLiteral("qualifier")),
                                   a.value(QStringLiteral("count")), a.has(QStringLiteral("delete"))},
                                  out, err);
    }
    if (command == u"queue" || command == u"mapping") {
        TriggerArgs t;
        t.positional = a.positional();
        for (const QString &name : command == u"queue" ? queueValuedOptions() : mappingValuedOptions())
            if (a.has(name))
                t.options.insert(name, a.value(name));
        for (const QString &name : mappingFlags())
            if (a.has(name))
                t.flags << name;
        int exitCode = 0;
        auto backend = startBackend(workspace, err, &exitCode);
        if (!backend)
            return exitCode;
        const int code = command == u"queue" ? queueCommand(*backend, t, out, err) : mappingCommand(*backend, t, out, err);
        backend->stop();
        return code;
    }
    if (command == u"schedule") {
        if (a.positional().size() > 2) {
            err << "lambdesk schedule: unexpected argument '" << a.positional().at(2) << "'\n\n" << usage();
            return BadUsage;
        }
        ScheduleOptions options;
        options.workspace = workspace;
        options.action = a.positional().value(0);
        options.name = a.positional().value(1);
        options.function = a.value(QStringLiteral("function"));
        options.expression = a.value(QStringLiteral("expression"));
        options.input = a.value(QStringLiteral("input"));
        options.description = a.value(QStringLiteral("description"));
        options.disabled = a.has(QStringLiteral("disabled"));
        return scheduleCommand(options, out, err);
    }
    if (command == u"layers") {
        LayersOptions options;
        options.positional = a.positional();
        options.zip = a.value(QStringLiteral("zip"));
        options.dir = a.value(QStringLiteral("dir"));
        options.description = a.value(QStringLiteral("description"));
        options.runtimes = a.value(QStringLiteral("runtimes"));
        options.architectures = a.value(QStringLiteral("architectures"));
        options.license = a.value(QStringLiteral("license"));
        int exitCode = 0;
        auto backend = startBackend(workspace, err, &exitCode);
        if (!backend)
            return exitCode;
        const int code = layersCommand(*backend, options, out, err);
        backend->stop();
        return code;
    }
    if (command == u"export") {
        ExportOptions options;
        options.workspace = workspace;
        options.names = a.positional();
        options.all = a.has(QStringLiteral("all"));
        options.out = a.value(QStringLiteral("out"));
        options.force = a.has(QStringLiteral("force"));
        options.zipOnly = a.has(QStringLiteral("zip-only"));
        options.role = a.value(QStringLiteral("role"));
        return exportCommand(options, out, err);
    }
    if (command == u"import") {
        if (a.positional().isEmpty()) {
            err << "lambdesk import: give the project's template.yaml\n\n" << usage();
            return BadUsage;
        }
        ImportOptions options;
        options.workspace = workspace;
        options.templatePath = a.positional().first();
        options.overrides = a.values(QStringLiteral("parameter-overrides"));
        // SAM's form: --parameter-overrides A=1 B=2 (the values after the first come as arguments).
        for (const QString &extra : a.positional().mid(1)) {
            if (!extra.contains(u'=')) {
                err << "lambdesk import: unexpected argument '" << extra << "'\n\n" << usage();
                return BadUsage;
            }
            options.overrides << extra;
        }
        options.dryRun = a.has(QStringLiteral("dry-run"));
        return importCommand(options, out, err);
    }
    if (command == u"url") {
        UrlOptions options;
        options.positional = a.positional();
        options.qualifier = a.value(QStringLiteral("qualifier"));
        options.hasAuthType = a.has(QStringLiteral("auth-type"));
        options.authType = a.value(QStringLiteral("auth-type"));
        options.hasCors = a.has(QStringLiteral("cors"));
        options.cors = a.value(QStringLiteral("cors"));
        options.hasInvokeMode = a.has(QStringLiteral("invoke-mode"));
        options.invokeMode = a.value(QStringLiteral("invoke-mode"));
        int exitCode = 0;
        auto backend = startBackend(workspace, err, &exitCode);
        if (!backend)
            return exitCode;
        const int code = urlCommand(*backend, options, out, err);
        backend->stop();
        return code;
    }
    if (command == u"async-config") {
        if (a.positional().size() != 1) {
            err << "lambdesk async-config: give exactly one function name (NAME or NAME:QUALIFIER)\n\n" << usage();
            return BadUsage;
        }
        AsyncConfigOptions options;
        options.workspace = workspace;
        options.target = a.positional().first();
        const auto optional = [&a](const char *name) {
            const QString key = QString::fromLatin1(name);
            return a.has(key) ? std::optional<QString>(a.value(key)) : std::nullopt;
        };
        options.retries = optional("retries");
        options.maxAge = optional("max-age");
        options.onSuccess = optional("on-success");
        options.onFailure = optional("on-failure");
        options.deadLetter = optional("dead-letter");
        options.remove = a.has(QStringLiteral("delete"));
        return asyncConfigCommand(options, out, err);
    }
    if (command == u"serve") {
        if (!a.positional().isEmpty()) {
            err << "lambdesk serve: unexpected argument '" << a.positional().first() << "'\n\n" << usage();
            return BadUsage;
        }
        ServeOptions options;
        options.workspace = workspace;
        options.host = a.value(QStringLiteral("host"));
        options.port = a.value(QStringLiteral("port"));
        options.region = a.value(QStringLiteral("region"));
        options.concurrencyLimit = a.value(QStringLiteral("concurrency-limit"));
        options.allowOrigins = a.values(QStringLiteral("allow-origin"));
        options.allowRemote = a.has(QStringLiteral("allow-remote"));
        options.requireSignature = a.has(QStringLiteral("require-signature"));
        options.printProfile = a.has(QStringLiteral("print-profile"));
        options.quiet = a.has(QStringLiteral("quiet"));
        return serve(options, out, err);
    }
    if (command == u"runtimes") {
        if (!a.positional().isEmpty()) {
            err << "lambdesk runtimes: unexpected argument '" << a.positional().first() << "'\n\n" << usage();
            return BadUsage;
        }
        return runtimesCommand(a.has(QStringLiteral("refresh")), a.has(QStringLiteral("install-sdk")), out, err);
    }
    if (command == u"blueprints") {
        for (const Blueprint &b : catalogs::blueprints()) {
            QStringList langs;
            for (auto it = b.handlers.cbegin(); it != b.handlers.cend(); ++it)
                langs << runtimeFamilyName(it.key());
            out << QStringLiteral("%1  %2  %3\n").arg(b.id, -22).arg(langs.join(u','), -15).arg(b.summary);
        }
        return Success;
    }
    err << "lambdesk: '" << command << "' is not a command\n\n" << usage();
    return BadUsage;
}

} // namespace lambdesk::cli
