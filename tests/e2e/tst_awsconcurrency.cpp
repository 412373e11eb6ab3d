// Reserved concurrency end to end: the real AWS CLI (/usr/bin/aws) against `lambdesk serve
// --concurrency-limit 5` — put/get/delete-function-concurrency, get-account-settings,
// get-function's Concurrency, the minimum-unreserved rule, an invoke throttled with
// TooManyRequestsException — then `lambdesk concurrency` on the same workspace once serve has
// stopped (the reservation was kept on disk).
#include "servefixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace e2e;

namespace {
const QString kAws = QStringLiteral("/usr/bin/aws");
}

class TestAwsConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kAws), "Debian's AWS CLI v2 is required at /usr/bin/aws (apt-get install awscli)");
        QString error;
        QVERIFY2(m_serve.start({QStringLiteral("--concurrency-limit"), QStringLiteral("5")}, &error),
                 qPrintable(error));
        QVERIFY2(m_serve.waitForStdOut(
                     [](const QByteArray &out) { return out.contains("concurrency 5 at once, 5 unreserved"); }),
                 m_serve.stdOut().constData());
        m_env = awsCliEnvironment(m_tmp.path());
        const QString zip = m_tmp.filePath(QStringLiteral("fn.zip"));
        QFile f(zip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(functionZip(QStringLiteral("1")));
        f.close();
        const Run created = aws({QStringLiteral("create-function"), QStringLiteral("--function-name"),
                                 QStringLiteral("cc-fn"), QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                                 QStringLiteral("--handler"), QStringLiteral("lambda_function.handler"),
                                 QStringLiteral("--role"), QStringLiteral("arn:aws:iam::000000000000:role/x"),
                                 QStringLiteral("--zip-file"), QStringLiteral("fileb://") + zip});
        if (created.exitCode != 0 && created.err.contains("python3.11")) {
            // Another Python: the runtime this machine has.
            const Run again = aws({QStringLiteral("create-function"), QStringLiteral("--function-name"),
                                   QStringLiteral("cc-fn"), QStringLiteral("--runtime"), pythonRuntime(),
                                   QStringLiteral("--handler"), QStringLiteral("lambda_function.handler"),
                                   QStringLiteral("--role"), QStringLiteral("arn:aws:iam::000000000000:role/x"),
                                   QStringLiteral("--zip-file"), QStringLiteral("fileb://") + zip});
            QVERIFY2(again.exitCode == 0, again.err.constData());
        } else {
            QVERIFY2(created.exitCode == 0, created.err.constData());
        }
    }

    void cleanupTestCase()
    {
        if (m_serve.process().state() != QProcess::NotRunning)
            QCOMPARE(m_serve.stop(SIGTERM), 0);
        QCOMPARE(m_serve.runtimeProcesses(), QList<qint64>());
    }

    void putGetDeleteAndThrottle()
    {
        // Nothing reserved: get-function-concurrency answers {} (the CLI prints it as is).
        Run r = aws(
            {QStringLiteral("get-function-concurrency"), QStringLiteral("--function-name"), QStringLiteral("cc-fn")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!json(r).contains(u"ReservedConcurrentExecutions"));
        r = aws({QStringLiteral("get-account-settings")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).value(u"AccountLimit").toObject().value(u"ConcurrentExecutions").toInt(), 5);
        QCOMPARE(json(r).value(u"AccountLimit").toObject().value(u"UnreservedConcurrentExecutions").toInt(), 5);

        // 5 of 5 would leave nothing unreserved: AWS's error, nothing set.
        r = aws({QStringLiteral("put-function-concurrency"), QStringLiteral("--function-name"), QStringLiteral("cc-fn"),
                 QStringLiteral("--reserved-concurrent-executions"), QStringLiteral("5")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("InvalidParameterValueException")
                     && r.err.contains("Specified ReservedConcurrentExecutions for function decreases account's "
                                       "UnreservedConcurrentExecution below its minimum value of [1]."),
                 r.err.constData());

        // Reserved 0: every invocation is throttled.
        r = aws({QStringLiteral("put-function-concurrency"), QStringLiteral("--function-name"), QStringLiteral("cc-fn"),
                 QStringLiteral("--reserved-concurrent-executions"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r), QJsonObject({{QStringLiteral("ReservedConcurrentExecutions"), 0}}));
        r = aws(
            {QStringLiteral("get-function-concurrency"), QStringLiteral("--function-name"), QStringLiteral("cc-fn")});
        QCOMPARE(json(r), QJsonObject({{QStringLiteral("ReservedConcurrentExecutions"), 0}}));
        r = aws({QStringLiteral("get-function"), QStringLiteral("--function-name"), QStringLiteral("cc-fn")});
        QCOMPARE(json(r).value(u"Concurrency").toObject(),
                 QJsonObject({{QStringLiteral("ReservedConcurrentExecutions"), 0}}));
        const QString out = m_tmp.filePath(QStringLiteral("out.json"));
        r = aws({QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("cc-fn"), out});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("TooManyRequestsException") && r.err.contains("Rate Exceeded."), r.err.constData());
        QVERIFY2(m_serve.waitForStdErr("ReservedFunctionConcurrentInvocationLimitExceeded"),
                 m_serve.stdErr().constData());

        // Reserved 2: runs again; the account shows 3 unreserved.
        r = aws({QStringLiteral("put-function-concurrency"), QStringLiteral("--function-name"), QStringLiteral("cc-fn"),
                 QStringLiteral("--reserved-concurrent-executions"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = aws({QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("cc-fn"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = aws({QStringLiteral("get-account-settings")});
        QCOMPARE(json(r).value(u"AccountLimit").toObject().value(u"UnreservedConcurrentExecutions").toInt(), 3);
    }

    // Kept in the workspace: once serve has stopped, `lambdesk concurrency` reads it, removes it.
    void keptForTheCommandLine()
    {
        QCOMPARE(m_serve.stop(SIGTERM), 0);
        const QStringList base{QStringLiteral("--workspace"), m_serve.workspace(), QStringLiteral("concurrency"),
                               QStringLiteral("cc-fn")};
        Run r = run(binary(), base, m_serve.environment());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("cc-fn: reserved concurrency 2"), r.out.constData());
        r = run(binary(), base + QStringList{QStringLiteral("--reserved"), QStringLiteral("100")},
                m_serve.environment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("minimum value of [1]"), r.err.constData());
        r = run(binary(), base + QStringList{QStringLiteral("--delete")}, m_serve.environment());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("no reserved concurrency"), r.out.constData());
        QVERIFY2(r.out.contains("concurrency limit 10, unreserved 10"), r.out.constData()); // the setting's default
    }

private:
    Run aws(QStringList args)
    {
        args.prepend(QStringLiteral("lambda"));
        args.prepend(m_serve.endpoint());
        args.prepend(QStringLiteral("--endpoint-url"));
        return run(kAws, args, m_env);
    }
    static QJsonObject json(const Run &r) { return QJsonDocument::fromJson(r.out).object(); }
    QString pythonRuntime()
    {
        const Run r = run(binary(), {QStringLiteral("runtimes")}, m_serve.environment());
        for (const QByteArray &line : r.out.split('\n'))
            if (line.startsWith("python"))
                return QString::fromUtf8(line.split(' ').first());
        return QStringLiteral("python3");
    }

    ServeProcess m_serve;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestAwsConcurrency)
#include "tst_awsconcurrency.moc"
