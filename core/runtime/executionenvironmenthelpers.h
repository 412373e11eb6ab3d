// Private to core/runtime: helpers shared by executionenvironment.cpp and executionenvironmentstream.cpp.
#pragma once

#include "runtimeapi.h"

#include <QByteArray>
#include <QString>

namespace lambdesk::executionenvironmentdetail {

runtimeapi::Reply environmentGone();

QByteArray errorDocument(const QString &errorType, const QString &message);

} // namespace lambdesk::executionenvironmentdetail
