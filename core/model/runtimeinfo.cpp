#include "runtimeinfo.h"

#include <QRegularExpression>

namespace lambdesk {

RuntimeFamily runtimeFamilyOf(const QString &id)
{
    static const QRegularExpression python(QStringLiteral("^python3\\.\\d{1,2}$"));
    static const QRegularExpression node(QStringLiteral("^nodejs\\d{1,2}\\.x$"));
    if (python.match(id).hasMatch())
        return RuntimeFamily::Python;
    if (node.match(id).hasMatch())
        return RuntimeFamily::Node;
    if (id == u"provided" || id == u"provided.al2" || id == u"provided.al2023")
        return RuntimeFamily::Provided;
    return RuntimeFamily::Unknown;
}

QString runtimeFamilyName(RuntimeFamily family)
{
    switch (family) {
    case RuntimeFamily::Python: return QStringLiteral("python");
    case RuntimeFamily::Node: return QStringLiteral("nodejs");
    case RuntimeFamily::Provided: return QStringLiteral("provided");
    case RuntimeFamily::Unknown: break;
    }
    return QStringLiteral("unknown");
}

} // namespace lambdesk
