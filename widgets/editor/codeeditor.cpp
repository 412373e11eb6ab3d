#include "codeeditor.h"

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexerpython.h>

#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>

#include <algorithm>
#include <cmath>

namespace lambdesk {

namespace {

// WCAG's relative luminance and contrast ratio (1 = invisible, 21 = black on white).
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// Moves the colour's lightness away from the paper's, keeping its hue, until the text is
// readable on it: a lexer's colour must never vanish into the theme's paper.
QColor readableOn(QColor c, const QColor &paper)
{
    const double paperLum = luminance(paper);
    const bool darkPaper = paperLum < 0.18;
    const int h = c.hslHue() < 0 ? 0 : c.hslHue();
    const int s = c.hslSaturation();
    for (int l = c.lightness(); CodeEditor::contrast(c, paper) < CodeEditor::kMinContrast && l > 0 && l < 255;) {
        l = std::clamp(l + (darkPaper ? 8 : -8), 0, 255);
        c = QColor::fromHsl(h, s, l);
    }
    return c;
}

} // namespace

double CodeEditor::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

CodeEditor::CodeEditor(QWidget *parent) : QsciScintilla(parent)
{
    setUtf8(true);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setFolding(QsciScintilla::BoxedTreeFoldStyle);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("00000"));
    setEolMode(QsciScintilla::EolUnix);
    setCaretLineVisible(true);
    applyTheme();
}

CodeEditor::Language CodeEditor::languageForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString name = QFileInfo(fileName).fileName();
    if (suffix == u"py")
        return Language::Python;
    if (suffix == u"js" || suffix == u"mjs" || suffix == u"cjs" || suffix == u"ts")
        return Language::JavaScript;
    if (suffix == u"json")
        return Language::Json;
    if (suffix == u"sh" || name == u"bootstrap")
        return Language::Shell;
    return Language::Plain;
}

void CodeEditor::setLanguage(Language language)
{
    m_language = language;
    QsciLexer *lexer = nullptr;
    switch (language) {
    case Language::Python: lexer = new QsciLexerPython(this); break;
    case Language::JavaScript: lexer = new QsciLexerJavaScript(this); break;
    case Language::Json: lexer = new QsciLexerJSON(this); break;
    case Language::Shell: lexer = new QsciLexerBash(this); break;
    case Language::Plain: break;
    }
    setTabWidth(language == Language::Python ? 4 : 2);
    QsciLexer *old = this->lexer();
    setLexer(lexer);
    delete old;
    applyTheme();
}

void CodeEditor::applyTheme()
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QPalette pal = palette();
    if (QsciLexer *lex = lexer()) {
        lex->setDefaultFont(mono);
        lex->setFont(mono);
        lex->setDefaultPaper(pal.color(QPalette::Base));
        lex->setPaper(pal.color(QPalette::Base));
        lex->setDefaultColor(pal.color(QPalette::Text));
        // The lexers' colours are made for white paper: on a dark one, lift each style's
        // lightness and keep its hue, so strings stay red-ish and keywords blue-ish.
        const bool dark = isDark();
        const QColor paper = pal.color(QPalette::Base);
        for (int style = 0; style < 128; ++style) {
            if (lex->description(style).isEmpty())
                continue;
            QColor c = lex->defaultColor(style);
            // Error styles (JSON's invalid text, unclosed strings) come as white on their own red
            // paper; every style gets the theme's paper here, so they are drawn in red instead
            // (white on white was invisible).
            if (lex->defaultPaper(style) != lex->defaultPaper())
                c = QColor(0xd1, 0x32, 0x12);
            if (dark && c.lightness() < 170) {
                const int h = c.hslHue() < 0 ? 0 : c.hslHue();
                c = QColor::fromHsl(h, std::min(c.hslSaturation(), 200), 170 + c.lightness() / 4);
            }
            if (style == 0)
                c = pal.color(QPalette::Text);
            lex->setColor(readableOn(c, paper), style);
        }
    } else {
        setFont(mono);
    }
    setMarginsFont(mono);
    setPaper(pal.color(QPalette::Base));
    setColor(pal.color(QPalette::Text));
    setMarginsBackgroundColor(pal.color(QPalette::AlternateBase));
    setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    setCaretForegroundColor(pal.color(QPalette::Text));
    // Translucent, so a marked line (stack-trace frame) keeps its tint under the caret.
    QColor caretLine = pal.color(QPalette::Highlight);
    caretLine.setAlpha(32);
    setCaretLineBackgroundColor(caretLine);
    SendScintilla(SCI_SETCARETLINEBACKALPHA, caretLine.alpha());
    setFoldMarginColors(pal.color(QPalette::AlternateBase), pal.color(QPalette::AlternateBase));
    setMatchedBraceBackgroundColor(pal.color(QPalette::Highlight));
    setMatchedBraceForegroundColor(pal.color(QPalette::HighlightedText));
    setUnmatchedBraceForegroundColor(QColor(0xd1, 0x32, 0x12));
}

void CodeEditor::goToLine(int line, int column)
{
    const int target = std::clamp(line, 1, std::max(1, lines())) - 1;
    const int col = std::clamp(column, 1, std::max(1, lineLength(target) + 1)) - 1;
    ensureLineVisible(target);
    setCursorPosition(target, col);
    // Centre the line: a jump from a stack trace should not land on the bottom edge.
    const int visible = int(SendScintilla(SCI_LINESONSCREEN));
    setFirstVisibleLine(std::max(0, int(SendScintilla(SCI_VISIBLEFROMDOCLINE, target)) - visible / 2));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme(); // light/dark switched
}

bool CodeEditor::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

} // namespace lambdesk
