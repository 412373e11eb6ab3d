#pragma once

#include "apicall.h"
#include "httpserver.h"
#include "lambdaapiserver.h"

#include <QElapsedTimer>

namespace lambdesk {

// One request from arrival to answer; shared by the callbacks that may answer it later.
struct LambdaApiServer::Exchange
{
    api::HttpResponder responder; // answers in request order; drops the answer when the client left
    QElapsedTimer clock;
    ApiCall call;
    QByteArray corsOrigin; // an allowed Origin: CORS headers go on the reply
    QString baseUrl;       // http://<Host the client used>
    bool answered = false;
};

} // namespace lambdesk
