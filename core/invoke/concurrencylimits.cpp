#include "concurrencylimits.h"

namespace lambdesk {

QString ConcurrencyLimits::Throttle::reasonName() const
{
    switch (reason) {
    case Reason::Reserved: return QStringLiteral("ReservedFunctionConcurrentInvocationLimitExceeded");
    case Reason::Account: return QStringLiteral("ConcurrentInvocationLimitExceeded");
    case Reason::None: break;
    }
    return {};
}

std::optional<Error> ConcurrencyLimits::checkAccountLimit(int limit)
{
    if (limit >= 1 && limit <= kMaxAccountLimit)
        return std::nullopt;
    return Error::invalid(QStringLiteral("ConcurrentExecutions"),
                          QStringLiteral("The account concurrency limit (ConcurrentExecutions) must be a whole number "
                                         "from 1 to %1; got %2")
                              .arg(kMaxAccountLimit)
                              .arg(limit));
}

std::optional<Error> ConcurrencyLimits::checkNewAccountLimit(int limit) const
{
    if (auto e = checkAccountLimit(limit))
        return e;
    if (limit - m_totalReserved >= minimumUnreserved(limit))
        return std::nullopt;
    return Error::invalid(
        QStringLiteral("ConcurrentExecutions"),
        QStringLiteral("An account concurrency limit of %1 leaves %2 unreserved, below its minimum value of [%3]: "
                       "the functions reserve %4 in all; lower their reservations first")
            .arg(limit)
            .arg(limit - m_totalReserved)
            .arg(minimumUnreserved(limit))
            .arg(m_totalReserved));
}

std::optional<int> ConcurrencyLimits::reserved(const QString &function) const
{
    const auto it = m_reserved.constFind(function);
    if (it == m_reserved.cend())
        return std::nullopt;
    return *it;
}

int ConcurrencyLimits::unreservedConcurrency() const
{
    return m_accountLimit > m_totalReserved ? m_accountLimit - m_totalReserved : 0;
}

std::optional<Error> ConcurrencyLimits::checkReservation(const QString &function, int reserved) const
{
    if (reserved < 0)
        return Error::invalid(
            QStringLiteral("ReservedConcurrentExecutions"),
            QStringLiteral("ReservedConcurrentExecutions must be a whole number of 0 or more; got %1").arg(reserved));
    const int others = m_totalReserved - m_reserved.value(function);
    if (qint64(m_accountLimit) - others - reserved >= minimumUnreserved(m_accountLimit))
        return std::nullopt;
    // AWS's message, word for word (the SDKs and scripts match on it).
    return Error::invalid(QStringLiteral("ReservedConcurrentExecutions"),
                          QStringLiteral("Specified ReservedConcurrentExecutions for function decreases account's "
                                         "UnreservedConcurrentExecution below its minimum value of [%1].")
                              .arg(minimumUnreserved(m_accountLimit)));
}

void ConcurrencyLimits::setReserved(const QString &function, std::optional<int> reserved)
{
    const auto it = m_reserved.find(function);
    const bool had = it != m_reserved.end();
    const int running = m_running.value(function);
    if (had) {
        m_totalReserved -= *it;
        m_reserved.erase(it);
    }
    if (reserved) {
        m_reserved.insert(function, *reserved);
        m_totalReserved += *reserved;
    }
    // Its invocations in flight now count against its own pool, or the shared one.
    if (had && !reserved)
        m_unreservedRunning += running;
    else if (!had && reserved)
        m_unreservedRunning -= running;
}

ConcurrencyLimits::Throttle ConcurrencyLimits::acquire(const QString &function)
{
    const auto reservedIt = m_reserved.constFind(function);
    if (reservedIt != m_reserved.cend()) {
        int &running = m_running[function];
        if (running >= *reservedIt)
            return {Reason::Reserved, *reservedIt};
        ++running;
        return {};
    }
    const int unreserved = unreservedConcurrency();
    if (m_unreservedRunning >= unreserved)
        return {Reason::Account, unreserved};
    ++m_unreservedRunning;
    ++m_running[function];
    return {};
}

void ConcurrencyLimits::release(const QString &function)
{
    const auto it = m_running.find(function);
    if (it == m_running.end())
        return;
    if (--*it <= 0)
        m_running.erase(it);
    if (!m_reserved.contains(function) && m_unreservedRunning > 0)
        --m_unreservedRunning;
}

} // namespace lambdesk
