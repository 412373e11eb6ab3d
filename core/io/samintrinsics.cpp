// The intrinsic-function evaluator (Ref, Fn::Sub, Fn::GetAtt, Fn::Join, Fn::If, Conditions, ...).
#include "samintrinsics.h"

namespace lambdesk::samtemplate::detail {

N scalar(QString s, const N &at)
{
    N n;
    n.kind = N::Scalar;
    n.s = std::move(s);
    n.line = at.line;
    n.col = at.col;
    return n;
}

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

QString Resolver::str(const N &n, const QString &what) const
{
    if (n.kind == N::Scalar)
        return n.s;
    if (n.kind == N::Null)
        return {};
    fail(n, what, QStringLiteral("%1 must be a text value").arg(what));
}

N Resolver::resolve(const N &n)
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
                out.map.push_back(NEntry{k, std::move(r)});
        }
        return out;
    }
    default:
        return n;
    }
}

const N &Resolver::args(const N &arg, const QString &fn, int count)
{
    if (arg.kind != N::Seq || int(arg.seq.size()) != count)
        fail(arg, fn, QStringLiteral("%1 takes a list of %2 values").arg(fn).arg(count));
    return arg;
}

bool Resolver::truth(const N &v, const QString &fn)
{
    const QString t = str(v, fn).toLower();
    if (t == u"true")
        return true;
    if (t == u"false")
        return false;
    fail(v, fn, QStringLiteral("%1 needs a condition (true or false); got \"%2\"").arg(fn, v.s));
}

N Resolver::intrinsic(const QString &fn, const N &arg, const N &at)
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

bool Resolver::condition(const QString &name, const N &at)
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

QString Resolver::pseudo(const QString &name, bool *found) const
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

QString Resolver::resourceName(const QString &id, const QString &property)
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

N Resolver::ref(const QString &name, const N &at)
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

N Resolver::getAtt(const QString &id, const QString &attr, const N &at)
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

QString Resolver::subVariable(const QString &var, const QMap<QString, N> &vars, const N &at)
{
    if (auto it = vars.constFind(var); it != vars.cend())
        return joined(*it, at);
    const int dot = var.indexOf(u'.');
    if (dot > 0 && !var.startsWith(u"AWS::"))
        return str(getAtt(var.left(dot), var.mid(dot + 1), at), QStringLiteral("Fn::Sub"));
    return joined(ref(var, at), at);
}

QString Resolver::joined(const N &v, const N &at)
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

N Resolver::sub(const N &arg, const N &at)
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

} // namespace lambdesk::samtemplate::detail
