#pragma once

#include "model/runtimeinfo.h"

#include <QList>
#include <QStringList>

namespace lambdesk {

// The runtimes this machine can run, found by asking the installed interpreters.
class RuntimeCatalog
{
public:
    RuntimeCatalog() = default;
    explicit RuntimeCatalog(QList<RuntimeInfo> runtimes) : m_runtimes(std::move(runtimes)) {}

    // Looks for python3 / python3.N and node on PATH (runs each once, in parallel, ~50 ms).
    static RuntimeCatalog detect();

    const QList<RuntimeInfo> &runtimes() const { return m_runtimes; }
    const RuntimeInfo *find(const QString &id) const;
    QStringList ids() const;
    // The newest installed runtime of a family, or nullptr.
    const RuntimeInfo *preferred(RuntimeFamily family) const;

private:
    QList<RuntimeInfo> m_runtimes;
};

} // namespace lambdesk
