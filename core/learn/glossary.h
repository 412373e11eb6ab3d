#pragma once

// Short explanations of what the console shows (issue 17, "explained where it happens"): REPORT
// fields, Init Duration, Runtime.* / Sandbox.* error types, the memory slider's CPU share and
// the configuration fields, each with a link to the matching page of AWS's documentation.
// Texts are translated (QCoreApplication::translate("glossary", ...)); AWS's own terms stay English.

#include <QString>
#include <QStringList>

namespace lambdesk::glossary {

struct Term
{
    QString key;     // "report.duration", "report.initDuration", "error.Runtime.ExitError", "config.memory", ...
    QString title;   // the term as the console shows it ("Billed Duration")
    QString text;    // two or three sentences, plain text
    QString docsUrl; // https://docs.aws.amazon.com/lambda/latest/dg/...
};

// nullptr when the key is unknown.
const Term *find(const QString &key);
// The term for an error type as a result shows it ("Runtime.ExitError", "Sandbox.Timedout",
// "Function.ResponseSizeTooLarge"...); nullptr for a handler's own error types ("ValueError").
const Term *forErrorType(const QString &errorType);
QStringList keys();

} // namespace lambdesk::glossary
