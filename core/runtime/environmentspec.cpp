#include "environmentspec.h"

namespace lambdesk {

QString EnvironmentSpec::functionArn() const
{
    return QStringLiteral("arn:aws:lambda:%1:%2:function:%3").arg(region, accountId, functionName);
}

} // namespace lambdesk
