// libFuzzer target for the HTTP request head parser (api::parseHead): outside bytes straight
// from a socket. Checks what must hold for every input, beyond not crashing.
#include "api/httphead.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace lambdesk::api;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    HeadLimits limits;
    limits.maxHeadBytes = 4096; // small enough for the fuzzer to reach it
    limits.maxHeaders = 16;
    const HeadParse p = parseHead(bytes, limits);
    switch (p.state) {
    case HeadParse::State::Complete:
        if (p.size <= 0 || p.size > bytes.size() || p.head.headers.size() > limits.maxHeaders
            || p.head.contentLength < 0 || !p.head.path.startsWith('/'))
            std::abort();
        // Answers to it render without trouble.
        (void)renderReply(HttpReply{200, p.head.headers, p.head.query}, !p.head.keepAlive);
        break;
    case HeadParse::State::Failed:
        if (p.error.status < 400 || p.error.status > 599 || p.error.message.isEmpty())
            std::abort();
        break;
    case HeadParse::State::Incomplete:
        if (bytes.size() > limits.maxHeadBytes + limits.maxHeadBytes) // leading blank lines are bounded too
            std::abort();
        break;
    }
    return 0;
}
