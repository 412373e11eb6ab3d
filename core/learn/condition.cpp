#include "learn/condition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace lambdesk::learn {

namespace {

struct OpName
{
    QStringView text;
    Clause::Op op;
};
// Longest first, so that "<=" is not read as "<".
constexpr OpName kOps[] = {
    {u"==", Clause::Op::Equal},        {u"!=", Clause::Op::NotEqual}, {u"<=", Clause::Op::LessEqual},
    {u">=", Clause::Op::GreaterEqual}, {u"<", Clause::Op::Less},      {u">", Clause::Op::Greater},
};

Error invalid(const QString &message)
{
    return Error::invalid(QStringLiteral("where"), message);
}

// Splits at commas outside double quotes.
QStringList splitClauses(const QString &text, bool *unterminated)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        if (c == u',' && !quoted) {
            parts << current;
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current;
    *unterminated = quoted;
    return parts;
}

bool isNumeric(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float: return true;
    default: return false;
    }
}

QVariant fromJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool();
    case QJsonValue::Double: return v.toDouble();
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

std::optional<QVariant> walkJson(QJsonValue v, const QStringList &path)
{
    for (qsizetype i = 0; i < path.size();) {
        const QString &key = path.at(i);
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (!o.contains(key))
                return std::nullopt;
            v = o.value(key);
            ++i;
        } else if (v.isArray()) {
            bool ok = false;
            const int index = key.toInt(&ok);
            const QJsonArray a = v.toArray();
            if (!ok || index < 0 || index >= a.size())
                return std::nullopt;
            v = a.at(index);
            ++i;
        } else if (v.isString()) {
            // A string holding JSON (an API response's "body"): walk into it.
            const QJsonDocument inner = QJsonDocument::fromJson(v.toString().toUtf8());
            if (inner.isObject())
                v = inner.object();
            else if (inner.isArray())
                v = inner.array();
            else
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    const QVariant out = fromJson(v);
    if (!out.isValid())
        return std::nullopt;
    return out;
}

// The comparison operators on two values of one ordered type (numbers, or text); Contains is
// decided before this is reached.
template<typename T>
bool ordered(const T &l, Clause::Op op, const T &r)
{
    using Op = Clause::Op;
    switch (op) {
    case Op::Equal: return l == r;
    case Op::NotEqual: return l != r;
    case Op::Less: return l < r;
    case Op::LessEqual: return l <= r;
    case Op::Greater: return l > r;
    case Op::GreaterEqual: return l >= r;
    case Op::Contains: break;
    }
    return false;
}

bool compare(const QVariant &lhs, Clause::Op op, const QVariant &rhs)
{
    using Op = Clause::Op;
    if (op == Op::Contains)
        return lhs.toString().contains(rhs.toString());
    if (isNumeric(rhs)) {
        bool ok = isNumeric(lhs);
        double l = lhs.toDouble();
        if (!ok && lhs.typeId() == QMetaType::QString)
            l = lhs.toString().toDouble(&ok); // "1769" from an environment variable
        if (!ok)
            return false;
        return ordered(l, op, rhs.toDouble());
    }
    if (rhs.typeId() == QMetaType::Bool) {
        if (lhs.typeId() != QMetaType::Bool)
            return op == Op::NotEqual;
        const bool same = lhs.toBool() == rhs.toBool();
        return op == Op::Equal ? same : op == Op::NotEqual ? !same : false;
    }
    return ordered(lhs.toString(), op, rhs.toString());
}

} // namespace

QString opText(Clause::Op op)
{
    if (op == Clause::Op::Contains)
        return QStringLiteral("contains");
    for (const OpName &o : kOps) {
        if (o.op == op)
            return o.text.toString();
    }
    return {};
}

Result<QList<Clause>> parseCondition(const QString &text)
{
    QList<Clause> clauses;
    if (text.trimmed().isEmpty())
        return clauses;
    bool unterminated = false;
    const QStringList parts = splitClauses(text, &unterminated);
    if (unterminated)
        return invalid(QStringLiteral("a string is not closed (a \" is missing) in \"%1\"").arg(text.trimmed()));
    static const QRegularExpression fieldRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_\\-]+)*"));
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            return invalid(
                QStringLiteral("an empty clause (two commas, or one at an end) in \"%1\"").arg(text.trimmed()));
        const QRegularExpressionMatch m = fieldRe.match(part);
        if (!m.hasMatch())
            return invalid(QStringLiteral("\"%1\" does not start with a field name").arg(part));
        Clause clause;
        clause.field = m.captured(0);
        QString rest = part.mid(m.capturedLength()).trimmed();
        bool found = false;
        if (rest.startsWith(u"contains") && (rest.size() == 8 || rest.at(8).isSpace())) {
            clause.op = Clause::Op::Contains;
            rest = rest.mid(8).trimmed();
            found = true;
        }
        for (const OpName &o : kOps) {
            if (found)
                break;
            if (rest.startsWith(o.text)) {
                clause.op = o.op;
                rest = rest.mid(o.text.size()).trimmed();
                found = true;
            }
        }
        if (!found)
            return invalid(
                QStringLiteral("\"%1\": an operator must follow the field (==, !=, <, <=, >, >=, contains)").arg(part));
        if (rest.isEmpty())
            return invalid(QStringLiteral("\"%1\": a value must follow the operator").arg(part));
        const bool ordering = clause.op == Clause::Op::Less || clause.op == Clause::Op::LessEqual
            || clause.op == Clause::Op::Greater || clause.op == Clause::Op::GreaterEqual;
        if (rest.startsWith(u'"')) {
            if (rest.size() < 2 || !rest.endsWith(u'"') || rest.endsWith(QStringLiteral("\\\"")))
                return invalid(QStringLiteral("\"%1\": a string value must end with \"").arg(part));
            QString value;
            for (qsizetype i = 1; i + 1 < rest.size(); ++i) {
                QChar c = rest.at(i);
                if (c == u'\\' && i + 2 < rest.size())
                    c = rest.at(++i);
                else if (c == u'"')
                    return invalid(QStringLiteral("\"%1\": one value per clause (join clauses with commas)").arg(part));
                value += c;
            }
            if (ordering)
                return invalid(QStringLiteral("\"%1\": strings compare with ==, != or contains only").arg(part));
            clause.value = value;
        } else if (rest == u"true" || rest == u"false") {
            if (clause.op != Clause::Op::Equal && clause.op != Clause::Op::NotEqual)
                return invalid(QStringLiteral("\"%1\": true and false compare with == or != only").arg(part));
            clause.value = rest == u"true";
        } else if (rest.startsWith(u'$')) {
            static const QRegularExpression nameRe(QStringLiteral("^\\$[A-Za-z_][A-Za-z0-9_]*$"));
            if (!nameRe.match(rest).hasMatch())
                return invalid(
                    QStringLiteral("\"%1\": a recorded value is $ and a name (letters, digits, _)").arg(part));
            clause.recorded = rest.mid(1);
        } else {
            bool ok = false;
            const double number = rest.toDouble(&ok);
            if (!ok)
                return invalid(QStringLiteral("\"%1\": the value must be a number, true, false, a \"string\" or a "
                                              "$recorded value")
                                   .arg(part));
            if (clause.op == Clause::Op::Contains)
                return invalid(QStringLiteral("\"%1\": contains takes a \"string\"").arg(part));
            clause.value = number;
        }
        clauses << clause;
    }
    return clauses;
}

Result<Record> parseRecord(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*([A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_\\-]+)*)\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return Error::invalid(QStringLiteral("record"),
                              QStringLiteral("record must be \"name = field\" (e.g. \"slow = durationMs\"), got \"%1\"")
                                  .arg(text.trimmed()));
    return Record{m.captured(1), m.captured(2)};
}

std::optional<QVariant> fieldValue(const QVariantMap &event, const QString &field)
{
    if (const auto it = event.constFind(field); it != event.cend()) {
        if (!it->isValid())
            return std::nullopt;
        if (it->typeId() == QMetaType::QByteArray)
            return QString::fromUtf8(it->toByteArray());
        return *it;
    }
    const qsizetype dot = field.indexOf(u'.');
    if (dot < 0)
        return std::nullopt;
    const auto it = event.constFind(field.left(dot));
    if (it == event.cend())
        return std::nullopt;
    const QStringList path = field.mid(dot + 1).split(u'.');
    QJsonValue root;
    if (it->typeId() == QMetaType::QByteArray || it->typeId() == QMetaType::QString) {
        // Payloads travel as bytes: parsed here, only when a condition asks for a field of one.
        const QJsonDocument doc = QJsonDocument::fromJson(it->toByteArray());
        if (doc.isObject())
            root = doc.object();
        else if (doc.isArray())
            root = doc.array();
        else
            return std::nullopt;
    } else if (it->typeId() == QMetaType::QVariantMap) {
        root = QJsonObject::fromVariantMap(it->toMap());
    } else {
        return std::nullopt;
    }
    return walkJson(root, path);
}

bool holds(const QList<Clause> &clauses, const QVariantMap &event, const QVariantMap &recorded)
{
    for (const Clause &c : clauses) {
        const std::optional<QVariant> value = fieldValue(event, c.field);
        if (!value)
            return false;
        QVariant expected = c.value;
        if (!c.recorded.isEmpty()) {
            if (!recorded.contains(c.recorded))
                return false;
            expected = recorded.value(c.recorded);
        }
        if (!compare(*value, c.op, expected))
            return false;
    }
    return true;
}

} // namespace lambdesk::learn
