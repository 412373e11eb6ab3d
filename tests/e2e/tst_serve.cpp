// `lambdesk serve` as a process: clean shutdown on SIGINT and SIGTERM with no runtime left
// behind, a clear message and exit code 3 for a port in use, the explicit flag a non-loopback
// bind needs, the local credentials and profile it prints, and Event invocations that outlive
// a restart.
#include "io/ziparchive.h"
#include "servefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace e2e;

namespace {

struct HttpResult
{
    int status = 0;
    QByteArray body;
};

HttpResult http(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                int timeoutMs = kSafetyNetMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    HttpResult r;
    if (done.wait(timeoutMs)) {
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
    }
    reply->deleteLater();
    return r;
}

QByteArray createBody(const QString &name)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("FunctionName"), name},
                           {QStringLiteral("Runtime"), QStringLiteral("python3.11")},
                           {QStringLiteral("Handler"), QStringLiteral("lambda_function.handler")},
                           {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
                           {QStringLiteral("Timeout"), 120},
                           {QStringLiteral("Code"),
                            QJsonObject{{QStringLiteral("ZipFile"),
                                         QString::fromLatin1(functionZip(QStringLiteral("v1")).toBase64())}}}})
        .toJson();
}

// A raw request with a Host of our choosing (QNetworkAccessManager sets its own).
int statusWithHost(quint16 port, const QByteArray &host)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(kSafetyNetMs))
        return -1;
    s.write("GET /2015-03-31/functions/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    QByteArray in;
    while (s.waitForReadyRead(kSafetyNetMs)) // until the server closes the connection
        in += s.readAll();
    in += s.readAll();
    return in.split(' ').value(1).toInt();
}

} // namespace

class TestServe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanShutdown_data();
    void cleanShutdown();
    void portInUse();
    void badPort();
    void remoteNeedsFlag();
    void allowRemote();
    void printProfile();
    void settingsFromConfigHome();
    void eventSurvivesRestart();
    void regionOption();
};

void TestServe::cleanShutdown_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
}

void TestServe::cleanShutdown()
{
    QFETCH(int, signal);
    ServeProcess serve;
    QString error;
    QVERIFY2(serve.start({}, &error), qPrintable(error));
    QNetworkAccessManager nam;
    const QUrl base(serve.endpoint());
    QCOMPARE(http(nam, "POST", base.resolved(QUrl(QStringLiteral("/2015-03-31/functions"))),
                  createBody(QStringLiteral("idle-fn")))
                 .status,
             201);
    QCOMPARE(http(nam, "POST", base.resolved(QUrl(QStringLiteral("/2015-03-31/functions"))),
                  createBody(QStringLiteral("busy-fn")))
                 .status,
             201);
    // One warm idle environment...
    QCOMPARE(
        http(nam, "POST", base.resolved(QUrl(QStringLiteral("/2015-03-31/functions/idle-fn/invocations"))), "{}").status,
        200);
    // ...and one busy for a long while when the signal comes.
    QNetworkRequest busyRequest(base.resolved(QUrl(QStringLiteral("/2015-03-31/functions/busy-fn/invocations"))));
    busyRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *busy = nam.post(busyRequest, QByteArrayLiteral("{\"sleep\": 100}"));
    QSignalSpy busyDone(busy, &QNetworkReply::finished);
    QVERIFY2(serve.waitForStdErr("[busy-fn] handler saw {\"sleep\": 100}"), serve.stdErr().constData());
    const QList<qint64> runtimes = serve.runtimeProcesses();
    QVERIFY2(runtimes.size() >= 2,
             qPrintable(QStringLiteral("expected two runtime processes, found %1").arg(runtimes.size())));

    QCOMPARE(serve.stop(signal), 0);
    QVERIFY2(serve.stdOut().contains("Stopped."), serve.stdOut().constData());
    QVERIFY(serve.stdOut().contains(signal == SIGINT ? "Stopping (SIGINT)" : "Stopping (SIGTERM)"));
    // Checked at once: serve waited for its runtimes before exiting.
    QCOMPARE(serve.runtimeProcesses(), QList<qint64>());
    for (qint64 pid : runtimes)
        QVERIFY2(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)), qPrintable(QString::number(pid)));
    QVERIFY(busyDone.size() == 1 || busyDone.wait(kSafetyNetMs));
    // The caller still gets an answer, as from AWS when an environment dies under an invocation.
    QCOMPARE(busy->error(), QNetworkReply::NoError);
    QCOMPARE(busy->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(busy->rawHeader("X-Amz-Function-Error"), QByteArray("Unhandled"));
    QCOMPARE(QJsonDocument::fromJson(busy->readAll()).object().value(u"errorType").toString(),
             QStringLiteral("Runtime.ExitError"));
    delete busy;
}

void TestServe::portInUse()
{
    ServeProcess first;
    QString error;
    QVERIFY2(first.start({QStringLiteral("--quiet")}, &error), qPrintable(error));
    ServeProcess second;
    const Run r = run(binary(),
                      {QStringLiteral("serve"), QStringLiteral("--workspace"), second.workspace(),
                       QStringLiteral("--port"), QString::number(first.port())},
                      second.environment());
    QCOMPARE(r.exitCode, 3); // CannotRun
    const QByteArray expected = "Port " + QByteArray::number(first.port()) + " on 127.0.0.1 is already in use";
    QVERIFY2(r.err.contains(expected), r.err.constData());
    QVERIFY2(r.err.contains("--port"), r.err.constData());
    QCOMPARE(second.runtimeProcesses(), QList<qint64>());
    QCOMPARE(first.stop(SIGTERM), 0);
}

void TestServe::badPort()
{
    ServeProcess serve;
    const Run r = run(binary(),
                      {QStringLiteral("serve"), QStringLiteral("--workspace"), serve.workspace(),
                       QStringLiteral("--port"), QStringLiteral("http")},
                      serve.environment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--port must be a whole number from 0 to 65535"), r.err.constData());
}

void TestServe::remoteNeedsFlag()
{
    ServeProcess serve;
    const Run r = run(binary(),
                      {QStringLiteral("serve"), QStringLiteral("--workspace"), serve.workspace(),
                       QStringLiteral("--host"), QStringLiteral("0.0.0.0"), QStringLiteral("--port"),
                       QStringLiteral("0")},
                      serve.environment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--host 0.0.0.0 would let other machines create and run functions"), r.err.constData());
    QVERIFY2(r.err.contains("--allow-remote"), r.err.constData());
}

void TestServe::allowRemote()
{
    ServeProcess serve;
    QString error;
    QVERIFY2(
        serve.start({QStringLiteral("--host"), QStringLiteral("0.0.0.0"), QStringLiteral("--allow-remote")}, &error),
        qPrintable(error));
    QVERIFY2(serve.waitForStdErr("WARNING: listening on http://0.0.0.0:"), serve.stdErr().constData());
    QVERIFY(serve.stdErr().contains("without credentials"));
    QCOMPARE(statusWithHost(serve.port(), "127.0.0.1:" + QByteArray::number(serve.port())), 200);
    QCOMPARE(statusWithHost(serve.port(), "10.1.2.3:" + QByteArray::number(serve.port())),
             200);                                                      // an address: fine when remote is allowed
    QCOMPARE(statusWithHost(serve.port(), "rebind.evil.example"), 403); // a name still is not
    QCOMPARE(serve.stop(SIGTERM), 0);
}

void TestServe::printProfile()
{
    ServeProcess serve;
    const QStringList args{QStringLiteral("serve"), QStringLiteral("--print-profile"), QStringLiteral("--workspace"),
                           serve.workspace()};
    const Run first = run(binary(), args, serve.environment());
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.startsWith("[profile lambdesk]\n"), first.out.constData());
    QVERIFY(first.out.contains("region = us-east-1\n"));
    QVERIFY(first.out.contains("endpoint_url = http://127.0.0.1:9001\n"));
    static const QRegularExpression key(QStringLiteral("aws_access_key_id = AKIA[A-Z2-7]{16}\\n"));
    static const QRegularExpression secret(QStringLiteral("aws_secret_access_key = [A-Za-z0-9+/]{40}\\n"));
    QVERIFY(key.match(QString::fromUtf8(first.out)).hasMatch());
    QVERIFY(secret.match(QString::fromUtf8(first.out)).hasMatch());
    // Generated once, then the same every time.
    const Run second = run(binary(), args + QStringList{QStringLiteral("--port"), QStringLiteral("9100")},
                           serve.environment());
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(QString::fromUtf8(second.out).section(u'\n', 2, 3), QString::fromUtf8(first.out).section(u'\n', 2, 3));
    QVERIFY(second.out.contains("endpoint_url = http://127.0.0.1:9100\n"));
    const QString settingsFile = serve.configHome() + QStringLiteral("/Lambdesk/lambdesk.ini");
    QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
    QCOMPARE(QFile::permissions(settingsFile) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

// serve reads its settings from $XDG_CONFIG_HOME (here the test's own folder), so a test never
// sees the user's settings, nor their port.
void TestServe::settingsFromConfigHome()
{
    ServeProcess serve;
    QVERIFY(QDir().mkpath(serve.configHome() + QStringLiteral("/Lambdesk")));
    QFile ini(serve.configHome() + QStringLiteral("/Lambdesk/lambdesk.ini"));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[api]\nport=9123\n[backend]\nregion=ap-south-2\n");
    ini.close();
    const Run r = run(
        binary(),
        {QStringLiteral("serve"), QStringLiteral("--print-profile"), QStringLiteral("--workspace"), serve.workspace()},
        serve.environment());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("endpoint_url = http://127.0.0.1:9123\n"), r.out.constData()); // printed, not bound
    QVERIFY2(r.out.contains("region = ap-south-2\n"), r.out.constData());
}

// --region sets the region of ARNs (and AWS_REGION); a wrong one is refused with the rule.
void TestServe::regionOption()
{
    ServeProcess serve;
    const Run bad = run(binary(),
                        {QStringLiteral("serve"), QStringLiteral("--workspace"), serve.workspace(),
                         QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--region"),
                         QStringLiteral("Frankfurt")},
                        serve.environment());
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--region: Region must look like an AWS region"), bad.err.constData());
    const Run profile = run(binary(),
                            {QStringLiteral("serve"), QStringLiteral("--print-profile"), QStringLiteral("--workspace"),
                             serve.workspace(), QStringLiteral("--region"), QStringLiteral("eu-west-3")},
                            serve.environment());
    QVERIFY2(profile.out.contains("region = eu-west-3\n"), profile.out.constData());

    QString error;
    QVERIFY2(serve.start({QStringLiteral("--region"), QStringLiteral("eu-west-3")}, &error), qPrintable(error));
    QVERIFY2(serve.stdOut().contains("region      eu-west-3"), serve.stdOut().constData());
    QNetworkAccessManager nam;
    const HttpResult created = http(nam, "POST", QUrl(serve.endpoint() + QStringLiteral("/2015-03-31/functions")),
                                    createBody(QStringLiteral("where")));
    QCOMPARE(created.status, 201);
    QCOMPARE(QJsonDocument::fromJson(created.body).object().value(u"FunctionArn").toString(),
             QStringLiteral("arn:aws:lambda:eu-west-3:000000000000:function:where"));
    QCOMPARE(serve.stop(SIGTERM), 0);
}

// An Event invocation cut short by a stop runs again when serve starts on the same workspace,
// under the request id its 202 returned.
void TestServe::eventSurvivesRestart()
{
    QTemporaryDir code;
    QFile handler(code.filePath(QStringLiteral("lambda_function.py")));
    QVERIFY(handler.open(QIODevice::WriteOnly));
    handler.write(R"PY(import os, time

def handler(event, context):
    first = not os.path.exists(event["marker"])
    with open(event["marker"], "a") as f:
        f.write(context.aws_request_id + "\n")
    print("attempt recorded", flush=True)
    if first:
        time.sleep(60)  # still running when serve is stopped
    return "done"
)PY");
    handler.close();
    const auto zip = lambdesk::ziparchive::create(code.path());
    QVERIFY(zip);
    const QByteArray create =
        QJsonDocument(QJsonObject{{QStringLiteral("FunctionName"), QStringLiteral("late-fn")},
                                  {QStringLiteral("Runtime"), QStringLiteral("python3.11")},
                                  {QStringLiteral("Handler"), QStringLiteral("lambda_function.handler")},
                                  {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
                                  {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
                                  {QStringLiteral("Timeout"), 120},
                                  {QStringLiteral("Code"),
                                   QJsonObject{{QStringLiteral("ZipFile"), QString::fromLatin1(zip->toBase64())}}}})
            .toJson();

    ServeProcess serve;
    QString error;
    QVERIFY2(serve.start({}, &error), qPrintable(error));
    QNetworkAccessManager nam;
    QCOMPARE(http(nam, "POST", QUrl(serve.endpoint() + QStringLiteral("/2015-03-31/functions")), create).status, 201);
    QTemporaryDir scratch;
    const QString marker = scratch.filePath(QStringLiteral("attempts.txt"));
    QNetworkRequest request(QUrl(serve.endpoint() + QStringLiteral("/2015-03-31/functions/late-fn/invocations")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Amz-Invocation-Type", "Event");
    QNetworkReply *reply = nam.post(request, QJsonDocument(QJsonObject{{QStringLiteral("marker"), marker}}).toJson());
    QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(kSafetyNetMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    const QByteArray requestId = reply->rawHeader("x-amzn-RequestId");
    delete reply;
    QVERIFY(!requestId.isEmpty());
    auto asyncNote = [&](const char *text) { return QByteArray("Async event " + requestId + ": " + text); };
    auto attempts = [&] {
        QFile f(marker);
        QByteArrayList lines;
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray &line : f.readAll().split('\n'))
                if (!line.isEmpty())
                    lines << line;
        return lines;
    };
    // The handler prints a line once it recorded its attempt.
    const auto recorded = [&serve](qsizetype times) {
        return serve.waitForStdErr(
            [times](const QByteArray &err) { return err.count("[late-fn] attempt recorded") >= times; });
    };
    QVERIFY2(recorded(1), serve.stdErr().constData()); // the first attempt is running
    QCOMPARE(attempts().size(), 1);

    QCOMPARE(serve.stop(SIGTERM), 0);
    QVERIFY2(serve.stdErr().contains(asyncNote("Lambdesk is stopping; the event is kept")), serve.stdErr().constData());
    QCOMPARE(attempts().size(), 1);

    QVERIFY2(serve.start({}, &error), qPrintable(error));
    QVERIFY2(serve.waitForStdErr(asyncNote("succeeded on attempt 2")), serve.stdErr().constData());
    QCOMPARE(attempts(), (QByteArrayList{requestId, requestId}));
    QVERIFY(serve.stdErr().contains(asyncNote("taken back from the last session (1 attempt(s) so far)")));

    // Finished events leave the journal: a third start runs nothing. A restored event would say
    // so at the start, before any line of an invocation made after it: here, a quick one.
    QCOMPARE(serve.stop(SIGTERM), 0);
    QVERIFY2(serve.start({}, &error), qPrintable(error));
    const QString probe = scratch.filePath(QStringLiteral("probe.txt"));
    QFile probeFile(probe);
    QVERIFY(probeFile.open(QIODevice::WriteOnly)); // present: the handler returns at once
    probeFile.close();
    const HttpResult probed = http(nam, "POST",
                                   QUrl(serve.endpoint() + QStringLiteral("/2015-03-31/functions/late-fn/invocations")),
                                   QJsonDocument(QJsonObject{{QStringLiteral("marker"), probe}}).toJson());
    QCOMPARE(probed.status, 200);
    QVERIFY2(recorded(1), serve.stdErr().constData());
    QCOMPARE(attempts().size(), 2);
    QVERIFY2(!serve.stdErr().contains("Async event"), serve.stdErr().constData());
    QCOMPARE(serve.stop(SIGTERM), 0);
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
