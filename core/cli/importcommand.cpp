#include "importcommand.h"

#include "backend.h"
#include "samimport.h"
#include "cliargs.h"
#include "commandline.h"
#include "io/samtemplate.h"

#include <QFileInfo>

namespace lambdesk::cli {

int importCommand(const ImportOptions &options, QTextStream &out, QTextStream &err)
{
    QMap<QString, QString> overrides;
    for (const QString &kv : options.overrides) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0) {
            err << "lambdesk import: --parameter-overrides takes KEY=VALUE; got '" << kv << "'\n";
            return BadUsage;
        }
        overrides.insert(kv.left(eq), kv.mid(eq + 1));
    }
    if (!QFileInfo(options.templatePath).isFile()) {
        err << "lambdesk import: " << options.templatePath << " is not a file (give the project's template.yaml)\n";
        return BadUsage;
    }
    int exitCode = 0;
    auto backend = startBackend(options.workspace, err, &exitCode);
    if (!backend)
        return exitCode;
    samtemplate::Options parseOptions;
    parseOptions.region = backend->region();
    const auto project = samtemplate::parse(options.templatePath, overrides, parseOptions);
    if (!project) {
        err << "lambdesk import: " << project.error().message << '\n';
        backend->stop();
        return BadUsage;
    }
    const SamImportReport report = samimport::importProject(*backend, project.value(), options.dryRun);
    backend->stop();
    out << (options.dryRun ? "Dry run: nothing was changed.\n" : "") << "Template " << project->templatePath << '\n';
    if (!project->parameters.isEmpty()) {
        out << "Parameters:\n";
        for (auto it = project->parameters.cbegin(); it != project->parameters.cend(); ++it)
            out << "  " << it.key() << " = " << it.value() << '\n';
    }
    for (const auto &l : report.layers)
        out << "layer " << l.name << " (" << l.logicalId << "): " << l.action
            << (l.detail.isEmpty() ? QString() : QStringLiteral(", ") + l.detail) << '\n';
    for (const auto &f : report.functions) {
        out << "function " << f.name << " (" << f.logicalId << "): " << f.action
            << (f.detail.isEmpty() ? QString() : QStringLiteral(", ") + f.detail) << '\n';
        for (const QString &n : f.notes)
            out << "  " << n << '\n';
    }
    if (!report.unsupported.isEmpty()) {
        out << "Not imported (" << report.unsupported.size() << "):\n";
        for (const auto &u : report.unsupported)
            out << "  " << u.resource << " [" << u.type << "]: " << u.why << '\n';
    }
    return report.failed() > 0 ? CannotRun : Success;
}

} // namespace lambdesk::cli
