#pragma once

#include "io/samproject.h"
#include "model/error.h"
#include "model/eventinvokeconfig.h"
#include "model/functionalias.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Writes a SAM template.yaml from a sam::Project (the reverse of samtemplate.h), with yaml-cpp's
// emitter and the short-form tags SAM users write (!Ref, !GetAtt). What the template says is
// what `sam validate` accepts (AWS::Serverless-2016-10-31; tst_samexport checks the rules this
// relies on); what SAM has no property for is said in `notes`, never dropped silently.
namespace lambdesk::sam {

// What a function has beyond sam::Function that SAM (or CloudFormation) has a place for.
struct FunctionExtras
{
    // Aliases other than the function's AutoPublishAlias: each becomes an AWS::Lambda::Alias,
    // the versions they name AWS::Lambda::Version resources (RoutingConfig for a weighted one).
    QList<FunctionAlias> aliases;
    std::optional<int> reservedConcurrency;             // ReservedConcurrentExecutions
    std::optional<EventInvokeConfig> eventInvokeConfig; // EventInvokeConfig ($LATEST's)
};

struct ExportedTemplate
{
    QByteArray yaml;
    QStringList notes; // what could not be said in the template, and why
};

// `extras` by function logical id. CodeUri/ContentUri are made relative to the folder of
// project.templatePath. Dead-letter targets, SQS event queues and destinations that are local
// queues become AWS::SQS::Queue resources named as the local queue (QueueName), referenced with
// !GetAtt <Queue>.Arn. An error names the field when the project cannot be written (a function
// without a runtime or a handler, a code folder outside the template's folder).
Result<ExportedTemplate> writeTemplate(const Project &project, const QMap<QString, FunctionExtras> &extras = {});

// A CloudFormation logical id (alphanumeric, starting with a letter) made from a name:
// "my-func_2" -> "MyFunc2"; `suffix` appended ("Queue", "Layer").
QString logicalIdFor(const QString &name, const QString &suffix = {});

} // namespace lambdesk::sam
