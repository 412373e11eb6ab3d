#pragma once

#include "model/error.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace lambdesk {

class Backend;

// Exporting the workspace's functions as a SAM project and deployment packages
// (backendsamexport.cpp, over the Backend's public API; io/samexport.h writes the template).
// Kept out of backend.h, as samimport.h is: every file of core and widgets includes that header.
namespace samexport {

struct Options
{
    bool overwrite = false; // write into a folder that is not empty (entries of the same name are replaced)
    bool zipOnly = false;   // only the deployment packages (NAME.zip), no template and no code folders
    QString roleArn;        // for the printed create-function commands; empty: <your-role-arn>
};

struct Report
{
    QString outDir;       // absolute
    QStringList files;    // every file written, relative to outDir, sorted
    QStringList written;  // what a person reads: template.yaml, NAME.zip, NAME/ (N files), ...
    QStringList commands; // to deploy: cd, aws lambda create-function ... per function, sam validate && sam deploy
    QStringList notes;    // what the template could not say, and why
};

// Exports the functions (`names` empty: all; NAME:N exports version N's snapshot and
// configuration) to outDir: template.yaml (SAM: configuration, layers, URL, aliases,
// concurrency, async config, dead-letter queue, schedules, SQS mappings, API routes of an
// imported function), each function's code in outDir/NAME/, its deployment package
// outDir/NAME.zip as `aws lambda create-function --zip-file` takes it (the code at the root),
// and the layers it uses in outDir/layers/. Nothing is written outside outDir: everything is
// made in a staging folder inside it, then renamed into place entry by entry. A non-empty
// outDir is refused (InvalidParameter, field OutDir) unless `overwrite`. Blocks (zips, copies):
// call it on the backend's thread in the CLI and tests; the console uses the other form.
Result<Report> exportProject(Backend &backend, const QStringList &names, const QString &outDir,
                             const Options &options);
// Reads the backend's state on its thread (call it there), writes the files on a worker
// thread, then runs `done` on the backend's thread.
void exportProject(Backend &backend, const QStringList &names, const QString &outDir, const Options &options,
                   std::function<void(Result<Report>)> done);

} // namespace samexport

} // namespace lambdesk
