// Backend: importing a SAM project (io/samproject.h) into the workspace.
//
// A function imported from a folder runs from that folder: <workspace>/functions/NAME/code is
// a symbolic link to the project's CodeUri folder. Everything that reads or writes $LATEST's
// code goes through that path (the editor's saveCodeFile and file tree, hashing, packages,
// publishing a version, the runtimes' LAMBDA_TASK_ROOT, the sandbox's /var/task bind), so an
// edit in Lambdesk is an edit of the project. Versions are snapshots (copies), as before. A
// zip uploaded later (updateCode) replaces the link with a folder of its own: the project is
// left as it was (codeswap never follows the link). <fn>/sam.json records where it came from.

#include "samimport.h"

#include "backend.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace lambdesk {

namespace {

const QString kSamFile = QStringLiteral("/sam.json");

QString scheduleNameFor(const QString &function, const QString &event)
{
    QString name = function + u'-' + event;
    for (QChar &c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_' && c != u'.')
            c = u'-';
    return name.left(64);
}

QString functionDirOf(const Backend &b, const QString &name)
{
    return QFileInfo(Workspace::configFileOf(b.workspaceRoot(), name)).absolutePath();
}

// A new folder under the workspace's .staging (the same file system as the code folders;
// Workspace::open() sweeps what a kill leaves there).
QString makeStaging(const Backend &b)
{
    const QString base = b.workspaceRoot() + QStringLiteral("/.staging");
    QDir().mkpath(base);
    QTemporaryDir dir(base + QStringLiteral("/sam-XXXXXX"));
    if (!dir.isValid())
        return {};
    dir.setAutoRemove(false);
    return dir.path();
}

// Removes a staging folder: what is in it is removed, a link in it is never followed.
void discard(const QString &staging)
{
    if (!staging.isEmpty())
        QDir(staging).removeRecursively();
}

} // namespace

int SamImportReport::failed() const
{
    int n = 0;
    for (const SamImportItem &i : functions)
        n += i.action == u"failed";
    for (const SamImportItem &i : layers)
        n += i.action == u"failed";
    return n;
}

namespace samimport {

std::optional<SamOrigin> origin(const Backend &backend, const QString &function)
{
    if (backend.workspaceRoot().isEmpty() || function.isEmpty())
        return std::nullopt;
    QFile f(functionDirOf(backend, function) + kSamFile);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.isEmpty())
        return std::nullopt;
    SamOrigin result;
    result.templatePath = o.value(QStringLiteral("TemplatePath")).toString();
    result.logicalId = o.value(QStringLiteral("LogicalId")).toString();
    result.codeDir = o.value(QStringLiteral("CodeUri")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("Routes")).toArray()) {
        const QJsonObject r = v.toObject();
        result.routes.append({r.value(QStringLiteral("Event")).toString(), r.value(QStringLiteral("Type")).toString(),
                              r.value(QStringLiteral("Method")).toString(), r.value(QStringLiteral("Path")).toString()});
    }
    return result;
}

SamImportReport importProject(Backend &b, const sam::Project &project, bool dryRun)
{
    SamImportReport report;
    report.unsupported = project.unsupported;

    // Layers first: the functions name their versions.
    QHash<QString, QString> layerArns; // logical id -> the published version's ARN
    for (const sam::Layer &l : project.layers) {
        SamImportItem item{l.logicalId, l.layerName, {}, {}, {}};
        if (dryRun) {
            item.action = QStringLiteral("would publish");
            layerArns.insert(l.logicalId, b.layerVersionArn(l.layerName, 1));
        } else {
            LayerPublish publish;
            publish.layerName = l.layerName;
            publish.description = l.description;
            publish.compatibleRuntimes = l.compatibleRuntimes;
            publish.folder = l.contentDir;
            auto published = b.publishLayerVersion(publish);
            if (published) {
                item.action = QStringLiteral("published");
                item.detail = QStringLiteral("version %1").arg(published->version);
                layerArns.insert(l.logicalId, b.layerVersionArn(l.layerName, published->version));
            } else {
                item.action = QStringLiteral("failed");
                item.detail = published.error().message;
            }
        }
        report.layers.append(item);
    }

    // Queues the template declares (an SQS event's queue is made below when missing).
    auto ensureQueue = [&](const QString &name) -> std::optional<Error> {
        if (b.getQueue(name))
            return std::nullopt;
        if (dryRun)
            return std::nullopt;
        auto made = b.createQueue(name);
        if (!made)
            return made.error();
        return std::nullopt;
    };
    for (const QString &q : project.queues)
        if (auto e = ensureQueue(q))
            report.unsupported.append({q, QStringLiteral("AWS::SQS::Queue"), e->message});

    for (const sam::Function &f : project.functions) {
        SamImportItem item{f.logicalId, f.config.name, {}, {}, {}};
        auto fail = [&](const QString &why) {
            item.action = QStringLiteral("failed");
            item.detail = why;
            report.functions.append(item);
        };
        FunctionConfig config = f.config;

        // A runtime this machine has not got: the newest installed one of its language.
        if (!b.runtimes().find(config.runtime)) {
            const RuntimeFamily family = runtimeFamilyOf(config.runtime);
            const RuntimeInfo *instead = family == RuntimeFamily::Unknown ? nullptr : b.runtimes().preferred(family);
            if (!instead) {
                fail(QStringLiteral("Runtime %1 is not installed on this machine (installed: %2)")
                         .arg(config.runtime.isEmpty() ? QStringLiteral("(none given)") : config.runtime,
                              b.runtimes().ids().join(QStringLiteral(", "))));
                continue;
            }
            report.unsupported.append({f.logicalId + QStringLiteral(".Runtime"), config.runtime,
                                       QStringLiteral("%1 is not installed here: the function runs with %2")
                                           .arg(config.runtime, instead->id)});
            config.runtime = instead->id;
        }
        // Layers: the template's own (published above), and ARNs of layers published here.
        QStringList layers;
        for (const QString &id : f.layerLogicalIds)
            if (layerArns.contains(id))
                layers << layerArns.value(id);
        for (const QString &arn : std::as_const(config.layers)) {
            const QString name = arn.section(u':', 6, 6);
            const int version = arn.section(u':', 7, 7).toInt();
            if (b.getLayerVersion(name, version))
                layers << arn;
            else
                report.unsupported.append({f.logicalId + QStringLiteral(".Layers"), arn,
                                           QStringLiteral("this layer version is not published in the workspace; "
                                                          "publish it (Layers) and import again")});
        }
        config.layers = layers;

        const auto existing = b.getFunction(config.name);
        const auto origin = samimport::origin(b, config.name);
        if (existing && (!origin || origin->templatePath != project.templatePath)) {
            fail(QStringLiteral("A function named %1 exists that was not imported from this template; delete or "
                                "rename it, or give this one another FunctionName")
                     .arg(config.name));
            continue;
        }
        const bool linked = !f.codeDir.isEmpty() && QFileInfo(f.codeDir).isDir();
        if (dryRun) {
            if (const QList<Error> errors = b.validate(config); !errors.isEmpty()) {
                fail(errors.first().message);
                continue;
            }
            item.action = existing ? QStringLiteral("would update") : QStringLiteral("would create");
            item.detail = linked ? QStringLiteral("runs from %1").arg(f.codeDir)
                                 : QStringLiteral("runs from a copy in the workspace");
            report.functions.append(item);
            continue;
        }

        // The code: a folder is linked, a .zip or inline code is copied into the workspace.
        QString inlineDir;
        if (!existing) {
            CodeSource source;
            if (linked) {
                source = CodeSource::directory(f.codeDir);
            } else if (!f.codeDir.isEmpty()) {
                QFile zip(f.codeDir);
                if (!zip.open(QIODevice::ReadOnly)) {
                    fail(QStringLiteral("Cannot read %1: %2").arg(f.codeDir, zip.errorString()));
                    continue;
                }
                source = CodeSource::fromZip(zip.readAll());
            } else {
                inlineDir = makeStaging(b);
                if (inlineDir.isEmpty()) {
                    fail(QStringLiteral("Cannot make a folder under %1/.staging").arg(b.workspaceRoot()));
                    continue;
                }
                const RuntimeFamily family = runtimeFamilyOf(config.runtime);
                const QString module = config.handler.section(u'.', 0, -2);
                const QString file = module + (family == RuntimeFamily::Node ? QStringLiteral(".js")
                                                                             : QStringLiteral(".py"));
                if (auto s = Workspace::writeFileAtomically(inlineDir + u'/' + file, f.inlineCode.toUtf8()); !s) {
                    fail(s.error().message);
                    continue;
                }
                source = CodeSource::directory(inlineDir);
            }
            auto created = b.createFunction(config, source);
            if (!inlineDir.isEmpty())
                discard(inlineDir);
            if (!created) {
                fail(created.error().message);
                continue;
            }
            item.action = QStringLiteral("created");
        } else {
            config.deadLetterTarget = existing->deadLetterTarget; // what the template does not say stays
            config.logging = existing->logging;
            config.noNetwork = existing->noNetwork;
            // Unchanged: nothing written, the warm environments stay.
            FunctionConfig same = existing.value();
            same.lastModified = config.lastModified;
            same.codeSha256 = config.codeSha256;
            same.codeSize = config.codeSize;
            if (!(same == config)) {
                auto updated = b.updateConfiguration(config);
                if (!updated) {
                    fail(updated.error().message);
                    continue;
                }
            }
            if (!linked && !f.codeDir.isEmpty()) {
                QFile zip(f.codeDir);
                if (zip.open(QIODevice::ReadOnly)) {
                    if (auto u = b.updateCode(config.name, CodeSource::fromZip(zip.readAll())); !u) {
                        fail(u.error().message);
                        continue;
                    }
                }
            }
            item.action = QStringLiteral("updated");
        }

        // Link the code folder to the project's.
        const QString code = b.codeDir(config.name);
        if (linked) {
            const QFileInfo info(code);
            if (!info.isSymLink() || info.symLinkTarget() != QFileInfo(f.codeDir).absoluteFilePath()) {
                const QString trash = makeStaging(b);
                if (trash.isEmpty()) {
                    fail(QStringLiteral("Cannot make a folder under %1/.staging").arg(b.workspaceRoot()));
                    continue;
                }
                // The workspace's copy (or an older link) goes; a link is moved, never followed.
                if ((info.exists() || info.isSymLink()) && !QDir().rename(code, trash + QStringLiteral("/old"))) {
                    discard(trash);
                    fail(QStringLiteral("Cannot move %1 aside").arg(code));
                    continue;
                }
                discard(trash);
                if (!QFile::link(f.codeDir, code)) {
                    fail(QStringLiteral("Cannot link %1 to %2").arg(code, f.codeDir));
                    continue;
                }
            }
            if (auto synced = b.syncCode(config.name); !synced) {
                fail(synced.error().message);
                continue;
            }
        }

        // sam.json: where it came from, and the routes of its Api/HttpApi events.
        QJsonArray routes;
        for (const sam::Event &e : f.events)
            if (e.kind == sam::Event::Kind::Api || e.kind == sam::Event::Kind::HttpApi)
                routes.append(QJsonObject{{QStringLiteral("Event"), e.logicalId},
                                          {QStringLiteral("Type"), e.type},
                                          {QStringLiteral("Method"), e.method},
                                          {QStringLiteral("Path"), e.path}});
        const QJsonObject sam{{QStringLiteral("TemplatePath"), project.templatePath},
                              {QStringLiteral("LogicalId"), f.logicalId},
                              {QStringLiteral("CodeUri"), linked ? f.codeDir : QString()},
                              {QStringLiteral("Routes"), routes}};
        const QString samFile = functionDirOf(b, config.name) + kSamFile;
        const QByteArray samJson = QJsonDocument(sam).toJson(QJsonDocument::Indented);
        QFile written(samFile);
        const bool samSame = written.open(QIODevice::ReadOnly) && written.readAll() == samJson;
        if (auto s = samSame ? Status(Ok{}) : Workspace::writeFileAtomically(samFile, samJson); !s) {
            fail(s.error().message);
            continue;
        }

        // AutoPublishAlias: a version of what was imported, and the alias on it.
        if (!f.autoPublishAlias.isEmpty()) {
            auto published = b.publishVersion(Backend::PublishRequest{config.name, {}, {}, {}});
            if (!published) {
                fail(published.error().message);
                continue;
            }
            const QString version = published->version.version();
            const auto alias = b.getAlias(config.name, f.autoPublishAlias);
            const auto aliased = alias ? b.updateAlias(Backend::AliasUpdate{config.name, f.autoPublishAlias, version, {},
                                                                 QMap<QString, double>{}, {}})
                                       : b.createAlias(config.name, f.autoPublishAlias, version);
            if (!aliased) {
                fail(aliased.error().message);
                continue;
            }
            item.detail = QStringLiteral("version %1, alias %2").arg(version, f.autoPublishAlias);
        }

        // A function URL: FunctionUrlConfig, or the routes of Api/HttpApi events (AuthType NONE).
        // With AutoPublishAlias it is the alias's, as SAM makes it.
        if (f.url || !routes.isEmpty()) {
            FunctionUrlConfig url = f.url.value_or(FunctionUrlConfig{});
            url.functionName = config.name;
            url.qualifier = f.autoPublishAlias;
            const auto current = b.getFunctionUrlConfig(config.name, url.qualifier);
            const bool urlSame = current && current->authType == url.authType && current->cors == url.cors
                && current->invokeMode == url.invokeMode;
            Result<FunctionUrlConfig> made = urlSame ? current : current ? b.updateFunctionUrlConfig(config.name, url.qualifier,
                                                                               Backend::FunctionUrlPatch{url.authType, url.cors,
                                                                                                url.invokeMode})
                                                     : b.createFunctionUrlConfig(url);
            if (made)
                item.notes << QStringLiteral("URL %1 (%2)").arg(made->urlId, functionurl::authTypeName(made->authType));
            else
                report.unsupported.append({f.logicalId + QStringLiteral(".FunctionUrlConfig"),
                                           QStringLiteral("FunctionUrlConfig"), made.error().message});
            for (const QJsonValue &r : std::as_const(routes))
                item.notes << QStringLiteral("route %1 %2").arg(r[QStringLiteral("Method")].toString().toUpper(),
                                                                r[QStringLiteral("Path")].toString());
        }

        for (const sam::Event &e : f.events) {
            const QString where = f.logicalId + QStringLiteral(".Events.") + e.logicalId;
            if (e.kind == sam::Event::Kind::Schedule || e.kind == sam::Event::Kind::ScheduleV2) {
                Schedule s;
                s.name = scheduleNameFor(config.name, e.logicalId);
                s.expression = e.scheduleExpression;
                s.function = f.autoPublishAlias.isEmpty() ? config.name : config.name + u':' + f.autoPublishAlias;
                s.enabled = e.enabled;
                s.description = QStringLiteral("%1 (SAM %2)").arg(where, e.type);
                s.input = e.input.toUtf8();
                const auto known = b.getSchedule(s.name);
                const bool same = known && known->schedule.expression == s.expression
                    && known->schedule.function == s.function && known->schedule.enabled == s.enabled
                    && known->schedule.description == s.description && known->schedule.input == s.input;
                const auto made = same ? known : known ? b.updateSchedule(s) : b.createSchedule(s);
                if (made)
                    item.notes << QStringLiteral("schedule %1 %2").arg(s.name, s.expression);
                else
                    report.unsupported.append({where, e.type, made.error().message});
            } else if (e.kind == sam::Event::Kind::Sqs) {
                if (auto err = ensureQueue(e.queue)) {
                    report.unsupported.append({where, e.type, err->message});
                    continue;
                }
                MappingChange change;
                change.function = f.autoPublishAlias.isEmpty() ? config.name : config.name + u':' + f.autoPublishAlias;
                change.batchSize = e.batchSize;
                change.batchingWindowS = e.maximumBatchingWindowInSeconds;
                change.maximumConcurrency = e.maximumConcurrency;
                change.enabled = e.enabled;
                change.functionResponseTypes = e.reportBatchItemFailures
                    ? QStringList{QStringLiteral("ReportBatchItemFailures")}
                    : QStringList{};
                const QList<EventSourceMapping> mappings = b.listEventSourceMappings(config.name, e.queue);
                Result<EventSourceMapping> made = Error::internal({});
                if (!mappings.isEmpty()) {
                    made = b.updateEventSourceMapping(mappings.first().uuid, change);
                } else {
                    change.eventSourceArn = b.queueArn(e.queue);
                    made = b.createEventSourceMapping(change);
                }
                if (made)
                    item.notes << QStringLiteral("queue %1 (mapping %2)").arg(e.queue, made->uuid);
                else
                    report.unsupported.append({where, e.type, made.error().message});
            }
        }
        report.functions.append(item);
    }
    return report;
}

} // namespace samimport

} // namespace lambdesk
