#include "samexport.h"

#include "model/destination.h"
#include "model/functionurl.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <string>

namespace lambdesk::sam {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

// A function's resource, for references from other resources (destinations).
struct Names
{
    QSet<QString> taken;
    QMap<QString, QString> functionByName; // function name -> logical id
    QMap<QString, QString> queueByName;    // local queue name -> logical id (AWS::SQS::Queue)
    QStringList queueOrder;

    QString unique(QString id)
    {
        if (id.isEmpty() || !id.at(0).isLetter())
            id.prepend(u'R');
        QString candidate = id;
        for (int n = 2; taken.contains(candidate); ++n)
            candidate = id + QString::number(n);
        taken.insert(candidate);
        return candidate;
    }
    QString queue(const QString &name)
    {
        if (auto it = queueByName.constFind(name); it != queueByName.cend())
            return it.value();
        const QString id = unique(logicalIdFor(name, QStringLiteral("Queue")));
        queueByName.insert(name, id);
        queueOrder << name;
        return id;
    }
};

void emitRef(YAML::Emitter &out, const QString &logicalId)
{
    out << YAML::LocalTag("Ref") << s(logicalId);
}

void emitGetAtt(YAML::Emitter &out, const QString &logicalId, const QString &attribute)
{
    out << YAML::LocalTag("GetAtt") << s(logicalId + u'.' + attribute);
}

void emitStringList(YAML::Emitter &out, const QStringList &list)
{
    out << YAML::BeginSeq;
    for (const QString &item : list)
        out << s(item);
    out << YAML::EndSeq;
}

Result<QString> relativeUri(const QString &base, const QString &dir, const QString &field)
{
    if (dir.isEmpty())
        return Error::invalid(field, QStringLiteral("%1 is required: the function's code folder").arg(field));
    const QString rel = QDir(base).relativeFilePath(QFileInfo(dir).absoluteFilePath());
    if (rel.startsWith(QStringLiteral("..")) || QDir::isAbsolutePath(rel))
        return Error::invalid(field, QStringLiteral("%1 must be a folder inside the template's folder %2; got %3")
                                         .arg(field, base, dir));
    return rel.isEmpty() ? QStringLiteral(".") : rel;
}

void emitCors(YAML::Emitter &out, const FunctionUrlCors &cors)
{
    out << YAML::BeginMap;
    if (cors.allowCredentials)
        out << YAML::Key << "AllowCredentials" << YAML::Value << true;
    if (!cors.allowHeaders.isEmpty())
        out << YAML::Key << "AllowHeaders" << YAML::Value, emitStringList(out, cors.allowHeaders);
    if (!cors.allowMethods.isEmpty())
        out << YAML::Key << "AllowMethods" << YAML::Value, emitStringList(out, cors.allowMethods);
    if (!cors.allowOrigins.isEmpty())
        out << YAML::Key << "AllowOrigins" << YAML::Value, emitStringList(out, cors.allowOrigins);
    if (!cors.exposeHeaders.isEmpty())
        out << YAML::Key << "ExposeHeaders" << YAML::Value, emitStringList(out, cors.exposeHeaders);
    if (cors.maxAge > 0)
        out << YAML::Key << "MaxAge" << YAML::Value << cors.maxAge;
    out << YAML::EndMap;
}

// A destination of EventInvokeConfig: {Type, Destination}; false when it cannot be said.
bool emitDestination(YAML::Emitter &out, const QString &arn, Names &names, const QString &where, QStringList *notes)
{
    const auto target = destination::parse(where, arn);
    if (!target) {
        notes->append(QStringLiteral("%1: %2 is not a target SAM can name; left out").arg(where, arn));
        return false;
    }
    out << YAML::Key << s(where.section(u'.', -1)) << YAML::Value << YAML::BeginMap;
    if (target->kind == destination::Target::Kind::Queue) {
        out << YAML::Key << "Type" << YAML::Value << "SQS" << YAML::Key << "Destination" << YAML::Value;
        emitGetAtt(out, names.queue(target->name), QStringLiteral("Arn"));
    } else {
        out << YAML::Key << "Type" << YAML::Value << "Lambda" << YAML::Key << "Destination" << YAML::Value;
        if (const QString id = names.functionByName.value(target->name); !id.isEmpty() && target->qualifier.isEmpty())
            emitGetAtt(out, id, QStringLiteral("Arn"));
        else {
            out << s(arn);
            notes->append(QStringLiteral("%1: function %2 is not in the export; its local ARN is kept, change it "
                                         "to the function's ARN on AWS")
                              .arg(where, destination::describe(arn)));
        }
    }
    out << YAML::EndMap;
    return true;
}

struct NamedEvent : Event
{
    QString name;
};

void emitEvent(YAML::Emitter &out, const NamedEvent &e, Names &names)
{
    out << YAML::Key << s(e.logicalId) << YAML::Value << YAML::BeginMap;
    switch (e.kind) {
    case Event::Kind::Api:
    case Event::Kind::HttpApi:
        out << YAML::Key << "Type" << YAML::Value << (e.kind == Event::Kind::Api ? "Api" : "HttpApi");
        out << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "Path" << YAML::Value << s(e.path.isEmpty() ? QStringLiteral("/") : e.path);
        out << YAML::Key << "Method" << YAML::Value << s(e.method.isEmpty() ? QStringLiteral("ANY") : e.method);
        out << YAML::EndMap;
        break;
    case Event::Kind::Schedule:
        out << YAML::Key << "Type" << YAML::Value << "Schedule";
        out << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "Schedule" << YAML::Value << s(e.scheduleExpression);
        if (!e.name.isEmpty()) // the rule's name: Lambdesk's schedule name
            out << YAML::Key << "Name" << YAML::Value << s(e.name);
        if (!e.input.isEmpty())
            out << YAML::Key << "Input" << YAML::Value << YAML::SingleQuoted << s(e.input);
        out << YAML::Key << "Enabled" << YAML::Value << e.enabled;
        out << YAML::EndMap;
        break;
    case Event::Kind::ScheduleV2:
        out << YAML::Key << "Type" << YAML::Value << "ScheduleV2";
        out << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "ScheduleExpression" << YAML::Value << s(e.scheduleExpression);
        if (!e.input.isEmpty())
            out << YAML::Key << "Input" << YAML::Value << YAML::SingleQuoted << s(e.input);
        out << YAML::Key << "State" << YAML::Value << (e.enabled ? "ENABLED" : "DISABLED");
        out << YAML::EndMap;
        break;
    case Event::Kind::Sqs:
        out << YAML::Key << "Type" << YAML::Value << "SQS";
        out << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "Queue" << YAML::Value;
        emitGetAtt(out, names.queue(e.queue), QStringLiteral("Arn"));
        out << YAML::Key << "BatchSize" << YAML::Value << e.batchSize;
        if (e.maximumBatchingWindowInSeconds > 0)
            out << YAML::Key << "MaximumBatchingWindowInSeconds" << YAML::Value << e.maximumBatchingWindowInSeconds;
        if (e.reportBatchItemFailures)
            out << YAML::Key << "FunctionResponseTypes" << YAML::Value << YAML::BeginSeq << "ReportBatchItemFailures"
                << YAML::EndSeq;
        if (e.maximumConcurrency > 0)
            out << YAML::Key << "ScalingConfig" << YAML::Value << YAML::BeginMap << YAML::Key << "MaximumConcurrency"
                << YAML::Value << e.maximumConcurrency << YAML::EndMap;
        out << YAML::Key << "Enabled" << YAML::Value << e.enabled;
        out << YAML::EndMap;
        break;
    case Event::Kind::Other:
        break; // filtered out by the caller
    }
    out << YAML::EndMap;
}

} // namespace

QString logicalIdFor(const QString &name, const QString &suffix)
{
    QString id;
    bool upper = true;
    for (const QChar c : name) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) {
            id += upper ? c.toUpper() : c;
            upper = false;
        } else
            upper = true;
    }
    if (id.isEmpty() || !id.at(0).isLetter())
        id.prepend(u'R');
    return id + suffix;
}

Result<ExportedTemplate> writeTemplate(const Project &project, const QMap<QString, FunctionExtras> &extras)
{
    ExportedTemplate result;
    const QString base = QFileInfo(project.templatePath).absolutePath();
    Names names;

    // Logical ids first: every reference must name a resource of this template.
    QList<Function> functions = project.functions;
    QMap<QString, QString> extrasKey; // new logical id -> the key of `extras`
    for (Function &f : functions) {
        if (f.config.runtime.isEmpty())
            return Error::invalid(QStringLiteral("Runtime"),
                                  QStringLiteral("Runtime is required for function %1").arg(f.config.name));
        if (f.config.handler.isEmpty())
            return Error::invalid(QStringLiteral("Handler"),
                                  QStringLiteral("Handler is required for function %1").arg(f.config.name));
        const QString key = f.logicalId;
        f.logicalId = names.unique(f.logicalId.isEmpty() ? logicalIdFor(f.config.name) : logicalIdFor(f.logicalId));
        extrasKey.insert(f.logicalId, key.isEmpty() ? f.logicalId : key);
        names.functionByName.insert(f.config.name, f.logicalId);
    }
    QMap<QString, QString> layerIds; // the project's logical id -> the template's
    for (const Layer &l : project.layers)
        layerIds.insert(l.logicalId, names.unique(logicalIdFor(l.logicalId.isEmpty() ? l.layerName : l.logicalId)));

    YAML::Emitter out;
    out.SetIndent(2);
    out.SetDoublePrecision(15); // 0.2, not 0.20000000000000001
    out << YAML::BeginMap;
    out << YAML::Key << "AWSTemplateFormatVersion" << YAML::Value << YAML::SingleQuoted << "2010-09-09";
    out << YAML::Key << "Transform" << YAML::Value << "AWS::Serverless-2016-10-31";
    out << YAML::Key << "Description" << YAML::Value
        << s(project.description.isEmpty() ? QStringLiteral("Exported from Lambdesk") : project.description);
    out << YAML::Key << "Resources" << YAML::Value << YAML::BeginMap;

    for (const Layer &l : project.layers) {
        const auto uri = relativeUri(base, l.contentDir, QStringLiteral("ContentUri"));
        if (!uri)
            return uri.error();
        out << YAML::Key << s(layerIds.value(l.logicalId)) << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "Type" << YAML::Value << "AWS::Serverless::LayerVersion";
        out << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "LayerName" << YAML::Value << s(l.layerName);
        if (!l.description.isEmpty())
            out << YAML::Key << "Description" << YAML::Value << s(l.description);
        out << YAML::Key << "ContentUri" << YAML::Value << s(uri.value());
        if (!l.compatibleRuntimes.isEmpty())
            out << YAML::Key << "CompatibleRuntimes" << YAML::Value, emitStringList(out, l.compatibleRuntimes);
        out << YAML::EndMap << YAML::EndMap;
    }

    for (const Function &f : std::as_const(functions)) {
        const FunctionConfig &c = f.config;
        const FunctionExtras x = extras.value(extrasKey.value(f.logicalId));
        const auto uri = relativeUri(base, f.codeDir, QStringLiteral("CodeUri"));
        if (!uri)
            return uri.error();
        out << YAML::Key << s(f.logicalId) << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "Type" << YAML::Value << "AWS::Serverless::Function";
        out << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "FunctionName" << YAML::Value << s(c.name);
        if (!c.description.isEmpty())
            out << YAML::Key << "Description" << YAML::Value << s(c.description);
        out << YAML::Key << "CodeUri" << YAML::Value << s(uri.value());
        out << YAML::Key << "Handler" << YAML::Value << s(c.handler);
        out << YAML::Key << "Runtime" << YAML::Value << s(c.runtime);
        out << YAML::Key << "MemorySize" << YAML::Value << c.memorySize;
        out << YAML::Key << "Timeout" << YAML::Value << c.timeout;
        if (c.ephemeralStorage != 512)
            out << YAML::Key << "EphemeralStorage" << YAML::Value << YAML::BeginMap << YAML::Key << "Size"
                << YAML::Value << c.ephemeralStorage << YAML::EndMap;
        if (!c.environment.isEmpty()) {
            out << YAML::Key << "Environment" << YAML::Value << YAML::BeginMap << YAML::Key << "Variables"
                << YAML::Value << YAML::BeginMap;
            for (auto it = c.environment.cbegin(); it != c.environment.cend(); ++it)
                out << YAML::Key << s(it.key()) << YAML::Value << YAML::DoubleQuoted << s(it.value());
            out << YAML::EndMap << YAML::EndMap;
        }
        if (!f.layerLogicalIds.isEmpty() || !c.layers.isEmpty()) {
            out << YAML::Key << "Layers" << YAML::Value << YAML::BeginSeq;
            for (const QString &id : f.layerLogicalIds) {
                if (!layerIds.contains(id))
                    return Error::invalid(QStringLiteral("Layers"),
                                          QStringLiteral("Layers of %1 names %2, which is not a layer of the project")
                                              .arg(c.name, id));
                emitRef(out, layerIds.value(id));
            }
            for (const QString &arn : c.layers)
                out << s(arn);
            out << YAML::EndSeq;
        }
        if (!f.autoPublishAlias.isEmpty())
            out << YAML::Key << "AutoPublishAlias" << YAML::Value << s(f.autoPublishAlias);
        if (f.url) {
            out << YAML::Key << "FunctionUrlConfig" << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "AuthType" << YAML::Value << s(functionurl::authTypeName(f.url->authType));
            if (f.url->cors && !f.url->cors->isEmpty())
                out << YAML::Key << "Cors" << YAML::Value, emitCors(out, *f.url->cors);
            out << YAML::Key << "InvokeMode" << YAML::Value << s(functionurl::invokeModeName(f.url->invokeMode));
            out << YAML::EndMap;
            if (!f.url->qualifier.isEmpty() && f.url->qualifier != f.autoPublishAlias)
                result.notes << QStringLiteral("%1: the function URL of alias %2 is written for %3")
                                    .arg(c.name, f.url->qualifier,
                                         f.autoPublishAlias.isEmpty() ? QStringLiteral("the function")
                                                                      : QStringLiteral("alias ") + f.autoPublishAlias);
        }
        if (x.reservedConcurrency)
            out << YAML::Key << "ReservedConcurrentExecutions" << YAML::Value << *x.reservedConcurrency;
        if (!c.deadLetterTarget.isEmpty()) {
            const auto target = destination::parse(QStringLiteral("DeadLetterConfig.TargetArn"), c.deadLetterTarget);
            if (target && target->kind == destination::Target::Kind::Queue) {
                out << YAML::Key << "DeadLetterQueue" << YAML::Value << YAML::BeginMap << YAML::Key << "Type"
                    << YAML::Value << "SQS" << YAML::Key << "TargetArn" << YAML::Value;
                emitGetAtt(out, names.queue(target->name), QStringLiteral("Arn"));
                out << YAML::EndMap;
            } else
                result.notes << QStringLiteral("%1: the dead-letter target %2 is left out: SAM's DeadLetterQueue "
                                               "takes an SQS queue or an SNS topic")
                                    .arg(c.name, destination::describe(c.deadLetterTarget));
        }
        if (x.eventInvokeConfig) {
            const EventInvokeConfig &e = *x.eventInvokeConfig;
            out << YAML::Key << "EventInvokeConfig" << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "MaximumEventAgeInSeconds" << YAML::Value << e.maxEventAgeSeconds();
            out << YAML::Key << "MaximumRetryAttempts" << YAML::Value << e.retries();
            if (!e.onSuccess.isEmpty() || !e.onFailure.isEmpty()) {
                out << YAML::Key << "DestinationConfig" << YAML::Value << YAML::BeginMap;
                if (!e.onSuccess.isEmpty())
                    emitDestination(out, e.onSuccess, names, QStringLiteral("EventInvokeConfig.OnSuccess"),
                                    &result.notes);
                if (!e.onFailure.isEmpty())
                    emitDestination(out, e.onFailure, names, QStringLiteral("EventInvokeConfig.OnFailure"),
                                    &result.notes);
                out << YAML::EndMap;
            }
            out << YAML::EndMap;
        }
        QList<Event> events;
        for (const Event &e : f.events) {
            if (e.kind == Event::Kind::Other)
                result.notes << QStringLiteral("%1: event %2 (%3) is left out: Lambdesk does not know its properties")
                                    .arg(c.name, e.logicalId, e.type);
            else
                events << e;
        }
        if (!events.isEmpty()) {
            out << YAML::Key << "Events" << YAML::Value << YAML::BeginMap;
            QSet<QString> eventIds;
            for (const Event &event : std::as_const(events)) {
                NamedEvent e{event, event.kind == Event::Kind::Schedule ? event.logicalId : QString()};
                QString id = logicalIdFor(e.logicalId.isEmpty() ? e.type : e.logicalId);
                for (int n = 2; eventIds.contains(id); ++n)
                    id = logicalIdFor(e.logicalId.isEmpty() ? e.type : e.logicalId) + QString::number(n);
                eventIds.insert(id);
                e.logicalId = id;
                emitEvent(out, e, names);
            }
            out << YAML::EndMap;
        }
        out << YAML::EndMap << YAML::EndMap; // Properties, the function

        // The aliases AutoPublishAlias does not make: a version resource per version they name
        // (all of them publish the code of this template: Lambda keeps no older code here).
        QMap<QString, QString> versionIds; // local version number -> logical id
        for (const FunctionAlias &a : x.aliases)
            for (const QString &v : {a.functionVersion, a.additionalVersion})
                if (!v.isEmpty() && v != u"$LATEST" && !versionIds.contains(v))
                    versionIds.insert(v, names.unique(f.logicalId + QStringLiteral("Version") + v));
        if (versionIds.size() > 1)
            result.notes << QStringLiteral("%1: versions %2 are each published from the exported code; on AWS they "
                                           "hold the same code until you deploy the older code to them")
                                .arg(c.name, QStringList(versionIds.keys()).join(QStringLiteral(", ")));
        for (auto it = versionIds.cbegin(); it != versionIds.cend(); ++it) {
            out << YAML::Key << s(it.value()) << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "Type" << YAML::Value << "AWS::Lambda::Version";
            out << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "FunctionName" << YAML::Value;
            emitRef(out, f.logicalId);
            out << YAML::Key << "Description" << YAML::Value
                << s(QStringLiteral("Version %1 of %2 in Lambdesk").arg(it.key(), c.name));
            out << YAML::EndMap << YAML::EndMap;
        }
        const auto emitVersion = [&](const QString &v) {
            if (v == u"$LATEST")
                out << "$LATEST";
            else
                emitGetAtt(out, versionIds.value(v), QStringLiteral("Version"));
        };
        for (const FunctionAlias &a : x.aliases) {
            out << YAML::Key << s(names.unique(f.logicalId + QStringLiteral("Alias") + logicalIdFor(a.name)))
                << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "Type" << YAML::Value << "AWS::Lambda::Alias";
            out << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "Name" << YAML::Value << s(a.name);
            out << YAML::Key << "FunctionName" << YAML::Value;
            emitRef(out, f.logicalId);
            out << YAML::Key << "FunctionVersion" << YAML::Value;
            emitVersion(a.functionVersion);
            if (!a.description.isEmpty())
                out << YAML::Key << "Description" << YAML::Value << s(a.description);
            if (a.isWeighted()) {
                out << YAML::Key << "RoutingConfig" << YAML::Value << YAML::BeginMap << YAML::Key
                    << "AdditionalVersionWeights" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
                out << YAML::Key << "FunctionVersion" << YAML::Value;
                emitVersion(a.additionalVersion);
                out << YAML::Key << "FunctionWeight" << YAML::Value << a.additionalWeight;
                out << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
            }
            out << YAML::EndMap << YAML::EndMap;
        }
    }

    // The queues the functions name (SQS events, dead-letter queues, destinations).
    for (const QString &queue : std::as_const(names.queueOrder)) {
        out << YAML::Key << s(names.queueByName.value(queue)) << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "Type" << YAML::Value << "AWS::SQS::Queue";
        out << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap << YAML::Key << "QueueName" << YAML::Value
            << s(queue) << YAML::EndMap;
        out << YAML::EndMap;
    }
    out << YAML::EndMap; // Resources
    out << YAML::EndMap;
    if (!out.good())
        return Error::internal(QStringLiteral("The template could not be written: %1")
                                   .arg(QString::fromStdString(out.GetLastError())));
    result.yaml = QByteArray(out.c_str(), qsizetype(out.size()));
    result.yaml.append('\n');
    return result;
}

} // namespace lambdesk::sam
