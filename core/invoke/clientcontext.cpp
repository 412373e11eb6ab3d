#include "clientcontext.h"

#include <nlohmann/json.hpp>

namespace lambdesk::clientcontext {

Result<QByteArray> normalize(const QByteArray &json)
{
    const qsizetype base64 = 4 * ((json.size() + 2) / 3);
    if (base64 > kMaxBase64Bytes)
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("ClientContext must be at most %1 bytes in Base64 (X-Amz-Client-Context); "
                                    "got %2")
                         .arg(kMaxBase64Bytes)
                         .arg(base64),
                     QStringLiteral("ClientContext")};
    const nlohmann::json value = nlohmann::json::parse(json.cbegin(), json.cend(), nullptr, false);
    if (value.is_discarded() || !value.is_object())
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("ClientContext must be a Base64-encoded JSON object (X-Amz-Client-Context)"),
                     QStringLiteral("ClientContext")};
    // Compact and ASCII-only: no byte of it can end the header line it travels in.
    return QByteArray::fromStdString(value.dump(-1, ' ', true));
}

} // namespace lambdesk::clientcontext
