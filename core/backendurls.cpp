// Function URLs: their configurations (Create/Update/Get/Delete/List), kept in each function's
// function-urls.json, and the url id index the URL server looks requests up in.
#include "backend.h"

#include "store/functionurlstore.h"
#include "store/workspace.h"

namespace lambdesk {

namespace {

bool isVersionNumber(const QString &qualifier)
{
    if (qualifier.isEmpty())
        return false;
    for (QChar c : qualifier)
        if (!c.isDigit())
            return false;
    return true;
}

bool isAliasName(const QString &qualifier)
{
    if (qualifier.isEmpty() || qualifier.size() > 128)
        return false;
    for (QChar c : qualifier)
        if (!(c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-' || c == u'_')))
            return false;
    return true;
}

} // namespace

void Backend::loadFunctionUrls(const QString &name)
{
    auto urls = functionurlstore::read(m_workspace->functionDir(name), name);
    if (!urls) {
        qWarning("The function URLs of %s cannot be read: %s", qPrintable(name), qPrintable(urls.error().message));
        m_functionUrlErrors.insert(name, urls.error());
        return;
    }
    QMap<QString, FunctionUrlConfig> byQualifier;
    for (const FunctionUrlConfig &c : urls.value()) {
        if (m_functionUrlsById.contains(c.urlId)) {
            qWarning("The function URL %s of %s is another function's too; it is left out", qPrintable(c.urlId),
                     qPrintable(name));
            continue;
        }
        byQualifier.insert(c.qualifier, c);
        m_functionUrlsById.insert(c.urlId, c);
    }
    if (!byQualifier.isEmpty())
        m_functionUrls.insert(name, byQualifier);
}

Status Backend::saveFunctionUrls(const QString &function, const QMap<QString, FunctionUrlConfig> &urls)
{
    if (const auto e = m_functionUrlErrors.constFind(function); e != m_functionUrlErrors.cend())
        return Error::internal(QStringLiteral("The function URLs of %1 cannot be changed while their file cannot be "
                                              "read (it is left as it is; repair or remove it): %2")
                                   .arg(function, e->message));
    if (auto s = functionurlstore::write(m_workspace->functionDir(function), urls.values()); !s)
        return s;
    for (const FunctionUrlConfig &old : m_functionUrls.value(function))
        m_functionUrlsById.remove(old.urlId);
    for (const FunctionUrlConfig &c : urls)
        m_functionUrlsById.insert(c.urlId, c);
    if (urls.isEmpty())
        m_functionUrls.remove(function);
    else
        m_functionUrls.insert(function, urls);
    Q_EMIT functionUrlsChanged(function);
    return Ok{};
}

void Backend::dropFunctionUrl(const QString &function, const QString &qualifier)
{
    QMap<QString, FunctionUrlConfig> urls = m_functionUrls.value(function);
    if (!urls.remove(qualifier))
        return;
    if (auto s = saveFunctionUrls(function, urls); !s)
        qWarning("The function URL of %s:%s could not be deleted: %s", qPrintable(function), qPrintable(qualifier),
                 qPrintable(s.error().message));
}

void Backend::dropFunctionUrls(const QString &function)
{
    m_functionUrlErrors.remove(function);
    const auto it = m_functionUrls.constFind(function);
    if (it == m_functionUrls.cend())
        return;
    for (const FunctionUrlConfig &c : *it)
        m_functionUrlsById.remove(c.urlId);
    m_functionUrls.erase(it);
    Q_EMIT functionUrlsChanged(function);
}

// The qualifier as the URL is kept under ("" for $LATEST), or why it cannot have a URL.
Result<QString> Backend::checkUrlQualifier(const QString &function, const QString &qualifier) const
{
    if (!m_functions.contains(function) && !m_broken.contains(function))
        return notFound(function);
    if (qualifier.isEmpty() || qualifier == u"$LATEST")
        return QString();
    if (isVersionNumber(qualifier) || !isAliasName(qualifier))
        return Error::invalid(QStringLiteral("Qualifier"),
                              QStringLiteral("1 validation error detected: Value '%1' at 'qualifier' failed to satisfy "
                                             "constraint: Member must satisfy regular expression pattern: "
                                             "((?!^\\d+$)^[0-9a-zA-Z-_]+$) (a function URL belongs to the function "
                                             "or to one of its aliases, not to a version)")
                                  .arg(qualifier));
    if (!m_aliases.value(function).contains(qualifier))
        return Error::notFound(
            QStringLiteral("Function not found: %1:%2 (no alias %2)").arg(functionArn(function), qualifier));
    return qualifier;
}

Result<FunctionUrlConfig> Backend::createFunctionUrlConfig(FunctionUrlConfig config)
{
    const auto qualifier = checkUrlQualifier(config.functionName, config.qualifier);
    if (!qualifier)
        return qualifier.error();
    if (config.cors) {
        if (auto s = functionurl::validateCors(*config.cors); !s)
            return s.error();
    }
    QMap<QString, FunctionUrlConfig> urls = m_functionUrls.value(config.functionName);
    if (urls.contains(qualifier.value())) {
        const QString arn =
            functionArn(config.functionName) + (qualifier->isEmpty() ? QString() : u':' + qualifier.value());
        return Error::conflict(QStringLiteral("Failed to create function url config for [functionArn = %1]. Error "
                                              "message:  FunctionUrlConfig exists for this Lambda function")
                                   .arg(arn));
    }
    config.qualifier = qualifier.value();
    do
        config.urlId = functionurl::newUrlId();
    while (m_functionUrlsById.contains(config.urlId));
    config.creationTime = awsTimestampNow();
    config.lastModifiedTime = config.creationTime;
    urls.insert(config.qualifier, config);
    if (auto s = saveFunctionUrls(config.functionName, urls); !s)
        return s.error();
    return config;
}

Result<FunctionUrlConfig> Backend::updateFunctionUrlConfig(const QString &function, const QString &qualifier,
                                                           const FunctionUrlPatch &patch)
{
    auto current = getFunctionUrlConfig(function, qualifier);
    if (!current)
        return current.error();
    FunctionUrlConfig config = current.value();
    if (patch.authType)
        config.authType = *patch.authType;
    if (patch.cors) {
        if (*patch.cors) {
            if (auto s = functionurl::validateCors(**patch.cors); !s)
                return s.error();
        }
        config.cors = *patch.cors;
    }
    if (patch.invokeMode)
        config.invokeMode = *patch.invokeMode;
    config.lastModifiedTime = awsTimestampNow();
    QMap<QString, FunctionUrlConfig> urls = m_functionUrls.value(function);
    urls.insert(config.qualifier, config);
    if (auto s = saveFunctionUrls(function, urls); !s)
        return s.error();
    return config;
}

Result<FunctionUrlConfig> Backend::getFunctionUrlConfig(const QString &function, const QString &qualifier) const
{
    const auto q = checkUrlQualifier(function, qualifier);
    if (!q)
        return q.error();
    const auto urls = m_functionUrls.constFind(function);
    if (urls != m_functionUrls.cend()) {
        const auto it = urls->constFind(q.value());
        if (it != urls->cend())
            return *it;
    }
    return Error::notFound(QStringLiteral("The resource you requested does not exist: %1%2 has no function URL")
                               .arg(functionArn(function), q->isEmpty() ? QString() : u':' + q.value()));
}

Status Backend::deleteFunctionUrlConfig(const QString &function, const QString &qualifier)
{
    const auto current = getFunctionUrlConfig(function, qualifier);
    if (!current)
        return current.error();
    QMap<QString, FunctionUrlConfig> urls = m_functionUrls.value(function);
    urls.remove(current->qualifier);
    return saveFunctionUrls(function, urls);
}

Result<QList<FunctionUrlConfig>> Backend::listFunctionUrlConfigs(const QString &function) const
{
    if (!m_functions.contains(function) && !m_broken.contains(function))
        return notFound(function);
    return m_functionUrls.value(function).values(); // "" ($LATEST) sorts first, then the aliases by name
}

std::optional<FunctionUrlConfig> Backend::functionUrlById(const QString &urlId) const
{
    const auto it = m_functionUrlsById.constFind(urlId);
    if (it == m_functionUrlsById.cend())
        return std::nullopt;
    return *it;
}

} // namespace lambdesk
