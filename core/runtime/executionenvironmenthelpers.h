// Private to core/runtime: helpers shared by executionenvironment.cpp and executionenvironmentstream.cpp.
#pragma once

#include "runtimeapi.h"

#include <QByteArray>
#include <QString>

namespace lambdesk::executionenvironmentdetail {

inline constexpr int kInitTimeoutMs = 10000; // Lambda's limit on the init phase

runtimeapi::Reply environmentGone();

QByteArray errorDocument(const QString &errorType, const QString &message);

} // namespace lambdesk::executionenvironmentdetail
