#pragma once

#include "invoke/invocationresult.h"

#include <QList>

namespace lambdesk {

// The lines an invocation's result carries (the results panel, the CLI): all of them up to a
// bound, then the newest ones — the log keeps the rest, and AWS's LogResult carries only the
// last 4 KB. However long an invocation prints, what it holds here stays bounded.
class LogTail
{
public:
    explicit LogTail(qsizetype maxLines = 50000, qsizetype maxChars = 4 * 1024 * 1024)
        : m_maxLines(maxLines), m_maxChars(maxChars)
    {}

    void append(const LogLine &line);
    void append(const QList<LogLine> &lines);
    // The lines kept, after a first line saying how many earlier ones were left out (if any).
    QList<LogLine> take();
    qsizetype size() const { return m_lines.size(); }

private:
    void trim();

    QList<LogLine> m_lines;
    qsizetype m_chars = 0;
    qsizetype m_maxLines;
    qsizetype m_maxChars;
    qint64 m_leftOutLines = 0;
    qint64 m_leftOutChars = 0;
};

} // namespace lambdesk
