#pragma once

// The rules of a SAM template that `sam validate` checks and that Lambdesk's export relies on,
// checked on the text with yaml-cpp (SAM CLI is not installable here): the header, every
// resource's Type and Properties, the required properties and the types of the ones we write,
// every !Ref / !GetAtt naming a resource of the template (with an attribute that type has), and
// every CodeUri / ContentUri a folder next to the template. Shared by tst_samexport and
// tst_samroundtrip.

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace samchecks {

inline QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

struct TypeRules
{
    QStringList required;
    QStringList allowed; // besides required
    QStringList attributes; // what !GetAtt may ask for
};

inline const QMap<QString, TypeRules> &rules()
{
    static const QMap<QString, TypeRules> r{
        {QStringLiteral("AWS::Serverless::Function"),
         {{},
          {QStringLiteral("FunctionName"), QStringLiteral("Description"), QStringLiteral("CodeUri"),
           QStringLiteral("InlineCode"), QStringLiteral("Handler"), QStringLiteral("Runtime"),
           QStringLiteral("MemorySize"), QStringLiteral("Timeout"), QStringLiteral("EphemeralStorage"),
           QStringLiteral("Environment"), QStringLiteral("Layers"), QStringLiteral("AutoPublishAlias"),
           QStringLiteral("FunctionUrlConfig"), QStringLiteral("ReservedConcurrentExecutions"),
           QStringLiteral("DeadLetterQueue"), QStringLiteral("EventInvokeConfig"), QStringLiteral("Events"),
           QStringLiteral("Role")},
          {QStringLiteral("Arn")}}},
        {QStringLiteral("AWS::Serverless::LayerVersion"),
         {{QStringLiteral("ContentUri")},
          {QStringLiteral("LayerName"), QStringLiteral("Description"), QStringLiteral("CompatibleRuntimes")},
          {}}},
        {QStringLiteral("AWS::Lambda::Version"),
         {{QStringLiteral("FunctionName")}, {QStringLiteral("Description")}, {QStringLiteral("Version")}}},
        {QStringLiteral("AWS::Lambda::Alias"),
         {{QStringLiteral("FunctionName"), QStringLiteral("FunctionVersion"), QStringLiteral("Name")},
          {QStringLiteral("Description"), QStringLiteral("RoutingConfig")},
          {}}},
        {QStringLiteral("AWS::SQS::Queue"), {{}, {QStringLiteral("QueueName")}, {QStringLiteral("Arn")}}},
    };
    return r;
}

inline bool isInt(const YAML::Node &n)
{
    if (!n.IsScalar() || (!n.Tag().empty() && n.Tag() != "?"))
        return false;
    bool ok = false;
    q(n.Scalar()).toInt(&ok);
    return ok;
}

// Walks every node: !Ref and !GetAtt must name resources (and attributes) of the template.
inline void checkReferences(const YAML::Node &n, const YAML::Node &resources, QStringList *problems)
{
    if (n.Tag() == "!Ref") {
        const QString target = q(n.Scalar());
        if (!target.startsWith(QStringLiteral("AWS::")) && !resources[n.Scalar()])
            problems->append(QStringLiteral("!Ref %1 names no resource").arg(target));
    } else if (n.Tag() == "!GetAtt") {
        const QString text = q(n.Scalar());
        const QString id = text.section(u'.', 0, 0), attribute = text.section(u'.', 1);
        const YAML::Node r = resources[id.toStdString()];
        if (!r)
            problems->append(QStringLiteral("!GetAtt %1 names no resource").arg(text));
        else if (!rules().value(q(r["Type"].as<std::string>())).attributes.contains(attribute))
            problems->append(QStringLiteral("!GetAtt %1: %2 has no attribute %3")
                                 .arg(text, q(r["Type"].as<std::string>()), attribute));
    } else if (!n.Tag().empty() && n.Tag() != "?" && n.Tag() != "!") {
        problems->append(QStringLiteral("unknown tag %1").arg(q(n.Tag())));
    }
    if (n.IsMap())
        for (const auto &kv : n)
            checkReferences(kv.second, resources, problems);
    else if (n.IsSequence())
        for (const auto &item : n)
            checkReferences(item, resources, problems);
}

inline QStringList check(const QString &templatePath)
{
    QStringList problems;
    YAML::Node doc;
    try {
        doc = YAML::LoadFile(templatePath.toStdString());
    } catch (const YAML::Exception &e) {
        return {QStringLiteral("not YAML: %1").arg(q(e.what()))};
    }
    const QDir base = QFileInfo(templatePath).absoluteDir();
    if (!doc["AWSTemplateFormatVersion"] || doc["AWSTemplateFormatVersion"].as<std::string>() != "2010-09-09")
        problems << QStringLiteral("AWSTemplateFormatVersion must be '2010-09-09'");
    if (!doc["Transform"] || doc["Transform"].as<std::string>() != "AWS::Serverless-2016-10-31")
        problems << QStringLiteral("Transform must be AWS::Serverless-2016-10-31");
    const YAML::Node resources = doc["Resources"];
    if (!resources || !resources.IsMap() || resources.size() == 0)
        return problems << QStringLiteral("Resources must be a non-empty map");
    for (const auto &kv : resources) {
        const QString id = q(kv.first.as<std::string>());
        for (const QChar c : id)
            if (!c.isLetterOrNumber() || c.unicode() > 127)
                problems << QStringLiteral("%1: a logical id must be alphanumeric").arg(id);
        const YAML::Node r = kv.second;
        const QString type = r["Type"] ? q(r["Type"].as<std::string>()) : QString();
        if (!rules().contains(type)) {
            problems << QStringLiteral("%1: unexpected Type %2").arg(id, type);
            continue;
        }
        const TypeRules &rule = rules().value(type);
        const YAML::Node props = r["Properties"];
        if (!props || !props.IsMap()) {
            if (!rule.required.isEmpty())
                problems << QStringLiteral("%1: Properties missing").arg(id);
            continue;
        }
        for (const QString &p : rule.required)
            if (!props[p.toStdString()])
                problems << QStringLiteral("%1: %2 is required").arg(id, p);
        for (const auto &p : props)
            if (!rule.required.contains(q(p.first.as<std::string>()))
                && !rule.allowed.contains(q(p.first.as<std::string>())))
                problems << QStringLiteral("%1: %2 is not a property of %3").arg(id, q(p.first.as<std::string>()), type);
        if (type == u"AWS::Serverless::Function") {
            // Without InlineCode: CodeUri, Handler and Runtime (a zip package).
            for (const char *p : {"CodeUri", "Handler", "Runtime"})
                if (!props[p])
                    problems << QStringLiteral("%1: %2 is required").arg(id, QLatin1String(p));
            for (const char *p : {"MemorySize", "Timeout", "ReservedConcurrentExecutions"})
                if (props[p] && !isInt(props[p]))
                    problems << QStringLiteral("%1: %2 must be an integer").arg(id, QLatin1String(p));
            if (props["MemorySize"] && isInt(props["MemorySize"])
                && (props["MemorySize"].as<int>() < 128 || props["MemorySize"].as<int>() > 10240))
                problems << QStringLiteral("%1: MemorySize must be 128-10240").arg(id);
            if (props["Timeout"] && isInt(props["Timeout"])
                && (props["Timeout"].as<int>() < 1 || props["Timeout"].as<int>() > 900))
                problems << QStringLiteral("%1: Timeout must be 1-900").arg(id);
            if (props["EphemeralStorage"] && !isInt(props["EphemeralStorage"]["Size"]))
                problems << QStringLiteral("%1: EphemeralStorage.Size must be an integer").arg(id);
            if (props["Environment"]) {
                const YAML::Node vars = props["Environment"]["Variables"];
                if (!vars || !vars.IsMap())
                    problems << QStringLiteral("%1: Environment.Variables must be a map").arg(id);
                else
                    for (const auto &v : vars)
                        if (!v.second.IsScalar())
                            problems << QStringLiteral("%1: Environment variable %2 must be a string")
                                            .arg(id, q(v.first.as<std::string>()));
            }
            if (props["Layers"] && !props["Layers"].IsSequence())
                problems << QStringLiteral("%1: Layers must be a list").arg(id);
            if (const YAML::Node url = props["FunctionUrlConfig"]) {
                const QString auth = url["AuthType"] ? q(url["AuthType"].as<std::string>()) : QString();
                if (auth != u"NONE" && auth != u"AWS_IAM")
                    problems << QStringLiteral("%1: FunctionUrlConfig.AuthType must be NONE or AWS_IAM").arg(id);
                if (url["InvokeMode"] && url["InvokeMode"].as<std::string>() != "BUFFERED"
                    && url["InvokeMode"].as<std::string>() != "RESPONSE_STREAM")
                    problems << QStringLiteral("%1: FunctionUrlConfig.InvokeMode must be BUFFERED or RESPONSE_STREAM")
                                    .arg(id);
            }
            if (const YAML::Node dlq = props["DeadLetterQueue"])
                if (!dlq["Type"] || !dlq["TargetArn"]
                    || (dlq["Type"].as<std::string>() != "SQS" && dlq["Type"].as<std::string>() != "SNS"))
                    problems << QStringLiteral("%1: DeadLetterQueue needs Type (SQS or SNS) and TargetArn").arg(id);
            if (const YAML::Node events = props["Events"]) {
                for (const auto &e : events) {
                    const QString where = id + QStringLiteral(".Events.") + q(e.first.as<std::string>());
                    const QString etype = e.second["Type"] ? q(e.second["Type"].as<std::string>()) : QString();
                    const YAML::Node ep = e.second["Properties"];
                    const QMap<QString, QStringList> eventRequired{
                        {QStringLiteral("Schedule"), {QStringLiteral("Schedule")}},
                        {QStringLiteral("ScheduleV2"), {QStringLiteral("ScheduleExpression")}},
                        {QStringLiteral("SQS"), {QStringLiteral("Queue")}},
                        {QStringLiteral("Api"), {QStringLiteral("Path"), QStringLiteral("Method")}},
                        {QStringLiteral("HttpApi"), {}}};
                    if (!eventRequired.contains(etype)) {
                        problems << QStringLiteral("%1: unexpected event Type %2").arg(where, etype);
                        continue;
                    }
                    for (const QString &p : eventRequired.value(etype))
                        if (!ep || !ep[p.toStdString()])
                            problems << QStringLiteral("%1: %2 is required").arg(where, p);
                    if (etype == u"SQS" && ep && ep["BatchSize"] && !isInt(ep["BatchSize"]))
                        problems << QStringLiteral("%1: BatchSize must be an integer").arg(where);
                }
            }
        }
        for (const char *uri : {"CodeUri", "ContentUri"}) {
            if (!props[uri])
                continue;
            const QString rel = q(props[uri].as<std::string>());
            if (QDir::isAbsolutePath(rel) || rel.startsWith(QStringLiteral("..")))
                problems << QStringLiteral("%1: %2 %3 must be relative to the template, inside its folder")
                                .arg(id, QLatin1String(uri), rel);
            else if (!QFileInfo(base.filePath(rel)).isDir())
                problems << QStringLiteral("%1: %2 %3 is not a folder").arg(id, QLatin1String(uri), rel);
        }
    }
    checkReferences(doc, resources, &problems);
    return problems;
}

} // namespace samchecks
