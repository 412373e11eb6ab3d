#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace lambdesk::stacktrace {

// A position in source code that a line of a stack trace names.
struct Frame
{
    QString path;     // a local file path (file:// URLs are decoded into paths)
    int line = 0;     // 1-based
    int column = 0;   // 1-based; 0 when the trace does not say
    QString function; // empty when anonymous or not given

    bool operator==(const Frame &) const = default;
};

// One line of a trace as the user sees it, with the frame it names, if any.
struct Line
{
    QString text;
    std::optional<Frame> frame;
};

// The frame one trace line names:
//   Python   `  File "/task/x.py", line 3, in handler`   (and the syntax error form `File "/task/x.py" Line 3`)
//   Node     `    at handler (file:///task/index.mjs:3:7)`, `    at async Runtime.run (/task/index.js:3:7)`,
//            `    at /task/index.js:3:7`, and a syntax error's first line `file:///task/index.mjs:3`
// Node's own modules (node:internal/..., node:fs) and eval frames name no file of the user: nullopt.
std::optional<Frame> parseLine(const QString &line);

// The trace of an error document, line by line: Python's "stackTrace" (strings that may hold
// several lines, or the old [file, line, function, code] lists), Node's "trace" (a list), or
// a "stack" (a list or one string). Empty when the document has no trace or is not JSON.
QList<Line> fromErrorDocument(const QByteArray &json);

// Only the lines that name a frame.
QList<Frame> framesOf(const QList<Line> &lines);

} // namespace lambdesk::stacktrace
