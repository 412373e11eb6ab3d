#include "ziparchive.h"

#include "store/codetree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sys/stat.h>
#include <zip.h>

namespace lambdesk::ziparchive {

namespace {

Error unzipError(const QString &detail)
{
    return Error::invalid(
        QStringLiteral("ZipFile"),
        QStringLiteral("Could not unzip uploaded file. Please check your file, then try to upload again. (%1)")
            .arg(detail));
}

struct ZipCloser
{
    void operator()(zip_t *z) const
    {
        if (z)
            zip_discard(z);
    }
};

} // namespace

Status extract(const QByteArray &bytes, const QString &dest, qint64 maxUnzipped)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &err);
    if (!src)
        return unzipError(QString::fromUtf8(zip_error_strerror(&err)));
    std::unique_ptr<zip_t, ZipCloser> za(zip_open_from_source(src, ZIP_RDONLY, &err));
    if (!za) {
        zip_source_free(src);
        const QString why = QString::fromUtf8(zip_error_strerror(&err));
        zip_error_fini(&err);
        return unzipError(why);
    }
    const zip_int64_t count = zip_get_num_entries(za.get(), 0);
    // Sizes first: refuse before writing anything.
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        if (zip_stat_index(za.get(), zip_uint64_t(i), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
            total += qint64(st.size);
    }
    if (total > maxUnzipped)
        return Error::invalid(
            QStringLiteral("ZipFile"),
            QStringLiteral("Unzipped size must be smaller than %1 bytes; this archive unpacks to %2 bytes")
                .arg(maxUnzipped)
                .arg(total));
    const QDir root(dest);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *rawName = zip_get_name(za.get(), zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!rawName)
            return unzipError(QStringLiteral("unreadable entry name"));
        const QString name = QString::fromUtf8(rawName);
        const bool isDir = name.endsWith(u'/');
        const QString rel = codetree::safeRelativePath(isDir ? name.chopped(1) : name);
        if (rel.isEmpty()) {
            if (isDir && (name == u"/" || name == u"./"))
                continue;
            return unzipError(QStringLiteral("entry '%1' would be written outside the code folder").arg(name));
        }
        const QString target = root.filePath(rel);
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        zip_file_get_external_attributes(za.get(), zip_uint64_t(i), 0, &opsys, &attributes);
        const mode_t mode = opsys == ZIP_OPSYS_UNIX ? mode_t(attributes >> 16) : 0;
        if (isDir || S_ISDIR(mode)) {
            QDir().mkpath(target);
            continue;
        }
        QDir().mkpath(QFileInfo(target).absolutePath());
        zip_file_t *zf = zip_fopen_index(za.get(), zip_uint64_t(i), 0);
        if (!zf)
            return unzipError(QString::fromUtf8(zip_strerror(za.get())));
        QByteArray content;
        char buf[65536];
        zip_int64_t n;
        while ((n = zip_fread(zf, buf, sizeof buf)) > 0) {
            content.append(buf, qsizetype(n));
            if (content.size() > maxUnzipped) {
                zip_fclose(zf);
                return Error::invalid(QStringLiteral("ZipFile"),
                                      QStringLiteral("Unzipped size must be smaller than %1 bytes").arg(maxUnzipped));
            }
        }
        zip_fclose(zf);
        if (n < 0)
            return unzipError(QStringLiteral("entry '%1' is damaged").arg(name));
        if (S_ISLNK(mode)) {
            // A symbolic link: keep it only when it points inside the package.
            const QString linkTarget = QString::fromUtf8(content);
            const QString resolved = QDir::cleanPath(QFileInfo(target).absolutePath() + u'/' + linkTarget);
            if (QDir::isAbsolutePath(linkTarget) || !resolved.startsWith(root.absolutePath() + u'/'))
                return unzipError(QStringLiteral("link '%1' points outside the code folder").arg(name));
            QFile::link(linkTarget, target);
            continue;
        }
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            return Error::internal(QStringLiteral("Cannot write %1").arg(target));
        out.close();
        if (mode & 0777)
            ::chmod(QFile::encodeName(target).constData(), (mode & 0777) | S_IRUSR | S_IWUSR);
    }
    return Ok{};
}

Result<QByteArray> create(const QString &dir)
{
    QTemporaryFile tmp;
    if (!tmp.open())
        return Error::internal(QStringLiteral("Cannot create a temporary file for the zip"));
    const QByteArray path = QFile::encodeName(tmp.fileName());
    tmp.close();
    int errorCode = 0;
    zip_t *za = zip_open(path.constData(), ZIP_TRUNCATE, &errorCode);
    if (!za)
        return Error::internal(QStringLiteral("Cannot create a zip (libzip error %1)").arg(errorCode));
    for (const QString &rel : codetree::files(dir)) {
        const QByteArray full = QFile::encodeName(QDir(dir).filePath(rel));
        zip_source_t *src = zip_source_file(za, full.constData(), 0, -1);
        if (!src) {
            zip_discard(za);
            return Error::internal(QStringLiteral("Cannot add %1 to the zip").arg(rel));
        }
        const zip_int64_t idx = zip_file_add(za, rel.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (idx < 0) {
            zip_source_free(src);
            zip_discard(za);
            return Error::internal(QStringLiteral("Cannot add %1 to the zip").arg(rel));
        }
        struct stat st;
        if (::stat(full.constData(), &st) == 0)
            zip_file_set_external_attributes(za, zip_uint64_t(idx), 0, ZIP_OPSYS_UNIX, zip_uint32_t(st.st_mode) << 16);
    }
    if (zip_close(za) != 0) {
        zip_discard(za);
        return Error::internal(QStringLiteral("Cannot write the zip"));
    }
    QFile f(tmp.fileName());
    if (!f.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("Cannot read the zip back"));
    return f.readAll();
}

} // namespace lambdesk::ziparchive
