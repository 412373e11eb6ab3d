#pragma once

#include <QHash>
#include <QObject>

#include <optional>

namespace lambdesk {

class BackendHost;
class CallGuard;
class EditorTabs;
class FileWatcher;

// Brings the shown function's files into the editor tabs: reads them off the GUI thread,
// opens them as asked (a line to mark, the focus), notices when another program changes an
// open file (and lets its tab offer a reload), and keeps a function's tabs, with changes
// not deployed, while another function is shown, so switching loses nothing.
class DocumentLoader : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        int line = 0; // 1-based; > 0: jump there and mark it (a stack-trace frame)
        QString note; // shown under the marked line
        bool makeCurrent = true;
        bool focus = false;          // the user asked for it: type into it at once
        std::optional<QString> text; // changes kept from an earlier visit
    };

    DocumentLoader(BackendHost *host, EditorTabs *tabs, QObject *parent = nullptr);

    // Shows another function (empty: none): keeps the current one's tabs, closes them.
    void setFunction(const QString &name, const QString &codeDir);
    void open(const QString &path) { open(path, Request()); }
    void open(const QString &path, const Request &how);
    // Reopens what was kept for the shown function; false when nothing was kept.
    // keptChanges receives the files whose changes came back.
    bool restore(QStringList *keptChanges);
    // Changes not deployed that are not in an open tab (kept, or still being read).
    bool hasKeptChanges() const;
    void forget(const QString &function);
    // A save of another function's file finished: what was kept is deployed now.
    void savedElsewhere(const QString &function, const QString &path, const QByteArray &content);
    // Watches open files again after a rename moved them.
    void rewatch();
    FileWatcher *watcher() const { return m_watcher; }

Q_SIGNALS:
    void opened(const QString &path);
    void openFailed(const QString &path, const QString &message);
    void sourceShown(const QString &path, int line);
    // An open file changed on disk and its tab has looked at it.
    void diskChangeHandled(const QString &path);
    // Something in the code folder changed on disk (the owner refreshes and re-hashes).
    void codeTouched(bool folders);

private:
    struct Session
    {
        QStringList paths;
        QString current;
        QHash<QString, QString> modified;
    };
    void onRead(const QString &path, const QByteArray &content);
    void onFileChanged(const QString &absolutePath);
    void keep();

    BackendHost *m_host;
    EditorTabs *m_tabs;
    FileWatcher *m_watcher;
    QString m_function;
    QString m_codeDir;
    CallGuard *m_calls; // invalidated when another function is shown: drops stale reads
    bool m_forgetShown = false;
    QHash<QString, Request> m_pending;
    QHash<QString, Session> m_sessions;
};

} // namespace lambdesk
