// invoke NAME[:QUALIFIER] [--payload JSON | --payload-file F] [--repeat N]: the `lambdesk invoke` command.
#include "cliargs.h"

#include "backend.h"
#include "invoke/loadrunner.h"
#include "model/validation.h"

#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace lambdesk::cli {

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

} // namespace lambdesk::cli
