#include "jsonline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace lambdesk {

namespace {

constexpr int kMaxFields = 200; // a huge object still folds out, cut short

QString scalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return {};
}

// Keys in the order the line wrote them: QJsonObject sorts its keys, so the text is scanned for
// where each key first appears ("\"key\":") to put them back in writing order.
QStringList writtenOrder(const QJsonObject &o, QStringView text)
{
    QList<std::pair<qsizetype, QString>> at;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const qsizetype pos = text.indexOf(QString(u'"' + it.key() + u'"'));
        at.append({pos < 0 ? text.size() : pos, it.key()});
    }
    std::stable_sort(at.begin(), at.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList keys;
    for (const auto &p : at)
        keys << p.second;
    return keys;
}

void flatten(const QJsonObject &o, QStringView text, const QString &prefix, QList<std::pair<QString, QString>> &out)
{
    for (const QString &key : writtenOrder(o, text)) {
        if (out.size() >= kMaxFields)
            return;
        const QJsonValue v = o.value(key);
        const QString path = prefix.isEmpty() ? key : prefix + u'.' + key;
        if (v.isObject() && !v.toObject().isEmpty())
            flatten(v.toObject(), text, path, out);
        else
            out.append({path, scalar(v)});
    }
}

loglevel::Level levelNamed(const QString &name)
{
    const QString n = name.toUpper();
    if (n == u"ERROR" || n == u"FATAL" || n == u"CRITICAL")
        return loglevel::Level::Error;
    if (n == u"WARN" || n == u"WARNING")
        return loglevel::Level::Warn;
    if (n == u"INFO")
        return loglevel::Level::Info;
    if (n == u"DEBUG" || n == u"TRACE")
        return loglevel::Level::Debug;
    return loglevel::Level::None;
}

// platform.report: as its text line says it, REPORT's fields in a row.
QString platformSummary(const JsonLine &j)
{
    const auto f = [&j](const char *key) { return j.field(QString::fromLatin1(key)); };
    QStringList parts{j.type};
    const QString id = f("record.requestId");
    if (!id.isEmpty())
        parts << QStringLiteral("RequestId: ") + id;
    if (j.type == u"platform.start") {
        parts << QStringLiteral("Version: ") + f("record.version");
    } else if (j.type == u"platform.report" || j.type == u"platform.runtimeDone" || j.type == u"platform.initReport") {
        const struct
        {
            const char *key, *label;
        } metrics[] = {
            {"record.metrics.durationMs", "Duration"},          {"record.metrics.billedDurationMs", "Billed Duration"},
            {"record.metrics.memorySizeMB", "Memory Size"},     {"record.metrics.maxMemoryUsedMB", "Max Memory Used"},
            {"record.metrics.initDurationMs", "Init Duration"}, {"record.metrics.producedBytes", "Produced"}};
        for (const auto &m : metrics) {
            const QString v = f(m.key);
            if (v.isNull())
                continue;
            const QString unit = QString::fromLatin1(m.key).endsWith(QLatin1String("MB")) ? QStringLiteral(" MB")
                : QString::fromLatin1(m.key).endsWith(QLatin1String("Bytes"))             ? QStringLiteral(" bytes")
                                                                                          : QStringLiteral(" ms");
            parts << QString::fromLatin1(m.label) + QStringLiteral(": ") + v + unit;
        }
        parts << QStringLiteral("Status: ") + f("record.status");
        if (const QString e = f("record.errorType"); !e.isEmpty())
            parts << QStringLiteral("Error Type: ") + e;
    } else if (j.type == u"platform.initStart") {
        parts << QStringLiteral("Runtime Version: ") + f("record.runtimeVersion");
    } else {
        for (const auto &[key, value] : j.fields) {
            if (key.startsWith(QLatin1String("record.")))
                parts << key.mid(7) + QStringLiteral(": ") + value;
        }
    }
    return parts.join(QStringLiteral("   "));
}

} // namespace

QString JsonLine::field(QStringView key) const
{
    for (const auto &[k, v] : fields) {
        if (k == key)
            return v;
    }
    return {};
}

std::shared_ptr<const JsonLine> JsonLine::parse(const QString &text)
{
    const QStringView t = QStringView(text).trimmed();
    if (t.size() < 2 || t.front() != u'{' || t.back() != u'}')
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
    if (!doc.isObject())
        return {};
    auto j = std::make_shared<JsonLine>();
    const QJsonObject o = doc.object();
    flatten(o, t, {}, j->fields);
    j->type = o.value(QStringLiteral("type")).toString();
    j->platformRecord = j->type.startsWith(QLatin1String("platform."));
    if (j->platformRecord) {
        const QString status = j->field(u"record.status");
        j->level = status.isEmpty() || status == u"success" ? loglevel::Level::None : loglevel::Level::Error;
        j->summary = platformSummary(*j);
        return j;
    }
    // Whatever a logger calls them: AWS's and Powertools' "level", some "log_level" or "severity".
    QString level;
    for (const char *key : {"level", "log_level", "levelname", "severity"}) {
        level = o.value(QLatin1StringView(key)).toString();
        if (!level.isEmpty())
            break;
    }
    j->level = levelNamed(level);
    QString message;
    for (const char *key : {"message", "msg", "errorMessage"}) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (!v.isUndefined()) {
            message = scalar(v);
            break;
        }
    }
    if (message.isNull())
        message = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    if (const QString type = o.value(QStringLiteral("errorType")).toString();
        !type.isEmpty() && !message.contains(type))
        message = type + QStringLiteral(": ") + message;
    const int rest = int(j->fields.size()) - (level.isEmpty() ? 0 : 1) - 1;
    j->summary = (level.isEmpty() ? QString() : u'[' + level.toUpper() + QStringLiteral("] ")) + message
        + (rest > 0 ? QStringLiteral("   {+%1 fields}").arg(rest) : QString());
    return j;
}

} // namespace lambdesk
