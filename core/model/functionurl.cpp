#include "functionurl.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace lambdesk {

namespace {

constexpr int kMaxOrigins = 100;
constexpr int kMaxOriginLength = 253;
constexpr int kMaxMethods = 6;
constexpr int kMaxHeaders = 100;
constexpr int kMaxHeaderLength = 1024;
constexpr int kMaxMaxAge = 86400;

const QStringList &allowedMethods()
{
    static const QStringList methods{QStringLiteral("GET"),   QStringLiteral("PUT"),    QStringLiteral("HEAD"),
                                     QStringLiteral("POST"),  QStringLiteral("PATCH"),  QStringLiteral("DELETE"),
                                     QStringLiteral("*")};
    return methods;
}

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// "*" or scheme://host[:port]: a scheme of letters (then letters, digits, + - .), a host of
// letters, digits, '-', '.', '_' (or a bracketed IPv6 address), an optional port of 1..5 digits,
// and nothing after (no path, query or fragment).
bool isOrigin(const QString &origin)
{
    if (origin == u"*")
        return true;
    const qsizetype sep = origin.indexOf(u"://");
    if (sep < 1)
        return false;
    for (qsizetype i = 0; i < sep; ++i) {
        const QChar c = origin.at(i);
        const bool ok = (c.isLetter() && c.unicode() < 128)
            || (i > 0 && c.unicode() < 128 && (c.isDigit() || c == u'+' || c == u'-' || c == u'.'));
        if (!ok)
            return false;
    }
    QStringView rest = QStringView(origin).mid(sep + 3);
    QStringView host = rest;
    QStringView port;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 2)
            return false;
        for (QChar c : rest.mid(1, close - 1))
            if (!(c.unicode() < 128 && (isAsciiAlnum(char(c.unicode())) || c == u':' || c == u'.')))
                return false;
        host = rest.first(close + 1);
        QStringView after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return false;
            port = after.mid(1);
            if (port.isEmpty())
                return false;
        }
    } else {
        const qsizetype colon = rest.indexOf(u':');
        if (colon >= 0) {
            host = rest.first(colon);
            port = rest.mid(colon + 1);
            if (port.isEmpty())
                return false;
        }
        if (host.isEmpty())
            return false;
        for (QChar c : host)
            if (!(c.unicode() < 128
                  && (isAsciiAlnum(char(c.unicode())) || c == u'-' || c == u'.' || c == u'_' || c == u'*')))
                return false;
    }
    if (port.size() > 5)
        return false;
    for (QChar c : port)
        if (!(c >= u'0' && c <= u'9'))
            return false;
    return true;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

Result<QStringList> stringList(const QJsonObject &o, const QString &key, const QString &field)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QStringList{};
    if (!v.isArray())
        return Error::invalid(field, QStringLiteral("%1 must be a list of strings").arg(field));
    QStringList out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &item : a) {
        if (!item.isString())
            return Error::invalid(field, QStringLiteral("%1 must be a list of strings; item %2 is not a string")
                                             .arg(field)
                                             .arg(out.size() + 1));
        out.append(item.toString());
    }
    return out;
}

Status checkHeaders(const QStringList &headers, const QString &field)
{
    if (headers.size() > kMaxHeaders)
        return Error::invalid(field, QStringLiteral("%1 must have at most %2 items; got %3")
                                         .arg(field)
                                         .arg(kMaxHeaders)
                                         .arg(headers.size()));
    for (const QString &h : headers) {
        if (h.size() > kMaxHeaderLength)
            return Error::invalid(field, QStringLiteral("%1 items must be at most %2 characters long; one has %3")
                                             .arg(field)
                                             .arg(kMaxHeaderLength)
                                             .arg(h.size()));
    }
    return Ok{};
}

} // namespace

namespace functionurl {

QString authTypeName(FunctionUrlAuthType type)
{
    return type == FunctionUrlAuthType::AwsIam ? QStringLiteral("AWS_IAM") : QStringLiteral("NONE");
}

std::optional<FunctionUrlAuthType> authTypeFromName(QStringView name)
{
    if (name == u"NONE")
        return FunctionUrlAuthType::None;
    if (name == u"AWS_IAM")
        return FunctionUrlAuthType::AwsIam;
    return std::nullopt;
}

QString invokeModeName(FunctionUrlInvokeMode mode)
{
    return mode == FunctionUrlInvokeMode::ResponseStream ? QStringLiteral("RESPONSE_STREAM")
                                                         : QStringLiteral("BUFFERED");
}

std::optional<FunctionUrlInvokeMode> invokeModeFromName(QStringView name)
{
    if (name == u"BUFFERED")
        return FunctionUrlInvokeMode::Buffered;
    if (name == u"RESPONSE_STREAM")
        return FunctionUrlInvokeMode::ResponseStream;
    return std::nullopt;
}

QString newUrlId()
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    constexpr quint32 n = sizeof(kAlphabet) - 1;
    QString id;
    id.resize(32);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (qsizetype i = 0; i < id.size(); ++i)
        id[i] = QLatin1Char(kAlphabet[rng->bounded(n)]);
    return id;
}

bool isUrlId(QStringView text)
{
    if (text.size() != 32)
        return false;
    for (QChar c : text)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    return true;
}

QString hostUrl(const QString &urlId, quint16 port)
{
    return QStringLiteral("http://%1%2:%3/").arg(urlId, kHostSuffix.toString()).arg(port);
}

QString pathUrl(const QString &urlId, const QString &host, quint16 port)
{
    return QStringLiteral("http://%1:%2%3%4/").arg(host).arg(port).arg(kPathPrefix.toString(), urlId);
}

QString urlIdOf(QByteArrayView host, QByteArrayView rawPath, QByteArray *restPath)
{
    // Host form: <url-id>.lambda-url.localhost[:port], case-insensitive.
    static constexpr QByteArrayView kSuffix = ".lambda-url.localhost";
    QByteArrayView name = host.trimmed();
    if (const qsizetype colon = name.lastIndexOf(':'); colon >= 0) {
        const QByteArrayView port = name.sliced(colon + 1);
        bool digits = true;
        for (char c : port)
            digits = digits && c >= '0' && c <= '9';
        if (digits)
            name = name.first(colon);
    }
    if (name.endsWith('.')) // the fully qualified form, "....localhost."
        name.chop(1);
    if (name.size() == 32 + kSuffix.size() && name.sliced(32).compare(kSuffix, Qt::CaseInsensitive) == 0) {
        QString id = QString::fromLatin1(name.first(32)).toLower();
        if (isUrlId(id)) {
            if (restPath)
                *restPath = rawPath.isEmpty() ? QByteArray("/") : rawPath.toByteArray();
            return id;
        }
    }

    // Path form: /lambda-url/<url-id>[/rest]
    static constexpr QByteArrayView kPrefix = "/lambda-url/";
    if (rawPath.size() >= kPrefix.size() + 32 && rawPath.startsWith(kPrefix)) {
        const QByteArrayView idBytes = rawPath.sliced(kPrefix.size(), 32);
        const QByteArrayView rest = rawPath.sliced(kPrefix.size() + 32);
        if (!rest.isEmpty() && rest.front() != '/')
            return {};
        QString id = QString::fromLatin1(idBytes);
        if (!isUrlId(id))
            return {};
        if (restPath)
            *restPath = rest.isEmpty() ? QByteArray("/") : rest.toByteArray();
        return id;
    }
    return {};
}

Status validateCors(const FunctionUrlCors &cors)
{
    const QString origins = QStringLiteral("Cors.AllowOrigins");
    if (cors.allowOrigins.size() > kMaxOrigins)
        return Error::invalid(origins, QStringLiteral("Cors.AllowOrigins must have at most %1 items; got %2")
                                           .arg(kMaxOrigins)
                                           .arg(cors.allowOrigins.size()));
    for (const QString &o : cors.allowOrigins) {
        if (o.isEmpty() || o.size() > kMaxOriginLength)
            return Error::invalid(origins,
                                  QStringLiteral("Cors.AllowOrigins items must be 1 to %1 characters long; \"%2\" has %3")
                                      .arg(kMaxOriginLength)
                                      .arg(o.left(40))
                                      .arg(o.size()));
        if (!isOrigin(o))
            return Error::invalid(origins, QStringLiteral("Cors.AllowOrigins items must be \"*\" or "
                                                          "scheme://host[:port] (like https://example.com); got \"%1\"")
                                               .arg(o));
    }
    const QString methods = QStringLiteral("Cors.AllowMethods");
    if (cors.allowMethods.size() > kMaxMethods)
        return Error::invalid(methods, QStringLiteral("Cors.AllowMethods must have at most %1 items; got %2")
                                           .arg(kMaxMethods)
                                           .arg(cors.allowMethods.size()));
    for (const QString &m : cors.allowMethods)
        if (!allowedMethods().contains(m))
            return Error::invalid(methods, QStringLiteral("Cors.AllowMethods items must be one of %1; got \"%2\"")
                                               .arg(allowedMethods().join(u", "), m));
    if (Status s = checkHeaders(cors.allowHeaders, QStringLiteral("Cors.AllowHeaders")); !s)
        return s;
    if (Status s = checkHeaders(cors.exposeHeaders, QStringLiteral("Cors.ExposeHeaders")); !s)
        return s;
    if (cors.maxAge < 0 || cors.maxAge > kMaxMaxAge)
        return Error::invalid(QStringLiteral("Cors.MaxAge"),
                              QStringLiteral("Cors.MaxAge must be from 0 to %1 seconds; got %2")
                                  .arg(kMaxMaxAge)
                                  .arg(cors.maxAge));
    return Ok{};
}

QJsonObject corsToJson(const FunctionUrlCors &cors)
{
    QJsonObject o{{QStringLiteral("AllowCredentials"), cors.allowCredentials}};
    if (!cors.allowHeaders.isEmpty())
        o.insert(QStringLiteral("AllowHeaders"), toArray(cors.allowHeaders));
    if (!cors.allowMethods.isEmpty())
        o.insert(QStringLiteral("AllowMethods"), toArray(cors.allowMethods));
    if (!cors.allowOrigins.isEmpty())
        o.insert(QStringLiteral("AllowOrigins"), toArray(cors.allowOrigins));
    if (!cors.exposeHeaders.isEmpty())
        o.insert(QStringLiteral("ExposeHeaders"), toArray(cors.exposeHeaders));
    o.insert(QStringLiteral("MaxAge"), cors.maxAge);
    return o;
}

Result<FunctionUrlCors> corsFromJson(const QJsonObject &o)
{
    static const QStringList known{QStringLiteral("AllowCredentials"), QStringLiteral("AllowHeaders"),
                                   QStringLiteral("AllowMethods"),     QStringLiteral("AllowOrigins"),
                                   QStringLiteral("ExposeHeaders"),    QStringLiteral("MaxAge")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return Error::invalid(QStringLiteral("Cors"),
                                  QStringLiteral("Cors has no field \"%1\"; the fields are %2")
                                      .arg(it.key(), known.join(u", ")));
    FunctionUrlCors cors;
    const QJsonValue credentials = o.value(QStringLiteral("AllowCredentials"));
    if (!credentials.isUndefined() && !credentials.isNull()) {
        if (!credentials.isBool())
            return Error::invalid(QStringLiteral("Cors.AllowCredentials"),
                                  QStringLiteral("Cors.AllowCredentials must be true or false"));
        cors.allowCredentials = credentials.toBool();
    }
    struct ListField
    {
        const char *key;
        QStringList FunctionUrlCors::*member;
    };
    static constexpr ListField lists[] = {{"AllowHeaders", &FunctionUrlCors::allowHeaders},
                                          {"AllowMethods", &FunctionUrlCors::allowMethods},
                                          {"AllowOrigins", &FunctionUrlCors::allowOrigins},
                                          {"ExposeHeaders", &FunctionUrlCors::exposeHeaders}};
    for (const ListField &f : lists) {
        const QString key = QString::fromLatin1(f.key);
        Result<QStringList> list = stringList(o, key, QStringLiteral("Cors.") + key);
        if (!list)
            return list.error();
        cors.*f.member = std::move(list).value();
    }
    // Methods are case-insensitive in HTTP's CORS matching; AWS keeps them upper-case.
    for (QString &m : cors.allowMethods)
        m = m.toUpper();
    const QJsonValue maxAge = o.value(QStringLiteral("MaxAge"));
    if (!maxAge.isUndefined() && !maxAge.isNull()) {
        const double d = maxAge.toDouble(-1.5);
        if (!maxAge.isDouble() || d != double(qint64(d)))
            return Error::invalid(QStringLiteral("Cors.MaxAge"),
                                  QStringLiteral("Cors.MaxAge must be a whole number of seconds from 0 to %1")
                                      .arg(kMaxMaxAge));
        if (d < 0 || d > kMaxMaxAge)
            return Error::invalid(QStringLiteral("Cors.MaxAge"),
                                  QStringLiteral("Cors.MaxAge must be from 0 to %1 seconds; got %2")
                                      .arg(kMaxMaxAge)
                                      .arg(qint64(d)));
        cors.maxAge = int(d);
    }
    if (Status s = validateCors(cors); !s)
        return s.error();
    return cors;
}

QJsonObject toJson(const FunctionUrlConfig &config, const QString &functionArn, const QString &url)
{
    QJsonObject o{{QStringLiteral("FunctionUrl"), url},
                  {QStringLiteral("FunctionArn"), functionArn},
                  {QStringLiteral("AuthType"), authTypeName(config.authType)},
                  {QStringLiteral("CreationTime"), config.creationTime},
                  {QStringLiteral("LastModifiedTime"), config.lastModifiedTime},
                  {QStringLiteral("InvokeMode"), invokeModeName(config.invokeMode)}};
    if (config.cors)
        o.insert(QStringLiteral("Cors"), corsToJson(*config.cors));
    return o;
}

QJsonObject toStoredJson(const FunctionUrlConfig &config)
{
    QJsonObject o{{QStringLiteral("Qualifier"), config.qualifier},
                  {QStringLiteral("UrlId"), config.urlId},
                  {QStringLiteral("AuthType"), authTypeName(config.authType)},
                  {QStringLiteral("CreationTime"), config.creationTime},
                  {QStringLiteral("LastModifiedTime"), config.lastModifiedTime},
                  {QStringLiteral("InvokeMode"), invokeModeName(config.invokeMode)}};
    if (!config.functionName.isEmpty())
        o.insert(QStringLiteral("FunctionName"), config.functionName);
    if (config.cors)
        o.insert(QStringLiteral("Cors"), corsToJson(*config.cors));
    return o;
}

Result<FunctionUrlConfig> fromStoredJson(const QJsonObject &o)
{
    FunctionUrlConfig c;
    c.functionName = o.value(QStringLiteral("FunctionName")).toString();
    c.qualifier = o.value(QStringLiteral("Qualifier")).toString();
    if (c.qualifier == u"$LATEST")
        c.qualifier.clear();
    c.urlId = o.value(QStringLiteral("UrlId")).toString();
    if (!isUrlId(c.urlId))
        return Error::invalid(QStringLiteral("UrlId"),
                              QStringLiteral("UrlId must be 32 characters of a-z and 0-9; got \"%1\"").arg(c.urlId));
    const QString auth = o.value(QStringLiteral("AuthType")).toString(QStringLiteral("NONE"));
    const auto authType = authTypeFromName(auth);
    if (!authType)
        return Error::invalid(QStringLiteral("AuthType"),
                              QStringLiteral("AuthType must be NONE or AWS_IAM; got \"%1\"").arg(auth));
    c.authType = *authType;
    const QString mode = o.value(QStringLiteral("InvokeMode")).toString(QStringLiteral("BUFFERED"));
    const auto invokeMode = invokeModeFromName(mode);
    if (!invokeMode)
        return Error::invalid(QStringLiteral("InvokeMode"),
                              QStringLiteral("InvokeMode must be BUFFERED or RESPONSE_STREAM; got \"%1\"").arg(mode));
    c.invokeMode = *invokeMode;
    const QJsonValue cors = o.value(QStringLiteral("Cors"));
    if (cors.isObject()) {
        Result<FunctionUrlCors> parsed = corsFromJson(cors.toObject());
        if (!parsed)
            return parsed.error();
        c.cors = std::move(parsed).value();
    } else if (!cors.isUndefined() && !cors.isNull()) {
        return Error::invalid(QStringLiteral("Cors"), QStringLiteral("Cors must be an object"));
    }
    c.creationTime = o.value(QStringLiteral("CreationTime")).toString();
    c.lastModifiedTime = o.value(QStringLiteral("LastModifiedTime")).toString();
    return c;
}

} // namespace functionurl

} // namespace lambdesk
