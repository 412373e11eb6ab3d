#include "codetree.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace lambdesk::codetree {

static bool skipped(const QString &relative)
{
    return relative.contains(QLatin1String("__pycache__")) || relative.endsWith(QLatin1String(".pyc"));
}

QStringList files(const QString &root)
{
    QStringList out;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = base.relativeFilePath(it.next());
        if (!skipped(rel))
            out.append(rel);
    }
    out.sort();
    return out;
}

Digest digest(const QString &root)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Digest d;
    for (const QString &rel : files(root)) {
        QFile f(root + u'/' + rel);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        hash.addData(rel.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        const QByteArray content = f.readAll();
        hash.addData(content);
        d.size += content.size();
    }
    d.sha256Base64 = QString::fromLatin1(hash.result().toBase64());
    return d;
}

bool copyTree(const QString &src, const QString &dst, QString *error)
{
    const QDir srcDir(src);
    if (!srcDir.exists()) {
        if (error)
            *error = QStringLiteral("Code folder %1 does not exist").arg(src);
        return false;
    }
    if (!QDir().mkpath(dst)) {
        if (error)
            *error = QStringLiteral("Cannot create folder %1").arg(dst);
        return false;
    }
    QDirIterator it(src, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = srcDir.relativeFilePath(path);
        if (skipped(rel))
            continue;
        const QString target = dst + u'/' + rel;
        if (info.isDir()) {
            if (!QDir().mkpath(target)) {
                if (error)
                    *error = QStringLiteral("Cannot create folder %1").arg(target);
                return false;
            }
            continue;
        }
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target)) {
            if (error)
                *error = QStringLiteral("Cannot copy %1 to %2").arg(path, target);
            return false;
        }
        // QFile::copy from a resource leaves the copy read-only; make it editable, keep +x.
        QFile::setPermissions(target, info.permissions() | QFile::WriteOwner | QFile::ReadOwner);
    }
    return true;
}

bool removeTree(const QString &path)
{
    return QDir(path).removeRecursively();
}

QString safeRelativePath(const QString &relative)
{
    if (relative.isEmpty() || QDir::isAbsolutePath(relative))
        return {};
    const QString clean = QDir::cleanPath(relative);
    if (clean == u"." || clean == u".." || clean.startsWith(QLatin1String("../")))
        return {};
    return clean;
}

} // namespace lambdesk::codetree
