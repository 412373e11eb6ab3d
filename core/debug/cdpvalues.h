#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Pure helpers of the Node.js engine (CdpEngine): how the Chrome DevTools Protocol's remote
// objects read in the console, and how a function's file is named to the inspector.
namespace lambdesk::debug::cdp {

// A Runtime.RemoteObject as a console shows it: strings quoted ('text'), numbers and other
// primitives as written, objects with a short preview ({a: 1, b: 'x'}), arrays "Array(3)",
// errors their first line, functions "ƒ name(...)".
QString renderValue(const QJsonObject &remoteObject);
// The type shown next to a value: the subtype when there is one ("array", "null", "error"), else
// the type ("string", "number", "object", ...).
QString typeName(const QJsonObject &remoteObject);

// The regular expression (Debugger.setBreakpointByUrl's urlRegex) matching the script of `file`
// (relative to the code root, '/' separated) as Node names it: the path (CommonJS) or its file://
// URL (ES modules).
QString urlRegex(const QString &runtimeCodeRoot, const QString &file);
// A script's url (a path or a file:// URL) as a path; empty for others (node:internal/...).
QString scriptPath(const QString &url);
// The path relative to the code root ('/' separated); empty when outside it.
QString relativeFile(const QString &path, const QString &runtimeCodeRoot);

// The first target's webSocketDebuggerUrl in the inspector's /json/list answer; empty when none.
QString webSocketUrl(const QByteArray &jsonList);

// The expression a logpoint evaluates as its condition: it writes the message ({expr} parts
// evaluated) through `sink` (a function of the bootstrap) and yields false (never stops).
QString logpointCondition(const QString &logMessage, const QString &condition, const QString &sink);

} // namespace lambdesk::debug::cdp
