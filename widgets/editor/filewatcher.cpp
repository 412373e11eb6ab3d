#include "filewatcher.h"

#include <QFileInfo>

#include <utility>

namespace lambdesk {

FileWatcher::FileWatcher(QObject *parent) : QObject(parent)
{
    // Editors save in bursts (write, rename, chmod): report once when it has settled.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(150);
    connect(&m_coalesce, &QTimer::timeout, this, &FileWatcher::flush);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatcher::onFileChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatcher::onDirectoryChanged);
}

void FileWatcher::watchFile(const QString &path)
{
    if (m_files.contains(path))
        return;
    const bool exists = QFileInfo::exists(path);
    m_files.insert(path, exists);
    if (exists)
        m_watcher.addPath(path);
    syncDirectories();
}

void FileWatcher::unwatchFile(const QString &path)
{
    if (!m_files.remove(path))
        return;
    m_pendingFiles.remove(path);
    m_directFiles.remove(path);
    if (m_watcher.files().contains(path))
        m_watcher.removePath(path);
    syncDirectories();
}

QStringList FileWatcher::files() const
{
    return m_files.keys();
}

void FileWatcher::setFolders(const QStringList &folders)
{
    m_folders = QSet<QString>(folders.begin(), folders.end());
    syncDirectories();
}

void FileWatcher::clear()
{
    m_files.clear();
    m_folders.clear();
    m_pendingFiles.clear();
    m_directFiles.clear();
    m_pendingFolders = false;
    m_coalesce.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
}

// Watched: the chosen folders, and the folder of every watched file (a file replaced by an
// atomic rename or re-created after a delete shows up there, not on the file's own watch).
void FileWatcher::syncDirectories()
{
    QSet<QString> wanted = m_folders;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        wanted.insert(QFileInfo(it.key()).absolutePath());
    const QStringList current = m_watcher.directories();
    QStringList remove;
    for (const QString &dir : current) {
        if (!wanted.contains(dir))
            remove.append(dir);
        wanted.remove(dir);
    }
    if (!remove.isEmpty())
        m_watcher.removePaths(remove);
    QStringList add;
    for (const QString &dir : std::as_const(wanted)) {
        if (QFileInfo(dir).isDir())
            add.append(dir);
    }
    if (!add.isEmpty())
        m_watcher.addPaths(add);
}

void FileWatcher::onFileChanged(const QString &path)
{
    if (!m_files.contains(path))
        return;
    m_pendingFiles.insert(path);
    m_directFiles.insert(path);
    m_coalesce.start();
}

void FileWatcher::onDirectoryChanged(const QString &dir)
{
    if (m_folders.contains(dir))
        m_pendingFolders = true;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (QFileInfo(it.key()).absolutePath() == dir)
            m_pendingFiles.insert(it.key());
    }
    m_coalesce.start();
}

void FileWatcher::flush()
{
    const QSet<QString> files = std::exchange(m_pendingFiles, {});
    const QSet<QString> direct = std::exchange(m_directFiles, {});
    const QStringList watchedNow = m_watcher.files();
    for (const QString &path : files) {
        if (!m_files.contains(path))
            continue;
        const bool exists = QFileInfo::exists(path);
        const bool existed = m_files.value(path);
        m_files.insert(path, exists);
        const bool unwatched = exists && !watchedNow.contains(path);
        // inotify follows the inode: after an atomic save the new file needs a new watch.
        if (unwatched)
            m_watcher.addPath(path);
        // A folder event about a sibling: nothing happened to this file.
        if (!direct.contains(path) && exists == existed && !unwatched)
            continue;
        Q_EMIT fileChanged(path);
    }
    if (std::exchange(m_pendingFolders, false))
        Q_EMIT foldersChanged();
}

} // namespace lambdesk
