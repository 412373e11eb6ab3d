// samexport::exportProject: the workspace's functions as a SAM project and deployment
// packages (io/samexport.h writes the template).
#include "backendsamexport.h"

#include "backend.h"

#include "io/samexport.h"
#include "io/ziparchive.h"
#include "model/destination.h"
#include "samimport.h"
#include "store/layerstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace lambdesk {

namespace {

struct ExportPlan
{
    QString outDir;
    samexport::Options options;
    sam::Project project;
    QMap<QString, sam::FunctionExtras> extras; // by function name (the project's logical ids)
    struct Code
    {
        QString name;
        QString sourceDir;
    };
    QList<Code> code;
    struct LayerContent
    {
        QString zipPath;
        QString relativeDir;
    };
    QList<LayerContent> layers;
    QStringList commands;
    QStringList notes;
};

QString shellQuote(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

Error outDirError(const QString &message)
{
    return Error::invalid(QStringLiteral("OutDir"), message);
}

std::optional<Error> checkOutDir(const QString &outDir, bool overwrite)
{
    if (outDir.trimmed().isEmpty())
        return outDirError(QStringLiteral("OutDir (the folder to export to) is required"));
    const QFileInfo info(outDir);
    if (info.exists() && !info.isDir())
        return outDirError(QStringLiteral("OutDir must be a folder; %1 is a file").arg(outDir));
    if (info.exists() && !overwrite
        && !QDir(outDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty())
        return outDirError(QStringLiteral("OutDir must be an empty folder; %1 is not empty (choose an empty folder, "
                                          "or overwrite to replace the entries of the same name)")
                               .arg(outDir));
    return std::nullopt;
}

QString createFunctionCommand(const FunctionConfig &c, const QString &role)
{
    QStringList args{QStringLiteral("aws lambda create-function"),
                     QStringLiteral("--function-name ") + shellQuote(c.name),
                     QStringLiteral("--runtime ") + shellQuote(c.runtime),
                     QStringLiteral("--handler ") + shellQuote(c.handler),
                     QStringLiteral("--memory-size %1").arg(c.memorySize),
                     QStringLiteral("--timeout %1").arg(c.timeout),
                     QStringLiteral("--role ") + (role.isEmpty() ? QStringLiteral("<your-role-arn>") : shellQuote(role)),
                     QStringLiteral("--zip-file fileb://") + shellQuote(c.name + QStringLiteral(".zip"))};
    if (!c.description.isEmpty())
        args << QStringLiteral("--description ") + shellQuote(c.description);
    if (c.ephemeralStorage != 512)
        args << QStringLiteral("--ephemeral-storage Size=%1").arg(c.ephemeralStorage);
    if (!c.environment.isEmpty()) {
        QJsonObject variables;
        for (auto it = c.environment.cbegin(); it != c.environment.cend(); ++it)
            variables.insert(it.key(), it.value());
        const QJsonObject env{{QStringLiteral("Variables"), variables}};
        args << QStringLiteral("--environment ")
                + shellQuote(QString::fromUtf8(QJsonDocument(env).toJson(QJsonDocument::Compact)));
    }
    return args.join(u' ');
}

// Removes what is at `path` without ever following a link out of outDir.
bool removeEntry(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (info.isDir() && !info.isSymLink())
        return QDir(path).removeRecursively();
    return QFile::remove(path);
}

Result<samexport::Report> writeExport(const ExportPlan &plan)
{
    const QString outDir = QFileInfo(plan.outDir).absoluteFilePath();
    if (auto e = checkOutDir(outDir, plan.options.overwrite))
        return *e;
    if (!QDir().mkpath(outDir))
        return outDirError(QStringLiteral("OutDir %1 cannot be created").arg(outDir));
    // The staging folder is inside outDir: the renames below stay on its file system, and
    // nothing is ever written elsewhere. A failure leaves outDir as it was.
    QTemporaryDir staging(outDir + QStringLiteral("/.lambdesk-export-XXXXXX"));
    if (!staging.isValid())
        return outDirError(QStringLiteral("OutDir %1 is not writable: %2").arg(outDir, staging.errorString()));
    const QString stage = staging.path();
    QStringList templateNotes;

    for (const ExportPlan::Code &code : plan.code) {
        auto zip = ziparchive::create(code.sourceDir);
        if (!zip)
            return zip.error();
        QFile file(stage + u'/' + code.name + QStringLiteral(".zip"));
        if (!file.open(QIODevice::WriteOnly) || file.write(zip.value()) != zip->size() || !file.flush())
            return Error::internal(QStringLiteral("%1 cannot be written: %2").arg(file.fileName(), file.errorString()));
        file.close();
        if (plan.options.zipOnly)
            continue;
        // The folder holds exactly what the zip holds (modes, links that stay inside).
        const QString dir = stage + u'/' + code.name;
        if (!QDir().mkpath(dir))
            return Error::internal(QStringLiteral("%1 cannot be created").arg(dir));
        if (auto s = ziparchive::extract(zip.value(), dir); !s)
            return s.error();
    }
    if (!plan.options.zipOnly) {
        for (const ExportPlan::LayerContent &layer : plan.layers) {
            QFile zipFile(layer.zipPath);
            if (!zipFile.open(QIODevice::ReadOnly))
                return Error::internal(QStringLiteral("%1 cannot be read: %2").arg(layer.zipPath, zipFile.errorString()));
            const QString dir = stage + u'/' + layer.relativeDir;
            if (!QDir().mkpath(dir))
                return Error::internal(QStringLiteral("%1 cannot be created").arg(dir));
            if (auto s = ziparchive::extract(zipFile.readAll(), dir); !s)
                return s.error();
        }
        auto yaml = sam::writeTemplate(plan.project, plan.extras);
        if (!yaml)
            return yaml.error();
        templateNotes = yaml->notes;
        QFile file(stage + QStringLiteral("/template.yaml"));
        if (!file.open(QIODevice::WriteOnly) || file.write(yaml->yaml) != yaml->yaml.size() || !file.flush())
            return Error::internal(QStringLiteral("%1 cannot be written: %2").arg(file.fileName(), file.errorString()));
        file.close();
    }

    samexport::Report result;
    result.outDir = outDir;
    result.commands = plan.commands;
    result.notes = plan.notes;
    result.notes << templateNotes;
    QDirIterator it(stage, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        result.files << QDir(stage).relativeFilePath(it.next());
    result.files.sort();

    // Into place, entry by entry (each rename is atomic).
    const QStringList entries =
        QDir(stage).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &entry : entries) {
        const QString target = outDir + u'/' + entry;
        if (!removeEntry(target))
            return outDirError(QStringLiteral("OutDir: %1 cannot be replaced").arg(target));
        if (!QDir().rename(stage + u'/' + entry, target))
            return Error::internal(QStringLiteral("%1 cannot be moved into %2").arg(entry, outDir));
        if (QFileInfo(target).isDir()) {
            const int count = int(std::count_if(result.files.cbegin(), result.files.cend(), [&](const QString &f) {
                return f.startsWith(entry + u'/');
            }));
            result.written << QStringLiteral("%1/ (%2 file%3)").arg(entry).arg(count).arg(count == 1 ? QString() : QStringLiteral("s"));
        } else
            result.written << entry;
    }
    return result;
}

} // namespace

namespace {

Result<ExportPlan> makePlan(const Backend &backend, const QStringList &names, const QString &outDir,
                        const samexport::Options &options)
{
    if (auto e = checkOutDir(outDir, options.overwrite))
        return *e;
    ExportPlan p;
    p.outDir = QFileInfo(outDir).absoluteFilePath();
    p.options = options;
    p.project.templatePath = p.outDir + QStringLiteral("/template.yaml");
    p.project.description = QStringLiteral("Exported from Lambdesk");

    // NAME or NAME:N, in order, each once.
    struct Wanted
    {
        QString name;
        int version = 0; // 0: $LATEST
    };
    QList<Wanted> wanted;
    if (names.isEmpty()) {
        for (const FunctionConfig &c : backend.listFunctions()) {
            if (c.isBroken())
                p.notes << QStringLiteral("%1 is left out: %2").arg(c.name, c.brokenReason);
            else
                wanted << Wanted{c.name, 0};
        }
        if (wanted.isEmpty())
            return Error::invalid(QStringLiteral("FunctionName"), QStringLiteral("There is no function to export"));
    }
    QSet<QString> seen;
    for (const QString &given : names) {
        Wanted w{given.section(u':', 0, 0), 0};
        if (given.contains(u':')) {
            bool number = false;
            w.version = given.section(u':', 1).toInt(&number);
            if (!number || w.version < 1)
                return Error::invalid(QStringLiteral("Qualifier"),
                                      QStringLiteral("Qualifier of %1 must be a version number (NAME:N); got %2")
                                          .arg(w.name, given.section(u':', 1)));
        }
        if (seen.contains(w.name))
            return Error::invalid(QStringLiteral("FunctionName"),
                                  QStringLiteral("FunctionName %1 is given twice; export each function once").arg(w.name));
        seen.insert(w.name);
        wanted << w;
    }

    QMap<QString, QString> layerFolders; // "NAME:V" -> logical id (the layer's project key)
    for (const Wanted &w : std::as_const(wanted)) {
        auto current = backend.getFunction(w.name);
        if (!current)
            return current.error();
        if (current->isBroken())
            return Error::conflict(QStringLiteral("%1 cannot be exported: %2").arg(w.name, current->brokenReason));
        FunctionConfig config = current.value();
        QString source = backend.codeDir(w.name);
        if (w.version > 0) {
            auto version = backend.getVersion(w.name, w.version);
            if (!version)
                return version.error();
            config = version->config;
            config.name = w.name;
            source = backend.versionCodeDir(w.name, w.version);
        }
        p.code << ExportPlan::Code{w.name, source};
        p.commands << createFunctionCommand(config, options.roleArn);
        if (options.zipOnly)
            continue;

        sam::Function f;
        f.logicalId = w.name;
        f.resourceType = QStringLiteral("AWS::Serverless::Function");
        f.codeDir = p.outDir + u'/' + w.name;
        f.config = config;
        f.config.layers.clear();
        for (const QString &arn : config.layers) {
            const auto ref = layerstore::parseVersionArn(arn);
            const auto layer = ref ? backend.getLayerVersion(ref->name, ref->version) : Result<LayerVersion>(Error{});
            if (!ref || !layer || backend.layerZipPath(ref->name, ref->version).isEmpty()) {
                f.config.layers << arn; // not one of the workspace's: kept as the ARN given
                p.notes << QStringLiteral("%1: layer %2 is not in the workspace; its ARN is kept as it is")
                               .arg(w.name, arn);
                continue;
            }
            const QString key = ref->name + u':' + QString::number(ref->version);
            if (!layerFolders.contains(key)) {
                sam::Layer l;
                l.logicalId = key;
                l.layerName = ref->name;
                l.description = layer->description;
                l.compatibleRuntimes = layer->compatibleRuntimes;
                const QString rel = QStringLiteral("layers/%1-v%2").arg(ref->name).arg(ref->version);
                l.contentDir = p.outDir + u'/' + rel;
                p.project.layers << l;
                p.layers << ExportPlan::LayerContent{backend.layerZipPath(ref->name, ref->version), rel};
                layerFolders.insert(key, key);
            }
            f.layerLogicalIds << key;
        }

        // The URL: the function's own; else an alias's, with that alias as AutoPublishAlias.
        const auto urls = backend.listFunctionUrlConfigs(w.name);
        QList<FunctionUrlConfig> urlList = urls ? urls.value() : QList<FunctionUrlConfig>();
        for (const FunctionUrlConfig &u : std::as_const(urlList)) {
            if (!f.url && (u.qualifier.isEmpty() || u.qualifier == u"$LATEST"))
                f.url = u;
        }
        const auto aliases = backend.listAliases(w.name);
        QList<FunctionAlias> aliasList = aliases ? aliases.value() : QList<FunctionAlias>();
        if (!f.url) {
            for (const FunctionUrlConfig &u : std::as_const(urlList)) {
                const auto alias = std::find_if(aliasList.cbegin(), aliasList.cend(),
                                                [&](const FunctionAlias &a) { return a.name == u.qualifier; });
                if (alias != aliasList.cend() && !alias->isWeighted()) {
                    f.url = u;
                    f.autoPublishAlias = u.qualifier;
                    break;
                }
            }
        }
        for (const FunctionUrlConfig &u : std::as_const(urlList))
            if (!f.url || u.qualifier != f.url->qualifier)
                p.notes << QStringLiteral("%1: the function URL of %2 is left out: SAM's FunctionUrlConfig gives one "
                                          "URL per function")
                               .arg(w.name, u.qualifier.isEmpty() ? QStringLiteral("$LATEST") : u.qualifier);
        // With no URL on the function itself, an alias on the newest version is AutoPublishAlias
        // (SAM points it at the version it publishes); the others are AWS::Lambda::Alias resources.
        if (f.autoPublishAlias.isEmpty() && !(f.url && f.url->qualifier.isEmpty())) {
            const auto versions = backend.listVersions(w.name);
            const QString newest = versions && !versions->isEmpty() ? versions->last().version() : QString();
            for (const FunctionAlias &a : std::as_const(aliasList))
                if (!a.isWeighted() && !newest.isEmpty() && a.functionVersion == newest) {
                    f.autoPublishAlias = a.name;
                    break;
                }
        }
        sam::FunctionExtras x;
        for (const FunctionAlias &a : std::as_const(aliasList))
            if (a.name != f.autoPublishAlias)
                x.aliases << a;
        if (const auto reserved = backend.functionConcurrency(w.name); reserved && reserved.value())
            x.reservedConcurrency = *reserved.value();
        if (const auto configs = backend.listEventInvokeConfigs(w.name)) {
            for (const EventInvokeConfig &e : configs.value()) {
                if (e.qualifier == u"$LATEST")
                    x.eventInvokeConfig = e;
                else
                    p.notes << QStringLiteral("%1: the asynchronous invocation configuration of %2 is left out: SAM's "
                                              "EventInvokeConfig is the function's")
                                   .arg(w.name, e.qualifier);
            }
        }
        if (const auto provisioned = backend.listProvisionedConcurrency(w.name); provisioned && !provisioned->isEmpty())
            p.notes << QStringLiteral("%1: provisioned concurrency is left out (it costs money on AWS: set "
                                      "ProvisionedConcurrencyConfig yourself if you want it)")
                           .arg(w.name);

        if (const auto schedules = backend.listSchedules(0)) {
            for (const Backend::ScheduleInfo &info : schedules.value()) {
                const Schedule &s = info.schedule;
                if (s.functionName() != w.name)
                    continue;
                sam::Event e;
                e.logicalId = s.name;
                e.kind = sam::Event::Kind::Schedule;
                e.type = QStringLiteral("Schedule");
                e.scheduleExpression = s.expression;
                e.input = QString::fromUtf8(s.input);
                e.enabled = s.enabled;
                f.events << e;
                if (!s.qualifier().isEmpty() && s.qualifier() != f.autoPublishAlias)
                    p.notes << QStringLiteral("%1: schedule %2 runs %3 here; in the template it runs the %4")
                                   .arg(w.name, s.name, s.function,
                                        f.autoPublishAlias.isEmpty() ? QStringLiteral("function")
                                                                     : QStringLiteral("alias ") + f.autoPublishAlias);
            }
        }
        // An imported function's API routes (served here by its function URL) go back as events.
        if (const auto origin = samimport::origin(backend, w.name)) {
            for (const SamRoute &route : origin->routes) {
                sam::Event e;
                e.logicalId = route.event;
                e.type = route.type;
                e.kind = route.type == u"Api" ? sam::Event::Kind::Api : sam::Event::Kind::HttpApi;
                e.path = route.path;
                e.method = route.method;
                f.events << e;
            }
        }
        for (const EventSourceMapping &m : backend.listEventSourceMappings(w.name)) {
            sam::Event e;
            e.logicalId = m.queue + QStringLiteral("Sqs");
            e.kind = sam::Event::Kind::Sqs;
            e.type = QStringLiteral("SQS");
            e.queue = m.queue;
            e.batchSize = m.batchSize;
            e.maximumBatchingWindowInSeconds = m.batchingWindowS;
            e.reportBatchItemFailures = m.reportBatchItemFailures;
            e.maximumConcurrency = m.maximumConcurrency;
            e.enabled = m.enabled;
            f.events << e;
            if (m.qualifier != f.autoPublishAlias)
                p.notes << QStringLiteral("%1: the mapping of queue %2 runs %3 here; in the template it runs the %4")
                               .arg(w.name, m.queue, m.qualifier.isEmpty() ? QStringLiteral("$LATEST") : m.qualifier,
                                    f.autoPublishAlias.isEmpty() ? QStringLiteral("function")
                                                                 : QStringLiteral("alias ") + f.autoPublishAlias);
        }
        p.extras.insert(f.logicalId, x);
        p.project.functions << f;
    }
    // Layers are named by their folder key in the project; logical ids come from the name,
    // with the version when two versions of one layer are exported.
    QMap<QString, QString> layerIds; // "NAME:V" -> logical id
    for (sam::Layer &l : p.project.layers) {
        const QString name = l.layerName;
        const bool several = std::count_if(p.project.layers.cbegin(), p.project.layers.cend(),
                                           [&](const sam::Layer &o) { return o.layerName == name; })
            > 1;
        const QString id = (several ? name + QStringLiteral("V") + l.logicalId.section(u':', 1) : name)
            + QStringLiteral("Layer");
        layerIds.insert(l.logicalId, id);
        l.logicalId = id;
    }
    for (sam::Function &f : p.project.functions)
        for (QString &id : f.layerLogicalIds)
            id = layerIds.value(id, id);
    if (!options.zipOnly) {
        p.commands << QStringLiteral("sam validate && sam deploy --guided");
        p.commands.prepend(QStringLiteral("cd ") + shellQuote(p.outDir));
    } else
        p.commands.prepend(QStringLiteral("cd ") + shellQuote(p.outDir));
    return p;
}

} // namespace

namespace samexport {

Result<Report> exportProject(Backend &backend, const QStringList &names, const QString &outDir, const Options &options)
{
    auto plan = makePlan(backend, names, outDir, options);
    if (!plan)
        return plan.error();
    return writeExport(plan.value());
}

void exportProject(Backend &backend, const QStringList &names, const QString &outDir, const Options &options,
                   std::function<void(Result<Report>)> done)
{
    auto plan = makePlan(backend, names, outDir, options);
    if (!plan)
        return done(plan.error());
    // The zips and copies on a worker thread; the answer back on the backend's thread (a
    // QPointer checked there: a backend gone by then gets no call).
    QPointer<Backend> home(&backend);
    QThreadPool::globalInstance()->start([home, p = std::move(plan).value(), done = std::move(done)]() mutable {
        auto result = std::make_shared<Result<Report>>(writeExport(p));
        if (home)
            QMetaObject::invokeMethod(
                home.data(), [result, done = std::move(done)]() mutable { done(std::move(*result)); },
                Qt::QueuedConnection);
    });
}

} // namespace samexport

} // namespace lambdesk
