#pragma once

#include "sigv4.h"

namespace lambdesk {
class Settings;
}

// The local credentials a "require signature" API checks: generated once per user, kept in the
// settings file (readable by the owner only) and shown so that clients can be configured.
namespace lambdesk::api::credentials {

// AKIA + 16 characters of A-Z2-7, and a 40-character secret, from the system's random source.
sigv4::Credentials generate();
// The stored credentials, generating and storing them the first time.
sigv4::Credentials ensure(Settings &settings);
// A ready ~/.aws/config profile for the AWS CLI and the SDKs.
QString awsConfigProfile(const sigv4::Credentials &credentials, const QString &endpoint, const QString &region,
                         const QString &profile = QStringLiteral("lambdesk"));

} // namespace lambdesk::api::credentials
