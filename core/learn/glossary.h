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

// The term for a field of a REPORT or INIT_REPORT line by its name ("Duration", "Billed Duration",
// "Memory Size", "Max Memory Used", "Init Duration", "RequestId", "REPORT"); nullptr for others.
const Term *forReportField(const QString &field);

// What part of a REPORT / INIT_REPORT line is at character `pos`: its fields are separated by tabs
// as written, or by runs of spaces as the log views show them. `key` is empty where nothing is
// explained (not such a line, or between fields). An "Error Type: X" field is X's error term.
struct Span
{
    QString key;
    qsizetype start = 0;
    qsizetype length = 0;
};
Span reportSpanAt(const QString &line, qsizetype pos);
// An error type with a term (Runtime.ImportModuleError, Sandbox.Timedout, ...) that a line of
// text names at character `pos` ("[ERROR] Runtime.ImportModuleError: Unable to import ..."); or,
// in a REPORT line, the field there (reportSpanAt). Empty key: nothing to explain there.
Span termSpanAt(const QString &line, qsizetype pos);

} // namespace lambdesk::glossary
