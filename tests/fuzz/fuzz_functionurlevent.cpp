// Function URLs (api/functionurlevent): the request a browser or curl sends becomes the payload
// 2.0 event, and whatever the handler returns becomes the HTTP answer. Both come from outside
// (a client; a function's code). The event is always valid JSON, and every answer has a status
// a client can read.

#include "api/functionurlevent.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace lambdesk::api;
    const QByteArray input = fuzzsupport::bytes(data, size);
    // method \n path \n query \n header lines (name: value) \n\n body
    const auto [head, body] = fuzzsupport::cut(input, "\n\n");
    const QList<QByteArray> lines = head.split('\n');
    HttpRequest request;
    request.method = lines.value(0);
    request.path = lines.value(1);
    request.query = lines.value(2);
    for (qsizetype i = 3; i < lines.size(); ++i) {
        const auto [name, value] = fuzzsupport::cut(lines[i], ": ");
        request.headers.append({name, value});
    }
    request.body = body;

    urlevent::Context context;
    context.urlId = QStringLiteral("abcdefghijklmnopqrstuvwxyz012345");
    context.rawPath = request.path;
    context.requestId = QStringLiteral("c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
    context.sourceIp = QStringLiteral("127.0.0.1");
    context.port = 9001;
    context.timeEpochMs = 1583348638390;
    const QByteArray event = urlevent::event(request, context);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(event, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && doc.isObject());

    // The same bytes as a handler's answer.
    const HttpReply reply = urlevent::reply(input);
    FUZZ_CHECK(reply.status >= 100 && reply.status <= 599);
    for (const auto &[name, value] : reply.headers) {
        FUZZ_CHECK(!name.isEmpty());
        FUZZ_CHECK(!name.contains('\n') && !name.contains('\r') && !value.contains('\n') && !value.contains('\r'));
    }
    return 0;
}
