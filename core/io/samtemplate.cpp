#include "samtemplate.h"

#include "samevents.h"
#include "samintrinsics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace lambdesk::samtemplate {

using namespace detail;

namespace {

N fromYaml(const YAML::Node &y)
{
    N n;
    const YAML::Mark m = y.Mark();
    n.line = m.line + 1;
    n.col = m.column + 1;
    const std::string &tag = y.Tag();
    if (tag.size() > 1 && tag[0] == '!' && tag[1] != '!')
        n.tag = QString::fromStdString(tag);
    switch (y.Type()) {
    case YAML::NodeType::Scalar:
        n.kind = N::Scalar;
        n.s = QString::fromStdString(y.Scalar());
        break;
    case YAML::NodeType::Sequence:
        n.kind = N::Seq;
        n.seq.reserve(y.size());
        for (const auto &item : y)
            n.seq.push_back(fromYaml(item));
        break;
    case YAML::NodeType::Map:
        n.kind = N::Map;
        for (const auto &kv : y)
            n.map.push_back(NEntry{QString::fromStdString(kv.first.Scalar()), fromYaml(kv.second)});
        break;
    default:
        n.kind = N::Null;
        break;
    }
    return n;
}

// SAM's Globals: maps merged key by key (the resource's win), lists appended (the globals'
// first), anything else replaced by the resource's.
N mergeGlobals(const N &global, const N &local)
{
    if (isPlainMap(global) && isPlainMap(local)) {
        N out = global;
        out.line = local.line;
        out.col = local.col;
        for (const auto &[k, v] : local.map) {
            bool merged = false;
            for (auto &[gk, gv] : out.map) {
                if (gk == k) {
                    gv = mergeGlobals(gv, v);
                    merged = true;
                    break;
                }
            }
            if (!merged)
                out.map.push_back(NEntry{k, v});
        }
        return out;
    }
    if (global.kind == N::Seq && local.kind == N::Seq && global.tag.isEmpty() && local.tag.isEmpty()) {
        N out = global;
        out.line = local.line;
        out.col = local.col;
        for (const N &v : local.seq)
            out.seq.push_back(v);
        return out;
    }
    return local;
}

struct Parsed
{
    N root;
};

Result<Parsed> load(const QByteArray &yaml, const QString &templatePath)
{
    try {
        const YAML::Node y = YAML::Load(yaml.toStdString());
        Parsed p{fromYaml(y)};
        if (p.root.kind != N::Map)
            return Error::invalid(QStringLiteral("Template"),
                                  QStringLiteral("%1:1:1: a template must be a map with Resources").arg(templatePath));
        return p;
    } catch (const YAML::Exception &e) {
        return Error::invalid(QStringLiteral("Template"), QStringLiteral("%1:%2:%3: not valid YAML: %4")
                                                              .arg(templatePath)
                                                              .arg(e.mark.line + 1)
                                                              .arg(e.mark.column + 1)
                                                              .arg(QString::fromStdString(e.msg)));
    }
}

Result<QByteArray> readTemplate(const QString &templatePath)
{
    QFile f(templatePath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("Template"),
                              QStringLiteral("Cannot read the template %1: %2").arg(templatePath, f.errorString()));
    return f.readAll();
}

void readParameters(Resolver &r, const N *declared, const QMap<QString, QString> &overrides, sam::Project &project)
{
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!declared || !declared->get(it.key())) {
            QStringList names;
            if (declared)
                for (const auto &[k, v] : declared->map)
                    names << k;
            throw Fail{Error::invalid(it.key(), QStringLiteral("Parameter override %1 names no parameter of the "
                                                               "template (its parameters: %2)")
                                                    .arg(it.key(), names.isEmpty() ? QStringLiteral("none")
                                                                                   : names.join(QStringLiteral(", "))))};
        }
    }
    if (!declared)
        return;
    for (const auto &[name, decl] : declared->map) {
        const N *typeNode = decl.get(QStringLiteral("Type"));
        const QString type = typeNode ? r.str(*typeNode, name + QStringLiteral(".Type")) : QStringLiteral("String");
        QString value;
        if (overrides.contains(name)) {
            value = overrides.value(name);
        } else if (const N *def = decl.get(QStringLiteral("Default"))) {
            if (def->kind == N::Seq)
                value = toList(r, *def, name).join(u',');
            else
                value = r.str(*def, name);
        } else {
            r.fail(decl, name,
                   QStringLiteral("Parameter %1 has no Default and no value was given (--parameter-overrides %1=VALUE)")
                       .arg(name));
        }
        const bool isList = type == u"CommaDelimitedList" || type.startsWith(u"List<");
        const QStringList items = isList ? value.split(u',') : QStringList{value};
        if (type == u"Number" || type == u"List<Number>") {
            for (const QString &i : items) {
                bool ok = false;
                i.trimmed().toDouble(&ok);
                if (!ok)
                    r.fail(decl, name,
                           QStringLiteral("Parameter %1 is a %2; \"%3\" is not a number").arg(name, type, i));
            }
        }
        if (const N *allowed = decl.get(QStringLiteral("AllowedValues"))) {
            const QStringList values = toList(r, *allowed, name + QStringLiteral(".AllowedValues"));
            for (const QString &i : items)
                if (!values.contains(i))
                    r.fail(*allowed, name,
                           QStringLiteral("Parameter %1: \"%2\" is not one of its AllowedValues (%3)")
                               .arg(name, i, values.join(QStringLiteral(", "))));
        }
        if (const N *pattern = decl.get(QStringLiteral("AllowedPattern"))) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(r.str(*pattern, name)));
            if (re.isValid() && !re.match(value).hasMatch())
                r.fail(*pattern, name,
                       QStringLiteral("Parameter %1: \"%2\" does not match its AllowedPattern %3")
                           .arg(name, value, pattern->s));
        }
        if (const N *minLen = decl.get(QStringLiteral("MinLength")); minLen && value.size() < minLen->s.toInt())
            r.fail(*minLen, name, QStringLiteral("Parameter %1 must be at least %2 characters").arg(name, minLen->s));
        if (const N *maxLen = decl.get(QStringLiteral("MaxLength")); maxLen && value.size() > maxLen->s.toInt())
            r.fail(*maxLen, name, QStringLiteral("Parameter %1 must be at most %2 characters").arg(name, maxLen->s));
        if (const N *minV = decl.get(QStringLiteral("MinValue")); minV && value.toDouble() < minV->s.toDouble())
            r.fail(*minV, name, QStringLiteral("Parameter %1 must be at least %2").arg(name, minV->s));
        if (const N *maxV = decl.get(QStringLiteral("MaxValue")); maxV && value.toDouble() > maxV->s.toDouble())
            r.fail(*maxV, name, QStringLiteral("Parameter %1 must be at most %2").arg(name, maxV->s));
        if (type.startsWith(u"AWS::SSM::"))
            project.unsupported.append({name, type,
                                        QStringLiteral("SSM parameters cannot be read locally: the value given (\"%1\") "
                                                       "is used as it is")
                                            .arg(value)});
        N v;
        if (isList) {
            v.kind = N::Seq;
            for (const QString &i : items)
                v.seq.push_back(scalar(i, decl));
        } else {
            v = scalar(value, decl);
        }
        r.params.insert(name, v);
        project.parameters.insert(name, value);
    }
}

// Fills `f` from the function's resolved properties; false when it cannot run locally (listed).
bool readFunction(Resolver &r, const N &props, sam::Function &f, sam::Project &project, const N &resource)
{
    const bool serverless = f.resourceType == u"AWS::Serverless::Function";
    FunctionConfig &c = f.config;
    c.name = functionNameFromLogicalId(f.logicalId);
    bool runnable = true;
    auto drop = [&](const QString &type, const QString &why) {
        project.unsupported.append({f.logicalId, type, why});
        runnable = false;
    };
    auto codePath = [&](const N &v, const QString &field) {
        const QString uri = r.str(v, field);
        if (uri.startsWith(u"s3://")) {
            drop(field, QStringLiteral("the code is in S3 (%1), which Lambdesk cannot fetch; build the project "
                                       "(sam build) and open .aws-sam/build/template.yaml, or point %2 at a folder")
                            .arg(uri, field));
            return;
        }
        const QString path = QDir::cleanPath(QDir(r.dir).absoluteFilePath(uri));
        const QFileInfo info(path);
        if (!info.exists())
            drop(field, QStringLiteral("%1 \"%2\" is %3, which does not exist").arg(field, uri, path));
        else if (info.isFile() && !path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            drop(field, QStringLiteral("%1 \"%2\" is a file that is not a .zip; give a folder").arg(field, uri));
        else
            f.codeDir = path;
    };
    for (const auto &[k, v] : props.map) {
        if (k == u"FunctionName")
            c.name = r.str(v, k);
        else if (k == u"Handler")
            c.handler = r.str(v, k);
        else if (k == u"Runtime")
            c.runtime = r.str(v, k);
        else if (k == u"Description")
            c.description = r.str(v, k);
        else if (k == u"MemorySize")
            c.memorySize = toInt(r, v, k, 1, 1 << 20);
        else if (k == u"Timeout")
            c.timeout = toInt(r, v, k, 0, 1 << 20);
        else if (k == u"EphemeralStorage") {
            if (const N *s = v.get(QStringLiteral("Size")))
                c.ephemeralStorage = toInt(r, *s, QStringLiteral("EphemeralStorage.Size"), 1, 1 << 20);
        } else if (k == u"Environment") {
            if (const N *vars = v.get(QStringLiteral("Variables"))) {
                if (vars->kind != N::Map && vars->kind != N::Null)
                    r.fail(*vars, QStringLiteral("Environment.Variables"),
                           QStringLiteral("Environment.Variables must be a map of names to values"));
                for (const auto &[name, value] : vars->map)
                    c.environment.insert(name, r.str(value, QStringLiteral("Environment.Variables.") + name));
            }
        } else if (k == u"Layers") {
            if (v.kind != N::Seq)
                r.fail(v, k, QStringLiteral("Layers must be a list"));
            for (const N &l : v.seq) {
                if (!l.refOf.isEmpty() && r.isLayer(r.resources.value(l.refOf).type))
                    f.layerLogicalIds << l.refOf;
                else
                    c.layers << r.str(l, k);
            }
        } else if (k == u"CodeUri" && serverless) {
            if (v.kind == N::Map)
                drop(k, QStringLiteral("the code is in S3 (Bucket/Key), which Lambdesk cannot fetch; point CodeUri at "
                                       "a folder"));
            else
                codePath(v, k);
        } else if (k == u"InlineCode" && serverless) {
            f.inlineCode = r.str(v, k);
        } else if (k == u"Code" && !serverless) {
            if (v.kind == N::Scalar) {
                codePath(v, k);
            } else if (const N *zip = v.get(QStringLiteral("ZipFile"))) {
                f.inlineCode = r.str(*zip, QStringLiteral("Code.ZipFile"));
            } else if (v.get(QStringLiteral("ImageUri"))) {
                drop(QStringLiteral("Code.ImageUri"), QStringLiteral("container images are not run by Lambdesk"));
            } else {
                drop(k, QStringLiteral("the code is in S3 (S3Bucket/S3Key), which Lambdesk cannot fetch; point Code "
                                       "at a folder"));
            }
        } else if (k == u"AutoPublishAlias" && serverless) {
            f.autoPublishAlias = r.str(v, k);
        } else if (k == u"FunctionUrlConfig" && serverless) {
            f.url = readUrl(r, v, c.name);
        } else if (k == u"Events" && serverless) {
            // after the name is known (below)
        } else if (k == u"Architectures") {
            const QStringList archs = toList(r, v, k);
            if (archs.contains(QStringLiteral("arm64")))
                project.unsupported.append({f.logicalId + QStringLiteral(".Architectures"), k,
                                            QStringLiteral("arm64: the function runs on this machine's processor")});
        } else if (k == u"PackageType") {
            if (r.str(v, k) == u"Image")
                drop(k, QStringLiteral("container images are not run by Lambdesk"));
        } else if (k == u"Role") {
            if (v.kind == N::Scalar)
                c.role = v.s;
            project.unsupported.append({f.logicalId + QStringLiteral(".Role"), k, propertyWhy(k)});
        } else if (k == u"AutoPublishCodeSha256" || k == u"AutoPublishAliasAllProperties") {
            // How SAM decides to publish; a local import publishes when the code or configuration changed.
        } else {
            project.unsupported.append({f.logicalId + u'.' + k, k, propertyWhy(k)});
        }
    }
    if (f.url)
        f.url->functionName = c.name;
    if (const N *events = props.get(QStringLiteral("Events")); events && serverless)
        readEvents(r, *events, f, project);
    if (runnable && f.codeDir.isEmpty() && f.inlineCode.isEmpty())
        drop(serverless ? QStringLiteral("CodeUri") : QStringLiteral("Code"),
             QStringLiteral("the function has no code: give %1 a folder (or InlineCode)")
                 .arg(serverless ? QStringLiteral("CodeUri") : QStringLiteral("Code")));
    Q_UNUSED(resource);
    return runnable;
}

} // namespace

QString functionNameFromLogicalId(const QString &logicalId)
{
    QString out;
    for (const QChar ch : logicalId) {
        const bool ok = (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9')
            || ch == u'-' || ch == u'_';
        out += ok ? ch : u'-';
    }
    if (out.isEmpty())
        out = QStringLiteral("function");
    return out.left(64);
}

Result<sam::Project> parseText(const QByteArray &yaml, const QString &templatePath,
                               const QMap<QString, QString> &parameterOverrides, const Options &options)
{
    auto loaded = load(yaml, templatePath);
    if (!loaded)
        return loaded.error();
    const N &root = loaded->root;
    const QFileInfo info(templatePath);
    sam::Project project;
    project.templatePath = info.absoluteFilePath();

    Resolver r;
    r.file = templatePath;
    r.dir = info.absolutePath();
    r.options = options;
    r.stackName = options.stackName.isEmpty() ? QFileInfo(r.dir).fileName() : options.stackName;
    r.mappings = root.get(QStringLiteral("Mappings"));
    r.conditions = root.get(QStringLiteral("Conditions"));
    try {
        const N *resources = root.get(QStringLiteral("Resources"));
        if (!resources || resources->kind != N::Map)
            r.fail(root, QStringLiteral("Resources"), QStringLiteral("the template has no Resources"));
        for (const auto &[id, res] : resources->map) {
            // CloudFormation: a logical ID is alphanumeric (A-Za-z0-9); an empty one (a key
            // such as ":" or "~") names nothing a function could be called after.
            static const QRegularExpression logicalId(QStringLiteral("^[A-Za-z0-9]+$"));
            if (!logicalId.match(id).hasMatch())
                r.fail(res, QStringLiteral("Resources"),
                       QStringLiteral("Resource logical ID '%1' must be alphanumeric (A-Za-z0-9) and not empty").arg(id));
            const N *type = res.get(QStringLiteral("Type"));
            if (!type || type->kind != N::Scalar)
                r.fail(res, QStringLiteral("Type"), QStringLiteral("Resource %1 has no Type").arg(id));
            r.resources.insert(id, Resource{type->s, &res});
        }
        readParameters(r, root.get(QStringLiteral("Parameters")), parameterOverrides, project);
        if (const N *d = root.get(QStringLiteral("Description")))
            project.description = r.str(r.resolve(*d), QStringLiteral("Description"));

        const N *globals = root.get(QStringLiteral("Globals"));
        const N *globalFunction = globals ? globals->get(QStringLiteral("Function")) : nullptr;
        const N *globalLayer = globals ? globals->get(QStringLiteral("LayerVersion")) : nullptr;
        if (globals)
            for (const auto &[section, v] : globals->map)
                if (section != u"Function" && section != u"LayerVersion")
                    project.unsupported.append({QStringLiteral("Globals.") + section, section, typeWhy(QStringLiteral(
                                                                                                 "AWS::Serverless::")
                                                                                             + section)});

        for (const auto &[id, res] : resources->map) {
            const QString type = r.resources[id].type;
            if (const N *cond = res.get(QStringLiteral("Condition"))) {
                if (!r.condition(r.str(*cond, QStringLiteral("Condition")), *cond))
                    continue; // not created in this stack either
            }
            static const N emptyMap = [] {
                N n;
                n.kind = N::Map;
                return n;
            }();
            const N *rawProps = res.get(QStringLiteral("Properties"));
            if (r.isFunction(type)) {
                N merged = rawProps ? *rawProps : emptyMap;
                if (type == u"AWS::Serverless::Function" && globalFunction)
                    merged = mergeGlobals(*globalFunction, merged);
                const N props = r.resolve(merged);
                if (props.kind != N::Map)
                    r.fail(merged, QStringLiteral("Properties"), QStringLiteral("%1's Properties must be a map").arg(id));
                sam::Function f;
                f.logicalId = id;
                f.resourceType = type;
                if (readFunction(r, props, f, project, res))
                    project.functions.append(f);
            } else if (r.isLayer(type)) {
                N merged = rawProps ? *rawProps : emptyMap;
                if (type == u"AWS::Serverless::LayerVersion" && globalLayer)
                    merged = mergeGlobals(*globalLayer, merged);
                const N props = r.resolve(merged);
                sam::Layer l;
                l.logicalId = id;
                l.layerName = functionNameFromLogicalId(id);
                bool ok = true;
                for (const auto &[k, v] : props.map) {
                    if (k == u"LayerName")
                        l.layerName = r.str(v, k);
                    else if (k == u"Description")
                        l.description = r.str(v, k);
                    else if (k == u"CompatibleRuntimes")
                        l.compatibleRuntimes = toList(r, v, k);
                    else if (k == u"ContentUri" || k == u"Content") {
                        if (v.kind != N::Scalar) {
                            project.unsupported.append(
                                {id, k, QStringLiteral("the layer's content is in S3, which Lambdesk cannot fetch")});
                            ok = false;
                        } else {
                            l.contentDir = QDir::cleanPath(QDir(r.dir).absoluteFilePath(v.s));
                            if (!QFileInfo::exists(l.contentDir)) {
                                project.unsupported.append(
                                    {id, k, QStringLiteral("%1 %2 does not exist").arg(k, l.contentDir)});
                                ok = false;
                            }
                        }
                    } else if (k != u"RetentionPolicy" && k != u"CompatibleArchitectures" && k != u"LicenseInfo") {
                        project.unsupported.append({id + u'.' + k, k, propertyWhy(k)});
                    }
                }
                if (ok && l.contentDir.isEmpty()) {
                    project.unsupported.append({id, QStringLiteral("ContentUri"), QStringLiteral("the layer has no ContentUri")});
                    ok = false;
                }
                if (ok)
                    project.layers.append(l);
            } else if (type == u"AWS::SQS::Queue") {
                project.queues.append(r.resourceName(id, QStringLiteral("QueueName")));
            } else {
                project.unsupported.append({id, type, typeWhy(type)});
            }
        }
        // A layer that is not in the project (skipped) cannot be attached.
        for (sam::Function &f : project.functions) {
            QStringList kept;
            for (const QString &l : std::as_const(f.layerLogicalIds)) {
                const bool present = std::any_of(project.layers.cbegin(), project.layers.cend(),
                                                 [&](const sam::Layer &x) { return x.logicalId == l; });
                if (present)
                    kept << l;
                else
                    project.unsupported.append({f.logicalId + QStringLiteral(".Layers"), l,
                                                QStringLiteral("layer %1 is not imported (see its entry)").arg(l)});
            }
            f.layerLogicalIds = kept;
        }
    } catch (const Fail &fail) {
        return fail.error;
    }
    return project;
}

Result<sam::Project> parse(const QString &templatePath, const QMap<QString, QString> &parameterOverrides,
                           const Options &options)
{
    auto text = readTemplate(templatePath);
    if (!text)
        return text.error();
    return parseText(text.value(), templatePath, parameterOverrides, options);
}

Result<QList<ParameterInfo>> parameters(const QString &templatePath)
{
    auto text = readTemplate(templatePath);
    if (!text)
        return text.error();
    auto loaded = load(text.value(), templatePath);
    if (!loaded)
        return loaded.error();
    QList<ParameterInfo> out;
    const N *declared = loaded->root.get(QStringLiteral("Parameters"));
    if (!declared)
        return out;
    for (const auto &[name, decl] : declared->map) {
        ParameterInfo p;
        p.name = name;
        if (const N *t = decl.get(QStringLiteral("Type")))
            p.type = t->s;
        if (const N *d = decl.get(QStringLiteral("Default"))) {
            p.hasDefault = true;
            if (d->kind == N::Seq) {
                QStringList items;
                for (const N &i : d->seq)
                    items << i.s;
                p.defaultValue = items.join(u',');
            } else {
                p.defaultValue = d->s;
            }
        }
        if (const N *d = decl.get(QStringLiteral("Description")))
            p.description = d->s;
        if (const N *a = decl.get(QStringLiteral("AllowedValues")))
            for (const N &i : a->seq)
                p.allowedValues << i.s;
        out.append(p);
    }
    return out;
}

} // namespace lambdesk::samtemplate
