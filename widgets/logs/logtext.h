#pragma once

#include <QString>

// How a log line is drawn (the log view's message column, a result's Log output tab) and what
// its tooltip holds. Copying uses the line's own text, never these.
namespace lambdesk::logtext {

// AWS separates REPORT's fields, and Node its prefix (time, request id, level), with tabs, which
// a table cell draws as nothing ("Billed Duration: 58 msMemory Size: 128 MB"). A platform line's
// tab shows as three spaces; a function's own tabs stop every eight columns, as in a terminal.
// Node's multi-line message (parts joined with \r) gets a line per part.
QString display(const QString &text, bool platform);

// The whole line as rich text that wraps (the message column cuts long lines with "…"); a
// platform line's tab-separated fields (REPORT) one per line.
QString tooltip(const QString &text, bool platform);

} // namespace lambdesk::logtext
