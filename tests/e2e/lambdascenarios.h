#pragma once

// The Lambda API scenarios every client test runs: tst_awscli through the AWS CLI, tst_nodesdk
// through the JS SDK, each against its own `lambdesk serve`. One ordered table (later rows use
// what earlier rows created): the operation, its input in the API's own names, and the expected
// outcome (HTTP status, error type and message, fields of the answer). A client test only turns
// the input into its client's call and the client's answer into an Outcome; preparing, checking,
// capturing values and waiting for Event runs happen here, so a row added below is exercised by
// every client.

#include "servefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <functional>
#include <optional>

namespace e2e::scenarios {

enum class Client { AwsCli, NodeSdk };

// One check on the answer. `path` walks the output: "Environment.Variables.GREETING",
// "Functions.0.FunctionName"; an Invoke's payload (JSON) is under "Payload".
struct Check
{
    enum class Op {
        Equals,
        NotEquals,
        Absent,
        NonEmpty,
        StartsWith,
        EndsWith,
        AtLeast,
        Count,
        LogContains,
        LogLacks,
        ServesZip
    };
    const char *path;
    Op op;
    QJsonValue value;
    std::optional<Client> notWith = {}; // a client that does not show this field
};

// `check`, except with a client whose model of the API predates the field (it drops it).
inline Check except(Client client, Check check)
{
    check.notWith = client;
    return check;
}

inline Check eq(const char *path, const char *v)
{
    return {path, Check::Op::Equals, QString::fromUtf8(v)};
}
inline Check eq(const char *path, int v)
{
    return {path, Check::Op::Equals, v};
}
inline Check notEq(const char *path, const char *v)
{
    return {path, Check::Op::NotEquals, QString::fromUtf8(v)};
}
inline Check absent(const char *path)
{
    return {path, Check::Op::Absent, {}};
}
inline Check nonEmpty(const char *path)
{
    return {path, Check::Op::NonEmpty, {}};
}
inline Check startsWith(const char *path, const char *v)
{
    return {path, Check::Op::StartsWith, QString::fromUtf8(v)};
}
inline Check endsWith(const char *path, const char *v)
{
    return {path, Check::Op::EndsWith, QString::fromUtf8(v)};
}
inline Check atLeast(const char *path, int v)
{
    return {path, Check::Op::AtLeast, v};
}
inline Check count(const char *path, int n) // the array at `path` has n elements
{
    return {path, Check::Op::Count, n};
}
inline Check logContains(const char *text) // the base64 LogResult, decoded, contains `text`
{
    return {"LogResult", Check::Op::LogContains, QString::fromUtf8(text)};
}
inline Check logLacks(const char *text) // the decoded LogResult does not contain `text`
{
    return {"LogResult", Check::Op::LogLacks, QString::fromUtf8(text)};
}
// The URL at `path` answers without credentials with a zip whose `file` contains `text`.
inline Check servesZip(const char *path, const char *file, const char *text)
{
    return {path, Check::Op::ServesZip,
            QJsonObject{{QStringLiteral("file"), QString::fromUtf8(file)},
                        {QStringLiteral("contains"), QString::fromUtf8(text)}}};
}

struct Expect
{
    int status = 200;
    const char *error = nullptr;   // the exception (x-amzn-ErrorType); nullptr: the call succeeds
    const char *message = nullptr; // the error's message; ending in "...": how it starts
    QList<Check> checks;
};

inline Expect ok(int status, QList<Check> checks = {})
{
    return {status, nullptr, nullptr, std::move(checks)};
}
inline Expect error(int status, const char *type, const char *message)
{
    return {status, type, message, {}};
}

struct Capture
{
    const char *name; // later rows write {{name}}
    const char *path; // in this row's answer
};

struct Scenario
{
    const char *tag;
    const char *operation; // the API's name: CreateFunction, Invoke, ...
    // JSON in the API's names, {{name}} replaced by Context. Where JSON has no bytes:
    // "ZipFile" (also inside "Code") names the package functionZip(version) makes ("v1", "v2"),
    // "Payload" is the payload's text, "PayloadFile" a file of Context ("big.json").
    const char *input;
    Expect expect;
    QList<Capture> capture = {};
    const char *eventMarker = nullptr;   // an Event invocation: wait until it ran (it logs "mark <this> <request id>")
    bool mustNotRun = false;             // validated only: no START line between two barrier invocations
    const char *blockFunction = nullptr; // put a file where this function's folder must go, for the call
    std::optional<Client> notWith = {};  // a client that cannot send this request...
    const char *notWithReason = nullptr; // ...and why
};

// Rows a client test adds checks of its own to.
namespace tags {
inline constexpr char lastPage[] = "ListFunctions, last page";
inline constexpr char logTail[] = "Invoke, log tail and client context";
} // namespace tags

inline constexpr char kFunction[] = "e2e-fn";

// clang-format off
inline const QList<Scenario> &table()
{
    static const QList<Scenario> rows{
        {.tag = "CreateFunction",
         .operation = "CreateFunction",
         .input = R"({"FunctionName": "e2e-fn", "Runtime": "python3.11", "Handler": "lambda_function.handler",
                      "Role": "arn:aws:iam::123456789012:role/lambda-role", "MemorySize": 192,
                      "Description": "created through a Lambda client",
                      "Environment": {"Variables": {"GREETING": "hello"}}, "Code": {"ZipFile": "v1"}})",
         .expect = ok(201, {eq("FunctionName", "e2e-fn"),
                            eq("FunctionArn", "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn"),
                            eq("Runtime", "python3.11"),
                            eq("Handler", "lambda_function.handler"),
                            eq("Role", "arn:aws:iam::123456789012:role/lambda-role"),
                            eq("Description", "created through a Lambda client"),
                            eq("MemorySize", 192),
                            eq("Timeout", 3),
                            eq("EphemeralStorage.Size", 512),
                            eq("Environment.Variables.GREETING", "hello"),
                            eq("State", "Active"),
                            eq("Version", "$LATEST"),
                            eq("PackageType", "Zip"),
                            // Debian 12's AWS CLI (2.9) predates LoggingConfig
                            except(Client::AwsCli, eq("LoggingConfig.LogGroup", "/aws/lambda/e2e-fn")),
                            nonEmpty("CodeSha256"),
                            atLeast("CodeSize", 1),
                            endsWith("LastModified", "+0000")})},
        {.tag = "CreateFunction, existing name",
         .operation = "CreateFunction",
         .input = R"({"FunctionName": "e2e-fn", "Runtime": "python3.11", "Handler": "x.y",
                      "Role": "arn:aws:iam::123456789012:role/r", "Code": {"ZipFile": "v1"}})",
         .expect = error(409, "ResourceConflictException", "Function already exist: e2e-fn")},
        {.tag = "CreateFunction, defaults",
         .operation = "CreateFunction",
         .input = R"({"FunctionName": "e2e-fn-b", "Runtime": "python3.11", "Handler": "lambda_function.handler",
                      "Role": "arn:aws:iam::123456789012:role/r", "Code": {"ZipFile": "v1"}})",
         .expect = ok(201, {eq("FunctionName", "e2e-fn-b"), eq("MemorySize", 128), eq("Timeout", 3),
                            eq("EphemeralStorage.Size", 512), eq("Version", "$LATEST"),
                            eq("LoggingConfig.LogFormat", "Text"), eq("LoggingConfig.LogGroup", "/aws/lambda/e2e-fn-b"),
                            absent("LoggingConfig.ApplicationLogLevel"), absent("LoggingConfig.SystemLogLevel")})},
        {.tag = "ListFunctions, first page",
         .operation = "ListFunctions",
         .input = R"({"MaxItems": 1})",
         .expect = ok(200, {count("Functions", 1), eq("Functions.0.FunctionName", "e2e-fn"), nonEmpty("NextMarker")}),
         .capture = {{"marker", "NextMarker"}}},
        {.tag = tags::lastPage,
         .operation = "ListFunctions",
         .input = R"({"MaxItems": 1, "Marker": "{{marker}}"})",
         .expect = ok(200, {count("Functions", 1), eq("Functions.0.FunctionName", "e2e-fn-b"), absent("NextMarker")})},
        {.tag = "GetFunction, ARN",
         .operation = "GetFunction",
         .input = R"({"FunctionName": "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn"})",
         .expect = ok(200, {eq("Configuration.FunctionName", "e2e-fn"),
                            eq("Code.RepositoryType", "S3"),
                            // like a presigned S3 URL: works without credentials
                            startsWith("Code.Location", "{{endpoint}}/lambdesk/code/e2e-fn.zip?"),
                            servesZip("Code.Location", "lambda_function.py", "VERSION = \"v1\"")})},
        {.tag = "GetFunction, partial ARN",
         .operation = "GetFunction",
         .input = R"({"FunctionName": "000000000000:function:e2e-fn"})",
         .expect = ok(200, {eq("Configuration.Handler", "lambda_function.handler")})},
        {.tag = "GetFunctionConfiguration, $LATEST",
         .operation = "GetFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "Qualifier": "$LATEST"})",
         .expect = ok(200, {eq("FunctionName", "e2e-fn"),
                            eq("FunctionArn", "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:$LATEST"),
                            eq("Handler", "lambda_function.handler"), nonEmpty("RevisionId")}),
         .capture = {{"revision", "RevisionId"}, {"sha", "CodeSha256"}}},
        {.tag = "UpdateFunctionConfiguration, matching revision",
         .operation = "UpdateFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "MemorySize": 256, "Timeout": 10,
                      "Environment": {"Variables": {"GREETING": "changed"}}, "RevisionId": "{{revision}}"})",
         .expect = ok(200, {eq("MemorySize", 256), eq("Timeout", 10), eq("Environment.Variables.GREETING", "changed"),
                            eq("Handler", "lambda_function.handler"), // untouched fields stay
                            notEq("RevisionId", "{{revision}}")})},
        {.tag = "UpdateFunctionConfiguration, stale revision",
         .operation = "UpdateFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "Timeout": 11, "RevisionId": "{{revision}}"})",
         .expect = error(412, "PreconditionFailedException",
                         "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/"
                         "GetAlias API to retrieve the latest Revision Id")},
        {.tag = "Invoke, configuration applied",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn", "Payload": "{}"})",
         .expect = ok(200, {eq("StatusCode", 200), eq("Payload.greeting", "changed"), eq("Payload.memory", "256")})},
        {.tag = "UpdateFunctionConfiguration, some fields",
         .operation = "UpdateFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "Timeout": 20, "Description": "updated",
                      "Environment": {"Variables": {"GREETING": "again"}}})",
         .expect = ok(200, {eq("Timeout", 20), eq("Description", "updated"), eq("MemorySize", 256),
                            eq("Environment.Variables.GREETING", "again")})},
        {.tag = "UpdateFunctionCode, dry run",
         .operation = "UpdateFunctionCode",
         .input = R"({"FunctionName": "e2e-fn", "ZipFile": "v2", "DryRun": true})",
         .expect = ok(200, {notEq("CodeSha256", "{{sha}}")}),
         .capture = {{"newSha", "CodeSha256"}}},
        {.tag = "Invoke, a dry run changed nothing",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn", "Payload": "{}"})",
         .expect = ok(200, {eq("Payload.version", "v1")})},
        {.tag = "UpdateFunctionCode",
         .operation = "UpdateFunctionCode",
         .input = R"({"FunctionName": "e2e-fn", "ZipFile": "v2"})",
         .expect = ok(200, {eq("CodeSha256", "{{newSha}}"), eq("MemorySize", 256)})},
        {.tag = "Invoke, new code",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn", "Payload": "{}"})",
         .expect = ok(200, {eq("Payload.version", "v2")})},
        {.tag = tags::logTail,
         .operation = "Invoke",
         .input = R"({"FunctionName": "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn",
                      "Qualifier": "$LATEST", "LogType": "Tail",
                      "ClientContext": "eyJjdXN0b20iOnsidGVuYW50IjoidC00MiJ9fQ==",
                      "Payload": "{\"order\": 7}"})",
         .expect = ok(200, {eq("StatusCode", 200),
                            eq("ExecutedVersion", "$LATEST"),
                            absent("FunctionError"),
                            eq("Payload.echo.order", 7),
                            eq("Payload.custom.tenant", "t-42"), // {"custom":{"tenant":"t-42"}} in base64
                            eq("Payload.function", "e2e-fn"),
                            eq("Payload.greeting", "again"),
                            logContains("handler saw {\"order\": 7}"),
                            logContains("START RequestId: "),
                            logContains("END RequestId: "),
                            logContains("REPORT RequestId: ")})},
        {.tag = "Invoke, function error",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn", "Payload": "{\"fail\": \"bad order\"}"})",
         // not an exception: the call worked, the function failed (HTTP 200)
         .expect = ok(200, {eq("StatusCode", 200), eq("FunctionError", "Unhandled"),
                            eq("Payload.errorType", "ValueError"), eq("Payload.errorMessage", "boom: bad order")})},
        {.tag = "Invoke, Event",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn", "InvocationType": "Event",
                      "Payload": "{\"mark\": \"event-ran\"}"})",
         .expect = ok(202, {eq("StatusCode", 202), absent("Payload")}),
         .eventMarker = "event-ran"},
        {.tag = "Invoke, DryRun",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn", "InvocationType": "DryRun", "Payload": "{}"})",
         .expect = ok(204, {eq("StatusCode", 204), absent("Payload")}),
         .mustNotRun = true},
        // Structured logs: JSON with WARN keeps the handler's print (INFO) out, platform.* records
        // replace START/END/REPORT. Version 1, published next, keeps this LoggingConfig.
        {.tag = "UpdateFunctionConfiguration, JSON logs",
         .operation = "UpdateFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "LoggingConfig": {"LogFormat": "JSON", "ApplicationLogLevel": "WARN"}})",
         .expect = ok(200, {eq("LoggingConfig.LogFormat", "JSON"), eq("LoggingConfig.ApplicationLogLevel", "WARN"),
                            eq("LoggingConfig.SystemLogLevel", "INFO"), eq("LoggingConfig.LogGroup", "/aws/lambda/e2e-fn"),
                            eq("Timeout", 20)})},
        {.tag = "Invoke, JSON logs",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn", "LogType": "Tail", "Payload": "{\"order\": 8}"})",
         .expect = ok(200, {eq("StatusCode", 200), logContains(R"("type":"platform.start")"),
                            logContains(R"("type":"platform.report")"), logContains(R"("billedDurationMs":)"),
                            logLacks("START RequestId: "), logLacks("REPORT RequestId: "),
                            logLacks("handler saw")})},
        {.tag = "UpdateFunctionConfiguration, a level with Text",
         .operation = "UpdateFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "LoggingConfig": {"LogFormat": "Text", "SystemLogLevel": "DEBUG"}})",
         .expect = error(400, "InvalidParameterValueException",
                         "LoggingConfig.SystemLogLevel can be set only when LoggingConfig.LogFormat is JSON; "
                         "the format is Text")},
        {.tag = "UpdateFunctionConfiguration, unknown level",
         .operation = "UpdateFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "LoggingConfig": {"ApplicationLogLevel": "VERBOSE"}})",
         .expect = error(400, "InvalidParameterValueException",
                         "LoggingConfig.ApplicationLogLevel must be one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL; "
                         "got 'VERBOSE'")},
        // Versions and aliases. $LATEST has code v2 here ({{newSha}}); {{sha}} is v1's.
        {.tag = "PublishVersion",
         .operation = "PublishVersion",
         .input = R"({"FunctionName": "e2e-fn", "Description": "first release"})",
         .expect = ok(201, {eq("Version", "1"),
                            eq("FunctionArn", "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:1"),
                            eq("Description", "first release"),
                            eq("CodeSha256", "{{newSha}}"),
                            eq("Environment.Variables.GREETING", "again"),
                            eq("LoggingConfig.LogFormat", "JSON"), eq("LoggingConfig.ApplicationLogLevel", "WARN"),
                            eq("State", "Active")})},
        {.tag = "PublishVersion, nothing changed",
         .operation = "PublishVersion",
         .input = R"({"FunctionName": "e2e-fn"})",
         .expect = ok(201, {eq("Version", "1")})},
        {.tag = "PublishVersion, other CodeSha256",
         .operation = "PublishVersion",
         .input = R"({"FunctionName": "e2e-fn", "CodeSha256": "{{sha}}"})",
         .expect = error(400, "InvalidParameterValueException",
                         "CodeSHA256 ({{sha}}) is different from current CodeSHA256 in $LATEST ({{newSha}}). "
                         "Please try again with the CodeSHA256 in $LATEST.")},
        {.tag = "PublishVersion, stale revision",
         .operation = "PublishVersion",
         .input = R"({"FunctionName": "e2e-fn", "RevisionId": "{{revision}}"})",
         .expect = error(412, "PreconditionFailedException",
                         "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/"
                         "GetAlias API to retrieve the latest Revision Id")},
        {.tag = "UpdateFunctionConfiguration, back to Text logs",
         .operation = "UpdateFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "LoggingConfig": {"LogFormat": "Text"}})",
         .expect = ok(200, {eq("LoggingConfig.LogFormat", "Text"), absent("LoggingConfig.ApplicationLogLevel"),
                            absent("LoggingConfig.SystemLogLevel")})},
        {.tag = "GetFunctionConfiguration, a version keeps its logging",
         .operation = "GetFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "Qualifier": "1"})",
         .expect = ok(200, {eq("Version", "1"), eq("LoggingConfig.LogFormat", "JSON"),
                            eq("LoggingConfig.ApplicationLogLevel", "WARN"), eq("LoggingConfig.SystemLogLevel", "INFO")})},
        {.tag = "UpdateFunctionCode, publish",
         .operation = "UpdateFunctionCode",
         .input = R"({"FunctionName": "e2e-fn", "ZipFile": "v1", "Publish": true})",
         .expect = ok(200, {eq("Version", "2"),
                            eq("FunctionArn", "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:2"),
                            eq("CodeSha256", "{{sha}}")})},
        {.tag = "ListVersionsByFunction",
         .operation = "ListVersionsByFunction",
         .input = R"({"FunctionName": "e2e-fn"})",
         .expect = ok(200, {count("Versions", 3),
                            eq("Versions.0.Version", "$LATEST"),
                            eq("Versions.0.FunctionArn",
                               "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:$LATEST"),
                            eq("Versions.1.Version", "1"),
                            eq("Versions.1.Description", "first release"),
                            eq("Versions.1.CodeSha256", "{{newSha}}"),
                            eq("Versions.2.Version", "2"),
                            eq("Versions.2.FunctionArn", "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:2"),
                            absent("NextMarker")})},
        {.tag = "ListVersionsByFunction, first page",
         .operation = "ListVersionsByFunction",
         .input = R"({"FunctionName": "e2e-fn", "MaxItems": 2})",
         .expect = ok(200, {count("Versions", 2), eq("Versions.1.Version", "1"), nonEmpty("NextMarker")}),
         .capture = {{"versionMarker", "NextMarker"}}},
        {.tag = "ListVersionsByFunction, last page",
         .operation = "ListVersionsByFunction",
         .input = R"({"FunctionName": "e2e-fn", "MaxItems": 2, "Marker": "{{versionMarker}}"})",
         .expect = ok(200, {count("Versions", 1), eq("Versions.0.Version", "2"), absent("NextMarker")})},
        {.tag = "GetFunction, version",
         .operation = "GetFunction",
         .input = R"({"FunctionName": "e2e-fn", "Qualifier": "1"})",
         .expect = ok(200, {eq("Configuration.Version", "1"),
                            eq("Configuration.FunctionArn", "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:1"),
                            eq("Configuration.CodeSha256", "{{newSha}}"),
                            servesZip("Code.Location", "lambda_function.py", "VERSION = \"v2\"")})},
        {.tag = "CreateAlias",
         .operation = "CreateAlias",
         .input = R"({"FunctionName": "e2e-fn", "Name": "live", "FunctionVersion": "1",
                      "Description": "production"})",
         .expect = ok(201, {eq("AliasArn", "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:live"),
                            eq("Name", "live"),
                            eq("FunctionVersion", "1"),
                            eq("Description", "production"),
                            nonEmpty("RevisionId"),
                            absent("RoutingConfig")}),
         .capture = {{"aliasRevision", "RevisionId"}}},
        {.tag = "CreateAlias, existing name",
         .operation = "CreateAlias",
         .input = R"({"FunctionName": "e2e-fn", "Name": "live", "FunctionVersion": "2"})",
         .expect = error(409, "ResourceConflictException",
                         "Alias already exists: arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:live")},
        {.tag = "GetAlias",
         .operation = "GetAlias",
         .input = R"({"FunctionName": "e2e-fn", "Name": "live"})",
         .expect = ok(200, {eq("FunctionVersion", "1"), eq("RevisionId", "{{aliasRevision}}")})},
        {.tag = "GetAlias, unknown",
         .operation = "GetAlias",
         .input = R"({"FunctionName": "e2e-fn", "Name": "nope"})",
         .expect = error(404, "ResourceNotFoundException",
                         "Alias not found: arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:nope")},
        {.tag = "Invoke, alias",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn", "Qualifier": "live", "Payload": "{}"})",
         .expect = ok(200, {eq("ExecutedVersion", "1"), eq("Payload.version", "v2")})},
        {.tag = "UpdateAlias, routing",
         .operation = "UpdateAlias",
         .input = R"({"FunctionName": "e2e-fn", "Name": "live", "RevisionId": "{{aliasRevision}}",
                      "RoutingConfig": {"AdditionalVersionWeights": {"2": 0.5}}})",
         .expect = ok(200, {eq("FunctionVersion", "1"),
                            eq("Description", "production"),
                            {"RoutingConfig.AdditionalVersionWeights.2", Check::Op::Equals, 0.5},
                            notEq("RevisionId", "{{aliasRevision}}")})},
        {.tag = "UpdateAlias, stale revision",
         .operation = "UpdateAlias",
         .input = R"({"FunctionName": "e2e-fn", "Name": "live", "FunctionVersion": "2",
                      "RevisionId": "{{aliasRevision}}"})",
         .expect = error(412, "PreconditionFailedException",
                         "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/"
                         "GetAlias API to retrieve the latest Revision Id")},
        {.tag = "UpdateAlias, weight out of range",
         .operation = "UpdateAlias",
         .input = R"({"FunctionName": "e2e-fn", "Name": "live",
                      "RoutingConfig": {"AdditionalVersionWeights": {"2": 1.5}}})",
         .expect = error(400, "InvalidParameterValueException",
                         "The weight of version 2 in RoutingConfig.AdditionalVersionWeights must be greater than 0 "
                         "and less than 1; got 1.5")},
        {.tag = "UpdateAlias, to version 2",
         .operation = "UpdateAlias",
         .input = R"({"FunctionName": "e2e-fn", "Name": "live", "FunctionVersion": "2",
                      "RoutingConfig": {"AdditionalVersionWeights": {}}})",
         .expect = ok(200, {eq("FunctionVersion", "2"), absent("RoutingConfig")})},
        {.tag = "Invoke, alias moved",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn:live", "Payload": "{}"})",
         .expect = ok(200, {eq("ExecutedVersion", "2"), eq("Payload.version", "v1")})},
        {.tag = "GetFunctionConfiguration, alias",
         .operation = "GetFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "Qualifier": "live"})",
         .expect = ok(200, {eq("Version", "2"),
                            eq("FunctionArn", "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:live"),
                            eq("CodeSha256", "{{sha}}")})},
        {.tag = "ListAliases",
         .operation = "ListAliases",
         .input = R"({"FunctionName": "e2e-fn"})",
         .expect = ok(200, {count("Aliases", 1), eq("Aliases.0.Name", "live"),
                            eq("Aliases.0.AliasArn", "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:live"),
                            absent("NextMarker")})},
        {.tag = "ListAliases, of version 1",
         .operation = "ListAliases",
         .input = R"({"FunctionName": "e2e-fn", "FunctionVersion": "1"})",
         .expect = ok(200, {count("Aliases", 0)})},
        {.tag = "DeleteFunction, version an alias uses",
         .operation = "DeleteFunction",
         .input = R"({"FunctionName": "e2e-fn", "Qualifier": "2"})",
         .expect = error(409, "ResourceConflictException",
                         "Unable to delete version 2 of e2e-fn because the following aliases reference it: [live]...")},
        {.tag = "DeleteFunction, version",
         .operation = "DeleteFunction",
         .input = R"({"FunctionName": "e2e-fn", "Qualifier": "1"})",
         .expect = ok(204)},
        {.tag = "GetFunction, deleted version",
         .operation = "GetFunction",
         .input = R"({"FunctionName": "e2e-fn", "Qualifier": "1"})",
         .expect = error(404, "ResourceNotFoundException",
                         "Function not found: arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:1")},
        {.tag = "DeleteAlias",
         .operation = "DeleteAlias",
         .input = R"({"FunctionName": "e2e-fn", "Name": "live"})",
         .expect = ok(204)},
        {.tag = "GetAlias, deleted",
         .operation = "GetAlias",
         .input = R"({"FunctionName": "e2e-fn", "Name": "live"})",
         .expect = error(404, "ResourceNotFoundException",
                         "Alias not found: arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:live")},
        {.tag = "CreateFunction, publish",
         .operation = "CreateFunction",
         .input = R"({"FunctionName": "e2e-fn-c", "Runtime": "python3.11", "Handler": "lambda_function.handler",
                      "Role": "arn:aws:iam::123456789012:role/r", "Publish": true, "Code": {"ZipFile": "v1"}})",
         .expect = ok(201, {eq("Version", "1"),
                            eq("FunctionArn", "arn:aws:lambda:us-east-1:000000000000:function:e2e-fn-c:1"),
                            eq("CodeSha256", "{{sha}}")})},
        {.tag = "Invoke, version 1 of the published one",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn-c", "Qualifier": "1", "Payload": "{}"})",
         .expect = ok(200, {eq("ExecutedVersion", "1"), eq("Payload.version", "v1")})},
        {.tag = "DeleteFunction, the published one",
         .operation = "DeleteFunction",
         .input = R"({"FunctionName": "e2e-fn-c"})",
         .expect = ok(204)},
        {.tag = "GetFunction, unknown function",
         .operation = "GetFunction",
         .input = R"({"FunctionName": "no-such-fn"})",
         .expect = error(404, "ResourceNotFoundException",
                         "Function not found: arn:aws:lambda:us-east-1:000000000000:function:no-such-fn")},
        {.tag = "GetFunctionConfiguration, unknown version",
         .operation = "GetFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "Qualifier": "7"})",
         .expect = error(404, "ResourceNotFoundException",
                         "Function not found: arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:7")},
        {.tag = "Invoke, unknown alias",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn:prod"})",
         .expect = error(404, "ResourceNotFoundException",
                         "Function not found: arn:aws:lambda:us-east-1:000000000000:function:e2e-fn:prod")},
        {.tag = "UpdateFunctionConfiguration, timeout too long",
         .operation = "UpdateFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "Timeout": 901})",
         .expect = error(400, "InvalidParameterValueException",
                         "Timeout must be a whole number of seconds from 1 to 900; got 901")},
        {.tag = "UpdateFunctionConfiguration, memory too large",
         .operation = "UpdateFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "MemorySize": 20000})",
         .expect = error(400, "InvalidParameterValueException",
                         "MemorySize must be a whole number of MB from 128 to 10240; got 20000")},
        {.tag = "UpdateFunctionConfiguration, memory too small",
         .operation = "UpdateFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "MemorySize": 64})",
         .expect = error(400, "InvalidParameterValueException",
                         "MemorySize must be a whole number of MB from 128 to 10240; got 64"),
         .notWith = Client::AwsCli,
         .notWithReason = "the AWS CLI refuses MemorySize below 128 itself, before sending anything"},
        {.tag = "UpdateFunctionConfiguration, reserved variable",
         .operation = "UpdateFunctionConfiguration",
         .input = R"({"FunctionName": "e2e-fn", "Environment": {"Variables": {"AWS_REGION": "x"}}})",
         .expect = error(400, "InvalidParameterValueException",
                         "Environment variable key 'AWS_REGION' is reserved by Lambda and cannot be set")},
        {.tag = "Invoke, payload not JSON",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn", "Payload": "{not json"})",
         .expect = error(400, "InvalidRequestContentException", "Could not parse request body into json: ...")},
        {.tag = "Invoke, payload too large",
         .operation = "Invoke",
         .input = R"({"FunctionName": "e2e-fn", "PayloadFile": "big.json"})",
         .expect = error(413, "RequestEntityTooLargeException",
                         "Request must be smaller than 6291456 bytes for the InvokeFunction operation")},
        {.tag = "DeleteFunction, $LATEST",
         .operation = "DeleteFunction",
         .input = R"({"FunctionName": "e2e-fn", "Qualifier": "$LATEST"})",
         .expect = error(400, "InvalidParameterValueException",
                         "$LATEST version cannot be deleted without deleting the function.")},
        {.tag = "CreateFunction, workspace cannot install",
         .operation = "CreateFunction",
         .input = R"({"FunctionName": "blocked", "Runtime": "python3.11", "Handler": "lambda_function.handler",
                      "Role": "arn:aws:iam::123456789012:role/r", "Code": {"ZipFile": "v1"}})",
         .expect = error(500, "ServiceException", "Cannot create {{workspace}}/functions/blocked"),
         .blockFunction = "blocked"},
        {.tag = "DeleteFunction",
         .operation = "DeleteFunction",
         .input = R"({"FunctionName": "e2e-fn"})",
         .expect = ok(204)},
        {.tag = "DeleteFunction, the other",
         .operation = "DeleteFunction",
         .input = R"({"FunctionName": "e2e-fn-b"})",
         .expect = ok(204)},
        {.tag = "GetFunction, deleted",
         .operation = "GetFunction",
         .input = R"({"FunctionName": "e2e-fn"})",
         .expect = error(404, "ResourceNotFoundException",
                         "Function not found: arn:aws:lambda:us-east-1:000000000000:function:e2e-fn")},
        {.tag = "ListFunctions, none left",
         .operation = "ListFunctions",
         .input = "{}",
         .expect = ok(200, {count("Functions", 0)})},
    };
    return rows;
}
// clang-format on

// What a client made of the answer.
struct Outcome
{
    bool ok = false;
    int status = -1;   // the HTTP status, when the client shows it (then also kind and fault)
    QString requestId; // when the client shows it
    QString errorType;
    QString errorMessage;
    QString errorKind;  // the body's "Type": User or Service
    QString fault;      // client or server
    QJsonObject output; // the operation's output; an Invoke's payload as "Payload"
    QByteArray raw;     // what the client printed, for failure messages
};

// The payload of an Invoke as a JSON value: a document, a scalar, or the text itself.
inline QJsonValue payloadValue(const QByteArray &payload)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson("[" + payload + "]", &e);
    return e.error == QJsonParseError::NoError && d.array().size() == 1 ? d.array().first()
                                                                        : QJsonValue(QString::fromUtf8(payload));
}

// Files and values the rows refer to: packages, a payload too large, {{name}} values.
class Context
{
public:
    Context()
    {
        m_vars.insert(QStringLiteral("tmp"), m_dir.path());
        for (const char *version : {"v1", "v2"})
            write(QString::fromLatin1(version) + QStringLiteral(".zip"), functionZip(QString::fromLatin1(version)));
        write(QStringLiteral("big.json"), "\"" + QByteArray(6 * 1024 * 1024, 'x') + "\""); // 6291458 bytes
    }

    QString error() const { return m_error; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString zipPath(const QString &version) const { return filePath(version + QStringLiteral(".zip")); }
    void set(const QString &name, const QString &value) { m_vars.insert(name, value); }
    // {{endpoint}} and {{workspace}}: those of the server the rows run against.
    void useServer(const ServeProcess &serve)
    {
        set(QStringLiteral("endpoint"), serve.endpoint());
        set(QStringLiteral("workspace"), serve.workspace());
    }

    QString expand(QString text) const
    {
        for (auto it = m_vars.cbegin(); it != m_vars.cend(); ++it)
            text.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value());
        return text;
    }
    QString expand(const char *text) const { return expand(QString::fromUtf8(text)); }
    // The row's input with {{name}} replaced; nullopt when that is not a JSON object.
    std::optional<QJsonObject> input(const Scenario &s) const
    {
        const QJsonDocument d = QJsonDocument::fromJson(expand(s.input).toUtf8());
        return d.isObject() ? std::optional(d.object()) : std::nullopt;
    }

private:
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (bytes.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            m_error = QStringLiteral("cannot write %1").arg(f.fileName());
    }

    QTemporaryDir m_dir;
    QHash<QString, QString> m_vars;
    QString m_error;
};

inline QJsonValue at(QJsonValue v, const QString &path)
{
    for (const QString &part : path.split(u'.')) {
        bool index = false;
        const int i = part.toInt(&index);
        if (index && v.isArray())
            v = i < v.toArray().size() ? v.toArray().at(i) : QJsonValue(QJsonValue::Undefined);
        else if (v.isObject() && v.toObject().contains(part))
            v = v.toObject().value(part);
        else
            return QJsonValue::Undefined;
    }
    return v;
}

inline QString show(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("(absent)");
    const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// Fetches `url` as any HTTP client would, without credentials.
inline QByteArray download(const QUrl &url, int *status)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    *status = done.wait(kSafetyNetMs) ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

inline void check(const Check &c, const Outcome &o, const Context &ctx)
{
    const QString path = QString::fromUtf8(c.path);
    const QJsonValue actual = at(o.output, path);
    const QJsonValue expected = c.value.isString() ? QJsonValue(ctx.expand(c.value.toString())) : c.value;
    bool pass = false;
    QString wanted; // what the check expected, for the failure message
    switch (c.op) {
    case Check::Op::Equals:
        pass = show(actual) == show(expected);
        wanted = show(expected);
        break;
    case Check::Op::NotEquals:
        pass = show(actual) != show(expected);
        wanted = QStringLiteral("anything but ") + show(expected);
        break;
    case Check::Op::Absent:
        pass = actual.isUndefined();
        wanted = QStringLiteral("(absent)");
        break;
    case Check::Op::NonEmpty:
        pass = !actual.toString().isEmpty();
        wanted = QStringLiteral("a text");
        break;
    case Check::Op::StartsWith:
        pass = actual.toString().startsWith(expected.toString());
        wanted = QStringLiteral("a start of ") + show(expected);
        break;
    case Check::Op::EndsWith:
        pass = actual.toString().endsWith(expected.toString());
        wanted = QStringLiteral("an end of ") + show(expected);
        break;
    case Check::Op::AtLeast:
        pass = actual.isDouble() && actual.toDouble() >= expected.toDouble();
        wanted = QStringLiteral("at least ") + show(expected);
        break;
    case Check::Op::Count:
        pass = actual.isArray() && actual.toArray().size() == expected.toInt();
        wanted = QStringLiteral("%1 elements").arg(expected.toInt());
        break;
    case Check::Op::LogContains: {
        const QByteArray log = QByteArray::fromBase64(actual.toString().toLatin1());
        pass = log.contains(expected.toString().toUtf8());
        wanted = QStringLiteral("a log with ") + show(expected) + QStringLiteral(", got:\n") + QString::fromUtf8(log);
        break;
    }
    case Check::Op::LogLacks: {
        const QByteArray log = QByteArray::fromBase64(actual.toString().toLatin1());
        pass = actual.isString() && !log.contains(expected.toString().toUtf8());
        wanted = QStringLiteral("a log without ") + show(expected) + QStringLiteral(", got:\n")
            + QString::fromUtf8(log);
        break;
    }
    case Check::Op::ServesZip: {
        int status = 0;
        const QByteArray zip = download(QUrl(actual.toString()), &status);
        QCOMPARE(status, 200);
        QTemporaryDir out;
        QVERIFY(lambdesk::ziparchive::extract(zip, out.path()).ok());
        const QByteArray content = readFile(out.filePath(expected.toObject().value(u"file").toString()));
        pass = content.contains(expected.toObject().value(u"contains").toString().toUtf8());
        wanted = QStringLiteral("a link to a package with ") + show(expected);
        break;
    }
    }
    const QString message = path + QStringLiteral(" is ") + show(actual) + QStringLiteral("; expected ") + wanted;
    QVERIFY2(pass, qPrintable(message));
}

inline void verify(const Scenario &s, Client client, const Outcome &o, const Context &ctx)
{
    const Expect &e = s.expect;
    if (!e.error) {
        QVERIFY2(o.ok, o.raw.constData());
    } else {
        QVERIFY2(!o.ok, o.raw.constData());
        QCOMPARE(o.errorType, QString::fromUtf8(e.error));
        const QString message = ctx.expand(e.message);
        if (message.endsWith(QStringLiteral("...")))
            QVERIFY2(o.errorMessage.startsWith(message.chopped(3)), qPrintable(o.errorMessage));
        else
            QCOMPARE(o.errorMessage, message);
    }
    if (o.status >= 0) { // the client shows the HTTP answer
        QCOMPARE(o.status, e.status);
        if (e.error) {
            QCOMPARE(o.errorKind, e.status >= 500 ? QStringLiteral("Service") : QStringLiteral("User"));
            QCOMPARE(o.fault, e.status >= 500 ? QStringLiteral("server") : QStringLiteral("client"));
        }
    }
    for (const Check &c : e.checks) {
        if (c.notWith == client)
            continue;
        check(c, o, ctx);
        if (QTest::currentTestFailed())
            return;
    }
}

// A synchronous invocation of `function` through plain HTTP, waited for until serve printed
// the line it logs: every log line of earlier invocations has been printed by then.
inline void settle(ServeProcess &serve, const QString &function, const QString &tag)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(serve.endpoint() + QStringLiteral("/2015-03-31/functions/%1/invocations").arg(function)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("barrier"), tag}}).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nam.post(request, payload);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(kSafetyNetMs));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    QCOMPARE(status, 200);
    const QByteArray line = "handler saw {\"barrier\": \"" + tag.toUtf8() + "\"}";
    QVERIFY2(serve.waitForStdErr(line), serve.stdErr().right(2000).constData());
}

// Waits until serve reports the Event invocation done; it ran after the 202, under the
// request id the 202 carried, and wrote that id to `marker`.
inline void awaitEvent(ServeProcess &serve, qsizetype errFrom, const QString &marker, const Outcome &o)
{
    static const QRegularExpression succeeded(QStringLiteral("Async event ([0-9A-Fa-f-]{36}): succeeded on attempt 1"));
    QString id;
    const bool done = serve.waitForStdErr([&](const QByteArray &err) {
        const auto m = succeeded.match(QString::fromUtf8(err.mid(errFrom)));
        id = m.captured(1);
        return m.hasMatch();
    });
    QVERIFY2(done, serve.stdErr().mid(errFrom).constData());
    QVERIFY2(serve.stdErr().mid(errFrom).contains(QStringLiteral("mark %1 %2").arg(marker, id).toUtf8()),
             serve.stdErr().mid(errFrom).constData());
    if (!o.requestId.isEmpty())
        QCOMPARE(o.requestId, id);
}

using Call = std::function<Outcome(const QString &operation, const QJsonObject &input)>;

// Runs one row through a client: prepares, calls, checks, captures, and waits for what must follow.
inline void runScenario(const Scenario &s, Client client, Context &ctx, ServeProcess &serve, const Call &call,
                        Outcome *outcome)
{
    const std::optional<QJsonObject> input = ctx.input(s);
    QVERIFY2(input, s.input);
    const QString function = input->value(u"FunctionName").toString();
    qsizetype startsBefore = 0;
    if (s.mustNotRun) {
        settle(serve, function, QStringLiteral("before ") + QString::fromUtf8(s.tag));
        if (QTest::currentTestFailed())
            return;
        startsBefore = serve.stdErr().count("START RequestId: ");
    }
    QString blocker;
    if (s.blockFunction) {
        blocker = serve.workspace() + QStringLiteral("/functions/") + QString::fromUtf8(s.blockFunction);
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly)); // the workspace cannot install it there (even as root)
    }
    const qsizetype errFrom = serve.stdErr().size();
    *outcome = call(QString::fromUtf8(s.operation), *input);
    if (!blocker.isEmpty())
        QFile::remove(blocker);
    verify(s, client, *outcome, ctx);
    if (QTest::currentTestFailed())
        return;
    for (const Capture &c : s.capture) {
        const QJsonValue v = at(outcome->output, QString::fromUtf8(c.path));
        QVERIFY2(v.isString(), c.path);
        ctx.set(QString::fromUtf8(c.name), v.toString());
    }
    if (s.eventMarker)
        awaitEvent(serve, errFrom, ctx.expand(s.eventMarker), *outcome);
    if (s.mustNotRun) {
        settle(serve, function, QStringLiteral("after ") + QString::fromUtf8(s.tag));
        if (QTest::currentTestFailed())
            return;
        // Only the second barrier started between the two: the call was validated, never run.
        QCOMPARE(serve.stdErr().count("START RequestId: ") - startsBefore, qsizetype(1));
    }
}

// The data of a client's scenarios() test: one row per scenario, in order.
inline void addRows()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < table().size(); ++i)
        QTest::newRow(table().at(i).tag) << i;
}

} // namespace e2e::scenarios
