#pragma once

#include "model/error.h"
#include "model/runtimeinfo.h"

#include <QStringList>

// The parts of debug::pythonEngineDir() (debugengine.h), apart so tests can point them at
// folders of their own.
namespace lambdesk::debug::pythonengine {

// The folders that may hold debugpy for `python`, best first: Debian's python3-debugpy
// (/usr/lib/python3/dist-packages, debugpy with pydevd unvendored beside it), then the
// interpreter's own site-packages (a pip install: pydevd vendored inside debugpy).
QStringList searchDirs(const RuntimeInfo &python);

// The error when none has debugpy; it names Debian's package.
QString missingMessage();

// The first of `searchDirs` with debugpy (and its pydevd), as a folder under `cacheRoot`
// holding only symlinks to debugpy, pydevd's modules and `bytecode`: made once (keyed by the
// source folder), reused after.
Result<QString> engineDir(const QStringList &searchDirs, const QString &cacheRoot);

} // namespace lambdesk::debug::pythonengine
