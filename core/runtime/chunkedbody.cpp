#include "chunkedbody.h"

namespace lambdesk::runtimeapi {

namespace {
constexpr qsizetype kMaxLine = 16 * 1024; // a size line with extensions, or a trailer
constexpr int kMaxTrailers = 64;
} // namespace

void ChunkedBody::fail(const char *why)
{
    m_state = State::Failed;
    m_error = why;
}

QByteArray ChunkedBody::trailer(QByteArrayView name) const
{
    for (const auto &[key, value] : m_trailers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

qsizetype ChunkedBody::feed(QByteArrayView bytes, QByteArray &out)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n && m_state == State::Data) {
        if (m_step == Step::Data) {
            const qsizetype take = qsizetype(std::min<qint64>(m_left, n - i));
            out.append(bytes.sliced(i, take));
            i += take;
            m_left -= take;
            if (m_left == 0)
                m_step = Step::DataEnd;
            continue;
        }
        // A line: the size, the CRLF after a chunk's data, or a trailer.
        const qsizetype lf = bytes.indexOf('\n', i);
        const qsizetype end = lf < 0 ? n : lf;
        m_line.append(bytes.sliced(i, end - i));
        i = lf < 0 ? n : lf + 1;
        if (m_line.size() > kMaxLine) {
            fail("chunked body: a line is too long");
            break;
        }
        if (lf < 0)
            break; // the line goes on in the next bytes
        QByteArray line = std::move(m_line);
        m_line = QByteArray();
        if (line.endsWith('\r'))
            line.chop(1);
        switch (m_step) {
        case Step::DataEnd:
            if (!line.isEmpty())
                fail("chunked body: a chunk's data is longer than its size");
            m_step = Step::Size;
            break;
        case Step::Size: {
            const qsizetype semi = line.indexOf(';'); // chunk extensions are ignored
            const QByteArray hex = (semi < 0 ? line : line.first(semi)).trimmed();
            bool ok = false;
            const qint64 size = hex.size() <= 15 ? hex.toLongLong(&ok, 16) : -1;
            if (!ok || size < 0 || hex.startsWith('+') || hex.startsWith('-')) {
                fail("chunked body: malformed chunk size");
                break;
            }
            if (size == 0) {
                m_step = Step::Trailer;
            } else {
                m_left = size;
                m_step = Step::Data;
            }
            break;
        }
        case Step::Trailer: {
            if (line.isEmpty()) {
                m_state = State::Done;
                break;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || int(m_trailers.size()) >= kMaxTrailers) {
                fail("chunked body: malformed trailer");
                break;
            }
            m_trailers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
            break;
        }
        case Step::Data: break;
        }
    }
    return i;
}

} // namespace lambdesk::runtimeapi
