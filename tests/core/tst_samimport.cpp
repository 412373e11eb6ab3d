// Importing a SAM project into a real Backend (samimport::importProject): the functions run
// from the project's folders (real Python and Node handlers), an edit through the Backend is
// an edit of the project's file, AutoPublishAlias, the function URL with its route, the
// schedule and the SQS mapping, a re-import that updates, and the project's files untouched
// when the function's code is replaced or the function deleted.

#include "io/samtemplate.h"
#include "io/ziparchive.h"
#include "samimport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace lambdesk;
using namespace testsupport;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray templateText(const QString &nodeRuntime, int memory)
{
    return QStringLiteral("AWSTemplateFormatVersion: '2010-09-09'\n"
                          "Transform: AWS::Serverless-2016-10-31\n"
                          "Parameters:\n  Stage: {Type: String, Default: dev}\n"
                          "Globals:\n  Function:\n    Timeout: 10\n    MemorySize: %2\n"
                          "    Environment:\n      Variables:\n        STAGE: !Ref Stage\n"
                          "Resources:\n"
                          "  PyFn:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                          "      FunctionName: !Sub 'py-${Stage}'\n"
                          "      CodeUri: py/\n      Handler: app.handler\n      Runtime: python3.99\n"
                          "      AutoPublishAlias: live\n"
                          "      Events:\n        Tick: {Type: Schedule, Properties: {Schedule: rate(1 hour)}}\n"
                          "  NodeFn:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                          "      CodeUri: src/node\n      Handler: index.handler\n      Runtime: %1\n"
                          "      Events:\n"
                          "        Hello: {Type: HttpApi, Properties: {Path: /hello, Method: GET}}\n"
                          "        Jobs: {Type: SQS, Properties: {Queue: !GetAtt Jobs.Arn, BatchSize: 3}}\n"
                          "  Jobs: {Type: AWS::SQS::Queue, Properties: {QueueName: jobs}}\n"
                          "  Table: {Type: AWS::DynamoDB::Table}\n")
        .arg(nodeRuntime)
        .arg(memory)
        .toUtf8();
}

} // namespace

class TstSamImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importRunEditReimport()
    {
        TestBackend tb;
        Backend &b = *tb.backend;
        QTemporaryDir projectDir;
        const QString root = projectDir.path();
        write(root + QStringLiteral("/py/app.py"),
              "import os\n\ndef handler(event, context):\n    return {'from': 'python', 'v': 1, 'stage': os.environ['STAGE']}\n");
        write(root + QStringLiteral("/src/node/index.js"),
              "exports.handler = async (event) => ({ from: 'node', n: event.n });\n");
        const QString templatePath = root + QStringLiteral("/template.yaml");
        const QString nodeRuntime = tb.runtime(RuntimeFamily::Node);
        write(templatePath, templateText(nodeRuntime, 256));

        samtemplate::Options options;
        options.region = b.region();
        auto project = samtemplate::parse(templatePath, {}, options);
        QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().message));

        // A dry run changes nothing.
        const SamImportReport dry = samimport::importProject(b, project.value(), true);
        QCOMPARE(dry.functions.size(), 2);
        QCOMPARE(dry.functions[0].action, QStringLiteral("would create"));
        QVERIFY(!b.getFunction(QStringLiteral("py-dev")).ok());

        const SamImportReport report = samimport::importProject(b, project.value());
        QCOMPARE(report.failed(), 0);
        QCOMPARE(report.functions.size(), 2);
        QCOMPARE(report.functions[0].action, QStringLiteral("created"));
        QCOMPARE(report.functions[1].action, QStringLiteral("created"));
        QCOMPARE(report.functions[0].detail, QStringLiteral("version 1, alias live"));
        // The table is listed with why; python3.99 ran with the installed Python.
        QStringList listed;
        for (const sam::Unsupported &u : report.unsupported)
            listed << u.resource;
        QVERIFY2(listed.contains(QStringLiteral("Table")), qPrintable(listed.join(u',')));
        QVERIFY2(listed.contains(QStringLiteral("PyFn.Runtime")), qPrintable(listed.join(u',')));

        // Both run, from the project's folders.
        QCOMPARE(QFileInfo(b.codeDir(QStringLiteral("py-dev"))).symLinkTarget(), root + QStringLiteral("/py"));
        auto py = tb.invoke(QStringLiteral("py-dev"));
        QVERIFY(py.ok());
        QCOMPARE(object(py->payload).value(QStringLiteral("from")).toString(), QStringLiteral("python"));
        QCOMPARE(object(py->payload).value(QStringLiteral("stage")).toString(), QStringLiteral("dev"));
        auto node = tb.invoke(QStringLiteral("NodeFn"), "{\"n\":7}");
        QVERIFY(node.ok());
        QCOMPARE(object(node->payload).value(QStringLiteral("from")).toString(), QStringLiteral("node"));
        QCOMPARE(object(node->payload).value(QStringLiteral("n")).toInt(), 7);
        QCOMPARE(b.getFunction(QStringLiteral("NodeFn"))->memorySize, 256);

        // AutoPublishAlias: version 1 and the alias on it; the alias runs.
        auto versions = b.listVersions(QStringLiteral("py-dev"));
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 1);
        auto alias = b.getAlias(QStringLiteral("py-dev"), QStringLiteral("live"));
        QVERIFY(alias.ok());
        QCOMPARE(alias->functionVersion, QStringLiteral("1"));

        // The schedule (on the alias) and the SQS mapping; the route kept; the URL made.
        auto schedules = b.listSchedules();
        QVERIFY(schedules.ok());
        QCOMPARE(schedules->size(), 1);
        QCOMPARE(schedules->first().schedule.function, QStringLiteral("py-dev:live"));
        QCOMPARE(schedules->first().schedule.expression, QStringLiteral("rate(1 hour)"));
        const QList<EventSourceMapping> mappings = b.listEventSourceMappings(QStringLiteral("NodeFn"));
        QCOMPARE(mappings.size(), 1);
        QCOMPARE(mappings.first().queue, QStringLiteral("jobs"));
        QCOMPARE(mappings.first().batchSize, 3);
        const auto origin = samimport::origin(b, QStringLiteral("NodeFn"));
        QVERIFY(origin.has_value());
        QCOMPARE(origin->templatePath, QFileInfo(templatePath).absoluteFilePath());
        QCOMPARE(origin->routes.size(), 1);
        QCOMPARE(origin->routes.first().method, QStringLiteral("GET"));
        QCOMPARE(origin->routes.first().path, QStringLiteral("/hello"));
        QVERIFY(b.getFunctionUrlConfig(QStringLiteral("NodeFn"), {}).ok());

        // An edit through the Backend is an edit of the project's file, and runs.
        const QByteArray edited = "def handler(event, context):\n    return {'from': 'python', 'v': 2}\n";
        auto saved = b.saveCodeFile(QStringLiteral("py-dev"), QStringLiteral("app.py"), edited);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QCOMPARE(read(root + QStringLiteral("/py/app.py")), edited);
        py = tb.invoke(QStringLiteral("py-dev"));
        QVERIFY(py.ok());
        QCOMPARE(object(py->payload).value(QStringLiteral("v")).toInt(), 2);
        // Version 1 still runs the code it recorded.
        auto v1 = invokeAndWait(b, QStringLiteral("py-dev"), QStringLiteral("live"), "{}", 60000);
        QVERIFY(v1.ok());
        QCOMPARE(object(v1->payload).value(QStringLiteral("v")).toInt(), 1);

        // Re-import: updated, a new version for the changed code and configuration, the alias
        // moved; nothing doubled.
        write(templatePath, templateText(nodeRuntime, 512));
        project = samtemplate::parse(templatePath, {}, options);
        QVERIFY(project.ok());
        const SamImportReport again = samimport::importProject(b, project.value());
        QCOMPARE(again.failed(), 0);
        QCOMPARE(again.functions[0].action, QStringLiteral("updated"));
        QCOMPARE(again.functions[1].action, QStringLiteral("updated"));
        QCOMPARE(b.getFunction(QStringLiteral("NodeFn"))->memorySize, 512);
        QCOMPARE(b.getAlias(QStringLiteral("py-dev"), QStringLiteral("live"))->functionVersion, QStringLiteral("2"));
        QCOMPARE(b.listEventSourceMappings(QStringLiteral("NodeFn")).size(), 1);
        QCOMPARE(b.listSchedules()->size(), 1);
        QCOMPARE(QFileInfo(b.codeDir(QStringLiteral("NodeFn"))).symLinkTarget(), root + QStringLiteral("/src/node"));

        // A zip uploaded over it replaces the link, never the project's files; deleting the
        // function leaves them too.
        QTemporaryDir other;
        write(other.path() + QStringLiteral("/index.js"), "exports.handler = async () => ({ from: 'zip' });\n");
        auto zip = ziparchive::create(other.path());
        QVERIFY(zip.ok());
        const QByteArray projectNode = read(root + QStringLiteral("/src/node/index.js"));
        auto replaced = b.updateCode(QStringLiteral("NodeFn"), CodeSource::fromZip(zip.value()));
        QVERIFY2(replaced.ok(), replaced.ok() ? "" : qPrintable(replaced.error().message));
        QVERIFY(replaced->changed);
        QVERIFY(!QFileInfo(b.codeDir(QStringLiteral("NodeFn"))).isSymLink());
        QCOMPARE(read(root + QStringLiteral("/src/node/index.js")), projectNode);
        node = tb.invoke(QStringLiteral("NodeFn"));
        QVERIFY(node.ok());
        QCOMPARE(object(node->payload).value(QStringLiteral("from")).toString(), QStringLiteral("zip"));
        QVERIFY(b.deleteFunction(QStringLiteral("py-dev")).ok());
        QCOMPARE(read(root + QStringLiteral("/py/app.py")), edited);
    }

    void sameNameFromElsewhereIsRefused()
    {
        TestBackend tb;
        Backend &b = *tb.backend;
        QTemporaryDir projectDir;
        write(projectDir.path() + QStringLiteral("/fn/app.py"), "def handler(e, c):\n    return 1\n");
        write(projectDir.path() + QStringLiteral("/template.yaml"),
              QStringLiteral("Resources:\n  Taken:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                             "      CodeUri: fn\n      Handler: app.handler\n      Runtime: %1\n")
                  .arg(tb.runtime(RuntimeFamily::Python))
                  .toUtf8());
        QVERIFY(tb.create(tb.config(QStringLiteral("Taken"), RuntimeFamily::Python, QStringLiteral("app.handler")),
                          projectDir.path() + QStringLiteral("/fn"))
                    .ok());
        auto project = samtemplate::parse(projectDir.path() + QStringLiteral("/template.yaml"));
        QVERIFY(project.ok());
        const SamImportReport report = samimport::importProject(b, project.value());
        QCOMPARE(report.failed(), 1);
        QVERIFY(report.functions[0].detail.contains(QStringLiteral("not imported from this template")));
        QVERIFY(!QFileInfo(b.codeDir(QStringLiteral("Taken"))).isSymLink());
    }
};

QTEST_GUILESS_MAIN(TstSamImport)
#include "tst_samimport.moc"
