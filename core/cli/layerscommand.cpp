#include "layerscommand.h"

#include "backend.h"
#include "cli/cliargs.h"
#include "cli/commandline.h"

#include <QDir>
#include <QFile>

namespace lambdesk::cli {

namespace {

QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out.append(part.trimmed());
    return out;
}

void printVersions(QTextStream &out, const QList<LayerVersion> &list, const Backend &backend)
{
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("VERSION ARN"), -60)
               .arg(QStringLiteral("SIZE"), 10)
               .arg(QStringLiteral("CREATED"), -28)
               .arg(QStringLiteral("RUNTIMES"), -24)
               .arg(QStringLiteral("DESCRIPTION"));
    for (const LayerVersion &l : list)
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(backend.layerVersionArn(l.layerName, l.version), -60)
                   .arg(l.codeSize, 10)
                   .arg(l.createdDate, -28)
                   .arg(l.compatibleRuntimes.isEmpty() ? QStringLiteral("any")
                                                       : l.compatibleRuntimes.join(u','),
                        -24)
                   .arg(l.description);
}

} // namespace

QStringList layersValuedOptions()
{
    return {QStringLiteral("zip"),      QStringLiteral("dir"),           QStringLiteral("description"),
            QStringLiteral("runtimes"), QStringLiteral("architectures"), QStringLiteral("license")};
}

int layersCommand(Backend &backend, const LayersOptions &o, QTextStream &out, QTextStream &err)
{
    const QString action = o.positional.value(0);
    const QStringList args = o.positional.mid(1);
    if (action.isEmpty() || action == u"list") {
        const auto list = backend.listLayers();
        if (!list) {
            err << "lambdesk layers: " << list.error().message << '\n';
            return exitFor(list.error());
        }
        printVersions(out, list.value(), backend);
        return Success;
    }
    if (action == u"versions") {
        if (args.size() != 1) {
            err << "lambdesk layers versions: give exactly one layer name\n";
            return BadUsage;
        }
        const auto list = backend.listLayerVersions(args.first());
        if (!list) {
            err << "lambdesk layers versions: " << list.error().message << '\n';
            return exitFor(list.error());
        }
        printVersions(out, list.value(), backend);
        return Success;
    }
    if (action == u"publish") {
        if (args.size() != 1) {
            err << "lambdesk layers publish: give exactly one layer name\n";
            return BadUsage;
        }
        if (o.zip.isEmpty() == o.dir.isEmpty()) {
            err << "lambdesk layers publish: give one of --zip FILE and --dir DIR (the layer's files: python/, "
                   "nodejs/node_modules/, bin/, ...)\n";
            return BadUsage;
        }
        LayerPublish request;
        request.layerName = args.first();
        request.description = o.description;
        request.compatibleRuntimes = commaList(o.runtimes);
        request.compatibleArchitectures = commaList(o.architectures);
        request.licenseInfo = o.license;
        if (!o.zip.isEmpty()) {
            QFile f(o.zip);
            if (!f.open(QIODevice::ReadOnly)) {
                err << "lambdesk layers publish: --zip: cannot read " << o.zip << ": " << f.errorString() << '\n';
                return BadUsage;
            }
            request.zip = f.readAll();
        } else {
            request.folder = QDir(o.dir).absolutePath();
        }
        const auto l = backend.publishLayerVersion(request);
        if (!l) {
            err << "lambdesk layers publish: " << l.error().message << '\n';
            return exitFor(l.error());
        }
        out << backend.layerVersionArn(l->layerName, l->version) << '\n';
        err << "Published version " << l->version << " of " << l->layerName << " (" << l->codeSize
            << " bytes zipped, " << l->unzippedSize << " unzipped)\n";
        return Success;
    }
    if (action == u"delete") {
        bool ok = false;
        const int version = args.value(1).toInt(&ok);
        if (args.size() != 2 || !ok || version < 1) {
            err << "lambdesk layers delete: give a layer name and a version number (lambdesk layers delete NAME 3)\n";
            return BadUsage;
        }
        const auto s = backend.deleteLayerVersion(args.first(), version);
        if (!s) {
            err << "lambdesk layers delete: " << s.error().message << '\n';
            return exitFor(s.error());
        }
        return Success;
    }
    if (action == u"use") {
        if (args.isEmpty() || args.size() > 2) {
            err << "lambdesk layers use: give a function name and its layer version ARNs, comma-separated, in order "
                   "(none: no layers)\n";
            return BadUsage;
        }
        auto config = backend.getFunction(args.first());
        if (!config) {
            err << "lambdesk layers use: " << config.error().message << '\n';
            return exitFor(config.error());
        }
        FunctionConfig changed = config.value();
        changed.layers = commaList(args.value(1));
        const auto updated = backend.updateConfiguration(changed);
        if (!updated) {
            err << "lambdesk layers use: " << updated.error().message << '\n';
            return exitFor(updated.error());
        }
        for (const QString &arn : updated->config.layers)
            out << arn << '\n';
        return Success;
    }
    err << "lambdesk layers: unknown action '" << action << "' (list, versions, publish, delete, use)\n";
    return BadUsage;
}

} // namespace lambdesk::cli
