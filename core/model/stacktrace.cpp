#include "stacktrace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace lambdesk::stacktrace {

namespace {

// A location as Node prints it: a file:// URL or an absolute path. Anything else
// (node:internal/..., <anonymous>, native) is not a file the user can open.
std::optional<QString> localPath(const QString &location)
{
    if (location.startsWith(QLatin1String("file://"))) {
        const QString path = QUrl(location).toLocalFile();
        return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
    }
    if (location.startsWith(u'/'))
        return location;
    return std::nullopt;
}

std::optional<Frame> nodeFrame(const QString &location, const QString &line, const QString &column,
                               const QString &function)
{
    const auto path = localPath(location);
    if (!path)
        return std::nullopt;
    Frame f;
    f.path = *path;
    f.line = line.toInt();
    f.column = column.toInt();
    f.function = function;
    if (f.line <= 0)
        return std::nullopt;
    return f;
}

void appendText(QList<Line> &out, const QString &text)
{
    // A Python entry is "  File ...\n    code\n": one Line per text line, no trailing empty one.
    QStringList parts = text.split(u'\n');
    if (parts.size() > 1 && parts.last().isEmpty())
        parts.removeLast();
    for (QString &part : parts) {
        if (part.endsWith(u'\r'))
            part.chop(1);
        out.append(Line{part, parseLine(part)});
    }
}

void appendEntries(QList<Line> &out, const QJsonValue &trace)
{
    if (trace.isString()) {
        appendText(out, trace.toString());
        return;
    }
    const QJsonArray entries = trace.toArray();
    for (const QJsonValue &entry : entries) {
        if (entry.isString()) {
            appendText(out, entry.toString());
        } else if (entry.isArray()) {
            // Python 2.7/3.6 runtimes: [file, line, function, code].
            const QJsonArray parts = entry.toArray();
            Frame f;
            f.path = parts.at(0).toString();
            f.line = parts.at(1).toInt();
            f.function = parts.at(2).toString();
            QString text = QStringLiteral("  File \"%1\", line %2, in %3").arg(f.path).arg(f.line).arg(f.function);
            out.append(Line{text, f.path.startsWith(u'/') && f.line > 0 ? std::optional<Frame>(f) : std::nullopt});
            if (const QString code = parts.at(3).toString(); !code.isEmpty())
                out.append(Line{QStringLiteral("    ") + code, std::nullopt});
        }
    }
}

} // namespace

std::optional<Frame> parseLine(const QString &line)
{
    // Python: `  File "/x.py", line 3, in f` and the syntax-error form `  File "/x.py" Line 3`.
    static const QRegularExpression python(
        QStringLiteral(R"x(^\s*File "([^"]+)",? [Ll]ine (\d+)(?:, in (.+?))?\s*$)x"));
    // Node with a function name: `at [async ][new ]name (location:line:column)`.
    static const QRegularExpression nodeNamed(QStringLiteral(R"x(^\s*at (?:async )?(.+?) \((.+):(\d+):(\d+)\)\s*$)x"));
    // Node anonymous: `at [async ]location:line:column`.
    static const QRegularExpression nodeAnonymous(QStringLiteral(R"x(^\s*at (?:async )?(\S+):(\d+):(\d+)\s*$)x"));
    // Node's syntax error report starts with `location:line`.
    static const QRegularExpression nodeSyntax(QStringLiteral(R"x(^((?:file://)?/\S*?):(\d+)\s*$)x"));

    if (const auto m = python.match(line); m.hasMatch()) {
        Frame f;
        f.path = m.captured(1);
        f.line = m.captured(2).toInt();
        f.function = m.captured(3);
        if (!f.path.startsWith(u'/') || f.line <= 0)
            return std::nullopt;
        return f;
    }
    if (const auto m = nodeNamed.match(line); m.hasMatch()) {
        // `at eval (eval at f (file:///x.mjs:1:2), <anonymous>:1:1)`: the code ran from a string.
        if (m.captured(2).contains(u'(') || m.captured(2).contains(u','))
            return std::nullopt;
        return nodeFrame(m.captured(2), m.captured(3), m.captured(4), m.captured(1));
    }
    if (const auto m = nodeAnonymous.match(line); m.hasMatch())
        return nodeFrame(m.captured(1), m.captured(2), m.captured(3), {});
    if (const auto m = nodeSyntax.match(line); m.hasMatch())
        return nodeFrame(m.captured(1), m.captured(2), QStringLiteral("0"), {});
    return std::nullopt;
}

QList<Line> fromErrorDocument(const QByteArray &json)
{
    QList<Line> out;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return out;
    const QJsonObject o = doc.object();
    // Python says "stackTrace", Node's runtime "trace"; a logged Node error carries "stack".
    for (const char *key : {"stackTrace", "trace", "stack"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if ((v.isArray() && !v.toArray().isEmpty()) || (v.isString() && !v.toString().isEmpty())) {
            appendEntries(out, v);
            break;
        }
    }
    return out;
}

QList<Frame> framesOf(const QList<Line> &lines)
{
    QList<Frame> out;
    for (const Line &l : lines) {
        if (l.frame)
            out.append(*l.frame);
    }
    return out;
}

} // namespace lambdesk::stacktrace
