#pragma once

#include <QString>
#include <QStringList>

namespace lambdesk::codetree {

// Relative paths of the files under root, sorted, without caches that the runtimes write
// themselves (__pycache__, .pyc) so that running code does not change its identity.
QStringList files(const QString &root);

struct Digest
{
    QString sha256Base64; // as AWS shows CodeSha256
    qint64 size = 0;      // total bytes of the files
};
Digest digest(const QString &root);

// Copies the tree src into dst (which must not exist), keeping the executable bits.
bool copyTree(const QString &src, const QString &dst, QString *error);
bool removeTree(const QString &path);

// A path inside root that names a file the user may create or edit: relative, no "..",
// no absolute part. Returns the cleaned relative path, or an empty string when it escapes.
QString safeRelativePath(const QString &relative);

} // namespace lambdesk::codetree
