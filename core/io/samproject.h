#pragma once

#include "model/error.h"
#include "model/functionconfig.h"
#include "model/functionurl.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// A SAM (or plain CloudFormation) project as Lambdesk reads and writes it: what samtemplate.h
// parses out of template.yaml and what samexport.h writes into one. Plain values; the Backend
// turns them into functions (Backend::importSamProject) and back (Backend::exportSamProject).
namespace lambdesk::sam {

// One entry of a function's Events.
struct Event
{
    enum class Kind { Api, HttpApi, Schedule, ScheduleV2, Sqs, Other };
    QString logicalId; // its key under Events
    Kind kind = Kind::Other;
    QString type;      // as written: Api, HttpApi, Schedule, ScheduleV2, SQS, S3, ...
    // Api / HttpApi
    QString path;   // e.g. /items/{id}
    QString method; // e.g. get, ANY
    // Schedule / ScheduleV2
    QString scheduleExpression; // rate(5 minutes), cron(...), at(...)
    QString input;              // JSON text; empty: the Scheduled Event
    bool enabled = true;
    // SQS
    QString queue; // the queue's name (from its ARN, a !GetAtt Queue.Arn or a literal)
    int batchSize = 10;
    int maximumBatchingWindowInSeconds = 0;
    bool reportBatchItemFailures = false; // FunctionResponseTypes: [ReportBatchItemFailures]
    int maximumConcurrency = 0;           // ScalingConfig.MaximumConcurrency; 0: none

    bool operator==(const Event &) const = default;
};

// One AWS::Serverless::Function or AWS::Lambda::Function, intrinsics resolved, Globals applied.
struct Function
{
    QString logicalId;
    QString resourceType;  // AWS::Serverless::Function or AWS::Lambda::Function
    FunctionConfig config; // name (FunctionName, else the logical id), runtime, handler, memory,
                           // timeout, ephemeral storage, environment, description, layers (ARNs)
    QString codeDir;       // absolute: CodeUri (or Code) resolved against the template's folder
    QString autoPublishAlias;                // empty: none
    std::optional<FunctionUrlConfig> url;    // FunctionUrlConfig (urlId empty: made on import)
    QList<Event> events;
    QStringList layerLogicalIds; // Layers given as !Ref to AWS::Serverless::LayerVersion resources
    // InlineCode (Serverless) / Code.ZipFile (Lambda): the handler's source itself; codeDir is
    // empty then. Import writes it as the handler's file (a workspace copy: the template keeps it).
    QString inlineCode;

    bool operator==(const Function &) const = default;
};

// A layer defined in the template (AWS::Serverless::LayerVersion / AWS::Lambda::LayerVersion).
struct Layer
{
    QString logicalId;
    QString layerName;  // LayerName, else the logical id
    QString contentDir; // absolute: ContentUri resolved against the template's folder
    QString description;
    QStringList compatibleRuntimes;

    bool operator==(const Layer &) const = default;
};

// Something in the template that cannot be honoured locally, and why; never dropped silently.
struct Unsupported
{
    QString resource; // logical id, or "LogicalId.Events.Name", or "LogicalId.Property"
    QString type;     // resource or event type, or the property name
    QString why;      // e.g. "S3 events need an S3 bucket; Lambdesk has no local S3"

    bool operator==(const Unsupported &) const = default;
};

struct Project
{
    QString templatePath; // absolute
    QString description;
    QMap<QString, QString> parameters; // resolved values (defaults, or the overrides given)
    QList<Function> functions;
    QList<Layer> layers;
    QList<Unsupported> unsupported;
    // AWS::SQS::Queue resources (their QueueName, else the logical id): made as local queues.
    QStringList queues;
};

} // namespace lambdesk::sam
