#pragma once

#include "lambdaapiserver.h"

#include <QStringList>

namespace lambdesk {
class Settings;
}

namespace lambdesk::api {

// What `lambdesk serve`'s flags add to the settings; the console passes none.
struct ServeFlags
{
    bool allowRemote = false;      // --allow-remote: other machines may call (their host names accepted)
    QStringList allowOrigins;      // --allow-origin, on top of api/allowedOrigins
    bool requireSignature = false; // --require-signature, or the api/requireSignature setting
};

// The one place the Lambda API server's options are built: Host and Origin rules, the signature
// rule and the local credentials (generated and stored on first use) from the settings, plus
// serve's flags. Used by `lambdesk serve` and by the console's API server.
LambdaApiServer::Options serverOptions(Settings &settings, const ServeFlags &flags = {});

} // namespace lambdesk::api
