#include "invocationresult.h"

namespace lambdesk {

QByteArray InvocationResult::logText(qsizetype maxBytes) const
{
    QByteArray out;
    for (const LogLine &line : logs) {
        out += line.text.toUtf8();
        out += '\n';
    }
    if (maxBytes >= 0 && out.size() > maxBytes)
        out = out.right(maxBytes);
    return out;
}

} // namespace lambdesk
