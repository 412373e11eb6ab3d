#pragma once

#include <QStringList>

class QTextStream;

namespace lambdesk::cli {

// `lambdesk serve`: the backend and the Lambda API, headless, until SIGINT or SIGTERM.
struct ServeOptions
{
    QString workspace;        // empty: the default workspace
    QString host;             // empty: the api/host setting (127.0.0.1)
    QString port;             // empty: the api/port setting (9001); "0": any free port
    QString region;           // empty: the backend/region setting (us-east-1)
    QString concurrencyLimit; // empty: the backend/concurrencyLimit setting (10)
    bool allowRemote = false; // needed to listen beyond loopback
    bool requireSignature = false;
    QStringList allowOrigins;  // browser origins allowed besides the api/allowedOrigins setting
    bool printProfile = false; // print the ~/.aws/config profile and exit
    bool quiet = false;        // no per-call and function log lines on stderr
};

// Returns the exit code (commandline.h): 0 after a clean stop, 2 for bad options, 3 when the
// workspace is in use or the port cannot be opened.
int serve(const ServeOptions &options, QTextStream &out, QTextStream &err);

} // namespace lambdesk::cli
