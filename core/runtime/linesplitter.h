#pragma once

#include <QByteArray>
#include <QList>

namespace lambdesk {

// Splits a byte stream into lines, keeping the unfinished tail for the next chunk.
// A line longer than maxLine is cut into pieces of maxLine bytes as it arrives (AWS cuts log
// events at 256 KB), so the tail kept here never grows past maxLine whatever the writer does.
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
    qsizetype maxLine() const { return m_maxLine; }

private:
    QByteArray m_tail;
    qsizetype m_maxLine;
};

} // namespace lambdesk
