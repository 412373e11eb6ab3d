#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace lambdesk::runtimeapi {

// An incremental reader of a chunked HTTP/1.1 body (RFC 9112 §7.1), for the streamed /response
// of the Runtime API: feed() takes bytes as they arrive and returns the data they complete, so
// that each chunk can go on before the body ends; the trailers come at the end (a streamed
// response tells its error there). Pure: no I/O.
class ChunkedBody
{
public:
    enum class State { Data, Done, Failed };
    using Fields = QList<std::pair<QByteArray, QByteArray>>;

    // Appends the decoded data in `bytes` to `out`; returns how many bytes of `bytes` it used
    // (less than all only once Done or Failed: what follows the body is not its own).
    qsizetype feed(QByteArrayView bytes, QByteArray &out);

    State state() const { return m_state; }
    bool done() const { return m_state == State::Done; }
    bool failed() const { return m_state == State::Failed; }
    QByteArray error() const { return m_error; }
    const Fields &trailers() const { return m_trailers; }
    // First trailer of that name (case-insensitive); empty when absent.
    QByteArray trailer(QByteArrayView name) const;

private:
    enum class Step { Size, Data, DataEnd, Trailer };
    void fail(const char *why);

    State m_state = State::Data;
    Step m_step = Step::Size;
    qint64 m_left = 0;  // data bytes of the current chunk still to come
    QByteArray m_line;  // an unfinished size or trailer line
    Fields m_trailers;
    QByteArray m_error;
};

} // namespace lambdesk::runtimeapi
