#include "requestparser.h"

#include "requestbody.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace lambdesk::api {

namespace {

const QString kSupported = QStringLiteral(
    "Lambdesk serves CreateFunction, GetFunction, GetFunctionConfiguration, UpdateFunctionConfiguration, "
    "UpdateFunctionCode, DeleteFunction, ListFunctions, Invoke, InvokeAsync, PublishVersion, "
    "ListVersionsByFunction, CreateAlias, GetAlias, ListAliases, UpdateAlias, DeleteAlias, "
    "PutFunctionConcurrency, GetFunctionConcurrency, DeleteFunctionConcurrency and GetAccountSettings");

// AWS routes Lambdesk knows but does not serve yet, so the error can name the operation.
struct KnownRoute
{
    const char *method;
    const char *pattern; // '*' stands for one segment
    const char *operation;
};
const KnownRoute kNotYet[] = {
    {"GET", "2015-03-31/functions/*/policy", "GetPolicy"},
    {"POST", "2015-03-31/functions/*/policy", "AddPermission"},
    {"PUT", "2019-09-25/functions/*/event-invoke-config", "PutFunctionEventInvokeConfig"},
    {"GET", "2019-09-25/functions/*/event-invoke-config", "GetFunctionEventInvokeConfig"},
    {"PUT", "2017-10-31/functions/*/concurrency", "PutFunctionConcurrency"},
    {"GET", "2019-09-30/functions/*/concurrency", "GetFunctionConcurrency"},
    {"DELETE", "2017-10-31/functions/*/concurrency", "DeleteFunctionConcurrency"},
    {"POST", "2021-10-31/functions/*/url", "CreateFunctionUrlConfig"},
    {"GET", "2021-10-31/functions/*/url", "GetFunctionUrlConfig"},
    {"GET", "2015-03-31/event-source-mappings", "ListEventSourceMappings"},
    {"POST", "2015-03-31/event-source-mappings", "CreateEventSourceMapping"},
    {"GET", "2017-03-31/tags/*", "ListTags"},
    {"POST", "2017-03-31/tags/*", "TagResource"},
};

ApiError unknownOperation(const HttpRequest &request, const QStringList &segments)
{
    for (const KnownRoute &route : kNotYet) {
        const QStringList pattern = QString::fromLatin1(route.pattern).split(u'/');
        if (request.method != route.method || pattern.size() != segments.size())
            continue;
        bool match = true;
        for (qsizetype i = 0; i < pattern.size() && match; ++i)
            match = pattern[i] == u"*" || pattern[i] == segments[i];
        if (match)
            return ApiError::make(404, "UnknownOperationException",
                                  QStringLiteral("%1 is not available in Lambdesk yet. %2.")
                                      .arg(QLatin1StringView(route.operation), kSupported));
    }
    return ApiError::make(404, "UnknownOperationException",
                          QStringLiteral("Unknown operation: %1 %2. %3.")
                              .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path), kSupported));
}

ApiResult<Operation> parseInvoke(const HttpRequest &request, const FunctionRef &function, bool legacyAsync)
{
    Invoke op;
    op.function = function;
    op.payload = request.body;
    op.legacyAsync = legacyAsync;
    if (legacyAsync) {
        op.type = InvocationType::Event;
        return Operation(std::move(op));
    }
    const QByteArray type = request.header("X-Amz-Invocation-Type");
    if (type.isEmpty() || type == "RequestResponse")
        op.type = InvocationType::RequestResponse;
    else if (type == "Event")
        op.type = InvocationType::Event;
    else if (type == "DryRun")
        op.type = InvocationType::DryRun;
    else
        return ApiError::invalidParameter(
            QStringLiteral("InvocationType (X-Amz-Invocation-Type) must be RequestResponse, Event or DryRun; got '%1'")
                .arg(QString::fromUtf8(type)));
    const QByteArray logType = request.header("X-Amz-Log-Type");
    if (logType == "Tail")
        op.tailLog = true;
    else if (!logType.isEmpty() && logType != "None")
        return ApiError::invalidParameter(
            QStringLiteral("LogType (X-Amz-Log-Type) must be None or Tail; got '%1'").arg(QString::fromUtf8(logType)));
    const QByteArray context = request.header("X-Amz-Client-Context");
    if (!context.isEmpty()) {
        if (context.size() > kMaxClientContextBytes)
            return ApiError::invalidParameter(
                QStringLiteral("ClientContext (X-Amz-Client-Context) must be at most %1 bytes of base64; got %2")
                    .arg(kMaxClientContextBytes)
                    .arg(context.size()));
        auto decoded = QByteArray::fromBase64Encoding(context, QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray text = decoded ? *decoded : QByteArray();
        if (!decoded || !text.trimmed().startsWith('{') || !text.trimmed().endsWith('}'))
            return ApiError::invalidContent(
                QStringLiteral("Client context must be a valid Base64-encoded JSON object."));
        op.clientContext = text;
    }
    return Operation(std::move(op));
}

// Marker and MaxItems of a list; `operation` names it in the errors.
ApiResult<Page> parsePage(const QList<std::pair<QString, QString>> &query, int maxPerPage)
{
    Page page;
    page.maxItems = maxPerPage;
    const QString marker = queryValue(query, u"Marker");
    if (!marker.isEmpty()) {
        auto start = decodeMarker(marker);
        if (!start)
            return start.error();
        page.startAt = start.value();
    }
    const QString maxItems = queryValue(query, u"MaxItems");
    if (!maxItems.isEmpty()) {
        bool ok = false;
        const int asked = maxItems.toInt(&ok);
        if (!ok || asked < 1 || asked > kMaxListItems)
            return ApiError::invalidParameter(QStringLiteral("MaxItems must be a whole number from 1 to %1; got '%2'")
                                                  .arg(kMaxListItems)
                                                  .arg(maxItems));
        page.maxItems = std::min(asked, maxPerPage); // AWS answers at most 50 even when asked for more
    }
    return page;
}

ApiResult<Operation> parseListFunctions(const QList<std::pair<QString, QString>> &query)
{
    auto page = parsePage(query, kMaxListItems);
    if (!page)
        return page.error();
    ListFunctions op;
    op.startAt = page->startAt;
    // AWS's default page is 50; MaxItems may ask for more.
    op.maxItems = queryValue(query, u"MaxItems").isEmpty() ? 50 : page->maxItems;
    const QString version = queryValue(query, u"FunctionVersion");
    if (!version.isEmpty() && version != u"ALL")
        return ApiError::invalidParameter(
            QStringLiteral("FunctionVersion must be ALL when given; got '%1'").arg(version));
    return Operation(op);
}

std::optional<ApiError> checkVersionPattern(const QString &field, const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^(\\$LATEST|[0-9]+)$"));
    if (re.match(version).hasMatch())
        return std::nullopt;
    return ApiError::invalidParameter(
        QStringLiteral("%1 must be $LATEST or a version number; got '%2'").arg(field, version));
}

// Operations on /2015-03-31/functions/{name}/versions and .../aliases[/{alias}].
ApiResult<Operation> parseVersionRoute(const HttpRequest &request, const QStringList &segments,
                                       const QList<std::pair<QString, QString>> &query)
{
    const QString &sub = segments[3];
    const QByteArray &method = request.method;
    const bool versions = sub == u"versions" && segments.size() == 4 && (method == "POST" || method == "GET");
    const bool aliases = sub == u"aliases" && segments.size() == 4 && (method == "POST" || method == "GET");
    const bool alias = sub == u"aliases" && segments.size() == 5
        && (method == "GET" || method == "PUT" || method == "DELETE");
    if (!versions && !aliases && !alias)
        return unknownOperation(request, segments);
    auto ref = parseFunctionRef(segments[2], QualifierRule::Forbidden);
    if (!ref)
        return ref.error();
    auto fromBody = [](auto parsed) -> ApiResult<Operation> {
        return parsed ? ApiResult<Operation>(Operation(std::move(parsed).value()))
                      : ApiResult<Operation>(parsed.error());
    };
    if (versions && method == "POST")
        return fromBody(requestbody::publishVersion(ref.value(), request.body));
    if (versions) {
        auto page = parsePage(query, 50);
        if (!page)
            return page.error();
        return Operation(ListVersionsByFunction{ref.value(), page.value()});
    }
    if (aliases && method == "POST")
        return fromBody(requestbody::createAlias(ref.value(), request.body));
    if (aliases) {
        auto page = parsePage(query, 50);
        if (!page)
            return page.error();
        const QString version = queryValue(query, u"FunctionVersion");
        if (!version.isEmpty())
            if (auto e = checkVersionPattern(QStringLiteral("FunctionVersion"), version))
                return *e;
        return Operation(ListAliases{ref.value(), version, page.value()});
    }
    const QString &name = segments[4];
    if (method == "GET")
        return Operation(GetAlias{ref.value(), name});
    if (method == "DELETE")
        return Operation(DeleteAlias{ref.value(), name});
    return fromBody(requestbody::updateAlias(ref.value(), name, request.body));
}

// Operations on /2015-03-31/functions/{name}[/...].
ApiResult<Operation> parseFunctionRoute(const HttpRequest &request, const QStringList &segments,
                                        const QList<std::pair<QString, QString>> &query)
{
    const QString sub = segments.size() >= 4 ? segments[3] : QString();
    if (sub == u"versions" || sub == u"aliases")
        return parseVersionRoute(request, segments, query);
    if (segments.size() == 5)
        return unknownOperation(request, segments);
    const QByteArray &method = request.method;
    const bool takesQualifier = (sub.isEmpty() && (method == "GET" || method == "DELETE"))
        || (sub == u"configuration" && method == "GET") || (sub == u"invocations" && method == "POST");
    const bool known = takesQualifier || (sub == u"configuration" && method == "PUT")
        || (sub == u"code" && method == "PUT");
    if (!known)
        return unknownOperation(request, segments);
    auto ref = parseFunctionRef(segments[2], takesQualifier ? QualifierRule::Allowed : QualifierRule::Forbidden);
    if (!ref)
        return ref.error();
    if (takesQualifier) {
        ref = withQualifier(ref.value(), queryValue(query, u"Qualifier"));
        if (!ref)
            return ref.error();
    }
    if (sub.isEmpty() && method == "GET")
        return Operation(GetFunction{ref.value()});
    if (sub.isEmpty())
        return Operation(DeleteFunction{ref.value()});
    if (sub == u"configuration" && method == "GET")
        return Operation(GetFunctionConfiguration{ref.value()});
    if (sub == u"invocations")
        return parseInvoke(request, ref.value(), false);
    if (sub == u"configuration") {
        auto op = requestbody::updateConfiguration(ref.value(), request.body);
        return op ? ApiResult<Operation>(Operation(std::move(op).value())) : ApiResult<Operation>(op.error());
    }
    auto op = requestbody::updateCode(ref.value(), request.body);
    return op ? ApiResult<Operation>(Operation(std::move(op).value())) : ApiResult<Operation>(op.error());
}

} // namespace

QStringList pathSegments(QByteArrayView rawPath)
{
    QStringList out;
    const QList<QByteArray> parts = rawPath.toByteArray().split('/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i].isEmpty() && (i == 0 || i == parts.size() - 1))
            continue;
        out.append(QString::fromUtf8(QByteArray::fromPercentEncoding(parts[i])));
    }
    return out;
}

QString encodeMarker(const QString &firstName)
{
    const QByteArray text = QByteArrayLiteral("v1:") + firstName.toUtf8();
    return QString::fromLatin1(text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ApiResult<QString> decodeMarker(const QString &marker)
{
    auto decoded = QByteArray::fromBase64Encoding(
        marker.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray text = decoded.decoded;
    if (!decoded || !text.startsWith("v1:") || text.size() == 3)
        return ApiError::invalidParameter(
            QStringLiteral("Marker '%1' is not valid: pass the NextMarker of the previous page unchanged").arg(marker));
    return QString::fromUtf8(text.mid(3));
}

bool isResponseStreamInvoke(const HttpRequest &request)
{
    return request.path.startsWith("/2021-11-15/functions/") && request.path.endsWith("/response-streaming-invocations");
}

ApiResult<Invoke> parseResponseStreamInvoke(const HttpRequest &request)
{
    const QStringList segments = pathSegments(request.path);
    if (request.method != "POST" || segments.size() != 4)
        return ApiError::make(404, "UnknownOperationException",
                              QStringLiteral("Unknown operation: %1 %2. InvokeWithResponseStream is POST "
                                             "/2021-11-15/functions/{FunctionName}/response-streaming-invocations.")
                                  .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)));
    auto ref = parseFunctionRef(segments[2], QualifierRule::Allowed);
    if (!ref)
        return ref.error();
    ref = withQualifier(ref.value(), queryValue(queryItems(request.query), u"Qualifier"));
    if (!ref)
        return ref.error();
    const QByteArray type = request.header("X-Amz-Invocation-Type");
    if (!type.isEmpty() && type != "RequestResponse" && type != "DryRun")
        return ApiError::invalidParameter(
            QStringLiteral("InvocationType (X-Amz-Invocation-Type) must be RequestResponse or DryRun; got '%1'")
                .arg(QString::fromUtf8(type)));
    auto op = parseInvoke(request, ref.value(), false);
    if (!op)
        return op.error();
    return std::get<Invoke>(std::move(op).value());
}

BodyLimit bodyLimit(QByteArrayView method, QByteArrayView rawPath)
{
    const QStringList s = pathSegments(rawPath);
    if (method == "POST" && s.size() == 4 && s[0] == u"2021-11-15" && s[1] == u"functions"
        && s[3] == u"response-streaming-invocations")
        return {kMaxInvokeRequestBytes, QStringLiteral("InvokeWithResponseStream")};
    const bool functions = s.size() >= 2 && s[0] == u"2015-03-31" && s[1] == u"functions";
    if (method == "POST" && functions && s.size() == 4 && s[3] == u"invocations")
        return {kMaxInvokeRequestBytes, QStringLiteral("InvokeFunction")};
    if (method == "POST" && s.size() == 4 && s[0] == u"2014-11-13" && s[1] == u"functions" && s[3] == u"invoke-async")
        return {kMaxInvokeRequestBytes, QStringLiteral("InvokeAsync")};
    if (method == "POST" && functions && s.size() == 2)
        return {kMaxRequestBytes, QStringLiteral("CreateFunction")};
    if (method == "PUT" && functions && s.size() == 4 && s[3] == u"code")
        return {kMaxRequestBytes, QStringLiteral("UpdateFunctionCode")};
    if (method == "PUT" && functions && s.size() == 4 && s[3] == u"configuration")
        return {kMaxRequestBytes, QStringLiteral("UpdateFunctionConfiguration")};
    return {kMaxRequestBytes, {}};
}

ApiError tooLargeError(const BodyLimit &limit)
{
    return ApiError::tooLarge(limit.operation.isEmpty()
                                  ? QStringLiteral("Request must be smaller than %1 bytes").arg(limit.bytes)
                                  : QStringLiteral("Request must be smaller than %1 bytes for the %2 operation")
                                        .arg(limit.bytes)
                                        .arg(limit.operation));
}

ApiResult<Operation> parseRequest(const HttpRequest &request)
{
    const QStringList segments = pathSegments(request.path);
    const auto query = queryItems(request.query);
    if (const BodyLimit limit = bodyLimit(request.method, request.path); request.body.size() > limit.bytes)
        return tooLargeError(limit);

    if (segments.size() >= 2 && segments[0] == u"2015-03-31" && segments[1] == u"functions") {
        if (segments.size() == 2 && request.method == "GET")
            return parseListFunctions(query);
        if (segments.size() == 2 && request.method == "POST") {
            auto op = requestbody::createFunction(request.body);
            return op ? ApiResult<Operation>(Operation(std::move(op).value())) : ApiResult<Operation>(op.error());
        }
        if (segments.size() >= 3 && segments.size() <= 5)
            return parseFunctionRoute(request, segments, query);
    }
    // Reserved concurrency: PUT and DELETE under 2017-10-31, GET under 2019-09-30 (as AWS routes them).
    if (segments.size() == 4 && segments[1] == u"functions" && segments[3] == u"concurrency"
        && ((segments[0] == u"2017-10-31" && (request.method == "PUT" || request.method == "DELETE"))
            || (segments[0] == u"2019-09-30" && request.method == "GET"))) {
        auto ref = parseFunctionRef(segments[2], QualifierRule::Forbidden);
        if (!ref)
            return ref.error();
        if (request.method == "GET")
            return Operation(GetFunctionConcurrency{ref.value()});
        if (request.method == "DELETE")
            return Operation(DeleteFunctionConcurrency{ref.value()});
        auto op = requestbody::putFunctionConcurrency(ref.value(), request.body);
        return op ? ApiResult<Operation>(Operation(std::move(op).value())) : ApiResult<Operation>(op.error());
    }
    if (segments.size() == 2 && segments[0] == u"2016-08-19" && segments[1] == u"account-settings"
        && request.method == "GET")
        return Operation(GetAccountSettings{});
    // InvokeAsync, deprecated by AWS but still answered: /2014-11-13/functions/{name}/invoke-async/
    if (segments.size() == 4 && segments[0] == u"2014-11-13" && segments[1] == u"functions"
        && segments[3] == u"invoke-async" && request.method == "POST") {
        auto ref = parseFunctionRef(segments[2], QualifierRule::Forbidden);
        if (!ref)
            return ref.error();
        return parseInvoke(request, ref.value(), true);
    }
    // The Code.Location links of GetFunction: /lambdesk/code/{name}.zip?expires=..&signature=..
    if (segments.size() == 3 && segments[0] == u"lambdesk" && segments[1] == u"code" && segments[2].endsWith(u".zip")
        && request.method == "GET") {
        GetCodeArchive op;
        op.name = segments[2].chopped(4);
        op.expires = queryValue(query, u"expires").toLongLong();
        op.signature = queryValue(query, u"signature").toLatin1();
        return Operation(op);
    }
    return unknownOperation(request, segments);
}

} // namespace lambdesk::api
