#pragma once

// A Backend for a benchmark: a scratch workspace, started, with this machine's Python runtime.

#include "backend.h"

#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace bench {

struct PythonBackend
{
    QTemporaryDir workspace;
    std::unique_ptr<lambdesk::Backend> backend;
    const lambdesk::RuntimeInfo *python = nullptr;
};

// Null (the reason on stderr) when the backend does not start or Python is missing.
// `persistLogs`: store START/END/REPORT lines and invocation records as the console does.
inline std::unique_ptr<PythonBackend> startPythonBackend(bool persistLogs = false)
{
    auto b = std::make_unique<PythonBackend>();
    lambdesk::Backend::Options options;
    options.workspace = b->workspace.path();
    options.persistLogs = persistLogs;
    b->backend = std::make_unique<lambdesk::Backend>(options);
    if (const lambdesk::Status s = b->backend->start(); !s) {
        std::fprintf(stderr, "backend: %s\n", qPrintable(s.error().message));
        return nullptr;
    }
    b->python = b->backend->runtimes().preferred(lambdesk::RuntimeFamily::Python);
    if (!b->python) {
        std::fprintf(stderr, "no Python runtime on this machine\n");
        return nullptr;
    }
    return b;
}

} // namespace bench
