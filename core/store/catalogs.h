#pragma once

#include "model/error.h"
#include "model/runtimeinfo.h"

#include <QList>
#include <QMap>
#include <QString>

namespace lambdesk {

// A ready-made function to start from (resources/blueprints/<id>/blueprint.json), in one or
// more languages, with matching test events.
struct Blueprint
{
    struct Event
    {
        QString name;
        QString resource; // ":/blueprints/<id>/events/<file>"
    };
    QString id;
    QString title;
    QString summary;
    QString description;
    int memorySize = 128;
    int timeout = 3;
    QMap<QString, QString> environment;
    QMap<RuntimeFamily, QString> handlers; // the languages it comes in
    QList<Event> events;
    // "functionUrl": {"authType": "NONE"}: a function created from it gets a function URL of
    // that auth type (for $LATEST); empty: none.
    QString functionUrlAuthType;

    bool supports(RuntimeFamily family) const { return handlers.contains(family); }
    QString codeResource(RuntimeFamily family) const; // ":/blueprints/<id>/python"
    // The texts in the console's language (QCoreApplication::translate, context "blueprint:<id>";
    // translations/extract_data_strings.py collects them); the fields keep the data's English.
    QString displayTitle() const;
    QString displaySummary() const;
    QString displayDescription() const;
};

// An example event of an AWS service (resources/event-templates/).
struct EventTemplate
{
    QString id;
    QString title;
    QString group;
    QString resource;
    QByteArray content() const;
    QString displayTitle() const; // the title in the console's language (context "eventtemplate")
};

namespace catalogs {
const QList<Blueprint> &blueprints();
const Blueprint *blueprint(const QString &id);
const QList<EventTemplate> &eventTemplates();
const EventTemplate *eventTemplate(const QString &id);
QByteArray readResource(const QString &path);
// The blueprint `id` in the language of `family`, or why not (naming the field).
Result<const Blueprint *> blueprintFor(const QString &id, RuntimeFamily family);
// Starter code for a function created without any: file name -> content.
QMap<QString, QByteArray> blankCode(RuntimeFamily family);
} // namespace catalogs

} // namespace lambdesk
