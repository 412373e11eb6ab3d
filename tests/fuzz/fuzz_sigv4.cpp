// SigV4 (core/api/sigv4): the Authorization header and the canonical request built from a
// request exactly as received, under `serve --require-signature`. Input: fuzzrequest.h.
//
// Besides not crashing: a request Lambdesk signs itself (as the SDKs do) always verifies, and
// the fuzzed one verifies only if it carries that very signature.

#include "api/sigv4.h"
#include "fuzzrequest.h"

using namespace lambdesk::api;

namespace {

const sigv4::Credentials kCredentials{QStringLiteral("AKIDLAMBDESKFUZZ"), QStringLiteral("fuzz/secret+key")};
const QDateTime kNow(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);

bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpRequest request = fuzzsupport::request(fuzzsupport::bytes(data, size));

    const QByteArray authorization = request.header("Authorization");
    if (const auto auth = sigv4::parseAuthorization(authorization)) {
        FUZZ_CHECK(!auth->signature.isEmpty());
        FUZZ_CHECK(auth->date.size() == 8);
        const QByteArray canonical = sigv4::canonicalRequest(request, auth->signedHeaders,
                                                             sigv4::payloadHash(request.body));
        FUZZ_CHECK(canonical.startsWith(QByteArray(request.method.toUpper() + '\n')));
    } else {
        FUZZ_CHECK(auth.error().status == 400 && !auth.error().message.isEmpty());
    }
    sigv4::canonicalQuery(request.query);
    const QByteArray uri = sigv4::canonicalUri(request.path);
    if (request.path.isEmpty())
        FUZZ_CHECK(uri == "/");
    if (const auto refused = sigv4::verify(request, kCredentials, kNow)) {
        FUZZ_CHECK(refused->status == 400 || refused->status == 403);
        FUZZ_CHECK(!refused->message.isEmpty());
    }

    // Signed here, with well-formed header names, it must verify.
    HttpRequest clean = request;
    clean.headers.clear();
    bool hasHost = false;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (!isToken(name) || lower == "authorization" || lower == "x-amz-date" || lower == "x-amz-content-sha256")
            continue;
        hasHost = hasHost || lower == "host";
        clean.headers.append({name, value});
    }
    if (!hasHost)
        clean.headers.append({QByteArrayLiteral("Host"), QByteArrayLiteral("127.0.0.1:9001")});
    sigv4::sign(clean, kCredentials, QStringLiteral("us-east-1"), QStringLiteral("lambda"), kNow);
    const auto verdict = sigv4::verify(clean, kCredentials, kNow);
    if (verdict)
        std::fprintf(stderr, "refused: %s\n", qPrintable(verdict->message));
    FUZZ_CHECK(!verdict);
    return 0;
}
