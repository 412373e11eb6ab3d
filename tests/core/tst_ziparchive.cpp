// Deployment packages: permissions survive, nothing escapes the code folder (no path is ever
// resolved through a symbolic link, links that leave the package are refused), the unpacked
// size is counted from the bytes really written, and zipping code back never follows a link.
#include "io/ziparchive.h"
#include "store/codetree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>
#include <sys/stat.h>

using namespace lambdesk;

namespace {

// A hand-written zip, so that a test can make entries no honest tool makes:
// symbolic links anywhere, sizes that lie, ZIP64 sizes near 2^64.
struct ZipEntry
{
    QByteArray name;
    QByteArray data;
    quint32 mode = S_IFREG | 0644;            // Unix mode, in the external attributes
    std::optional<quint64> declaredSize = {}; // the uncompressed size the headers claim
    bool deflate = false;
};

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xFF)).append(char(v >> 8));
}
void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xFFFF));
    put16(out, quint16(v >> 16));
}
void put64(QByteArray &out, quint64 v)
{
    put32(out, quint32(v & 0xFFFFFFFFu));
    put32(out, quint32(v >> 32));
}

QByteArray buildZip(const QList<ZipEntry> &entries)
{
    QByteArray out, central;
    for (const ZipEntry &e : entries) {
        const quint64 declared = e.declaredSize.value_or(quint64(e.data.size()));
        // Raw deflate: qCompress's zlib stream without its 4-byte length, 2-byte header and
        // 4-byte checksum.
        const QByteArray stored = e.deflate ? qCompress(e.data).mid(6).chopped(4) : e.data;
        const quint16 method = e.deflate ? 8 : 0;
        const bool zip64 = declared >= 0xFFFFFFFFu;
        QByteArray extra;
        if (zip64) {
            put16(extra, 0x0001);
            put16(extra, 16);
            put64(extra, declared);
            put64(extra, quint64(stored.size()));
        }
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(e.data);
        put32(out, 0x04034b50);
        put16(out, zip64 ? 45 : 20);
        put16(out, 0); // flags
        put16(out, method);
        put16(out, 0);
        put16(out, 0x21); // time, date
        put32(out, crc);
        put32(out, zip64 ? 0xFFFFFFFFu : quint32(stored.size()));
        put32(out, zip64 ? 0xFFFFFFFFu : quint32(declared));
        put16(out, quint16(e.name.size()));
        put16(out, quint16(extra.size()));
        out += e.name + extra + stored;

        put32(central, 0x02014b50);
        put16(central, (3 << 8) | 63); // made by Unix
        put16(central, zip64 ? 45 : 20);
        put16(central, 0); // flags
        put16(central, method);
        put16(central, 0);
        put16(central, 0x21); // time, date
        put32(central, crc);
        put32(central, zip64 ? 0xFFFFFFFFu : quint32(stored.size()));
        put32(central, zip64 ? 0xFFFFFFFFu : quint32(declared));
        put16(central, quint16(e.name.size()));
        put16(central, quint16(extra.size()));
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, e.mode << 16);
        put32(central, offset);
        central += e.name + extra;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

ZipEntry symlinkEntry(const QByteArray &name, const QByteArray &target)
{
    return ZipEntry{name, target, S_IFLNK | 0777};
}

// Every path under `root` (not following links), relative, '/' after folders.
QStringList tree(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool folder = it.fileInfo().isDir() && !it.fileInfo().isSymLink();
        out.append(QDir(root).relativeFilePath(path) + (folder ? QStringLiteral("/") : QString()));
    }
    out.sort();
    return out;
}

// The symbolic links under root whose target, fully resolved, lies outside root.
QStringList linksLeaving(const QString &root)
{
    QStringList out;
    const QString base = QFileInfo(root).canonicalFilePath();
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.fileInfo().isSymLink())
            continue;
        const QString resolved = QFileInfo(it.filePath()).canonicalFilePath();
        if (!resolved.isEmpty() && !resolved.startsWith(base + u'/'))
            out.append(it.filePath() + QStringLiteral(" -> ") + resolved);
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(ZipEntry)

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

    // A fresh parent folder per test: <tmp>/code is where the package goes, the rest of
    // <tmp> is "outside" and must stay as it was.
    struct Place
    {
        QTemporaryDir tmp;
        QString code;
        Place() : code(tmp.path() + QStringLiteral("/code")) { QDir().mkpath(code); }
        QStringList outside() const
        {
            QStringList t = tree(tmp.path());
            t.removeIf([](const QString &p) { return p.startsWith(QLatin1String("code/")); });
            return t;
        }
    };

    static void expectRefused(const Status &s, const QString &messagePart)
    {
        QVERIFY2(!s, "the package was accepted");
        QCOMPARE(s.error().kind, Error::Kind::InvalidParameter);
        QVERIFY2(s.error().message.contains(messagePart), qPrintable(s.error().message));
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
        QCOMPARE(s.error().message, QStringLiteral("Unzipped size must be smaller than 1048576 bytes"));
        QVERIFY(!QFile::exists(dst.path() + QStringLiteral("/zeros")));
    }

    // A link reached through a deeper path, and a second link through it: lexically each one
    // stays inside, physically the second leads out of the code folder.
    void symlinkChainDoesNotWriteOutside()
    {
        Place place;
        const QStringList before = place.outside();
        const QByteArray zip = buildZip({
            ZipEntry{"a/", {}, S_IFDIR | 0755},
            ZipEntry{"a/b/", {}, S_IFDIR | 0755},
            symlinkEntry("a/b/l1", ".."),       // a
            symlinkEntry("a/b/l1/l2", "../.."), // lexically a; physically the folder above the code
            ZipEntry{"a/b/l1/l2/evil.txt", "pwned"},
        });
        const Status s = ziparchive::extract(zip, place.code);
        expectRefused(s, QStringLiteral("a/b/l1/l2"));
        QCOMPARE(place.outside(), before);
        QVERIFY(!QFile::exists(place.tmp.path() + QStringLiteral("/evil.txt")));
        QCOMPARE(tree(place.code), QStringList()); // partial output is cleaned up
    }

    // The same chain, made deep enough for the second link to reach /etc/passwd.
    void symlinkChainToEtcPasswdIsRefused()
    {
        Place place;
        // ".." steps from the code folder up to /
        const int depth = int(QDir::cleanPath(place.code).count(u'/'));
        QByteArray deep;
        QList<ZipEntry> entries;
        for (int i = 0; i < depth + 2; ++i) {
            deep += "d" + QByteArray::number(i) + "/";
            entries.append(ZipEntry{deep, {}, S_IFDIR | 0755});
        }
        // up -> d0 (inside); up/passwd lies physically in d0, and from there depth + 1 steps
        // reach /; lexically (from deep/up) the same steps stay inside.
        entries.append(symlinkEntry(deep + "up", QByteArray("../").repeated(depth + 1).chopped(1)));
        entries.append(symlinkEntry(deep + "up/passwd", QByteArray("../").repeated(depth + 1) + "etc/passwd"));
        entries.append(ZipEntry{"app.py", "print(open('passwd').read())\n"});
        const Status s = ziparchive::extract(buildZip(entries), place.code);
        expectRefused(s, QString::fromUtf8(deep + "up/passwd"));
        QCOMPARE(linksLeaving(place.code), QStringList());
        QVERIFY(!QFileInfo(place.code + QStringLiteral("/d0/passwd")).isSymLink());
    }

    void symlinkRules_data()
    {
        QTest::addColumn<QList<ZipEntry>>("entries");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        const ZipEntry app{"lib/real.py", "x = 1\n"};
        QTest::newRow("link to a file inside")
            << QList<ZipEntry>{app, symlinkEntry("lib/alias.py", "real.py")} << QString();
        QTest::newRow("link to a folder inside") << QList<ZipEntry>{app, symlinkEntry("other", "lib")} << QString();
        QTest::newRow("chain staying inside")
            << QList<ZipEntry>{app, symlinkEntry("a", "lib"), symlinkEntry("b", "a/real.py")} << QString();
        QTest::newRow("absolute") << QList<ZipEntry>{app, symlinkEntry("passwd", "/etc/passwd")} << u"passwd"_qs;
        QTest::newRow("dotdot out") << QList<ZipEntry>{app, symlinkEntry("lib/up", "../../x")} << u"lib/up"_qs;
        QTest::newRow("through another link")
            << QList<ZipEntry>{app, symlinkEntry("l", "lib"), symlinkEntry("m", "l/../..")} << u"\u201cm\u201d"_qs;
        QTest::newRow("loop") << QList<ZipEntry>{symlinkEntry("a", "b"), symlinkEntry("b", "a")} << u"loop"_qs;
        QTest::newRow("entry beneath a link")
            << QList<ZipEntry>{app, symlinkEntry("l", "lib"), ZipEntry{"l/new.py", "y"}} << u"l/new.py"_qs;
        QTest::newRow("file and link of one name")
            << QList<ZipEntry>{app, ZipEntry{"x", "1"}, symlinkEntry("x", "lib")} << u"\u201cx\u201d"_qs;
    }
    void symlinkRules()
    {
        QFETCH(QList<ZipEntry>, entries);
        QFETCH(QString, refusal);
        Place place;
        const QByteArray zip = buildZip(entries);
        const Status s = ziparchive::extract(zip, place.code);
        const auto inspected = ziparchive::inspect(zip);
        if (refusal.isEmpty()) {
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
            QVERIFY(inspected.ok());
            QCOMPARE(linksLeaving(place.code), QStringList());
            // The links are kept as links, and the check without writing agrees with the disk.
            for (const ZipEntry &e : entries) {
                if (S_ISLNK(e.mode))
                    QCOMPARE(QFile::symLinkTarget(place.code + u'/' + QString::fromUtf8(e.name)).isEmpty(), false);
            }
            QCOMPARE(inspected->sha256Base64, codetree::digest(place.code).sha256Base64);
            QCOMPARE(inspected->size, codetree::digest(place.code).size);
        } else {
            expectRefused(s, refusal);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(!inspected.ok());
            QCOMPARE(inspected.error().message, s.error().message);
            QCOMPARE(tree(place.code), QStringList());
        }
    }

    // A ZIP64 folder entry declaring nearly 2^64 bytes made the sum of sizes wrap around;
    // entries that declare less than they hold were believed. The bytes written count.
    void unpackedSizeCountsRealBytes_data()
    {
        QTest::addColumn<QList<ZipEntry>>("entries");
        const QByteArray chunk(400 * 1024, 'z');
        QTest::newRow("zip64 size wraps the sum")
            << QList<ZipEntry>{ZipEntry{"big/", {}, S_IFDIR | 0755, ~quint64(0) - 1024 * 1024}, ZipEntry{"1", chunk},
                               ZipEntry{"2", chunk}, ZipEntry{"3", chunk}};
        QTest::newRow("sizes that lie") << QList<ZipEntry>{ZipEntry{"1", chunk, S_IFREG | 0644, 10, true},
                                                           ZipEntry{"2", chunk, S_IFREG | 0644, 10, true},
                                                           ZipEntry{"3", chunk, S_IFREG | 0644, 10, true}};
    }
    void unpackedSizeCountsRealBytes()
    {
        QFETCH(QList<ZipEntry>, entries);
        Place place;
        const QByteArray zip = buildZip(entries);
        const Status s = ziparchive::extract(zip, place.code, 1024 * 1024);
        QVERIFY2(!s, qPrintable(QStringLiteral("more than the limit was unpacked: ") + tree(place.code).join(u' ')));
        QCOMPARE(s.error().kind, Error::Kind::InvalidParameter);
        QCOMPARE(s.error().message, QStringLiteral("Unzipped size must be smaller than 1048576 bytes"));
        QCOMPARE(tree(place.code), QStringList()); // nothing of it stays
        const auto inspected = ziparchive::inspect(zip, 1024 * 1024);
        QVERIFY(!inspected);
        QCOMPARE(inspected.error().message, s.error().message);
    }

    void defaultLimitIsAws()
    {
        QCOMPARE(ziparchive::kMaxUnzippedBytes, qint64(262144000));
        Place place;
        // Declared honestly too large: refused before anything is written, with AWS's words.
        const QByteArray zip = buildZip({ZipEntry{"huge", "tiny", S_IFREG | 0644, 262144001}});
        const Status s = ziparchive::extract(zip, place.code);
        QVERIFY(!s);
        QCOMPARE(s.error().message, QStringLiteral("Unzipped size must be smaller than 262144000 bytes"));
        QCOMPARE(tree(place.code), QStringList());
    }

    // Inspecting checks everything extracting does, and writes nothing anywhere.
    void inspectWritesNothing()
    {
        Place place;
        const QStringList before = tree(place.tmp.path());
        const QByteArray zip = buildZip(
            {ZipEntry{"app.py", "x = 1\n"}, ZipEntry{"lib/", {}, S_IFDIR | 0755}, symlinkEntry("alias.py", "app.py")});
        QVERIFY(QDir::setCurrent(place.tmp.path()));
        const auto inspected = ziparchive::inspect(zip);
        QVERIFY(inspected);
        QCOMPARE(tree(place.tmp.path()), before);
        QVERIFY(ziparchive::extract(zip, place.code));
        QCOMPARE(inspected->sha256Base64, codetree::digest(place.code).sha256Base64);
    }

    // An empty folder (a `provided` function before its bootstrap is written) zips to the empty
    // archive, which unpacks to nothing: libzip writes no file for an archive without entries.
    void createOfAnEmptyFolderIsTheEmptyZip()
    {
        QTemporaryDir src;
        const auto zip = ziparchive::create(src.path());
        QVERIFY2(zip, zip ? "" : qPrintable(zip.error().message));
        QCOMPARE(zip.value(), QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'));
        QTemporaryDir dest;
        const Status unpacked = ziparchive::extract(zip.value(), dest.path());
        QVERIFY2(unpacked, unpacked ? "" : qPrintable(unpacked.error().message));
        QCOMPARE(QDir(dest.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        const auto inspected = ziparchive::inspect(zip.value());
        QVERIFY(inspected);
        QCOMPARE(inspected->sha256Base64, codetree::digest(src.path()).sha256Base64);
    }

    // Zipping code back stores a link as a link; it never reads what the link points at.
    void createNeverFollowsLinks()
    {
        QTemporaryDir src;
        QFile app(src.path() + QStringLiteral("/app.py"));
        QVERIFY(app.open(QIODevice::WriteOnly));
        app.write("x = 1\n");
        app.close();
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), src.path() + QStringLiteral("/passwd")));
        QTemporaryDir outsideDir;
        QFile secret(outsideDir.path() + QStringLiteral("/secret.txt"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("top secret");
        secret.close();
        QVERIFY(QFile::link(outsideDir.path(), src.path() + QStringLiteral("/elsewhere")));
        const auto zip = ziparchive::create(src.path());
        QVERIFY(zip);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(zip.value());
        file.close();
        QProcess p;
        p.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import zipfile,sys,json\nz=zipfile.ZipFile(sys.argv[1])\n"
                                "print(json.dumps({i.filename:[i.external_attr>>16, z.read(i).decode('latin-1')] "
                                "for i in z.infolist()}))"),
                 file.fileName()});
        QVERIFY(p.waitForFinished(30000));
        const QJsonObject listed = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(listed.keys(), (QStringList{u"app.py"_qs, u"elsewhere"_qs, u"passwd"_qs}));
        QVERIFY(S_ISLNK(listed.value(u"passwd").toArray().at(0).toInt()));
        QCOMPARE(listed.value(u"passwd").toArray().at(1).toString(), QStringLiteral("/etc/passwd"));
        QVERIFY(S_ISLNK(listed.value(u"elsewhere").toArray().at(0).toInt()));
        QCOMPARE(listed.value(u"elsewhere").toArray().at(1).toString(), outsideDir.path());
        QVERIFY(!zip->contains("root:"));
        QVERIFY(!zip->contains("top secret"));
    }

    void walkFallbackBehavesTheSame()
    {
        // Kernels without openat2 get the per-component O_NOFOLLOW walk: same answers.
        ziparchive::testing::forceWalkFallback(true);
        symlinkChainDoesNotWriteOutside();
        symlinkChainToEtcPasswdIsRefused();
        roundTripKeepsFilesAndModes();
        ziparchive::testing::forceWalkFallback(false);
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
