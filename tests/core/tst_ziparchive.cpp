// Deployment packages: permissions survive, nothing escapes the code folder, limits hold.
#include "io/ziparchive.h"
#include "store/codetree.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace lambdesk;

class TestZipArchive : public QObject
{
    Q_OBJECT

    static QByteArray zipWithPython(const QString &script)
    {
        QProcess p;
        p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script});
        p.waitForFinished(30000);
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void roundTripKeepsFilesAndModes()
    {
        QTemporaryDir src;
        QDir().mkpath(src.path() + QStringLiteral("/lib"));
        QFile a(src.path() + QStringLiteral("/bootstrap"));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("#!/bin/sh\necho hi\n");
        a.close();
        QFile::setPermissions(a.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile b(src.path() + QStringLiteral("/lib/data.json"));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\"x\": \"ü\"}");
        b.close();
        const auto zip = ziparchive::create(src.path());
        QVERIFY(zip);
        QVERIFY(zip->startsWith("PK"));
        QTemporaryDir dst;
        QVERIFY(ziparchive::extract(zip.value(), dst.path()));
        QCOMPARE(codetree::files(dst.path()),
                 (QStringList{QStringLiteral("bootstrap"), QStringLiteral("lib/data.json")}));
        QVERIFY(QFileInfo(dst.path() + QStringLiteral("/bootstrap")).isExecutable());
        QCOMPARE(codetree::digest(dst.path()).sha256Base64, codetree::digest(src.path()).sha256Base64);
    }

    void refusesEscapes()
    {
        const QByteArray evil = zipWithPython(QStringLiteral(
            "import io,zipfile,sys\nb=io.BytesIO()\nz=zipfile.ZipFile(b,'w')\nz.writestr('../evil.txt','x')\nz.close()\n"
            "sys.stdout.buffer.write(b.getvalue())"));
        QVERIFY(evil.startsWith("PK"));
        QTemporaryDir dst;
        const Status s = ziparchive::extract(evil, dst.path() + QStringLiteral("/code"));
        QVERIFY(!s);
        QCOMPARE(s.error().field, QStringLiteral("ZipFile"));
        QVERIFY2(s.error().message.contains(QLatin1String("outside the code folder")), qPrintable(s.error().message));
        QVERIFY(!QFile::exists(dst.path() + QStringLiteral("/evil.txt")));
    }

    void refusesGarbageAndBombs()
    {
        QTemporaryDir dst;
        Status s = ziparchive::extract("this is not a zip", dst.path());
        QVERIFY(!s);
        QVERIFY2(s.error().message.startsWith(QLatin1String("Could not unzip uploaded file")),
                 qPrintable(s.error().message));
        const QByteArray big = zipWithPython(QStringLiteral(
            "import io,zipfile,sys\nb=io.BytesIO()\nz=zipfile.ZipFile(b,'w',zipfile.ZIP_DEFLATED)\nz.writestr('zeros', b'0'*(2*1024*1024))\nz.close()\n"
            "sys.stdout.buffer.write(b.getvalue())"));
        s = ziparchive::extract(big, dst.path(), 1024 * 1024);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("Unzipped size must be smaller than 1048576 bytes")),
                 qPrintable(s.error().message));
        QVERIFY(!QFile::exists(dst.path() + QStringLiteral("/zeros")));
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
