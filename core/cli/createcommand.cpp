// create NAME --runtime R [--code DIR | --zip FILE | --blueprint ID] ...: the `lambdesk create` command.
#include "cliargs.h"

#include "backend.h"
#include "store/catalogs.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace lambdesk::cli {

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

} // namespace lambdesk::cli
