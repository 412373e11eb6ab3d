#include "servecommand.h"

#include "api/apicredentials.h"
#include "api/lambdaapiserver.h"
#include "api/requestguard.h"
#include "api/serveroptions.h"
#include "backend.h"
#include "commandline.h"
#include "model/validation.h"
#include "settings.h"
#include "signalwatcher.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QTextStream>

#include <csignal>

namespace lambdesk::cli {

namespace {

QString endpointOf(const QString &host, int port)
{
    QHostAddress a;
    const bool v6 = a.setAddress(host) && a.protocol() == QAbstractSocket::IPv6Protocol;
    return QStringLiteral("http://%1:%2").arg(v6 ? u'[' + host + u']' : host).arg(port);
}

} // namespace

int serve(const ServeOptions &o, QTextStream &out, QTextStream &err)
{
    Settings settings;
    const QString host = o.host.isEmpty() ? settings.value(settings::apiHost) : o.host;
    QString portProblem;
    int port = settings.apiPort(&portProblem);
    if (!o.port.isEmpty()) {
        bool ok = false;
        port = o.port.toInt(&ok);
        if (!ok || port < 0 || port > 65535) {
            err << "lambdesk serve: --port must be a whole number from 0 to 65535 (0 picks a free port); got '"
                << o.port << "'\n";
            return BadUsage;
        }
    } else if (!portProblem.isEmpty()) {
        err << "lambdesk serve: " << portProblem << '\n';
    }
    if (!api::guard::isLoopbackHost(host) && !o.allowRemote) {
        err << "lambdesk serve: --host " << host << " would let other machines create and run functions on this one.\n"
            << "  Add --allow-remote to do that on purpose (and consider --require-signature), or use --host 127.0.0.1.\n";
        return BadUsage;
    }
    Backend::Options backendOptions;
    backendOptions.workspace = o.workspace;
    if (!o.region.isEmpty()) {
        if (const auto e = validation::region(o.region)) {
            err << "lambdesk serve: --region: " << e->message << '\n';
            return BadUsage;
        }
        backendOptions.region = o.region;
    } else {
        QString problem;
        backendOptions.region = settings.region(&problem);
        if (!problem.isEmpty())
            err << "lambdesk serve: " << problem << '\n';
    }
    if (!o.concurrencyLimit.isEmpty()) {
        bool ok = false;
        backendOptions.concurrencyLimit = o.concurrencyLimit.toInt(&ok);
        if (!ok || ConcurrencyLimits::checkAccountLimit(backendOptions.concurrencyLimit)) {
            err << "lambdesk serve: --concurrency-limit: the account concurrency limit must be a whole number from 1 "
                   "to "
                << ConcurrencyLimits::kMaxAccountLimit << "; got '" << o.concurrencyLimit << "'\n";
            return BadUsage;
        }
    } else {
        QString problem;
        backendOptions.concurrencyLimit = settings.concurrencyLimit(&problem);
        if (!problem.isEmpty())
            err << "lambdesk serve: " << problem << '\n';
    }
    const api::sigv4::Credentials credentials = api::credentials::ensure(settings);
    if (o.printProfile) {
        out << api::credentials::awsConfigProfile(credentials, endpointOf(host, port), backendOptions.region);
        return Success;
    }

    backendOptions.runSchedules = true;
    Backend backend(backendOptions);
    if (auto s = backend.start(); !s) {
        err << "lambdesk serve: " << s.error().message << '\n';
        return s.error().kind == Error::Kind::Unavailable ? CannotRun : BadUsage;
    }
    backend.setIdleTimeoutMs(settings.value(settings::idleTimeoutMinutes) * 60 * 1000);
    backend.setMaxEnvironments(settings.value(settings::maxEnvironments));
    LambdaApiServer server(&backend);
    const LambdaApiServer::Options options = api::serverOptions(settings,
                                                                {o.allowRemote, o.allowOrigins, o.requireSignature});
    server.setOptions(options);
    if (auto s = server.listen(host, quint16(port)); !s) {
        err << "lambdesk serve: " << s.error().message;
        if (s.error().field == u"Port")
            err << ": lambdesk serve --port P (0 picks a free one), or api/port in the settings";
        err << '\n';
        backend.stop();
        return s.error().kind == Error::Kind::Unavailable ? CannotRun : BadUsage;
    }

    const QString endpoint = server.endpoint();
    out << "Lambdesk " << LAMBDESK_VERSION << ": Lambda API on " << endpoint << '\n'
        << "  workspace   " << backend.workspaceRoot() << " (" << backend.listFunctions().size() << " functions)\n"
        << "  runtimes    "
        // Never waited for here: the cache's list, else said to come (the address goes out first).
        << (backend.runtimesKnown() ? backend.runtimes().ids().join(QStringLiteral(", "))
                                    : QStringLiteral("detecting… (printed when known)"))
        << '\n'
        << "  region      " << backend.region() << " (in ARNs and AWS_REGION; --region changes it)\n"
        << "  concurrency " << backend.accountConcurrency().limit << " at once, "
        << backend.accountConcurrency().unreserved << " unreserved (--concurrency-limit changes it)\n";
    if (options.requireSignature)
        out << "  signatures  required: access key " << credentials.accessKeyId
            << " (lambdesk serve --print-profile prints a ~/.aws/config profile)\n";
    else
        out << "  signatures  not checked: any credentials work (--require-signature checks them)\n";
    if (!options.policy.allowedOrigins.isEmpty())
        out << "  origins     " << options.policy.allowedOrigins.join(QStringLiteral(", ")) << '\n';
    out << "  try         /usr/bin/aws lambda list-functions --endpoint-url " << endpoint << '\n'
        << "Stop with Ctrl+C.\n";
    out.flush();
    if (!backend.runtimesKnown()) {
        // Detected on a worker thread so that the first invocation need not wait for it; the
        // API answers meanwhile (a call that needs a runtime waits for the detection).
        QObject::connect(&backend, &Backend::runtimesDetected, &backend, [&out, &backend] {
            out << "  runtimes    " << backend.runtimes().ids().join(QStringLiteral(", ")) << '\n';
            out.flush();
        });
        backend.detectRuntimes();
    }
    if (o.allowRemote && !QHostAddress(host).isLoopback()) {
        err << "WARNING: listening on " << endpoint
            << ": anyone who can reach this machine can create and run code here as "
            << "your user" << (options.requireSignature ? QString() : QStringLiteral(", without credentials")) << ".\n";
        err.flush();
    }

    // Printed even with --quiet: while it lasts, clients hang without an answer.
    QObject::connect(&server, &LambdaApiServer::acceptPaused, &server, [&err](const QString &message) {
        err << "lambdesk serve: " << message << '\n';
        err.flush();
    });
    QObject::connect(&server, &LambdaApiServer::acceptResumed, &server, [&err] {
        err << "lambdesk serve: accepting connections again\n";
        err.flush();
    });
    if (!o.quiet) {
        QObject::connect(&server, &LambdaApiServer::requestHandled, &server, [&err](const ApiCall &c) {
            err << QDateTime::fromMSecsSinceEpoch(c.timeMs).toString(QStringLiteral("HH:mm:ss.zzz")) << "  " << c.method
                << ' ' << c.path << "  " << c.status << ' '
                << (c.operation.isEmpty() ? QStringLiteral("-") : c.operation)
                << (c.errorType.isEmpty() ? QString() : u' ' + c.errorType) << "  "
                << QString::number(c.durationMs, 'f', 2) << " ms\n";
            err.flush();
        });
        QObject::connect(&backend, &Backend::logLines, &server, [&err](const QList<LogRecord> &records) {
            for (const LogRecord &r : records)
                err << "  [" << r.function << "] " << r.line.text << '\n';
            err.flush();
        });
    }

    QEventLoop loop;
    SignalWatcher signals_;
    if (!signals_.isActive()) {
        err << "lambdesk serve: cannot watch SIGINT/SIGTERM\n";
        return CannotRun;
    }
    int stopSignal = 0;
    QObject::connect(&signals_, &SignalWatcher::received, &loop, [&](int signal) {
        stopSignal = signal;
        loop.quit();
    });
    loop.exec();

    out << "Stopping (" << (stopSignal == SIGINT ? "SIGINT" : "SIGTERM")
        << "): closing the API and ending every runtime...\n";
    out.flush();
    // The API stops listening first (Backend::shuttingDown), then the environments end; the same
    // event loop runs on until they have: no nested loop while anything still listens.
    QObject::connect(&backend, &Backend::stopped, &loop, &QEventLoop::quit);
    backend.shutdown();
    if (backend.isStarted())
        loop.exec();
    server.close();
    out << "Stopped.\n";
    out.flush();
    return Success;
}

} // namespace lambdesk::cli
