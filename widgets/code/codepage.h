#pragma once

#include "common/functionpage.h"
#include "fileoperations.h"

class QLabel;
class QSplitter;

namespace lambdesk {

class CodeEditor;
class CodeDeployer;
class CodeTreeModel;
class EditorDocument;
class EditorTabs;
class FileTreePanel;
class DocumentLoader;
class NoticeBar;
class CallGuard;
class DebuggerPanel;
class ResultFeed;
class ResultPanel;

// The Code tab, laid out like the Lambda console's code source: the function's files on the
// left (new, rename, delete), editor tabs on the right with Deploy and Test above them and a
// "Changes not deployed" hint, the last result below. Saving deploys to $LATEST (the backend
// retires its warm environments and the page says so). Files changed by other programs are
// noticed and offered for reload; stack-trace links land on the line, marked.
//
// Everything that touches the disk runs on the backend thread (BackendHost::call).
class CodePage : public FunctionPage
{
    Q_OBJECT
public:
    explicit CodePage(const ConsoleContext &context, QWidget *parent = nullptr);

    // Open files of the shown function with changes not deployed, or of another function
    // left with changes (they are kept in memory until saved or discarded).
    bool hasUnsavedChanges() const override;
    // Before showing another function (or quitting): when the shown function has changes
    // that are not deployed, asks Save / Discard / Cancel. Returns false on Cancel: stay.
    // (Switching without asking loses nothing either: the changes wait for the way back.)
    bool maybeSaveChanges();

    // Saves the current tab and deploys it to $LATEST (Ctrl+S); saveAll() every changed tab.
    void save();
    void saveAll();
    // Opens a file of the code folder in a tab (read off the GUI thread; fileOpened() follows).
    void openFile(const QString &relativePath);
    QString currentFile() const;
    // The current tab's editor (nullptr when no file is open).
    CodeEditor *editor() const;
    EditorDocument *document(const QString &relativePath) const;
    ResultPanel *results() const { return m_results; }
    EditorTabs *tabs() const { return m_tabs; }
    CodeTreeModel *treeModel() const { return m_treeModel; }
    FileTreePanel *fileTree() const { return m_files; }
    FileOperations *fileOperations() const { return m_ops; }
    NoticeBar *notice() const { return m_notice; }
    QString changesHint() const;
    // The debugger's pane (null without a debug controller in the context); shown on Debug.
    DebuggerPanel *debuggerPanel() const { return m_debugPanel; }

public Q_SLOTS:
    // A frame of an error's stack trace: opens the file (absolute, or relative to the code
    // folder), jumps to the line (1-based) and marks it until the next edit or invoke.
    void showSourceLocation(const QString &path, int line);

Q_SIGNALS:
    void fileOpened(const QString &relativePath);
    void saved(const QString &relativePath, bool ok);
    void treeRefreshed();
    // A change on disk of an open file was looked at (reload offered, or nothing to do).
    void diskChangeHandled(const QString &relativePath);
    void sourceLocationShown(const QString &relativePath, int line);

protected:
    void functionChanged(bool otherFunction) override;

private:
    QString codeDir() const;
    void buildShortcuts();
    void onSaveFinished(const QString &function, const QString &path, const QByteArray &content, bool ok,
                        const QString &error, bool closeAfter);
    void refreshTree();
    void onOperationFinished(FileOperations::Kind kind, const QString &path, const QString &newPath, bool ok,
                             const QString &error);
    void updateChangesHint();
    void updateInfo();
    void clearMarkers();
    QString errorNote() const;
    // The debugger (codepagedebug.cpp): the pane, the margins' breakpoints, the execution point.
    void buildDebugger(QSplitter *vertical);
    void wireDocument(const QString &path);
    void applyBreakpoints();
    void showFrame(const QString &function, const QString &file, int line);
    void clearExecutionPoint();
    // The splitter's room while a session runs (editor and pane) and after (the result).
    void layoutForDebugging(bool debugging);

    CodeTreeModel *m_treeModel;
    FileTreePanel *m_files;
    EditorTabs *m_tabs;
    NoticeBar *m_notice;
    QLabel *m_changes;
    ResultPanel *m_results;
    ResultFeed *m_feed;
    DocumentLoader *m_loader;
    CodeDeployer *m_deployer;
    FileOperations *m_ops;
    QString m_shown;    // the function whose files are shown
    CallGuard *m_calls; // invalidated when another function is shown: drops stale results
    QString m_handler;  // the handler's file, relative
    QString m_selectAfterRefresh;
    bool m_treeLoaded = false;
    DebuggerPanel *m_debugPanel = nullptr;
    QSplitter *m_vertical = nullptr;
    QString m_executionFile; // where the debugger is paused (relative), while it is
    int m_executionLine = 0;
};

} // namespace lambdesk
