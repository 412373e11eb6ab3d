// Backend, provisioned concurrency: Put/Get/Delete/List of a version's or an alias's
// configuration (store/provisionedstore.h), and the environments the pool keeps for them
// (EnvironmentPool::provision). The rest of the facade is in backend.cpp and its siblings.
#include "backend.h"

#include "runtime/environmentpool.h"
#include "settings.h"
#include "store/provisionedstore.h"
#include "store/workspace.h"

namespace lambdesk {

namespace {

// A version number as a qualifier writes it: 1, 2, ... (no sign, no leading zero).
int versionNumber(const QString &qualifier)
{
    bool ok = false;
    const int n = qualifier.toInt(&ok);
    return ok && n > 0 && qualifier == QString::number(n) ? n : 0;
}

QString poolId(const QString &function, const QString &qualifier)
{
    return function + u'\n' + qualifier;
}

Error configNotFound()
{
    // The field marks it for the API, which answers ProvisionedConcurrencyConfigNotFoundException.
    return Error{Error::Kind::NotFound, QStringLiteral("No Provisioned Concurrency Config found for this function"),
                 QStringLiteral("ProvisionedConcurrencyConfig")};
}

} // namespace

int Backend::accountConcurrencyLimit() const
{
    return m_invoker->limits().accountLimit();
}

std::optional<Error> Backend::checkProvisionedQualifier(const QString &function, const QString &qualifier) const
{
    if (!m_functions.contains(function) && !m_broken.contains(function))
        return notFound(function);
    if (const auto e = m_versionErrors.constFind(function); e != m_versionErrors.cend())
        return *e;
    if (qualifier.isEmpty())
        return Error::invalid(QStringLiteral("Qualifier"),
                              QStringLiteral("Qualifier is required: a published version number or an alias name"));
    if (qualifier == u"$LATEST")
        return Error::invalid(QStringLiteral("Qualifier"),
                              QStringLiteral("Provisioned Concurrency Configs cannot be applied to unpublished "
                                             "function versions."));
    const auto notFoundQualified = [&] {
        return Error::notFound(QStringLiteral("Function not found: %1:%2").arg(functionArn(function), qualifier));
    };
    if (const int n = versionNumber(qualifier))
        return m_versions.value(function).contains(n) ? std::nullopt : std::optional<Error>(notFoundQualified());
    const auto aliases = m_aliases.value(function);
    const auto alias = aliases.constFind(qualifier);
    if (alias == aliases.cend())
        return notFoundQualified();
    if (alias->functionVersion == u"$LATEST")
        return Error::invalid(QStringLiteral("Qualifier"),
                              QStringLiteral("Provisioned Concurrency Configs cannot be applied to unpublished "
                                             "function versions."));
    return std::nullopt;
}

ProvisionedConcurrency Backend::withAllocation(const QString &function, ProvisionedConcurrency config) const
{
    const EnvironmentPool::Provisioned p =
        m_pool ? m_pool->provisioned(poolId(function, config.qualifier)) : EnvironmentPool::Provisioned{};
    config.allocated = std::min(p.allocated, config.requested);
    config.available = std::min(p.available, config.requested);
    config.statusReason.clear();
    if (!p.failure.isEmpty()) {
        config.status = QStringLiteral("FAILED");
        config.statusReason = p.failure;
    } else if (p.known && p.allocated >= config.requested) {
        config.status = QStringLiteral("READY");
    } else {
        config.status = QStringLiteral("IN_PROGRESS");
    }
    return config;
}

void Backend::startProvisioned(const QString &function, const QString &qualifier)
{
    if (!m_pool)
        return;
    const auto config = m_provisioned.value(function).constFind(qualifier);
    if (config == m_provisioned.value(function).cend())
        return;
    // An alias: the environments of the version it points at (its first, for a weighted one).
    QString version = qualifier;
    if (!versionNumber(qualifier))
        version = m_aliases.value(function).value(qualifier).functionVersion;
    const auto versions = m_versions.constFind(function);
    const int n = versionNumber(version);
    if (versions == m_versions.cend() || !versions->contains(n)) {
        m_pool->unprovision(poolId(function, qualifier));
        return;
    }
    const InvokeTarget &target = versions->value(n).target;
    m_pool->provision(poolId(function, qualifier), Invoker::environmentKey(target), m_invoker->environmentSpec(target),
                      config->requested);
}

Status Backend::saveProvisioned(const QString &function, const QMap<QString, ProvisionedConcurrency> &configs)
{
    if (auto s = provisionedstore::write(m_workspace->functionDir(function), configs.values()); !s)
        return s;
    if (configs.isEmpty())
        m_provisioned.remove(function);
    else
        m_provisioned.insert(function, configs);
    return Ok{};
}

void Backend::loadProvisioned(const QString &name)
{
    auto configs = provisionedstore::read(m_workspace->functionDir(name));
    if (!configs) {
        qWarning("The provisioned concurrency of %s cannot be read: %s", qPrintable(name),
                 qPrintable(configs.error().message));
        return;
    }
    QMap<QString, ProvisionedConcurrency> byQualifier;
    for (const ProvisionedConcurrency &p : configs.value()) {
        if (auto e = checkProvisionedQualifier(name, p.qualifier)) {
            // Its version or alias went away behind Lambdesk's back (an edit by hand).
            qWarning("The provisioned concurrency of %s:%s is ignored: %s", qPrintable(name), qPrintable(p.qualifier),
                     qPrintable(e->message));
            continue;
        }
        byQualifier.insert(p.qualifier, p);
    }
    if (!byQualifier.isEmpty())
        m_provisioned.insert(name, byQualifier);
}

Result<ProvisionedConcurrency> Backend::putProvisionedConcurrency(const QString &function, const QString &qualifier,
                                                                  int count)
{
    if (auto e = checkChangeable(function))
        return *e;
    if (auto e = checkProvisionedQualifier(function, qualifier))
        return *e;
    if (count < 1)
        return Error::invalid(QStringLiteral("ProvisionedConcurrentExecutions"),
                              QStringLiteral("1 validation error detected: Value '%1' at "
                                             "'provisionedConcurrentExecutions' failed to satisfy constraint: Member "
                                             "must have value greater than or equal to 1")
                                  .arg(count));
    // A version and an alias that points at it cannot both have one (AWS's rule).
    const QMap<QString, ProvisionedConcurrency> current = m_provisioned.value(function);
    const QMap<QString, FunctionAlias> aliases = m_aliases.value(function);
    if (!versionNumber(qualifier)) {
        const QString version = aliases.value(qualifier).functionVersion;
        if (current.contains(version))
            return Error::conflict(QStringLiteral("Version %1 of %2 already has a provisioned concurrency config; "
                                                  "alias %3 points at it, and a version and an alias pointing at it "
                                                  "cannot both have one. Delete the version's config first")
                                       .arg(version, function, qualifier));
    } else {
        for (const FunctionAlias &a : aliases) {
            if (a.functionVersion == qualifier && current.contains(a.name))
                return Error::conflict(QStringLiteral("Alias %1 of %2 points at version %3 and already has a "
                                                      "provisioned concurrency config; a version and an alias "
                                                      "pointing at it cannot both have one. Delete the alias's "
                                                      "config first")
                                           .arg(a.name, function, qualifier));
        }
    }
    // A function with reserved concurrency provisions within it (AWS's rule); the others from
    // the unreserved pool, of which some always stays unreserved (AWS keeps 100 of 1,000).
    const ConcurrencyLimits &limits = m_invoker->limits();
    const std::optional<int> reserved = limits.reserved(function);
    int others = 0;
    for (auto f = m_provisioned.cbegin(); f != m_provisioned.cend(); ++f) {
        if (reserved ? f.key() != function : limits.reserved(f.key()).has_value())
            continue;
        for (const ProvisionedConcurrency &p : f.value()) {
            if (f.key() != function || p.qualifier != qualifier)
                others += p.requested;
        }
    }
    if (reserved) {
        if (others + count > *reserved)
            return Error::invalid(
                QStringLiteral("ProvisionedConcurrentExecutions"),
                QStringLiteral("Requested Provisioned Concurrency should not be greater than the "
                               "reservedConcurrentExecution for function: %1 has reserved concurrency %2, %3 of it "
                               "provisioned elsewhere, so at most %4 can be asked for here (got %5)")
                    .arg(function)
                    .arg(*reserved)
                    .arg(others)
                    .arg(std::max(0, *reserved - others))
                    .arg(count));
    }
    const int limit = limits.accountLimit();
    const int minimum = ConcurrencyLimits::minimumUnreserved(limit);
    const int ceiling = limit - limits.totalReserved() - minimum;
    if (!reserved && others + count > ceiling)
        return Error::invalid(
            QStringLiteral("ProvisionedConcurrentExecutions"),
            QStringLiteral("Specified ProvisionedConcurrentExecutions for function decreases account's "
                           "UnreservedConcurrentExecution below its minimum value of [%1]: with the account "
                           "concurrency limit of %2 and %3 reserved, at most %4 can be provisioned in total; %5 are "
                           "provisioned elsewhere, so %6 can be asked for here (got %7)")
                .arg(minimum)
                .arg(limit)
                .arg(limits.totalReserved())
                .arg(std::max(0, ceiling))
                .arg(others)
                .arg(std::max(0, ceiling - others))
                .arg(count));
    ProvisionedConcurrency config;
    config.qualifier = qualifier;
    config.requested = count;
    config.lastModified = awsTimestampNow();
    QMap<QString, ProvisionedConcurrency> configs = current;
    configs.insert(qualifier, config);
    if (auto s = saveProvisioned(function, configs); !s)
        return s.error();
    startProvisioned(function, qualifier);
    Q_EMIT provisionedConcurrencyChanged(function, qualifier);
    return withAllocation(function, config);
}

Result<ProvisionedConcurrency> Backend::getProvisionedConcurrency(const QString &function,
                                                                  const QString &qualifier) const
{
    if (auto e = checkProvisionedQualifier(function, qualifier))
        return *e;
    const auto configs = m_provisioned.value(function);
    const auto it = configs.constFind(qualifier);
    if (it == configs.cend())
        return configNotFound();
    return withAllocation(function, *it);
}

Status Backend::deleteProvisionedConcurrency(const QString &function, const QString &qualifier)
{
    if (auto e = checkProvisionedQualifier(function, qualifier))
        return *e;
    QMap<QString, ProvisionedConcurrency> configs = m_provisioned.value(function);
    if (!configs.remove(qualifier))
        return configNotFound();
    if (auto s = saveProvisioned(function, configs); !s)
        return s;
    if (m_pool)
        m_pool->unprovision(poolId(function, qualifier));
    Q_EMIT provisionedConcurrencyChanged(function, qualifier);
    return Ok{};
}

Result<QList<ProvisionedConcurrency>> Backend::listProvisionedConcurrency(const QString &function) const
{
    if (!m_functions.contains(function) && !m_broken.contains(function))
        return notFound(function);
    QList<ProvisionedConcurrency> out;
    for (const ProvisionedConcurrency &p : m_provisioned.value(function))
        out.append(withAllocation(function, p));
    return out;
}

void Backend::dropProvisioned(const QString &function, const QString &qualifier)
{
    QMap<QString, ProvisionedConcurrency> configs = m_provisioned.value(function);
    if (!configs.remove(qualifier))
        return;
    if (auto s = saveProvisioned(function, configs); !s)
        qWarning("The provisioned concurrency of %s:%s could not be removed from disk: %s", qPrintable(function),
                 qPrintable(qualifier), qPrintable(s.error().message));
    if (m_pool)
        m_pool->unprovision(poolId(function, qualifier));
    Q_EMIT provisionedConcurrencyChanged(function, qualifier);
}

std::optional<Error> Backend::checkProvisionedAliasMove(const QString &function, const FunctionAlias &alias) const
{
    const auto configs = m_provisioned.value(function);
    if (!configs.contains(alias.name))
        return std::nullopt;
    if (alias.functionVersion == u"$LATEST")
        return Error::invalid(QStringLiteral("FunctionVersion"),
                              QStringLiteral("Alias %1 has a provisioned concurrency config, which cannot be applied "
                                             "to unpublished function versions; delete the config first")
                                  .arg(alias.name));
    if (configs.contains(alias.functionVersion))
        return Error::conflict(QStringLiteral("Alias %1 has a provisioned concurrency config and version %2 has one "
                                              "too; a version and an alias pointing at it cannot both have one")
                                   .arg(alias.name, alias.functionVersion));
    return std::nullopt;
}

} // namespace lambdesk
