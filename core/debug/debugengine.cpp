#include "debugengine.h"

#include "cdpengine.h"
#include "dapengine.h"

namespace lambdesk::debug {

std::unique_ptr<DebugEngine> makeEngine(RuntimeFamily family, QObject *parent)
{
    switch (family) {
    case RuntimeFamily::Python: return std::make_unique<DapEngine>(parent);
    case RuntimeFamily::Node: return std::make_unique<CdpEngine>(parent);
    case RuntimeFamily::Provided:
    case RuntimeFamily::Unknown: break;
    }
    return nullptr;
}

} // namespace lambdesk::debug
