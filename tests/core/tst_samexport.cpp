// samexport::exportProject and io/samexport: the template of a function with every property
// set (environment, a layer, a URL with CORS, two aliases one weighted, a schedule, an SQS
// mapping, reserved concurrency, async configuration, a dead-letter queue) checked against
// SAM's rules (samchecks.h) and read back value by value; the deployment zip with the handler
// at its root; a non-empty folder refused; nothing written outside the folder.
#include "samchecks.h"
#include "testsupport.h"

#include "backendsamexport.h"
#include "io/samexport.h"
#include "io/ziparchive.h"
#include "model/destination.h"

#include <QDirIterator>

using namespace lambdesk;

class TestSamExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<testsupport::TestBackend> m_tb;
    QString m_runtime;

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    static QStringList tree(const QString &dir)
    {
        QStringList files;
        QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(dir).relativeFilePath(it.next());
        files.sort();
        return files;
    }

    Backend &backend() { return *m_tb->backend; }
    static QString str(const YAML::Node &n) { return QString::fromStdString(n.as<std::string>()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_tb = std::make_unique<testsupport::TestBackend>();
        m_runtime = m_tb->runtime(RuntimeFamily::Python);
        QTemporaryDir layerDir;
        writeFile(layerDir.path() + QStringLiteral("/python/shared_helper.py"), "def greet():\n    return 'hi'\n");
        LayerPublish layer;
        layer.layerName = QStringLiteral("shared-lib");
        layer.description = QStringLiteral("helpers");
        layer.compatibleRuntimes = {m_runtime};
        layer.folder = layerDir.path();
        QVERIFY2(backend().publishLayerVersion(layer), "layer");

        QVERIFY(backend().createQueue(QStringLiteral("orders-queue")));
        QVERIFY(backend().createQueue(QStringLiteral("orders-dlq")));

        QTemporaryDir code;
        writeFile(code.path() + QStringLiteral("/app.py"),
                  "import shared_helper\n\ndef handler(event, context):\n    return {'greeting': shared_helper.greet()}\n");
        FunctionConfig c = m_tb->config(QStringLiteral("orders-api"), RuntimeFamily::Python,
                                        QStringLiteral("app.handler"), 256, 30);
        c.description = QStringLiteral("Orders: it's \"quoted\"");
        c.ephemeralStorage = 1024;
        c.environment = {{QStringLiteral("TABLE"), QStringLiteral("orders")},
                         {QStringLiteral("FLAG"), QStringLiteral("true")},
                         {QStringLiteral("COUNT"), QStringLiteral("12")}};
        c.layers = {backend().layerVersionArn(QStringLiteral("shared-lib"), 1)};
        auto created = m_tb->create(c, code.path());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));

        FunctionConfig dl = created.value();
        dl.deadLetterTarget = destination::queueArn(backend().region(), QStringLiteral("orders-dlq"));
        auto updated = backend().updateConfiguration(dl);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));

        QVERIFY(backend().publishVersion(Backend::PublishRequest{QStringLiteral("orders-api"), {}, {}, {}}));
        FunctionConfig v2 = backend().getFunction(QStringLiteral("orders-api")).value();
        v2.environment.insert(QStringLiteral("STAGE"), QStringLiteral("two"));
        QVERIFY(backend().updateConfiguration(v2));
        auto published = backend().publishVersion(Backend::PublishRequest{QStringLiteral("orders-api"), {}, {}, {}});
        QVERIFY(published);
        QVERIFY(backend().createAlias(QStringLiteral("orders-api"), QStringLiteral("live"), QStringLiteral("2")));
        QVERIFY(backend().createAlias(QStringLiteral("orders-api"), QStringLiteral("canary"), QStringLiteral("1"),
                                      QStringLiteral("tries 2"), {{QStringLiteral("2"), 0.2}}));

        FunctionUrlConfig url;
        url.functionName = QStringLiteral("orders-api");
        FunctionUrlCors cors;
        cors.allowOrigins = {QStringLiteral("https://example.com")};
        cors.allowMethods = {QStringLiteral("GET"), QStringLiteral("POST")};
        cors.maxAge = 300;
        url.cors = cors;
        auto u = backend().createFunctionUrlConfig(url);
        QVERIFY2(u, qPrintable(u ? QString() : u.error().message));

        Schedule s;
        s.name = QStringLiteral("orders-nightly");
        s.expression = QStringLiteral("rate(1 hour)");
        s.function = QStringLiteral("orders-api");
        s.input = R"({"job":"nightly"})";
        auto sc = backend().createSchedule(s);
        QVERIFY2(sc, qPrintable(sc ? QString() : sc.error().message));

        MappingChange m;
        m.function = QStringLiteral("orders-api");
        m.eventSourceArn = destination::queueArn(backend().region(), QStringLiteral("orders-queue"));
        m.batchSize = 5;
        m.functionResponseTypes = QStringList{QStringLiteral("ReportBatchItemFailures")};
        auto mapping = backend().createEventSourceMapping(m);
        QVERIFY2(mapping, qPrintable(mapping ? QString() : mapping.error().message));

        QVERIFY(backend().putFunctionConcurrency(QStringLiteral("orders-api"), 3));
        EventInvokeConfigPatch patch;
        patch.maximumRetryAttempts = 1;
        patch.maximumEventAgeInSeconds = 3600;
        patch.onFailure = destination::queueArn(backend().region(), QStringLiteral("orders-dlq"));
        auto eic = backend().putEventInvokeConfig(QStringLiteral("orders-api"), QStringLiteral("$LATEST"), patch);
        QVERIFY2(eic, qPrintable(eic ? QString() : eic.error().message));

        // A second, plain function (for --all).
        QTemporaryDir plain;
        writeFile(plain.path() + QStringLiteral("/index.py"), "def handler(event, context):\n    return 1\n");
        QVERIFY(m_tb->create(m_tb->config(QStringLiteral("plain"), RuntimeFamily::Python,
                                          QStringLiteral("index.handler")),
                             plain.path()));
    }

    void cleanupTestCase() { m_tb.reset(); }

    void templateOfEveryProperty()
    {
        QTemporaryDir parent;
        const QString out = parent.path() + QStringLiteral("/export");
        auto r = samexport::exportProject(backend(), {QStringLiteral("orders-api")}, out, {});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));

        const QStringList problems = samchecks::check(out + QStringLiteral("/template.yaml"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const YAML::Node doc = YAML::LoadFile(QString(out + QStringLiteral("/template.yaml")).toStdString());
        const YAML::Node res = doc["Resources"];
        const YAML::Node fn = res["OrdersApi"];
        QVERIFY(fn);
        QCOMPARE(str(fn["Type"]), QStringLiteral("AWS::Serverless::Function"));
        const YAML::Node p = fn["Properties"];
        QCOMPARE(str(p["FunctionName"]), QStringLiteral("orders-api"));
        QCOMPARE(str(p["Description"]), QStringLiteral("Orders: it's \"quoted\""));
        QCOMPARE(str(p["CodeUri"]), QStringLiteral("orders-api"));
        QCOMPARE(str(p["Handler"]), QStringLiteral("app.handler"));
        QCOMPARE(QString::fromStdString(p["Runtime"].as<std::string>()), m_runtime);
        QCOMPARE(p["MemorySize"].as<int>(), 256);
        QCOMPARE(p["Timeout"].as<int>(), 30);
        QCOMPARE(p["EphemeralStorage"]["Size"].as<int>(), 1024);
        const YAML::Node vars = p["Environment"]["Variables"];
        QCOMPARE(str(vars["TABLE"]), QStringLiteral("orders"));
        QCOMPARE(QString::fromStdString(vars["FLAG"].Tag()), QStringLiteral("!")); // quoted: a string, never the boolean true
        QCOMPARE(str(vars["COUNT"]), QStringLiteral("12"));
        QCOMPARE(str(vars["STAGE"]), QStringLiteral("two"));

        // The layer: a LayerVersion resource with its content, named by !Ref.
        QCOMPARE(p["Layers"].size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(p["Layers"][0].Tag()), QStringLiteral("!Ref"));
        const YAML::Node layer = res[p["Layers"][0].as<std::string>()];
        QCOMPARE(str(layer["Type"]), QStringLiteral("AWS::Serverless::LayerVersion"));
        QCOMPARE(str(layer["Properties"]["LayerName"]), QStringLiteral("shared-lib"));
        QVERIFY(QFile::exists(out + u'/' + QString::fromStdString(layer["Properties"]["ContentUri"].as<std::string>())
                              + QStringLiteral("/python/shared_helper.py")));

        const YAML::Node url = p["FunctionUrlConfig"];
        QCOMPARE(str(url["AuthType"]), QStringLiteral("NONE"));
        QCOMPARE(str(url["InvokeMode"]), QStringLiteral("BUFFERED"));
        QCOMPARE(str(url["Cors"]["AllowOrigins"][0]), QStringLiteral("https://example.com"));
        QCOMPARE(url["Cors"]["AllowMethods"].size(), std::size_t(2));
        QCOMPARE(url["Cors"]["MaxAge"].as<int>(), 300);
        // The URL is the function's own: no AutoPublishAlias (SAM would move it to the alias).
        QVERIFY(!p["AutoPublishAlias"]);

        QCOMPARE(p["ReservedConcurrentExecutions"].as<int>(), 3);
        QCOMPARE(p["EventInvokeConfig"]["MaximumRetryAttempts"].as<int>(), 1);
        QCOMPARE(p["EventInvokeConfig"]["MaximumEventAgeInSeconds"].as<int>(), 3600);
        const YAML::Node onFailure = p["EventInvokeConfig"]["DestinationConfig"]["OnFailure"];
        QCOMPARE(str(onFailure["Type"]), QStringLiteral("SQS"));
        QCOMPARE(QString::fromStdString(onFailure["Destination"].Tag()), QStringLiteral("!GetAtt"));
        QCOMPARE(str(p["DeadLetterQueue"]["Type"]), QStringLiteral("SQS"));
        const QString dlq = QString::fromStdString(p["DeadLetterQueue"]["TargetArn"].as<std::string>());
        QCOMPARE(QString::fromStdString(p["DeadLetterQueue"]["TargetArn"].Tag()), QStringLiteral("!GetAtt"));
        QCOMPARE(str(res[dlq.section(u'.', 0, 0).toStdString()]["Properties"]["QueueName"]), QStringLiteral("orders-dlq"));

        const YAML::Node events = p["Events"];
        const YAML::Node schedule = events["OrdersNightly"];
        QCOMPARE(str(schedule["Type"]), QStringLiteral("Schedule"));
        QCOMPARE(str(schedule["Properties"]["Schedule"]), QStringLiteral("rate(1 hour)"));
        QCOMPARE(str(schedule["Properties"]["Input"]), QStringLiteral(R"({"job":"nightly"})"));
        QCOMPARE(schedule["Properties"]["Enabled"].as<bool>(), true);
        QCOMPARE(str(schedule["Properties"]["Name"]), QStringLiteral("orders-nightly"));
        const YAML::Node sqs = events["OrdersQueueSqs"];
        QCOMPARE(str(sqs["Type"]), QStringLiteral("SQS"));
        QCOMPARE(QString::fromStdString(sqs["Properties"]["Queue"].Tag()), QStringLiteral("!GetAtt"));
        const QString queue = QString::fromStdString(sqs["Properties"]["Queue"].as<std::string>());
        QCOMPARE(queue.section(u'.', 1), QStringLiteral("Arn"));
        QCOMPARE(str(res[queue.section(u'.', 0, 0).toStdString()]["Type"]), QStringLiteral("AWS::SQS::Queue"));
        QCOMPARE(str(res[queue.section(u'.', 0, 0).toStdString()]["Properties"]["QueueName"]), QStringLiteral("orders-queue"));
        QCOMPARE(sqs["Properties"]["BatchSize"].as<int>(), 5);
        QCOMPARE(str(sqs["Properties"]["FunctionResponseTypes"][0]), QStringLiteral("ReportBatchItemFailures"));

        // The two aliases: Version resources and Alias resources, the weighted one with RoutingConfig.
        const YAML::Node live = res["OrdersApiAliasLive"];
        QCOMPARE(str(live["Type"]), QStringLiteral("AWS::Lambda::Alias"));
        QCOMPARE(str(live["Properties"]["Name"]), QStringLiteral("live"));
        QCOMPARE(QString::fromStdString(live["Properties"]["FunctionName"].Tag()), QStringLiteral("!Ref"));
        QCOMPARE(str(live["Properties"]["FunctionName"]), QStringLiteral("OrdersApi"));
        QCOMPARE(str(live["Properties"]["FunctionVersion"]), QStringLiteral("OrdersApiVersion2.Version"));
        QCOMPARE(str(res["OrdersApiVersion2"]["Type"]), QStringLiteral("AWS::Lambda::Version"));
        const YAML::Node canary = res["OrdersApiAliasCanary"]["Properties"];
        QCOMPARE(str(canary["FunctionVersion"]), QStringLiteral("OrdersApiVersion1.Version"));
        QCOMPARE(str(canary["Description"]), QStringLiteral("tries 2"));
        const YAML::Node weight = canary["RoutingConfig"]["AdditionalVersionWeights"][0];
        QCOMPARE(str(weight["FunctionVersion"]), QStringLiteral("OrdersApiVersion2.Version"));
        QCOMPARE(weight["FunctionWeight"].as<double>(), 0.2);
        QVERIFY2(QFile(out + QStringLiteral("/template.yaml")).open(QIODevice::ReadOnly), "template");

        // Short-form tags as SAM users write them, and the commands.
        QFile text(out + QStringLiteral("/template.yaml"));
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QByteArray yaml = text.readAll();
        QVERIFY2(yaml.contains("FunctionName: !Ref OrdersApi"), yaml.constData());
        QVERIFY2(yaml.contains("AWSTemplateFormatVersion: '2010-09-09'"), yaml.constData());
        const QString commands = r->commands.join(u'\n');
        QVERIFY2(commands.contains(QStringLiteral("aws lambda create-function --function-name orders-api --runtime %1 "
                                                  "--handler app.handler --memory-size 256 --timeout 30 --role "
                                                  "<your-role-arn> --zip-file fileb://orders-api.zip")
                                       .arg(m_runtime)),
                 qPrintable(commands));
        QVERIFY2(commands.contains(QStringLiteral("--environment '{\"Variables\":{")), qPrintable(commands));
        QVERIFY2(commands.contains(QStringLiteral("sam validate && sam deploy --guided")), qPrintable(commands));
        QVERIFY(r->written.contains(QStringLiteral("template.yaml")));
        QVERIFY(r->written.contains(QStringLiteral("orders-api.zip")));
        QVERIFY(r->files.contains(QStringLiteral("orders-api/app.py")));
    }

    void zipHasTheHandlerAtItsRoot()
    {
        QTemporaryDir parent;
        const QString out = parent.path() + QStringLiteral("/zips");
        samexport::Options options;
        options.zipOnly = true;
        options.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/lambda-exec");
        auto r = samexport::exportProject(backend(), {}, out, options);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(tree(out), (QStringList{QStringLiteral("orders-api.zip"), QStringLiteral("plain.zip")}));
        QVERIFY(r->commands.join(u'\n').contains(QStringLiteral("--role arn:aws:iam::123456789012:role/lambda-exec")));
        QVERIFY(!r->commands.join(u'\n').contains(QStringLiteral("sam deploy")));

        QFile zip(out + QStringLiteral("/orders-api.zip"));
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const QByteArray bytes = zip.readAll();
        QTemporaryDir unpacked;
        QVERIFY(ziparchive::extract(bytes, unpacked.path()));
        QCOMPARE(tree(unpacked.path()), QStringList{QStringLiteral("app.py")}); // at the root, nothing else
        // The same package Lambdesk runs ($LATEST's, Backend::exportCode).
        auto latest = backend().exportCode(QStringLiteral("orders-api"));
        QVERIFY(latest);
        QTemporaryDir fromBackend;
        QVERIFY(ziparchive::extract(latest.value(), fromBackend.path()));
        QFile a(unpacked.path() + QStringLiteral("/app.py")), b(fromBackend.path() + QStringLiteral("/app.py"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void versionSnapshot()
    {
        // NAME:1 exports version 1's configuration (no STAGE variable yet).
        QTemporaryDir parent;
        auto r = samexport::exportProject(backend(), {QStringLiteral("orders-api:1")}, parent.path() + QStringLiteral("/v1"), {});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const YAML::Node doc = YAML::LoadFile(QString(r->outDir + QStringLiteral("/template.yaml")).toStdString());
        QVERIFY(!doc["Resources"]["OrdersApi"]["Properties"]["Environment"]["Variables"]["STAGE"]);
        QVERIFY(QFile::exists(r->outDir + QStringLiteral("/orders-api/app.py")));

        auto bad = samexport::exportProject(backend(), {QStringLiteral("orders-api:x")}, parent.path() + QStringLiteral("/vx"), {});
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("Qualifier"));
        auto missing = samexport::exportProject(backend(), {QStringLiteral("nope")}, parent.path() + QStringLiteral("/n"), {});
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFileInfo::exists(parent.path() + QStringLiteral("/n")));
    }

    void refusesANonEmptyFolder()
    {
        QTemporaryDir parent;
        const QString out = parent.path() + QStringLiteral("/out");
        writeFile(out + QStringLiteral("/notes.txt"), "mine");
        auto r = samexport::exportProject(backend(), {QStringLiteral("plain")}, out, {});
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::InvalidParameter);
        QCOMPARE(r.error().field, QStringLiteral("OutDir"));
        QVERIFY2(r.error().message.contains(QStringLiteral("not empty")), qPrintable(r.error().message));
        QCOMPARE(tree(out), QStringList{QStringLiteral("notes.txt")}); // untouched

        // A file is not a folder.
        auto file = samexport::exportProject(backend(), {QStringLiteral("plain")}, out + QStringLiteral("/notes.txt"), {});
        QVERIFY(!file);
        QCOMPARE(file.error().field, QStringLiteral("OutDir"));

        // Overwrite: our entries replace theirs; the others stay.
        samexport::Options overwrite;
        overwrite.overwrite = true;
        r = samexport::exportProject(backend(), {QStringLiteral("plain")}, out, overwrite);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(tree(out), (QStringList{QStringLiteral("notes.txt"), QStringLiteral("plain"),
                                         QStringLiteral("plain.zip"), QStringLiteral("plain/index.py"),
                                         QStringLiteral("template.yaml")}));
    }

    void nothingOutsideTheFolder()
    {
        QTemporaryDir parent;
        const QString out = parent.path() + QStringLiteral("/out");
        const QString victim = parent.path() + QStringLiteral("/victim");
        writeFile(victim + QStringLiteral("/keep.txt"), "keep");
        QDir().mkpath(out);
        // A link where the function's folder goes, pointing out of the folder: replaced, never followed.
        QVERIFY(QFile::link(victim, out + QStringLiteral("/plain")));
        samexport::Options overwrite;
        overwrite.overwrite = true;
        auto r = samexport::exportProject(backend(), {QStringLiteral("plain")}, out, overwrite);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(tree(victim), QStringList{QStringLiteral("keep.txt")});
        QVERIFY(!QFileInfo(out + QStringLiteral("/plain")).isSymLink());
        QVERIFY(QFile::exists(out + QStringLiteral("/plain/index.py")));
        QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("out"), QStringLiteral("victim")}));
        // No staging folder is left behind.
        for (const QString &entry : tree(out))
            QVERIFY2(!entry.startsWith(u'.'), qPrintable(entry));
        for (const QString &f : r->files)
            QVERIFY2(QFileInfo(out + u'/' + f).canonicalFilePath().startsWith(QDir(out).canonicalPath() + u'/'),
                     qPrintable(f));
    }

    void asynchronous()
    {
        QTemporaryDir parent;
        auto r = testsupport::waitForAnswer<Result<samexport::Report>>([&](auto done) {
            samexport::exportProject(backend(), {}, parent.path() + QStringLiteral("/all"), {}, std::move(done));
        });
        QVERIFY(r);
        QVERIFY2(*r, qPrintable(*r ? QString() : r->error().message));
        const QStringList problems = samchecks::check(parent.path() + QStringLiteral("/all/template.yaml"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(QFile::exists(parent.path() + QStringLiteral("/all/plain.zip")));
        QVERIFY(QFile::exists(parent.path() + QStringLiteral("/all/orders-api.zip")));
    }

    void logicalIds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("dash") << QStringLiteral("my-func_2") << QStringLiteral("MyFunc2");
        QTest::newRow("digit") << QStringLiteral("9lives") << QStringLiteral("R9lives");
        QTest::newRow("plain") << QStringLiteral("Orders") << QStringLiteral("Orders");
    }
    void logicalIds()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QCOMPARE(sam::logicalIdFor(name), id);
    }

    void writerRefusesWhatSamCannotSay()
    {
        sam::Project p;
        p.templatePath = QStringLiteral("/tmp/project/template.yaml");
        sam::Function f;
        f.logicalId = QStringLiteral("fn");
        f.config.name = QStringLiteral("fn");
        f.config.runtime = QStringLiteral("python3.11");
        f.config.handler = QStringLiteral("app.handler");
        f.codeDir = QStringLiteral("/elsewhere/code");
        p.functions << f;
        auto r = sam::writeTemplate(p);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("CodeUri"));
        p.functions[0].codeDir = QStringLiteral("/tmp/project/src");
        p.functions[0].config.handler.clear();
        r = sam::writeTemplate(p);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("Handler"));
    }
};

QTEST_GUILESS_MAIN(TestSamExport)
#include "tst_samexport.moc"
