#include "exportcommand.h"

#include "backend.h"
#include "backendsamexport.h"
#include "cliargs.h"
#include "commandline.h"

namespace lambdesk::cli {

QStringList exportValuedOptions()
{
    return {QStringLiteral("out"), QStringLiteral("role")};
}

QStringList exportFlags()
{
    return {QStringLiteral("all"), QStringLiteral("force"), QStringLiteral("zip-only")};
}

int exportCommand(const ExportOptions &options, QTextStream &out, QTextStream &err)
{
    if (options.all == !options.names.isEmpty()) {
        err << "lambdesk export: give the function names (NAME or NAME:VERSION) or --all\n\n" << usage();
        return BadUsage;
    }
    if (options.out.isEmpty()) {
        err << "lambdesk export: --out DIR is required (an empty folder, or --force)\n\n" << usage();
        return BadUsage;
    }
    int exitCode = 0;
    auto backend = startBackend(options.workspace, err, &exitCode);
    if (!backend)
        return exitCode;
    samexport::Options exportOptions;
    exportOptions.overwrite = options.force;
    exportOptions.zipOnly = options.zipOnly;
    exportOptions.roleArn = options.role;
    const auto result = samexport::exportProject(*backend, options.names, options.out, exportOptions);
    backend->stop();
    if (!result) {
        QString message = result.error().message;
        if (result.error().field == u"OutDir")
            message.replace(QStringLiteral("or overwrite to replace"), QStringLiteral("or --force to replace"));
        err << "lambdesk export: " << message << '\n';
        return exitFor(result.error());
    }
    out << "Wrote to " << result->outDir << ":\n";
    for (const QString &entry : result->written)
        out << "  " << entry << '\n';
    if (!result->notes.isEmpty()) {
        out << "\nNotes:\n";
        for (const QString &note : result->notes)
            out << "  " << note << '\n';
    }
    out << "\nTo deploy (replace <your-role-arn> with an IAM role Lambda can assume):\n";
    for (const QString &command : result->commands)
        out << "  " << command << '\n';
    return Success;
}

} // namespace lambdesk::cli
