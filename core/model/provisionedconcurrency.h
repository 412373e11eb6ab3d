#pragma once

#include <QMetaType>
#include <QString>

class QJsonObject;

namespace lambdesk {

// Provisioned concurrency of one version or alias (AWS's ProvisionedConcurrencyConfig): how
// many environments are kept initialised ahead of time, and how far that has got.
struct ProvisionedConcurrency
{
    QString qualifier;    // a version number or an alias name (never $LATEST)
    int requested = 0;    // RequestedProvisionedConcurrentExecutions (>= 1)
    QString lastModified; // AWS's timestamp of the last Put

    // Live state, from the environment pool (not stored).
    int allocated = 0; // environments initialised and kept
    int available = 0; // of those, the ones that can take an invocation
    QString status = QStringLiteral("IN_PROGRESS"); // IN_PROGRESS, READY or FAILED
    QString statusReason;                          // FAILED: why

    bool operator==(const ProvisionedConcurrency &) const = default;

    // The stored fields, with AWS's names: Qualifier, RequestedProvisionedConcurrentExecutions, LastModified.
    QJsonObject toJson() const;
    static ProvisionedConcurrency fromJson(const QJsonObject &o);
};

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::ProvisionedConcurrency)
