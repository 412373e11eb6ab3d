// Private to widgets/config: what the function URL form and its dialog share.
#pragma once

#include <QString>

namespace lambdesk::functionurlhelpers {

extern const QString kLatest;

// The backend's qualifier for the unqualified URL is empty; the console says $LATEST.
QString backendQualifier(const QString &shown);

} // namespace lambdesk::functionurlhelpers
