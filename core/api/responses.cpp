#include "responses.h"

#include "layersapi.h"
#include "requestparser.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace lambdesk::api::responses {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

} // namespace

QString functionArn(const QString &region, const QString &name, const QString &qualifier)
{
    QString arn = QStringLiteral("arn:aws:lambda:%1:%2:function:%3").arg(region, kAccountId, name);
    if (!qualifier.isEmpty())
        arn += u':' + qualifier;
    return arn;
}

QString revisionId(const FunctionConfig &config)
{
    return config.revisionId();
}

QJsonObject functionConfiguration(const FunctionConfig &c, const QString &region, const QString &qualifier)
{
    QJsonObject o{
        {QStringLiteral("FunctionName"), c.name},
        {QStringLiteral("FunctionArn"), functionArn(region, c.name, qualifier)},
        {QStringLiteral("Runtime"), c.runtime},
        {QStringLiteral("Role"),
         c.role.isEmpty() ? QStringLiteral("arn:aws:iam::%1:role/lambdesk-local").arg(kAccountId) : c.role},
        {QStringLiteral("Handler"), c.handler},
        {QStringLiteral("CodeSize"), c.codeSize},
        {QStringLiteral("Description"), c.description},
        {QStringLiteral("Timeout"), c.timeout},
        {QStringLiteral("MemorySize"), c.memorySize},
        {QStringLiteral("LastModified"), c.lastModified},
        {QStringLiteral("CodeSha256"), c.codeSha256},
        {QStringLiteral("Version"), QStringLiteral("$LATEST")},
        {QStringLiteral("TracingConfig"), QJsonObject{{QStringLiteral("Mode"), QStringLiteral("PassThrough")}}},
        {QStringLiteral("RevisionId"), revisionId(c)},
        {QStringLiteral("PackageType"), QStringLiteral("Zip")},
        {QStringLiteral("Architectures"), QJsonArray{QStringLiteral("x86_64")}},
        {QStringLiteral("EphemeralStorage"), QJsonObject{{QStringLiteral("Size"), c.ephemeralStorage}}},
        {QStringLiteral("SnapStart"),
         QJsonObject{{QStringLiteral("ApplyOn"), QStringLiteral("None")},
                     {QStringLiteral("OptimizationStatus"), QStringLiteral("Off")}}},
        {QStringLiteral("LoggingConfig"), c.logging.toApiJson(c.name)},
    };
    if (c.isBroken()) {
        // As AWS shows a function that cannot run: its function.json breaks a rule.
        const QString code = QStringLiteral("InvalidConfiguration");
        o.insert(QStringLiteral("State"), QStringLiteral("Failed"));
        o.insert(QStringLiteral("StateReason"), c.brokenReason);
        o.insert(QStringLiteral("StateReasonCode"), code);
        o.insert(QStringLiteral("LastUpdateStatus"), QStringLiteral("Failed"));
        o.insert(QStringLiteral("LastUpdateStatusReason"), c.brokenReason);
        o.insert(QStringLiteral("LastUpdateStatusReasonCode"), code);
    } else {
        o.insert(QStringLiteral("State"), QStringLiteral("Active"));
        o.insert(QStringLiteral("LastUpdateStatus"), QStringLiteral("Successful"));
    }
    if (!c.deadLetterTarget.isEmpty())
        o.insert(QStringLiteral("DeadLetterConfig"), QJsonObject{{QStringLiteral("TargetArn"), c.deadLetterTarget}});
    // AWS leaves Layers out when a function has none.
    if (!c.layers.isEmpty()) {
        QJsonArray layerList;
        for (const QString &arn : c.layers)
            layerList.append(QJsonObject{{QStringLiteral("Arn"), arn},
                                         {QStringLiteral("CodeSize"), layers::layerCodeSize(arn)}});
        o.insert(QStringLiteral("Layers"), layerList);
    }
    // AWS leaves Environment out when a function has no variables.
    if (!c.environment.isEmpty()) {
        QJsonObject vars;
        for (auto it = c.environment.cbegin(); it != c.environment.cend(); ++it)
            vars.insert(it.key(), it.value());
        o.insert(QStringLiteral("Environment"), QJsonObject{{QStringLiteral("Variables"), vars}});
    }
    return o;
}

QJsonObject versionConfiguration(const FunctionVersion &version, const QString &region, const QString &qualifier)
{
    QJsonObject o = functionConfiguration(version.config, region, qualifier.isEmpty() ? version.version() : qualifier);
    o.insert(QStringLiteral("Version"), version.version());
    return o;
}

QJsonObject aliasConfiguration(const QString &function, const FunctionAlias &alias, const QString &region)
{
    QJsonObject o{
        {QStringLiteral("AliasArn"), functionArn(region, function, alias.name)},
        {QStringLiteral("Name"), alias.name},
        {QStringLiteral("FunctionVersion"), alias.functionVersion},
        {QStringLiteral("Description"), alias.description},
        {QStringLiteral("RevisionId"), alias.revisionId},
    };
    if (alias.isWeighted())
        o.insert(QStringLiteral("RoutingConfig"),
                 QJsonObject{{QStringLiteral("AdditionalVersionWeights"),
                              QJsonObject{{alias.additionalVersion, alias.additionalWeight}}}});
    return o;
}

QJsonObject listVersions(const FunctionConfig &latest, const QList<FunctionVersion> &oldestFirst, const Page &page,
                         const QString &region)
{
    // The order is $LATEST, 1, 2, ...; a marker names the first entry of its page.
    const QString latestName = QStringLiteral("$LATEST");
    const int startNumber = page.startAt.isEmpty() || page.startAt == latestName ? 0 : page.startAt.toInt();
    QJsonArray versions;
    QString next;
    if (startNumber == 0)
        versions.append(functionConfiguration(latest, region, latestName));
    for (const FunctionVersion &v : oldestFirst) {
        if (v.number < startNumber)
            continue;
        if (versions.size() == page.maxItems) {
            next = v.version();
            break;
        }
        versions.append(versionConfiguration(v, region));
    }
    QJsonObject o{{QStringLiteral("Versions"), versions}};
    if (!next.isEmpty())
        o.insert(QStringLiteral("NextMarker"), encodeMarker(next));
    return o;
}

QJsonObject listAliases(const QString &function, const QList<FunctionAlias> &sortedByName, const ListAliases &request,
                        const QString &region)
{
    QJsonArray aliases;
    QString next;
    for (const FunctionAlias &a : sortedByName) {
        if (!request.page.startAt.isEmpty() && a.name < request.page.startAt)
            continue;
        if (!request.functionVersion.isEmpty() && a.functionVersion != request.functionVersion)
            continue;
        if (aliases.size() == request.page.maxItems) {
            next = a.name;
            break;
        }
        aliases.append(aliasConfiguration(function, a, region));
    }
    QJsonObject o{{QStringLiteral("Aliases"), aliases}};
    if (!next.isEmpty())
        o.insert(QStringLiteral("NextMarker"), encodeMarker(next));
    return o;
}

QJsonObject getFunction(const QJsonObject &configuration, const QString &codeLocation)
{
    return QJsonObject{
        {QStringLiteral("Configuration"), configuration},
        {QStringLiteral("Code"),
         QJsonObject{{QStringLiteral("RepositoryType"), QStringLiteral("S3")},
                     {QStringLiteral("Location"), codeLocation}}},
    };
}

QJsonObject getFunction(const FunctionConfig &config, const QString &region, const QString &qualifier,
                        const QString &codeLocation)
{
    return getFunction(functionConfiguration(config, region, qualifier), codeLocation);
}

QJsonObject listFunctions(const QList<FunctionConfig> &sortedByName, const ListFunctions &request,
                          const QString &region)
{
    QJsonArray functions;
    QString next;
    for (const FunctionConfig &c : sortedByName) {
        if (!request.startAt.isEmpty() && c.name < request.startAt)
            continue;
        if (functions.size() == request.maxItems) {
            next = c.name;
            break;
        }
        functions.append(functionConfiguration(c, region));
    }
    QJsonObject o{{QStringLiteral("Functions"), functions}};
    if (!next.isEmpty())
        o.insert(QStringLiteral("NextMarker"), encodeMarker(next));
    return o;
}

QJsonObject functionConcurrency(std::optional<int> reserved)
{
    if (!reserved)
        return {};
    return QJsonObject{{QStringLiteral("ReservedConcurrentExecutions"), *reserved}};
}

QJsonObject accountSettings(int concurrentExecutions, int unreservedConcurrentExecutions, qint64 totalCodeSize,
                            int functionCount)
{
    // AWS's published quotas for code size (75 GB in all, 250 MB unzipped, 50 MB zipped).
    return QJsonObject{
        {QStringLiteral("AccountLimit"),
         QJsonObject{{QStringLiteral("TotalCodeSize"), 80530636800.0},
                     {QStringLiteral("CodeSizeUnzipped"), 262144000},
                     {QStringLiteral("CodeSizeZipped"), 52428800},
                     {QStringLiteral("ConcurrentExecutions"), concurrentExecutions},
                     {QStringLiteral("UnreservedConcurrentExecutions"), unreservedConcurrentExecutions}}},
        {QStringLiteral("AccountUsage"),
         QJsonObject{{QStringLiteral("TotalCodeSize"), double(totalCodeSize)},
                     {QStringLiteral("FunctionCount"), functionCount}}},
    };
}

HttpReply json(int status, const QJsonObject &body)
{
    HttpReply r;
    r.status = status;
    r.addHeader(QByteArrayLiteral("Content-Type"), kJson);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpReply noContent()
{
    HttpReply r;
    r.status = 204;
    return r;
}

HttpReply error(const ApiError &e)
{
    QJsonObject body{
        {QStringLiteral("Type"), e.status >= 500 ? QStringLiteral("Service") : QStringLiteral("User")},
        {QStringLiteral("message"), e.message},
        {QStringLiteral("Message"), e.message},
    };
    if (e.type == "TooManyRequestsException")
        body.insert(QStringLiteral("Reason"),
                    e.reason.isEmpty() ? QStringLiteral("ConcurrentInvocationLimitExceeded") : e.reason);
    HttpReply r = json(e.status, body);
    r.addHeader(QByteArrayLiteral("x-amzn-ErrorType"), e.type);
    r.headers += e.headers;
    return r;
}

HttpReply invocation(const InvocationResult &result, bool tailLog)
{
    HttpReply r;
    r.status = 200;
    r.body = result.payload;
    r.addHeader(QByteArrayLiteral("Content-Type"), kJson);
    r.addHeader(QByteArrayLiteral("X-Amz-Executed-Version"),
                result.executedVersion.isEmpty() ? QByteArrayLiteral("$LATEST") : result.executedVersion.toUtf8());
    if (!result.functionError.isEmpty())
        r.addHeader(QByteArrayLiteral("X-Amz-Function-Error"), result.functionError.toUtf8());
    if (tailLog)
        r.addHeader(QByteArrayLiteral("X-Amz-Log-Result"), result.logText(4096).toBase64());
    return r;
}

HttpReply eventAccepted(bool legacyAsync)
{
    if (legacyAsync)
        return json(202, QJsonObject{{QStringLiteral("Status"), 202}});
    HttpReply r;
    r.status = 202;
    return r;
}

HttpReply dryRun()
{
    HttpReply r;
    r.status = 204;
    return r;
}

HttpReply zip(const QByteArray &archive, const QString &name)
{
    HttpReply r;
    r.status = 200;
    r.addHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/zip"));
    r.addHeader(QByteArrayLiteral("Content-Disposition"), "attachment; filename=\"" + name.toUtf8() + ".zip\"");
    r.body = archive;
    return r;
}

void setRequestId(HttpReply &reply, const QString &requestId)
{
    reply.addHeader(QByteArrayLiteral("x-amzn-RequestId"), requestId.toLatin1());
}

} // namespace lambdesk::api::responses
