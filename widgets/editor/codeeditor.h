#pragma once

#include <Qsci/qsciscintilla.h>

namespace lambdesk {

// The one editor of the console (code files, events, responses). Features are small helper
// objects attached to it, not a growing class (DESIGN.md §6.8).
class CodeEditor : public QsciScintilla
{
    Q_OBJECT
public:
    enum class Language { Plain, Python, JavaScript, Json, Shell };
    // The contrast (WCAG ratio) every style's text keeps against the editor's paper.
    static constexpr double kMinContrast = 3.0;

    explicit CodeEditor(QWidget *parent = nullptr);

    void setLanguage(Language language);
    Language language() const { return m_language; }
    static Language languageForFile(const QString &fileName);
    // Re-reads palette colours (light/dark theme).
    void applyTheme();
    // Puts the caret at line:column (1-based, clamped to the text), scrolled into the middle
    // of the view, with folds around it opened.
    void goToLine(int line, int column = 1);
    // Whether the theme is dark (marker colours follow it).
    bool isDark() const;
    // WCAG contrast ratio of two colours: 1 (the same) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);

protected:
    void changeEvent(QEvent *event) override;

private:
    Language m_language = Language::Plain;
};

} // namespace lambdesk
