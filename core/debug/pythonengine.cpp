#include "debugengine.h"

namespace lambdesk::debug {

Result<QString> pythonEngineDir(const RuntimeInfo &python)
{
    Q_UNUSED(python);
    return Error{Error::Kind::Unavailable,
                 QStringLiteral("Debugging Python functions needs debugpy: install Debian's python3-debugpy "
                                "(apt-get install python3-debugpy)"),
                 {}};
}

} // namespace lambdesk::debug
