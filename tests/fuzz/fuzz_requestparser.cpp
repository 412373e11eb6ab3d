// Lambda API routing (core/api/requestparser): method, path, query, headers and body of any
// request a local client sends, to a typed operation or AWS's error. Input: fuzzrequest.h.

#include "api/requestparser.h"
#include "fuzzrequest.h"

using namespace lambdesk::api;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const HttpRequest request = fuzzsupport::request(fuzzsupport::bytes(data, size));
    const ApiResult<Operation> op = parseRequest(request);
    if (!op) {
        FUZZ_CHECK(op.error().status >= 400 && op.error().status < 600);
        FUZZ_CHECK(!op.error().type.isEmpty());
        FUZZ_CHECK(!op.error().message.isEmpty());
    }
    // The other pure helpers the server calls on the same raw text.
    pathSegments(request.path);
    queryItems(request.query);
    if (const auto marker = decodeMarker(QString::fromUtf8(request.query)); marker)
        FUZZ_CHECK(decodeMarker(encodeMarker(*marker)).value() == *marker);
    return 0;
}
