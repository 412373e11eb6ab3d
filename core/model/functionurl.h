#pragma once

#include "error.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace lambdesk {

// A function URL's CORS settings, as AWS's Cors object names them. Applied by the URL server to
// preflights (OPTIONS with Access-Control-Request-Method) and to every response.
struct FunctionUrlCors
{
    bool allowCredentials = false;
    QStringList allowHeaders;  // at most 100, each up to 1024 characters
    QStringList allowMethods;  // GET, PUT, HEAD, POST, PATCH, DELETE or "*"; at most 6
    QStringList allowOrigins;  // "*" or scheme://host[:port]; at most 100, each up to 253 characters
    QStringList exposeHeaders; // at most 100
    int maxAge = 0;            // seconds, 0..86400

    bool isEmpty() const
    {
        return !allowCredentials && allowHeaders.isEmpty() && allowMethods.isEmpty() && allowOrigins.isEmpty()
            && exposeHeaders.isEmpty() && maxAge == 0;
    }
    bool operator==(const FunctionUrlCors &) const = default;
};

enum class FunctionUrlAuthType { None, AwsIam };          // "NONE", "AWS_IAM"
enum class FunctionUrlInvokeMode { Buffered, ResponseStream }; // "BUFFERED", "RESPONSE_STREAM"

// One function URL: at most one per function and qualifier ($LATEST, or an alias; AWS refuses a
// version number). Kept in the function's folder (function-urls.json), so it survives restarts
// and goes away with the function.
struct FunctionUrlConfig
{
    QString functionName;
    QString qualifier; // empty: the unqualified function ($LATEST); else an alias name
    // 32 characters of [a-z0-9], made once when the URL is created and never changed: the
    // <url-id> of http://<url-id>.lambda-url.localhost:PORT/ (and of the path form).
    QString urlId;
    FunctionUrlAuthType authType = FunctionUrlAuthType::None;
    std::optional<FunctionUrlCors> cors; // absent: no CORS headers at all
    FunctionUrlInvokeMode invokeMode = FunctionUrlInvokeMode::Buffered;
    QString creationTime;     // AWS format: 2026-11-22T10:04:05.123+0000
    QString lastModifiedTime; // the same

    bool operator==(const FunctionUrlConfig &) const = default;
};

namespace functionurl {

QString authTypeName(FunctionUrlAuthType type); // "NONE", "AWS_IAM"
std::optional<FunctionUrlAuthType> authTypeFromName(QStringView name);
QString invokeModeName(FunctionUrlInvokeMode mode); // "BUFFERED", "RESPONSE_STREAM"
std::optional<FunctionUrlInvokeMode> invokeModeFromName(QStringView name);

// A fresh url id: 32 characters of [a-z0-9] from the system's random source.
QString newUrlId();
bool isUrlId(QStringView text);

// AWS's form with a local host: http://<url-id>.lambda-url.localhost:PORT/ (browsers and curl
// resolve *.localhost to loopback).
QString hostUrl(const QString &urlId, quint16 port);
// The same URL for clients that cannot resolve *.localhost: http://127.0.0.1:PORT/lambda-url/<url-id>/
QString pathUrl(const QString &urlId, const QString &host, quint16 port);
inline constexpr QStringView kPathPrefix = u"/lambda-url/";
inline constexpr QStringView kHostSuffix = u".lambda-url.localhost";

// The url id a request names by its Host header (<url-id>.lambda-url.localhost[:port]) or its
// path (/lambda-url/<url-id>/...); empty when it names none. `restPath` gets the path the
// function sees (starting with '/'), still percent-encoded as sent.
QString urlIdOf(QByteArrayView host, QByteArrayView rawPath, QByteArray *restPath = nullptr);

// AWS's rules, each error naming the field (AuthType, Cors.AllowOrigins, Cors.MaxAge, ...).
Status validateCors(const FunctionUrlCors &cors);

// AWS's JSON shapes: {"AllowCredentials", "AllowHeaders", "AllowMethods", "AllowOrigins",
// "ExposeHeaders", "MaxAge"} and the whole configuration as Get/Create/UpdateFunctionUrlConfig
// answer it (FunctionUrl, FunctionArn, AuthType, Cors, CreationTime, LastModifiedTime,
// InvokeMode). `functionArn` and `url` are the caller's (they depend on the region and port).
QJsonObject corsToJson(const FunctionUrlCors &cors);
Result<FunctionUrlCors> corsFromJson(const QJsonObject &o); // errors name Cors.<Field>
QJsonObject toJson(const FunctionUrlConfig &config, const QString &functionArn, const QString &url);

// The form stored in function-urls.json (everything above plus Qualifier and UrlId).
QJsonObject toStoredJson(const FunctionUrlConfig &config);
Result<FunctionUrlConfig> fromStoredJson(const QJsonObject &o);

} // namespace functionurl

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::FunctionUrlConfig)
