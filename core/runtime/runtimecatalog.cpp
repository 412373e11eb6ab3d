#include "runtimecatalog.h"

namespace lambdesk {

const RuntimeCatalog &RuntimeCatalog::provided()
{
    static const RuntimeCatalog catalog = [] {
        QList<RuntimeInfo> out;
        for (const char *id : {"provided.al2023", "provided.al2", "provided"}) {
            RuntimeInfo info;
            info.id = QString::fromLatin1(id);
            info.family = RuntimeFamily::Provided;
            info.displayName = QStringLiteral("Custom runtime (%1)").arg(info.id);
            out.append(info);
        }
        return RuntimeCatalog(out);
    }();
    return catalog;
}

const RuntimeInfo *RuntimeCatalog::find(const QString &id) const
{
    for (const RuntimeInfo &r : m_runtimes) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QStringList RuntimeCatalog::ids() const
{
    QStringList out;
    for (const RuntimeInfo &r : m_runtimes)
        out.append(r.id);
    return out;
}

const RuntimeInfo *RuntimeCatalog::preferred(RuntimeFamily family) const
{
    for (const RuntimeInfo &r : m_runtimes) {
        if (r.family == family)
            return &r;
    }
    return nullptr;
}

} // namespace lambdesk
