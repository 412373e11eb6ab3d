// function.json (core/model/functionconfig + validation): what the workspace reads back from
// disk, where a hand edit or a crash may have left anything.

#include "fuzzsupport.h"
#include "model/functionconfig.h"
#include "model/validation.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzzsupport::bytes(data, size), &pe);
    if (!doc.isObject())
        return 0;
    const lambdesk::FunctionConfig config = lambdesk::FunctionConfig::fromJson(doc.object());
    const QList<lambdesk::Error> problems = lambdesk::validation::config(config);
    for (const lambdesk::Error &e : problems)
        FUZZ_CHECK(!e.message.isEmpty()); // a user is told what is wrong
    // What is written back reads the same (the workspace rewrites function.json on every update).
    // Compared from the first rewrite on: text Qt cannot carry (a lone UTF-16 surrogate from a
    // "\ud800" escape) is replaced once, and must then stay as it is.
    const auto rewrite = [](const lambdesk::FunctionConfig &c) {
        const QByteArray written = QJsonDocument(c.toJson()).toJson();
        return lambdesk::FunctionConfig::fromJson(QJsonDocument::fromJson(written).object());
    };
    const lambdesk::FunctionConfig once = rewrite(config);
    FUZZ_CHECK(rewrite(once) == once);
    FUZZ_CHECK(once.memorySize == config.memorySize && once.timeout == config.timeout
               && once.ephemeralStorage == config.ephemeralStorage && once.codeSize == config.codeSize);
    return 0;
}
