#pragma once

#include "model/eventinvokeconfig.h"
#include "operations.h"

#include <QByteArray>

// The JSON bodies of the management operations, read with AWS's field names. Type errors and
// features Lambdesk does not run locally (VPC, S3 code, container images) are refused with a message that names
// the field, so nothing is silently dropped.
namespace lambdesk::api::requestbody {

// Body of CreateFunction; FunctionName comes from the body.
ApiResult<CreateFunction> createFunction(const QByteArray &body);
// Bodies of the updates; the function comes from the path.
ApiResult<UpdateFunctionConfiguration> updateConfiguration(const FunctionRef &function, const QByteArray &body);
ApiResult<UpdateFunctionCode> updateCode(const FunctionRef &function, const QByteArray &body);
// Versions and aliases; the function (and UpdateAlias's alias) come from the path.
ApiResult<PublishVersion> publishVersion(const FunctionRef &function, const QByteArray &body);
ApiResult<CreateAlias> createAlias(const FunctionRef &function, const QByteArray &body);
ApiResult<UpdateAlias> updateAlias(const FunctionRef &function, const QString &name, const QByteArray &body);
// PutFunctionConcurrency: {"ReservedConcurrentExecutions": N}, required.
ApiResult<PutFunctionConcurrency> putFunctionConcurrency(const FunctionRef &function, const QByteArray &body);

// Body of PutFunctionEventInvokeConfig and UpdateFunctionEventInvokeConfig: MaximumRetryAttempts,
// MaximumEventAgeInSeconds, DestinationConfig {OnSuccess {Destination}, OnFailure {Destination}}.
// An OnSuccess or OnFailure without a Destination (or an empty one) removes it.
ApiResult<EventInvokeConfigPatch> eventInvokeConfig(const QByteArray &body);

} // namespace lambdesk::api::requestbody
