// SAM template parsing (core/io/samtemplate): intrinsics in their short and long forms,
// Parameters, pseudo parameters, Mappings, Conditions, Globals, events, what is unsupported,
// and errors that say where.

#include "io/samtemplate.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace lambdesk;

namespace {

// A project folder with src/ (and src/nested/deeper/) and the template given.
struct Project
{
    QTemporaryDir dir;
    QString path;

    explicit Project(const QByteArray &yaml, const QString &folder = QStringLiteral("my-stack"))
    {
        QDir(dir.path()).mkpath(folder + QStringLiteral("/src/nested/deeper"));
        QDir(dir.path()).mkpath(folder + QStringLiteral("/layer"));
        path = dir.path() + u'/' + folder + QStringLiteral("/template.yaml");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the template");
        f.write(yaml);
    }
    QString root() const { return QFileInfo(path).absolutePath(); }
};

QByteArray withFunction(const QByteArray &properties, const QByteArray &head = {})
{
    return head
        + "Resources:\n"
          "  Fn:\n"
          "    Type: AWS::Serverless::Function\n"
          "    Properties:\n"
          "      CodeUri: src\n"
          "      Handler: app.handler\n"
          "      Runtime: python3.11\n"
        + properties;
}

samtemplate::Options options()
{
    samtemplate::Options o;
    o.region = QStringLiteral("eu-west-1");
    return o;
}

} // namespace

class TstSamTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // An intrinsic (short and long form) resolving into the function's Description.
    void intrinsics_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("description");
        QTest::addColumn<QString>("expected");
        const QByteArray params = "Parameters:\n  Stage:\n    Type: String\n    Default: dev\n"
                                  "  Names:\n    Type: CommaDelimitedList\n    Default: a,b,c\n"
                                  "Mappings:\n  Sizes:\n    dev:\n      Memory: 256\n"
                                  "Conditions:\n  IsDev: !Equals [!Ref Stage, dev]\n"
                                  "  IsProd:\n    Fn::Equals: [!Ref Stage, prod]\n"
                                  "  NotProd: !Not [!Condition IsProd]\n"
                                  "  Both: !And [!Condition IsDev, !Condition NotProd]\n"
                                  "  Either:\n    Fn::Or: [{Condition: IsProd}, !Equals [x, x]]\n";
        auto row = [&](const char *name, const QByteArray &d, const char *expected) {
            QTest::newRow(name) << params << d << QString::fromUtf8(expected);
        };
        row("Ref short", "!Ref Stage", "dev");
        row("Ref long", "{Ref: Stage}", "dev");
        row("Ref resource", "!Ref Fn", "Fn");
        row("Sub short", "!Sub '${Stage}-x'", "dev-x");
        row("Sub long", "{'Fn::Sub': '${Stage}-y'}", "dev-y");
        row("Sub pseudo", "!Sub '${AWS::Region}/${AWS::AccountId}/${AWS::StackName}/${AWS::Partition}/${AWS::URLSuffix}'",
            "eu-west-1/000000000000/my-stack/aws/amazonaws.com");
        row("Sub list form", "!Sub ['${A}-${Stage}', {A: !Ref AWS::Region}]", "eu-west-1-dev");
        row("Sub attribute", "!Sub '${Fn.Arn}'", "arn:aws:lambda:eu-west-1:000000000000:function:Fn");
        row("Sub literal", "!Sub '${!Literal}'", "${Literal}");
        row("GetAtt dotted", "!GetAtt Fn.Arn", "arn:aws:lambda:eu-west-1:000000000000:function:Fn");
        row("GetAtt list", "{'Fn::GetAtt': [Fn, Arn]}", "arn:aws:lambda:eu-west-1:000000000000:function:Fn");
        row("Join short", "!Join ['-', [a, !Ref Stage]]", "a-dev");
        row("Join long", "{'Fn::Join': [':', [x, y]]}", "x:y");
        row("Join list parameter", "!Join ['+', !Ref Names]", "a+b+c");
        row("If true", "!If [IsDev, yes-dev, no-dev]", "yes-dev");
        row("If long false", "{'Fn::If': [IsProd, p, np]}", "np");
        row("If Not", "!If [NotProd, np, p]", "np");
        row("If And", "!If [Both, both, notboth]", "both");
        row("If Or", "!If [Either, either, neither]", "either");
        row("Select", "!Select [1, [a, b, c]]", "b");
        row("Select long", "{'Fn::Select': [2, !Ref Names]}", "c");
        row("Split", "!Select [1, !Split [',', 'x,y,z']]", "y");
        row("Split long", "!Select [0, {'Fn::Split': ['|', 'p|q']}]", "p");
        row("FindInMap", "!FindInMap [Sizes, !Ref Stage, Memory]", "256");
        row("FindInMap long", "{'Fn::FindInMap': [Sizes, dev, Memory]}", "256");
        row("Base64", "!Base64 hello", "aGVsbG8=");
        row("Base64 long", "{'Fn::Base64': hi}", "aGk=");
        row("StackName is the folder", "!Ref AWS::StackName", "my-stack");
    }
    void intrinsics()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, description);
        QFETCH(QString, expected);
        Project p(withFunction("      Description: " + description + "\n", head));
        const auto project = samtemplate::parse(p.path, {}, options());
        QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().message));
        QCOMPARE(project->functions.size(), 1);
        QCOMPARE(project->functions[0].config.description, expected);
    }

    void noValueRemovesAProperty()
    {
        Project p(withFunction("      MemorySize: !Ref AWS::NoValue\n"
                               "      Timeout: !If [Never, 9, !Ref AWS::NoValue]\n"
                               "      Environment:\n        Variables:\n          A: '1'\n          B: !Ref AWS::NoValue\n",
                               "Conditions:\n  Never: !Equals [a, b]\n"));
        const auto project = samtemplate::parse(p.path);
        QVERIFY(project.ok());
        const FunctionConfig &c = project->functions[0].config;
        QCOMPARE(c.memorySize, 128);
        QCOMPARE(c.timeout, 3);
        QCOMPARE(c.environment, (QMap<QString, QString>{{QStringLiteral("A"), QStringLiteral("1")}}));
    }

    void globals()
    {
        Project p("Globals:\n"
                  "  Function:\n"
                  "    Runtime: nodejs20.x\n"
                  "    MemorySize: 512\n"
                  "    Timeout: 20\n"
                  "    Layers: [arn:aws:lambda:us-east-1:000000000000:layer:g:1]\n"
                  "    Environment:\n"
                  "      Variables:\n"
                  "        TABLE: global-table\n"
                  "        LEVEL: info\n"
                  "Resources:\n"
                  "  A:\n"
                  "    Type: AWS::Serverless::Function\n"
                  "    Properties:\n"
                  "      CodeUri: src\n"
                  "      Handler: index.handler\n"
                  "      MemorySize: 1024\n"
                  "      Layers: [arn:aws:lambda:us-east-1:000000000000:layer:own:2]\n"
                  "      Environment:\n"
                  "        Variables:\n"
                  "          LEVEL: debug\n"
                  "          OWN: yes-own\n"
                  "  B:\n"
                  "    Type: AWS::Serverless::Function\n"
                  "    Properties:\n"
                  "      CodeUri: src\n"
                  "      Handler: index.handler\n"
                  "  Plain:\n"
                  "    Type: AWS::Lambda::Function\n"
                  "    Properties:\n"
                  "      Code: src\n"
                  "      Handler: index.handler\n"
                  "      Runtime: python3.11\n");
        const auto project = samtemplate::parse(p.path);
        QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().message));
        QCOMPARE(project->functions.size(), 3);
        const FunctionConfig &a = project->functions[0].config;
        QCOMPARE(a.runtime, QStringLiteral("nodejs20.x"));
        QCOMPARE(a.memorySize, 1024);
        QCOMPARE(a.timeout, 20);
        QCOMPARE(a.environment.value(QStringLiteral("TABLE")), QStringLiteral("global-table"));
        QCOMPARE(a.environment.value(QStringLiteral("LEVEL")), QStringLiteral("debug"));
        QCOMPARE(a.environment.value(QStringLiteral("OWN")), QStringLiteral("yes-own"));
        QCOMPARE(a.layers, (QStringList{QStringLiteral("arn:aws:lambda:us-east-1:000000000000:layer:g:1"),
                                        QStringLiteral("arn:aws:lambda:us-east-1:000000000000:layer:own:2")}));
        const FunctionConfig &b = project->functions[1].config;
        QCOMPARE(b.memorySize, 512);
        QCOMPARE(b.environment.size(), 2);
        // Globals apply to AWS::Serverless::Function only.
        const FunctionConfig &plain = project->functions[2].config;
        QCOMPARE(plain.memorySize, 128);
        QVERIFY(plain.environment.isEmpty());
        QCOMPARE(project->functions[2].codeDir, p.root() + QStringLiteral("/src"));
    }

    void parameters_data()
    {
        QTest::addColumn<QStringList>("overrides"); // K=V
        QTest::addColumn<QString>("expectedMemory");
        QTest::addColumn<QString>("errorField");
        QTest::addColumn<QString>("errorText");
        QTest::newRow("default") << QStringList{} << QStringLiteral("256") << QString() << QString();
        QTest::newRow("override") << QStringList{QStringLiteral("Memory=1024")} << QStringLiteral("1024") << QString()
                                  << QString();
        QTest::newRow("not allowed") << QStringList{QStringLiteral("Memory=300")} << QString()
                                     << QStringLiteral("Memory") << QStringLiteral("not one of its AllowedValues");
        QTest::newRow("not a number") << QStringList{QStringLiteral("Count=many")} << QString()
                                      << QStringLiteral("Count") << QStringLiteral("not a number");
        QTest::newRow("unknown parameter") << QStringList{QStringLiteral("Nope=1")} << QString()
                                           << QStringLiteral("Nope") << QStringLiteral("names no parameter");
        QTest::newRow("pattern") << QStringList{QStringLiteral("Stage=PROD")} << QString() << QStringLiteral("Stage")
                                 << QStringLiteral("AllowedPattern");
    }
    void parameters()
    {
        QFETCH(QStringList, overrides);
        QFETCH(QString, expectedMemory);
        QFETCH(QString, errorField);
        QFETCH(QString, errorText);
        Project p(withFunction("      MemorySize: !Ref Memory\n",
                               "Parameters:\n"
                               "  Memory:\n    Type: Number\n    Default: 256\n    AllowedValues: [256, 1024]\n"
                               "  Count:\n    Type: Number\n    Default: 3\n"
                               "  Stage:\n    Type: String\n    Default: dev\n    AllowedPattern: '[a-z]+'\n"));
        QMap<QString, QString> map;
        for (const QString &kv : overrides)
            map.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        const auto project = samtemplate::parse(p.path, map);
        if (errorField.isEmpty()) {
            QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().message));
            QCOMPARE(QString::number(project->functions[0].config.memorySize), expectedMemory);
            QCOMPARE(project->parameters.value(QStringLiteral("Memory")), expectedMemory);
        } else {
            QVERIFY(!project.ok());
            QCOMPARE(project.error().field, errorField);
            QVERIFY2(project.error().message.contains(errorText), qPrintable(project.error().message));
        }
    }

    void parameterWithoutDefault()
    {
        Project p(withFunction("      Description: !Ref Needed\n", "Parameters:\n  Needed:\n    Type: String\n"));
        const auto missing = samtemplate::parse(p.path);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, QStringLiteral("Needed"));
        QVERIFY(missing.error().message.contains(QStringLiteral("--parameter-overrides Needed=")));
        const auto given = samtemplate::parse(p.path, {{QStringLiteral("Needed"), QStringLiteral("here")}});
        QVERIFY(given.ok());
        QCOMPARE(given->functions[0].config.description, QStringLiteral("here"));
        const auto declared = samtemplate::parameters(p.path);
        QVERIFY(declared.ok());
        QCOMPARE(declared->size(), 1);
        QVERIFY(!declared->at(0).hasDefault);
    }

    void conditionsOnResources()
    {
        Project p("Parameters:\n  Stage:\n    Type: String\n    Default: dev\n"
                  "Conditions:\n  IsProd: !Equals [!Ref Stage, prod]\n"
                  "Resources:\n"
                  "  Always:\n    Type: AWS::Serverless::Function\n    Properties: {CodeUri: src, Handler: a.b, "
                  "Runtime: python3.11}\n"
                  "  OnlyProd:\n    Type: AWS::Serverless::Function\n    Condition: IsProd\n"
                  "    Properties: {CodeUri: src, Handler: a.b, Runtime: python3.11}\n");
        auto dev = samtemplate::parse(p.path);
        QVERIFY(dev.ok());
        QCOMPARE(dev->functions.size(), 1);
        auto prod = samtemplate::parse(p.path, {{QStringLiteral("Stage"), QStringLiteral("prod")}});
        QVERIFY(prod.ok());
        QCOMPARE(prod->functions.size(), 2);
    }

    void nestedCodeUriAndNames()
    {
        Project p("Resources:\n"
                  "  Deep:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                  "      CodeUri: ./src/nested/../nested/deeper/\n      Handler: a.b\n      Runtime: python3.11\n"
                  "      FunctionName: !Sub '${AWS::StackName}-deep'\n"
                  "  Inline:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                  "      InlineCode: |\n        def handler(e, c):\n            return 1\n"
                  "      Handler: index.handler\n      Runtime: python3.11\n"
                  "  ZipFile:\n    Type: AWS::Lambda::Function\n    Properties:\n"
                  "      Code:\n        ZipFile: 'exports.handler = async () => 2;'\n"
                  "      Handler: index.handler\n      Runtime: nodejs20.x\n");
        const auto project = samtemplate::parse(p.path);
        QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().message));
        QCOMPARE(project->functions.size(), 3);
        QCOMPARE(project->functions[0].codeDir, p.root() + QStringLiteral("/src/nested/deeper"));
        QCOMPARE(project->functions[0].config.name, QStringLiteral("my-stack-deep"));
        QVERIFY(project->functions[1].codeDir.isEmpty());
        QVERIFY(project->functions[1].inlineCode.contains(QStringLiteral("def handler")));
        QCOMPARE(project->functions[2].inlineCode, QStringLiteral("exports.handler = async () => 2;"));
        QCOMPARE(project->functions[2].config.name, QStringLiteral("ZipFile"));
    }

    void events()
    {
        Project p(withFunction("      AutoPublishAlias: live\n"
                               "      FunctionUrlConfig:\n        AuthType: NONE\n        InvokeMode: BUFFERED\n"
                               "        Cors:\n          AllowOrigins: ['*']\n          AllowMethods: [GET]\n"
                               "          MaxAge: 60\n"
                               "      Events:\n"
                               "        Get:\n          Type: Api\n          Properties: {Path: '/items/{id}', Method: get}\n"
                               "        Post:\n          Type: HttpApi\n          Properties:\n            Path: /items\n"
                               "            Method: POST\n"
                               "        Default:\n          Type: HttpApi\n"
                               "        Tick:\n          Type: Schedule\n          Properties:\n"
                               "            Schedule: rate(5 minutes)\n            Input: '{\"a\":1}'\n"
                               "            Enabled: false\n"
                               "        Tock:\n          Type: ScheduleV2\n          Properties:\n"
                               "            ScheduleExpression: cron(0 12 * * ? *)\n            State: ENABLED\n"
                               "        Jobs:\n          Type: SQS\n          Properties:\n"
                               "            Queue: !GetAtt Jobs.Arn\n            BatchSize: 5\n"
                               "            MaximumBatchingWindowInSeconds: 2\n"
                               "            FunctionResponseTypes: [ReportBatchItemFailures]\n"
                               "            ScalingConfig: {MaximumConcurrency: 4}\n"
                               "        Literal:\n          Type: SQS\n          Properties:\n"
                               "            Queue: arn:aws:sqs:us-east-1:123456789012:other-queue\n"
                               "        Upload:\n          Type: S3\n          Properties: {Bucket: !Ref Bucket, "
                               "Events: 's3:ObjectCreated:*'}\n"
                               "  Jobs:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: jobs-queue\n"
                               "  Bucket:\n    Type: AWS::S3::Bucket\n"));
        const auto project = samtemplate::parse(p.path);
        QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().message));
        QCOMPARE(project->functions.size(), 1);
        const sam::Function &f = project->functions[0];
        QCOMPARE(f.autoPublishAlias, QStringLiteral("live"));
        QVERIFY(f.url.has_value());
        QCOMPARE(f.url->authType, FunctionUrlAuthType::None);
        QVERIFY(f.url->cors.has_value());
        QCOMPARE(f.url->cors->allowOrigins, QStringList{QStringLiteral("*")});
        QCOMPARE(f.url->cors->maxAge, 60);
        QCOMPARE(f.events.size(), 7);
        QCOMPARE(f.events[0].kind, sam::Event::Kind::Api);
        QCOMPARE(f.events[0].path, QStringLiteral("/items/{id}"));
        QCOMPARE(f.events[0].method, QStringLiteral("get"));
        QCOMPARE(f.events[1].kind, sam::Event::Kind::HttpApi);
        QCOMPARE(f.events[1].method, QStringLiteral("POST"));
        QCOMPARE(f.events[2].path, QStringLiteral("/{proxy+}"));
        QCOMPARE(f.events[3].kind, sam::Event::Kind::Schedule);
        QCOMPARE(f.events[3].scheduleExpression, QStringLiteral("rate(5 minutes)"));
        QCOMPARE(f.events[3].input, QStringLiteral("{\"a\":1}"));
        QVERIFY(!f.events[3].enabled);
        QCOMPARE(f.events[4].kind, sam::Event::Kind::ScheduleV2);
        QVERIFY(f.events[4].enabled);
        QCOMPARE(f.events[5].kind, sam::Event::Kind::Sqs);
        QCOMPARE(f.events[5].queue, QStringLiteral("jobs-queue"));
        QCOMPARE(f.events[5].batchSize, 5);
        QCOMPARE(f.events[5].maximumBatchingWindowInSeconds, 2);
        QVERIFY(f.events[5].reportBatchItemFailures);
        QCOMPARE(f.events[5].maximumConcurrency, 4);
        QCOMPARE(f.events[6].queue, QStringLiteral("other-queue"));
        QCOMPARE(project->queues, QStringList{QStringLiteral("jobs-queue")});
        // The S3 event and the bucket are listed with why; the rest imported.
        auto listed = [&](const QString &resource) {
            for (const sam::Unsupported &u : project->unsupported)
                if (u.resource == resource)
                    return u.why;
            return QString();
        };
        QVERIFY(listed(QStringLiteral("Fn.Events.Upload")).contains(QStringLiteral("no local S3")));
        QVERIFY(listed(QStringLiteral("Bucket")).contains(QStringLiteral("no local S3")));
    }

    void unsupportedResourceReportedRestImports()
    {
        Project p(withFunction("      Policies: [AWSLambdaBasicExecutionRole]\n"
                               "      Layers: [!Ref Shared]\n"
                               "  Table:\n    Type: AWS::DynamoDB::Table\n"
                               "  Api:\n    Type: AWS::Serverless::Api\n    Properties: {StageName: prod}\n"
                               "  Machine:\n    Type: AWS::Serverless::StateMachine\n"
                               "  Shared:\n    Type: AWS::Serverless::LayerVersion\n    Properties:\n"
                               "      LayerName: shared-libs\n      ContentUri: layer/\n"
                               "      CompatibleRuntimes: [python3.11]\n"
                               "  Remote:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                               "      CodeUri: s3://bucket/key.zip\n      Handler: a.b\n      Runtime: python3.11\n"));
        const auto project = samtemplate::parse(p.path);
        QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().message));
        QCOMPARE(project->functions.size(), 1);
        QCOMPARE(project->functions[0].layerLogicalIds, QStringList{QStringLiteral("Shared")});
        QCOMPARE(project->layers.size(), 1);
        QCOMPARE(project->layers[0].layerName, QStringLiteral("shared-libs"));
        QCOMPARE(project->layers[0].contentDir, p.root() + QStringLiteral("/layer"));
        QStringList resources;
        for (const sam::Unsupported &u : project->unsupported) {
            resources << u.resource;
            QVERIFY2(!u.why.isEmpty(), qPrintable(u.resource));
        }
        for (const char *r : {"Table", "Api", "Machine", "Remote", "Fn.Policies"})
            QVERIFY2(resources.contains(QLatin1String(r)), qPrintable(resources.join(u',')));
    }

    void errorPositions_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("text");
        QTest::newRow("bad yaml") << QByteArray("Resources:\n  Fn: [a\n") << QStringLiteral(":3:1:")
                                  << QStringLiteral("not valid YAML");
        QTest::newRow("unknown ref") << withFunction("      Description: !Ref Nothing\n") << QStringLiteral(":8:20:")
                                     << QStringLiteral("Ref names \"Nothing\"");
        QTest::newRow("memory not a number") << withFunction("      MemorySize: lots\n") << QStringLiteral(":8:19:")
                                             << QStringLiteral("MemorySize must be a whole number");
        QTest::newRow("unknown condition") << withFunction("      Timeout: !If [Nope, 1, 2]\n")
                                           << QStringLiteral(":8:21:") << QStringLiteral("No condition \"Nope\"");
        QTest::newRow("unsupported intrinsic") << withFunction("      Description: !ImportValue other\n")
                                               << QStringLiteral(":8:20:") << QStringLiteral("Fn::ImportValue");
        QTest::newRow("select past the end") << withFunction("      Description: !Select [5, [a]]\n")
                                             << QStringLiteral(":8:29:") << QStringLiteral("past the list's end");
    }
    void errorPositions()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, where);
        QFETCH(QString, text);
        Project p(yaml);
        const auto project = samtemplate::parse(p.path);
        QVERIFY(!project.ok());
        QVERIFY2(project.error().message.startsWith(p.path + where), qPrintable(project.error().message));
        QVERIFY2(project.error().message.contains(text), qPrintable(project.error().message));
    }

    void functionNames()
    {
        QCOMPARE(samtemplate::functionNameFromLogicalId(QStringLiteral("HelloWorld")), QStringLiteral("HelloWorld"));
        QCOMPARE(samtemplate::functionNameFromLogicalId(QString(80, u'a')).size(), 64);
    }
};

QTEST_GUILESS_MAIN(TstSamTemplate)
#include "tst_samtemplate.moc"
