#include "loglevel.h"

#include <QPalette>

namespace lambdesk::loglevel {

namespace {
Level named(QStringView name)
{
    if (name == u"ERROR" || name == u"FATAL" || name == u"CRITICAL")
        return Level::Error;
    if (name == u"WARN" || name == u"WARNING")
        return Level::Warn;
    if (name == u"INFO")
        return Level::Info;
    if (name == u"DEBUG" || name == u"TRACE")
        return Level::Debug;
    return Level::None;
}
} // namespace

Level of(const QString &text, bool platform)
{
    if (platform) {
        if (text.contains(QLatin1String("Task timed out")) || text.contains(QLatin1String("Status: error"))
            || text.contains(QLatin1String("Status: timeout")) || text.contains(QLatin1String(" Error: ")))
            return Level::Error;
        return Level::None;
    }
    // Python's text format: "[ERROR]\t2024-01-01T00:00:00.000Z\t<id>\tmessage" (or "[ERROR] Type: msg").
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close > 1 && close < 12)
            if (const Level l = named(QStringView(text).mid(1, close - 1)); l != Level::None)
                return l;
    }
    // Node's: "2024-01-01T00:00:00.000Z\t<id>\tERROR\tmessage".
    const qsizetype first = text.indexOf(u'\t');
    if (first > 0) {
        const qsizetype second = text.indexOf(u'\t', first + 1);
        const qsizetype third = second > 0 ? text.indexOf(u'\t', second + 1) : -1;
        if (third > second)
            if (const Level l = named(QStringView(text).mid(second + 1, third - second - 1)); l != Level::None)
                return l;
    }
    if (text.startsWith(QLatin1String("LAMBDA_WARNING")))
        return Level::Warn;
    if (text.startsWith(QLatin1String("Traceback (most recent call last):")))
        return Level::Error;
    return Level::None;
}

bool isContinuation(const QString &text)
{
    return text.startsWith(QLatin1String("  ")) || text.startsWith(u'\t')
        || text.startsWith(QLatin1String("Traceback (most recent call last):"));
}

QColor color(Level level, bool platform, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (level) {
    case Level::Error: return dark ? QColor(0xff, 0x7b, 0x6b) : QColor(0xc0, 0x28, 0x0c);
    case Level::Warn: return dark ? QColor(0xf2, 0xc0, 0x5c) : QColor(0x9a, 0x5b, 0x00);
    case Level::Debug: return palette.color(QPalette::PlaceholderText);
    case Level::Info:
    case Level::None: break;
    }
    if (platform)
        return dark ? QColor(0x8a, 0xb4, 0xe8) : QColor(0x3f, 0x62, 0x8f);
    return {};
}

} // namespace lambdesk::loglevel
