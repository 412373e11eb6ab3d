#pragma once

#include "io/samproject.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lambdesk {

class Backend;

// Importing a SAM project (io/samtemplate.h parses it) into the Backend, through its public
// API only (backendsam.cpp). Kept out of backend.h on purpose: every file of core and widgets
// includes that header.
struct SamImportItem
{
    QString logicalId;
    QString name;      // the function's (or the layer's) name
    QString action;    // "created", "updated", "published", "failed"; a dry run: "would create", ...
    QString detail;    // the error of a failure; else e.g. "version 1, alias live"
    QStringList notes; // what was made: "URL ...", "route GET /x", "schedule ...", "queue ... (mapping ...)"
};

struct SamImportReport
{
    QList<SamImportItem> functions;
    QList<SamImportItem> layers;
    QList<sam::Unsupported> unsupported; // the template's, plus what the import could not honour
    int failed() const;
};

// One Api/HttpApi event of an imported function: served by its function URL.
struct SamRoute
{
    QString event;  // the event's logical id
    QString type;   // Api or HttpApi
    QString method; // as written (get, POST, ANY)
    QString path;   // /items/{id}
};

// Where an imported function came from (<workspace>/functions/NAME/sam.json).
struct SamOrigin
{
    QString templatePath;
    QString logicalId;
    QString codeDir; // the project's folder it runs from; empty: a copy (inline code, a .zip)
    QList<SamRoute> routes;
};

namespace samimport {

// Creates every function of the project, or updates it when a function of that name was
// imported from the same template (another function of that name is a failure, left as it
// is). A function's code folder becomes a link to the project's CodeUri folder: it runs from
// there, and the editor (Backend::saveCodeFile, ...) edits the project's files. Layers are
// published, AutoPublishAlias publishes a version and points the alias at it,
// FunctionUrlConfig and Api/HttpApi events give a function URL (routes kept in sam.json beside
// function.json), Schedule/ScheduleV2 events schedules, SQS events a local queue and an event
// source mapping. Blocks (hashing, zipping the code): call it on the backend's thread (the
// console does so through BackendHost), never the GUI's. dryRun: changes nothing, answers
// what would be done ("would create", "would update", or why a function would fail).
SamImportReport importProject(Backend &backend, const sam::Project &project, bool dryRun = false);

// Where an imported function came from; nullopt for the others.
std::optional<SamOrigin> origin(const Backend &backend, const QString &function);

} // namespace samimport

} // namespace lambdesk
