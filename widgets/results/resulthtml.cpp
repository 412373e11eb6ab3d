#include "resulthtml.h"

#include "logs/loglevel.h"
#include "logs/logtext.h"

#include <QPalette>

namespace lambdesk::resulthtml {

namespace {

QString colored(const QString &html, const QColor &c)
{
    return c.isValid() ? QStringLiteral("<span style='color:%1'>%2</span>").arg(c.name(), html) : html;
}

// One trace line: a link when it names a frame of the user's code.
QString traceLine(const QString &text, const std::optional<stacktrace::Frame> &frame, const QStringList &codeRoots,
                  const QPalette &palette, QList<stacktrace::Frame> &links)
{
    if (!frame)
        return text.toHtmlEscaped();
    if (!isUserFrame(*frame, codeRoots))
        return colored(text.toHtmlEscaped(), palette.color(QPalette::PlaceholderText));
    QString shown = text;
    for (const QString &codeRoot : codeRoots) {
        const QString root = codeRoot.endsWith(u'/') ? codeRoot : codeRoot + u'/';
        shown.replace(QStringLiteral("file://") + root, QString());
        shown.replace(root, QString());
    }
    stacktrace::Frame link = *frame;
    // In the sandbox the code runs from /var/task: the link opens the function's own file.
    if (const QString task = QStringLiteral("/var/task/"); link.path.startsWith(task) && !codeRoots.isEmpty()
                                                            && !codeRoots.first().startsWith(task))
        link.path = (codeRoots.first().endsWith(u'/') ? codeRoots.first() : codeRoots.first() + u'/')
                  + link.path.mid(task.size());
    links.append(link);
    return QStringLiteral("<a href='frame:%1'>%2</a>").arg(links.size() - 1).arg(shown.toHtmlEscaped());
}

} // namespace

bool isUserFrame(const stacktrace::Frame &frame, const QStringList &codeRoots)
{
    if (codeRoots.isEmpty())
        return true;
    for (const QString &codeRoot : codeRoots) {
        const QString root = codeRoot.endsWith(u'/') ? codeRoot : codeRoot + u'/';
        if (frame.path.startsWith(root))
            return true;
    }
    return false;
}

QString error(const QString &type, const QString &message, const QList<stacktrace::Line> &trace,
              const QStringList &codeRoots, const QPalette &palette, QList<stacktrace::Frame> &links)
{
    const QColor red = loglevel::color(loglevel::Level::Error, false, palette);
    QString html = QStringLiteral("<div style='white-space:pre-wrap'>");
    html += colored(QStringLiteral("<b>%1</b>").arg(type.isEmpty() ? QStringLiteral("Error") : type.toHtmlEscaped()),
                    red);
    if (!message.isEmpty())
        html += QStringLiteral(": ") + message.toHtmlEscaped();
    html += QStringLiteral("</div>");
    if (trace.isEmpty())
        return html;
    html += QStringLiteral("<pre style='margin-top:6px'>");
    for (qsizetype i = 0; i < trace.size(); ++i) {
        const stacktrace::Line &l = trace.at(i);
        // Node's trace starts with "Type: message", already said above.
        if (i == 0 && !l.frame && !type.isEmpty() && l.text.startsWith(type + u':'))
            continue;
        html += traceLine(l.text, l.frame, codeRoots, palette, links) + u'\n';
    }
    html += QStringLiteral("</pre>");
    return html;
}

QString log(const QList<LogLine> &lines, int maxLines, const QStringList &codeRoots, const QPalette &palette,
            QList<stacktrace::Frame> &links)
{
    QString html = QStringLiteral("<pre>");
    const qsizetype first = std::max<qsizetype>(0, lines.size() - maxLines);
    loglevel::Level previous = loglevel::Level::None;
    for (qsizetype i = first; i < lines.size(); ++i) {
        const LogLine &line = lines.at(i);
        loglevel::Level level = loglevel::of(line.text, line.platform);
        if (level == loglevel::Level::None && !line.platform && previous >= loglevel::Level::Warn
            && loglevel::isContinuation(line.text))
            level = previous;
        previous = line.platform ? loglevel::Level::None : level;
        // Node writes a multi-line message as one line with \r: show each part, each may be a frame.
        const QStringList parts = QString(line.text).split(u'\r');
        QString body;
        for (int p = 0; p < parts.size(); ++p) {
            if (p > 0)
                body += u'\n';
            // Tabs shown as spaces (a REPORT's fields stand apart); the frame is read from the line as written.
            body += traceLine(logtext::display(parts.at(p), line.platform), stacktrace::parseLine(parts.at(p)),
                              codeRoots, palette, links);
        }
        if (line.platform
            && (line.text.startsWith(QLatin1String("REPORT"))
                || line.text.contains(QLatin1String("\"type\":\"platform.report\""))))
            body = QStringLiteral("<b>") + body + QStringLiteral("</b>");
        html += colored(body, loglevel::color(level, line.platform, palette)) + u'\n';
    }
    html += QStringLiteral("</pre>");
    return html;
}

} // namespace lambdesk::resulthtml
