#include "codetree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lambdesk::codetree {

bool isCache(const QString &relative)
{
    return relative.contains(QLatin1String("__pycache__")) || relative.endsWith(QLatin1String(".pyc"));
}

QStringList files(const QString &root)
{
    QStringList out;
    const QDir base(root);
    // No FollowSymlinks: a link to a folder is listed as a link, not walked into.
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode))
            continue;
        const QString rel = base.relativeFilePath(path);
        if (!isCache(rel))
            out.append(rel);
    }
    out.sort();
    return out;
}

struct DigestBuilder::State
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(ctx); }
};

DigestBuilder::DigestBuilder() : m_state(std::make_unique<State>())
{
    EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr);
}

DigestBuilder::~DigestBuilder() = default;

void DigestBuilder::add(QByteArrayView bytes)
{
    EVP_DigestUpdate(m_state->ctx, bytes.data(), size_t(bytes.size()));
}

void DigestBuilder::beginFile(const QString &relative)
{
    add(relative.toUtf8());
    add(QByteArrayView("\0", 1));
}

void DigestBuilder::addContent(QByteArrayView bytes)
{
    add(bytes);
    m_size += bytes.size();
}

void DigestBuilder::addLink(const QString &relative, const QByteArray &target)
{
    // A link is its target text: what it points at is not part of the code.
    beginFile(relative);
    add(QByteArrayView("\0symlink\0", 9));
    add(target);
}

Digest DigestBuilder::result()
{
    unsigned char sha[32];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->ctx, sha, &length);
    EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr);
    return Digest{QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(sha), length).toBase64()), m_size};
}

Digest digest(const QString &root)
{
    DigestBuilder builder;
    for (const QString &rel : files(root)) {
        const QByteArray path = QFile::encodeName(root + u'/' + rel);
        struct stat st;
        if (::lstat(path.constData(), &st) != 0)
            continue;
        if (S_ISLNK(st.st_mode)) {
            QByteArray target(4096, '\0');
            const ssize_t n = ::readlink(path.constData(), target.data(), size_t(target.size()));
            if (n >= 0) {
                target.truncate(n);
                builder.addLink(rel, target);
            }
            continue;
        }
        // O_NOFOLLOW: a file swapped for a link meanwhile is not read through.
        const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            continue;
        builder.beginFile(rel);
        char buf[65536];
        ssize_t n;
        while ((n = ::read(fd, buf, sizeof buf)) > 0)
            builder.addContent(QByteArrayView(buf, n));
        ::close(fd);
    }
    return builder.result();
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
        if (isCache(rel))
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
