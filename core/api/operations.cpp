#include "operations.h"

namespace lambdesk::api {

FunctionConfig ConfigPatch::appliedTo(FunctionConfig config) const
{
    if (runtime)
        config.runtime = *runtime;
    if (handler)
        config.handler = *handler;
    if (description)
        config.description = *description;
    if (role)
        config.role = *role;
    if (memorySize)
        config.memorySize = *memorySize;
    if (timeout)
        config.timeout = *timeout;
    if (ephemeralStorage)
        config.ephemeralStorage = *ephemeralStorage;
    if (environment)
        config.environment = *environment;
    if (deadLetterTarget)
        config.deadLetterTarget = *deadLetterTarget;
    if (layers)
        config.layers = *layers;
    if (logging) {
        LoggingConfig &l = config.logging;
        if (logging->logFormat) {
            l.logFormat = *logging->logFormat;
            if (!l.isJson()) {
                // Back to Text: the levels go (AWS keeps none); levels sent with Text stay, so
                // that validation names them.
                l.applicationLogLevel.clear();
                l.systemLogLevel.clear();
            }
        }
        if (logging->applicationLogLevel)
            l.applicationLogLevel = *logging->applicationLogLevel;
        if (logging->systemLogLevel)
            l.systemLogLevel = *logging->systemLogLevel;
        if (logging->logGroup)
            l.logGroup = *logging->logGroup;
    }
    return config;
}

QString operationName(const Operation &op)
{
    return std::visit(
        Overloaded{
            [](const CreateFunction &) { return QStringLiteral("CreateFunction"); },
            [](const GetFunction &) { return QStringLiteral("GetFunction"); },
            [](const GetFunctionConfiguration &) { return QStringLiteral("GetFunctionConfiguration"); },
            [](const UpdateFunctionConfiguration &) { return QStringLiteral("UpdateFunctionConfiguration"); },
            [](const UpdateFunctionCode &) { return QStringLiteral("UpdateFunctionCode"); },
            [](const DeleteFunction &) { return QStringLiteral("DeleteFunction"); },
            [](const ListFunctions &) { return QStringLiteral("ListFunctions"); },
            [](const Invoke &i) { return i.legacyAsync ? QStringLiteral("InvokeAsync") : QStringLiteral("Invoke"); },
            [](const GetCodeArchive &) { return QStringLiteral("GetCode"); },
            [](const PublishVersion &) { return QStringLiteral("PublishVersion"); },
            [](const ListVersionsByFunction &) { return QStringLiteral("ListVersionsByFunction"); },
            [](const CreateAlias &) { return QStringLiteral("CreateAlias"); },
            [](const GetAlias &) { return QStringLiteral("GetAlias"); },
            [](const ListAliases &) { return QStringLiteral("ListAliases"); },
            [](const UpdateAlias &) { return QStringLiteral("UpdateAlias"); },
            [](const DeleteAlias &) { return QStringLiteral("DeleteAlias"); },
            [](const PutFunctionConcurrency &) { return QStringLiteral("PutFunctionConcurrency"); },
            [](const GetFunctionConcurrency &) { return QStringLiteral("GetFunctionConcurrency"); },
            [](const DeleteFunctionConcurrency &) { return QStringLiteral("DeleteFunctionConcurrency"); },
            [](const GetAccountSettings &) { return QStringLiteral("GetAccountSettings"); },
        },
        op);
}

QString operationFunction(const Operation &op)
{
    return std::visit(Overloaded{
                          [](const CreateFunction &o) { return o.config.name; },
                          [](const ListFunctions &) { return QString(); },
                          [](const GetAccountSettings &) { return QString(); },
                          [](const GetCodeArchive &o) { return o.name; },
                          [](const auto &o) { return o.function.name; },
                      },
                      op);
}

} // namespace lambdesk::api
