#include "catalogs.h"

#include <QCoreApplication>
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

static QString translated(const QString &context, const QString &text)
{
    return text.isEmpty() ? text : QCoreApplication::translate(context.toUtf8().constData(), text.toUtf8().constData());
}

QString Blueprint::displayTitle() const
{
    return translated(QStringLiteral("blueprint:") + id, title);
}

QString Blueprint::displaySummary() const
{
    return translated(QStringLiteral("blueprint:") + id, summary);
}

QString Blueprint::displayDescription() const
{
    return translated(QStringLiteral("blueprint:") + id, description);
}

QByteArray EventTemplate::content() const
{
    return catalogs::readResource(resource);
}

QString EventTemplate::displayTitle() const
{
    return translated(QStringLiteral("eventtemplate"), title);
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
        const QJsonObject o =
            QJsonDocument::fromJson(readResource(dir.filePath(id + QStringLiteral("/blueprint.json")))).object();
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
                : it.key() == u"nodejs"                        ? RuntimeFamily::Node
                                                               : RuntimeFamily::Unknown;
            if (family != RuntimeFamily::Unknown)
                b.handlers.insert(family, it.value().toObject().value(QStringLiteral("handler")).toString());
        }
        b.functionUrlAuthType =
            o.value(QStringLiteral("functionUrl")).toObject().value(QStringLiteral("authType")).toString();
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
    const QJsonArray index =
        QJsonDocument::fromJson(readResource(QStringLiteral(":/event-templates/index.json"))).array();
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

// The blueprint `id` in the language of `family`, or why not.
Result<const Blueprint *> blueprintFor(const QString &id, RuntimeFamily family)
{
    const Blueprint *b = blueprint(id);
    if (!b) {
        QStringList ids;
        for (const Blueprint &bp : blueprints())
            ids << bp.id;
        return Error::invalid(
            QStringLiteral("Blueprint"),
            QStringLiteral("Blueprint %1 does not exist; available: %2").arg(id, ids.join(QStringLiteral(", "))));
    }
    if (!b->supports(family))
        return Error::invalid(QStringLiteral("Runtime"),
                              QStringLiteral("Blueprint %1 has no %2 version").arg(b->id, runtimeFamilyName(family)));
    return b;
}

QMap<QString, QByteArray> blankCode(RuntimeFamily family)
{
    switch (family) {
    case RuntimeFamily::Python:
        return {{QStringLiteral("lambda_function.py"),
                 "import json\n\n\n"
                 "def lambda_handler(event, context):\n"
                 "    # TODO implement\n"
                 "    return {\n"
                 "        'statusCode': 200,\n"
                 "        'body': json.dumps('Hello from Lambda!')\n"
                 "    }\n"}};
    case RuntimeFamily::Node:
        return {{QStringLiteral("index.mjs"),
                 "export const handler = async (event) => {\n"
                 "  // TODO implement\n"
                 "  const response = {\n"
                 "    statusCode: 200,\n"
                 "    body: JSON.stringify('Hello from Lambda!'),\n"
                 "  };\n"
                 "  return response;\n"
                 "};\n"}};
    case RuntimeFamily::Provided:
        // A custom runtime in shell, as in AWS's tutorial: it speaks the Runtime API itself.
        return {
            {QStringLiteral("bootstrap"),
             "#!/bin/sh\n"
             "# A custom runtime: fetch the next event, run the handler, post its result.\n"
             "set -eu\n"
             "API=\"http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime\"\n"
             ". \"$LAMBDA_TASK_ROOT/function.sh\"\n"
             "while true; do\n"
             "  HEADERS=\"$(mktemp)\"\n"
             "  EVENT=$(curl -sS -LD \"$HEADERS\" \"$API/invocation/next\")\n"
             "  REQUEST_ID=$(grep -Fi Lambda-Runtime-Aws-Request-Id \"$HEADERS\" | tr -d '[:space:]' | cut -d: -f2)\n"
             "  rm -f \"$HEADERS\"\n"
             "  RESPONSE=$(\"${_HANDLER##*.}\" \"$EVENT\")\n"
             "  curl -sS -o /dev/null \"$API/invocation/$REQUEST_ID/response\" -d \"$RESPONSE\"\n"
             "done\n"},
            {QStringLiteral("function.sh"),
             "# The handler named by the Handler setting (function.handler -> handler).\n"
             "handler() {\n"
             "  EVENT_DATA=$1\n"
             "  echo \"Received: $EVENT_DATA\" 1>&2\n"
             "  echo '{\"statusCode\": 200, \"body\": \"Hello from a custom runtime!\"}'\n"
             "}\n"}};
    case RuntimeFamily::Unknown: break;
    }
    return {};
}

} // namespace catalogs

} // namespace lambdesk
