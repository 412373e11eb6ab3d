// Measuring an environment's /tmp for the storage watchdog: off the caller's thread, never two
// at once, and no further than the answer needs.
#include "runtime/tmpusage.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace lambdesk;

class TestTmpUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // 200,000 files in TMPDIR made every scan take long: the thread that serves the Runtime
    // API and the Lambda API must not wait for one.
    void scansRunOffTheCallersThreadOneAtATime()
    {
        QTemporaryDir dir;
        QSemaphore entered, go;
        // Written on the scan's thread, read here: atomics, whatever orders them.
        std::atomic<QThread *> scanThread = nullptr;
        std::atomic<bool> waitedOut = false;
        std::atomic<int> scans = 0;
        TmpUsage usage(dir.path(), 1 << 20, nullptr, [&](const QString &, qint64) {
            ++scans;
            scanThread = QThread::currentThread();
            entered.release();
            if (!go.tryAcquire(1, 30000)) // a safety net: the test lets it go once request() returned
                waitedOut = true;
            return TmpUsage::Scan{42, 1, false};
        });
        QSignalSpy measured(&usage, &TmpUsage::measured);
        QVERIFY(usage.request());
        QVERIFY(entered.tryAcquire(1, 30000)); // it started, and request() did not wait for it
        QVERIFY(usage.isScanning());
        QVERIFY(!usage.request()); // never a second one beside it
        go.release();
        QVERIFY(!measured.isEmpty() || measured.wait(30000));
        QCOMPARE(measured.size(), 1);
        QCOMPARE(measured.first().first().toLongLong(), 42);
        QVERIFY(!waitedOut);
        QCOMPARE(scans.load(), 1);
        QVERIFY(scanThread.load() != QThread::currentThread());
        QVERIFY(!usage.isScanning());
    }

    void walkCountsFilesNotWhatLinksPointTo()
    {
        QTemporaryDir dir;
        QFile a(dir.filePath(QStringLiteral("a")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(QByteArray(3000, 'a'));
        a.close();
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub/deeper")));
        QFile b(dir.filePath(QStringLiteral("sub/deeper/b")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray(1000, 'b'));
        b.close();
        QTemporaryDir outside;
        QFile big(outside.filePath(QStringLiteral("big")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(64 << 20)); // sparse: 64 MB that the link must not bring in
        big.close();
        QVERIFY(QFile::link(big.fileName(), dir.filePath(QStringLiteral("link"))));

        const TmpUsage::Scan all = TmpUsage::walk(dir.path(), qint64(1) << 40);
        QVERIFY2(all.bytes >= 4000 && all.bytes < 4000 + 4096, qPrintable(QString::number(all.bytes)));
        QVERIFY(!all.stopped);

        const TmpUsage::Scan capped = TmpUsage::walk(dir.path(), 100);
        QVERIFY(capped.stopped);
        QVERIFY(capped.bytes > 100);
    }
};

QTEST_GUILESS_MAIN(TestTmpUsage)
#include "tst_tmpusage.moc"
