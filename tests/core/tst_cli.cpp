// The command line as a user runs it: the real binary, its output streams and exit codes.
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_ws;

    Run run(QStringList args, const QByteArray &input = {})
    {
        QProcess p;
        if (!args.contains(QStringLiteral("--workspace")))
            args << QStringLiteral("--workspace") << m_ws.path();
        p.start(qEnvironmentVariable("LAMBDESK_BINARY"), args);
        if (!input.isEmpty()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(60000))
            qFatal("lambdesk %s did not finish", qPrintable(args.join(u' ')));
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                   p.readAllStandardError()};
    }

private Q_SLOTS:
    void helpAndVersion()
    {
        Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("lambdesk create NAME --runtime RT"));
        QVERIFY(r.out.contains("lambdesk invoke NAME[:QUALIFIER]"));
        r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("lambdesk " LAMBDESK_VERSION));
        r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("'frobnicate' is not a command"));
    }

    void createInvokeList()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("hi"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--blueprint"),
                     QStringLiteral("hello-world-python")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Created hi"));
        r = run({QStringLiteral("invoke"), QStringLiteral("hi"), QStringLiteral("--payload"),
                 QStringLiteral("{\"name\":\"Ada\"}"), QStringLiteral("--repeat"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // one response per line
        for (const QByteArray &line : lines)
            QVERIFY2(line.contains("Hello, Ada!"), line.constData());
        QCOMPARE(r.err.count("START RequestId: "), 3); // log lines go to stderr
        QCOMPARE(r.err.count("REPORT RequestId: "), 3);
        QCOMPARE(r.err.count("Init Duration"), 1); // one environment for all three
        r = run({QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("hi"));
        QVERIFY(r.out.contains("python3.11"));
    }

    void createFromDirWithSettings()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("echo"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--handler"), QStringLiteral("handlers.context_info"),
                     QStringLiteral("--code"), testsupport::fixture(QStringLiteral("handlers/python")),
                     QStringLiteral("--memory"), QStringLiteral("256"), QStringLiteral("--timeout"),
                     QStringLiteral("5"), QStringLiteral("--env"), QStringLiteral("GREETING=hello world")});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile payload(m_ws.path() + QStringLiteral("/payload.json"));
        QVERIFY(payload.open(QIODevice::WriteOnly));
        payload.write("{}");
        payload.close();
        r = run(
            {QStringLiteral("invoke"), QStringLiteral("echo"), QStringLiteral("--payload-file"), payload.fileName()});
        QCOMPARE(r.code, 0);
        const QJsonObject o = testsupport::object(r.out);
        QCOMPARE(o.value(QStringLiteral("memory")).toString(), QStringLiteral("256"));
        QCOMPARE(o.value(QStringLiteral("env")).toObject().value(QStringLiteral("GREETING")).toString(),
                 QStringLiteral("hello world"));
        r = run(
            {QStringLiteral("invoke"), QStringLiteral("echo"), QStringLiteral("--payload-file"), QStringLiteral("-")},
            "{\"a\":1}");
        QCOMPARE(r.code, 0);
    }

    void functionErrorExitsOne()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("failing"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--handler"), QStringLiteral("handlers.fail"),
                     QStringLiteral("--code"), testsupport::fixture(QStringLiteral("handlers/python"))});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("invoke"), QStringLiteral("failing")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("\"errorType\": \"ValueError\"") || r.out.contains("\"errorType\":\"ValueError\""));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("bad name") << QStringList{QStringLiteral("create"), QStringLiteral("bad name!"),
                                                 QStringLiteral("--runtime"), QStringLiteral("python3.11")}
                                  << QByteArray("FunctionName may only contain");
        QTest::newRow("memory") << QStringList{QStringLiteral("create"),    QStringLiteral("m"),
                                               QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                                               QStringLiteral("--memory"),  QStringLiteral("64")}
                                << QByteArray("MemorySize must be a whole number of MB from 128 to 10240; got 64");
        QTest::newRow("memory text") << QStringList{QStringLiteral("create"),    QStringLiteral("m"),
                                                    QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                                                    QStringLiteral("--memory"),  QStringLiteral("lots")}
                                     << QByteArray("MemorySize must be a whole number");
        QTest::newRow("timeout") << QStringList{QStringLiteral("create"),    QStringLiteral("t"),
                                                QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                                                QStringLiteral("--timeout"), QStringLiteral("901")}
                                 << QByteArray("Timeout must be a whole number of seconds from 1 to 900; got 901");
        QTest::newRow("reserved env") << QStringList{QStringLiteral("create"),    QStringLiteral("e"),
                                                     QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                                                     QStringLiteral("--env"),     QStringLiteral("AWS_REGION=x")}
                                      << QByteArray("'AWS_REGION' is reserved");
        QTest::newRow("env form") << QStringList{QStringLiteral("create"),    QStringLiteral("e"),
                                                 QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                                                 QStringLiteral("--env"),     QStringLiteral("NOEQUALS")}
                                  << QByteArray("--env must be KEY=VALUE");
        QTest::newRow("no runtime") << QStringList{QStringLiteral("create"), QStringLiteral("r")}
                                    << QByteArray("--runtime is required");
        QTest::newRow("unknown runtime") << QStringList{QStringLiteral("create"), QStringLiteral("r"),
                                                        QStringLiteral("--runtime"), QStringLiteral("java21")}
                                         << QByteArray("Runtime 'java21' is not a Lambda runtime id");
        QTest::newRow("unknown blueprint")
            << QStringList{QStringLiteral("create"),     QStringLiteral("b"),           QStringLiteral("--runtime"),
                           QStringLiteral("python3.11"), QStringLiteral("--blueprint"), QStringLiteral("nope")}
            << QByteArray("Blueprint nope does not exist");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("invoke"), QStringLiteral("x"),
                                                       QStringLiteral("--bogus")}
                                        << QByteArray("unknown option --bogus");
        QTest::newRow("bad json") << QStringList{QStringLiteral("invoke"), QStringLiteral("hi"),
                                                 QStringLiteral("--payload"), QStringLiteral("{oops")}
                                  << QByteArray("line 1, column 2");
        QTest::newRow("no such function")
            << QStringList{QStringLiteral("invoke"), QStringLiteral("ghost")} << QByteArray("Function not found");
        QTest::newRow("repeat") << QStringList{QStringLiteral("invoke"), QStringLiteral("hi"),
                                               QStringLiteral("--repeat"), QStringLiteral("0")}
                                << QByteArray("--repeat must be a whole number of at least 1");
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
