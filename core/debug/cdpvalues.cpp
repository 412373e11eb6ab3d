#include "cdpvalues.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace lambdesk::debug::cdp {

namespace {

QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('\'');
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case '\'': out += QLatin1String("\\'"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default: out += c;
        }
    }
    out += QLatin1Char('\'');
    return out;
}

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return nl < 0 ? text : text.left(nl);
}

// A property of an ObjectPreview: {name, type, value, subtype}.
QString previewPropertyValue(const QJsonObject &p)
{
    const QString type = p.value(QLatin1String("type")).toString();
    const QString value = p.value(QLatin1String("value")).toString();
    if (type == QLatin1String("string"))
        return quoted(value);
    if (type == QLatin1String("function"))
        return QStringLiteral("ƒ");
    if (type == QLatin1String("object") && p.value(QLatin1String("subtype")).toString().isEmpty()) {
        if (p.contains(QLatin1String("valuePreview")))
            return QStringLiteral("{…}");
        return value.isEmpty() || value == QLatin1String("Object") ? QStringLiteral("{…}") : value;
    }
    return value;
}

QString renderPreview(const QJsonObject &preview, const QString &className)
{
    const bool isArray = preview.value(QLatin1String("subtype")).toString() == QLatin1String("array");
    QStringList parts;
    const QJsonArray props = preview.value(QLatin1String("properties")).toArray();
    for (const QJsonValue &v : props) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QLatin1String("name")).toString();
        parts << (isArray ? previewPropertyValue(p) : name + QLatin1String(": ") + previewPropertyValue(p));
    }
    if (preview.value(QLatin1String("overflow")).toBool())
        parts << QStringLiteral("…");
    const QString body = parts.join(QLatin1String(", "));
    if (isArray)
        return QLatin1Char('[') + body + QLatin1Char(']');
    const QString prefix = className.isEmpty() || className == QLatin1String("Object") ? QString() : className + QLatin1Char(' ');
    return prefix + QLatin1Char('{') + body + QLatin1Char('}');
}

} // namespace

QString renderValue(const QJsonObject &o)
{
    const QString type = o.value(QLatin1String("type")).toString();
    const QString subtype = o.value(QLatin1String("subtype")).toString();
    const QString description = o.value(QLatin1String("description")).toString();
    if (o.contains(QLatin1String("unserializableValue")))
        return o.value(QLatin1String("unserializableValue")).toString();
    if (type == QLatin1String("undefined"))
        return QStringLiteral("undefined");
    if (type == QLatin1String("string"))
        return quoted(o.value(QLatin1String("value")).toString());
    if (type == QLatin1String("number") || type == QLatin1String("boolean")) {
        if (!description.isEmpty())
            return description;
        const QJsonValue v = o.value(QLatin1String("value"));
        return v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                          : QString::number(v.toDouble(), 'g', 17);
    }
    if (type == QLatin1String("bigint") || type == QLatin1String("symbol"))
        return description;
    if (type == QLatin1String("function")) {
        QString head = firstLine(description);
        const qsizetype brace = head.indexOf(QLatin1Char('{'));
        if (brace > 0)
            head = head.left(brace).trimmed();
        if (head.startsWith(QLatin1String("function ")))
            head = head.mid(9);
        else if (head.startsWith(QLatin1String("async function ")))
            head = QLatin1String("async ") + head.mid(15);
        return QStringLiteral("ƒ ") + head;
    }
    if (type == QLatin1String("object")) {
        if (subtype == QLatin1String("null"))
            return QStringLiteral("null");
        if (subtype == QLatin1String("error"))
            return firstLine(description);
        if (subtype == QLatin1String("array") || subtype == QLatin1String("typedarray"))
            return description; // "Array(3)"
        if (subtype.isEmpty() && o.contains(QLatin1String("preview")))
            return renderPreview(o.value(QLatin1String("preview")).toObject(), o.value(QLatin1String("className")).toString());
        return description.isEmpty() ? o.value(QLatin1String("className")).toString() : firstLine(description);
    }
    return description;
}

QString typeName(const QJsonObject &o)
{
    const QString subtype = o.value(QLatin1String("subtype")).toString();
    return subtype.isEmpty() ? o.value(QLatin1String("type")).toString() : subtype;
}

QString urlRegex(const QString &runtimeCodeRoot, const QString &file)
{
    QString root = runtimeCodeRoot;
    while (root.size() > 1 && root.endsWith(QLatin1Char('/')))
        root.chop(1);
    const QString path = root + QLatin1Char('/') + file;
    const QString url = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    return QLatin1String("^(?:") + QRegularExpression::escape(path) + QLatin1Char('|')
        + QRegularExpression::escape(url) + QLatin1String(")$");
}

QString scriptPath(const QString &url)
{
    if (url.startsWith(QLatin1String("file://")))
        return QUrl(url).toLocalFile();
    if (url.startsWith(QLatin1Char('/')))
        return url;
    return {};
}

QString relativeFile(const QString &path, const QString &runtimeCodeRoot)
{
    if (path.isEmpty() || runtimeCodeRoot.isEmpty())
        return {};
    QString root = runtimeCodeRoot;
    if (!root.endsWith(QLatin1Char('/')))
        root += QLatin1Char('/');
    const QString clean = QDir::cleanPath(path);
    if (!clean.startsWith(root))
        return {};
    return clean.mid(root.size());
}

QString webSocketUrl(const QByteArray &jsonList)
{
    const QJsonDocument doc = QJsonDocument::fromJson(jsonList);
    const QJsonArray targets = doc.array();
    for (const QJsonValue &t : targets) {
        const QString url = t.toObject().value(QLatin1String("webSocketDebuggerUrl")).toString();
        if (url.startsWith(QLatin1String("ws://")))
            return url;
    }
    return {};
}

QString logpointCondition(const QString &logMessage, const QString &condition, const QString &sink)
{
    // "x is {x}" -> "x is " + String((x)); braces inside the expression are not supported (as
    // in VS Code's simple logpoints).
    QStringList parts;
    qsizetype pos = 0;
    auto literal = [&](const QString &text) {
        if (!text.isEmpty())
            parts << QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    };
    while (pos < logMessage.size()) {
        const qsizetype open = logMessage.indexOf(QLatin1Char('{'), pos);
        const qsizetype close = open < 0 ? -1 : logMessage.indexOf(QLatin1Char('}'), open + 1);
        if (open < 0 || close < 0) {
            literal(logMessage.mid(pos));
            break;
        }
        literal(logMessage.mid(pos, open - pos));
        const QString expr = logMessage.mid(open + 1, close - open - 1).trimmed();
        if (!expr.isEmpty())
            parts << QLatin1String("String((") + expr + QLatin1String("))");
        pos = close + 1;
    }
    if (parts.isEmpty())
        parts << QStringLiteral("\"\"");
    const QString call = sink + QLatin1Char('(') + parts.join(QLatin1String(" + ")) + QLatin1Char(')');
    if (condition.trimmed().isEmpty())
        return QLatin1String("(") + call + QLatin1String(", false)");
    return QLatin1String("((") + condition + QLatin1String(") ? (") + call + QLatin1String(", false) : false)");
}

} // namespace lambdesk::debug::cdp
