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

protected:
    void changeEvent(QEvent *event) override;

private:
    Language m_language = Language::Plain;
};

} // namespace lambdesk
