#include "linesplitter.h"

namespace lambdesk {

static QByteArray stripCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QList<QByteArray> LineSplitter::feed(QByteArrayView data)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype nl = data.indexOf('\n', start);
        if (nl < 0) {
            m_tail.append(data.sliced(start));
            break;
        }
        if (m_tail.isEmpty()) {
            lines.append(stripCr(data.sliced(start, nl - start).toByteArray()));
        } else {
            m_tail.append(data.sliced(start, nl - start));
            lines.append(stripCr(std::exchange(m_tail, {})));
        }
        start = nl + 1;
    }
    while (m_tail.size() > m_maxLine) {
        lines.append(m_tail.left(m_maxLine));
        m_tail.remove(0, m_maxLine);
    }
    for (QByteArray &line : lines) {
        if (line.size() > m_maxLine)
            line.truncate(m_maxLine);
    }
    return lines;
}

QList<QByteArray> LineSplitter::flush()
{
    if (m_tail.isEmpty())
        return {};
    return {stripCr(std::exchange(m_tail, {}))};
}

} // namespace lambdesk
