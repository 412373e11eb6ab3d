// libFuzzer target for the Debug Adapter Protocol's framing (dap::takeMessage): bytes from the
// runtime's debugpy, or through the proxy from an outside IDE. Checks what must hold for every
// input, beyond not crashing: a message is never longer than the limit, what is taken is gone
// from the buffer, an error leaves the buffer as it was, and the pieces do not matter.
#include "debug/dapmessage.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace lambdesk;
    const QByteArray input = fuzzsupport::bytes(data, size);
    dap::Limits limits;
    limits.maxHeaderBytes = 512; // small enough for the fuzzer to reach them
    limits.maxBodyBytes = 4096;

    // All at once.
    QByteArray buffer = input;
    QList<QByteArray> whole;
    bool invalid = false;
    while (true) {
        const QByteArray before = buffer;
        const dap::Taken t = dap::takeMessage(buffer, limits);
        if (t.status == dap::Taken::NeedMore) {
            FUZZ_CHECK(buffer == before);
            FUZZ_CHECK(buffer.indexOf("\r\n\r\n") >= 0 || buffer.size() <= limits.maxHeaderBytes);
            break;
        }
        if (t.status == dap::Taken::Invalid) {
            FUZZ_CHECK(buffer == before);
            FUZZ_CHECK(!t.error.isEmpty());
            invalid = true;
            break;
        }
        FUZZ_CHECK(t.body.size() <= limits.maxBodyBytes);
        FUZZ_CHECK(buffer.size() < before.size());
        FUZZ_CHECK(before.endsWith(buffer));
        whole.append(t.body);
        (void)dap::parse(t.body);
    }

    // In pieces of 7 bytes: the same messages up to the same point.
    QByteArray piece;
    QList<QByteArray> pieces;
    bool pieceInvalid = false;
    for (qsizetype at = 0; at < input.size() && !pieceInvalid; at += 7) {
        piece.append(input.mid(at, 7));
        while (true) {
            const dap::Taken t = dap::takeMessage(piece, limits);
            if (t.status == dap::Taken::NeedMore)
                break;
            if (t.status == dap::Taken::Invalid) {
                pieceInvalid = true;
                break;
            }
            pieces.append(t.body);
        }
    }
    FUZZ_CHECK(pieces.size() <= whole.size());
    for (qsizetype i = 0; i < pieces.size(); ++i)
        FUZZ_CHECK(pieces.at(i) == whole.at(i));
    if (!invalid)
        FUZZ_CHECK(pieces == whole && !pieceInvalid);
    return 0;
}
