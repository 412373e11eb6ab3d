// `lambdesk provisioned` as a user runs it: the real binary, its output and exit codes. A put
// waits for the environment (READY, or FAILED with the init error); the list and --delete read
// and change what the workspace keeps.
#include "testsupport.h"

#include <QProcess>

class TestProvisionedCli : public QObject
{
    Q_OBJECT

    using Run = testsupport::CliRun;

    QTemporaryDir m_ws;

    Run run(const QStringList &args) { return testsupport::runCli(args, m_ws.path()); }

private Q_SLOTS:
    void cleanupTestCase() { lambdesk::versionstore::makeWritable(m_ws.path()); }

    void putListDelete()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("pc"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--blueprint"),
                     QStringLiteral("hello-world-python")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("publish"), QStringLiteral("pc")});
        QVERIFY2(r.code == 0, r.err.constData());

        r = run({QStringLiteral("provisioned"), QStringLiteral("pc")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("has no provisioned concurrency"), r.out.constData());

        r = run({QStringLiteral("provisioned"), QStringLiteral("pc"), QStringLiteral("--qualifier"),
                 QStringLiteral("$LATEST"), QStringLiteral("--count"), QStringLiteral("1")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("Provisioned Concurrency Configs cannot be applied to unpublished function versions."),
                 r.err.constData());
        r = run({QStringLiteral("provisioned"), QStringLiteral("pc"), QStringLiteral("--qualifier"),
                 QStringLiteral("1"), QStringLiteral("--count"), QStringLiteral("zero")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--count"), r.err.constData());
        r = run({QStringLiteral("provisioned"), QStringLiteral("pc"), QStringLiteral("--count"), QStringLiteral("1")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--qualifier"), r.err.constData());

        // Put: waits until the environment is initialised.
        r = run({QStringLiteral("provisioned"), QStringLiteral("pc"), QStringLiteral("--qualifier"),
                 QStringLiteral("1"), QStringLiteral("--count"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("READY"), r.out.constData());

        r = run({QStringLiteral("provisioned"), QStringLiteral("pc")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("QUALIFIER"), r.out.constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY2(lines.size() >= 2 && lines.at(1).startsWith("1 ") && lines.at(1).simplified().split(' ').value(1) == "1",
                 r.out.constData());

        r = run({QStringLiteral("provisioned"), QStringLiteral("pc"), QStringLiteral("--qualifier"),
                 QStringLiteral("1"), QStringLiteral("--delete")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("provisioned"), QStringLiteral("pc"), QStringLiteral("--qualifier"),
                 QStringLiteral("1"), QStringLiteral("--delete")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("No Provisioned Concurrency Config found"), r.err.constData());
        r = run({QStringLiteral("provisioned"), QStringLiteral("pc")});
        QVERIFY2(r.out.contains("has no provisioned concurrency"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestProvisionedCli)
#include "tst_provisionedcli.moc"
