#pragma once

#include <QString>

namespace lambdesk {

enum class RuntimeFamily { Unknown, Python, Node, Provided };

// Family of a runtime id as AWS spells it: python3.11 -> Python, nodejs20.x -> Node,
// provided / provided.al2 / provided.al2023 -> Provided.
RuntimeFamily runtimeFamilyOf(const QString &runtimeId);
QString runtimeFamilyName(RuntimeFamily family); // "python", "nodejs", "provided"
// The handler of the starter code, and the example messages give:
// lambda_function.lambda_handler, index.handler, function.handler.
QString defaultHandler(RuntimeFamily family);

// The file (relative to the code root) that holds the handler: lambda_function.py for
// "lambda_function.lambda_handler", index.mjs (or .js/.cjs, whichever exists) for
// "index.handler", bootstrap for custom runtimes. Empty when the handler names no file.
QString handlerFile(const QString &runtimeId, const QString &handler, const QString &codeDir);

// One runtime this machine can run.
struct RuntimeInfo
{
    QString id; // python3.11, nodejs20.x, provided.al2023
    RuntimeFamily family = RuntimeFamily::Unknown;
    QString executable;  // resolved interpreter path (empty for provided)
    QString version;     // full interpreter version, e.g. 3.11.7 or 20.20.2
    QString displayName; // "Python 3.11", "Node.js 20.x", "Custom runtime (bootstrap)"
};

} // namespace lambdesk
