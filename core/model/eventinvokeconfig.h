#pragma once

#include "error.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class QJsonObject;

namespace lambdesk {

// A function's asynchronous invocation configuration for one qualifier ($LATEST, a version or
// an alias), as AWS's FunctionEventInvokeConfig names it. Unset limits mean AWS's defaults
// (2 retries, 6 hours); an empty destination means none.
struct EventInvokeConfig
{
    static constexpr int kMinRetries = 0, kMaxRetries = 2, kDefaultRetries = 2;
    static constexpr int kMinEventAge = 60, kMaxEventAge = 21600, kDefaultEventAge = 21600;

    QString qualifier = QStringLiteral("$LATEST");
    std::optional<int> maximumRetryAttempts;
    std::optional<int> maximumEventAgeInSeconds;
    QString onSuccess; // DestinationConfig.OnSuccess.Destination
    QString onFailure; // DestinationConfig.OnFailure.Destination
    qint64 lastModifiedMs = 0; // epoch ms (the API answers epoch seconds)

    bool operator==(const EventInvokeConfig &) const = default;

    int retries() const { return maximumRetryAttempts.value_or(kDefaultRetries); }
    int maxEventAgeSeconds() const { return maximumEventAgeInSeconds.value_or(kDefaultEventAge); }

    // Storage form (the workspace's event-invoke-config.json): AWS's field names.
    QJsonObject toJson() const;
    static EventInvokeConfig fromJson(const QJsonObject &o);
};

// What a Put or an Update asks for: the fields the request names. Put replaces the whole
// configuration with these; Update changes only these. An empty destination removes it.
struct EventInvokeConfigPatch
{
    std::optional<int> maximumRetryAttempts;
    std::optional<int> maximumEventAgeInSeconds;
    std::optional<QString> onSuccess;
    std::optional<QString> onFailure;

    EventInvokeConfig appliedTo(EventInvokeConfig config) const;
};

namespace validation {
// MaximumRetryAttempts 0 to 2 and MaximumEventAgeInSeconds 60 to 21600, as AWS checks them.
std::optional<Error> eventInvokeLimits(const EventInvokeConfigPatch &patch);
} // namespace validation

// "6 h", "1 h 30 min", "90 s": a maximum event age as the console and the CLI show it.
QString formatEventAge(int seconds);

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::EventInvokeConfig)
