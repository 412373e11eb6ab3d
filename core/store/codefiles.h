#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Pure file operations on one function's code folder (the Code tab's file tree): create,
// rename, delete, list and read, each checking the path the user typed first. No Backend,
// no GUI: the caller runs them on the backend thread and then calls Backend::codeChanged().
namespace lambdesk::codefiles {

// One file or folder under the code root.
struct Entry
{
    QString path; // relative, '/'-separated, e.g. "src/util.py"
    bool folder = false;
    qint64 size = 0; // bytes (files)
    bool operator==(const Entry &) const = default;
};

struct Listing
{
    QList<Entry> entries;   // folders before their contents; parents always listed
    bool truncated = false; // more than the limit: the rest is not listed
};

// The limit above which read() refuses a file (the editor is for source, not bundles).
constexpr qint64 kMaxEditableBytes = 5 * 1024 * 1024;

// Checks a path the user typed for a new file/folder name, without touching the disk:
// required, relative, no "..", no backslash or control characters, no name starting or
// ending with a space, each name at most 255 bytes. `field` names the input in the message
// ("File name", "Folder name", "New name").
std::optional<Error> checkPath(const QString &relative, const QString &field);

// The path as the tree shows it: "./a//b/" -> "a/b". Call after checkPath() succeeded.
QString normalized(const QString &relative);

// Each returns the normalized relative path it acted on, or an Error that says what is
// wrong and with which input. Nothing is ever overwritten: an existing target is an error.
Result<QString> createFile(const QString &root, const QString &relative, const QByteArray &content = {});
Result<QString> createFolder(const QString &root, const QString &relative);
// Renames or moves a file or a folder (with its contents); missing parent folders of `to`
// are created.
Result<QString> rename(const QString &root, const QString &from, const QString &to);
// Deletes a file, or a folder with everything in it. A symbolic link is removed, never followed.
Result<QString> remove(const QString &root, const QString &relative);

// Everything under root except the caches runtimes write (__pycache__, *.pyc), sorted as a
// tree shows it (folders first, then by name, case-insensitively), at most maxEntries.
Listing list(const QString &root, int maxEntries = 5000);

// The content of a text file for the editor: refuses folders, files above kMaxEditableBytes
// and binary files (NUL bytes), with a message saying so.
Result<QByteArray> read(const QString &root, const QString &relative);

// Whether `absolutePath` lies inside root (after resolving symbolic links of the part that
// exists); if so, *relative receives the path relative to root.
bool isInside(const QString &root, const QString &absolutePath, QString *relative = nullptr);

} // namespace lambdesk::codefiles
