// Local queues end to end: the real AWS CLI (/usr/bin/aws) drives Create/List/Get/Update/
// DeleteEventSourceMapping against `lambdesk serve`; and `kill -9` loses no accepted message —
// neither while `lambdesk queue send` is writing them, nor while `lambdesk serve` has batches
// of them in flight to a function (they come back after the visibility timeout and run), and
// Event invocations accepted through `aws lambda invoke --invocation-type Event` (202) while the
// function blocks run at the next start (the Event queue's journal; tst_eventjournal too).
#include "io/ziparchive.h"
#include "servefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace e2e;

namespace {

const QString kAws = QStringLiteral("/usr/bin/aws");

// Appends each record's messageId to the marker once the "go" file exists; before that it
// waits (a batch still running when serve is killed).
const QByteArray kConsumer = R"PY(import os, time

def handler(event, context):
    while not os.path.exists(os.environ["GO_FILE"]):
        time.sleep(0.05)
    with open(os.environ["MARKER_FILE"], "a") as f:
        for r in event["Records"]:
            f.write(r["messageId"] + "\n")
    return {}
)PY";

QByteArray createBody(const QString &name, const QByteArray &source, const QJsonObject &environment = {})
{
    QTemporaryDir code;
    QFile f(code.filePath(QStringLiteral("lambda_function.py")));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(source);
    f.close();
    const auto zip = lambdesk::ziparchive::create(code.path());
    if (!zip)
        return {};
    QJsonObject body{{QStringLiteral("FunctionName"), name},
                     {QStringLiteral("Runtime"), QStringLiteral("python3.11")},
                     {QStringLiteral("Handler"), QStringLiteral("lambda_function.handler")},
                     {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
                     {QStringLiteral("Timeout"), 300},
                     {QStringLiteral("Code"),
                      QJsonObject{{QStringLiteral("ZipFile"), QString::fromLatin1(zip->toBase64())}}}};
    if (!environment.isEmpty())
        body.insert(QStringLiteral("Environment"), QJsonObject{{QStringLiteral("Variables"), environment}});
    return QJsonDocument(body).toJson();
}

int post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body, QByteArray *answer = nullptr)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    int status = 0;
    if (done.wait(kSafetyNetMs)) {
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer)
            *answer = reply->readAll();
    }
    delete reply;
    return status;
}

QByteArrayList linesOf(const QByteArray &text)
{
    QByteArrayList out;
    for (const QByteArray &line : text.split('\n'))
        if (!line.isEmpty())
            out << line;
    return out;
}

// The message ids kept in a workspace's queue database.
QByteArrayList storedIds(const QString &workspace, const QString &queue)
{
    QByteArrayList ids;
    const QString connection = QStringLiteral("queue-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(workspace + QStringLiteral("/queues.db"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT message_id FROM messages WHERE queue = ?"));
            q.addBindValue(queue);
            if (q.exec())
                while (q.next())
                    ids << q.value(0).toString().toLatin1();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ids;
}

} // namespace

class TestQueueTriggers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cliCommands();
    void awsCliEventSourceMappings();
    void acceptedMessagesSurviveKill9();

private:
    Run lambdesk(const ServeProcess &serve, QStringList args)
    {
        args << QStringLiteral("--workspace") << serve.workspace();
        return run(binary(), args, serve.environment());
    }
    Run aws(const ServeProcess &serve, QStringList args)
    {
        args.prepend(serve.endpoint());
        args.prepend(QStringLiteral("--endpoint-url"));
        args << QStringLiteral("--output") << QStringLiteral("json");
        return run(kAws, args, m_env);
    }
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
};

void TestQueueTriggers::initTestCase()
{
    QVERIFY2(QFile::exists(kAws), "Debian's AWS CLI v2 is required at /usr/bin/aws (apt-get install awscli)");
    m_env = awsCliEnvironment(m_tmp.path());
}

// `lambdesk queue ...` and `lambdesk mapping ...`: what they print, their errors (exit 2) and
// that nothing is written on a refused input.
void TestQueueTriggers::cliCommands()
{
    ServeProcess ws; // its workspace and environment only: serve is not started
    const auto q = [&](QStringList args) {
        args.prepend(QStringLiteral("queue"));
        return lambdesk(ws, args);
    };
    Run r = q({QStringLiteral("create"), QStringLiteral("dead")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = q({QStringLiteral("create"), QStringLiteral("jobs"), QStringLiteral("--visibility-timeout"), QStringLiteral("0"),
           QStringLiteral("--dlq"), QStringLiteral("dead"), QStringLiteral("--max-receive"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = q({QStringLiteral("create"), QStringLiteral("bad.name")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("1 to 80"), r.err.constData());
    r = q({QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--visibility-timeout"),
           QStringLiteral("43201")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("VisibilityTimeout"), r.err.constData());
    r = q({QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--dlq"), QStringLiteral("nowhere"),
           QStringLiteral("--max-receive"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("does not exist"), r.err.constData());
    r = q({QStringLiteral("send"), QStringLiteral("jobs"), QStringLiteral("hello"), QStringLiteral("--count"),
           QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(linesOf(r.out).size(), 3);
    r = q({QStringLiteral("send"), QStringLiteral("nope"), QStringLiteral("hello")});
    QCOMPARE(r.exitCode, 2);
    r = q({QStringLiteral("list")});
    QVERIFY2(r.out.contains("jobs") && r.out.contains("dead (after 2 receives)"), r.out.constData());
    const QByteArrayList rows = linesOf(r.out);
    QByteArray jobsRow;
    for (const QByteArray &row : rows)
        if (row.startsWith("jobs"))
            jobsRow = row.simplified();
    QVERIFY2(jobsRow.startsWith("jobs 3 0 0 0 s"), jobsRow.constData()); // visible, in flight, delayed
    r = q({QStringLiteral("peek"), QStringLiteral("jobs")});
    QCOMPARE(linesOf(r.out).size(), 3);
    QVERIFY(r.out.contains("receives=0") && r.out.contains("hello"));
    r = q({QStringLiteral("redrive"), QStringLiteral("dead")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("moved back 0"), r.out.constData());
    r = q({QStringLiteral("delete"), QStringLiteral("dead")});
    QCOMPARE(r.exitCode, 2); // the dead-letter queue of jobs
    QVERIFY2(r.err.contains("dead-letter queue of jobs"), r.err.constData());

    // Mappings need a function.
    r = lambdesk(ws, {QStringLiteral("create"), QStringLiteral("consumer"), QStringLiteral("--runtime"),
                      QStringLiteral("python3.11"), QStringLiteral("--blueprint"), QStringLiteral("hello-world-python")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto m = [&](QStringList args) {
        args.prepend(QStringLiteral("mapping"));
        return lambdesk(ws, args);
    };
    r = m({QStringLiteral("create"), QStringLiteral("--function"), QStringLiteral("consumer"), QStringLiteral("--queue"),
           QStringLiteral("jobs"), QStringLiteral("--batch-size"), QStringLiteral("50")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("MaximumBatchingWindowInSeconds"), r.err.constData());
    r = m({QStringLiteral("create"), QStringLiteral("--function"), QStringLiteral("consumer"), QStringLiteral("--queue"),
           QStringLiteral("jobs"), QStringLiteral("--batch-size"), QStringLiteral("50"), QStringLiteral("--window"),
           QStringLiteral("1"), QStringLiteral("--max-concurrency"), QStringLiteral("2"),
           QStringLiteral("--report-batch-item-failures")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString uuid = QString::fromLatin1(r.out.trimmed());
    QCOMPARE(uuid.size(), 36);
    // The one-shot command did not deliver anything.
    QCOMPARE(linesOf(q({QStringLiteral("peek"), QStringLiteral("jobs")}).out).size(), 3);
    r = m({QStringLiteral("list")});
    QVERIFY2(r.out.contains(uuid.toLatin1()) && r.out.contains("batch=50") && r.out.contains("concurrency=2")
                 && r.out.contains("ReportBatchItemFailures") && r.out.contains("Enabled"),
             r.out.constData());
    r = m({QStringLiteral("disable"), uuid});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Disabled"), r.err.constData());
    r = q({QStringLiteral("delete"), QStringLiteral("jobs")});
    QCOMPARE(r.exitCode, 2); // a mapping reads it
    r = m({QStringLiteral("delete"), uuid});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = m({QStringLiteral("delete"), uuid});
    QCOMPARE(r.exitCode, 2);
    r = q({QStringLiteral("purge"), QStringLiteral("jobs")});
    QVERIFY2(r.out.contains("purged 3"), r.out.constData());
    QCOMPARE(q({QStringLiteral("delete"), QStringLiteral("jobs")}).exitCode, 0);
    QCOMPARE(q({QStringLiteral("delete"), QStringLiteral("dead")}).exitCode, 0);
    QCOMPARE(q({QStringLiteral("frobnicate")}).exitCode, 2);
}

void TestQueueTriggers::awsCliEventSourceMappings()
{
    ServeProcess serve;
    // The queue first, with the CLI (serve takes the workspace).
    Run r = lambdesk(serve, {QStringLiteral("queue"), QStringLiteral("create"), QStringLiteral("orders")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("arn:aws:sqs:us-east-1:000000000000:orders"));
    QString error;
    QVERIFY2(serve.start({}, &error), qPrintable(error));
    QNetworkAccessManager nam;
    QCOMPARE(post(nam, QUrl(serve.endpoint() + QStringLiteral("/2015-03-31/functions")),
                  createBody(QStringLiteral("consumer"), "def handler(event, context):\n    return {}\n")),
             201);
    const auto json = [](const Run &r) { return QJsonDocument::fromJson(r.out).object(); };
    const QString arn = QStringLiteral("arn:aws:sqs:us-east-1:000000000000:orders");

    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("create-event-source-mapping"),
                    QStringLiteral("--function-name"), QStringLiteral("consumer"), QStringLiteral("--event-source-arn"),
                    arn, QStringLiteral("--batch-size"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject m = json(r);
    const QString uuid = m.value(u"UUID").toString();
    QCOMPARE(uuid.size(), 36);
    QCOMPARE(m.value(u"State").toString(), QStringLiteral("Creating"));
    QCOMPARE(m.value(u"BatchSize").toInt(), 5);
    QCOMPARE(m.value(u"MaximumBatchingWindowInSeconds").toInt(), 0);
    QCOMPARE(m.value(u"EventSourceArn").toString(), arn);
    QCOMPARE(m.value(u"FunctionArn").toString(), QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:consumer"));
    QCOMPARE(m.value(u"StateTransitionReason").toString(), QStringLiteral("USER_INITIATED"));
    // Sent as epoch seconds (a number); the CLI parsed it as a timestamp and prints it as one.
    QVERIFY2(m.value(u"LastModified").toString().startsWith(QString::number(QDate::currentDate().year())),
             r.out.constData());
    QCOMPARE(m.value(u"FunctionResponseTypes").toArray(), QJsonArray());

    // The errors AWS gives.
    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("create-event-source-mapping"),
                    QStringLiteral("--function-name"), QStringLiteral("consumer"), QStringLiteral("--event-source-arn"),
                    QStringLiteral("arn:aws:sqs:us-east-1:000000000000:missing")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("InvalidParameterValueException") && r.err.contains("EventSourceArn"), r.err.constData());
    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("create-event-source-mapping"),
                    QStringLiteral("--function-name"), QStringLiteral("consumer"), QStringLiteral("--event-source-arn"),
                    arn});
    QVERIFY2(r.err.contains("ResourceConflictException"), r.err.constData());
    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("get-event-source-mapping"), QStringLiteral("--uuid"),
                    QStringLiteral("00000000-0000-0000-0000-000000000000")});
    QVERIFY2(r.exitCode != 0 && r.err.contains("ResourceNotFoundException"), r.err.constData());

    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("list-event-source-mappings"),
                    QStringLiteral("--function-name"), QStringLiteral("consumer")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray all = json(r).value(u"EventSourceMappings").toArray();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().toObject().value(u"UUID").toString(), uuid);
    QCOMPARE(all.first().toObject().value(u"State").toString(), QStringLiteral("Enabled"));
    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("list-event-source-mappings"),
                    QStringLiteral("--event-source-arn"), arn});
    QCOMPARE(json(r).value(u"EventSourceMappings").toArray().size(), 1);
    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("list-event-source-mappings"),
                    QStringLiteral("--event-source-arn"), QStringLiteral("arn:aws:sqs:us-east-1:000000000000:other")});
    QCOMPARE(json(r).value(u"EventSourceMappings").toArray().size(), 0);

    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("get-event-source-mapping"), QStringLiteral("--uuid"), uuid});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r).value(u"State").toString(), QStringLiteral("Enabled"));

    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("update-event-source-mapping"), QStringLiteral("--uuid"),
                    uuid, QStringLiteral("--no-enabled"), QStringLiteral("--batch-size"), QStringLiteral("100"),
                    QStringLiteral("--maximum-batching-window-in-seconds"), QStringLiteral("2"),
                    QStringLiteral("--function-response-types"), QStringLiteral("ReportBatchItemFailures"),
                    QStringLiteral("--scaling-config"), QStringLiteral("MaximumConcurrency=3")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m = json(r);
    QCOMPARE(m.value(u"State").toString(), QStringLiteral("Disabling"));
    QCOMPARE(m.value(u"BatchSize").toInt(), 100);
    QCOMPARE(m.value(u"MaximumBatchingWindowInSeconds").toInt(), 2);
    QCOMPARE(m.value(u"FunctionResponseTypes").toArray(), QJsonArray{QStringLiteral("ReportBatchItemFailures")});
    QCOMPARE(m.value(u"ScalingConfig").toObject().value(u"MaximumConcurrency").toInt(), 3);
    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("get-event-source-mapping"), QStringLiteral("--uuid"), uuid});
    QCOMPARE(json(r).value(u"State").toString(), QStringLiteral("Disabled"));

    // A bad update changes nothing.
    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("update-event-source-mapping"), QStringLiteral("--uuid"),
                    uuid, QStringLiteral("--maximum-batching-window-in-seconds"), QStringLiteral("0")});
    QVERIFY2(r.exitCode != 0 && r.err.contains("InvalidParameterValueException"), r.err.constData());
    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("get-event-source-mapping"), QStringLiteral("--uuid"), uuid});
    QCOMPARE(json(r).value(u"MaximumBatchingWindowInSeconds").toInt(), 2);

    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("delete-event-source-mapping"), QStringLiteral("--uuid"),
                    uuid});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r).value(u"State").toString(), QStringLiteral("Deleting"));
    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("get-event-source-mapping"), QStringLiteral("--uuid"), uuid});
    QVERIFY2(r.exitCode != 0 && r.err.contains("ResourceNotFoundException"), r.err.constData());
    r = aws(serve, {QStringLiteral("lambda"), QStringLiteral("list-event-source-mappings")});
    QCOMPARE(json(r).value(u"EventSourceMappings").toArray().size(), 0);
    QCOMPARE(serve.stop(SIGTERM), 0);
}

void TestQueueTriggers::acceptedMessagesSurviveKill9()
{
    // The handler waits for a file of the test's and writes what ran into another: the
    // host-filesystem mode (the sandbox would hide both; tst_sandboxenv covers the sandbox).
    const QByteArray sandboxBefore = qgetenv("LAMBDESK_SANDBOX");
    const bool sandboxSet = qEnvironmentVariableIsSet("LAMBDESK_SANDBOX");
    qputenv("LAMBDESK_SANDBOX", "off");
    const auto restore = qScopeGuard([&] {
        if (sandboxSet)
            qputenv("LAMBDESK_SANDBOX", sandboxBefore);
        else
            qunsetenv("LAMBDESK_SANDBOX");
    });
    ServeProcess serve;
    Run r = lambdesk(serve, {QStringLiteral("queue"), QStringLiteral("create"), QStringLiteral("work"),
                             QStringLiteral("--visibility-timeout"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // 1. `lambdesk queue send` prints each id once the message is on disk; killed mid-run.
    QProcess sender;
    sender.setProcessEnvironment(serve.environment());
    sender.start(binary(), {QStringLiteral("queue"), QStringLiteral("send"), QStringLiteral("work"),
                            QStringLiteral("{\"n\": 1}"), QStringLiteral("--count"), QStringLiteral("1000000"),
                            QStringLiteral("--workspace"), serve.workspace()});
    QByteArray printed;
    QVERIFY(waitForOutput(sender, [&] {
        printed += sender.readAllStandardOutput();
        return printed.count('\n') >= 300;
    }));
    ::kill(pid_t(sender.processId()), SIGKILL);
    QVERIFY(sender.waitForFinished(kSafetyNetMs));
    QCOMPARE(sender.exitStatus(), QProcess::CrashExit);
    printed += sender.readAllStandardOutput();
    QByteArrayList accepted = linesOf(printed.left(printed.lastIndexOf('\n') + 1)); // whole lines only
    QVERIFY(accepted.size() >= 300);
    const QByteArrayList stored = storedIds(serve.workspace(), QStringLiteral("work"));
    for (const QByteArray &id : std::as_const(accepted))
        QVERIFY2(stored.contains(id), id.constData());
    QVERIFY(stored.size() >= accepted.size()); // one more may have been written before its id was printed

    // 2. serve delivers them to a function that blocks; killed while batches are in flight.
    QTemporaryDir scratch;
    const QString go = scratch.filePath(QStringLiteral("go"));
    const QString marker = scratch.filePath(QStringLiteral("ran.txt"));
    QString error;
    QVERIFY2(serve.start({}, &error), qPrintable(error));
    QNetworkAccessManager nam;
    QCOMPARE(post(nam, QUrl(serve.endpoint() + QStringLiteral("/2015-03-31/functions")),
                  createBody(QStringLiteral("consumer"), kConsumer,
                             {{QStringLiteral("GO_FILE"), go}, {QStringLiteral("MARKER_FILE"), marker}})),
             201);
    QByteArray answer;
    QCOMPARE(post(nam, QUrl(serve.endpoint() + QStringLiteral("/2015-03-31/event-source-mappings/")),
                  QJsonDocument(QJsonObject{{QStringLiteral("FunctionName"), QStringLiteral("consumer")},
                                            {QStringLiteral("EventSourceArn"),
                                             QStringLiteral("arn:aws:sqs:us-east-1:000000000000:work")},
                                            {QStringLiteral("BatchSize"), 10}})
                      .toJson(),
                  &answer),
             202);
    // Batches are taken (in flight) and their invocations wait for "go".
    QVERIFY2(serve.waitForStdErr("[consumer] START RequestId"), serve.stdErr().right(2000).constData());
    // Event invocations through the AWS CLI, accepted (202) while the function blocks.
    QByteArrayList events;
    for (int i = 0; i < 3; ++i) {
        const QByteArray id = "event-" + QByteArray::number(i);
        const Run e = aws(serve, {QStringLiteral("lambda"), QStringLiteral("invoke"), QStringLiteral("--function-name"),
                                  QStringLiteral("consumer"), QStringLiteral("--invocation-type"), QStringLiteral("Event"),
                                  QStringLiteral("--cli-binary-format"), QStringLiteral("raw-in-base64-out"),
                                  QStringLiteral("--payload"),
                                  QString::fromLatin1(R"({"Records":[{"messageId":")" + id + R"("}]})"),
                                  scratch.filePath(QStringLiteral("out.json"))});
        QVERIFY2(e.exitCode == 0, e.err.constData());
        QCOMPARE(QJsonDocument::fromJson(e.out).object().value(u"StatusCode").toInt(), 202);
        events << id;
    }
    serve.stop(SIGKILL);
    QVERIFY(!QFile::exists(marker));
    for (const QByteArray &id : storedIds(serve.workspace(), QStringLiteral("work")))
        QVERIFY(stored.contains(id)); // nothing lost, nothing made up
    QCOMPARE(storedIds(serve.workspace(), QStringLiteral("work")).size(), stored.size());

    // 3. At the next start every message runs (those in flight after their visibility
    // timeout), and every accepted Event invocation.
    QFile(go).open(QIODevice::WriteOnly);
    QVERIFY2(serve.start({}, &error), qPrintable(error));
    const auto allRan = [&] {
        const QByteArrayList ran = linesOf(readFile(marker));
        for (const QByteArray &id : stored + events)
            if (!ran.contains(id))
                return false;
        return true;
    };
    QVERIFY2(serve.waitForStdErr([&](const QByteArray &) { return allRan(); }),
             serve.stdErr().right(3000).constData());
    QCOMPARE(serve.stop(SIGTERM), 0);
}

QTEST_GUILESS_MAIN(TestQueueTriggers)
#include "tst_queuetriggers.moc"
