// The measurements the limits rely on, read from the kernel.
#include "runtime/resourcelimits.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>
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
    void detectNamesTheMode()
    {
        auto control = ResourceControl::detect();
        QVERIFY(control->describe().startsWith(QLatin1String("Limits: ")));
        QVERIFY(control->describe().contains(limitsModeName(control->mode())));
    }
};

QTEST_GUILESS_MAIN(TestResourceLimits)
#include "tst_resourcelimits.moc"
