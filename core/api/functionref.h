#pragma once

#include "apierror.h"

#include <QString>

namespace lambdesk::api {

// A function as the Lambda API names it, after the name forms AWS accepts are resolved:
//   my-function                                             name
//   my-function:v1                                          name with a qualifier
//   123456789012:function:my-function[:v1]                  partial ARN
//   arn:aws:lambda:us-east-1:123456789012:function:my-function[:v1]   full ARN
// Lambdesk is one local account in one region, so the ARN's account and region are checked for
// form only: an ARN copied from AWS or built by an SDK for another region still finds the function.
struct FunctionRef
{
    QString name;
    QString qualifier; // empty: none given

    bool operator==(const FunctionRef &) const = default;
};

enum class QualifierRule { Allowed, Forbidden };

ApiResult<FunctionRef> parseFunctionRef(const QString &text, QualifierRule rule = QualifierRule::Allowed);

// Joins the qualifier of the name with the Qualifier query parameter; AWS refuses a mismatch.
ApiResult<FunctionRef> withQualifier(FunctionRef ref, const QString &queryQualifier);

// Error unless the qualifier is empty, "$LATEST", or matches AWS's pattern.
std::optional<ApiError> checkQualifier(const QString &qualifier);

} // namespace lambdesk::api
