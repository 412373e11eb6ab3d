#include "linemarker.h"

#include "codeeditor.h"

#include <Qsci/qscistyle.h>

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>

#include <algorithm>

namespace lambdesk {

LineMarker::LineMarker(CodeEditor *editor) : QObject(editor), m_editor(editor)
{
    m_arrow = m_editor->markerDefine(QsciScintilla::RightArrow);
    m_background = m_editor->markerDefine(QsciScintilla::Background);
    // Margin 1 is the symbol margin; keep it narrow but present so the arrow has a place.
    m_editor->setMarginWidth(1, 14);
    m_editor->setMarginMarkerMask(1, 1 << m_arrow);
    applyColours();
    // Any edit makes the old line number meaningless.
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (m_line > 0)
            clear();
    });
    // The user scrolls or moves away: a resize no longer brings the mark back.
    connect(m_editor->verticalScrollBar(), &QAbstractSlider::actionTriggered, this, [this] { m_keepRevealed = false; });
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this, [this](int line, int) {
        if (line != m_line - 1)
            m_keepRevealed = false;
    });
    m_editor->installEventFilter(this);
}

bool LineMarker::eventFilter(QObject *watched, QEvent *event)
{
    // After the editor has taken its new size (its own handler runs after this filter). A new
    // tab gets its real size only once shown, after the line was marked.
    if (watched == m_editor && (event->type() == QEvent::Resize || event->type() == QEvent::Show) && m_line > 0
        && m_keepRevealed)
        QMetaObject::invokeMethod(this, &LineMarker::reveal, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

void LineMarker::reveal()
{
    if (m_line == 0)
        return;
    const long docLine = m_line - 1;
    const long first = m_editor->SendScintilla(QsciScintilla::SCI_GETFIRSTVISIBLELINE);
    const long onScreen = std::max(1L, long(m_editor->SendScintilla(QsciScintilla::SCI_LINESONSCREEN)));
    const long top = m_editor->SendScintilla(QsciScintilla::SCI_VISIBLEFROMDOCLINE, docLine);
    // In display lines, the note's included.
    const long height = m_editor->SendScintilla(QsciScintilla::SCI_WRAPCOUNT, docLine);
    long wanted = first;
    if (top + height > first + onScreen)
        wanted = top + height - onScreen; // the note's last line at the bottom edge
    wanted = std::min(wanted, top);       // and the line itself in view, whatever its note's size
    if (wanted != first)
        m_editor->setFirstVisibleLine(int(wanted));
}

void LineMarker::applyColours()
{
    const bool dark = m_editor->isDark();
    m_editor->setMarkerBackgroundColor(QColor(0xd1, 0x32, 0x12), m_arrow);
    m_editor->setMarkerForegroundColor(QColor(0xd1, 0x32, 0x12), m_arrow);
    m_editor->setMarkerBackgroundColor(dark ? QColor(0x5c, 0x1f, 0x1a) : QColor(0xfd, 0xe2, 0xdf), m_background);
}

void LineMarker::mark(int line, const QString &note)
{
    clear();
    const int target = std::clamp(line, 1, std::max(1, m_editor->lines()));
    applyColours();
    m_editor->markerAdd(target - 1, m_arrow);
    m_editor->markerAdd(target - 1, m_background);
    if (!note.isEmpty()) {
        // Annotations live outside the text: they do not trigger textChanged.
        m_editor->setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
        const bool dark = m_editor->isDark();
        const QsciStyle style(-1, QStringLiteral("error note"),
                              dark ? QColor(0xff, 0xb4, 0xa8) : QColor(0x9c, 0x1c, 0x0b),
                              dark ? QColor(0x3a, 0x16, 0x12) : QColor(0xff, 0xf1, 0xef),
                              QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_editor->annotate(target - 1, note, style);
    }
    m_line = target;
    m_note = note;
    // The view was placed before the note existed: a note under one of the last lines was cut.
    m_keepRevealed = true;
    reveal();
}

void LineMarker::clear()
{
    if (m_line == 0)
        return;
    m_editor->markerDeleteAll(m_arrow);
    m_editor->markerDeleteAll(m_background);
    m_editor->clearAnnotations();
    m_line = 0;
    m_note.clear();
    m_keepRevealed = false;
    Q_EMIT cleared();
}

} // namespace lambdesk
