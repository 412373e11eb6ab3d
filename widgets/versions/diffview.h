#pragma once

#include <QWidget>

class QLabel;

namespace lambdesk {

class CodeEditor;

// Two read-only editors side by side: a text alone (a version's file), or two texts with the
// lines the left one lost and the right one gained marked (a tinted background and a −/+ in
// the margin). The diff is linediff's (Myers, by lines).
class DiffView : public QWidget
{
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    // One text, read-only; the right editor is hidden.
    void showText(const QString &title, const QString &text, const QString &fileName);
    // Both texts, changed lines marked.
    void showDiff(const QString &leftTitle, const QString &left, const QString &rightTitle, const QString &right,
                  const QString &fileName);

    CodeEditor *leftEditor() const { return m_left; }
    CodeEditor *rightEditor() const { return m_right; }
    // The marked lines (0-based), read back from the editors' markers.
    QList<int> markedLeft() const;
    QList<int> markedRight() const;
    QString leftTitle() const;
    QString rightTitle() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    static QList<int> marked(CodeEditor *editor, int marker);

    CodeEditor *m_left;
    CodeEditor *m_right;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QWidget *m_rightPane;
    int m_removed = -1;
    int m_removedSign = -1;
    int m_added = -1;
    int m_addedSign = -1;
};

} // namespace lambdesk
