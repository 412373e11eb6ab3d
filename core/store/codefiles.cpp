#include "codefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace lambdesk::codefiles {

namespace {

constexpr int kMaxNameBytes = 255;
constexpr int kMaxPathChars = 1024;

bool isCache(const QString &relative)
{
    return relative.contains(QLatin1String("__pycache__")) || relative.endsWith(QLatin1String(".pyc"));
}

QString quoted(const QString &s)
{
    return u'\u201c' + s + u'\u201d';
}

// The canonical form of `path`, also when its tail does not exist yet: the existing part is
// resolved (symbolic links followed), the rest appended as typed.
QString canonicalish(const QString &path)
{
    QString existing = QDir::cleanPath(path);
    QStringList rest;
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const int slash = existing.lastIndexOf(u'/');
        if (slash < 0)
            return QDir::cleanPath(path);
        rest.prepend(existing.mid(slash + 1));
        existing = slash == 0 ? QStringLiteral("/") : existing.left(slash);
    }
    QString canonical = QFileInfo(existing).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = existing;
    for (const QString &part : std::as_const(rest))
        canonical += (canonical.endsWith(u'/') ? QString() : QStringLiteral("/")) + part;
    return canonical;
}

// The absolute path of a checked relative path; its parent folder must resolve inside root
// (a symbolic link to a folder elsewhere does not let a name escape).
Result<QString> target(const QString &root, const QString &relative, const QString &field)
{
    if (auto e = checkPath(relative, field))
        return *e;
    const QString rel = normalized(relative);
    const QString abs = QDir(root).absolutePath() + u'/' + rel;
    const QString parent = QFileInfo(abs).absolutePath();
    if (canonicalish(parent) != canonicalish(QDir(root).absolutePath()) && !isInside(root, parent)) {
        return Error::invalid(field,
                              QStringLiteral("%1 %2 leads outside the code folder (through a symbolic link); "
                                             "choose a path inside it")
                                  .arg(field, quoted(relative)));
    }
    return abs;
}

Error ioError(const QString &what, const QString &path, const QString &detail)
{
    return Error::internal(QStringLiteral("Cannot %1 %2: %3").arg(what, quoted(path), detail));
}

// A parent on the way that exists as a file makes the path impossible; say which one.
std::optional<Error> parentIsFile(const QString &root, const QString &rel, const QString &field)
{
    const QStringList parts = rel.split(u'/');
    QString walk;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        walk += (walk.isEmpty() ? QString() : QStringLiteral("/")) + parts[i];
        const QFileInfo info(root + u'/' + walk);
        if (info.exists() && !info.isDir()) {
            return Error::invalid(field,
                                  QStringLiteral("%1 %2: %3 is a file, so it cannot contain other files")
                                      .arg(field, quoted(rel), quoted(walk)));
        }
    }
    return std::nullopt;
}

Error alreadyExists(const QString &field, const QString &rel, bool folder)
{
    return Error{Error::Kind::Conflict,
                 QStringLiteral("%1 %2: a %3 with this name already exists; choose another name")
                     .arg(field, quoted(rel), folder ? QStringLiteral("folder") : QStringLiteral("file")),
                 field};
}

bool treeLess(const Entry &a, const Entry &b)
{
    const QStringList pa = a.path.split(u'/'), pb = b.path.split(u'/');
    const qsizetype common = std::min(pa.size(), pb.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (pa[i] == pb[i])
            continue;
        const bool aFolder = i + 1 < pa.size() || a.folder;
        const bool bFolder = i + 1 < pb.size() || b.folder;
        if (aFolder != bFolder)
            return aFolder;
        const int ci = QString::compare(pa[i], pb[i], Qt::CaseInsensitive);
        return ci != 0 ? ci < 0 : pa[i] < pb[i];
    }
    return pa.size() < pb.size();
}

} // namespace

std::optional<Error> checkPath(const QString &relative, const QString &field)
{
    const QString text = relative.trimmed();
    if (text.isEmpty())
        return Error::invalid(field, QStringLiteral("%1 is required").arg(field));
    if (relative.size() > kMaxPathChars)
        return Error::invalid(field, QStringLiteral("%1 is longer than %2 characters").arg(field).arg(kMaxPathChars));
    if (relative.startsWith(u'/') || relative == u"~" || relative.startsWith(QLatin1String("~/"))
        || QDir::isAbsolutePath(relative)) {
        return Error::invalid(
            field,
            QStringLiteral("%1 %2 must be relative to the code folder, like src/app.py").arg(field, quoted(relative)));
    }
    if (relative.contains(u'\\'))
        return Error::invalid(
            field,
            QStringLiteral("%1 %2 may not contain a backslash; separate folders with /").arg(field, quoted(relative)));
    for (const QChar c : relative) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Error::invalid(
                field, QStringLiteral("%1 may not contain control characters (tabs, line breaks)").arg(field));
    }
    int names = 0;
    for (const QString &part : relative.split(u'/')) {
        if (part.isEmpty() || part == u".")
            continue;
        if (part == u"..") {
            return Error::invalid(field,
                                  QStringLiteral("%1 %2 may not contain \"..\": files stay inside the code folder")
                                      .arg(field, quoted(relative)));
        }
        if (part.front().isSpace() || part.back().isSpace()) {
            return Error::invalid(
                field, QStringLiteral("%1: the name %2 may not start or end with a space").arg(field, quoted(part)));
        }
        if (part.toUtf8().size() > kMaxNameBytes) {
            return Error::invalid(field,
                                  QStringLiteral("%1: the name %2 is longer than %3 bytes")
                                      .arg(field, quoted(part.left(24) + QStringLiteral("…")))
                                      .arg(kMaxNameBytes));
        }
        ++names;
    }
    if (names == 0)
        return Error::invalid(
            field, QStringLiteral("%1 %2 names no file: type a name like app.py").arg(field, quoted(relative)));
    return std::nullopt;
}

QString normalized(const QString &relative)
{
    QStringList parts;
    for (const QString &part : relative.split(u'/')) {
        if (!part.isEmpty() && part != u".")
            parts.append(part);
    }
    return parts.join(u'/');
}

bool isInside(const QString &root, const QString &absolutePath, QString *relative)
{
    const QString base = canonicalish(QDir(root).absolutePath());
    const QString path = canonicalish(absolutePath);
    if (path == base || !path.startsWith(base + u'/'))
        return false;
    if (relative)
        *relative = path.mid(base.size() + 1);
    return true;
}

namespace {
// A path for something new: inside the code folder, under no file, and not taken yet.
struct NewPath
{
    QString absolute;
    QString relative;
};
Result<NewPath> newPath(const QString &root, const QString &relative, const QString &field)
{
    auto abs = target(root, relative, field);
    if (!abs)
        return abs.error();
    const QString rel = normalized(relative);
    if (auto e = parentIsFile(root, rel, field))
        return *e;
    const QFileInfo info(abs.value());
    if (info.exists() || info.isSymLink())
        return alreadyExists(field, rel, info.isDir());
    return NewPath{abs.value(), rel};
}
} // namespace

Result<QString> createFile(const QString &root, const QString &relative, const QByteArray &content)
{
    const QString field = QStringLiteral("File name");
    const auto path = newPath(root, relative, field);
    if (!path)
        return path.error();
    const QString &rel = path->relative;
    const QFileInfo info(path->absolute);
    if (!QDir().mkpath(info.absolutePath()))
        return ioError(QStringLiteral("create the folder for"), rel, QStringLiteral("permission denied or disk full"));
    QFile f(path->absolute);
    // NewOnly: a file that appeared meanwhile is not clobbered.
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return f.exists() ? alreadyExists(field, rel, false) : ioError(QStringLiteral("create"), rel, f.errorString());
    if (f.write(content) != content.size())
        return ioError(QStringLiteral("write"), rel, f.errorString());
    return rel;
}

Result<QString> createFolder(const QString &root, const QString &relative)
{
    const auto path = newPath(root, relative, QStringLiteral("Folder name"));
    if (!path)
        return path.error();
    if (!QDir().mkpath(path->absolute))
        return ioError(QStringLiteral("create the folder"), path->relative,
                       QStringLiteral("permission denied or disk full"));
    return path->relative;
}

Result<QString> rename(const QString &root, const QString &from, const QString &to)
{
    auto source = target(root, from, QStringLiteral("Path"));
    if (!source)
        return source.error();
    const QString field = QStringLiteral("New name");
    auto dest = target(root, to, field);
    if (!dest)
        return dest.error();
    const QString relFrom = normalized(from), relTo = normalized(to);
    const QFileInfo src(source.value());
    if (!src.exists() && !src.isSymLink())
        return Error::notFound(QStringLiteral("No file or folder named %1 in the code folder").arg(quoted(relFrom)));
    if (relTo == relFrom)
        return Error::invalid(
            field, QStringLiteral("%1 %2 is the current name; type a different one").arg(field, quoted(relTo)));
    if (src.isDir() && !src.isSymLink() && relTo.startsWith(relFrom + u'/')) {
        return Error::invalid(field,
                              QStringLiteral("%1 %2 lies inside %3: a folder cannot move into itself")
                                  .arg(field, quoted(relTo), quoted(relFrom)));
    }
    if (auto e = parentIsFile(root, relTo, field))
        return *e;
    const QFileInfo dst(dest.value());
    if (dst.exists() || dst.isSymLink())
        return alreadyExists(field, relTo, dst.isDir());
    if (!QDir().mkpath(dst.absolutePath()))
        return ioError(QStringLiteral("create the folder for"), relTo,
                       QStringLiteral("permission denied or disk full"));
    // rename(2) moves files and whole folders alike, in one step.
    if (!QDir().rename(source.value(), dest.value()))
        return ioError(QStringLiteral("rename"), relFrom, QStringLiteral("the file system refused (permissions?)"));
    return relTo;
}

Result<QString> remove(const QString &root, const QString &relative)
{
    auto abs = target(root, relative, QStringLiteral("Path"));
    if (!abs)
        return abs.error();
    const QString rel = normalized(relative);
    const QFileInfo info(abs.value());
    if (!info.exists() && !info.isSymLink())
        return Error::notFound(QStringLiteral("No file or folder named %1 in the code folder").arg(quoted(rel)));
    const bool ok = info.isDir() && !info.isSymLink() ? QDir(abs.value()).removeRecursively()
                                                      : QFile::remove(abs.value());
    if (!ok)
        return ioError(QStringLiteral("delete"), rel, QStringLiteral("the file system refused (permissions?)"));
    return rel;
}

Listing list(const QString &root, int maxEntries)
{
    Listing out;
    const QDir base(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = base.relativeFilePath(it.next());
        if (isCache(rel))
            continue;
        if (out.entries.size() >= maxEntries) {
            out.truncated = true;
            break;
        }
        const QFileInfo info = it.fileInfo();
        out.entries.append(Entry{rel, info.isDir(), info.isDir() ? 0 : info.size()});
    }
    if (out.truncated) {
        // Keep the tree whole: a listed entry's parents are listed too.
        QSet<QString> have;
        for (const Entry &e : std::as_const(out.entries))
            have.insert(e.path);
        const QList<Entry> listed = out.entries;
        for (const Entry &e : listed) {
            for (qsizetype slash = e.path.indexOf(u'/'); slash > 0; slash = e.path.indexOf(u'/', slash + 1)) {
                const QString parent = e.path.left(slash);
                if (!have.contains(parent)) {
                    have.insert(parent);
                    out.entries.append(Entry{parent, true, 0});
                }
            }
        }
    }
    std::sort(out.entries.begin(), out.entries.end(), treeLess);
    return out;
}

Result<QByteArray> read(const QString &root, const QString &relative)
{
    auto abs = target(root, relative, QStringLiteral("Path"));
    if (!abs)
        return abs.error();
    const QString rel = normalized(relative);
    const QFileInfo info(abs.value());
    if (!info.exists())
        return Error::notFound(QStringLiteral("No file named %1 in the code folder").arg(quoted(rel)));
    if (info.isDir())
        return Error::invalid(QStringLiteral("Path"), QStringLiteral("%1 is a folder, not a file").arg(quoted(rel)));
    if (!isInside(root, info.absoluteFilePath()))
        return Error::invalid(QStringLiteral("Path"),
                              QStringLiteral("%1 is a link to a file outside the code folder").arg(quoted(rel)));
    if (info.size() > kMaxEditableBytes) {
        return Error::invalid(QStringLiteral("Path"),
                              QStringLiteral("%1 is %2 MB; the editor opens files up to %3 MB")
                                  .arg(quoted(rel))
                                  .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                  .arg(kMaxEditableBytes / (1024 * 1024)));
    }
    QFile f(abs.value());
    if (!f.open(QIODevice::ReadOnly))
        return ioError(QStringLiteral("read"), rel, f.errorString());
    QByteArray content = f.readAll();
    if (content.contains('\0')) {
        return Error::invalid(QStringLiteral("Path"),
                              QStringLiteral("%1 looks like a binary file (it contains NUL bytes); "
                                             "the editor opens text files only")
                                  .arg(quoted(rel)));
    }
    return content;
}

} // namespace lambdesk::codefiles
