#pragma once

#include "httpmessage.h"
#include "model/functionurl.h"

// A function URL's CORS configuration applied as AWS applies it. Pure (DESIGN §6.6).
// When a URL has a Cors configuration, Lambda answers preflights itself (the function never
// sees them) and sets the CORS headers of every response, replacing any the function returned.
namespace lambdesk::api::urlcors {

// OPTIONS with Origin and Access-Control-Request-Method.
bool isPreflight(const HttpRequest &request);

// The origin is one of AllowOrigins, or AllowOrigins has "*".
bool originAllowed(const FunctionUrlCors &cors, QByteArrayView origin);

// The answer to a preflight: 200 with Access-Control-Allow-Origin, -Allow-Methods,
// -Allow-Headers, -Max-Age, -Allow-Credentials and -Expose-Headers when the origin and the
// requested method are allowed; 200 without any of them otherwise (the browser then refuses
// the call, as it does against AWS).
HttpReply preflight(const HttpRequest &request, const FunctionUrlCors &cors);

// A response to `request`: the function's Access-Control-* headers are dropped; when the
// request's Origin is allowed, Access-Control-Allow-Origin, -Allow-Credentials and
// -Expose-Headers (and Vary: Origin when the origin is echoed) are set.
void apply(HttpReply &reply, const HttpRequest &request, const FunctionUrlCors &cors);

} // namespace lambdesk::api::urlcors
