#include "jsoncheck.h"

#include <nlohmann/json.hpp>

namespace lambdesk::json {

static ParseError at(const QByteArray &text, qsizetype offset, const QString &what)
{
    ParseError e;
    e.offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArrayView before(text.constData(), e.offset);
    e.line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    e.column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    e.message = QStringLiteral("%1 (line %2, column %3)").arg(what).arg(e.line).arg(e.column);
    return e;
}

// "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while
// parsing object key - invalid literal; last read: '{x'; expected string literal"
// -> "syntax error while parsing object key - invalid literal; expected string literal"
static QString describe(const char *what)
{
    QString text = QString::fromUtf8(what);
    const qsizetype colon = text.indexOf(QLatin1String(": "));
    if (colon >= 0)
        text = text.mid(colon + 2);
    const qsizetype lastRead = text.indexOf(QLatin1String("; last read:"));
    if (lastRead >= 0) {
        const qsizetype next = text.indexOf(QLatin1String("; "), lastRead + 2);
        text = text.left(lastRead) + (next >= 0 ? text.mid(next) : QString());
    }
    return text;
}

namespace {

// Reads without building anything and keeps the first error: nlohmann reports syntax errors
// (parse_error) and numbers past a double's range (out_of_range 406, "1e400") the same way here,
// where json::parse() throws the second kind past a handler written for the first.
struct FirstError : nlohmann::json_sax<nlohmann::json>
{
    std::optional<std::pair<std::size_t, std::string>> at; // position, token
    int id = 0;
    std::string what;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string &token, const nlohmann::json::exception &e) override
    {
        at = {position, token};
        id = e.id;
        what = e.what();
        return false;
    }
};

} // namespace

std::optional<ParseError> check(const QByteArray &text)
{
    const char *begin = text.constData();
    const char *end = begin + text.size();
    if (nlohmann::json::accept(begin, end)) // no document is built on the happy path
        return std::nullopt;
    if (text.trimmed().isEmpty())
        return at(text, text.size(), QStringLiteral("empty document: expected a JSON value"));
    FirstError error;
    nlohmann::json::sax_parse(begin, end, &error);
    if (!error.at)
        return at(text, 0, QStringLiteral("invalid JSON"));
    const auto [position, token] = *error.at;
    if (error.id == 406) // the position is just past the number: point at its start
        return at(text, qsizetype(position) - qsizetype(token.size()),
                  QStringLiteral("number out of range (a double holds up to about 1.8e308)"));
    // The position is 1-based and points just past the offending character.
    return at(text, qsizetype(position) - 1, describe(error.what.c_str()));
}

// Pretty-printing puts each value on a line indented by its depth, so deep nesting grows the
// text quadratically (a 60 KB response 30,000 levels deep became 1.8 GB), and nlohmann's dump()
// recurses once per level, past the stack. Text beyond these limits stays as it is.
constexpr int kMaxFormatDepth = 512;
constexpr qint64 kMaxFormattedBytes = 64 * 1024 * 1024;

// Whether formatting stays within the limits: the depth outside strings, and a bound of the
// output's size (each ',' or bracket starts a new line indented by its depth).
static bool formattable(const QByteArray &text)
{
    qint64 depth = 0;
    qint64 size = text.size();
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"': inString = true; break;
        case '[':
        case '{':
            if (++depth > kMaxFormatDepth)
                return false;
            size += 2 * depth + 1;
            break;
        case ']':
        case '}':
            depth = std::max<qint64>(0, depth - 1);
            size += 2 * depth + 1;
            break;
        case ',': size += 2 * depth + 1; break;
        case ':': size += 1; break;
        default: break;
        }
        if (size > kMaxFormattedBytes)
            return false;
    }
    return true;
}

QByteArray format(const QByteArray &text)
{
    if (!formattable(text))
        return text;
    try {
        // ordered_json keeps the keys in the user's order, as the AWS console does.
        const auto doc = nlohmann::ordered_json::parse(text.constData(), text.constData() + text.size());
        const std::string out = doc.dump(2);
        return QByteArray(out.data(), qsizetype(out.size())) + '\n';
    } catch (const nlohmann::json::exception &) {
        return text;
    }
}

} // namespace lambdesk::json
