// The Event queue's journal against `kill -9`: a 202 means the event is on disk. While another
// function floods its output (so the log writer has work queued), Event invocations are
// accepted, `lambdesk serve` is killed with SIGKILL, and every accepted event must be found in
// the workspace's database and run at the next start.
#include "io/ziparchive.h"
#include "servefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace e2e;

namespace {

QByteArray createBody(const QString &name, const QByteArray &source)
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
    return QJsonDocument(QJsonObject{{QStringLiteral("FunctionName"), name},
                                     {QStringLiteral("Runtime"), QStringLiteral("python3.11")},
                                     {QStringLiteral("Handler"), QStringLiteral("lambda_function.handler")},
                                     {QStringLiteral("Role"), QStringLiteral("arn:aws:iam::123456789012:role/r")},
                                     {QStringLiteral("Timeout"), 300},
                                     {QStringLiteral("Code"),
                                      QJsonObject{{QStringLiteral("ZipFile"), QString::fromLatin1(zip->toBase64())}}}})
        .toJson();
}

struct Reply
{
    int status = 0;
    QByteArray requestId;
};

Reply post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body, const QByteArray &invocationType = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!invocationType.isEmpty())
        request.setRawHeader("X-Amz-Invocation-Type", invocationType);
    QNetworkReply *reply = nam.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    Reply r;
    if (done.wait(kSafetyNetMs)) {
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.requestId = reply->rawHeader("x-amzn-RequestId");
    }
    delete reply;
    return r;
}

// Writes 1 MB of 100-byte lines at a time, as fast as it can, until told to stop (or 400 MB).
const QByteArray kFlood = R"PY(import os, sys

def handler(event, context):
    chunk = ("flood " + "x" * 93 + "\n") * 10000
    written = 0
    while not os.path.exists(event["stop"]) and written < 400 * 1024 * 1024:
        sys.stdout.write(chunk)
        written += len(chunk)
    return written
)PY";

// Records its request id once the "go" file exists; before that it waits (still running when
// serve is killed).
const QByteArray kTarget = R"PY(import os, time

def handler(event, context):
    while not os.path.exists(event["go"]):
        time.sleep(0.05)
    with open(event["marker"], "a") as f:
        f.write(context.aws_request_id + "\n")
    return "done"
)PY";

QByteArrayList linesOf(const QString &path)
{
    QByteArrayList out;
    for (const QByteArray &line : readFile(path).split('\n'))
        if (!line.isEmpty())
            out << line;
    return out;
}

} // namespace

class TestEventJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptedEventsSurviveKill9();
};

void TestEventJournal::acceptedEventsSurviveKill9()
{
    ServeProcess serve;
    QString error;
    QVERIFY2(serve.start({}, &error), qPrintable(error));
    QNetworkAccessManager nam;
    const QUrl functions(serve.endpoint() + QStringLiteral("/2015-03-31/functions"));
    const auto invocations = [&](const char *name) {
        return QUrl(serve.endpoint()
                    + QStringLiteral("/2015-03-31/functions/%1/invocations").arg(QLatin1StringView(name)));
    };
    QCOMPARE(post(nam, functions, createBody(QStringLiteral("flood-fn"), kFlood)).status, 201);
    QCOMPARE(post(nam, functions, createBody(QStringLiteral("target-fn"), kTarget)).status, 201);

    QTemporaryDir scratch;
    const QString stop = scratch.filePath(QStringLiteral("stop"));
    const QString go = scratch.filePath(QStringLiteral("go"));
    const QString marker = scratch.filePath(QStringLiteral("ran.txt"));

    // The flood runs (as an Event itself) and its lines reach serve's log.
    const Reply flood = post(nam, invocations("flood-fn"),
                             QJsonDocument(QJsonObject{{QStringLiteral("stop"), stop}}).toJson(), "Event");
    QCOMPARE(flood.status, 202);
    QVERIFY2(serve.waitForStdErr("[flood-fn] flood xxxx"), serve.stdErr().right(2000).constData());

    // Events accepted while the log writer has the flood to write.
    QByteArrayList accepted;
    const QByteArray event =
        QJsonDocument(QJsonObject{{QStringLiteral("go"), go}, {QStringLiteral("marker"), marker}}).toJson();
    for (int i = 0; i < 5; ++i) {
        const Reply r = post(nam, invocations("target-fn"), event, "Event");
        QCOMPARE(r.status, 202);
        QVERIFY(!r.requestId.isEmpty());
        accepted << r.requestId;
    }
    serve.stop(SIGKILL);
    QFile(stop).open(QIODevice::WriteOnly);
    QVERIFY(linesOf(marker).isEmpty()); // none could run yet: "go" did not exist

    // On disk: each accepted event is in the journal.
    {
        const QString connection = QStringLiteral("journal-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(serve.workspace() + QStringLiteral("/lambdesk.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT request_id FROM async_events WHERE function = 'target-fn'")));
            QByteArrayList journaled;
            while (q.next())
                journaled << q.value(0).toString().toLatin1();
            for (const QByteArray &id : accepted)
                QVERIFY2(journaled.contains(id), id.constData());
        }
        QSqlDatabase::removeDatabase(connection);
    }

    // And each runs at the next start.
    QFile(go).open(QIODevice::WriteOnly);
    QVERIFY2(serve.start({}, &error), qPrintable(error));
    const auto allRan = [&] {
        const QByteArrayList ran = linesOf(marker);
        for (const QByteArray &id : accepted)
            if (!ran.contains(id))
                return false;
        return true;
    };
    QVERIFY2(serve.waitForStdErr([&](const QByteArray &) { return allRan(); }),
             QByteArray(linesOf(marker).join(' ') + "\n" + serve.stdErr().right(3000)).constData());
    QCOMPARE(serve.stop(SIGTERM), 0);
}

QTEST_GUILESS_MAIN(TestEventJournal)
#include "tst_eventjournal.moc"
