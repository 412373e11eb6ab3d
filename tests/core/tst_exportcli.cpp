// `lambdesk export` as a user runs it: the real binary, what it prints (the files written and
// the aws/sam commands), its exit codes, and the refusal of a folder that is not empty.
#include "testsupport.h"

#include <QProcess>

class TestExportCli : public QObject
{
    Q_OBJECT

    using Run = testsupport::CliRun;

    QTemporaryDir m_ws;

    Run run(const QStringList &args) { return testsupport::runCli(args, m_ws.path()); }

private Q_SLOTS:
    void cleanupTestCase() { lambdesk::versionstore::makeWritable(m_ws.path()); }

    void exportPrintsFilesAndCommands()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("cli-fn"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--blueprint"), QStringLiteral("hello-world-python"),
                     QStringLiteral("--memory"), QStringLiteral("512"), QStringLiteral("--env"),
                     QStringLiteral("MODE=it's")});
        if (r.code != 0 && r.err.contains("python3.11"))
            QSKIP("python3.11 is not the installed Python");
        QVERIFY2(r.code == 0, r.err.constData());

        QTemporaryDir parent;
        const QString out = parent.path() + QStringLiteral("/out");
        r = run({QStringLiteral("export"), QStringLiteral("cli-fn")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--out DIR is required"), r.err.constData());
        r = run({QStringLiteral("export"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--all"), r.err.constData());

        r = run({QStringLiteral("export"), QStringLiteral("cli-fn"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("  template.yaml\n"), r.out.constData());
        QVERIFY2(r.out.contains("  cli-fn.zip\n"), r.out.constData());
        QVERIFY2(r.out.contains("  cli-fn/ ("), r.out.constData());
        QVERIFY2(r.out.contains("aws lambda create-function --function-name cli-fn --runtime python3.11 --handler "
                                "lambda_function.lambda_handler --memory-size 512 --timeout 3 --role <your-role-arn> "
                                "--zip-file fileb://cli-fn.zip --environment '{\"Variables\":{\"MODE\":\"it'\\''s\"}}'"),
                 r.out.constData());
        QVERIFY2(r.out.contains("  sam validate && sam deploy --guided\n"), r.out.constData());
        QVERIFY(QFile::exists(out + QStringLiteral("/template.yaml")));
        QVERIFY(QFile::exists(out + QStringLiteral("/cli-fn.zip")));

        // Not empty now: refused, naming the rule and the way out.
        r = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("OutDir must be an empty folder") && r.err.contains("--force"), r.err.constData());
        r = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--out"), out, QStringLiteral("--force")});
        QVERIFY2(r.code == 0, r.err.constData());

        const QString zips = parent.path() + QStringLiteral("/zips");
        r = run({QStringLiteral("export"), QStringLiteral("cli-fn"), QStringLiteral("--out"), zips,
                 QStringLiteral("--zip-only"), QStringLiteral("--role"),
                 QStringLiteral("arn:aws:iam::123456789012:role/exec")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QDir(zips).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("cli-fn.zip")});
        QVERIFY2(r.out.contains("--role arn:aws:iam::123456789012:role/exec"), r.out.constData());
        QVERIFY2(!r.out.contains("sam deploy"), r.out.constData());

        r = run({QStringLiteral("export"), QStringLiteral("missing-fn"), QStringLiteral("--out"),
                 parent.path() + QStringLiteral("/m")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("missing-fn"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
