#include "logtail.h"

namespace lambdesk {

void LogTail::append(const LogLine &line)
{
    m_lines.append(line);
    m_chars += line.text.size();
    trim();
}

void LogTail::append(const QList<LogLine> &lines)
{
    m_lines.append(lines);
    for (const LogLine &l : lines)
        m_chars += l.text.size();
    trim();
}

void LogTail::trim()
{
    qsizetype drop = 0;
    while (drop < m_lines.size() - 1 && (m_lines.size() - drop > m_maxLines || m_chars > m_maxChars)) {
        m_chars -= m_lines.at(drop).text.size();
        m_leftOutChars += m_lines.at(drop).text.size();
        ++drop;
    }
    if (drop > 0) {
        m_lines.remove(0, drop); // Qt 6 moves the list's start: no copy of what stays
        m_leftOutLines += drop;
    }
}

QList<LogLine> LogTail::take()
{
    QList<LogLine> out = std::exchange(m_lines, {});
    if (m_leftOutLines > 0 && !out.isEmpty()) {
        const LogLine &first = out.constFirst();
        out.prepend(LogLine{first.timeMs, first.requestId,
                            QStringLiteral("Lambdesk: %1 earlier lines (%2 characters) of this invocation are left out "
                                           "of this result (see the function's log)")
                                .arg(m_leftOutLines)
                                .arg(m_leftOutChars),
                            true});
    }
    m_chars = 0;
    m_leftOutLines = 0;
    m_leftOutChars = 0;
    return out;
}

} // namespace lambdesk
