// A chunked body (runtime/chunkedbody): the streamed /response of the Runtime API, written by the
// runtime inside the environment, i.e. by the function's own code. Fed whole and fed in two
// parts cut at a point the input chooses, it must decode the same, and never use more bytes
// than it was given.

#include "fuzzsupport.h"
#include "runtime/chunkedbody.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using lambdesk::runtimeapi::ChunkedBody;
    const QByteArray input = fuzzsupport::bytes(data, size);
    const qsizetype cutAt = input.isEmpty() ? 0 : qsizetype(uint8_t(input.front())) % (input.size() + 1);

    ChunkedBody whole;
    QByteArray wholeOut;
    const qsizetype used = whole.feed(input, wholeOut);
    FUZZ_CHECK(used >= 0 && used <= input.size());
    FUZZ_CHECK(used == input.size() || whole.done() || whole.failed());
    FUZZ_CHECK(!whole.failed() || !whole.error().isEmpty());

    ChunkedBody parts;
    QByteArray partsOut;
    qsizetype partsUsed = parts.feed(QByteArrayView(input).first(cutAt), partsOut);
    FUZZ_CHECK(partsUsed >= 0 && partsUsed <= cutAt);
    if (!parts.done() && !parts.failed())
        partsUsed += parts.feed(QByteArrayView(input).sliced(cutAt), partsOut);
    FUZZ_CHECK(parts.state() == whole.state());
    if (!whole.failed()) {
        FUZZ_CHECK(partsOut == wholeOut);
        FUZZ_CHECK(partsUsed == used);
        FUZZ_CHECK(parts.trailers() == whole.trailers());
    }
    FUZZ_CHECK(wholeOut.size() <= input.size());
    return 0;
}
