#pragma once

#include "httpmessage.h"

#include <QByteArray>

#include <optional>

// Function URLs with InvokeMode RESPONSE_STREAM (and streamified handlers behind BUFFERED ones):
// what awslambda.HttpResponseStream.from() writes first - a JSON prelude {statusCode, headers,
// cookies}, then eight NUL bytes - becomes the HTTP status line, headers and Set-Cookie fields;
// the rest is the body. Pure.
namespace lambdesk::api::urlstream {

inline constexpr QByteArrayView kHttpIntegrationType = "application/vnd.awslambda.http-integration-response";

// Where the prelude ends in `bytes` (the index just past its eight NULs); nothing while it has
// not ended yet.
std::optional<qsizetype> preludeEnd(QByteArrayView bytes);
// The head an HTTP prelude describes (statusCode, default 200; headers; cookies as Set-Cookie);
// a prelude that is no JSON object gives 200 without headers. The body is left empty.
HttpReply headFromPrelude(QByteArrayView preludeJson);
// A streamed response taken whole (a BUFFERED URL): its answer. `contentType` is what the
// runtime said (the http-integration type: prelude, then body; else the body as it is).
HttpReply wholeReply(const QByteArray &contentType, const QByteArray &payload);

} // namespace lambdesk::api::urlstream
