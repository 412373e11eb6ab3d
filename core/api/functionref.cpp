#include "functionref.h"

#include "model/validation.h"

#include <QRegularExpression>

namespace lambdesk::api {

namespace {

const QString kForms = QStringLiteral(
    "use a name (my-function), a name with a qualifier (my-function:1), a partial ARN "
    "(123456789012:function:my-function) or a full ARN (arn:aws:lambda:us-east-1:123456789012:function:my-function)");

ApiError badForm(const QString &text, const QString &why)
{
    return ApiError::invalidParameter(QStringLiteral("FunctionName '%1' is not valid: %2; %3").arg(text, why, kForms));
}

} // namespace

std::optional<ApiError> checkQualifier(const QString &qualifier)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9$_-]{1,128}$"));
    if (qualifier.isEmpty() || re.match(qualifier).hasMatch())
        return std::nullopt;
    return ApiError::invalidParameter(
        QStringLiteral(
            "Qualifier '%1' is not valid: 1 to 128 letters, digits, $, hyphens or underscores (for example $LATEST, 1 or prod)")
            .arg(qualifier));
}

ApiResult<FunctionRef> parseFunctionRef(const QString &text, QualifierRule rule)
{
    if (text.isEmpty())
        return ApiError::invalidParameter(QStringLiteral("FunctionName is required; %1").arg(kForms));
    if (text.size() > 170)
        return badForm(text, QStringLiteral("at most 170 characters"));
    const QStringList parts = text.split(u':');
    FunctionRef ref;
    qsizetype at = 0; // index of the name
    if (parts.first() == u"arn") {
        static const QRegularExpression partition(QStringLiteral("^aws[a-zA-Z-]*$"));
        static const QRegularExpression region(QStringLiteral("^[a-z]{2}(-gov)?-[a-z]+-\\d$"));
        static const QRegularExpression account(QStringLiteral("^\\d{12}$"));
        if (parts.size() < 7 || parts.size() > 8 || !partition.match(parts[1]).hasMatch() || parts[2] != u"lambda"
            || !region.match(parts[3]).hasMatch() || !account.match(parts[4]).hasMatch() || parts[5] != u"function")
            return badForm(
                text,
                QStringLiteral("a function ARN has the form arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]"));
        at = 6;
    } else if (parts.size() >= 3 && parts[1] == u"function") {
        static const QRegularExpression account(QStringLiteral("^\\d{12}$"));
        if (!account.match(parts[0]).hasMatch() || parts.size() > 4)
            return badForm(
                text,
                QStringLiteral("a partial ARN has the form ACCOUNT:function:NAME[:QUALIFIER] with a 12-digit account"));
        at = 2;
    } else if (parts.size() >= 2 && parts[0] == u"function") {
        if (parts.size() > 3)
            return badForm(text, QStringLiteral("too many ':' parts"));
        at = 1;
    } else if (parts.size() > 2) {
        return badForm(text, QStringLiteral("too many ':' parts"));
    }
    ref.name = parts[at];
    if (auto e = validation::functionName(ref.name))
        return badForm(text, e->message);
    if (at + 1 < parts.size()) {
        ref.qualifier = parts[at + 1];
        if (ref.qualifier.isEmpty())
            return badForm(text, QStringLiteral("the qualifier after ':' is empty"));
        if (auto e = checkQualifier(ref.qualifier))
            return *e;
        if (rule == QualifierRule::Forbidden)
            return badForm(
                text,
                QStringLiteral("this operation takes the function without a qualifier (no ':%1')").arg(ref.qualifier));
    }
    return ref;
}

ApiResult<FunctionRef> withQualifier(FunctionRef ref, const QString &queryQualifier)
{
    if (auto e = checkQualifier(queryQualifier))
        return *e;
    if (queryQualifier.isEmpty())
        return ref;
    if (!ref.qualifier.isEmpty() && ref.qualifier != queryQualifier)
        return ApiError::invalidParameter(
            QStringLiteral(
                "The derived qualifier from the function name does not match the specified qualifier: '%1' in FunctionName, '%2' in Qualifier")
                .arg(ref.qualifier, queryQualifier));
    ref.qualifier = queryQualifier;
    return ref;
}

} // namespace lambdesk::api
