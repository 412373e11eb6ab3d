#include "backend.h"

#include "store/concurrencystore.h"
#include "store/workspace.h"

// Reserved concurrency and the account concurrency limit (invoke/concurrencylimits.h): what
// PutFunctionConcurrency and friends, GetAccountSettings and the console's Concurrency section use.

namespace lambdesk {

void Backend::loadConcurrency(const QString &name)
{
    const auto reserved = concurrencystore::read(m_workspace->functionDir(name));
    if (!reserved) {
        qWarning("Function %s: its reserved concurrency is ignored: %s", qPrintable(name),
                 qPrintable(reserved.error().message));
        return;
    }
    m_invoker->limits().setReserved(name, reserved.value());
}

Backend::AccountConcurrency Backend::accountConcurrency() const
{
    const ConcurrencyLimits &l = m_invoker->limits();
    return {l.accountLimit(), l.unreservedConcurrency(), ConcurrencyLimits::minimumUnreserved(l.accountLimit()),
            l.totalReserved()};
}

Status Backend::setConcurrencyLimit(int limit)
{
    if (auto e = m_invoker->limits().checkNewAccountLimit(limit))
        return *e;
    m_options.concurrencyLimit = limit;
    m_invoker->limits().setAccountLimit(limit);
    Q_EMIT concurrencyChanged({});
    return Ok{};
}

Result<std::optional<int>> Backend::functionConcurrency(const QString &name) const
{
    if (!m_functions.contains(name) && !m_broken.contains(name))
        return notFound(name);
    return m_invoker->limits().reserved(name);
}

Result<int> Backend::putFunctionConcurrency(const QString &name, int reserved)
{
    if (!m_functions.contains(name) && !m_broken.contains(name))
        return notFound(name);
    if (auto e = m_invoker->limits().checkReservation(name, reserved))
        return *e;
    // Provisioned concurrency comes out of the reservation (AWS's rule): it may not shrink below it.
    int provisioned = 0;
    for (const ProvisionedConcurrency &p : m_provisioned.value(name))
        provisioned += p.requested;
    if (reserved < provisioned)
        return Error::invalid(QStringLiteral("ReservedConcurrentExecutions"),
                              QStringLiteral("Specified ReservedConcurrentExecutions for function is less than the "
                                             "function's total provisioned concurrency [%1]: lower or delete its "
                                             "provisioned concurrency configurations first (got %2)")
                                  .arg(provisioned)
                                  .arg(reserved));
    // On disk before it is enforced or answered.
    if (auto s = concurrencystore::write(m_workspace->functionDir(name), reserved); !s)
        return s.error();
    m_invoker->limits().setReserved(name, reserved);
    Q_EMIT concurrencyChanged(name);
    return reserved;
}

Status Backend::deleteFunctionConcurrency(const QString &name)
{
    if (!m_functions.contains(name) && !m_broken.contains(name))
        return notFound(name);
    if (auto s = concurrencystore::write(m_workspace->functionDir(name), std::nullopt); !s)
        return s;
    m_invoker->limits().setReserved(name, std::nullopt);
    Q_EMIT concurrencyChanged(name);
    return Ok{};
}

} // namespace lambdesk
