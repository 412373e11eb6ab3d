#include "jsonlint.h"

#include "editor/codeeditor.h"

namespace lambdesk {

namespace {
constexpr int kIndicator = 8;                   // QScintilla leaves 8..31 to containers
constexpr int kTextIndicator = 9;               // the boxed character's own text colour
constexpr int kMarker = 20;                     // below QScintilla's folding markers (25..31)
constexpr int kErrorMargin = 1;                 // the symbol margin
constexpr qsizetype kCheckNowBytes = 64 * 1024; // bigger documents are checked after a pause
} // namespace

JsonLint::JsonLint(CodeEditor *editor) : QObject(editor), m_editor(editor)
{
    const QColor red(0xd1, 0x32, 0x12);
    // A red box around the offending character: visible on any theme, unlike a thin squiggle.
    editor->indicatorDefine(QsciScintilla::StraightBoxIndicator, kIndicator);
    editor->setIndicatorForegroundColor(red, kIndicator);
    editor->SendScintilla(QsciScintilla::SCI_INDICSETALPHA, kIndicator, 110);
    editor->SendScintilla(QsciScintilla::SCI_INDICSETOUTLINEALPHA, kIndicator, 255);
    editor->SendScintilla(QsciScintilla::SCI_INDICSETUNDER, kIndicator, true);
    // The error style draws text red, which the red box would swallow: the boxed character takes
    // the theme's text colour (set when marking, so a theme switch follows).
    editor->indicatorDefine(QsciScintilla::TextColorIndicator, kTextIndicator);
    editor->markerDefine(QsciScintilla::Circle, kMarker);
    editor->setMarkerBackgroundColor(red, kMarker);
    editor->setMarkerForegroundColor(red, kMarker);
    editor->setMarginType(kErrorMargin, QsciScintilla::SymbolMargin);
    editor->setMarginWidth(kErrorMargin, 12);
    editor->setMarginMarkerMask(kErrorMargin, 1 << kMarker);
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &JsonLint::check);
    connect(editor, &QsciScintilla::textChanged, this, &JsonLint::schedule);
    check();
}

void JsonLint::schedule()
{
    m_pending = true;
    if (m_editor->length() <= kCheckNowBytes)
        check();
    else
        m_timer.start();
}

std::optional<json::ParseError> JsonLint::error()
{
    if (m_pending)
        check();
    return m_error;
}

QString JsonLint::message()
{
    const auto e = error();
    if (!e)
        return {};
    QString what = e->message;
    // json::check appends "(line L, column C)"; the page puts the position first instead.
    const qsizetype paren = what.lastIndexOf(QLatin1String(" (line "));
    if (paren > 0)
        what.truncate(paren);
    return tr("Line %1, column %2: %3").arg(e->line).arg(e->column).arg(what);
}

void JsonLint::check()
{
    m_timer.stop();
    m_pending = false;
    m_error = json::check(m_editor->text().toUtf8());
    mark(m_error);
    Q_EMIT checked();
}

void JsonLint::mark(const std::optional<json::ParseError> &error)
{
    const long length = m_editor->SendScintilla(QsciScintilla::SCI_GETLENGTH);
    for (int indicator : {kIndicator, kTextIndicator}) {
        m_editor->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, indicator);
        m_editor->SendScintilla(QsciScintilla::SCI_INDICATORCLEARRANGE, 0L, length);
    }
    m_editor->markerDeleteAll(kMarker);
    if (!error)
        return;
    // offset is a byte offset into the UTF-8 text, as Scintilla counts positions. At the very
    // end (a missing closing bracket) mark the last character so the squiggle is visible.
    long pos = std::min<long>(long(error->offset), length);
    if (pos >= length && length > 0)
        pos = length - 1;
    const long next = m_editor->SendScintilla(QsciScintilla::SCI_POSITIONAFTER, pos);
    m_editor->setIndicatorForegroundColor(m_editor->palette().color(QPalette::Text), kTextIndicator);
    for (int indicator : {kIndicator, kTextIndicator}) {
        m_editor->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, indicator);
        m_editor->SendScintilla(QsciScintilla::SCI_INDICATORFILLRANGE, pos, std::max(1L, next - pos));
    }
    m_editor->markerAdd(error->line - 1, kMarker);
}

} // namespace lambdesk
