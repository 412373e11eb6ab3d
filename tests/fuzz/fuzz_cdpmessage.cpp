// The Node.js inspector's answers (core/debug/cdpvalues): its /json/list and the remote objects
// of its messages, rendered for the debugger's panes. Outside bytes: the runtime's process (the
// function's code can reach the inspector's objects) writes them.

#include "debug/cdpvalues.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzsupport::bytes(data, size);
    const QString url = lambdesk::debug::cdp::webSocketUrl(input);
    FUZZ_CHECK(url.isEmpty() || url.startsWith(QLatin1String("ws://")));
    const QJsonObject object = QJsonDocument::fromJson(input).object();
    (void)lambdesk::debug::cdp::renderValue(object);
    (void)lambdesk::debug::cdp::typeName(object);
    const QString text = QString::fromUtf8(input);
    const QString path = lambdesk::debug::cdp::scriptPath(text);
    const QString rel = lambdesk::debug::cdp::relativeFile(path, QStringLiteral("/var/task"));
    FUZZ_CHECK(rel.isEmpty() || (!rel.startsWith(QLatin1Char('/')) && !rel.startsWith(QLatin1String("../"))));
    return 0;
}
