// File operations of the Code tab's tree: validation of typed paths, create, rename,
// delete, list and read on a real temporary code folder.
#include "store/codefiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lambdesk;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

QStringList paths(const codefiles::Listing &l)
{
    QStringList out;
    for (const auto &e : l.entries)
        out.append(e.path + (e.folder ? QStringLiteral("/") : QString()));
    return out;
}

} // namespace

class TestCodeFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_root = m_dir->path() + QStringLiteral("/code");
        QVERIFY(QDir().mkpath(m_root));
        writeFile(m_root + QStringLiteral("/lambda_function.py"), "def handler(e, c):\n    return 1\n");
    }

    void checkPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("messagePart"); // empty: valid
        QTest::newRow("plain") << u"app.py"_qs << QString();
        QTest::newRow("nested") << u"src/lib/util.py"_qs << QString();
        QTest::newRow("dot prefix") << u"./src//a.js"_qs << QString();
        QTest::newRow("hidden") << u".env"_qs << QString();
        QTest::newRow("unicode") << u"données/été.json"_qs << QString();
        QTest::newRow("empty") << QString() << u"File name is required"_qs;
        QTest::newRow("spaces only") << u"   "_qs << u"File name is required"_qs;
        QTest::newRow("absolute") << u"/etc/passwd"_qs << u"must be relative to the code folder"_qs;
        QTest::newRow("home") << u"~/x.py"_qs << u"must be relative to the code folder"_qs;
        QTest::newRow("dotdot") << u"../other/x.py"_qs << u"may not contain \"..\""_qs;
        QTest::newRow("inner dotdot") << u"src/../../x.py"_qs << u"may not contain \"..\""_qs;
        QTest::newRow("backslash") << u"src\\x.py"_qs << u"may not contain a backslash"_qs;
        QTest::newRow("newline") << u"a\nb.py"_qs << u"may not contain control characters"_qs;
        QTest::newRow("tab") << u"a\tb.py"_qs << u"may not contain control characters"_qs;
        QTest::newRow("leading space") << u"src/ x.py"_qs << u"may not start or end with a space"_qs;
        QTest::newRow("trailing space") << u"x.py /y"_qs << u"may not start or end with a space"_qs;
        QTest::newRow("only dots") << u"./"_qs << u"names no file"_qs;
        QTest::newRow("long name") << QString(256, u'a') << u"longer than 255 bytes"_qs;
        QTest::newRow("long path") << QString(1025, u'a') << u"longer than 1024 characters"_qs;
    }
    void checkPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, messagePart);
        const auto e = codefiles::checkPath(path, QStringLiteral("File name"));
        if (messagePart.isEmpty()) {
            QVERIFY2(!e, qPrintable(e ? e->message : QString()));
            return;
        }
        QVERIFY(e);
        QCOMPARE(e->field, u"File name"_qs);
        QCOMPARE(e->kind, Error::Kind::InvalidParameter);
        QVERIFY2(e->message.contains(messagePart), qPrintable(e->message));
        QVERIFY2(e->message.startsWith(u"File name"_qs), qPrintable(e->message));
    }

    void normalized()
    {
        QCOMPARE(codefiles::normalized(u"./a//b/"_qs), u"a/b"_qs);
        QCOMPARE(codefiles::normalized(u"x.py"_qs), u"x.py"_qs);
    }

    void createFile()
    {
        auto r = codefiles::createFile(m_root, u"./src//util.py"_qs, "X = 1\n");
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r.value(), u"src/util.py"_qs);
        QCOMPARE(contentOf(m_root + u"/src/util.py"_qs), QByteArray("X = 1\n"));

        // No clobbering: the existing file keeps its content.
        auto again = codefiles::createFile(m_root, u"lambda_function.py"_qs, "oops");
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY2(again.error().message.contains(u"already exists"_qs), qPrintable(again.error().message));
        QCOMPARE(contentOf(m_root + u"/lambda_function.py"_qs), QByteArray("def handler(e, c):\n    return 1\n"));

        // A folder of that name exists.
        auto onFolder = codefiles::createFile(m_root, u"src"_qs);
        QVERIFY(!onFolder);
        QVERIFY(onFolder.error().message.contains(u"a folder with this name already exists"_qs));

        // A file on the way.
        auto throughFile = codefiles::createFile(m_root, u"lambda_function.py/x.py"_qs);
        QVERIFY(!throughFile);
        QVERIFY2(throughFile.error().message.contains(u"is a file, so it cannot contain other files"_qs),
                 qPrintable(throughFile.error().message));

        auto escape = codefiles::createFile(m_root, u"../escape.py"_qs);
        QVERIFY(!escape);
        QVERIFY(!QFile::exists(m_dir->path() + u"/escape.py"_qs));
    }

    void symlinkCannotEscape()
    {
        const QString outside = m_dir->path() + u"/outside"_qs;
        QVERIFY(QDir().mkpath(outside));
        QVERIFY(QFile::link(outside, m_root + u"/link"_qs));
        auto r = codefiles::createFile(m_root, u"link/evil.py"_qs);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"leads outside the code folder"_qs), qPrintable(r.error().message));
        QVERIFY(!QFile::exists(outside + u"/evil.py"_qs));

        writeFile(outside + u"/secret.txt"_qs, "secret");
        QVERIFY(QFile::link(outside + u"/secret.txt"_qs, m_root + u"/secret.txt"_qs));
        auto read = codefiles::read(m_root, u"secret.txt"_qs);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(u"outside the code folder"_qs), qPrintable(read.error().message));

        // Deleting the link removes the link, never the folder it points to.
        auto removed = codefiles::remove(m_root, u"link"_qs);
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
        QVERIFY(!QFileInfo(m_root + u"/link"_qs).isSymLink());
        QVERIFY(QFile::exists(outside + u"/secret.txt"_qs));
    }

    void createFolder()
    {
        auto r = codefiles::createFolder(m_root, u"lib/helpers/"_qs);
        QVERIFY(r);
        QCOMPARE(r.value(), u"lib/helpers"_qs);
        QVERIFY(QFileInfo(m_root + u"/lib/helpers"_qs).isDir());
        auto again = codefiles::createFolder(m_root, u"lib"_qs);
        QVERIFY(!again);
        QCOMPARE(again.error().field, u"Folder name"_qs);
        QVERIFY(again.error().message.contains(u"already exists"_qs));
    }

    void renameFileAndFolder()
    {
        writeFile(m_root + u"/src/a.py"_qs, "a");
        writeFile(m_root + u"/src/b.py"_qs, "b");

        auto r = codefiles::rename(m_root, u"src/a.py"_qs, u"src/c.py"_qs);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r.value(), u"src/c.py"_qs);
        QCOMPARE(contentOf(m_root + u"/src/c.py"_qs), QByteArray("a"));
        QVERIFY(!QFile::exists(m_root + u"/src/a.py"_qs));

        // No clobbering on rename either.
        auto clash = codefiles::rename(m_root, u"src/c.py"_qs, u"src/b.py"_qs);
        QVERIFY(!clash);
        QCOMPARE(clash.error().kind, Error::Kind::Conflict);
        QCOMPARE(contentOf(m_root + u"/src/b.py"_qs), QByteArray("b"));

        // A folder moves with its content, into a new parent.
        auto moved = codefiles::rename(m_root, u"src"_qs, u"pkg/source"_qs);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        QCOMPARE(contentOf(m_root + u"/pkg/source/b.py"_qs), QByteArray("b"));

        auto intoItself = codefiles::rename(m_root, u"pkg"_qs, u"pkg/inner/pkg"_qs);
        QVERIFY(!intoItself);
        QVERIFY(intoItself.error().message.contains(u"cannot move into itself"_qs));

        auto missing = codefiles::rename(m_root, u"nope.py"_qs, u"yes.py"_qs);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);

        auto same = codefiles::rename(m_root, u"lambda_function.py"_qs, u"./lambda_function.py"_qs);
        QVERIFY(!same);
        QVERIFY(same.error().message.contains(u"is the current name"_qs));

        auto bad = codefiles::rename(m_root, u"lambda_function.py"_qs, u"../x.py"_qs);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, u"New name"_qs);
        QVERIFY(QFile::exists(m_root + u"/lambda_function.py"_qs));
    }

    void removeFileAndFolder()
    {
        writeFile(m_root + u"/lib/x/y.py"_qs, "y");
        QVERIFY(codefiles::remove(m_root, u"lib"_qs));
        QVERIFY(!QFile::exists(m_root + u"/lib"_qs));
        QVERIFY(codefiles::remove(m_root, u"lambda_function.py"_qs));
        QVERIFY(!QFile::exists(m_root + u"/lambda_function.py"_qs));
        auto again = codefiles::remove(m_root, u"lambda_function.py"_qs);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::NotFound);
        auto root = codefiles::remove(m_root, u"."_qs);
        QVERIFY(!root);
        QVERIFY(QFileInfo(m_root).isDir());
    }

    void listIsTreeOrdered()
    {
        writeFile(m_root + u"/b.py"_qs, "");
        writeFile(m_root + u"/A.txt"_qs, "");
        writeFile(m_root + u"/src/z.py"_qs, "12345");
        writeFile(m_root + u"/src/lib/k.py"_qs, "");
        writeFile(m_root + u"/src/__pycache__/z.cpython-311.pyc"_qs, "");
        writeFile(m_root + u"/.env"_qs, "");
        QVERIFY(QDir().mkpath(m_root + u"/empty"_qs));
        const auto l = codefiles::list(m_root);
        QVERIFY(!l.truncated);
        QCOMPARE(paths(l),
                 (QStringList{u"empty/"_qs, u"src/"_qs, u"src/lib/"_qs, u"src/lib/k.py"_qs, u"src/z.py"_qs, u".env"_qs,
                              u"A.txt"_qs, u"b.py"_qs, u"lambda_function.py"_qs}));
        QCOMPARE(l.entries.at(4).size, 5);

        const auto capped = codefiles::list(m_root, 3);
        QVERIFY(capped.truncated);
        // Parents of listed entries are there even when the cap cut them off.
        for (const auto &e : capped.entries) {
            const qsizetype slash = e.path.lastIndexOf(u'/');
            if (slash > 0)
                QVERIFY2(paths(capped).contains(e.path.left(slash) + u'/'), qPrintable(e.path));
        }
    }

    void read()
    {
        auto r = codefiles::read(m_root, u"lambda_function.py"_qs);
        QVERIFY(r);
        QCOMPARE(r.value(), QByteArray("def handler(e, c):\n    return 1\n"));

        writeFile(m_root + u"/blob.bin"_qs, QByteArray("ab\0cd", 5));
        auto bin = codefiles::read(m_root, u"blob.bin"_qs);
        QVERIFY(!bin);
        QVERIFY(bin.error().message.contains(u"binary"_qs));

        QVERIFY(QDir().mkpath(m_root + u"/dir"_qs));
        auto dir = codefiles::read(m_root, u"dir"_qs);
        QVERIFY(!dir);
        QVERIFY(dir.error().message.contains(u"is a folder"_qs));

        {
            QFile big(m_root + u"/big.js"_qs);
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(codefiles::kMaxEditableBytes + 1));
        }
        auto tooBig = codefiles::read(m_root, u"big.js"_qs);
        QVERIFY(!tooBig);
        QVERIFY2(tooBig.error().message.contains(u"the editor opens files up to 5 MB"_qs),
                 qPrintable(tooBig.error().message));

        auto missing = codefiles::read(m_root, u"none.py"_qs);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void isInside()
    {
        QString rel;
        QVERIFY(codefiles::isInside(m_root, m_root + u"/src/x.py"_qs, &rel));
        QCOMPARE(rel, u"src/x.py"_qs);
        QVERIFY(codefiles::isInside(m_root + u"/"_qs, m_root + u"/./a/../b.py"_qs, &rel));
        QCOMPARE(rel, u"b.py"_qs);
        QVERIFY(!codefiles::isInside(m_root, m_root));
        QVERIFY(!codefiles::isInside(m_root, m_dir->path() + u"/codex/a.py"_qs));
        QVERIFY(!codefiles::isInside(m_root, u"/var/runtime/bootstrap.py"_qs));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

QTEST_GUILESS_MAIN(TestCodeFiles)
#include "tst_codefiles.moc"
