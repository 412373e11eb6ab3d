#include "runtimeinfo.h"

#include <QFileInfo>
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

QString handlerFile(const QString &runtimeId, const QString &handler, const QString &codeDir)
{
    switch (runtimeFamilyOf(runtimeId)) {
    case RuntimeFamily::Python: {
        const qsizetype dot = handler.lastIndexOf(u'.');
        if (dot <= 0)
            return {};
        QString module = handler.left(dot);
        if (!module.contains(u'/'))
            module.replace(u'.', u'/');
        return module + QStringLiteral(".py");
    }
    case RuntimeFamily::Node: {
        const qsizetype slash = handler.lastIndexOf(u'/');
        const qsizetype dot = handler.indexOf(u'.', slash + 1);
        if (dot <= 0)
            return {};
        const QString module = handler.left(dot);
        for (const char *ext : {".js", ".mjs", ".cjs"}) {
            const QString candidate = module + QLatin1StringView(ext);
            if (QFileInfo::exists(codeDir + u'/' + candidate))
                return candidate;
        }
        return module + QStringLiteral(".mjs");
    }
    case RuntimeFamily::Provided: return QStringLiteral("bootstrap");
    case RuntimeFamily::Unknown: break;
    }
    return {};
}

QString defaultHandler(RuntimeFamily family)
{
    switch (family) {
    case RuntimeFamily::Python: return QStringLiteral("lambda_function.lambda_handler");
    case RuntimeFamily::Node: return QStringLiteral("index.handler");
    default: return QStringLiteral("function.handler");
    }
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
