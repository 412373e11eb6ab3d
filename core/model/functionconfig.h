#pragma once

#include "loggingconfig.h"

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QJsonObject;

namespace lambdesk {

// The configuration of one function, as AWS names it. A plain value: validation lives in
// validation.h, storage in store/workspace.h.
struct FunctionConfig
{
    QString name;
    QString runtime;
    QString handler;
    QString description;
    QString role;               // IAM role ARN as given (kept and shown; nothing checks it locally)
    int memorySize = 128;       // MB
    int timeout = 3;            // seconds
    int ephemeralStorage = 512; // MB
    QMap<QString, QString> environment;
    LoggingConfig logging;
    // DeadLetterConfig.TargetArn: where an Event invocation's event goes when it is given up
    // (a function or a local queue, model/destination.h); empty: none. Not seen by the code.
    QString deadLetterTarget;
    // Layers: layer version ARNs (arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION) in order, at
    // most 5; merged into /opt, later ones over earlier ones. function.json key "Layers".
    QStringList layers;
    // Lambdesk's "no network" switch (function.json "NoNetwork", not in AWS's API): in the
    // sandbox the function's environments get a network namespace with only loopback.
    bool noNetwork = false;
    QString lastModified; // AWS format: 2026-11-22T10:04:05.123+0000
    QString codeSha256;   // base64 of a SHA-256 over the code tree
    qint64 codeSize = 0;  // bytes
    // Why the function cannot run (AWS: State Failed, StateReasonCode InvalidConfiguration):
    // its function.json is unreadable or breaks a rule of validation.h, e.g. "function.json:
    // Timeout must be ... from 1 to 900; got -1". Empty for a usable function. The other fields
    // hold what could be read. Never written to disk.
    QString brokenReason;

    bool isBroken() const { return !brokenReason.isEmpty(); }

    bool operator==(const FunctionConfig &) const = default;

    // Fields whose change makes warm environments stale (everything the process sees).
    bool sameExecutionSettings(const FunctionConfig &o) const
    {
        return runtime == o.runtime && handler == o.handler && memorySize == o.memorySize && timeout == o.timeout
            && ephemeralStorage == o.ephemeralStorage && environment == o.environment && codeSha256 == o.codeSha256
            && logging == o.logging && layers == o.layers && noNetwork == o.noNetwork;
    }

    // Changes whenever the configuration or the code does (AWS's RevisionId precondition): a
    // name-based UUID over everything that defines the function, so nothing is stored.
    QString revisionId() const;

    QJsonObject toJson() const;
    // Reads what toJson wrote; unknown keys are ignored, missing ones (and null) keep their
    // defaults. A value of the wrong type keeps the default too, and when `problems` is given
    // it gets one message per such field, naming it ("Timeout must be a whole number; got the
    // text "30""), so that a hand edit is never taken for a default without a word.
    static FunctionConfig fromJson(const QJsonObject &o, QStringList *problems = nullptr);
};

// AWS's timestamp format for LastModified, for "now".
QString awsTimestampNow();

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::FunctionConfig)
