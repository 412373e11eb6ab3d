#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace lambdesk::loglevel {

enum class Level { None, Debug, Info, Warn, Error };

// The level a log line carries: Node's `time\tid\tLEVEL\tmessage`, Python's `[LEVEL]\t...`,
// LAMBDA_WARNING, and platform lines that report a failure (timeouts, Status: error).
Level of(const QString &text, bool platform);
// A line that continues the one before it (a traceback's body): it takes that line's level.
bool isContinuation(const QString &text);
// Readable on the palette's background (light or dark); invalid: the default text colour.
QColor color(Level level, bool platform, const QPalette &palette);

} // namespace lambdesk::loglevel
