// Layers: the store (validation with AWS's messages, version numbers never reused, delete,
// the stored zip and its files, zip-slip and size refusals), the merged /opt folders (order,
// overwrite, shared, pruned), and the Backend's rules for a function's Layers (at most 5,
// existing, one version per layer, code + layers within 250 MB) with the function running from
// its merged folder after the layer version is deleted.
#include "backend.h"
#include "io/ziparchive.h"
#include "store/layerstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lambdesk;

namespace {

void writeFile(const QString &path, const QByteArray &content, QFile::Permissions perms = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    if (perms)
        f.setPermissions(perms);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A zip with files of the given names and contents.
QByteArray zipOf(const QMap<QString, QByteArray> &files)
{
    QTemporaryDir dir;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writeFile(dir.filePath(it.key()), it.value());
    auto zip = ziparchive::create(dir.path());
    return zip ? zip.value() : QByteArray();
}

// A zip made by Python's zipfile (entries ziparchive::create would never write).
QByteArray zipWithPython(const QString &script)
{
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script});
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

LayerPublish request(const QString &name, const QByteArray &zip)
{
    LayerPublish r;
    r.layerName = name;
    r.zip = zip;
    return r;
}

} // namespace

class TestLayerStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("name with a space") << "LayerName" << "my layer"
                                           << "Value 'my layer' at 'layerName' failed to satisfy constraint: Member "
                                              "must satisfy regular expression pattern";
        QTest::newRow("name too long") << "LayerName" << QString(141, u'a')
                                       << "Member must have length less than or equal to 140";
        QTest::newRow("empty name") << "LayerName" << QString() << "Member must have length greater than or equal to 1";
        QTest::newRow("description") << "Description" << QString(257, u'd')
                                     << "at 'description' failed to satisfy constraint: Member must have length less "
                                        "than or equal to 256";
        QTest::newRow("license") << "LicenseInfo" << QString(513, u'l')
                                 << "Member must have length less than or equal to 512";
        QTest::newRow("unknown runtime") << "CompatibleRuntimes" << "python9.9"
                                         << "Value '[python9.9]' at 'compatibleRuntimes' failed to satisfy "
                                            "constraint: Member must satisfy constraint: [Member must satisfy enum "
                                            "value set:";
        QTest::newRow("16 runtimes") << "CompatibleRuntimes" << QStringLiteral("python3.12,").repeated(16).chopped(1)
                                     << "Member must have length less than or equal to 15";
        QTest::newRow("architecture") << "CompatibleArchitectures" << "sparc"
                                      << "[Member must satisfy enum value set: [x86_64, arm64]]";
        QTest::newRow("3 architectures") << "CompatibleArchitectures" << "x86_64,arm64,x86_64"
                                         << "Member must have length less than or equal to 2";
        QTest::newRow("no content") << "Content" << QString() << "Content.ZipFile is required";
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        LayerPublish r = request(QStringLiteral("ok-layer"), zipOf({{QStringLiteral("python/m.py"), "x = 1\n"}}));
        if (field == u"LayerName")
            r.layerName = value;
        else if (field == u"Description")
            r.description = value;
        else if (field == u"LicenseInfo")
            r.licenseInfo = value;
        else if (field == u"CompatibleRuntimes")
            r.compatibleRuntimes = value.split(u',');
        else if (field == u"CompatibleArchitectures")
            r.compatibleArchitectures = value.split(u',');
        else if (field == u"Content")
            r.zip.clear();
        const auto e = layerstore::validate(r);
        QVERIFY(e);
        QCOMPARE(e->kind, Error::Kind::InvalidParameter);
        QCOMPARE(e->field, field);
        QVERIFY2(e->message.contains(message), qPrintable(e->message));

        // And nothing is written.
        QTemporaryDir ws;
        QVERIFY(!layerstore::publish(ws.path(), r, ws.filePath(QStringLiteral(".staging"))));
        QVERIFY(!QFileInfo::exists(layerstore::layersDir(ws.path()) + u"/ok-layer/1"));
    }

    void validRequestsAndArns()
    {
        LayerPublish r = request(QStringLiteral("a-Layer_1"), "zip");
        r.compatibleRuntimes = {QStringLiteral("python3.12"), QStringLiteral("nodejs20.x"),
                                QStringLiteral("provided.al2023")};
        r.compatibleArchitectures = {QStringLiteral("x86_64"), QStringLiteral("arm64")};
        r.description = QString(256, u'd');
        QVERIFY(!layerstore::validate(r));
        // A layer ARN names the layer.
        QCOMPARE(layerstore::layerName(QStringLiteral("arn:aws:lambda:us-east-1:000000000000:layer:deps")).value(),
                 QStringLiteral("deps"));
        const auto ref = layerstore::parseVersionArn(QStringLiteral("arn:aws:lambda:us-east-1:000000000000:layer:deps:7"));
        QVERIFY(ref);
        QCOMPARE(ref->name, QStringLiteral("deps"));
        QCOMPARE(ref->version, 7);
        QVERIFY(!layerstore::parseVersionArn(QStringLiteral("arn:aws:lambda:us-east-1:000000000000:layer:deps")));
        QVERIFY(!layerstore::parseVersionArn(QStringLiteral("arn:aws:lambda:us-east-1:000000000000:layer:deps:0")));
    }

    void publishStoresZipAndFiles()
    {
        QTemporaryDir ws, src;
        writeFile(src.filePath(QStringLiteral("python/mod.py")), "VALUE = 42\n");
        writeFile(src.filePath(QStringLiteral("bin/tool")), "#!/bin/sh\necho hi\n",
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                      | QFile::ReadOther | QFile::ExeOther);
        const QByteArray zip = ziparchive::create(src.path()).value();
        LayerPublish r = request(QStringLiteral("deps"), zip);
        r.description = QStringLiteral("shared code");
        r.compatibleRuntimes = {QStringLiteral("python3.12")};
        r.licenseInfo = QStringLiteral("MIT");
        const auto l = layerstore::publish(ws.path(), r, ws.filePath(QStringLiteral(".staging")));
        QVERIFY2(l, qPrintable(l ? QString() : l.error().message));
        QCOMPARE(l->version, 1);
        QCOMPARE(l->codeSize, zip.size());
        QCOMPARE(l->codeSha256,
                 QString::fromLatin1(QCryptographicHash::hash(zip, QCryptographicHash::Sha256).toBase64()));
        QCOMPARE(l->unzippedSize, qint64(strlen("VALUE = 42\n") + strlen("#!/bin/sh\necho hi\n")));
        QVERIFY(!l->createdDate.isEmpty());
        QCOMPARE(readFile(layerstore::zipFile(ws.path(), QStringLiteral("deps"), 1)), zip);
        const QString content = layerstore::contentDir(ws.path(), QStringLiteral("deps"), 1);
        QCOMPARE(readFile(content + u"/python/mod.py"), QByteArray("VALUE = 42\n"));
        QVERIFY(QFileInfo(content + u"/bin/tool").isExecutable()); // modes kept
        // Read back as published.
        const auto got = layerstore::get(ws.path(), QStringLiteral("deps"), 1);
        QVERIFY(got);
        QCOMPARE(got.value(), l.value());
        // A folder is zipped the same way (the console's "from a folder").
        LayerPublish fromFolder;
        fromFolder.layerName = QStringLiteral("deps");
        fromFolder.folder = src.path();
        const auto l2 = layerstore::publish(ws.path(), fromFolder, ws.filePath(QStringLiteral(".staging")));
        QVERIFY(l2);
        QCOMPARE(l2->version, 2);
        QCOMPARE(l2->codeSha256, l->codeSha256);
        // Nothing half-made is left in staging.
        QVERIFY(QDir(ws.filePath(QStringLiteral(".staging"))).isEmpty());
    }

    void numbersCountUpAndAreNeverReused()
    {
        QTemporaryDir ws;
        const QString staging = ws.filePath(QStringLiteral(".staging"));
        const QByteArray zip = zipOf({{QStringLiteral("f.txt"), "1"}});
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(layerstore::publish(ws.path(), request(QStringLiteral("L"), zip), staging)->version, i);
        QCOMPARE(layerstore::publish(ws.path(), request(QStringLiteral("other"), zip), staging)->version, 1);
        QVERIFY(layerstore::remove(ws.path(), QStringLiteral("L"), 3));
        QVERIFY(layerstore::remove(ws.path(), QStringLiteral("L"), 3)); // idempotent, as AWS
        QVERIFY(layerstore::remove(ws.path(), QStringLiteral("L"), 99));
        const auto gone = layerstore::get(ws.path(), QStringLiteral("L"), 3);
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        // 3 was deleted: the next one is 4, never 3 again.
        QCOMPARE(layerstore::publish(ws.path(), request(QStringLiteral("L"), zip), staging)->version, 4);
        const auto versions = layerstore::versions(ws.path(), QStringLiteral("L"));
        QVERIFY(versions);
        QList<int> numbers;
        for (const LayerVersion &v : versions.value())
            numbers << v.version;
        QCOMPARE(numbers, (QList<int>{4, 2, 1})); // newest first
        const auto latest = layerstore::latest(ws.path());
        QVERIFY(latest);
        QCOMPARE(latest->size(), 2);
        QCOMPARE(latest->at(0).layerName, QStringLiteral("L"));
        QCOMPARE(latest->at(0).version, 4);
        QCOMPARE(latest->at(1).layerName, QStringLiteral("other"));
        // Every version deleted: the name's numbers still go on.
        for (int n : {1, 2, 4})
            QVERIFY(layerstore::remove(ws.path(), QStringLiteral("L"), n));
        QVERIFY(layerstore::versions(ws.path(), QStringLiteral("L"))->isEmpty());
        QCOMPARE(layerstore::publish(ws.path(), request(QStringLiteral("L"), zip), staging)->version, 5);
    }

    void zipSlipAndSizesRefused()
    {
        QTemporaryDir ws;
        const QString staging = ws.filePath(QStringLiteral(".staging"));
        const QByteArray evil = zipWithPython(QStringLiteral(
            "import io,zipfile,sys\nb=io.BytesIO()\nz=zipfile.ZipFile(b,'w')\nz.writestr('python/ok.py','x')\n"
            "z.writestr('../evil.txt','x')\nz.close()\nsys.stdout.buffer.write(b.getvalue())\n"));
        QVERIFY(!evil.isEmpty());
        const auto refused = layerstore::publish(ws.path(), request(QStringLiteral("evil"), evil), staging);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::InvalidParameter);
        QVERIFY2(refused.error().message.contains(QStringLiteral("evil.txt")), qPrintable(refused.error().message));
        QVERIFY(!QFileInfo::exists(ws.filePath(QStringLiteral("evil.txt"))));
        QVERIFY(!QFileInfo::exists(staging + u"/evil.txt"));
        QVERIFY(layerstore::versions(ws.path(), QStringLiteral("evil"))->isEmpty());
        QVERIFY(QDir(staging).isEmpty());

        // Over 50 MB zipped: refused before anything is unpacked.
        const auto big = layerstore::publish(
            ws.path(), request(QStringLiteral("big"), QByteArray(layerstore::kMaxZippedBytes + 1, 'x')), staging);
        QVERIFY(!big);
        QCOMPARE(big.error().kind, Error::Kind::TooLarge);
        QVERIFY(QDir(staging).isEmpty());

        // Not a zip at all.
        const auto junk = layerstore::publish(ws.path(), request(QStringLiteral("junk"), "not a zip"), staging);
        QVERIFY(!junk);
        QCOMPARE(junk.error().kind, Error::Kind::InvalidParameter);
    }

    void mergedFoldersKeepOrderAndAreShared()
    {
        QTemporaryDir ws;
        const QString staging = ws.filePath(QStringLiteral(".staging"));
        const QString state = ws.filePath(QStringLiteral(".state"));
        const auto a = layerstore::publish(
            ws.path(),
            request(QStringLiteral("a"), zipOf({{QStringLiteral("python/a.py"), "A"}, {QStringLiteral("common.txt"), "from a"}})),
            staging);
        const auto b = layerstore::publish(
            ws.path(),
            request(QStringLiteral("b"), zipOf({{QStringLiteral("nodejs/node_modules/b/index.js"), "B"},
                                                {QStringLiteral("common.txt"), "from b"}})),
            staging);
        QVERIFY(a && b);
        const QString arnA = QStringLiteral("arn:aws:lambda:us-east-1:000000000000:layer:a:1");
        const QString arnB = QStringLiteral("arn:aws:lambda:us-east-1:000000000000:layer:b:1");

        const auto ab = layerstore::merged(ws.path(), state, {arnA, arnB});
        QVERIFY2(ab, qPrintable(ab ? QString() : ab.error().message));
        QCOMPARE(readFile(ab.value() + u"/common.txt"), QByteArray("from b")); // the later layer wins
        QCOMPARE(readFile(ab.value() + u"/python/a.py"), QByteArray("A"));
        QCOMPARE(readFile(ab.value() + u"/nodejs/node_modules/b/index.js"), QByteArray("B"));
        const auto ba = layerstore::merged(ws.path(), state, {arnB, arnA});
        QVERIFY(ba);
        QVERIFY(ba.value() != ab.value());
        QCOMPARE(readFile(ba.value() + u"/common.txt"), QByteArray("from a"));
        // Built once: the same list gives the same folder.
        QCOMPARE(layerstore::merged(ws.path(), state, {arnA, arnB}).value(), ab.value());
        QCOMPARE(layerstore::merged(ws.path(), state, {}).value(), QString());

        // A deleted layer version: the folder built before keeps working; a new list needing it fails.
        QVERIFY(layerstore::remove(ws.path(), QStringLiteral("a"), 1));
        QCOMPARE(layerstore::merged(ws.path(), state, {arnA, arnB}).value(), ab.value());
        QCOMPARE(readFile(ab.value() + u"/python/a.py"), QByteArray("A"));
        const auto missing = layerstore::merged(ws.path(), state, {arnA});
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("Layer version %1 does not exist.").arg(arnA)),
                 qPrintable(missing.error().message));

        // Pruned when nothing uses it; no temporary folder is left.
        layerstore::pruneMerged(state, {layerstore::mergedKey({arnA, arnB})});
        QVERIFY(QFileInfo(ab.value()).isDir());
        QVERIFY(!QFileInfo::exists(ba.value()));
        QCOMPARE(QDir(layerstore::mergedRoot(state)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);
    }

    // The Backend's rules for a function's Layers, with AWS's messages.
    void functionLayers()
    {
        QTemporaryDir ws, code;
        writeFile(code.filePath(QStringLiteral("lambda_function.py")),
                  "import layer_mod\n\ndef handler(event, context):\n    return {'value': layer_mod.VALUE}\n");
        Backend::Options o;
        o.workspace = ws.path();
        o.persistLogs = false;
        Backend b(o);
        QVERIFY(b.start());
        QSignalSpy changed(&b, &Backend::layersChanged);
        const auto l = b.publishLayerVersion(request(QStringLiteral("mods"), zipOf({{QStringLiteral("python/layer_mod.py"), "VALUE = 7\n"}})));
        QVERIFY(l);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(b.layerArn(QStringLiteral("mods")), QStringLiteral("arn:aws:lambda:us-east-1:000000000000:layer:mods"));
        const QString arn = b.layerVersionArn(QStringLiteral("mods"), 1);
        QCOMPARE(arn, QStringLiteral("arn:aws:lambda:us-east-1:000000000000:layer:mods:1"));

        FunctionConfig c;
        c.name = QStringLiteral("uses-layers");
        c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
        c.handler = QStringLiteral("lambda_function.handler");

        const auto refuse = [&](const QStringList &layers, const QString &message) {
            FunctionConfig bad = c;
            bad.layers = layers;
            const auto r = b.createFunction(bad, CodeSource::directory(code.path()));
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::InvalidParameter);
            QCOMPARE(r.error().field, QStringLiteral("Layers"));
            QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
            QVERIFY(!b.getFunction(c.name));
        };
        const QString missing = b.layerVersionArn(QStringLiteral("mods"), 9);
        refuse({missing}, QStringLiteral("Layer version %1 does not exist.").arg(missing));
        refuse(QStringList(6, arn), QStringLiteral("Cannot reference more than 5 layers."));
        QVERIFY(b.publishLayerVersion(request(QStringLiteral("mods"), zipOf({{QStringLiteral("x"), "x"}}))));
        refuse({arn, b.layerVersionArn(QStringLiteral("mods"), 2)},
               QStringLiteral("Two different versions of the same layer are not allowed"));
        refuse({QStringLiteral("not-an-arn")}, QStringLiteral("at 'layers' failed to satisfy constraint"));

        // The size of code + layers: a layer of 250 MB unzipped (its layer.json says so) is too much.
        QVERIFY(b.publishLayerVersion(request(QStringLiteral("huge"), zipOf({{QStringLiteral("x"), "x"}}))));
        const QString hugeJson = layerstore::versionDir(ws.path(), QStringLiteral("huge"), 1) + u"/layer.json";
        QJsonObject j = QJsonDocument::fromJson(readFile(hugeJson)).object();
        j[u"UnzippedSize"] = double(layerstore::kMaxUnzippedBytes);
        writeFile(hugeJson, QJsonDocument(j).toJson());
        {
            FunctionConfig bad = c;
            bad.layers = {b.layerVersionArn(QStringLiteral("huge"), 1)};
            const auto r = b.createFunction(bad, CodeSource::directory(code.path()));
            QVERIFY(!r);
            QVERIFY2(r.error().message.startsWith(QStringLiteral(
                         "Function code combined with layers exceeds the maximum allowed size of 262144000 bytes. "
                         "The actual size is ")),
                     qPrintable(r.error().message));
            QVERIFY(!b.getFunction(c.name));
        }

        c.layers = {arn};
        const auto created = b.createFunction(c, CodeSource::directory(code.path()));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->layers, QStringList{arn});
        // Kept in function.json.
        const QJsonObject saved = QJsonDocument::fromJson(readFile(ws.path() + u"/functions/uses-layers/function.json")).object();
        QCOMPARE(saved.value(u"Layers").toVariant().toStringList(), QStringList{arn});

        // Runs with the layer's python/ on its path.
        auto r = testsupport::invokeAndWait(b, c.name, {}, "{}");
        QVERIFY(r);
        QVERIFY2(r->payload.contains("\"value\": 7") || r->payload.contains("\"value\":7"), r->payload.constData());

        // The layer version is deleted: the function keeps working from its merged folder.
        QVERIFY(b.deleteLayerVersion(QStringLiteral("mods"), 1));
        QCOMPARE(changed.size(), 4);
        QVERIFY(b.deleteLayerVersion(QStringLiteral("mods"), 1)); // idempotent
        QCOMPARE(changed.size(), 4);
        FunctionConfig more = b.getFunction(c.name).value();
        more.memorySize = 256; // an update that keeps the (deleted) layer is allowed
        const auto updated = b.updateConfiguration(more);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        r = testsupport::invokeAndWait(b, c.name, {}, "{}");
        QVERIFY(r);
        QVERIFY2(r->payload.contains("7"), r->payload.constData());

        // Removing the layers: the merged folder goes (nothing uses it).
        FunctionConfig none = b.getFunction(c.name).value();
        none.layers.clear();
        const auto dropped = b.updateConfiguration(none);
        QVERIFY(dropped);
        QCOMPARE(dropped->environmentsRetired, 1); // the warm environment saw the old /opt
        r = testsupport::invokeAndWait(b, c.name, {}, "{}");
        QVERIFY(r);
        QVERIFY2(r->payload.contains("Runtime.ImportModuleError"), r->payload.constData());
        QVERIFY(QDir(layerstore::mergedRoot(ws.path() + u"/.state")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        b.stop();
    }
};

QTEST_GUILESS_MAIN(TestLayerStore)
#include "tst_layerstore.moc"
