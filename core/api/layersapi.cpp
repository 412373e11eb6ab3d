#include "layersapi.h"

#include "requestparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>

namespace lambdesk::api::layers {

namespace {

QStringList strings(const QJsonValue &v, const QString &field, std::optional<ApiError> &error)
{
    QStringList out;
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        error = ApiError::invalidParameter(QStringLiteral("%1 must be an array of strings").arg(field));
        return out;
    }
    for (const QJsonValue &s : v.toArray()) {
        if (!s.isString()) {
            error = ApiError::invalidParameter(QStringLiteral("%1 must be an array of strings").arg(field));
            return {};
        }
        out.append(s.toString());
    }
    return out;
}

ApiError unknown(const HttpRequest &http)
{
    return ApiError::make(404, "UnknownOperationException",
                          QStringLiteral("Unknown operation: %1 %2")
                              .arg(QString::fromLatin1(http.method), QString::fromUtf8(http.path)));
}

ApiResult<int> versionNumber(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 1 || n > 2147483647)
        return ApiError::invalidParameter(
            QStringLiteral("1 validation error detected: Value '%1' at 'versionNumber' failed to satisfy constraint: "
                           "Member must be a whole number of at least 1")
                .arg(text));
    return int(n);
}

ApiResult<Request> parsePublish(Request r, const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body.isEmpty() ? QByteArrayLiteral("{}") : body, &pe);
    if (!doc.isObject())
        return ApiError::invalidContent(QStringLiteral("Could not parse request body into json: %1")
                                            .arg(doc.isNull() ? pe.errorString() : QStringLiteral("not an object")));
    const QJsonObject o = doc.object();
    std::optional<ApiError> error;
    LayerPublish &p = r.publish;
    p.layerName = r.layerName;
    p.description = o.value(QStringLiteral("Description")).toString();
    p.licenseInfo = o.value(QStringLiteral("LicenseInfo")).toString();
    p.compatibleRuntimes = strings(o.value(QStringLiteral("CompatibleRuntimes")), QStringLiteral("CompatibleRuntimes"), error);
    if (!error)
        p.compatibleArchitectures = strings(o.value(QStringLiteral("CompatibleArchitectures")),
                                            QStringLiteral("CompatibleArchitectures"), error);
    if (error)
        return *error;
    const QJsonValue contentValue = o.value(QStringLiteral("Content"));
    if (!contentValue.isObject())
        return ApiError::invalidParameter(
            QStringLiteral("Content is required: the layer's files as Content.ZipFile (aws lambda "
                           "publish-layer-version --zip-file fileb://layer.zip)"));
    const QJsonObject content = contentValue.toObject();
    for (const char *key : {"S3Bucket", "S3Key", "S3ObjectVersion"}) {
        if (content.contains(QString::fromLatin1(key)))
            return ApiError::invalidParameter(
                QStringLiteral("Content.%1 is not supported by Lambdesk: there is no S3 locally; send the layer as "
                               "Content.ZipFile (aws lambda publish-layer-version --zip-file fileb://layer.zip)")
                    .arg(QLatin1StringView(key)));
    }
    const QJsonValue zip = content.value(QStringLiteral("ZipFile"));
    if (!zip.isString() || zip.toString().isEmpty())
        return ApiError::invalidParameter(
            QStringLiteral("Content.ZipFile is required: the layer's files as a base64-encoded .zip file"));
    auto decoded = QByteArray::fromBase64Encoding(zip.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return ApiError::invalidParameter(QStringLiteral("Content.ZipFile must be base64-encoded .zip content"));
    p.zip = *decoded;
    return r;
}

template<typename Item>
QJsonArray page(const QList<Item> &items, const Request &request, const std::function<QString(const Item &)> &key,
                const std::function<QJsonObject(const Item &)> &render, QString *nextMarker)
{
    QJsonArray out;
    qsizetype i = 0;
    if (!request.startAt.isEmpty()) {
        while (i < items.size() && key(items[i]) != request.startAt)
            ++i;
    }
    for (; i < items.size(); ++i) {
        if (out.size() >= request.maxItems) {
            *nextMarker = encodeMarker(key(items[i]));
            break;
        }
        out.append(render(items[i]));
    }
    return out;
}

QMutex g_lookupMutex;
const void *g_lookupOwner = nullptr;
LayerSizeLookup g_lookup;

} // namespace

bool isRequest(const HttpRequest &request)
{
    const QStringList s = pathSegments(request.path);
    return !s.isEmpty() && s[0] == u"2018-10-31" && s.size() >= 2 && s[1] == u"layers";
}

QString operationName(Kind kind)
{
    switch (kind) {
    case Kind::Publish: return QStringLiteral("PublishLayerVersion");
    case Kind::ListVersions: return QStringLiteral("ListLayerVersions");
    case Kind::Get: return QStringLiteral("GetLayerVersion");
    case Kind::Delete: return QStringLiteral("DeleteLayerVersion");
    case Kind::List: return QStringLiteral("ListLayers");
    case Kind::GetByArn: return QStringLiteral("GetLayerVersionByArn");
    }
    return {};
}

ApiResult<Request> parse(const HttpRequest &http)
{
    const QStringList s = pathSegments(http.path);
    const auto query = queryItems(http.query);
    Request r;
    if (s.size() == 2) {
        if (http.method != "GET")
            return unknown(http);
        if (queryValue(query, u"find") == u"LayerVersion") {
            r.kind = Kind::GetByArn;
            const QString arn = queryValue(query, u"Arn");
            static const QRegularExpression pattern(QStringLiteral(
                "^arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:([a-zA-Z0-9-_]+):([0-9]+)$"));
            const auto m = pattern.match(arn);
            if (!m.hasMatch())
                return ApiError::invalidParameter(
                    QStringLiteral("1 validation error detected: Value '%1' at 'arn' failed to satisfy constraint: "
                                   "Member must satisfy regular expression pattern: arn:[a-zA-Z0-9-]+:lambda:"
                                   "[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+")
                        .arg(arn));
            r.layerName = m.captured(1);
            auto n = versionNumber(m.captured(2));
            if (!n)
                return n.error();
            r.version = n.value();
            return r;
        }
        r.kind = Kind::List;
    } else if (s.size() == 4 && s[3] == u"versions") {
        r.layerName = s[2];
        if (http.method == "POST")
            return parsePublish(Request{Kind::Publish, s[2]}, http.body);
        if (http.method != "GET")
            return unknown(http);
        r.kind = Kind::ListVersions;
    } else if (s.size() == 5 && s[3] == u"versions") {
        r.layerName = s[2];
        if (http.method == "GET")
            r.kind = Kind::Get;
        else if (http.method == "DELETE")
            r.kind = Kind::Delete;
        else
            return unknown(http);
        auto n = versionNumber(s[4]);
        if (!n)
            return n.error();
        r.version = n.value();
        return r;
    } else {
        return unknown(http);
    }
    // The lists: filters and the page.
    r.compatibleRuntime = queryValue(query, u"CompatibleRuntime");
    r.compatibleArchitecture = queryValue(query, u"CompatibleArchitecture");
    if (!r.compatibleArchitecture.isEmpty() && r.compatibleArchitecture != u"x86_64"
        && r.compatibleArchitecture != u"arm64")
        return ApiError::invalidParameter(
            QStringLiteral("1 validation error detected: Value '%1' at 'compatibleArchitecture' failed to satisfy "
                           "constraint: Member must satisfy enum value set: [x86_64, arm64]")
                .arg(r.compatibleArchitecture));
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
        if (!ok || asked < 1 || asked > 50)
            return ApiError::invalidParameter(
                QStringLiteral("1 validation error detected: Value '%1' at 'maxItems' failed to satisfy constraint: "
                               "Member must have value between 1 and 50")
                    .arg(maxItems));
        r.maxItems = asked;
    }
    return r;
}

QJsonObject versionItemJson(const LayerVersion &l, const QString &layerArn)
{
    QJsonObject o{
        {QStringLiteral("LayerVersionArn"), QString(layerArn + u':' + QString::number(l.version))},
        {QStringLiteral("Version"), l.version},
        {QStringLiteral("Description"), l.description},
        {QStringLiteral("CreatedDate"), l.createdDate},
    };
    if (!l.compatibleRuntimes.isEmpty())
        o.insert(QStringLiteral("CompatibleRuntimes"), QJsonArray::fromStringList(l.compatibleRuntimes));
    if (!l.licenseInfo.isEmpty())
        o.insert(QStringLiteral("LicenseInfo"), l.licenseInfo);
    if (!l.compatibleArchitectures.isEmpty())
        o.insert(QStringLiteral("CompatibleArchitectures"), QJsonArray::fromStringList(l.compatibleArchitectures));
    return o;
}

QJsonObject versionJson(const LayerVersion &l, const QString &layerArn, const QString &location)
{
    QJsonObject o = versionItemJson(l, layerArn);
    o.insert(QStringLiteral("LayerArn"), layerArn);
    o.insert(QStringLiteral("Content"), QJsonObject{{QStringLiteral("Location"), location},
                                                    {QStringLiteral("CodeSha256"), l.codeSha256},
                                                    {QStringLiteral("CodeSize"), l.codeSize}});
    return o;
}

bool matches(const LayerVersion &l, const Request &r)
{
    if (!r.compatibleRuntime.isEmpty() && !l.compatibleRuntimes.contains(r.compatibleRuntime))
        return false;
    if (!r.compatibleArchitecture.isEmpty() && !l.compatibleArchitectures.contains(r.compatibleArchitecture))
        return false;
    return true;
}

QJsonObject listVersionsJson(const QList<LayerVersion> &newestFirst, const Request &request,
                             const std::function<QString(const QString &)> &layerArn)
{
    QList<LayerVersion> matching;
    for (const LayerVersion &l : newestFirst)
        if (matches(l, request))
            matching.append(l);
    QString next;
    const QJsonArray items = page<LayerVersion>(
        matching, request, [](const LayerVersion &l) { return QString::number(l.version); },
        [&](const LayerVersion &l) { return versionItemJson(l, layerArn(l.layerName)); }, &next);
    QJsonObject o{{QStringLiteral("LayerVersions"), items}};
    if (!next.isEmpty())
        o.insert(QStringLiteral("NextMarker"), next);
    return o;
}

QJsonObject listLayersJson(const QList<LayerVersion> &latestByName, const Request &request,
                           const std::function<QString(const QString &)> &layerArn)
{
    QString next;
    const QJsonArray items = page<LayerVersion>(
        latestByName, request, [](const LayerVersion &l) { return l.layerName; },
        [&](const LayerVersion &l) {
            const QString arn = layerArn(l.layerName);
            return QJsonObject{{QStringLiteral("LayerName"), l.layerName},
                               {QStringLiteral("LayerArn"), arn},
                               {QStringLiteral("LatestMatchingVersion"), versionItemJson(l, arn)}};
        },
        &next);
    QJsonObject o{{QStringLiteral("Layers"), items}};
    if (!next.isEmpty())
        o.insert(QStringLiteral("NextMarker"), next);
    return o;
}

void setLayerSizeLookup(const void *owner, LayerSizeLookup lookup)
{
    QMutexLocker lock(&g_lookupMutex);
    g_lookupOwner = owner;
    g_lookup = std::move(lookup);
}

void clearLayerSizeLookup(const void *owner)
{
    QMutexLocker lock(&g_lookupMutex);
    if (g_lookupOwner != owner)
        return;
    g_lookupOwner = nullptr;
    g_lookup = nullptr;
}

qint64 layerCodeSize(const QString &layerVersionArn)
{
    LayerSizeLookup lookup;
    {
        QMutexLocker lock(&g_lookupMutex);
        lookup = g_lookup;
    }
    return lookup ? lookup(layerVersionArn) : 0;
}

} // namespace lambdesk::api::layers
