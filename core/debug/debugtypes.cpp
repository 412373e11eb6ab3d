#include "debugtypes.h"

namespace lambdesk::debug {

QString stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::Breakpoint: return QStringLiteral("breakpoint");
    case StopReason::Step: return QStringLiteral("step");
    case StopReason::Exception: return QStringLiteral("exception");
    case StopReason::Entry: return QStringLiteral("entry");
    case StopReason::Pause: return QStringLiteral("pause");
    case StopReason::Other: break;
    }
    return QStringLiteral("other");
}

} // namespace lambdesk::debug
