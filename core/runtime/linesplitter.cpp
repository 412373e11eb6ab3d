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
        const qsizetype end = nl < 0 ? data.size() : nl;
        // Past maxLine the line goes out in pieces now: nothing here grows with the writer.
        while (m_tail.size() + (end - start) > m_maxLine) {
            const qsizetype take = m_maxLine - m_tail.size();
            m_tail.append(data.sliced(start, take));
            lines.append(std::exchange(m_tail, {}));
            start += take;
        }
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
    return lines;
}

QList<QByteArray> LineSplitter::flush()
{
    if (m_tail.isEmpty())
        return {};
    return {stripCr(std::exchange(m_tail, {}))};
}

} // namespace lambdesk
