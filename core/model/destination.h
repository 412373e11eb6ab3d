#pragma once

#include "error.h"

#include <QString>

// Where Lambdesk delivers what an asynchronous invocation leaves behind (an OnSuccess or
// OnFailure invocation record, or a dead-letter event): another function, or a local queue.
// Only the ARN's form is checked here; whether the target exists is the Backend's question.
namespace lambdesk::destination {

struct Target
{
    enum class Kind { Function, Queue };
    Kind kind = Kind::Function;
    QString name;      // the function or the queue
    QString qualifier; // a function's version or alias; empty: unqualified
};

// arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER] or arn:aws:sqs:REGION:ACCOUNT:QUEUE.
// `field` names the setting in the message ("DestinationConfig.OnFailure.Destination",
// "DeadLetterConfig.TargetArn").
Result<Target> parse(const QString &field, const QString &arn);

// The ARNs Lambdesk writes for its own targets.
QString functionArn(const QString &region, const QString &name, const QString &qualifier = {});
QString queueArn(const QString &region, const QString &queue);

// "function NAME[:Q]" or "queue NAME": how the console and the CLI show a target; the ARN as
// given when it cannot be read.
QString describe(const QString &arn);

} // namespace lambdesk::destination
