// Lambda API request bodies (core/api/requestbody): the JSON of CreateFunction,
// UpdateFunctionConfiguration and UpdateFunctionCode, as any local client may send it.
// The first byte picks the operation; the rest is the body.

#include "api/requestbody.h"
#include "fuzzsupport.h"

using namespace lambdesk::api;

namespace {

template<typename T>
void checkRefusal(const ApiResult<T> &r)
{
    if (r)
        return;
    // AWS's error shape: a status, a type and a message that says what is wrong.
    FUZZ_CHECK(r.error().status >= 400 && r.error().status < 600);
    FUZZ_CHECK(!r.error().type.isEmpty());
    FUZZ_CHECK(!r.error().message.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = fuzzsupport::bytes(data + 1, size - 1);
    const FunctionRef function{QStringLiteral("fuzzed"), {}};
    switch (data[0] % 3) {
    case 0: checkRefusal(requestbody::createFunction(body)); break;
    case 1: checkRefusal(requestbody::updateConfiguration(function, body)); break;
    case 2: {
        const auto r = requestbody::updateCode(function, body);
        checkRefusal(r);
        if (r)
            FUZZ_CHECK(r->function == function);
        break;
    }
    }
    return 0;
}
