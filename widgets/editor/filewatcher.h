#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace lambdesk {

// Notices changes other programs make: to open files (content changed, deleted, replaced
// by an atomic save, re-created) and to the folders of a tree (entries added or removed).
// Bursts are coalesced into one notification per path. It only notices; the owner reads
// the file (off the GUI thread) and decides whether it really differs.
class FileWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FileWatcher(QObject *parent = nullptr);

    void watchFile(const QString &path);
    void unwatchFile(const QString &path);
    QStringList files() const;
    // The folders whose entries matter (a file tree); replaces the previous set.
    void setFolders(const QStringList &folders);
    void clear();

Q_SIGNALS:
    // The file may have changed, been deleted or re-created (absolute path).
    void fileChanged(const QString &path);
    // Something was added to or removed from one of the folders.
    void foldersChanged();

private:
    void onFileChanged(const QString &path);
    void onDirectoryChanged(const QString &dir);
    void syncDirectories();
    void flush();

    QFileSystemWatcher m_watcher;
    QHash<QString, bool> m_files; // path -> existed when last looked at
    QSet<QString> m_folders;
    QSet<QString> m_pendingFiles;
    QSet<QString> m_directFiles; // had an event of their own (content)
    bool m_pendingFolders = false;
    QTimer m_coalesce;
};

} // namespace lambdesk
