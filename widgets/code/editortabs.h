#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace lambdesk {

class CodeEditor;
class EditorDocument;
class FindReplaceBar;
class GoToLineBar;

// The editor area of the Code tab: one tab per open file (a dot marks changes that are not
// deployed), the find/replace and go-to-line bars under them, and a hint when no file is
// open. It shows documents; CodePage reads and saves them.
class EditorTabs : public QWidget
{
    Q_OBJECT
public:
    explicit EditorTabs(QWidget *parent = nullptr);

    // Opens a tab for path with content (or returns the open one); makes it current if asked.
    EditorDocument *open(const QString &path, const QByteArray &content, bool makeCurrent = true);
    EditorDocument *document(const QString &path) const;
    EditorDocument *current() const;
    QList<EditorDocument *> documents() const;
    QStringList paths() const;
    QStringList modifiedPaths() const;
    void setCurrent(const QString &path);
    int count() const;
    // The text of the tab showing path (with its dot), for tests and accessibility.
    QString tabText(const QString &path) const;

    // Closes without asking. closeAll() too.
    void close(const QString &path);
    void closeAll();
    // Asks first when the file has changes: Save (then close), Discard, Cancel.
    void requestClose(const QString &path);
    // A file or folder was renamed: tabs under `from` follow it to `to`.
    void renamed(const QString &from, const QString &to);
    // A file or folder was deleted: its tabs close.
    void removed(const QString &path);

    // The right side of the status line under the editor (what $LATEST is).
    void setInfo(const QString &text, const QString &toolTip);
    QString positionText() const;

    FindReplaceBar *findBar() const { return m_find; }
    GoToLineBar *goToBar() const { return m_goTo; }
    void openFind();
    void openReplace();
    void openGoToLine();
    void findNext();
    void findPrevious();

Q_SIGNALS:
    void currentChanged(const QString &path);
    // Some document became modified or clean.
    void modifiedChanged();
    void saveRequested(const QString &path, bool closeAfter);
    void closed(const QString &path);

private:
    void onCurrentChanged();
    void updateTitle(EditorDocument *doc);
    void updateTitles();
    void showPosition(int line, int column);
    int indexOf(const QString &path) const;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTabWidget *m_tabs;
    FindReplaceBar *m_find;
    GoToLineBar *m_goTo;
    QLabel *m_position;
    QLabel *m_info;
};

} // namespace lambdesk
