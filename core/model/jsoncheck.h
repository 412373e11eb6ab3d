#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace lambdesk::json {

struct ParseError
{
    int line = 1;   // 1-based
    int column = 1; // 1-based, in characters
    qsizetype offset = 0;
    QString message; // "unterminated string (line 3, column 7)"
};

// Whether text is one JSON value of any kind (object, array, string, number, true, false,
// null), as Lambda accepts for a payload; where it is not, the first error's position.
std::optional<ParseError> check(const QByteArray &text);

// Indented with two spaces (the Format button); text unchanged when it is not valid JSON, or
// when indenting it would take too much (over 512 levels deep, or some 64 MB of output).
QByteArray format(const QByteArray &text);

} // namespace lambdesk::json
