// Export -> import: a function with a layer, an alias with a function URL (CORS), a schedule
// and an SQS mapping is exported (samexport::exportProject), the template passes SAM's rules
// (samchecks.h), and importing it into a fresh workspace (samtemplate::parse,
// samimport::importProject) gives the same configuration; the imported function runs its real
// handler, with the layer's module.
#include "samchecks.h"
#include "testsupport.h"

#include "backendsamexport.h"
#include "io/samtemplate.h"
#include "model/destination.h"
#include "samimport.h"

using namespace lambdesk;

class TestSamRoundTrip : public QObject
{
    Q_OBJECT

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private Q_SLOTS:
    void exportThenImport()
    {
        testsupport::TestBackend a;
        Backend &from = *a.backend;
        QTemporaryDir layerDir;
        writeFile(layerDir.path() + QStringLiteral("/python/rt_helper.py"), "def shout(s):\n    return s.upper()\n");
        LayerPublish layer;
        layer.layerName = QStringLiteral("rt-lib");
        layer.folder = layerDir.path();
        QVERIFY(from.publishLayerVersion(layer));
        QVERIFY(from.createQueue(QStringLiteral("rt-queue")));

        QTemporaryDir code;
        writeFile(code.path() + QStringLiteral("/app.py"),
                  "import os\nimport rt_helper\n\n"
                  "def handler(event, context):\n"
                  "    return {'greeting': rt_helper.shout(os.environ['GREETING']), 'memory': context.memory_limit_in_mb}\n");
        FunctionConfig c = a.config(QStringLiteral("rt-fn"), RuntimeFamily::Python, QStringLiteral("app.handler"), 256, 20);
        c.description = QStringLiteral("round trip");
        c.ephemeralStorage = 1024;
        c.environment = {{QStringLiteral("GREETING"), QStringLiteral("hello")},
                         {QStringLiteral("ENABLED"), QStringLiteral("true")}};
        c.layers = {from.layerVersionArn(QStringLiteral("rt-lib"), 1)};
        auto created = a.create(c, code.path());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QVERIFY(from.publishVersion(Backend::PublishRequest{QStringLiteral("rt-fn"), {}, {}, {}}));
        QVERIFY(from.createAlias(QStringLiteral("rt-fn"), QStringLiteral("live"), QStringLiteral("1")));

        FunctionUrlConfig url;
        url.functionName = QStringLiteral("rt-fn");
        url.qualifier = QStringLiteral("live");
        url.authType = FunctionUrlAuthType::AwsIam;
        FunctionUrlCors cors;
        cors.allowOrigins = {QStringLiteral("https://app.example.com")};
        cors.allowMethods = {QStringLiteral("GET")};
        cors.allowHeaders = {QStringLiteral("content-type")};
        cors.allowCredentials = true;
        cors.maxAge = 600;
        url.cors = cors;
        QVERIFY(from.createFunctionUrlConfig(url));

        Schedule s;
        s.name = QStringLiteral("rt-hourly");
        s.expression = QStringLiteral("rate(2 hours)");
        s.function = QStringLiteral("rt-fn:live");
        s.input = R"({"from":"schedule"})";
        s.enabled = false;
        QVERIFY(from.createSchedule(s));
        MappingChange m;
        m.function = QStringLiteral("rt-fn:live");
        m.eventSourceArn = destination::queueArn(from.region(), QStringLiteral("rt-queue"));
        m.batchSize = 7;
        m.batchingWindowS = 2;
        m.maximumConcurrency = 3;
        m.functionResponseTypes = QStringList{QStringLiteral("ReportBatchItemFailures")};
        QVERIFY(from.createEventSourceMapping(m));

        QTemporaryDir parent;
        const QString out = parent.path() + QStringLiteral("/project");
        auto exported = samexport::exportProject(from, {}, out, {});
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        const QStringList problems = samchecks::check(out + QStringLiteral("/template.yaml"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(exported->notes.isEmpty(), qPrintable(exported->notes.join(u'\n')));

        // A fresh workspace.
        testsupport::TestBackend b;
        Backend &to = *b.backend;
        auto project = samtemplate::parse(out + QStringLiteral("/template.yaml"));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
        const SamImportReport report = samimport::importProject(to, project.value());
        QCOMPARE(report.failed(), 0);
        for (const sam::Unsupported &u : report.unsupported)
            qInfo("not imported: %s (%s): %s", qPrintable(u.resource), qPrintable(u.type), qPrintable(u.why));

        const FunctionConfig before = from.getFunction(QStringLiteral("rt-fn")).value();
        auto after = to.getFunction(QStringLiteral("rt-fn"));
        QVERIFY2(after, qPrintable(after ? QString() : after.error().message));
        QCOMPARE(after->runtime, before.runtime);
        QCOMPARE(after->handler, before.handler);
        QCOMPARE(after->memorySize, before.memorySize);
        QCOMPARE(after->timeout, before.timeout);
        QCOMPARE(after->ephemeralStorage, before.ephemeralStorage);
        QCOMPARE(after->description, before.description);
        QCOMPARE(after->environment, before.environment);
        QCOMPARE(after->layers, QStringList{to.layerVersionArn(QStringLiteral("rt-lib"), 1)});

        auto alias = to.getAlias(QStringLiteral("rt-fn"), QStringLiteral("live"));
        QVERIFY2(alias, qPrintable(alias ? QString() : alias.error().message));
        QCOMPARE(alias->functionVersion, QStringLiteral("1"));
        QVERIFY(!alias->isWeighted());

        auto urlAfter = to.getFunctionUrlConfig(QStringLiteral("rt-fn"), QStringLiteral("live"));
        QVERIFY2(urlAfter, qPrintable(urlAfter ? QString() : urlAfter.error().message));
        QCOMPARE(urlAfter->authType, url.authType);
        QCOMPARE(urlAfter->cors, url.cors);
        QCOMPARE(urlAfter->invokeMode, url.invokeMode);

        auto schedules = to.listSchedules();
        QVERIFY(schedules);
        QCOMPARE(schedules->size(), 1);
        const Schedule &t = schedules->first().schedule;
        QCOMPARE(t.function, s.function);
        QCOMPARE(t.expression, s.expression);
        QCOMPARE(t.input, s.input);
        QCOMPARE(t.enabled, s.enabled);

        const QList<EventSourceMapping> mappings = to.listEventSourceMappings(QStringLiteral("rt-fn"));
        QCOMPARE(mappings.size(), 1);
        const EventSourceMapping original = from.listEventSourceMappings(QStringLiteral("rt-fn")).first();
        QCOMPARE(mappings.first().queue, original.queue);
        QCOMPARE(mappings.first().qualifier, original.qualifier);
        QCOMPARE(mappings.first().batchSize, original.batchSize);
        QCOMPARE(mappings.first().batchingWindowS, original.batchingWindowS);
        QCOMPARE(mappings.first().maximumConcurrency, original.maximumConcurrency);
        QCOMPARE(mappings.first().reportBatchItemFailures, original.reportBatchItemFailures);
        QCOMPARE(mappings.first().enabled, original.enabled);

        // It runs: the handler from the exported folder, the layer's module from the exported layer.
        auto run = testsupport::invokeAndWait(to, QStringLiteral("rt-fn"), QStringLiteral("live"));
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        QVERIFY2(run->functionError.isEmpty(), run->payload.constData());
        const QJsonObject payload = testsupport::object(run->payload);
        QCOMPARE(payload.value(QStringLiteral("greeting")).toString(), QStringLiteral("HELLO"));
        QCOMPARE(payload.value(QStringLiteral("memory")).toVariant().toInt(), 256);
    }
};

QTEST_GUILESS_MAIN(TestSamRoundTrip)
#include "tst_samroundtrip.moc"
