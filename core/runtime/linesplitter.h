#pragma once

#include <QByteArray>
#include <QList>

namespace lambdesk {

// Splits a byte stream into lines, keeping the unfinished tail for the next chunk.
// Lines longer than maxLine are cut (AWS cuts log events at 256 KB).
class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLine = 256 * 1024) : m_maxLine(maxLine) {}

    // Appends data and returns the complete lines it finished (without the newline; a
    // trailing \r is dropped too).
    QList<QByteArray> feed(QByteArrayView data);
    // The unfinished tail as a last line (at end of stream), or nothing.
    QList<QByteArray> flush();
    bool hasPending() const { return !m_tail.isEmpty(); }

private:
    QByteArray m_tail;
    qsizetype m_maxLine;
};

} // namespace lambdesk
