// The measurements the limits rely on, read from the kernel, and what a killed run leaves.
#include "testsupport.h"

#include "runtime/resourcelimits.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>
#include <csignal>
#include <unistd.h>

using namespace lambdesk;

class TestResourceLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void peakRssOfThisProcess()
    {
        // Touch 32 MB so the high-water mark is well above it.
        QByteArray block(32 * 1024 * 1024, 'x');
        QVERIFY(block.at(12345) == 'x');
        const qint64 peak = procfs::peakRssBytes(::getpid());
        QVERIFY2(peak > 32 * 1024 * 1024, qPrintable(QString::number(peak)));
    }
    void treeFindsChildren()
    {
        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(child.waitForStarted());
        const QList<procfs::Proc> tree = procfs::tree(::getpid());
        bool self = false, kid = false;
        for (const procfs::Proc &p : tree) {
            self = self || (p.pid == ::getpid() && p.rssBytes > 0);
            kid = kid || p.pid == child.processId();
        }
        QVERIFY(self);
        QVERIFY(kid);
        child.kill();
        child.waitForFinished();
    }
    void watchdogKillsPastTheLimit()
    {
        auto control = ResourceControl::watchdog();
        QCOMPARE(control->mode(), LimitsMode::Watchdog);
        auto limits = control->create(QStringLiteral("t"), 128);
        QVERIFY(limits->needsSampling());
        QProcess hog;
        hog.start(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import time\nb=bytearray(300*1024*1024)\nb[::4096]=b'x'*len(b[::4096])\ntime.sleep(30)")});
        QSignalSpy finished(&hog, &QProcess::finished);
        QVERIFY(hog.waitForStarted());
        limits->attached(pid_t(hog.processId()));
        // The watchdog samples on a timer, as an environment drives it; the test waits for the
        // hog to end.
        bool killed = false;
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] { killed = killed || limits->sample(); });
        sampler.start(20);
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        sampler.stop();
        QVERIFY(killed);
        QVERIFY(limits->oomKilled());
        QCOMPARE(hog.exitStatus(), QProcess::CrashExit);
        QVERIFY(limits->peakBytes() >= 128 * 1024 * 1024);
    }
    // A handler's child outlives a Lambdesk killed with SIGKILL (its runtime dies with it, the
    // child does not); the next start ends it. Cgroups say whose it is where there are any,
    // the environments' records where there are none.
    void leftoversOfAKilledRunAreEnded_data()
    {
        QTest::addColumn<bool>("watchdog");
        QTest::newRow("detected limits") << false;
        QTest::newRow("watchdog") << true;
    }
    void leftoversOfAKilledRunAreEnded()
    {
        QFETCH(bool, watchdog);
        const QByteArray limitsBefore = qgetenv("LAMBDESK_LIMITS");
        const auto restore = qScopeGuard([&] {
            if (limitsBefore.isNull())
                qunsetenv("LAMBDESK_LIMITS");
            else
                qputenv("LAMBDESK_LIMITS", limitsBefore);
        });
        if (watchdog)
            qputenv("LAMBDESK_LIMITS", "watchdog");
        else
            qunsetenv("LAMBDESK_LIMITS");

        QTemporaryDir ws, config, code;
        Backend::Options options;
        options.workspace = ws.path();
        {
            QFile::copy(testsupport::testChild(), code.filePath(QStringLiteral("bootstrap")));
            QFile::setPermissions(code.filePath(QStringLiteral("bootstrap")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            Backend b(options);
            QVERIFY(b.start());
            FunctionConfig c;
            c.name = QStringLiteral("orphan");
            c.runtime = QStringLiteral("provided.al2023");
            c.handler = QStringLiteral("child.handler");
            c.timeout = 30;
            c.environment.insert(QStringLiteral("TESTCHILD_MODE"), QStringLiteral("fork"));
            const auto created = b.createFunction(c, CodeSource::directory(code.path()));
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            b.stop();
        }

        // `lambdesk serve` on that workspace runs it once: the sleeper it forks stays.
        QProcess serve;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        serve.setProcessEnvironment(env);
        serve.start(qEnvironmentVariable("LAMBDESK_BINARY"),
                    {QStringLiteral("serve"), QStringLiteral("--workspace"), ws.path(), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--quiet")});
        const auto killServe = qScopeGuard([&] {
            serve.kill();
            serve.waitForFinished(10000);
        });
        QVERIFY(serve.waitForStarted(30000));
        QSignalSpy printed(&serve, &QProcess::readyReadStandardOutput);
        QByteArray out;
        static const QRegularExpression address(QStringLiteral("Lambda API on http://127\\.0\\.0\\.1:(\\d+)"));
        QRegularExpressionMatch m;
        QVERIFY(testsupport::waitForSignals(
            printed,
            [&] {
                out += serve.readAllStandardOutput();
                m = address.match(QString::fromUtf8(out));
                return m.hasMatch();
            },
            60000));
        const quint16 port = quint16(m.captured(1).toUInt());

        QTcpSocket http;
        QSignalSpy closed(&http, &QTcpSocket::disconnected);
        http.connectToHost(QHostAddress::LocalHost, port);
        http.write("POST /2015-03-31/functions/orphan/invocations HTTP/1.1\r\nHost: 127.0.0.1:"
                   + QByteArray::number(port)
                   + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        QVERIFY(closed.wait(60000));
        const QByteArray answer = http.readAll();
        const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
        const qint64 sleeper = testsupport::object(body).value(QStringLiteral("child")).toInteger();
        QVERIFY2(sleeper > 0, answer.constData());
        const auto killSleeper = qScopeGuard([&] { ::kill(pid_t(sleeper), SIGKILL); });
        QVERIFY(testsupport::processAlive(sleeper));

        ::kill(pid_t(serve.processId()), SIGKILL);
        QVERIFY(serve.waitForFinished(30000));
        QVERIFY(testsupport::processAlive(sleeper)); // what the next start has to deal with

        Backend again(options);
        QVERIFY(again.start());
        QVERIFY(testsupport::waitForExit(sleeper, 20000));
        again.stop();
    }

    void detectNamesTheMode()
    {
        auto control = ResourceControl::detect();
        QVERIFY(control->describe().startsWith(QLatin1String("Limits: ")));
        QVERIFY(control->describe().contains(limitsModeName(control->mode())));
    }
};

QTEST_GUILESS_MAIN(TestResourceLimits)
#include "tst_resourcelimits.moc"
