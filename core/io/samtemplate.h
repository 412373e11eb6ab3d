#pragma once

#include "io/samproject.h"
#include "model/error.h"

#include <QByteArray>
#include <QMap>
#include <QString>

// Reads a SAM (or plain CloudFormation) template into a sam::Project: intrinsic functions
// (short and long forms) resolved, Parameters, pseudo parameters, Mappings, Conditions and
// Globals applied. Pure: no Backend, no disk besides the template (and stat()s of CodeUri).
// What cannot be honoured locally goes into Project::unsupported with why.
namespace lambdesk::samtemplate {

struct Options
{
    QString region = QStringLiteral("us-east-1"); // AWS::Region (the backend's)
    QString accountId = QStringLiteral("000000000000");
    QString stackName; // AWS::StackName; empty: the template folder's name
};

// Errors are Error::invalid with the field (a parameter's name, a property) and a message
// "FILE:LINE:COLUMN: what is wrong (the rule)".
Result<sam::Project> parse(const QString &templatePath, const QMap<QString, QString> &parameterOverrides = {},
                           const Options &options = {});
// The same over text already read (templatePath gives the folder CodeUri is relative to).
Result<sam::Project> parseText(const QByteArray &yaml, const QString &templatePath,
                               const QMap<QString, QString> &parameterOverrides = {}, const Options &options = {});

// The template's Parameters as declared (name -> default; empty when none), in order, for a
// form that lets the user override them. An error when the template cannot be read.
struct ParameterInfo
{
    QString name;
    QString type;
    QString defaultValue;
    bool hasDefault = false;
    QString description;
    QStringList allowedValues;
};
Result<QList<ParameterInfo>> parameters(const QString &templatePath);

// A valid Lambda function name from a logical id (letters, digits, '-', '_'; at most 64).
QString functionNameFromLogicalId(const QString &logicalId);

} // namespace lambdesk::samtemplate
