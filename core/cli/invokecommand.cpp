// invoke NAME[:QUALIFIER] [--payload JSON | --payload-file F] [--repeat N] [--debug-port PORT]: the
// `lambdesk invoke` command.
#include "cliargs.h"

#include "backend.h"
#include "debug/debugtypes.h"
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
    std::optional<debug::Options> debugOptions;
    if (a.has(QStringLiteral("debug-port"))) {
        bool ok = false;
        const uint port = a.value(QStringLiteral("debug-port")).toUInt(&ok);
        if (!ok || port < 1024 || port > 65535) {
            err << "lambdesk invoke: --debug-port must be a port from 1024 to 65535; got '"
                << a.value(QStringLiteral("debug-port")) << "'\n";
            return BadUsage;
        }
        if (a.has(QStringLiteral("concurrency")) || a.has(QStringLiteral("ramp")) || a.has(QStringLiteral("repeat"))) {
            err << "lambdesk invoke: --debug-port runs one invocation: leave out --repeat, --concurrency and --ramp\n";
            return BadUsage;
        }
        if (a.has(QStringLiteral("break-on-uncaught")) && a.has(QStringLiteral("no-break-on-uncaught"))) {
            err << "lambdesk invoke: give --break-on-uncaught or --no-break-on-uncaught, not both\n";
            return BadUsage;
        }
        debugOptions.emplace();
        debugOptions->externalPort = quint16(port);
        debugOptions->breakOnUncaught = !a.has(QStringLiteral("no-break-on-uncaught"));
    } else if (a.has(QStringLiteral("break-on-uncaught")) || a.has(QStringLiteral("no-break-on-uncaught"))) {
        err << "lambdesk invoke: --break-on-uncaught and --no-break-on-uncaught go with --debug-port\n";
        return BadUsage;
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
    if (debugOptions) {
        // The outside debugger's progress on stderr, beside the log lines.
        QObject::connect(backend.get(), &Backend::debugWaitingForClient, backend.get(),
                         [&err, &backend, name](const QString &, quint16 port) {
                             const bool python = [&] {
                                 auto f = backend->getFunction(name);
                                 const RuntimeInfo *r = f ? backend->runtimes().find(f->runtime) : nullptr;
                                 return r && r->family == RuntimeFamily::Python;
                             }();
                             err << "Waiting for a debugger on 127.0.0.1:" << port << " ("
                                 << (python ? "debugpy" : "Node inspector") << ") ...\n";
                             err.flush();
                         });
        QObject::connect(backend.get(), &Backend::debugClientAttached, backend.get(), [&err](const QString &) {
            err << "Debugger attached\n";
            err.flush();
        });
        QObject::connect(backend.get(), &Backend::debugOutput, backend.get(),
                         [&err](const QString &, const QString &category, const QString &text) {
                             if (category == u"debugger") {
                                 err << "Debugger: " << text << '\n';
                                 err.flush();
                             }
                         });
    }
    int remaining = repeat;
    int result = Success;
    std::function<void()> next = [&]() {
        InvokeRequest req{name, qualifier, payload, InvocationType::RequestResponse, {}, {}, InvocationSource::Cli};
        auto answered = [&](Result<InvocationResult> r) {
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
        };
        if (debugOptions)
            backend->debugInvoke(req, *debugOptions, answered);
        else
            backend->invoke(req, answered);
    };
    QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
    loop.exec();
    backend->stop();
    return result;
}

} // namespace lambdesk::cli
