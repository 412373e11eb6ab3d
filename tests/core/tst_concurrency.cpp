// Concurrency limits: the account limit and its minimum unreserved part, reserved concurrency
// per function (Put/Get/DeleteFunctionConcurrency, GetAccountSettings, GetFunction's
// Concurrency), kept in the workspace, and enforced on real Python functions — a synchronous
// invocation past a limit answers 429 with AWS's Reason, an Event one waits and is retried,
// throttles are recorded, counted in the metrics and logged. Functions are held at a TCP gate
// the test opens, so "in flight" is an event, never a guess about time.
#include "api/lambdaapiserver.h"
#include "backend.h"
#include "invoke/asyncqueue.h"
#include "invoke/concurrencylimits.h"
#include "store/concurrencystore.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace lambdesk;
using namespace testsupport;

namespace {

const char *kHandler = R"PY(import socket

def handler(event, context):
    if "gate" in event:
        # Held until the test lets it go: it connects to the test's gate and waits for a byte.
        with socket.create_connection(("127.0.0.1", event["gate"])) as gate:
            gate.recv(1)
    return {"ok": True}
)PY";

const QString kReserved = QStringLiteral("ReservedFunctionConcurrentInvocationLimitExceeded");
const QString kAccount = QStringLiteral("ConcurrentInvocationLimitExceeded");

struct Reply
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One request on a fresh connection, answered by the server on this thread: the event loop
// runs until the whole answer is in (status 0 when none came within the safety net).
Reply request(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                 + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\n\r\n" + body);
    QByteArray got;
    QSignalSpy ready(&socket, &QTcpSocket::readyRead);
    Reply r;
    for (;;) {
        got += socket.readAll();
        const qsizetype end = got.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QList<QByteArray> lines = got.left(end).split('\n');
            qsizetype length = 0;
            QList<std::pair<QByteArray, QByteArray>> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                const QByteArray k = lines[i].left(colon).trimmed(), v = lines[i].mid(colon + 1).trimmed();
                headers.append({k, v});
                if (k.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = v.toLongLong();
            }
            if (got.size() >= end + 4 + length) {
                r.status = lines.first().split(' ').value(1).toInt();
                r.headers = headers;
                r.body = got.mid(end + 4, length);
                return r;
            }
        }
        if (!ready.wait(safetyNetMs(60000)))
            return r;
    }
}

// A gate the handlers wait at: each connects and blocks until open() writes a byte.
class Gate
{
public:
    Gate()
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("the gate cannot listen");
    }
    QByteArray event() const { return "{\"gate\":" + QByteArray::number(m_server.serverPort()) + "}"; }
    // Waits until `n` handlers are held at the gate.
    bool waitForHeld(int n)
    {
        QSignalSpy connected(&m_server, &QTcpServer::newConnection);
        const auto enough = [&] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                m_held.append(s);
            return m_held.size() >= n;
        };
        return waitForSignals(connected, enough, safetyNetMs(60000));
    }
    // Lets every held handler return.
    void open()
    {
        for (QTcpSocket *s : std::as_const(m_held)) {
            s->write("!");
            s->flush();
        }
        m_held.clear();
    }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_held; // children of the server
};

// Starts a synchronous invocation and keeps its answer for later.
struct Pending
{
    std::optional<Result<InvocationResult>> result;
};
std::shared_ptr<Pending> start(Backend &b, const QString &name, const QByteArray &payload)
{
    auto p = std::make_shared<Pending>();
    b.invoke(InvokeRequest{name, {}, payload}, [p](Result<InvocationResult> r) { p->result = std::move(r); });
    return p;
}

bool waitForAll(Backend &b, const QList<std::shared_ptr<Pending>> &pending)
{
    QSignalSpy finished(&b, &Backend::invocationFinished);
    return waitForSignals(
        finished,
        [&] {
            return std::all_of(pending.cbegin(), pending.cend(), [](const auto &p) { return p->result.has_value(); });
        },
        safetyNetMs(60000));
}

QString writeCode(const QTemporaryDir &dir)
{
    QFile f(dir.filePath(QStringLiteral("app.py")));
    if (!f.open(QIODevice::WriteOnly) || f.write(kHandler) < 0)
        qFatal("cannot write the handler");
    return dir.path();
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_code.isValid());
        writeCode(m_code);
    }

    void minimumUnreserved_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("minimum");
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("10 (the default)") << 10 << 1;
        QTest::newRow("25") << 25 << 2;
        QTest::newRow("100") << 100 << 10;
        QTest::newRow("1000 (AWS's)") << 1000 << 100;
    }
    void minimumUnreserved()
    {
        QFETCH(int, limit);
        QFETCH(int, minimum);
        QCOMPARE(ConcurrencyLimits::minimumUnreserved(limit), minimum);
    }

    // AWS's rule: a reservation may not leave less than the minimum unreserved.
    void reservationRule_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("other"); // another function's reservation (-1: none)
        QTest::addColumn<int>("reserved");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0 is allowed") << 10 << -1 << 0 << true;
        QTest::newRow("up to L - minimum") << 10 << -1 << 9 << true;
        QTest::newRow("all of L") << 10 << -1 << 10 << false;
        QTest::newRow("with another's") << 10 << 5 << 4 << true;
        QTest::newRow("with another's, too much") << 10 << 5 << 5 << false;
        QTest::newRow("L=100: 90") << 100 << -1 << 90 << true;
        QTest::newRow("L=100: 91") << 100 << -1 << 91 << false;
        QTest::newRow("negative") << 10 << -1 << -1 << false;
    }
    void reservationRule()
    {
        QFETCH(int, limit);
        QFETCH(int, other);
        QFETCH(int, reserved);
        QFETCH(bool, accepted);
        ConcurrencyLimits l;
        l.setAccountLimit(limit);
        if (other >= 0)
            l.setReserved(QStringLiteral("other"), other);
        const auto e = l.checkReservation(QStringLiteral("fn"), reserved);
        QCOMPARE(!e.has_value(), accepted);
        if (e) {
            QCOMPARE(e->kind, Error::Kind::InvalidParameter);
            QCOMPARE(e->field, QStringLiteral("ReservedConcurrentExecutions"));
            if (reserved >= 0)
                QCOMPARE(e->message,
                         QStringLiteral("Specified ReservedConcurrentExecutions for function decreases account's "
                                        "UnreservedConcurrentExecution below its minimum value of [%1].")
                             .arg(ConcurrencyLimits::minimumUnreserved(limit)));
        }
        // Replacing one's own reservation does not count it twice.
        if (accepted && reserved >= 0) {
            l.setReserved(QStringLiteral("fn"), reserved);
            QVERIFY(!l.checkReservation(QStringLiteral("fn"), reserved));
        }
    }

    // The pools: a reserved function counts against its own, the others share L minus the
    // reservations; a reservation set while invocations run takes them along.
    void pools()
    {
        ConcurrencyLimits l;
        l.setAccountLimit(10);
        l.setReserved(QStringLiteral("r"), 2);
        QCOMPARE(l.unreservedConcurrency(), 8);
        QVERIFY(!l.acquire(QStringLiteral("r")));
        QVERIFY(!l.acquire(QStringLiteral("r")));
        const auto t = l.acquire(QStringLiteral("r"));
        QCOMPARE(t.reason, ConcurrencyLimits::Reason::Reserved);
        QCOMPARE(t.limit, 2);
        QCOMPARE(t.reasonName(), kReserved);
        for (int i = 0; i < 8; ++i)
            QVERIFY(!l.acquire(QStringLiteral("u%1").arg(i % 3)));
        const auto u = l.acquire(QStringLiteral("u9"));
        QCOMPARE(u.reason, ConcurrencyLimits::Reason::Account);
        QCOMPARE(u.limit, 8);
        QCOMPARE(u.reasonName(), kAccount);
        l.release(QStringLiteral("r")); // the reserved pool frees nothing of the shared one
        QVERIFY(l.acquire(QStringLiteral("u9")));
        l.release(QStringLiteral("u0"));
        QVERIFY(!l.acquire(QStringLiteral("u9")));
        // u1 (3 running: i = 1, 4, 7) gets a reservation of 3: its three move out of the shared pool.
        QCOMPARE(l.running(QStringLiteral("u1")), 3);
        l.setReserved(QStringLiteral("u1"), 3);
        QCOMPARE(l.unreservedRunning(), 5);
        QCOMPARE(l.acquire(QStringLiteral("u1")).reason, ConcurrencyLimits::Reason::Reserved);
        QCOMPARE(l.unreservedConcurrency(), 5);
        l.setReserved(QStringLiteral("u1"), std::nullopt);
        QCOMPARE(l.unreservedRunning(), 8);
        l.setReserved(QStringLiteral("zero"), 0);
        QCOMPARE(l.acquire(QStringLiteral("zero")).reason, ConcurrencyLimits::Reason::Reserved);
    }

    // Reserved 0: every invocation is refused, announced and ended Throttled, logged with the
    // reason and the limit; removing it lets the function run again.
    void reservedZeroThrottlesEverything()
    {
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("app.handler")),
                          m_code.path()));
        const auto put = tb.backend->putFunctionConcurrency(QStringLiteral("fn"), 0);
        QVERIFY2(put, put ? "" : qPrintable(put.error().message));
        QSignalSpy started(tb.backend.get(), &Backend::invocationStarted);
        QSignalSpy finished(tb.backend.get(), &Backend::invocationFinished);
        QSignalSpy logs(tb.backend.get(), &Backend::logLines);
        for (int i = 0; i < 3; ++i) {
            const auto r = tb.invoke(QStringLiteral("fn"));
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::Throttled);
            QCOMPARE(r.error().field, kReserved);
            QCOMPARE(r.error().message, QStringLiteral("Rate Exceeded."));
        }
        QCOMPARE(started.size(), 3);
        QCOMPARE(finished.size(), 3);
        for (const auto &f : finished)
            QCOMPARE(f.first().value<InvocationResult>().status, InvocationStatus::Throttled);
        QCOMPARE(tb.backend->environments(QStringLiteral("fn")).idle
                     + tb.backend->environments(QStringLiteral("fn")).busy,
                 0);
        tb.backend->flushLogs();
        QStringList lines;
        for (const auto &batch : logs)
            for (const LogRecord &rec : batch.first().value<QList<LogRecord>>())
                if (rec.function == u"fn" && rec.line.platform)
                    lines << rec.line.text;
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.first().contains(kReserved) && lines.first().contains(QStringLiteral("at most 0 at once")),
                 qPrintable(lines.first()));
        QVERIFY(tb.backend->deleteFunctionConcurrency(QStringLiteral("fn")));
        QVERIFY(tb.invoke(QStringLiteral("fn")));
    }

    // Over HTTP: a function at its reservation answers 429 with Reason
    // ReservedFunctionConcurrentInvocationLimitExceeded; the functions without one, at the
    // unreserved pool's size (L minus the reservations), with ConcurrentInvocationLimitExceeded;
    // the reserved function still runs while the shared pool is full.
    void throttlesAnswer429WithTheReason()
    {
        TestBackend tb;
        for (const char *name : {"reserved-fn", "shared-fn"})
            QVERIFY(
                tb.create(tb.config(QString::fromLatin1(name), RuntimeFamily::Python, QStringLiteral("app.handler")),
                          m_code.path()));
        LambdaApiServer server(tb.backend.get());
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0));
        // L = 10; reserved-fn reserves 1 first.
        Reply put = request(server.port(), "PUT", "/2017-10-31/functions/reserved-fn/concurrency",
                            R"({"ReservedConcurrentExecutions":1})");
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json(), QJsonObject({{QStringLiteral("ReservedConcurrentExecutions"), 1}}));
        QCOMPARE(tb.backend->putFunctionConcurrency(QStringLiteral("nope"), 1).error().kind, Error::Kind::NotFound);

        Gate gate;
        // The reserved function: one in flight is its whole reservation.
        auto held = start(*tb.backend, QStringLiteral("reserved-fn"), gate.event());
        Reply r = request(server.port(), "POST", "/2015-03-31/functions/reserved-fn/invocations", "{}");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("TooManyRequestsException"));
        QCOMPARE(r.json().value(u"Reason").toString(), kReserved);
        QCOMPARE(r.json().value(u"Type").toString(), QStringLiteral("User"));
        QCOMPARE(r.json().value(u"message").toString(), QStringLiteral("Rate Exceeded."));

        // The shared pool: 10 - 1 reserved = 9; set 7 more aside so that 2 are shared.
        QCOMPARE(request(server.port(), "PUT", "/2017-10-31/functions/reserved-fn/concurrency",
                         R"({"ReservedConcurrentExecutions":8})")
                     .status,
                 200);
        QCOMPARE(tb.backend->accountConcurrency().unreserved, 2);
        auto shared1 = start(*tb.backend, QStringLiteral("shared-fn"), gate.event());
        auto shared2 = start(*tb.backend, QStringLiteral("shared-fn"), gate.event());
        r = request(server.port(), "POST", "/2015-03-31/functions/shared-fn/invocations", "{}");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("TooManyRequestsException"));
        QCOMPARE(r.json().value(u"Reason").toString(), kAccount);
        QCOMPARE(r.json().value(u"message").toString(), QStringLiteral("Rate Exceeded."));
        // Its own pool has room: the reserved function runs (2 of 8) while the shared one is full.
        r = request(server.port(), "POST", "/2015-03-31/functions/reserved-fn/invocations", "{}");
        QCOMPARE(r.status, 200);

        QVERIFY(gate.waitForHeld(3));
        gate.open();
        QVERIFY(waitForAll(*tb.backend, {held, shared1, shared2}));
        QVERIFY(*held->result && *shared1->result && *shared2->result);
        // Room again.
        QCOMPARE(request(server.port(), "POST", "/2015-03-31/functions/shared-fn/invocations", "{}").status, 200);
    }

    // The API's shapes: PUT echoes the body, GET answers {} or the number, DELETE 204, the
    // minimum-unreserved rule and a negative number refused as AWS does, GetFunction's
    // Concurrency, GetAccountSettings consistent with all of it.
    void apiShapesAndRules()
    {
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("app.handler")),
                          m_code.path()));
        LambdaApiServer server(tb.backend.get());
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0));
        const quint16 port = server.port();
        Reply r = request(port, "GET", "/2019-09-30/functions/fn/concurrency");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonObject());
        r = request(port, "GET", "/2016-08-19/account-settings/");
        QCOMPARE(r.status, 200);
        QJsonObject limit = r.json().value(u"AccountLimit").toObject();
        QCOMPARE(limit.value(u"ConcurrentExecutions").toInt(), 10);
        QCOMPARE(limit.value(u"UnreservedConcurrentExecutions").toInt(), 10);
        QCOMPARE(r.json().value(u"AccountUsage").toObject().value(u"FunctionCount").toInt(), 1);

        r = request(port, "PUT", "/2017-10-31/functions/fn/concurrency", R"({"ReservedConcurrentExecutions":10})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("InvalidParameterValueException"));
        QCOMPARE(r.json().value(u"message").toString(),
                 QStringLiteral("Specified ReservedConcurrentExecutions for function decreases account's "
                                "UnreservedConcurrentExecution below its minimum value of [1]."));
        r = request(port, "PUT", "/2017-10-31/functions/fn/concurrency", R"({"ReservedConcurrentExecutions":-1})");
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(u"message").toString().contains(u"ReservedConcurrentExecutions"));
        r = request(port, "PUT", "/2017-10-31/functions/fn/concurrency", R"({})");
        QCOMPARE(r.status, 400);
        r = request(port, "PUT", "/2017-10-31/functions/nope/concurrency", R"({"ReservedConcurrentExecutions":1})");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("ResourceNotFoundException"));
        // Nothing was set by the refused calls.
        QVERIFY(!QFile::exists(concurrencystore::fileOf(tb.root() + QStringLiteral("/functions/fn"))));
        QVERIFY(!tb.backend->functionConcurrency(QStringLiteral("fn")).value());

        r = request(port, "PUT", "/2017-10-31/functions/fn/concurrency", R"({"ReservedConcurrentExecutions":9})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonObject({{QStringLiteral("ReservedConcurrentExecutions"), 9}}));
        r = request(port, "GET", "/2019-09-30/functions/fn/concurrency");
        QCOMPARE(r.json(), QJsonObject({{QStringLiteral("ReservedConcurrentExecutions"), 9}}));
        r = request(port, "GET", "/2015-03-31/functions/fn");
        QCOMPARE(r.json().value(u"Concurrency").toObject(),
                 QJsonObject({{QStringLiteral("ReservedConcurrentExecutions"), 9}}));
        r = request(port, "GET", "/2016-08-19/account-settings");
        limit = r.json().value(u"AccountLimit").toObject();
        QCOMPARE(limit.value(u"ConcurrentExecutions").toInt(), 10);
        QCOMPARE(limit.value(u"UnreservedConcurrentExecutions").toInt(), 1);
        // The account limit cannot drop below what the reservations need.
        QCOMPARE(tb.backend->setConcurrencyLimit(9).error().field, QStringLiteral("ConcurrentExecutions"));
        QVERIFY(!tb.backend->setConcurrencyLimit(0));
        QVERIFY(tb.backend->setConcurrencyLimit(20));
        QCOMPARE(tb.backend->accountConcurrency().unreserved, 11);
        QCOMPARE(tb.backend->accountConcurrency().minimumUnreserved, 2);

        r = request(port, "DELETE", "/2017-10-31/functions/fn/concurrency");
        QCOMPARE(r.status, 204);
        QCOMPARE(request(port, "GET", "/2019-09-30/functions/fn/concurrency").json(), QJsonObject());
        QVERIFY(!request(port, "GET", "/2015-03-31/functions/fn").json().contains(u"Concurrency"));
        // A qualifier is refused: the reservation belongs to the function.
        QCOMPARE(request(port, "PUT", "/2017-10-31/functions/fn:1/concurrency", R"({"ReservedConcurrentExecutions":1})")
                     .status,
                 400);
    }

    // Kept in the workspace: a new Backend on it enforces the same reservation; deleting the
    // function forgets it.
    void persistsAcrossRestart()
    {
        QTemporaryDir dir;
        Writable writable{dir.path()};
        Backend::Options o;
        o.workspace = dir.path();
        o.persistLogs = false;
        {
            Backend b(o);
            QVERIFY(b.start());
            FunctionConfig c;
            c.name = QStringLiteral("fn");
            c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
            c.handler = QStringLiteral("app.handler");
            QVERIFY(b.createFunction(c, CodeSource::directory(m_code.path())));
            QVERIFY(b.putFunctionConcurrency(QStringLiteral("fn"), 0));
            b.stop();
        }
        {
            Backend b(o);
            QVERIFY(b.start());
            QCOMPARE(b.functionConcurrency(QStringLiteral("fn")).value(), std::optional<int>(0));
            QCOMPARE(b.accountConcurrency().unreserved, 10);
            const auto r = invokeAndWait(b, QStringLiteral("fn"));
            QVERIFY(!r);
            QCOMPARE(r.error().field, kReserved);
            QVERIFY(b.putFunctionConcurrency(QStringLiteral("fn"), 4));
            b.stop();
        }
        {
            Backend b(o);
            QVERIFY(b.start());
            QCOMPARE(b.functionConcurrency(QStringLiteral("fn")).value(), std::optional<int>(4));
            QCOMPARE(b.accountConcurrency().unreserved, 6);
            QVERIFY(invokeAndWait(b, QStringLiteral("fn")));
            QVERIFY(b.deleteFunction(QStringLiteral("fn")));
            QCOMPARE(b.accountConcurrency().unreserved, 10);
            b.stop();
        }
    }

    // An Event invocation past the limit stays queued: throttled attempts are retried with
    // backoff (announced, logged) and it runs once there is room.
    void eventThrottledThenRetried()
    {
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("app.handler")),
                          m_code.path()));
        AsyncQueue::Options fast;
        fast.throttleBaseDelayMs = 5;
        fast.throttleMaxDelayMs = 40;
        tb.backend->asyncQueue().setOptions(fast);
        QVERIFY(tb.backend->putFunctionConcurrency(QStringLiteral("fn"), 1));
        Gate gate;
        auto held = start(*tb.backend, QStringLiteral("fn"), gate.event());

        QSignalSpy retries(&tb.backend->asyncQueue(), &AsyncQueue::retryScheduled);
        QSignalSpy done(&tb.backend->asyncQueue(), &AsyncQueue::finished);
        QSignalSpy finished(tb.backend.get(), &Backend::invocationFinished);
        const auto accepted = waitForAnswer<Result<InvocationResult>>([&](auto reply) {
            tb.backend->invoke(InvokeRequest{QStringLiteral("fn"), {}, "{}", InvocationType::Event}, std::move(reply));
        });
        QVERIFY(accepted && *accepted);
        const QString id = (*accepted)->requestId;
        // Two throttled attempts (with backoff) while the gate holds the one allowed.
        QVERIFY(waitForSignals(
            retries, [&] { return retries.size() >= 2; }, safetyNetMs(60000)));
        QCOMPARE(done.size(), 0);
        QVERIFY(gate.waitForHeld(1));
        gate.open();
        QVERIFY(waitForSignals(
            done, [&] { return done.size() == 1; }, safetyNetMs(60000)));
        QCOMPARE(done.first().at(1).toString(), id);
        QCOMPARE(done.first().at(2).toBool(), true);
        int throttled = 0, succeeded = 0;
        for (const auto &f : finished) {
            const auto r = f.first().value<InvocationResult>();
            if (r.requestId != id)
                continue;
            throttled += r.status == InvocationStatus::Throttled;
            succeeded += r.status == InvocationStatus::Succeeded;
        }
        QVERIFY(throttled >= 2);
        QCOMPARE(succeeded, 1);
        QVERIFY(waitForAll(*tb.backend, {held}));
    }

    // Throttles are recorded: the metrics (the Monitor tab, lambdesk metrics) count them apart
    // from the invocations that ran.
    void throttlesCountInTheMetrics()
    {
        TestBackend tb(true);
        QVERIFY(tb.create(tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("app.handler")),
                          m_code.path()));
        QVERIFY(tb.invoke(QStringLiteral("fn")));
        QVERIFY(tb.backend->putFunctionConcurrency(QStringLiteral("fn"), 0));
        QVERIFY(!tb.invoke(QStringLiteral("fn")));
        QVERIFY(!tb.invoke(QStringLiteral("fn")));
        metrics::Query q;
        q.filter.function = QStringLiteral("fn");
        q.nowMs = QDateTime::currentMSecsSinceEpoch();
        q.fromMs = q.nowMs - 10 * 60'000;
        q.toMs = q.nowMs + 60'000;
        q.source = metrics::Query::Source::Exact;
        const metrics::Report report = tb.backend->metrics(q);
        QCOMPARE(report.total.throttles, 2);
        QCOMPARE(report.total.invocations, 1);
        const auto recent = tb.backend->recentInvocations(QStringLiteral("fn"), 10);
        QCOMPARE(std::count_if(
                     recent.cbegin(), recent.cend(),
                     [](const InvocationRecord &r) { return r.status == statusName(InvocationStatus::Throttled); }),
                 2);
    }

private:
    QTemporaryDir m_code;
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
