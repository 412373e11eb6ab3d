#include "serveroptions.h"

#include "apicredentials.h"
#include "settings.h"

#include <QHostInfo>

namespace lambdesk::api {

LambdaApiServer::Options serverOptions(Settings &settings, const ServeFlags &flags)
{
    LambdaApiServer::Options options;
    options.policy.allowRemote = flags.allowRemote;
    options.policy.allowedOrigins = settings.value(settings::apiAllowedOrigins) + flags.allowOrigins;
    if (flags.allowRemote) {
        const QString name = QHostInfo::localHostName();
        options.policy.extraHosts = {name, name + QStringLiteral(".local")};
    }
    options.requireSignature = flags.requireSignature || settings.value(settings::apiRequireSignature);
    options.credentials = credentials::ensure(settings);
    return options;
}

} // namespace lambdesk::api
