// Event JSON (core/model/jsoncheck): the check every invocation payload goes through (Lambda
// API, CLI, console) and the Format button, which also renders function responses.

#include "fuzzsupport.h"
#include "model/jsoncheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzzsupport::bytes(data, size);
    const auto error = lambdesk::json::check(text);
    const QByteArray formatted = lambdesk::json::format(text);
    if (error) {
        FUZZ_CHECK(error->offset >= 0 && error->offset <= text.size());
        FUZZ_CHECK(error->line >= 1 && error->column >= 1);
        FUZZ_CHECK(!error->message.isEmpty());
        FUZZ_CHECK(formatted == text); // invalid text is left as it is
    } else if (formatted != text) {
        FUZZ_CHECK(!lambdesk::json::check(formatted)); // formatting keeps it valid
        FUZZ_CHECK(lambdesk::json::format(formatted) == formatted);
    }
    return 0;
}
