#pragma once

#include <QObject>

namespace lambdesk {

class CodeEditor;

// Marks one line of an editor (the frame of an error's stack trace): an arrow in the symbol
// margin, a tinted line background and, when given, the error as an annotation under the
// line. The mark goes away on the next edit, or when clear() is called (the next invoke).
// The marked line and its note are scrolled into view whole, and kept so when the editor is
// resized, until the user scrolls or moves the caret elsewhere.
class LineMarker : public QObject
{
    Q_OBJECT
public:
    explicit LineMarker(CodeEditor *editor);

    // line is 1-based and clamped to the text.
    void mark(int line, const QString &note = {});
    void clear();
    // 1-based; 0 when nothing is marked.
    int markedLine() const { return m_line; }
    QString note() const { return m_note; }

Q_SIGNALS:
    void cleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyColours();
    // Scrolls the least needed for the marked line and its note to be on screen.
    void reveal();

    CodeEditor *m_editor;
    int m_arrow = -1;
    int m_background = -1;
    int m_line = 0;
    bool m_keepRevealed = false; // until the user looks elsewhere
    QString m_note;
};

} // namespace lambdesk
