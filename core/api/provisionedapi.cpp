#include "provisionedapi.h"

#include "requestparser.h"
#include "responses.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace lambdesk::api::provisioned {

bool isRequest(const HttpRequest &request)
{
    const QStringList s = pathSegments(request.path);
    return s.size() == 4 && s[0] == u"2019-09-30" && s[1] == u"functions" && s[3] == u"provisioned-concurrency";
}

QString operationName(Kind kind)
{
    switch (kind) {
    case Kind::Put: return QStringLiteral("PutProvisionedConcurrencyConfig");
    case Kind::Get: return QStringLiteral("GetProvisionedConcurrencyConfig");
    case Kind::Delete: return QStringLiteral("DeleteProvisionedConcurrencyConfig");
    case Kind::List: return QStringLiteral("ListProvisionedConcurrencyConfigs");
    }
    return {};
}

ApiResult<Request> parse(const HttpRequest &http)
{
    const QStringList s = pathSegments(http.path);
    const auto query = queryItems(http.query);
    Request r;
    if (http.method == "PUT")
        r.kind = Kind::Put;
    else if (http.method == "DELETE")
        r.kind = Kind::Delete;
    else if (http.method == "GET")
        r.kind = queryValue(query, u"List") == u"ALL" ? Kind::List : Kind::Get;
    else
        return ApiError::make(404, "UnknownOperationException",
                              QStringLiteral("Unknown operation: %1 %2")
                                  .arg(QString::fromLatin1(http.method), QString::fromUtf8(http.path)));
    const QString list = queryValue(query, u"List");
    if (!list.isEmpty() && list != u"ALL")
        return ApiError::invalidParameter(QStringLiteral("List must be ALL when given; got '%1'").arg(list));
    auto ref = parseFunctionRef(s[2], r.kind == Kind::List ? QualifierRule::Forbidden : QualifierRule::Allowed);
    if (!ref)
        return ref.error();
    if (r.kind != Kind::List) {
        ref = withQualifier(ref.value(), queryValue(query, u"Qualifier"));
        if (!ref)
            return ref.error();
        if (ref->qualifier.isEmpty())
            return ApiError::invalidParameter(QStringLiteral(
                "Qualifier is required: the published version number or the alias name of the configuration"));
        if (auto e = checkQualifier(ref->qualifier))
            return *e;
    }
    r.function = ref.value();
    if (r.kind != Kind::Put)
        return r;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(http.body, &pe);
    if (!doc.isObject())
        return ApiError::invalidContent(QStringLiteral("Could not parse request body into json: %1")
                                            .arg(doc.isNull() ? pe.errorString() : QStringLiteral("not an object")));
    const QJsonValue v = doc.object().value(QStringLiteral("ProvisionedConcurrentExecutions"));
    if (v.isUndefined() || v.isNull())
        return ApiError::invalidParameter(
            QStringLiteral("ProvisionedConcurrentExecutions is required: a whole number of at least 1"));
    const double n = v.toDouble(std::nan(""));
    if (!v.isDouble() || n != std::floor(n) || n > 1e9)
        return ApiError::invalidContent(
            QStringLiteral("ProvisionedConcurrentExecutions must be a whole number of at least 1; got %1")
                .arg(v.isDouble() ? QString::number(n) : QStringLiteral("a value that is not a number")));
    r.count = int(n);
    if (r.count < 1)
        return ApiError::invalidParameter(QStringLiteral("1 validation error detected: Value '%1' at "
                                                         "'provisionedConcurrentExecutions' failed to satisfy "
                                                         "constraint: Member must have value greater than or equal "
                                                         "to 1")
                                              .arg(r.count));
    return r;
}

QJsonObject configJson(const ProvisionedConcurrency &c, const QString &functionArn)
{
    QJsonObject o{{QStringLiteral("RequestedProvisionedConcurrentExecutions"), c.requested},
                  {QStringLiteral("AvailableProvisionedConcurrentExecutions"), c.available},
                  {QStringLiteral("AllocatedProvisionedConcurrentExecutions"), c.allocated},
                  {QStringLiteral("Status"), c.status},
                  {QStringLiteral("LastModified"), c.lastModified}};
    if (!c.statusReason.isEmpty())
        o.insert(QStringLiteral("StatusReason"), c.statusReason);
    if (!functionArn.isEmpty())
        o.insert(QStringLiteral("FunctionArn"), functionArn);
    return o;
}

QJsonObject listJson(const QList<ProvisionedConcurrency> &configs, const QString &region, const QString &function)
{
    QJsonArray list;
    for (const ProvisionedConcurrency &c : configs)
        list.append(configJson(c, responses::functionArn(region, function, c.qualifier)));
    return QJsonObject{{QStringLiteral("ProvisionedConcurrencyConfigs"), list}};
}

ApiError notFound(const QString &message)
{
    return ApiError::make(404, "ProvisionedConcurrencyConfigNotFoundException", message);
}

} // namespace lambdesk::api::provisioned
