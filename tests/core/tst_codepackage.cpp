// Code identity as on AWS: CodeSha256 and CodeSize describe the deployment package (the zip),
// the download is those exact bytes, and code made in Lambdesk (a folder, a blueprint, the
// editor) is packaged deterministically: the same files always give the same zip.
#include "io/ziparchive.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QProcess>

using namespace lambdesk;

namespace {

QString sha256Base64(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64());
}

void writeFile(const QString &path, const QByteArray &content, QFile::Permissions extra = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther | extra);
}

// A zip made by another tool (Python's zipfile, with the files' own times and a comment), as a
// developer's build would upload it: Lambdesk must keep these bytes, not remake them.
QByteArray foreignZip(const QByteArray &handlerSource)
{
    QProcess p;
    p.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import io,sys,zipfile\n"
                        "b=io.BytesIO()\n"
                        "z=zipfile.ZipFile(b,'w',zipfile.ZIP_DEFLATED)\n"
                        "z.comment=b'built by ci'\n"
                        "z.writestr(zipfile.ZipInfo('lambda_function.py',(2024,5,6,7,8,10)),sys.stdin.buffer.read())\n"
                        "z.writestr('lib/util.py','X = 1\\n')\n"
                        "z.close()\n"
                        "sys.stdout.buffer.write(b.getvalue())\n")});
    p.write(handlerSource);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("python3 could not make the zip: %s", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

} // namespace

class TestCodePackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_code;

private Q_SLOTS:
    void initTestCase()
    {
        writeFile(m_code.filePath(QStringLiteral("lambda_function.py")),
                  "def handler(event, context):\n    return {'v': 1}\n");
    }

    // The same files give the same zip, whatever their times, the order they were written in,
    // the folder they are in, or permission bits other than "executable".
    void lambdeskZipIsDeterministic()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        writeFile(a.filePath(QStringLiteral("index.py")), "print(1)\n");
        writeFile(a.filePath(QStringLiteral("lib/z.py")), "Z = 1\n");
        writeFile(a.filePath(QStringLiteral("bootstrap")), "#!/bin/sh\n", QFile::ExeOwner);
        // Written in another order, with other times and read/write bits.
        writeFile(b.filePath(QStringLiteral("bootstrap")), "#!/bin/sh\n", QFile::ExeOwner | QFile::ExeGroup);
        writeFile(b.filePath(QStringLiteral("lib/z.py")), "Z = 1\n", QFile::WriteGroup);
        writeFile(b.filePath(QStringLiteral("index.py")), "print(1)\n");
        for (const QString &f : {QStringLiteral("index.py"), QStringLiteral("lib/z.py"), QStringLiteral("bootstrap")}) {
            QFile file(b.filePath(f));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime(QDate(2031, 1, 2), QTime(3, 4, 5), Qt::UTC),
                                     QFileDevice::FileModificationTime));
        }
        const auto zipA = ziparchive::create(a.path());
        const auto zipB = ziparchive::create(b.path());
        QVERIFY(zipA);
        QVERIFY(zipB);
        QCOMPARE(zipA->toBase64(), zipB->toBase64());
        const auto again = ziparchive::create(a.path());
        QVERIFY(again);
        QCOMPARE(again->toBase64(), zipA->toBase64());

        // And it is a real zip: the tree comes back, the bootstrap still executable.
        QTemporaryDir out;
        QVERIFY(ziparchive::extract(zipA.value(), out.path()));
        QCOMPARE(codetree::digest(out.path()).sha256Base64, codetree::digest(a.path()).sha256Base64);
        QVERIFY(QFileInfo(out.filePath(QStringLiteral("bootstrap"))).isExecutable());
    }

    // An uploaded package is the function's identity: CodeSha256/CodeSize are the zip's, the
    // download is byte for byte the upload, also after a restart.
    void uploadedZipIsKeptAsIs()
    {
        const QByteArray zip = foreignZip("def handler(event, context):\n    return {'v': 'zip'}\n");
        const QByteArray other = foreignZip("def handler(event, context):\n    return {'v': 'other'}\n");
        QTemporaryDir ws;
        {
            Backend::Options options;
            options.workspace = ws.path();
            options.persistLogs = false;
            Backend b(options);
            QVERIFY(b.start());
            FunctionConfig c;
            c.name = QStringLiteral("fn");
            c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
            c.handler = QStringLiteral("lambda_function.handler");
            const auto created = b.createFunction(c, CodeSource::fromZip(zip));
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            QCOMPARE(created->codeSha256, sha256Base64(zip));
            QCOMPARE(created->codeSize, qint64(zip.size()));
            const auto exported = b.exportCode(QStringLiteral("fn"));
            QVERIFY(exported);
            QCOMPARE(exported->toBase64(), zip.toBase64());

            // The same package again changes nothing; another one is the new identity.
            const auto same = b.updateCode(QStringLiteral("fn"), CodeSource::fromZip(zip));
            QVERIFY(same);
            QVERIFY(!same->changed);
            const auto dry = b.updateCode(QStringLiteral("fn"), CodeSource::fromZip(other), true);
            QVERIFY(dry);
            QCOMPARE(dry->config.codeSha256, sha256Base64(other));
            QCOMPARE(dry->config.codeSize, qint64(other.size()));
            QCOMPARE(b.getFunction(QStringLiteral("fn"))->codeSha256, sha256Base64(zip));
            const auto updated = b.updateCode(QStringLiteral("fn"), CodeSource::fromZip(other));
            QVERIFY(updated);
            QVERIFY(updated->changed);
            QCOMPARE(updated->config.codeSha256, sha256Base64(other));
            QCOMPARE(b.exportCode(QStringLiteral("fn"))->toBase64(), other.toBase64());
            b.stop();
        }
        Backend::Options options;
        options.workspace = ws.path();
        options.persistLogs = false;
        Backend again(options);
        QVERIFY(again.start());
        QCOMPARE(again.getFunction(QStringLiteral("fn"))->codeSha256, sha256Base64(other));
        QCOMPARE(again.getFunction(QStringLiteral("fn"))->codeSize, qint64(other.size()));
        QCOMPARE(again.exportCode(QStringLiteral("fn"))->toBase64(), other.toBase64());
        again.stop();
    }

    // The asynchronous path (what the API uses) keeps the package too.
    void uploadedZipIsKeptThroughTheWorkerPath()
    {
        const QByteArray zip = foreignZip("def handler(event, context):\n    return 3\n");
        testsupport::TestBackend tb;
        FunctionConfig c = tb.config(QStringLiteral("fn"), RuntimeFamily::Python,
                                     QStringLiteral("lambda_function.handler"));
        std::optional<Result<FunctionConfig>> created;
        tb.backend->createFunction(c, CodeSource::fromZip(zip), [&](Result<FunctionConfig> r) { created = r; });
        QSignalSpy spy(tb.backend.get(), &Backend::functionsChanged);
        QVERIFY(created || spy.wait(testsupport::safetyNetMs(60000)));
        QVERIFY(created && *created);
        QCOMPARE((*created)->codeSha256, sha256Base64(zip));
        std::optional<Result<QByteArray>> exported;
        QEventLoop loop;
        tb.backend->exportCode(QStringLiteral("fn"), [&](Result<QByteArray> r) {
            exported = r;
            loop.quit();
        });
        if (!exported)
            loop.exec();
        QVERIFY(exported && *exported);
        QCOMPARE((*exported)->toBase64(), zip.toBase64());
    }

    // Code made in Lambdesk (a folder here, the editor below) is described by the zip Lambdesk
    // makes of it: the download hashes to CodeSha256, and the same files give the same hash.
    void editedCodeIsDescribedByItsZip()
    {
        testsupport::TestBackend tb;
        const auto created = tb.create(
            tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
            m_code.path());
        QVERIFY(created);
        auto exported = tb.backend->exportCode(QStringLiteral("fn"));
        QVERIFY(exported);
        QCOMPARE(created->codeSha256, sha256Base64(exported.value()));
        QCOMPARE(created->codeSize, qint64(exported->size()));
        QCOMPARE(exported->toBase64(), ziparchive::create(m_code.path())->toBase64());

        const auto saved = tb.backend->saveCodeFile(QStringLiteral("fn"), QStringLiteral("lambda_function.py"),
                                                    "def handler(event, context):\n    return {'v': 2}\n");
        QVERIFY(saved);
        QVERIFY(saved->changed);
        exported = tb.backend->exportCode(QStringLiteral("fn"));
        QCOMPARE(saved->config.codeSha256, sha256Base64(exported.value()));
        QCOMPARE(saved->config.codeSize, qint64(exported->size()));

        // Back to the first text: back to the first identity.
        const auto back = tb.backend->saveCodeFile(QStringLiteral("fn"), QStringLiteral("lambda_function.py"),
                                                   "def handler(event, context):\n    return {'v': 1}\n");
        QVERIFY(back);
        QCOMPARE(back->config.codeSha256, created->codeSha256);
        QCOMPARE(back->config.codeSize, created->codeSize);
        QCOMPARE(tb.invoke(QStringLiteral("fn"))->payload, QByteArray(R"({"v": 1})"));
    }

    // Editing a function deployed from an uploaded zip makes Lambdesk's zip its package; a
    // change made outside (syncCode) is noticed, and re-syncing an unchanged folder is not a
    // change even though the uploaded zip's bytes are not Lambdesk's.
    void syncKeepsTheUploadUntilTheFilesChange()
    {
        const QByteArray zip = foreignZip("def handler(event, context):\n    return 4\n");
        testsupport::TestBackend tb;
        QVERIFY(tb.backend->createFunction(
            tb.config(QStringLiteral("fn"), RuntimeFamily::Python, QStringLiteral("lambda_function.handler")),
            CodeSource::fromZip(zip)));
        const auto unchanged = tb.backend->syncCode(QStringLiteral("fn"));
        QVERIFY(unchanged);
        QVERIFY(!unchanged->changed);
        QCOMPARE(unchanged->config.codeSha256, sha256Base64(zip));
        QVERIFY(tb.invoke(QStringLiteral("fn"))); // writes __pycache__: not part of the code
        QVERIFY(!tb.backend->syncCode(QStringLiteral("fn"))->changed);

        writeFile(tb.backend->codeDir(QStringLiteral("fn")) + QStringLiteral("/extra.txt"), "x");
        const auto synced = tb.backend->syncCode(QStringLiteral("fn"));
        QVERIFY(synced);
        QVERIFY(synced->changed);
        const auto exported = tb.backend->exportCode(QStringLiteral("fn"));
        QCOMPARE(synced->config.codeSha256, sha256Base64(exported.value()));
        QVERIFY(synced->config.codeSha256 != sha256Base64(zip));
    }

    // A workspace from before packages (CodeSha256 a digest of the files, no packages folder):
    // at start each function gets Lambdesk's zip of its code as its package and identity.
    void olderWorkspaceGainsPackages()
    {
        QTemporaryDir ws;
        Backend::Options options;
        options.workspace = ws.path();
        options.persistLogs = false;
        {
            Backend b(options);
            QVERIFY(b.start());
            FunctionConfig c;
            c.name = QStringLiteral("fn");
            c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
            c.handler = QStringLiteral("lambda_function.handler");
            QVERIFY(b.createFunction(c, CodeSource::directory(m_code.path())));
            b.stop();
        }
        const QString fnDir = ws.path() + QStringLiteral("/functions/fn");
        QVERIFY(QDir(fnDir + QStringLiteral("/packages")).removeRecursively());
        QFile config(fnDir + QStringLiteral("/function.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(config.readAll()).object();
        config.close();
        const codetree::Digest old = codetree::digest(fnDir + QStringLiteral("/code"));
        o.insert(QStringLiteral("CodeSha256"), old.sha256Base64);
        o.insert(QStringLiteral("CodeSize"), old.size);
        QVERIFY(Workspace::writeFileAtomically(config.fileName(), QJsonDocument(o).toJson()));

        Backend again(options);
        QVERIFY(again.start());
        const auto exported = again.exportCode(QStringLiteral("fn"));
        QVERIFY(exported);
        QCOMPARE(exported->toBase64(), ziparchive::create(m_code.path())->toBase64());
        QCOMPARE(again.getFunction(QStringLiteral("fn"))->codeSha256, sha256Base64(exported.value()));
        QCOMPARE(again.getFunction(QStringLiteral("fn"))->codeSize, qint64(exported->size()));
        again.stop();
    }
};

QTEST_GUILESS_MAIN(TestCodePackage)
#include "tst_codepackage.moc"
