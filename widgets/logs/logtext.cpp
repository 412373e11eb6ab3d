#include "logtext.h"

namespace lambdesk::logtext {

namespace {
constexpr int kTabStop = 8;
const QString kFieldGap = QStringLiteral("   ");
} // namespace

QString display(const QString &text, bool platform)
{
    if (!text.contains(u'\t') && !text.contains(u'\r'))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    qsizetype column = 0;
    for (const QChar c : text) {
        if (c == u'\r' || c == u'\n') {
            out += u'\n';
            column = 0;
        } else if (c == u'\t') {
            const QString gap = platform ? kFieldGap : QString(kTabStop - column % kTabStop, u' ');
            out += gap;
            column += gap.size();
        } else {
            out += c;
            ++column;
        }
    }
    return out;
}

QString tooltip(const QString &text, bool platform)
{
    QString whole = platform ? QString(text).replace(u'\t', u'\n').trimmed() : display(text, false);
    return QStringLiteral("<p style='white-space:pre-wrap'>") + whole.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace lambdesk::logtext
