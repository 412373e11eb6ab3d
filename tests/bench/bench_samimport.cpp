// Opening a SAM project of 50 functions (issue 15's target: under 1 s): a generated template
// (Globals, a parameter, !Sub names, HttpApi, Schedule and SQS events, a layer-less mix of
// Python and Node functions, each in its own folder) parsed (median of several runs), then
// imported into a fresh workspace (every function created, linked to its folder, its URL,
// schedule or queue made) and imported again (nothing changed: nothing written). Asserts nothing.
//
//   bench_samimport [--functions N] [--rounds R]
#include "benchbackend.h"
#include "samimport.h"
#include "benchsupport.h"
#include "io/samtemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace lambdesk;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
}

QString makeProject(const QString &root, int functions, const QString &python, const QString &node)
{
    QByteArray yaml = "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n"
                      "Parameters:\n  Stage: {Type: String, Default: dev, AllowedValues: [dev, prod]}\n"
                      "Globals:\n  Function:\n    Timeout: 10\n    MemorySize: 256\n"
                      "    Environment:\n      Variables:\n        STAGE: !Ref Stage\n"
                      "Resources:\n  Jobs: {Type: AWS::SQS::Queue}\n";
    for (int i = 0; i < functions; ++i) {
        const bool isNode = i % 2 == 1;
        const QByteArray n = QByteArray::number(i);
        const QString dir = root + QStringLiteral("/src/fn") + QString::number(i);
        if (isNode)
            write(dir + QStringLiteral("/index.js"), "exports.handler = async (e) => ({ n: " + n + " });\n");
        else
            write(dir + QStringLiteral("/app.py"), "def handler(event, context):\n    return {'n': " + n + "}\n");
        yaml += "  Fn" + n + ":\n    Type: AWS::Serverless::Function\n    Properties:\n"
                "      FunctionName: !Sub '${AWS::StackName}-fn" + n + "-${Stage}'\n"
                "      CodeUri: src/fn" + n + "\n"
                "      Handler: " + (isNode ? "index.handler" : "app.handler") + "\n"
                "      Runtime: " + (isNode ? node : python).toUtf8() + "\n"
                "      Events:\n";
        switch (i % 3) {
        case 0:
            yaml += "        Get: {Type: HttpApi, Properties: {Path: /fn" + n + ", Method: GET}}\n";
            break;
        case 1:
            yaml += "        Tick: {Type: Schedule, Properties: {Schedule: rate(1 hour), Enabled: false}}\n";
            break;
        default:
            yaml += "        Jobs: {Type: SQS, Properties: {Queue: !GetAtt Jobs.Arn, BatchSize: 5}}\n";
            break;
        }
    }
    const QString path = root + QStringLiteral("/template.yaml");
    write(path, yaml);
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int functions = 50;
    int rounds = 20;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--functions")
            functions = args[i + 1].toInt();
        else if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
    }
    auto b = bench::startPythonBackend();
    if (!b)
        return 1;
    const RuntimeInfo *node = b->backend->runtimes().preferred(RuntimeFamily::Node);
    if (!node) {
        std::fprintf(stderr, "no Node runtime on this machine\n");
        return 1;
    }
    QTemporaryDir projectDir;
    const QString templatePath = makeProject(projectDir.path(), functions, b->python->id, node->id);

    samtemplate::Options options;
    options.region = b->backend->region();
    int parsedFunctions = 0;
    const double parseMs = bench::medianMs(rounds, [&] {
        auto p = samtemplate::parse(templatePath, {}, options);
        if (!p)
            qFatal("parse: %s", qPrintable(p.error().message));
        parsedFunctions = int(p->functions.size());
    });

    auto project = samtemplate::parse(templatePath, {}, options);
    QElapsedTimer t;
    t.start();
    const SamImportReport dry = samimport::importProject(*b->backend, project.value(), true);
    const double dryMs = bench::msSince(t);
    t.restart();
    const SamImportReport first = samimport::importProject(*b->backend, project.value());
    const double importMs = bench::msSince(t);
    t.restart();
    const SamImportReport again = samimport::importProject(*b->backend, project.value());
    const double reimportMs = bench::msSince(t);

    std::printf("SAM project of %d functions (%d parsed)\n", functions, parsedFunctions);
    std::printf("  parse template.yaml (median of %d):   %8.2f ms\n", rounds, parseMs);
    std::printf("  open = parse + plan (dry run):        %8.2f ms\n", parseMs + dryMs);
    std::printf("  import into a fresh workspace:        %8.2f ms (%.2f ms a function, %d failed)\n", importMs,
                importMs / functions, first.failed());
    std::printf("  import again (nothing changed):        %8.2f ms (%d failed)\n", reimportMs, again.failed());
    b->backend->stop();
    return first.failed() + again.failed() + dry.failed() > 0 ? 1 : 0;
}
