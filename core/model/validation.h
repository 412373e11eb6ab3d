#pragma once

#include "error.h"
#include "functionconfig.h"

#include <QList>
#include <optional>

namespace lambdesk::validation {

// Limits as AWS documents them.
inline constexpr int kMinMemory = 128, kMaxMemory = 10240;
inline constexpr int kMinTimeout = 1, kMaxTimeout = 900, kDefaultTimeout = 3;
inline constexpr int kMinEphemeral = 512, kMaxEphemeral = 10240, kDefaultEphemeral = 512;
inline constexpr int kMaxEnvironmentBytes = 4096;
inline constexpr int kMaxNameLength = 64;
inline constexpr int kMaxHandlerLength = 128;
inline constexpr int kMaxDescriptionLength = 256;
inline constexpr int kMaxEventNameLength = 25;
inline constexpr int kMaxPrivateEvents = 10;

using Check = std::optional<Error>;

Check functionName(const QString &name);
Check runtimeId(const QString &runtime);
Check handler(const QString &runtime, const QString &handler);
Check memorySize(int mb);
Check timeout(int seconds);
Check ephemeralStorage(int mb);
Check description(const QString &text);
Check environmentKey(const QString &key);
// A value the process environment can carry: no NUL character (it would end the value early).
Check environmentValue(const QString &key, const QString &value);
Check environment(const QMap<QString, QString> &vars);
Check eventName(const QString &name);
// The local region shown in ARNs and given to handlers (AWS_REGION): AWS's form, e.g. us-east-1.
Check region(const QString &region);
// LoggingConfig as AWS checks it: LogFormat Text or JSON, the levels from their lists and only
// with JSON, LogGroup 1 to 512 of [.-_/#A-Za-z0-9].
Check logging(const LoggingConfig &c);
// DeadLetterConfig.TargetArn: empty, or a function or queue ARN (model/destination.h).
Check deadLetterTarget(const QString &arn);
inline constexpr int kMaxLogGroupLength = 512;

// UTF-8 bytes of every key and value, as AWS counts the 4 KB budget.
int environmentSize(const QMap<QString, QString> &vars);
bool isReservedEnvironmentKey(const QString &key);

// Every rule above; empty when the configuration is valid.
QList<Error> config(const FunctionConfig &c);

} // namespace lambdesk::validation
