#pragma once

#include "apierror.h"
#include "httpmessage.h"
#include "logs/logquery.h"
#include "model/functionconfig.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <variant>

// The CloudWatch Logs API (2014-03-28) on the Lambda API's server: AWS JSON 1.1, POST / with
// X-Amz-Target: Logs_20140328.<Operation>. Parsing and rendering are pure (tested without
// sockets); LambdaApiServer runs the reads on the log store's thread through the Backend.
namespace lambdesk::api::logsapi {

bool isLogsRequest(const HttpRequest &request);

struct DescribeLogGroups
{
    QString prefix;
    int limit = 50;
    qsizetype start = 0; // decoded nextToken: index of the first group of this page
};

struct DescribeLogStreams
{
    QString group;
    QStringList functions; // the group's (resolveGroup)
    QString prefix;
    bool byLastEventTime = false; // orderBy LastEventTime (else LogStreamName)
    bool descending = false;
    int limit = 50;
    qsizetype start = 0;
};

struct GetLogEvents
{
    QString group;
    QStringList functions; // the group's (resolveGroup)
    QString stream;
    qint64 startMs = -1, endMs = -1;
    int limit = 10000;
    bool startFromHead = false;
    QString token; // "f/<id>" or "b/<id>" as handed out; empty: the first page
};

struct FilterLogEvents
{
    QString group;
    logs::EventQuery query; // functions (resolveGroup), streams, prefix, time range, pattern, afterId
};

using Call = std::variant<DescribeLogGroups, DescribeLogStreams, GetLogEvents, FilterLogEvents>;

QString operationName(const Call &call);
QString groupOf(const Call &call); // the log group's name (from a name or an ARN); empty for DescribeLogGroups

// Each log group of the functions, with the functions that log to it (in name order): a
// function's group is its LoggingConfig.LogGroup, /aws/lambda/NAME when that is not set. Lines
// follow their function: those stored before its LogGroup changed are read in its group of now.
QMap<QString, QStringList> logGroups(const QList<FunctionConfig> &functions);
// Gives the call its group's functions; false when no function logs to the group (then the
// group does not exist: groupNotFound()).
bool resolveGroup(Call &call, const QMap<QString, QStringList> &groups);
// A request that is not one of the operations above, or whose parameters break a rule, is an
// ApiError with AWS's exception name (InvalidParameterException, ...).
ApiResult<Call> parse(const HttpRequest &request);

// The group does not exist (ResourceNotFoundException, AWS's words).
ApiError groupNotFound();
// An error in the JSON 1.1 form: x-amzn-ErrorType and {"__type", "message"}.
HttpReply errorReply(const ApiError &error);
HttpReply reply(const QJsonObject &body);

// Responses (region for the ARNs). A group's creationTime is the first line of its functions
// (firstLines: per function, from logs::queryGroups).
QJsonObject describeLogGroups(const DescribeLogGroups &call, const QMap<QString, QStringList> &groups,
                              const QList<logs::GroupInfo> &firstLines, const QString &region);
QJsonObject describeLogStreams(const DescribeLogStreams &call, QList<logs::StreamInfo> streams, const QString &region);
QJsonObject filterLogEvents(const FilterLogEvents &call, const logs::EventPage &page, const QStringList &streams);
QJsonObject getLogEvents(const GetLogEvents &call, const logs::EventPage &page);
// The EventQuery a GetLogEvents call reads.
logs::EventQuery eventQuery(const GetLogEvents &call);

} // namespace lambdesk::api::logsapi
