#pragma once

#include "apierror.h"
#include "httpmessage.h"

#include <QStringList>

// Who may drive the local API. A web page the user visits must not be able to: its requests
// either name a foreign Host (DNS rebinding: evil.example resolving to 127.0.0.1) or carry a
// foreign Origin / Sec-Fetch-Site. Pure checks; LambdaApiServer runs them before anything else.
namespace lambdesk::api::guard {

struct Policy
{
    bool allowRemote = false;   // bound beyond loopback on purpose (--allow-remote)
    QStringList allowedOrigins; // exact browser origins, e.g. "http://localhost:3000"
    QStringList extraHosts;     // more names of this machine accepted in Host when remote is allowed
};

// localhost, *.localhost (RFC 6761), 127.0.0.0/8, ::1 and ::ffff:127.x.
bool isLoopbackHost(QStringView host);
// The host part of a Host header ("[::1]:9001" -> "::1"); empty when malformed.
QString hostOf(QByteArrayView hostHeader);
std::optional<ApiError> checkHost(QByteArrayView hostHeader, const Policy &policy);

// "HTTP://LocalHost:80" -> "http://localhost"; empty when it is not an origin.
QString normalizeOrigin(QStringView origin);
bool originAllowed(QByteArrayView origin, const Policy &policy);
// Refuses browser requests from pages that are not on the allow-list: a foreign or "null"
// Origin, or (for requests a browser sends without Origin) Sec-Fetch-Site cross-site/same-site.
std::optional<ApiError> checkBrowser(const HttpRequest &request, const Policy &policy);

// CORS for allow-listed origins.
bool isPreflight(const HttpRequest &request);
HttpReply preflight(const HttpRequest &request, const Policy &policy);
Headers corsHeaders(QByteArrayView origin);

} // namespace lambdesk::api::guard
