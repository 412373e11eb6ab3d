// libFuzzer target for CloudWatch Logs filter patterns (logs::FilterPattern): the pattern comes
// from a FilterLogEvents request or `lambdesk logs --filter`, the message from a function's
// output. Input: PATTERN \0 MESSAGE. Beyond not crashing: a message that matches contains one
// of each group of candidates (what narrows the SQL scan never drops a match).
#include "fuzzsupport.h"
#include "logs/filterpattern.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [pattern, message] = fuzzsupport::cut(fuzzsupport::bytes(data, size), QByteArrayView("\0", 1));
    const auto p = lambdesk::logs::FilterPattern::parse(QString::fromUtf8(pattern));
    if (!p) {
        FUZZ_CHECK(!p.error().message.isEmpty() && p.error().field == QLatin1StringView("filterPattern"));
        return 0;
    }
    const QString text = QString::fromUtf8(message);
    if (!p->matches(text))
        return 0;
    for (const QStringList &alternatives : p->candidates()) {
        bool any = false;
        for (const QString &a : alternatives)
            any = any || text.contains(a);
        FUZZ_CHECK(any);
    }
    return 0;
}
