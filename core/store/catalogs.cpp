#include "catalogs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lambdesk {

QString Blueprint::codeResource(RuntimeFamily family) const
{
    return QStringLiteral(":/blueprints/") + id + u'/' + runtimeFamilyName(family);
}

QByteArray EventTemplate::content() const
{
    return catalogs::readResource(resource);
}

namespace catalogs {

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static QList<Blueprint> loadBlueprints()
{
    QList<Blueprint> out;
    const QDir dir(QStringLiteral(":/blueprints"));
    for (const QString &id : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QJsonObject o = QJsonDocument::fromJson(readResource(dir.filePath(id + QStringLiteral("/blueprint.json")))).object();
        if (o.isEmpty())
            continue;
        Blueprint b;
        b.id = id;
        b.title = o.value(QStringLiteral("title")).toString(id);
        b.summary = o.value(QStringLiteral("summary")).toString();
        b.description = o.value(QStringLiteral("description")).toString();
        b.memorySize = o.value(QStringLiteral("memorySize")).toInt(128);
        b.timeout = o.value(QStringLiteral("timeout")).toInt(3);
        const QJsonObject env = o.value(QStringLiteral("environment")).toObject();
        for (auto it = env.begin(); it != env.end(); ++it)
            b.environment.insert(it.key(), it.value().toString());
        const QJsonObject variants = o.value(QStringLiteral("variants")).toObject();
        for (auto it = variants.begin(); it != variants.end(); ++it) {
            const RuntimeFamily family = it.key() == u"python" ? RuntimeFamily::Python
                                       : it.key() == u"nodejs" ? RuntimeFamily::Node
                                                                : RuntimeFamily::Unknown;
            if (family != RuntimeFamily::Unknown)
                b.handlers.insert(family, it.value().toObject().value(QStringLiteral("handler")).toString());
        }
        for (const QJsonValue &v : o.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            b.events.append({e.value(QStringLiteral("name")).toString(),
                             dir.filePath(id + u'/' + e.value(QStringLiteral("file")).toString())});
        }
        out.append(b);
    }
    return out;
}

const QList<Blueprint> &blueprints()
{
    static const QList<Blueprint> all = loadBlueprints();
    return all;
}

const Blueprint *blueprint(const QString &id)
{
    for (const Blueprint &b : blueprints()) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

static QList<EventTemplate> loadTemplates()
{
    QList<EventTemplate> out;
    const QJsonArray index = QJsonDocument::fromJson(readResource(QStringLiteral(":/event-templates/index.json"))).array();
    for (const QJsonValue &v : index) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("title")).toString(),
                    o.value(QStringLiteral("group")).toString(),
                    QStringLiteral(":/event-templates/") + o.value(QStringLiteral("file")).toString()});
    }
    return out;
}

const QList<EventTemplate> &eventTemplates()
{
    static const QList<EventTemplate> all = loadTemplates();
    return all;
}

const EventTemplate *eventTemplate(const QString &id)
{
    for (const EventTemplate &t : eventTemplates()) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

} // namespace catalogs
} // namespace lambdesk
