#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lambdesk {
class Backend;
}

namespace lambdesk::cli {

// `lambdesk url create NAME [--qualifier ALIAS] [--auth-type NONE|AWS_IAM] [--cors JSON]
//  [--invoke-mode BUFFERED|RESPONSE_STREAM]`; `lambdesk url update NAME [--qualifier ALIAS] [...]`
// (changes only what it names; --cors '{}' removes the CORS settings); `lambdesk url get NAME
// [--qualifier ALIAS]`; `lambdesk url delete NAME [--qualifier ALIAS]`; `lambdesk url list NAME`.
// The URLs printed carry the port `lambdesk serve` listens on (the api/port setting).
struct UrlOptions
{
    QStringList positional; // the action and the function
    QString qualifier;
    QString authType;
    QString cors; // JSON, AWS's Cors object
    QString invokeMode;
    bool hasAuthType = false;
    bool hasCors = false;
    bool hasInvokeMode = false;
};

QStringList urlValuedOptions();
int urlCommand(Backend &backend, const UrlOptions &options, QTextStream &out, QTextStream &err);

} // namespace lambdesk::cli
