// Provisioned concurrency: environments of a published version (or an alias's version)
// initialised ahead of time, against real Python and Node handlers. Their invocations are warm
// (no Init Duration), the handler sees AWS_LAMBDA_INITIALIZATION_TYPE=provisioned-concurrency,
// overflow goes on-demand; the configurations follow AWS's rules and survive a restart.
#include "testsupport.h"

#include "runtime/environmentpool.h"
#include "store/provisionedstore.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace lambdesk;

namespace {

const QString kFn = QStringLiteral("fn");

// Returns what it saw; with {"gate": port} it first connects to the test's port and waits
// there until the test writes a byte (the test controls when it ends; nothing sleeps).
const QByteArray kPython = R"PY(import os, socket

def handler(event, context):
    if event.get("crash"):
        os._exit(3)
    gate = event.get("gate")
    if gate:
        s = socket.create_connection(("127.0.0.1", gate))
        s.sendall(context.aws_request_id.encode() + b"\n")
        s.recv(1)
        s.close()
    return {"init": os.environ.get("AWS_LAMBDA_INITIALIZATION_TYPE"), "pid": os.getpid(),
            "version": os.environ["AWS_LAMBDA_FUNCTION_VERSION"]}
)PY";

const QByteArray kNode = R"JS(exports.handler = async (event, context) => {
    return { init: process.env.AWS_LAMBDA_INITIALIZATION_TYPE, pid: process.pid };
};
)JS";

bool hasInitDuration(const InvocationResult &r)
{
    for (const LogLine &l : r.logs) {
        if (l.text.startsWith(u"REPORT RequestId:"))
            return l.text.contains(u"Init Duration");
    }
    return true; // no REPORT at all: not what the test wants either
}

QString reportLine(const InvocationResult &r)
{
    for (const LogLine &l : r.logs) {
        if (l.text.startsWith(u"REPORT RequestId:"))
            return l.text;
    }
    return {};
}

// Waits (on provisionedConcurrencyChanged) until the configuration leaves IN_PROGRESS.
ProvisionedConcurrency waitSettled(Backend &b, const QString &qualifier)
{
    QSignalSpy spy(&b, &Backend::provisionedConcurrencyChanged);
    ProvisionedConcurrency now;
    testsupport::waitForSignals(
        spy,
        [&] {
            const auto c = b.getProvisionedConcurrency(kFn, qualifier);
            if (c)
                now = c.value();
            return c && now.status != u"IN_PROGRESS";
        },
        testsupport::safetyNetMs(60000));
    return now;
}

} // namespace

class TestProvisioned : public QObject
{
    Q_OBJECT

    // fn (Python) with version 1, and $LATEST unchanged.
    void makeVersion(testsupport::TestBackend &tb, const QByteArray &code = kPython,
                     RuntimeFamily family = RuntimeFamily::Python)
    {
        QTemporaryDir dir;
        const bool node = family == RuntimeFamily::Node;
        QFile f(dir.filePath(node ? QStringLiteral("index.js") : QStringLiteral("lambda_function.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(code);
        f.close();
        const auto created = tb.create(
            tb.config(kFn, family, node ? QStringLiteral("index.handler") : QStringLiteral("lambda_function.handler")),
            dir.path());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        const auto v = tb.backend->publishVersion({kFn, {}, {}, {}});
        QVERIFY2(v, v ? "" : qPrintable(v.error().message));
        QCOMPARE(v->version.number, 1);
    }

private Q_SLOTS:
    // $LATEST (and an alias on it) cannot have provisioned concurrency; N >= 1; the qualifier exists.
    void rules()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeVersion(tb);
        const auto latest = b.putProvisionedConcurrency(kFn, QStringLiteral("$LATEST"), 1);
        QVERIFY(!latest);
        QCOMPARE(latest.error().kind, Error::Kind::InvalidParameter);
        QCOMPARE(latest.error().message,
                 QStringLiteral("Provisioned Concurrency Configs cannot be applied to unpublished function versions."));
        QVERIFY(b.createAlias(kFn, QStringLiteral("dev"), QStringLiteral("$LATEST")));
        QCOMPARE(b.putProvisionedConcurrency(kFn, QStringLiteral("dev"), 1).error().kind,
                 Error::Kind::InvalidParameter);
        const auto zero = b.putProvisionedConcurrency(kFn, QStringLiteral("1"), 0);
        QCOMPARE(zero.error().kind, Error::Kind::InvalidParameter);
        QCOMPARE(zero.error().field, QStringLiteral("ProvisionedConcurrentExecutions"));
        QCOMPARE(b.putProvisionedConcurrency(kFn, QStringLiteral("7"), 1).error().kind, Error::Kind::NotFound);
        QCOMPARE(b.putProvisionedConcurrency(kFn, QStringLiteral("nope"), 1).error().kind, Error::Kind::NotFound);
        QCOMPARE(b.putProvisionedConcurrency(QStringLiteral("other"), QStringLiteral("1"), 1).error().kind,
                 Error::Kind::NotFound);
        // None yet: Get answers the configuration's own NotFound.
        const auto none = b.getProvisionedConcurrency(kFn, QStringLiteral("1"));
        QCOMPARE(none.error().kind, Error::Kind::NotFound);
        QCOMPARE(none.error().field, QStringLiteral("ProvisionedConcurrencyConfig"));
        QCOMPARE(b.deleteProvisionedConcurrency(kFn, QStringLiteral("1")).error().kind, Error::Kind::NotFound);

        // The account limit (10): at most 9 in total stay provisioned.
        const auto tooMany = b.putProvisionedConcurrency(kFn, QStringLiteral("1"), 10);
        QCOMPARE(tooMany.error().kind, Error::Kind::InvalidParameter);
        QCOMPARE(tooMany.error().field, QStringLiteral("ProvisionedConcurrentExecutions"));
        QVERIFY2(tooMany.error().message.contains(u"UnreservedConcurrentExecution"),
                 qPrintable(tooMany.error().message));
        QVERIFY(b.listProvisionedConcurrency(kFn)->isEmpty()); // nothing was kept by a refusal
        QVERIFY(!QFile::exists(provisionedstore::fileOf(tb.root() + QStringLiteral("/functions/fn")))
                || provisionedstore::read(tb.root() + QStringLiteral("/functions/fn"))->isEmpty());
    }

    // A function with reserved concurrency provisions out of it, and the reservation cannot be
    // lowered below what is provisioned (AWS's rules).
    void withinReservation()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeVersion(tb);
        QVERIFY(b.putFunctionConcurrency(kFn, 2));
        const auto over = b.putProvisionedConcurrency(kFn, QStringLiteral("1"), 3);
        QVERIFY(!over);
        QCOMPARE(over.error().kind, Error::Kind::InvalidParameter);
        QVERIFY2(over.error().message.contains(u"reservedConcurrentExecution"), qPrintable(over.error().message));
        QVERIFY(b.putProvisionedConcurrency(kFn, QStringLiteral("1"), 2));
        const auto lower = b.putFunctionConcurrency(kFn, 1);
        QVERIFY(!lower);
        QCOMPARE(lower.error().field, QStringLiteral("ReservedConcurrentExecutions"));
        QVERIFY2(lower.error().message.contains(u"provisioned concurrency [2]"), qPrintable(lower.error().message));
        QCOMPARE(b.functionConcurrency(kFn).value(), std::optional<int>(2)); // unchanged
        QVERIFY(b.putFunctionConcurrency(kFn, 3));
    }

    // Provisioned environments start at once (IN_PROGRESS -> READY); the handler sees the
    // initialization type; the first invocation is warm: no initDurationMs, no Init Duration.
    void readyAndWarm()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeVersion(tb);
        QSignalSpy logs(&b, &Backend::logLines);
        const auto put = b.putProvisionedConcurrency(kFn, QStringLiteral("1"), 1);
        QVERIFY2(put, put ? "" : qPrintable(put.error().message));
        QCOMPARE(put->status, QStringLiteral("IN_PROGRESS"));
        QCOMPARE(put->requested, 1);
        QCOMPARE(put->allocated, 0);
        QVERIFY(!put->lastModified.isEmpty());
        const ProvisionedConcurrency ready = waitSettled(b, QStringLiteral("1"));
        QCOMPARE(ready.status, QStringLiteral("READY"));
        QCOMPARE(ready.allocated, 1);
        QCOMPARE(ready.available, 1);
        QCOMPARE(b.environments(kFn).idle, 1);

        // Its init was logged when it was allocated, before any invocation.
        b.flushLogs();
        bool initLogged = false;
        for (const QList<QVariant> &batch : logs) {
            for (const LogRecord &r : batch.at(0).value<QList<LogRecord>>())
                initLogged = initLogged || (r.line.text.startsWith(u"INIT_START") && r.version == u"1");
        }
        QVERIFY(initLogged);

        const auto r = testsupport::invokeAndWait(b, kFn, QStringLiteral("1"));
        QVERIFY(r);
        QCOMPARE(r->status, InvocationStatus::Succeeded);
        const QJsonObject o = testsupport::object(r->payload);
        QCOMPARE(o.value(u"init").toString(), QStringLiteral("provisioned-concurrency"));
        QCOMPARE(o.value(u"version").toString(), QStringLiteral("1"));
        QVERIFY(!r->initDurationMs.has_value());
        QVERIFY(!r->coldStart());
        QVERIFY2(!hasInitDuration(r.value()), qPrintable(reportLine(r.value())));

        // $LATEST is on-demand: its first invocation is a cold start.
        const auto latest = testsupport::invokeAndWait(b, kFn, QStringLiteral("$LATEST"));
        QCOMPARE(testsupport::object(latest->payload).value(u"init").toString(), QStringLiteral("on-demand"));
        QVERIFY(latest->coldStart());
        QVERIFY(hasInitDuration(latest.value()));
    }

    // The same with Node, through an alias: the alias's invocations use it, the version's own don't.
    void nodeThroughAlias()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeVersion(tb, kNode, RuntimeFamily::Node);
        QVERIFY(b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("1")));
        QVERIFY(b.putProvisionedConcurrency(kFn, QStringLiteral("live"), 1));
        QCOMPARE(waitSettled(b, QStringLiteral("live")).status, QStringLiteral("READY"));
        const auto r = testsupport::invokeAndWait(b, kFn, QStringLiteral("live"));
        QVERIFY(r);
        QCOMPARE(testsupport::object(r->payload).value(u"init").toString(),
                 QStringLiteral("provisioned-concurrency"));
        QVERIFY(!r->coldStart());
        QVERIFY2(!hasInitDuration(r.value()), qPrintable(reportLine(r.value())));

        // Kept for the alias only: invoking version 1 itself starts on demand.
        const auto direct = testsupport::invokeAndWait(b, kFn, QStringLiteral("1"));
        QCOMPARE(testsupport::object(direct->payload).value(u"init").toString(), QStringLiteral("on-demand"));
        QVERIFY(direct->coldStart());
        QVERIFY(testsupport::object(direct->payload).value(u"pid") != testsupport::object(r->payload).value(u"pid"));
    }

    // N=1 and two invocations at once: the first takes the provisioned environment, the
    // second is an on-demand cold start.
    void overflowGoesOnDemand()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeVersion(tb);
        QVERIFY(b.putProvisionedConcurrency(kFn, QStringLiteral("1"), 1));
        QCOMPARE(waitSettled(b, QStringLiteral("1")).status, QStringLiteral("READY"));

        QTcpServer gate;
        QVERIFY(gate.listen(QHostAddress::LocalHost));
        const QByteArray payload = "{\"gate\":" + QByteArray::number(gate.serverPort()) + "}";
        std::optional<Result<InvocationResult>> first, second;
        b.invoke({kFn, QStringLiteral("1"), payload, InvocationType::RequestResponse, {}},
                 [&](Result<InvocationResult> r) { first = std::move(r); });
        b.invoke({kFn, QStringLiteral("1"), payload, InvocationType::RequestResponse, {}},
                 [&](Result<InvocationResult> r) { second = std::move(r); });
        // Both handlers are running once both have connected.
        QList<QTcpSocket *> waiting;
        QSignalSpy connected(&gate, &QTcpServer::newConnection);
        QVERIFY(testsupport::waitForSignals(
            connected,
            [&] {
                while (QTcpSocket *s = gate.nextPendingConnection())
                    waiting.append(s);
                return waiting.size() == 2 || first || second;
            },
            testsupport::safetyNetMs(60000)));
        QVERIFY2(!first && !second, "an invocation ended before it was released");
        const auto p = b.getProvisionedConcurrency(kFn, QStringLiteral("1"));
        QCOMPARE(p->allocated, 1);
        QCOMPARE(p->available, 0); // busy
        for (QTcpSocket *s : waiting)
            s->write("x");
        QSignalSpy finished(&b, &Backend::invocationFinished);
        QVERIFY(testsupport::waitForSignals(
            finished, [&] { return first && second; }, testsupport::safetyNetMs(60000)));
        QVERIFY(*first && *second);
        const InvocationResult &a = first->value(), &c = second->value();
        QCOMPARE(testsupport::object(a.payload).value(u"init").toString(), QStringLiteral("provisioned-concurrency"));
        QVERIFY(!a.coldStart());
        QVERIFY(!hasInitDuration(a));
        QCOMPARE(testsupport::object(c.payload).value(u"init").toString(), QStringLiteral("on-demand"));
        QVERIFY(c.coldStart());
        QVERIFY2(hasInitDuration(c), qPrintable(reportLine(c)));
        QVERIFY(testsupport::object(a.payload).value(u"pid") != testsupport::object(c.payload).value(u"pid"));
        qDeleteAll(waiting);
    }

    // A provisioned environment that dies (here its runtime exits mid-invocation) is replaced:
    // IN_PROGRESS, then READY again with a new environment that is again initialised ahead of time.
    void replacedAfterCrash()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeVersion(tb);
        QVERIFY(b.putProvisionedConcurrency(kFn, QStringLiteral("1"), 1));
        QCOMPARE(waitSettled(b, QStringLiteral("1")).status, QStringLiteral("READY"));
        const auto before = testsupport::invokeAndWait(b, kFn, QStringLiteral("1"));
        const auto crashed = testsupport::invokeAndWait(b, kFn, QStringLiteral("1"), "{\"crash\":true}");
        QVERIFY(crashed);
        QCOMPARE(crashed->errorType, QStringLiteral("Runtime.ExitError"));
        const ProvisionedConcurrency again = waitSettled(b, QStringLiteral("1"));
        QCOMPARE(again.status, QStringLiteral("READY"));
        QCOMPARE(again.allocated, 1);
        const auto after = testsupport::invokeAndWait(b, kFn, QStringLiteral("1"));
        QCOMPARE(testsupport::object(after->payload).value(u"init").toString(),
                 QStringLiteral("provisioned-concurrency"));
        QVERIFY(!after->coldStart());
        QVERIFY(testsupport::object(after->payload).value(u"pid") != testsupport::object(before->payload).value(u"pid"));
    }

        // A handler whose module fails to import: FAILED with the reason.
    void initErrorFails()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeVersion(tb, "raise RuntimeError('no config here')\n");
        QVERIFY(b.putProvisionedConcurrency(kFn, QStringLiteral("1"), 1));
        const ProvisionedConcurrency failed = waitSettled(b, QStringLiteral("1"));
        QCOMPARE(failed.status, QStringLiteral("FAILED"));
        QCOMPARE(failed.allocated, 0);
        QVERIFY2(failed.statusReason.contains(u"no config here"), qPrintable(failed.statusReason));
    }

    // An alias and the version it points at cannot both have one; deleting the alias or
    // the version removes its configuration; delete ends the environments.
    void conflictsAndDeletes()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeVersion(tb);
        QVERIFY(b.publishVersion({kFn, QStringLiteral("second"), {}, {}})); // same code: version 1 again
        QVERIFY(b.saveCodeFile(kFn, QStringLiteral("lambda_function.py"), kPython + "\n# 2\n"));
        QCOMPARE(b.publishVersion({kFn, {}, {}, {}})->version.number, 2);
        QVERIFY(b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("1")));

        QVERIFY(b.putProvisionedConcurrency(kFn, QStringLiteral("1"), 1));
        const auto onAlias = b.putProvisionedConcurrency(kFn, QStringLiteral("live"), 1);
        QCOMPARE(onAlias.error().kind, Error::Kind::Conflict);
        QVERIFY(b.deleteProvisionedConcurrency(kFn, QStringLiteral("1")));
        QVERIFY(b.putProvisionedConcurrency(kFn, QStringLiteral("live"), 1));
        QCOMPARE(b.putProvisionedConcurrency(kFn, QStringLiteral("1"), 1).error().kind, Error::Kind::Conflict);
        // The total counts every configuration: 1 (live) + 9 > 9.
        QCOMPARE(b.putProvisionedConcurrency(kFn, QStringLiteral("2"), 9).error().kind,
                 Error::Kind::InvalidParameter);
        QVERIFY(b.putProvisionedConcurrency(kFn, QStringLiteral("2"), 1));
        QCOMPARE(b.listProvisionedConcurrency(kFn)->size(), 2);

        // Moving the alias onto version 2 (which has its own) is refused.
        QCOMPARE(b.updateAlias({kFn, QStringLiteral("live"), QStringLiteral("2"), {}, {}, {}}).error().kind,
                 Error::Kind::Conflict);

        QVERIFY(b.deleteAlias(kFn, QStringLiteral("live")));
        QCOMPARE(b.getProvisionedConcurrency(kFn, QStringLiteral("live")).error().kind, Error::Kind::NotFound);
        QVERIFY(b.deleteVersion(kFn, 2));
        QVERIFY(b.listProvisionedConcurrency(kFn)->isEmpty());
        QVERIFY(!QFile::exists(provisionedstore::fileOf(tb.root() + QStringLiteral("/functions/fn"))));
        // Their environments go.
        QSignalSpy changed(&b, &Backend::environmentsChanged);
        QVERIFY(testsupport::waitForSignals(
            changed, [&] { return b.environments(kFn).idle + b.environments(kFn).busy == 0; },
            testsupport::safetyNetMs(30000)));
    }

    // Saved in the workspace: after a restart the environments start again (IN_PROGRESS -> READY).
    void survivesRestart()
    {
        QTemporaryDir dir;
        testsupport::Writable writable{dir.path()};
        Backend::Options options;
        options.workspace = dir.path();
        options.persistLogs = false;
        {
            Backend b(options);
            QVERIFY(b.start());
            QTemporaryDir code;
            QFile f(code.filePath(QStringLiteral("lambda_function.py")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPython);
            f.close();
            FunctionConfig c;
            c.name = kFn;
            c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
            c.handler = QStringLiteral("lambda_function.handler");
            QVERIFY(b.createFunction(c, CodeSource::directory(code.path())));
            QVERIFY(b.publishVersion({kFn, {}, {}, {}}));
            QVERIFY(b.putProvisionedConcurrency(kFn, QStringLiteral("1"), 2));
            b.stop();
        }
        Backend b(options);
        QSignalSpy changed(&b, &Backend::provisionedConcurrencyChanged);
        QVERIFY(b.start());
        const auto list = b.listProvisionedConcurrency(kFn);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().qualifier, QStringLiteral("1"));
        QCOMPARE(list->first().requested, 2);
        QCOMPARE(waitSettled(b, QStringLiteral("1")).status, QStringLiteral("READY"));
        QCOMPARE(b.getProvisionedConcurrency(kFn, QStringLiteral("1"))->allocated, 2);
        QVERIFY(changed.size() >= 2); // one per environment that became ready
        const auto r = testsupport::invokeAndWait(b, kFn, QStringLiteral("1"));
        QVERIFY(!r->coldStart());
        b.stop();
    }

    // Code and configuration changes of $LATEST leave a version's provisioned environments alone.
    void latestChangesKeepThem()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeVersion(tb);
        QVERIFY(b.putProvisionedConcurrency(kFn, QStringLiteral("1"), 1));
        QCOMPARE(waitSettled(b, QStringLiteral("1")).status, QStringLiteral("READY"));
        const qint64 pid = testsupport::object(testsupport::invokeAndWait(b, kFn, QStringLiteral("1"))->payload)
                               .value(u"pid")
                               .toInteger();
        QVERIFY(b.saveCodeFile(kFn, QStringLiteral("lambda_function.py"), kPython + "\n# changed\n"));
        auto config = b.getFunction(kFn).value();
        config.memorySize = 256;
        QVERIFY(b.updateConfiguration(config));
        QCOMPARE(b.getProvisionedConcurrency(kFn, QStringLiteral("1"))->status, QStringLiteral("READY"));
        const auto r = testsupport::invokeAndWait(b, kFn, QStringLiteral("1"));
        QCOMPARE(testsupport::object(r->payload).value(u"pid").toInteger(), pid);
        QVERIFY(!r->coldStart());
    }
};

QTEST_GUILESS_MAIN(TestProvisioned)
#include "tst_provisioned.moc"
