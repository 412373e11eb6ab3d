// SAM templates (io/samtemplate): a template.yaml from a project someone hands over, with
// intrinsics, conditions and Globals. Any text gives a project or an error naming where; never
// a crash, an endless expansion or a function without a name.

#include "fuzzsupport.h"
#include "io/samtemplate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace lambdesk;
    const QByteArray text = fuzzsupport::bytes(data, size);
    const auto project = samtemplate::parseText(text, QStringLiteral("/nonexistent/fuzz/template.yaml"));
    if (project) {
        for (const sam::Function &f : project->functions)
            FUZZ_CHECK(!f.logicalId.isEmpty() && !f.config.name.isEmpty());
        for (const sam::Unsupported &u : project->unsupported)
            FUZZ_CHECK(!u.why.isEmpty());
    } else {
        FUZZ_CHECK(!project.error().message.isEmpty());
    }
    return 0;
}
