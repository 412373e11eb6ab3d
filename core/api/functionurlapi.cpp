#include "functionurlapi.h"

#include "requestparser.h"
#include "responses.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lambdesk::api::functionurls {

namespace {

constexpr int kMaxPage = 50;

ApiError validation(const QString &value, const QString &member, const QString &constraint)
{
    return ApiError::invalidParameter(QStringLiteral("1 validation error detected: Value %1 at '%2' failed to satisfy "
                                                     "constraint: %3")
                                          .arg(value, member, constraint));
}

QString quoted(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    if (v.isString())
        return u'\'' + v.toString() + u'\'';
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The body of Create (`create`: AuthType required) and Update.
ApiResult<Request> parseBody(Request r, const QByteArray &body, bool create)
{
    if (body.trimmed().isEmpty()) {
        if (create)
            return validation(QStringLiteral("null"), QStringLiteral("authType"),
                              QStringLiteral("Member must not be null (AuthType is required: NONE or AWS_IAM)"));
        return r;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject())
        return ApiError::invalidContent(QStringLiteral("Could not parse request body into json: %1")
                                            .arg(doc.isNull() ? pe.errorString() : QStringLiteral("not an object")));
    const QJsonObject o = doc.object();
    static const QStringList known{QStringLiteral("AuthType"), QStringLiteral("Cors"), QStringLiteral("InvokeMode")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return ApiError::invalidContent(
                QStringLiteral("Unknown field '%1' in the request body; %2 takes AuthType, Cors and InvokeMode")
                    .arg(it.key(), operationName(r.kind)));

    const QJsonValue auth = o.value(QStringLiteral("AuthType"));
    if (auth.isUndefined() || auth.isNull()) {
        if (create)
            return validation(QStringLiteral("null"), QStringLiteral("authType"),
                              QStringLiteral("Member must not be null (AuthType is required: NONE or AWS_IAM)"));
    } else {
        const auto type = auth.isString() ? functionurl::authTypeFromName(auth.toString()) : std::nullopt;
        if (!type)
            return validation(quoted(auth), QStringLiteral("authType"),
                              QStringLiteral("Member must satisfy enum value set: [AWS_IAM, NONE]"));
        r.authType = type;
    }

    const QJsonValue mode = o.value(QStringLiteral("InvokeMode"));
    if (!mode.isUndefined() && !mode.isNull()) {
        const auto m = mode.isString() ? functionurl::invokeModeFromName(mode.toString()) : std::nullopt;
        if (!m)
            return validation(quoted(mode), QStringLiteral("invokeMode"),
                              QStringLiteral("Member must satisfy enum value set: [BUFFERED, RESPONSE_STREAM]"));
        r.invokeMode = m;
    } else if (create) {
        r.invokeMode = FunctionUrlInvokeMode::Buffered;
    }

    const QJsonValue cors = o.value(QStringLiteral("Cors"));
    if (cors.isNull() || (cors.isObject() && cors.toObject().isEmpty())) {
        r.cors = std::optional<FunctionUrlCors>(); // no CORS (Update: removed)
    } else if (cors.isObject()) {
        auto parsed = functionurl::corsFromJson(cors.toObject());
        if (!parsed)
            return ApiError::fromError(parsed.error());
        r.cors = std::optional<FunctionUrlCors>(std::move(parsed).value());
    } else if (!cors.isUndefined()) {
        return ApiError::invalidContent(
            QStringLiteral("Cors must be an object: {\"AllowOrigins\": [...], \"AllowMethods\": [...], ...}"));
    }
    return r;
}

} // namespace

bool isRequest(const HttpRequest &request)
{
    const QStringList s = pathSegments(request.path);
    return s.size() == 4 && s[0] == u"2021-10-31" && s[1] == u"functions" && (s[3] == u"url" || s[3] == u"urls");
}

QString operationName(Kind kind)
{
    switch (kind) {
    case Kind::Create: return QStringLiteral("CreateFunctionUrlConfig");
    case Kind::Get: return QStringLiteral("GetFunctionUrlConfig");
    case Kind::Update: return QStringLiteral("UpdateFunctionUrlConfig");
    case Kind::Delete: return QStringLiteral("DeleteFunctionUrlConfig");
    case Kind::List: return QStringLiteral("ListFunctionUrlConfigs");
    }
    return {};
}

ApiResult<Request> parse(const HttpRequest &http)
{
    const QStringList s = pathSegments(http.path);
    const auto query = queryItems(http.query);
    Request r;
    const bool list = s[3] == u"urls";
    if (list && http.method == "GET")
        r.kind = Kind::List;
    else if (!list && http.method == "POST")
        r.kind = Kind::Create;
    else if (!list && http.method == "GET")
        r.kind = Kind::Get;
    else if (!list && http.method == "PUT")
        r.kind = Kind::Update;
    else if (!list && http.method == "DELETE")
        r.kind = Kind::Delete;
    else
        return ApiError::make(404, "UnknownOperationException",
                              QStringLiteral("Unknown operation: %1 %2 (the function URL routes are POST, GET, PUT and "
                                             "DELETE .../url and GET .../urls)")
                                  .arg(QString::fromLatin1(http.method), QString::fromUtf8(http.path)));
    auto ref = parseFunctionRef(s[2], list ? QualifierRule::Forbidden : QualifierRule::Allowed);
    if (!ref)
        return ref.error();
    if (list) {
        r.function = ref.value();
        const QString marker = queryValue(query, u"Marker");
        if (!marker.isEmpty()) {
            auto start = decodeMarker(marker);
            if (!start)
                return start.error();
            r.startAt = start.value();
        }
        const QString maxItems = queryValue(query, u"MaxItems");
        if (!maxItems.isEmpty()) {
            bool ok = false;
            const int asked = maxItems.toInt(&ok);
            if (!ok || asked < 1 || asked > kMaxPage)
                return validation(u'\'' + maxItems + u'\'', QStringLiteral("maxItems"),
                                  QStringLiteral("Member must be a whole number from 1 to %1").arg(kMaxPage));
            r.maxItems = asked;
        }
        return r;
    }
    ref = withQualifier(ref.value(), queryValue(query, u"Qualifier"));
    if (!ref)
        return ref.error();
    if (auto e = checkQualifier(ref->qualifier))
        return *e;
    r.function = ref.value();
    if (r.kind == Kind::Create || r.kind == Kind::Update) {
        const bool create = r.kind == Kind::Create;
        return parseBody(std::move(r), http.body, create);
    }
    return r;
}

QJsonObject configJson(const FunctionUrlConfig &config, const QString &region, quint16 port)
{
    return functionurl::toJson(config, responses::functionArn(region, config.functionName, config.qualifier),
                               functionurl::hostUrl(config.urlId, port));
}

QJsonObject listJson(const QList<FunctionUrlConfig> &all, const Request &request, const QString &region,
                     quint16 port)
{
    const auto key = [](const FunctionUrlConfig &c) {
        return c.qualifier.isEmpty() ? QStringLiteral("$LATEST") : c.qualifier;
    };
    qsizetype first = 0;
    if (!request.startAt.isEmpty()) {
        first = all.size();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (key(all[i]) == request.startAt) {
                first = i;
                break;
            }
        }
    }
    QJsonArray items;
    qsizetype i = first;
    for (; i < all.size() && items.size() < request.maxItems; ++i)
        items.append(configJson(all[i], region, port));
    QJsonObject o{{QStringLiteral("FunctionUrlConfigs"), items}};
    if (i < all.size())
        o.insert(QStringLiteral("NextMarker"), encodeMarker(key(all[i])));
    return o;
}

} // namespace lambdesk::api::functionurls
