#pragma once

#include "model/runtimeinfo.h"

#include <QList>
#include <QStringList>

namespace lambdesk {

// The runtimes this machine can run (RuntimeDetection finds them by asking the interpreters).
class RuntimeCatalog
{
public:
    RuntimeCatalog() = default;
    explicit RuntimeCatalog(QList<RuntimeInfo> runtimes) : m_runtimes(std::move(runtimes)) {}

    // The custom runtimes, which need no interpreter (RuntimeDetection finds the others).
    static const RuntimeCatalog &provided();

    const QList<RuntimeInfo> &runtimes() const { return m_runtimes; }
    const RuntimeInfo *find(const QString &id) const;
    QStringList ids() const;
    // The newest installed runtime of a family, or nullptr.
    const RuntimeInfo *preferred(RuntimeFamily family) const;

private:
    QList<RuntimeInfo> m_runtimes;
};

} // namespace lambdesk
