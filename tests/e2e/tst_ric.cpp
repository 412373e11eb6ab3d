// AWS's own Node runtime interface client (aws-lambda-ric from npm), unmodified, runs a
// handler through Lambdesk's Runtime API as a custom runtime's bootstrap.
#include "../core/testsupport.h"

#include <QProcess>

using namespace lambdesk;
using namespace testsupport;

class TestRic : public QObject
{
    Q_OBJECT
    QString m_clients;
    // The function's bootstrap runs the ric from the test's npm cache, a folder of the machine
    // that the sandbox does not show: these run in the host-filesystem mode.
    SandboxOff m_hostMode;

private Q_SLOTS:
    void initTestCase()
    {
        m_clients = qEnvironmentVariable("LAMBDESK_NODE_CLIENTS",
                                         QDir::homePath() + QStringLiteral("/.cache/lambdesk/node-clients"));
        QProcess install;
        install.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        install.start(QStringLiteral("bash"),
                      {QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/e2e/install-node-clients.sh"), m_clients});
        QVERIFY2(install.waitForFinished(15 * 60 * 1000), "installing aws-lambda-ric took more than 15 minutes");
        QVERIFY2(install.exitCode() == 0,
                 "tests/e2e/install-node-clients.sh failed: aws-lambda-ric is required for this test");
        QVERIFY(QFile::exists(m_clients + QStringLiteral("/node_modules/aws-lambda-ric/bin/index.mjs")));
    }

    void runsAHandlerUnmodified()
    {
        TestBackend tb;
        FunctionConfig c = tb.config(QStringLiteral("ric"), RuntimeFamily::Provided, QStringLiteral("index.handler"),
                                     512, 10);
        c.environment.insert(QStringLiteral("LAMBDESK_RIC_DIR"), m_clients);
        QVERIFY(tb.create(c, fixture(QStringLiteral("ric-function"))));

        auto r = tb.invoke(QStringLiteral("ric"), R"({"hello":"ric"})", 120000);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY2(!r->isError(), r->payload.constData());
        QJsonObject o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("echo")).toObject().value(QStringLiteral("hello")).toString(),
                 QStringLiteral("ric"));
        QCOMPARE(o.value(QStringLiteral("requestId")).toString(), r->requestId);
        QCOMPARE(o.value(QStringLiteral("remaining")).toBool(), true); // the deadline header reached the context
        QVERIFY(r->initDurationMs.has_value());
        // The ric's console.log format: ISO time, request id, level, message.
        bool logged = false;
        for (const LogLine &l : r->logs)
            logged = logged || (l.text.contains(r->requestId) && l.text.contains(QLatin1String("\tINFO\t")));
        QVERIFY2(logged, r->logText().constData());

        // Warm: the same process serves the next one.
        r = tb.invoke(QStringLiteral("ric"), R"({"n":2})");
        QVERIFY(r && !r->isError());
        QVERIFY(!r->initDurationMs.has_value());

        // A thrown error comes back in AWS's shape through /error.
        r = tb.invoke(QStringLiteral("ric"), R"({"fail":true})");
        QVERIFY(r);
        QCOMPARE(r->functionError, QStringLiteral("Unhandled"));
        o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("errorType")).toString(), QStringLiteral("Error"));
        QCOMPARE(o.value(QStringLiteral("errorMessage")).toString(), QStringLiteral("ric boom"));
    }

    void reportsInitErrors()
    {
        TestBackend tb;
        FunctionConfig c = tb.config(QStringLiteral("ricbad"), RuntimeFamily::Provided,
                                     QStringLiteral("missing.handler"), 512, 10);
        c.environment.insert(QStringLiteral("LAMBDESK_RIC_DIR"), m_clients);
        QVERIFY(tb.create(c, fixture(QStringLiteral("ric-function"))));
        const auto r = tb.invoke(QStringLiteral("ricbad"), "{}", 120000);
        QVERIFY(r);
        QCOMPARE(r->functionError, QStringLiteral("Unhandled"));
        QCOMPARE(object(r->payload).value(QStringLiteral("errorType")).toString(),
                 QStringLiteral("Runtime.ImportModuleError"));
    }
};

QTEST_GUILESS_MAIN(TestRic)
#include "tst_ric.moc"
