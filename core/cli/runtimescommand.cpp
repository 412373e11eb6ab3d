#include "runtimescommand.h"

#include "commandline.h"
#include "runtime/runtimedetection.h"
#include "runtime/runtimesdk.h"
#include "runtime/sandbox.h"

namespace lambdesk::cli {

int runtimesCommand(bool refresh, bool installSdk, QTextStream &out, QTextStream &err)
{
    // From the cache when it still describes PATH's interpreters; --refresh asks them all.
    RuntimeDetection detection;
    const RuntimeCatalog &catalog = detection.catalog(refresh);
    for (const RuntimeInfo &r : catalog.runtimes())
        out << QStringLiteral("%1  %2  %3\n").arg(r.id, -16).arg(r.displayName, -28).arg(r.executable);
    if (installSdk) {
        bool ok = false;
        const QString outcome = runtimesdk::installNodeSdk(&ok, [&out](const QString &line) {
            out << line << '\n';
            out.flush();
        });
        (ok ? out : err) << outcome << '\n';
        if (!ok)
            return CannotRun;
    }
    // The SDKs the runtimes provide, as AWS's do.
    const runtimesdk::NodeSdk node = runtimesdk::findNodeSdk();
    out << "\n";
    if (node.nodeModulesDir.isEmpty())
        out << "AWS SDK for JavaScript v3: not installed — run lambdesk runtimes --install-sdk\n";
    else
        out << QStringLiteral("AWS SDK for JavaScript v3 %1 (%2 clients): %3\n")
                   .arg(node.version)
                   .arg(node.packages)
                   .arg(node.nodeModulesDir);
    const runtimesdk::PythonSdk python = runtimesdk::findPythonSdk();
    if (python.dir.isEmpty())
        out << "boto3: not installed — apt-get install python3-boto3\n";
    else
        out << QStringLiteral("boto3 %1: %2\n").arg(python.version, python.dir);
    out << '\n' << sandbox::describe() << '\n';
    return Success;
}

} // namespace lambdesk::cli
