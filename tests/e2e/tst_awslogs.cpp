// The real AWS CLI v2 (Debian's /usr/bin/aws) reading a function's logs from `lambdesk serve`
// through the CloudWatch Logs API: describe-log-groups, describe-log-streams, get-log-events,
// filter-log-events, and `aws logs tail` with and without --follow, unchanged.
#include "awsclimodel.h"
#include "servefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace e2e;

namespace {
const QString kAws = QStringLiteral("/usr/bin/aws"); // not the `aws` first on PATH
const QString kGroup = QStringLiteral("/aws/lambda/logs-fn");
const QString kShared = QStringLiteral("/lambdesk/shared-app"); // LoggingConfig.LogGroup of two functions
} // namespace

class TestAwsLogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void describeLogGroups();
    void describeAndGetLogEvents();
    void filterLogEvents();
    void tail();
    void tailFollow();
    void unknownGroup();
    void sharedLogGroup();

private:
    QStringList awsArgs(QStringList args) const
    {
        return QStringList{QStringLiteral("--endpoint-url"), m_serve.endpoint(), QStringLiteral("--output"),
                           QStringLiteral("json")}
        + args;
    }
    Run aws(QStringList args) { return run(kAws, awsArgs(std::move(args)), m_env); }
    QJsonObject awsJson(QStringList args)
    {
        const Run r = aws(std::move(args));
        if (r.exitCode != 0)
            qWarning("aws failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }
    void invoke(const QString &word, const QString &function = QStringLiteral("logs-fn"));
    void createFunction(const QString &name, const QStringList &extra = {});

    ServeProcess m_serve;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_stream;
};

void TestAwsLogs::initTestCase()
{
    QVERIFY2(QFile::exists(kAws), "Debian's AWS CLI v2 is required at /usr/bin/aws (apt-get install awscli)");
    QString error;
    QVERIFY2(m_serve.start({}, &error), qPrintable(error));
    m_env = awsCliEnvironment(m_tmp.path());
    // --logging-config for Debian's CLI 2.9 (see awsclimodel.h).
    const QString model = addLoggingConfigModel(m_tmp.path());
    QVERIFY2(model.isEmpty(), qPrintable(model));

    const QString zip = m_tmp.filePath(QStringLiteral("fn.zip"));
    {
        QFile f(zip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(functionZip(QStringLiteral("v1")));
    }
    createFunction(QStringLiteral("logs-fn"));
    invoke(QStringLiteral("alpha"));
    invoke(QStringLiteral("beta"));
}

void TestAwsLogs::cleanupTestCase()
{
    QCOMPARE(m_serve.stop(SIGTERM), 0);
    QCOMPARE(m_serve.runtimeProcesses(), QList<qint64>());
}

void TestAwsLogs::createFunction(const QString &name, const QStringList &extra)
{
    const Run created = aws(
        QStringList{QStringLiteral("lambda"), QStringLiteral("create-function"), QStringLiteral("--function-name"),
                    name, QStringLiteral("--runtime"), QStringLiteral("python3.11"), QStringLiteral("--handler"),
                    QStringLiteral("lambda_function.handler"), QStringLiteral("--role"),
                    QStringLiteral("arn:aws:iam::123456789012:role/lambda-role"), QStringLiteral("--zip-file"),
                    QStringLiteral("fileb://") + m_tmp.filePath(QStringLiteral("fn.zip"))}
        + extra);
    QVERIFY2(created.exitCode == 0, created.err.constData());
}

void TestAwsLogs::invoke(const QString &word, const QString &function)
{
    const Run r = aws({QStringLiteral("lambda"), QStringLiteral("invoke"), QStringLiteral("--function-name"), function,
                       QStringLiteral("--cli-binary-format"), QStringLiteral("raw-in-base64-out"),
                       QStringLiteral("--payload"), QStringLiteral(R"({"word": "%1"})").arg(word),
                       m_tmp.filePath(QStringLiteral("out.json"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestAwsLogs::describeLogGroups()
{
    const QJsonObject o = awsJson({QStringLiteral("logs"), QStringLiteral("describe-log-groups"),
                                   QStringLiteral("--log-group-name-prefix"), QStringLiteral("/aws/lambda/")});
    const QJsonArray groups = o.value(u"logGroups").toArray();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.at(0).toObject().value(u"logGroupName").toString(), kGroup);
    QCOMPARE(groups.at(0).toObject().value(u"arn").toString(),
             QStringLiteral("arn:aws:logs:us-east-1:000000000000:log-group:/aws/lambda/logs-fn:*"));
}

void TestAwsLogs::describeAndGetLogEvents()
{
    const QJsonObject o = awsJson(
        {QStringLiteral("logs"), QStringLiteral("describe-log-streams"), QStringLiteral("--log-group-name"), kGroup});
    const QJsonArray streams = o.value(u"logStreams").toArray();
    QCOMPARE(streams.size(), 1); // both invocations ran in one warm environment
    m_stream = streams.at(0).toObject().value(u"logStreamName").toString();
    static const QRegularExpression form(QStringLiteral(R"(^\d{4}/\d\d/\d\d/\[\$LATEST\][0-9a-f]{32}$)"));
    QVERIFY2(form.match(m_stream).hasMatch(), qPrintable(m_stream));

    const QJsonObject events = awsJson({QStringLiteral("logs"), QStringLiteral("get-log-events"),
                                        QStringLiteral("--log-group-name"), kGroup, QStringLiteral("--log-stream-name"),
                                        m_stream, QStringLiteral("--start-from-head")});
    QStringList messages;
    for (const QJsonValue &e : events.value(u"events").toArray())
        messages.append(e.toObject().value(u"message").toString());
    const QString all = messages.join(u'\n');
    QVERIFY2(messages.size() >= 8, qPrintable(all));
    QVERIFY2(messages.first().startsWith(u"START RequestId: ") || messages.first().startsWith(u"INIT_START"),
             qPrintable(all));
    QVERIFY2(all.indexOf(u"\"word\": \"alpha\"") < all.indexOf(u"\"word\": \"beta\""), qPrintable(all));
    QCOMPARE(all.count(QStringLiteral("REPORT RequestId: ")), 2);
    QVERIFY(events.value(u"nextForwardToken").toString().startsWith(u"f/"));
}

void TestAwsLogs::filterLogEvents()
{
    auto messages = [&](const QString &pattern) {
        const QJsonObject o = awsJson({QStringLiteral("logs"), QStringLiteral("filter-log-events"),
                                       QStringLiteral("--log-group-name"), kGroup, QStringLiteral("--filter-pattern"),
                                       pattern});
        QStringList out;
        for (const QJsonValue &e : o.value(u"events").toArray())
            out.append(e.toObject().value(u"message").toString());
        return out;
    };
    QStringList m = messages(QStringLiteral("\"handler saw\" alpha"));
    QCOMPARE(m.size(), 1);
    QVERIFY(m.first().contains(u"alpha"));
    m = messages(QStringLiteral("?alpha ?beta"));
    QCOMPARE(m.size(), 2);
    m = messages(QStringLiteral("REPORT -alpha"));
    QCOMPARE(m.size(), 2);
    // The CLI pages through nextToken by itself: --page-size 1 still brings every REPORT.
    const QJsonObject paged = awsJson({QStringLiteral("logs"), QStringLiteral("filter-log-events"),
                                       QStringLiteral("--log-group-name"), kGroup, QStringLiteral("--filter-pattern"),
                                       QStringLiteral("REPORT"), QStringLiteral("--page-size"), QStringLiteral("1")});
    QCOMPARE(paged.value(u"events").toArray().size(), 2);
    // A time range after everything: nothing.
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
    const QJsonObject none = awsJson({QStringLiteral("logs"), QStringLiteral("filter-log-events"),
                                      QStringLiteral("--log-group-name"), kGroup, QStringLiteral("--start-time"),
                                      QString::number(later)});
    QCOMPARE(none.value(u"events").toArray().size(), 0);
}

void TestAwsLogs::tail()
{
    const Run r = aws(
        {QStringLiteral("logs"), QStringLiteral("tail"), kGroup, QStringLiteral("--since"), QStringLiteral("1h")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 8, r.out.constData());
    // "<time> <stream> <message>", as the CLI prints CloudWatch's events.
    static const QRegularExpression form(QStringLiteral(
        R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00 \d{4}/\d\d/\d\d/\[\$LATEST\][0-9a-f]{32} .+$)"));
    for (const QString &line : lines)
        QVERIFY2(form.match(line).hasMatch(), qPrintable(line));
    QVERIFY(r.out.contains("handler saw {\"word\": \"beta\"}"));
    const Run filtered = aws({QStringLiteral("logs"), QStringLiteral("tail"), kGroup,
                              QStringLiteral("--filter-pattern"), QStringLiteral("REPORT"), QStringLiteral("--format"),
                              QStringLiteral("short")});
    QVERIFY2(filtered.exitCode == 0, filtered.err.constData());
    QCOMPARE(filtered.out.count('\n'), 2);
}

void TestAwsLogs::tailFollow()
{
    QProcess follow;
    follow.setProcessEnvironment(m_env);
    follow.start(kAws,
                 awsArgs({QStringLiteral("logs"), QStringLiteral("tail"), kGroup, QStringLiteral("--follow"),
                          QStringLiteral("--filter-pattern"), QStringLiteral("\"handler saw\"")}));
    QVERIFY(follow.waitForStarted());
    QByteArray out;
    const auto has = [&](const QByteArray &text) {
        return waitForOutput(follow, [&] {
            out += follow.readAllStandardOutput();
            return out.contains(text);
        });
    };
    QVERIFY2(has("\"word\": \"beta\""), out.constData()); // what was there when it started
    invoke(QStringLiteral("gamma"));
    const bool arrived = has("\"word\": \"gamma\""); // and what came after
    follow.kill();
    follow.waitForFinished();
    QVERIFY2(arrived, out.constData());
    QCOMPARE(out.count("\"word\": \"beta\""), 1); // printed once, not again with every poll
}

void TestAwsLogs::unknownGroup()
{
    const Run r = aws({QStringLiteral("logs"), QStringLiteral("filter-log-events"), QStringLiteral("--log-group-name"),
                       QStringLiteral("/aws/lambda/nope")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("ResourceNotFoundException") && r.err.contains("The specified log group does not exist."),
             r.err.constData());
}

// Two functions whose LoggingConfig.LogGroup is the same custom group: one set on create, one
// changed afterwards (its earlier lines follow it). The group is listed once, and
// filter-log-events and `aws logs tail` on it show both functions' lines; the first function's
// default group /aws/lambda/NAME is gone.
void TestAwsLogs::sharedLogGroup()
{
    createFunction(QStringLiteral("grp-a"));
    invoke(QStringLiteral("a-before"), QStringLiteral("grp-a"));
    const Run updated = aws({QStringLiteral("lambda"), QStringLiteral("update-function-configuration"),
                             QStringLiteral("--function-name"), QStringLiteral("grp-a"),
                             QStringLiteral("--logging-config"), QStringLiteral("LogGroup=") + kShared});
    QVERIFY2(updated.exitCode == 0, updated.err.constData());
    QCOMPARE(QJsonDocument::fromJson(updated.out).object().value(u"LoggingConfig").toObject().value(u"LogGroup"),
             QJsonValue(kShared));
    invoke(QStringLiteral("a-after"), QStringLiteral("grp-a"));
    createFunction(QStringLiteral("grp-b"),
                   {QStringLiteral("--logging-config"), QStringLiteral("LogGroup=") + kShared});
    invoke(QStringLiteral("b-only"), QStringLiteral("grp-b"));

    const QJsonObject groups = awsJson({QStringLiteral("logs"), QStringLiteral("describe-log-groups"),
                                        QStringLiteral("--log-group-name-prefix"), QStringLiteral("/lambdesk/")});
    const QJsonArray listed = groups.value(u"logGroups").toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(u"logGroupName").toString(), kShared);

    const QJsonObject filtered = awsJson({QStringLiteral("logs"), QStringLiteral("filter-log-events"),
                                          QStringLiteral("--log-group-name"), kShared,
                                          QStringLiteral("--filter-pattern"), QStringLiteral("\"handler saw\"")});
    QStringList messages;
    for (const QJsonValue &e : filtered.value(u"events").toArray())
        messages.append(e.toObject().value(u"message").toString());
    const QString all = messages.join(u'\n');
    QCOMPARE(messages.size(), 3);
    for (const char *word : {"a-before", "a-after", "b-only"})
        QVERIFY2(all.contains(QLatin1StringView(word)), qPrintable(all));
    // b's environment and a's (two: the configuration update starts a new one).
    QVERIFY(filtered.value(u"searchedLogStreams").toArray().size() >= 2);

    const Run tail = aws(
        {QStringLiteral("logs"), QStringLiteral("tail"), kShared, QStringLiteral("--since"), QStringLiteral("1h")});
    QVERIFY2(tail.exitCode == 0, tail.err.constData());
    QVERIFY2(tail.out.contains("handler saw {\"word\": \"a-after\"}")
                 && tail.out.contains("handler saw {\"word\": \"b-only\"}"),
             tail.out.constData());
    QVERIFY2(!tail.out.contains("alpha"), tail.out.constData()); // logs-fn keeps its own group

    const Run gone = aws({QStringLiteral("logs"), QStringLiteral("filter-log-events"),
                          QStringLiteral("--log-group-name"), QStringLiteral("/aws/lambda/grp-a")});
    QVERIFY(gone.exitCode != 0);
    QVERIFY2(gone.err.contains("ResourceNotFoundException"), gone.err.constData());
}

QTEST_GUILESS_MAIN(TestAwsLogs)
#include "tst_awslogs.moc"
