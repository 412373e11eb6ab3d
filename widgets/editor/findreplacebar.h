#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace lambdesk {

class CodeEditor;

// Find and replace under an editor, as in the code editors people know: find as you type,
// Enter / Shift+Enter for next / previous, options for case, whole word and regular
// expressions, a match count, Replace and Replace all (one undo step). Escape closes it.
class FindReplaceBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplaceBar(QWidget *parent = nullptr);

    // The editor searched (the current tab's); may change while the bar is open.
    void setEditor(CodeEditor *editor);
    CodeEditor *editor() const { return m_editor; }

    // Shows the bar (find only, or with the replace row), seeded with the selection.
    void openFind();
    void openReplace();
    void close();

    bool findNext();
    bool findPrevious();
    // Replaces the current match (finding one first if none is selected), then finds the next.
    bool replaceCurrent();
    // Returns how many were replaced.
    int replaceAll();
    // Matches of the current search in the whole text.
    int matchCount() const;

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    void setCaseSensitive(bool on);
    void setWholeWords(bool on);
    void setRegularExpression(bool on);
    QString statusText() const;

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool forward, bool fromSelectionStart);
    void updateStatus(bool found);
    void setReplaceVisible(bool visible);
    QString regexPattern() const;

    QPointer<CodeEditor> m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QToolButton *m_case;
    QToolButton *m_word;
    QToolButton *m_regex;
    QLabel *m_status;
    QWidget *m_replaceRow;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
};

} // namespace lambdesk
