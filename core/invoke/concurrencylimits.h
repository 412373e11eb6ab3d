#pragma once

#include "model/error.h"

#include <QHash>
#include <QString>

#include <optional>

namespace lambdesk {

// Lambda's concurrency model, scaled down for one machine: an account limit L shared by every
// function; a function may reserve R of it (then it runs at most R at once, and nobody else
// may use those R); the functions without a reservation share what is left (L minus every
// reservation), which may never drop below minimumUnreserved(L) — AWS keeps 100 of its 1000
// unreserved, Lambdesk keeps max(1, L/10). Counts invocations in flight; pure bookkeeping, so
// that a check costs two hash lookups. Lives on the backend thread.
class ConcurrencyLimits
{
public:
    static constexpr int kDefaultAccountLimit = 10;
    static constexpr int kMaxAccountLimit = 10000;

    enum class Reason { None, Reserved, Account };
    // Why an invocation may not start now, and the limit it met.
    struct Throttle
    {
        Reason reason = Reason::None;
        int limit = 0;
        // AWS's Reason: ReservedFunctionConcurrentInvocationLimitExceeded or ConcurrentInvocationLimitExceeded.
        QString reasonName() const;
        explicit operator bool() const { return reason != Reason::None; }
    };

    static int minimumUnreserved(int accountLimit) { return accountLimit / 10 > 1 ? accountLimit / 10 : 1; }
    // The account limit's own rule (a whole number from 1 to kMaxAccountLimit); field ConcurrentExecutions.
    static std::optional<Error> checkAccountLimit(int limit);

    int accountLimit() const { return m_accountLimit; }
    // Sets the limit as it is (the caller checked it); reservations stay, even when they leave
    // less than the minimum unreserved (unreservedConcurrency() is then 0 at worst).
    void setAccountLimit(int limit) { m_accountLimit = limit; }
    // Whether `limit` keeps the minimum unreserved with the reservations made now.
    std::optional<Error> checkNewAccountLimit(int limit) const;

    std::optional<int> reserved(const QString &function) const;
    int totalReserved() const { return m_totalReserved; }
    // What the functions without a reservation share: L minus every reservation (never below 0).
    int unreservedConcurrency() const;
    // AWS's rules for PutFunctionConcurrency: 0 or more, and the unreserved part stays at or
    // above its minimum (InvalidParameterValueException with AWS's message otherwise).
    std::optional<Error> checkReservation(const QString &function, int reserved) const;
    // Sets (a number) or removes (nullopt) a reservation, unchecked; invocations in flight move
    // between the pools with it.
    void setReserved(const QString &function, std::optional<int> reserved);

    // Counts an invocation of `function` in, or says why it may not start (nothing counted).
    Throttle acquire(const QString &function);
    // Counts one of acquire()'s invocations out.
    void release(const QString &function);
    int running(const QString &function) const { return m_running.value(function); }
    int unreservedRunning() const { return m_unreservedRunning; }

private:
    int m_accountLimit = kDefaultAccountLimit;
    QHash<QString, int> m_reserved;
    QHash<QString, int> m_running;
    int m_totalReserved = 0;
    int m_unreservedRunning = 0;
};

} // namespace lambdesk
