#include "samtemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace lambdesk::samtemplate {

namespace {

// The template as a plain tree that keeps each node's position and tag (yaml-cpp's nodes are
// shared references whose assignment aliases: merging Globals into them would change the
// Globals themselves). The resolved tree is the same type, without tags.
struct N
{
    enum Kind { Null, Scalar, Seq, Map, NoValue };
    Kind kind = Null;
    QString tag; // "!Ref", "!Sub", ... (raw nodes only)
    QString s;
    std::vector<N> seq;
    std::vector<std::pair<QString, N>> map;
    int line = 0, col = 0; // 1-based
    QString refOf;         // resolved from a Ref to this resource (layers use it)

    const N *get(const QString &key) const
    {
        for (const auto &[k, v] : map)
            if (k == key)
                return &v;
        return nullptr;
    }
    bool isScalar() const { return kind == Scalar || kind == Null; }
};

N scalar(QString s, const N &at)
{
    N n;
    n.kind = N::Scalar;
    n.s = std::move(s);
    n.line = at.line;
    n.col = at.col;
    return n;
}

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
            n.map.emplace_back(QString::fromStdString(kv.first.Scalar()), fromYaml(kv.second));
        break;
    default:
        n.kind = N::Null;
        break;
    }
    return n;
}

struct Fail
{
    Error error;
};

struct Resource
{
    QString type;
    const N *node = nullptr; // the resource's map
};

bool isIntrinsicKey(const QString &k)
{
    return k == u"Ref" || k.startsWith(u"Fn::");
}

// A map that is one intrinsic function in its long form ({"Fn::Sub": ...}).
bool isIntrinsicMap(const N &n)
{
    return n.kind == N::Map && n.map.size() == 1 && isIntrinsicKey(n.map.front().first);
}

bool isPlainMap(const N &n)
{
    return n.kind == N::Map && n.tag.isEmpty() && !isIntrinsicMap(n);
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
                out.map.emplace_back(k, v);
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

class Resolver
{
public:
    QString file; // for messages: the template's path as given
    QString dir;  // the template's folder
    Options options;
    QString stackName;
    QMap<QString, N> params;
    const N *mappings = nullptr;
    const N *conditions = nullptr;
    QMap<QString, Resource> resources;
    QHash<QString, bool> conditionValues;
    QSet<QString> conditionsEvaluating;
    QSet<QString> namesResolving;
    int inCondition = 0;

    [[noreturn]] void fail(const N &at, const QString &field, const QString &message) const
    {
        throw Fail{Error::invalid(field, QStringLiteral("%1:%2:%3: %4").arg(file).arg(at.line).arg(at.col).arg(message))};
    }

    QString where(const N &at) const { return QStringLiteral("%1:%2:%3").arg(file).arg(at.line).arg(at.col); }

    QString str(const N &n, const QString &what) const
    {
        if (n.kind == N::Scalar)
            return n.s;
        if (n.kind == N::Null)
            return {};
        fail(n, what, QStringLiteral("%1 must be a text value").arg(what));
    }

    N resolve(const N &n)
    {
        if (!n.tag.isEmpty()) {
            QString fn = n.tag.mid(1);
            N arg = n;
            arg.tag.clear();
            if (fn == u"Ref" || fn == u"Condition")
                return intrinsic(fn, arg, n);
            return intrinsic(QStringLiteral("Fn::") + fn, arg, n);
        }
        if (isIntrinsicMap(n))
            return intrinsic(n.map.front().first, n.map.front().second, n);
        if (inCondition && n.kind == N::Map && n.map.size() == 1 && n.map.front().first == u"Condition")
            return intrinsic(QStringLiteral("Condition"), n.map.front().second, n);
        switch (n.kind) {
        case N::Seq: {
            N out;
            out.kind = N::Seq;
            out.line = n.line;
            out.col = n.col;
            for (const N &item : n.seq) {
                N r = resolve(item);
                if (r.kind != N::NoValue)
                    out.seq.push_back(std::move(r));
            }
            return out;
        }
        case N::Map: {
            N out;
            out.kind = N::Map;
            out.line = n.line;
            out.col = n.col;
            for (const auto &[k, v] : n.map) {
                N r = resolve(v);
                if (r.kind != N::NoValue)
                    out.map.emplace_back(k, std::move(r));
            }
            return out;
        }
        default:
            return n;
        }
    }

    const N &args(const N &arg, const QString &fn, int count)
    {
        if (arg.kind != N::Seq || int(arg.seq.size()) != count)
            fail(arg, fn, QStringLiteral("%1 takes a list of %2 values").arg(fn).arg(count));
        return arg;
    }

    bool truth(const N &v, const QString &fn)
    {
        const QString t = str(v, fn).toLower();
        if (t == u"true")
            return true;
        if (t == u"false")
            return false;
        fail(v, fn, QStringLiteral("%1 needs a condition (true or false); got \"%2\"").arg(fn, v.s));
    }

    N boolean(bool b, const N &at) { return scalar(b ? QStringLiteral("true") : QStringLiteral("false"), at); }

    N intrinsic(const QString &fn, const N &arg, const N &at)
    {
        if (fn == u"Ref")
            return ref(str(resolve(arg), QStringLiteral("Ref")), at);
        if (fn == u"Condition")
            return boolean(condition(str(resolve(arg), QStringLiteral("Condition")), at), at);
        if (fn == u"Fn::Sub")
            return sub(arg, at);
        if (fn == u"Fn::GetAtt") {
            if (arg.kind == N::Scalar) {
                const int dot = arg.s.indexOf(u'.');
                if (dot <= 0)
                    fail(arg, fn, QStringLiteral("Fn::GetAtt takes \"Resource.Attribute\"; got \"%1\"").arg(arg.s));
                return getAtt(arg.s.left(dot), arg.s.mid(dot + 1), at);
            }
            args(arg, fn, 2);
            return getAtt(str(resolve(arg.seq[0]), fn), str(resolve(arg.seq[1]), fn), at);
        }
        if (fn == u"Fn::Join") {
            args(arg, fn, 2);
            const QString delim = str(resolve(arg.seq[0]), fn);
            const N list = resolve(arg.seq[1]);
            if (list.kind != N::Seq)
                fail(arg.seq[1], fn, QStringLiteral("Fn::Join's second value must be a list"));
            QStringList parts;
            for (const N &p : list.seq)
                parts << str(p, fn);
            return scalar(parts.join(delim), at);
        }
        if (fn == u"Fn::If") {
            args(arg, fn, 3);
            const QString name = str(resolve(arg.seq[0]), fn);
            return resolve(condition(name, arg.seq[0]) ? arg.seq[1] : arg.seq[2]);
        }
        if (fn == u"Fn::Select") {
            args(arg, fn, 2);
            bool ok = false;
            const int index = str(resolve(arg.seq[0]), fn).toInt(&ok);
            const N list = resolve(arg.seq[1]);
            if (!ok || index < 0)
                fail(arg.seq[0], fn, QStringLiteral("Fn::Select's index must be a whole number from 0"));
            if (list.kind != N::Seq)
                fail(arg.seq[1], fn, QStringLiteral("Fn::Select's second value must be a list"));
            if (index >= int(list.seq.size()))
                fail(arg.seq[0], fn,
                     QStringLiteral("Fn::Select's index %1 is past the list's end (%2 values)")
                         .arg(index)
                         .arg(list.seq.size()));
            return list.seq[size_t(index)];
        }
        if (fn == u"Fn::Split") {
            args(arg, fn, 2);
            const QString delim = str(resolve(arg.seq[0]), fn);
            const QString text = str(resolve(arg.seq[1]), fn);
            if (delim.isEmpty())
                fail(arg.seq[0], fn, QStringLiteral("Fn::Split's delimiter must not be empty"));
            N out;
            out.kind = N::Seq;
            out.line = at.line;
            out.col = at.col;
            for (const QString &p : text.split(delim))
                out.seq.push_back(scalar(p, at));
            return out;
        }
        if (fn == u"Fn::FindInMap") {
            if (arg.kind != N::Seq || arg.seq.size() < 3)
                fail(arg, fn, QStringLiteral("Fn::FindInMap takes [MapName, TopLevelKey, SecondLevelKey]"));
            const QString map = str(resolve(arg.seq[0]), fn);
            const QString top = str(resolve(arg.seq[1]), fn);
            const QString second = str(resolve(arg.seq[2]), fn);
            const N *m = mappings ? mappings->get(map) : nullptr;
            if (!m)
                fail(arg.seq[0], fn, QStringLiteral("Fn::FindInMap: no mapping \"%1\" in Mappings").arg(map));
            const N *t = m->get(top);
            if (!t)
                fail(arg.seq[1], fn, QStringLiteral("Fn::FindInMap: mapping \"%1\" has no key \"%2\"").arg(map, top));
            const N *v = t->get(second);
            if (!v)
                fail(arg.seq[2], fn,
                     QStringLiteral("Fn::FindInMap: mapping \"%1\".\"%2\" has no key \"%3\"").arg(map, top, second));
            return resolve(*v);
        }
        if (fn == u"Fn::Base64")
            return scalar(QString::fromLatin1(str(resolve(arg), fn).toUtf8().toBase64()), at);
        if (fn == u"Fn::GetAZs") {
            N out;
            out.kind = N::Seq;
            for (const char *z : {"a", "b", "c"})
                out.seq.push_back(scalar(options.region + QLatin1String(z), at));
            return out;
        }
        if (fn == u"Fn::Equals") {
            args(arg, fn, 2);
            const N a = resolve(arg.seq[0]);
            const N b = resolve(arg.seq[1]);
            return boolean(str(a, fn) == str(b, fn), at);
        }
        if (fn == u"Fn::Not") {
            ++inCondition;
            const N v = resolve(arg.kind == N::Seq && arg.seq.size() == 1 ? arg.seq[0] : arg);
            --inCondition;
            return boolean(!truth(v, fn), at);
        }
        if (fn == u"Fn::And" || fn == u"Fn::Or") {
            if (arg.kind != N::Seq || arg.seq.size() < 2 || arg.seq.size() > 10)
                fail(arg, fn, QStringLiteral("%1 takes a list of 2 to 10 conditions").arg(fn));
            const bool isAnd = fn == u"Fn::And";
            bool result = isAnd;
            ++inCondition;
            for (const N &c : arg.seq) {
                const bool v = truth(resolve(c), fn);
                result = isAnd ? (result && v) : (result || v);
            }
            --inCondition;
            return boolean(result, at);
        }
        fail(at, fn,
             QStringLiteral("%1 is not supported by Lambdesk (supported: Ref, Fn::Sub, Fn::GetAtt, Fn::Join, Fn::If, "
                            "Fn::Select, Fn::Split, Fn::FindInMap, Fn::Base64, Fn::GetAZs, Fn::Equals, Fn::Not, "
                            "Fn::And, Fn::Or, Condition)")
                 .arg(fn));
    }

    bool condition(const QString &name, const N &at)
    {
        if (auto it = conditionValues.constFind(name); it != conditionValues.cend())
            return *it;
        const N *c = conditions ? conditions->get(name) : nullptr;
        if (!c)
            fail(at, QStringLiteral("Condition"), QStringLiteral("No condition \"%1\" in Conditions").arg(name));
        if (conditionsEvaluating.contains(name))
            fail(at, QStringLiteral("Condition"), QStringLiteral("Condition \"%1\" refers to itself").arg(name));
        conditionsEvaluating.insert(name);
        ++inCondition;
        const bool v = truth(resolve(*c), QStringLiteral("Conditions.") + name);
        --inCondition;
        conditionsEvaluating.remove(name);
        conditionValues.insert(name, v);
        return v;
    }

    QString pseudo(const QString &name, bool *found) const
    {
        *found = true;
        if (name == u"AWS::Region")
            return options.region;
        if (name == u"AWS::AccountId")
            return options.accountId;
        if (name == u"AWS::StackName")
            return stackName;
        if (name == u"AWS::Partition")
            return QStringLiteral("aws");
        if (name == u"AWS::URLSuffix")
            return QStringLiteral("amazonaws.com");
        if (name == u"AWS::StackId")
            return QStringLiteral("arn:aws:cloudformation:%1:%2:stack/%3/local").arg(options.region, options.accountId,
                                                                                      stackName);
        *found = false;
        return {};
    }

    QString resourceName(const QString &id, const QString &property)
    {
        const Resource &r = resources[id];
        const N *props = r.node->get(QStringLiteral("Properties"));
        const N *name = props ? props->get(property) : nullptr;
        if (name && !namesResolving.contains(id)) {
            namesResolving.insert(id);
            const N v = resolve(*name);
            namesResolving.remove(id);
            if (v.kind == N::Scalar && !v.s.isEmpty())
                return v.s;
        }
        return functionNameFromLogicalId(id);
    }

    bool isFunction(const QString &type) const
    {
        return type == u"AWS::Serverless::Function" || type == u"AWS::Lambda::Function";
    }
    bool isLayer(const QString &type) const
    {
        return type == u"AWS::Serverless::LayerVersion" || type == u"AWS::Lambda::LayerVersion";
    }

    N ref(const QString &name, const N &at)
    {
        if (name == u"AWS::NoValue") {
            N n;
            n.kind = N::NoValue;
            return n;
        }
        if (name == u"AWS::NotificationARNs") {
            N n;
            n.kind = N::Seq;
            return n;
        }
        bool found = false;
        const QString p = pseudo(name, &found);
        if (found)
            return scalar(p, at);
        if (auto it = params.constFind(name); it != params.cend()) {
            N v = *it;
            v.line = at.line;
            v.col = at.col;
            return v;
        }
        if (resources.contains(name)) {
            const QString type = resources[name].type;
            N v;
            if (isFunction(type))
                v = scalar(resourceName(name, QStringLiteral("FunctionName")), at);
            else if (type == u"AWS::SQS::Queue")
                v = scalar(QStringLiteral("https://sqs.%1.amazonaws.com/%2/%3")
                               .arg(options.region, options.accountId, resourceName(name, QStringLiteral("QueueName"))),
                           at);
            else if (isLayer(type))
                v = scalar(QStringLiteral("arn:aws:lambda:%1:%2:layer:%3:1")
                               .arg(options.region, options.accountId, resourceName(name, QStringLiteral("LayerName"))),
                           at);
            else
                v = scalar(name, at);
            v.refOf = name;
            return v;
        }
        // Resources SAM generates from the functions' events.
        if (name == u"ServerlessRestApi" || name == u"ServerlessHttpApi")
            return scalar(name, at);
        fail(at, QStringLiteral("Ref"),
             QStringLiteral("Ref names \"%1\", which is neither a parameter, a pseudo parameter nor a resource of the "
                            "template")
                 .arg(name));
    }

    N getAtt(const QString &id, const QString &attr, const N &at)
    {
        if (!resources.contains(id)) {
            if (id == u"ServerlessRestApi" || id == u"ServerlessHttpApi")
                return scalar(id + u'.' + attr, at);
            fail(at, QStringLiteral("Fn::GetAtt"),
                 QStringLiteral("Fn::GetAtt names \"%1\", which is not a resource of the template").arg(id));
        }
        const QString type = resources[id].type;
        const QString r = options.region, a = options.accountId;
        if (isFunction(type) && attr == u"Arn")
            return scalar(QStringLiteral("arn:aws:lambda:%1:%2:function:%3")
                              .arg(r, a, resourceName(id, QStringLiteral("FunctionName"))),
                          at);
        if (type == u"AWS::SQS::Queue") {
            const QString q = resourceName(id, QStringLiteral("QueueName"));
            if (attr == u"Arn")
                return scalar(QStringLiteral("arn:aws:sqs:%1:%2:%3").arg(r, a, q), at);
            if (attr == u"QueueName")
                return scalar(q, at);
            if (attr == u"QueueUrl")
                return scalar(QStringLiteral("https://sqs.%1.amazonaws.com/%2/%3").arg(r, a, q), at);
        }
        if (type == u"AWS::IAM::Role" && attr == u"Arn")
            return scalar(QStringLiteral("arn:aws:iam::%1:role/%2").arg(a, id), at);
        // Nothing local stands behind other attributes: a recognisable placeholder.
        return scalar(id + u'.' + attr, at);
    }

    QString subVariable(const QString &var, const QMap<QString, N> &vars, const N &at)
    {
        if (auto it = vars.constFind(var); it != vars.cend())
            return joined(*it, at);
        const int dot = var.indexOf(u'.');
        if (dot > 0 && !var.startsWith(u"AWS::"))
            return str(getAtt(var.left(dot), var.mid(dot + 1), at), QStringLiteral("Fn::Sub"));
        return joined(ref(var, at), at);
    }

    QString joined(const N &v, const N &at)
    {
        if (v.kind == N::Seq) {
            QStringList parts;
            for (const N &p : v.seq)
                parts << str(p, QStringLiteral("Fn::Sub"));
            return parts.join(u',');
        }
        if (v.kind == N::NoValue)
            fail(at, QStringLiteral("Fn::Sub"), QStringLiteral("Fn::Sub cannot use AWS::NoValue"));
        return str(v, QStringLiteral("Fn::Sub"));
    }

    N sub(const N &arg, const N &at)
    {
        QString text;
        QMap<QString, N> vars;
        if (arg.kind == N::Seq) {
            if (arg.seq.size() != 2 || arg.seq[1].kind != N::Map)
                fail(arg, QStringLiteral("Fn::Sub"), QStringLiteral("Fn::Sub takes a text or [text, {Name: value}]"));
            text = str(arg.seq[0], QStringLiteral("Fn::Sub"));
            for (const auto &[k, v] : arg.seq[1].map)
                vars.insert(k, resolve(v));
        } else {
            text = str(arg, QStringLiteral("Fn::Sub"));
        }
        QString out;
        int i = 0;
        while (i < text.size()) {
            const int open = text.indexOf(QLatin1String("${"), i);
            if (open < 0) {
                out += text.mid(i);
                break;
            }
            out += text.mid(i, open - i);
            const int close = text.indexOf(u'}', open + 2);
            if (close < 0)
                fail(at, QStringLiteral("Fn::Sub"), QStringLiteral("Fn::Sub: \"${\" without its \"}\" in \"%1\"").arg(text));
            const QString var = text.mid(open + 2, close - open - 2).trimmed();
            if (var.startsWith(u'!'))
                out += QStringLiteral("${") + var.mid(1) + u'}'; // ${!Literal}
            else
                out += subVariable(var, vars, at);
            i = close + 1;
        }
        return scalar(out, at);
    }
};

QString typeWhy(const QString &type)
{
    auto is = [&](const char *prefix) { return type.startsWith(QLatin1String(prefix)); };
    if (is("AWS::S3::"))
        return QStringLiteral("Lambdesk has no local S3");
    if (is("AWS::DynamoDB::") || type == u"AWS::Serverless::SimpleTable")
        return QStringLiteral("Lambdesk has no local DynamoDB");
    if (is("AWS::Kinesis"))
        return QStringLiteral("Lambdesk has no local Kinesis");
    if (is("AWS::SNS::"))
        return QStringLiteral("Lambdesk has no local SNS");
    if (is("AWS::ApiGateway") || type == u"AWS::Serverless::Api" || type == u"AWS::Serverless::HttpApi")
        return QStringLiteral("API Gateway is not run locally: the functions' Api/HttpApi events become function "
                              "URLs, with their routes (method and path) kept and shown");
    if (is("AWS::StepFunctions::") || type == u"AWS::Serverless::StateMachine")
        return QStringLiteral("Lambdesk has no local Step Functions");
    if (is("AWS::IAM::"))
        return QStringLiteral("IAM is not enforced locally: functions run with this machine's user's rights");
    if (is("AWS::Logs::"))
        return QStringLiteral("Lambdesk keeps the functions' logs itself");
    if (is("AWS::Events::") || is("AWS::Scheduler::"))
        return QStringLiteral("EventBridge resources are not run locally (a function's Schedule/ScheduleV2 events "
                              "are)");
    if (type == u"AWS::Lambda::Permission")
        return QStringLiteral("resource policies are not enforced locally");
    if (type == u"AWS::Lambda::EventSourceMapping")
        return QStringLiteral("give it as the function's SQS event to have Lambdesk make the mapping");
    if (type == u"AWS::Lambda::Url")
        return QStringLiteral("give it as the function's FunctionUrlConfig to have Lambdesk make the URL");
    if (type == u"AWS::Lambda::Alias" || type == u"AWS::Lambda::Version")
        return QStringLiteral("use the function's AutoPublishAlias: Lambdesk publishes a version and the alias");
    if (type == u"AWS::Serverless::Application" || type == u"AWS::CloudFormation::Stack")
        return QStringLiteral("nested applications and stacks are not fetched");
    return QStringLiteral("Lambdesk has no local equivalent of %1").arg(type);
}

QString eventWhy(const QString &type)
{
    if (type == u"S3")
        return QStringLiteral("S3 events need an S3 bucket; Lambdesk has no local S3");
    if (type == u"DynamoDB")
        return QStringLiteral("DynamoDB streams need DynamoDB; Lambdesk has none locally");
    if (type == u"Kinesis")
        return QStringLiteral("Kinesis streams are not available locally");
    if (type == u"SNS")
        return QStringLiteral("Lambdesk has no local SNS");
    if (type == u"EventBridgeRule" || type == u"CloudWatchEvent")
        return QStringLiteral("EventBridge event patterns are not matched locally (only schedules run)");
    if (type == u"CloudWatchLogs")
        return QStringLiteral("CloudWatch Logs subscriptions are not available locally");
    if (type == u"MSK" || type == u"SelfManagedKafka" || type == u"MQ" || type == u"DocumentDB")
        return QStringLiteral("%1 brokers are not available locally").arg(type);
    return QStringLiteral("%1 events have no local source in Lambdesk").arg(type);
}

// The properties of a function Lambdesk reads; the others are listed with why.
QString propertyWhy(const QString &property)
{
    if (property == u"Role" || property == u"Policies" || property == u"PermissionsBoundary"
        || property == u"AssumeRolePolicyDocument" || property == u"RolePath")
        return QStringLiteral("IAM is not enforced locally: the function runs with this machine's user's rights");
    if (property == u"VpcConfig")
        return QStringLiteral("no VPCs locally: the function uses this machine's network");
    if (property == u"Tracing" || property == u"TracingConfig")
        return QStringLiteral("no X-Ray tracing locally");
    if (property == u"DeploymentPreference")
        return QStringLiteral("gradual deployments (CodeDeploy) do not exist locally: the alias points at the new "
                              "version at once");
    if (property == u"ReservedConcurrentExecutions" || property == u"ProvisionedConcurrencyConfig")
        return QStringLiteral("not set by the import; set it on the function's Configuration page");
    if (property == u"Tags")
        return QStringLiteral("tags are not kept locally");
    if (property == u"DeadLetterQueue" || property == u"DeadLetterConfig" || property == u"EventInvokeConfig")
        return QStringLiteral("not set by the import; set it on the function's Configuration page");
    return QStringLiteral("%1 is not applied locally").arg(property);
}

int toInt(Resolver &r, const N &v, const QString &field, int min, int max)
{
    bool ok = false;
    const QString s = r.str(v, field);
    const int n = s.trimmed().toInt(&ok);
    if (!ok)
        r.fail(v, field, QStringLiteral("%1 must be a whole number; got \"%2\"").arg(field, s));
    if (n < min || n > max)
        r.fail(v, field, QStringLiteral("%1 must be from %2 to %3; got %4").arg(field).arg(min).arg(max).arg(n));
    return n;
}

bool toBool(Resolver &r, const N &v, const QString &field)
{
    const QString s = r.str(v, field).trimmed().toLower();
    if (s == u"true" || s == u"yes")
        return true;
    if (s == u"false" || s == u"no")
        return false;
    r.fail(v, field, QStringLiteral("%1 must be true or false; got \"%2\"").arg(field, s));
}

QStringList toList(Resolver &r, const N &v, const QString &field)
{
    if (v.kind == N::Scalar)
        return {v.s};
    if (v.kind != N::Seq)
        r.fail(v, field, QStringLiteral("%1 must be a list").arg(field));
    QStringList out;
    for (const N &i : v.seq)
        out << r.str(i, field);
    return out;
}

// The queue's name from an ARN (arn:aws:sqs:R:A:NAME), a URL (.../A/NAME) or a name.
QString queueNameOf(const QString &text)
{
    if (text.startsWith(u"arn:"))
        return text.section(u':', 5);
    if (text.startsWith(u"http"))
        return text.section(u'/', -1);
    return text;
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

std::optional<FunctionUrlConfig> readUrl(Resolver &r, const N &v, const QString &fn)
{
    FunctionUrlConfig url;
    url.functionName = fn;
    for (const auto &[k, p] : v.map) {
        const QString field = QStringLiteral("FunctionUrlConfig.") + k;
        if (k == u"AuthType") {
            const auto t = functionurl::authTypeFromName(r.str(p, field));
            if (!t)
                r.fail(p, field, QStringLiteral("%1 must be NONE or AWS_IAM; got \"%2\"").arg(field, p.s));
            url.authType = *t;
        } else if (k == u"InvokeMode") {
            const auto m = functionurl::invokeModeFromName(r.str(p, field));
            if (!m)
                r.fail(p, field, QStringLiteral("%1 must be BUFFERED or RESPONSE_STREAM; got \"%2\"").arg(field, p.s));
            url.invokeMode = *m;
        } else if (k == u"Cors") {
            FunctionUrlCors cors;
            for (const auto &[ck, cv] : p.map) {
                const QString cf = field + u'.' + ck;
                if (ck == u"AllowCredentials")
                    cors.allowCredentials = toBool(r, cv, cf);
                else if (ck == u"AllowHeaders")
                    cors.allowHeaders = toList(r, cv, cf);
                else if (ck == u"AllowMethods")
                    cors.allowMethods = toList(r, cv, cf);
                else if (ck == u"AllowOrigins")
                    cors.allowOrigins = toList(r, cv, cf);
                else if (ck == u"ExposeHeaders")
                    cors.exposeHeaders = toList(r, cv, cf);
                else if (ck == u"MaxAge")
                    cors.maxAge = toInt(r, cv, cf, 0, 86400);
                else
                    r.fail(cv, cf, QStringLiteral("%1 is not a field of Cors").arg(ck));
            }
            url.cors = cors;
        } else {
            r.fail(p, field, QStringLiteral("%1 is not a field of FunctionUrlConfig").arg(k));
        }
    }
    return url;
}

void readEvents(Resolver &r, const N &events, sam::Function &f, sam::Project &project)
{
    for (const auto &[name, ev] : events.map) {
        const QString where = f.logicalId + QStringLiteral(".Events.") + name;
        const N *typeNode = ev.get(QStringLiteral("Type"));
        if (!typeNode)
            r.fail(ev, QStringLiteral("Type"), QStringLiteral("Event %1 has no Type").arg(where));
        sam::Event e;
        e.logicalId = name;
        e.type = r.str(*typeNode, QStringLiteral("Type"));
        static const N empty = [] {
            N n;
            n.kind = N::Map;
            return n;
        }();
        const N *propsNode = ev.get(QStringLiteral("Properties"));
        const N &props = propsNode ? *propsNode : empty;
        auto prop = [&](const char *key) { return props.get(QLatin1String(key)); };
        if (e.type == u"Api" || e.type == u"HttpApi") {
            e.kind = e.type == u"Api" ? sam::Event::Kind::Api : sam::Event::Kind::HttpApi;
            if (const N *p = prop("Path"))
                e.path = r.str(*p, QStringLiteral("Path"));
            if (const N *m = prop("Method"))
                e.method = r.str(*m, QStringLiteral("Method"));
            if (e.path.isEmpty() && e.kind == sam::Event::Kind::HttpApi) {
                e.path = QStringLiteral("/{proxy+}"); // HttpApi without a route: the $default catch-all
                e.method = QStringLiteral("ANY");
            }
            if (e.path.isEmpty() || e.method.isEmpty())
                r.fail(props, where, QStringLiteral("%1 event %2 needs Path and Method").arg(e.type, where));
            for (const char *extra : {"Auth", "RequestModel", "RequestParameters"})
                if (prop(extra))
                    project.unsupported.append({where + u'.' + QLatin1String(extra), QLatin1String(extra),
                                                QStringLiteral("API Gateway's %1 is not applied locally: the route is "
                                                               "served by a function URL with AuthType NONE")
                                                    .arg(QLatin1String(extra))});
        } else if (e.type == u"Schedule" || e.type == u"ScheduleV2") {
            const bool v2 = e.type == u"ScheduleV2";
            e.kind = v2 ? sam::Event::Kind::ScheduleV2 : sam::Event::Kind::Schedule;
            const N *expr = prop(v2 ? "ScheduleExpression" : "Schedule");
            if (!expr)
                r.fail(props, where,
                       QStringLiteral("%1 event %2 needs %3").arg(e.type, where,
                                                                  v2 ? QStringLiteral("ScheduleExpression")
                                                                     : QStringLiteral("Schedule")));
            e.scheduleExpression = r.str(*expr, QStringLiteral("Schedule"));
            if (const N *i = prop("Input"))
                e.input = r.str(*i, QStringLiteral("Input"));
            if (const N *en = prop("Enabled"))
                e.enabled = toBool(r, *en, QStringLiteral("Enabled"));
            if (const N *st = prop("State"))
                e.enabled = r.str(*st, QStringLiteral("State")).toUpper() == u"ENABLED";
            if (prop("ScheduleExpressionTimezone"))
                project.unsupported.append({where + QStringLiteral(".ScheduleExpressionTimezone"),
                                            QStringLiteral("ScheduleExpressionTimezone"),
                                            QStringLiteral("local schedules run in UTC")});
        } else if (e.type == u"SQS") {
            e.kind = sam::Event::Kind::Sqs;
            const N *q = prop("Queue");
            if (!q)
                r.fail(props, where, QStringLiteral("SQS event %1 needs Queue").arg(where));
            e.queue = queueNameOf(r.str(*q, QStringLiteral("Queue")));
            if (const N *b = prop("BatchSize"))
                e.batchSize = toInt(r, *b, QStringLiteral("BatchSize"), 1, 10000);
            if (const N *w = prop("MaximumBatchingWindowInSeconds"))
                e.maximumBatchingWindowInSeconds = toInt(r, *w, QStringLiteral("MaximumBatchingWindowInSeconds"), 0, 300);
            if (const N *t = prop("FunctionResponseTypes"))
                e.reportBatchItemFailures = toList(r, *t, QStringLiteral("FunctionResponseTypes"))
                                                .contains(QStringLiteral("ReportBatchItemFailures"));
            if (const N *s = prop("ScalingConfig"))
                if (const N *m = s->get(QStringLiteral("MaximumConcurrency")))
                    e.maximumConcurrency = toInt(r, *m, QStringLiteral("ScalingConfig.MaximumConcurrency"), 2, 1000);
            if (const N *en = prop("Enabled"))
                e.enabled = toBool(r, *en, QStringLiteral("Enabled"));
            if (prop("FilterCriteria"))
                project.unsupported.append({where + QStringLiteral(".FilterCriteria"), QStringLiteral("FilterCriteria"),
                                            QStringLiteral("event filtering is not applied locally: every message "
                                                           "reaches the function")});
        } else {
            project.unsupported.append({where, e.type, eventWhy(e.type)});
            continue;
        }
        f.events.append(e);
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
