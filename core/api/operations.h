#pragma once

#include "functionref.h"
#include "invoke/invocationresult.h"
#include "model/functionconfig.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

// The Lambda API operations Lambdesk serves, as typed values: what the request parser produces
// and what LambdaApiServer executes against the Backend.
namespace lambdesk::api {

struct CreateFunction
{
    FunctionConfig config; // name, runtime, handler, role, limits, environment
    QByteArray zip;        // Code.ZipFile, decoded
    bool publish = false;  // Publish: also publish version 1; the answer describes it
};

struct GetFunction
{
    FunctionRef function;
};

struct GetFunctionConfiguration
{
    FunctionRef function;
};

// UpdateFunctionConfiguration changes only the fields the request names.
// LoggingConfig's fields as a request gives them; absent ones keep what the function has.
struct LoggingPatch
{
    std::optional<QString> logFormat, applicationLogLevel, systemLogLevel, logGroup;
};

struct ConfigPatch
{
    std::optional<QString> runtime, handler, description, role;
    std::optional<int> memorySize, timeout, ephemeralStorage;
    std::optional<QMap<QString, QString>> environment; // replaces every variable
    std::optional<LoggingPatch> logging;
    std::optional<QString> deadLetterTarget; // DeadLetterConfig.TargetArn; empty removes it
    std::optional<QStringList> layers;       // Layers: version ARNs in order; empty removes them

    bool isEmpty() const
    {
        return !runtime && !handler && !description && !role && !memorySize && !timeout && !ephemeralStorage
            && !environment && !logging && !deadLetterTarget && !layers;
    }
    FunctionConfig appliedTo(FunctionConfig config) const;
};

struct UpdateFunctionConfiguration
{
    FunctionRef function;
    ConfigPatch patch;
    QString revisionId; // empty: no precondition
};

struct UpdateFunctionCode
{
    FunctionRef function;
    QByteArray zip;
    bool dryRun = false;
    QString revisionId;
    bool publish = false; // Publish: publish a version of the new code; the answer describes it
};

struct DeleteFunction
{
    FunctionRef function;
};

struct ListFunctions
{
    QString startAt;   // decoded Marker: the first name of this page; empty: from the start
    int maxItems = 50; // AWS's default page size
};

struct Invoke
{
    FunctionRef function;
    InvocationType type = InvocationType::RequestResponse;
    bool tailLog = false;     // X-Amz-Log-Type: Tail
    QByteArray clientContext; // JSON text decoded from X-Amz-Client-Context
    QByteArray payload;
    bool legacyAsync = false; // InvokeAsync (2014-11-13): 202 {"Status":202}
};

// A page of a list: where it starts (the decoded Marker) and how many at most.
struct Page
{
    QString startAt;   // empty: from the start
    int maxItems = 50; // AWS's default page size
};

struct PublishVersion
{
    FunctionRef function;
    QString codeSha256;  // empty: no precondition
    QString description; // empty: $LATEST's
    QString revisionId;  // empty: no precondition
};

// $LATEST first, then the published versions oldest first (as AWS lists them).
struct ListVersionsByFunction
{
    FunctionRef function;
    Page page; // startAt: "$LATEST" or a version number
};

struct CreateAlias
{
    FunctionRef function;
    QString name;
    QString functionVersion;
    QString description;
    QMap<QString, double> routing; // RoutingConfig.AdditionalVersionWeights
};

struct GetAlias
{
    FunctionRef function;
    QString name;
};

struct ListAliases
{
    FunctionRef function;
    QString functionVersion; // empty: every alias; else those whose FunctionVersion is this
    Page page;               // startAt: an alias name
};

// UpdateAlias changes only the fields the request names.
struct UpdateAlias
{
    FunctionRef function;
    QString name;
    std::optional<QString> functionVersion;
    std::optional<QString> description;
    std::optional<QMap<QString, double>> routing; // an empty map: one version again
    QString revisionId;                           // empty: no precondition
};

struct DeleteAlias
{
    FunctionRef function;
    QString name;
};

// GET of the Code.Location link that GetFunction hands out (Lambdesk's stand-in for S3).
struct GetCodeArchive
{
    QString name;
    qint64 expires = 0; // epoch seconds
    QByteArray signature;
};

// Reserved concurrency (function-level: no qualifier) and the account's limits.
struct PutFunctionConcurrency
{
    FunctionRef function;
    int reserved = 0; // ReservedConcurrentExecutions
};

struct GetFunctionConcurrency
{
    FunctionRef function;
};

struct DeleteFunctionConcurrency
{
    FunctionRef function;
};

struct GetAccountSettings
{};

using Operation =
    std::variant<CreateFunction, GetFunction, GetFunctionConfiguration, UpdateFunctionConfiguration, UpdateFunctionCode,
                 DeleteFunction, ListFunctions, Invoke, GetCodeArchive, PublishVersion, ListVersionsByFunction,
                 CreateAlias, GetAlias, ListAliases, UpdateAlias, DeleteAlias, PutFunctionConcurrency,
                 GetFunctionConcurrency, DeleteFunctionConcurrency, GetAccountSettings>;

// For std::visit over an Operation with one lambda per alternative.
template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// Spelled out for clang before 17, which does not deduce aggregates' arguments (the fuzz build).
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

// AWS's operation name ("Invoke", "CreateFunction", ...), for logs and the console.
QString operationName(const Operation &op);
// The function an operation is about; empty for ListFunctions.
QString operationFunction(const Operation &op);

} // namespace lambdesk::api
