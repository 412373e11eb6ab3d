#include "debugengine.h"

#if __has_include("dapengine.h")
#include "dapengine.h"
#define LAMBDESK_HAS_DAP_ENGINE 1
#endif
#if __has_include("cdpengine.h")
#include "cdpengine.h"
#define LAMBDESK_HAS_CDP_ENGINE 1
#endif

namespace lambdesk::debug {

std::unique_ptr<DebugEngine> makeEngine(RuntimeFamily family, QObject *parent)
{
    switch (family) {
    case RuntimeFamily::Python:
#ifdef LAMBDESK_HAS_DAP_ENGINE
        return std::make_unique<DapEngine>(parent);
#else
        break;
#endif
    case RuntimeFamily::Node:
#ifdef LAMBDESK_HAS_CDP_ENGINE
        return std::make_unique<CdpEngine>(parent);
#else
        break;
#endif
    case RuntimeFamily::Provided:
    case RuntimeFamily::Unknown: break;
    }
    Q_UNUSED(parent);
    return nullptr;
}

} // namespace lambdesk::debug
