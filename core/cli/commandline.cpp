#include "commandline.h"

#include "cliargs.h"

#include "asyncconfigcommand.h"
#include "backend.h"
#include "invoke/loadrunner.h"
#include "logscommand.h"
#include "metricscommand.h"
#include "queuecommand.h"
#include "model/validation.h"
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
                               QStringLiteral("url")};

int cmdCreate(const Args &a, const QString &workspace, QTextStream &out, QTextStream &err)
{
    if (a.positional().size() != 1) {
        err << "lambdesk create: give exactly one function name\n\n" << usage();
        return BadUsage;
    }
    const int sources = int(a.has(QStringLiteral("code"))) + int(a.has(QStringLiteral("blueprint")))
        + int(a.has(QStringLiteral("zip")));
    if (sources > 1) {
        err << "lambdesk create: give only one of --code DIR, --zip FILE and --blueprint ID\n";
        return BadUsage;
    }
    if (!a.has(QStringLiteral("runtime"))) {
        err << "lambdesk create: --runtime is required (for example python3.11, nodejs20.x, provided.al2023)\n";
        return BadUsage;
    }
    FunctionConfig c;
    c.name = a.positional().first();
    c.runtime = a.value(QStringLiteral("runtime"));
    c.handler = a.value(QStringLiteral("handler"));
    c.description = a.value(QStringLiteral("description"));
    CodeSource code = CodeSource::blank();
    if (a.has(QStringLiteral("code"))) {
        code = CodeSource::directory(QDir(a.value(QStringLiteral("code"))).absolutePath());
    } else if (a.has(QStringLiteral("zip"))) {
        QFile f(a.value(QStringLiteral("zip")));
        if (!f.open(QIODevice::ReadOnly)) {
            err << "lambdesk create: --zip: cannot read " << f.fileName() << ": " << f.errorString() << '\n';
            return BadUsage;
        }
        code = CodeSource::fromZip(f.readAll());
    } else if (a.has(QStringLiteral("blueprint"))) {
        code = CodeSource::blueprint(a.value(QStringLiteral("blueprint")));
        if (const Blueprint *b = catalogs::blueprint(code.blueprintId)) {
            c.memorySize = b->memorySize;
            c.timeout = b->timeout;
            c.environment = b->environment;
        }
    }
    if (code.kind == CodeSource::Kind::Directory && c.handler.isEmpty()) {
        err << "lambdesk create: --handler is required with --code (for example lambda_function.lambda_handler)\n";
        return BadUsage;
    }
    if (a.has(QStringLiteral("memory"))) {
        auto v = intOption(a, QStringLiteral("memory"), QStringLiteral("MemorySize"), err);
        if (!v)
            return BadUsage;
        c.memorySize = *v;
    }
    if (a.has(QStringLiteral("timeout"))) {
        auto v = intOption(a, QStringLiteral("timeout"), QStringLiteral("Timeout"), err);
        if (!v)
            return BadUsage;
        c.timeout = *v;
    }
    if (a.has(QStringLiteral("ephemeral-storage"))) {
        auto v = intOption(a, QStringLiteral("ephemeral-storage"), QStringLiteral("EphemeralStorage.Size"), err);
        if (!v)
            return BadUsage;
        c.ephemeralStorage = *v;
    }
    for (const QString &arn : a.value(QStringLiteral("layers")).split(u',', Qt::SkipEmptyParts))
        c.layers.append(arn.trimmed());
    c.noNetwork = a.has(QStringLiteral("no-network")); // the sandbox's loopback-only network
    for (const QString &kv : a.values(QStringLiteral("env"))) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0) {
            err << "lambdesk create: --env must be KEY=VALUE; got '" << kv << "'\n";
            return BadUsage;
        }
        c.environment.insert(kv.left(eq), kv.mid(eq + 1));
    }
    int code_ = 0;
    auto backend = startBackend(workspace, err, &code_);
    if (!backend)
        return code_;
    const auto created = backend->createFunction(c, code);
    if (!created) {
        err << "lambdesk create: " << created.error().message << '\n';
        return exitFor(created.error());
    }
    out << "Created " << created->name << " (" << created->runtime << ", handler " << created->handler << ", "
        << created->memorySize << " MB, " << created->timeout << " s) in " << backend->workspaceRoot() << '\n';
    return Success;
}

int cmdInvoke(const Args &a, const QString &workspace, QTextStream &out, QTextStream &err)
{
    if (a.positional().size() != 1) {
        err << "lambdesk invoke: give exactly one function name (NAME or NAME:QUALIFIER)\n\n" << usage();
        return BadUsage;
    }
    QString name = a.positional().first();
    QString qualifier;
    if (const qsizetype colon = name.indexOf(u':'); colon >= 0) {
        qualifier = name.mid(colon + 1);
        name = name.left(colon);
    }
    if (auto e = validation::functionName(name)) {
        err << "lambdesk invoke: " << e->message << '\n';
        return BadUsage;
    }
    if (a.has(QStringLiteral("payload")) && a.has(QStringLiteral("payload-file"))) {
        err << "lambdesk invoke: give --payload or --payload-file, not both\n";
        return BadUsage;
    }
    QByteArray payload = a.value(QStringLiteral("payload")).toUtf8();
    if (a.has(QStringLiteral("payload-file"))) {
        QFile f(a.value(QStringLiteral("payload-file")));
        if (!(f.fileName() == u"-" ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly))) {
            err << "lambdesk invoke: --payload-file: cannot read " << f.fileName() << ": " << f.errorString() << '\n';
            return BadUsage;
        }
        payload = f.readAll();
    }
    if (a.has(QStringLiteral("concurrency")) || a.has(QStringLiteral("ramp"))) {
        LoadPlan plan;
        plan.function = name;
        plan.qualifier = qualifier;
        plan.payload = payload;
        return cmdLoad(a, std::move(plan), workspace, out, err);
    }
    int repeat = 1;
    if (a.has(QStringLiteral("repeat"))) {
        bool ok = false;
        repeat = a.value(QStringLiteral("repeat")).toInt(&ok);
        if (!ok || repeat < 1) {
            err << "lambdesk invoke: --repeat must be a whole number of at least 1; got '"
                << a.value(QStringLiteral("repeat")) << "'\n";
            return BadUsage;
        }
    }
    int exitCode = 0;
    auto backend = startBackend(workspace, err, &exitCode);
    if (!backend)
        return exitCode;
    QObject::connect(backend.get(), &Backend::logLines, backend.get(), [&err, name](const QList<LogRecord> &records) {
        for (const LogRecord &r : records) {
            if (r.function == name)
                err << r.line.text << '\n';
        }
        err.flush();
    });
    QEventLoop loop;
    int remaining = repeat;
    int result = Success;
    std::function<void()> next = [&]() {
        InvokeRequest req{name, qualifier, payload, InvocationType::RequestResponse, {}, {}, InvocationSource::Cli};
        backend->invoke(req, [&](Result<InvocationResult> r) {
            backend->flushLogs();
            if (!r) {
                err << "lambdesk invoke: " << r.error().message << '\n';
                result = exitFor(r.error());
                loop.quit();
                return;
            }
            out << r->payload << '\n';
            out.flush();
            if (r->isError())
                result = FunctionError;
            if (--remaining > 0)
                QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
            else
                loop.quit();
        });
    };
    QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
    loop.exec();
    backend->stop();
    return result;
}

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
    else if (command == u"invoke")
        valued << QStringLiteral("payload") << QStringLiteral("payload-file") << QStringLiteral("repeat")
               << QStringLiteral("concurrency") << QStringLiteral("ramp");
    else if (command == u"runtimes")
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
    else if (command == u"url")
        valued << urlValuedOptions();
    else if (command == u"alias")
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
