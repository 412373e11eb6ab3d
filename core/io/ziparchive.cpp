#include "ziparchive.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QMutex>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/openat2.h>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <utility>
#include <zip.h>

namespace lambdesk::ziparchive {

namespace {

constexpr int kMaxLinkHops = 40;           // as the kernel's ELOOP
constexpr qsizetype kMaxLinkTarget = 4095; // PATH_MAX - 1

std::atomic<bool> g_forceWalk{false};
std::atomic<bool> g_noOpenat2{false}; // the kernel said ENOSYS once
QMutex g_hookLock;
std::function<void(const QString &)> g_hook;

QString quoted(const QString &s)
{
    return u'\u201c' + s + u'\u201d';
}

Error unzipError(const QString &detail)
{
    return Error::invalid(
        QStringLiteral("ZipFile"),
        QStringLiteral("Could not unzip uploaded file. Please check your file, then try to upload again. (%1)")
            .arg(detail));
}

Error entryError(const QString &entry, const QString &rule)
{
    return unzipError(QStringLiteral("entry %1 %2").arg(quoted(entry), rule));
}

Error tooLarge(qint64 maxUnzipped)
{
    // AWS's words, exactly.
    return Error::invalid(QStringLiteral("ZipFile"),
                          QStringLiteral("Unzipped size must be smaller than %1 bytes").arg(maxUnzipped));
}

struct ZipCloser
{
    void operator()(zip_t *z) const
    {
        if (z)
            zip_discard(z);
    }
};
struct FileCloser
{
    void operator()(zip_file_t *f) const
    {
        if (f)
            zip_fclose(f);
    }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;
using ZipFilePtr = std::unique_ptr<zip_file_t, FileCloser>;

struct Fd
{
    int fd = -1;
    explicit Fd(int f = -1) : fd(f) {}
    Fd(Fd &&o) noexcept : fd(std::exchange(o.fd, -1)) {}
    Fd &operator=(Fd &&o) noexcept
    {
        std::swap(fd, o.fd);
        return *this;
    }
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    explicit operator bool() const { return fd >= 0; }
};

Result<ZipPtr> open(const QByteArray &bytes)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &err);
    if (!src) {
        const QString why = QString::fromUtf8(zip_error_strerror(&err));
        zip_error_fini(&err);
        return unzipError(why);
    }
    ZipPtr za(zip_open_from_source(src, ZIP_RDONLY, &err));
    if (!za) {
        zip_source_free(src);
        const QString why = QString::fromUtf8(zip_error_strerror(&err));
        zip_error_fini(&err);
        return unzipError(why);
    }
    zip_error_fini(&err);
    return za;
}

// ---- the package as a tree, checked before anything is written ----

enum class Kind { Folder, File, Link };

struct Item
{
    Kind kind = Kind::Folder;
    zip_uint64_t index = 0;
    mode_t mode = 0;
    QByteArray target; // links
    QString entry;     // the name as the archive spells it (for messages)
};

struct Plan
{
    QMap<QString, Item> items; // by relative path: a folder sorts before what it holds
};

QStringList components(const QString &path)
{
    QStringList out;
    for (const QString &part : path.split(u'/')) {
        if (!part.isEmpty() && part != u".")
            out.append(part);
    }
    return out;
}

// Resolves a link's target as the kernel would, inside the package (following the package's
// other links): false when it leaves the package at any step, or loops.
std::optional<QString> leavesPackage(const Plan &plan, const QString &linkPath)
{
    QStringList current = linkPath.split(u'/');
    current.removeLast();
    QByteArray target = plan.items.value(linkPath).target;
    QStringList pending;
    int hops = 0;
    for (;;) {
        if (target.startsWith('/'))
            return QStringLiteral("is a symbolic link to %1, outside the code folder (links must stay inside the "
                                  "package)")
                .arg(quoted(QString::fromUtf8(plan.items.value(linkPath).target)));
        pending = QString::fromUtf8(target).split(u'/') + pending;
        target.clear();
        while (!pending.isEmpty()) {
            const QString part = pending.takeFirst();
            if (part.isEmpty() || part == u".")
                continue;
            if (part == u"..") {
                if (current.isEmpty())
                    return QStringLiteral("is a symbolic link to %1, which leads outside the code folder (links "
                                          "must stay inside the package)")
                        .arg(quoted(QString::fromUtf8(plan.items.value(linkPath).target)));
                current.removeLast();
                continue;
            }
            const QString candidate = (current + QStringList{part}).join(u'/');
            const auto it = plan.items.constFind(candidate);
            if (it != plan.items.cend() && it->kind == Kind::Link) {
                if (++hops > kMaxLinkHops)
                    return QStringLiteral("is part of a loop of symbolic links");
                target = it->target;
                break;
            }
            current.append(part);
        }
        if (target.isEmpty() && pending.isEmpty())
            return std::nullopt;
    }
}

Result<QByteArray> readLinkTarget(zip_t *za, const Item &item)
{
    ZipFilePtr f(zip_fopen_index(za, item.index, 0));
    if (!f)
        return entryError(item.entry, QStringLiteral("cannot be read: %1").arg(QString::fromUtf8(zip_strerror(za))));
    QByteArray target;
    char buf[1024];
    zip_int64_t n;
    while ((n = zip_fread(f.get(), buf, sizeof buf)) > 0) {
        target.append(buf, qsizetype(n));
        if (target.size() > kMaxLinkTarget)
            return entryError(
                item.entry,
                QStringLiteral("is a symbolic link with a target longer than %1 bytes").arg(kMaxLinkTarget));
    }
    if (n < 0)
        return entryError(item.entry, QStringLiteral("is damaged"));
    if (target.isEmpty() || target.contains('\0'))
        return entryError(item.entry, QStringLiteral("is a symbolic link without a valid target"));
    return target;
}

Result<Plan> makePlan(zip_t *za, qint64 maxUnzipped)
{
    Plan plan;
    const zip_int64_t count = zip_get_num_entries(za, 0);
    qint64 declared = 0; // saturates at maxUnzipped + 1: a size near 2^64 cannot wrap it
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = zip_uint64_t(i);
        const char *rawName = zip_get_name(za, index, ZIP_FL_ENC_GUESS);
        if (!rawName)
            return unzipError(QStringLiteral("unreadable entry name"));
        const QString name = QString::fromUtf8(rawName);
        const bool folderName = name.endsWith(u'/');
        if (name.startsWith(u'/') || name.split(u'/').contains(QStringLiteral("..")))
            return entryError(name, QStringLiteral("would be written outside the code folder"));
        const QStringList parts = components(name);
        if (parts.isEmpty()) {
            if (folderName)
                continue; // "./": the root itself
            return entryError(name, QStringLiteral("has no file name"));
        }
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        zip_file_get_external_attributes(za, index, 0, &opsys, &attributes);
        const mode_t mode = opsys == ZIP_OPSYS_UNIX ? mode_t(attributes >> 16) : 0;
        Item item;
        item.index = index;
        item.mode = mode;
        item.entry = name;
        item.kind = folderName || S_ISDIR(mode) ? Kind::Folder : S_ISLNK(mode) ? Kind::Link : Kind::File;

        zip_stat_t st;
        if (zip_stat_index(za, index, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
            if (st.size > zip_uint64_t(maxUnzipped) || declared + qint64(st.size) > maxUnzipped)
                declared = maxUnzipped + 1;
            else
                declared += qint64(st.size);
        }

        // Every folder on the way is a folder of the package: not a file, not a link.
        QString path;
        for (qsizetype p = 0; p + 1 < parts.size(); ++p) {
            path += (path.isEmpty() ? QString() : QStringLiteral("/")) + parts[p];
            const auto it = plan.items.constFind(path);
            if (it == plan.items.cend()) {
                plan.items.insert(path, Item{Kind::Folder, 0, 0, {}, path + u'/'});
            } else if (it->kind != Kind::Folder) {
                return entryError(
                    name,
                    QStringLiteral("lies beneath %1, which the package makes a %2")
                        .arg(quoted(path),
                             it->kind == Kind::Link ? QStringLiteral("symbolic link") : QStringLiteral("file")));
            }
        }
        const QString rel = parts.join(u'/');
        const auto existing = plan.items.constFind(rel);
        if (existing != plan.items.cend()) {
            if (existing->kind == Kind::Folder && item.kind == Kind::Folder)
                continue;
            return entryError(name, QStringLiteral("appears twice in the package (as a folder, a file or a link)"));
        }
        plan.items.insert(rel, item);
    }
    if (declared > maxUnzipped)
        return tooLarge(maxUnzipped); // declared honestly: refused before anything is read
    for (auto it = plan.items.begin(); it != plan.items.end(); ++it) {
        if (it->kind != Kind::Link)
            continue;
        auto target = readLinkTarget(za, *it);
        if (!target)
            return target.error();
        it->target = target.value();
    }
    for (auto it = plan.items.cbegin(); it != plan.items.cend(); ++it) {
        if (it->kind != Kind::Link)
            continue;
        if (const auto why = leavesPackage(plan, it.key()))
            return entryError(it->entry, *why);
    }
    return plan;
}

// Streams one file entry to `sink`, counting every byte against the limit; never trusts the
// size the archive declares.
template<typename Sink>
Status readEntry(zip_t *za, const Item &item, qint64 &total, qint64 maxUnzipped, const std::atomic<bool> *cancel,
                 Sink sink)
{
    ZipFilePtr f(zip_fopen_index(za, item.index, 0));
    if (!f)
        return entryError(item.entry, QStringLiteral("cannot be read: %1").arg(QString::fromUtf8(zip_strerror(za))));
    static constexpr zip_uint64_t kChunk = 65536;
    auto buf = std::make_unique<char[]>(kChunk);
    zip_int64_t n;
    while ((n = zip_fread(f.get(), buf.get(), kChunk)) > 0) {
        total += n;
        if (total > maxUnzipped)
            return tooLarge(maxUnzipped);
        if (cancel && cancel->load())
            return Error::internal(QStringLiteral("Unzipping was cancelled: Lambdesk is stopping"));
        if (auto s = sink(QByteArrayView(buf.get(), qsizetype(n))); !s)
            return s;
    }
    if (n < 0)
        return entryError(item.entry,
                          QStringLiteral("is damaged (%1)").arg(QString::fromUtf8(zip_file_strerror(f.get()))));
    return Ok{};
}

// ---- opening paths beneath a folder without ever following a link ----

int openat2Beneath(int root, const QByteArray &path, int flags, mode_t mode)
{
    open_how how{};
    how.flags = quint64(flags);
    how.mode = (flags & O_CREAT) ? quint64(mode) : 0;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS;
    return int(::syscall(SYS_openat2, root, path.constData(), &how, sizeof how));
}

// The fallback: every folder on the way opened with O_NOFOLLOW, one component at a time
// (components are plain names: the plan refused "..", "." and empty ones).
int walkBeneath(int root, const QStringList &parts, int flags, mode_t mode)
{
    Fd current(::fcntl(root, F_DUPFD_CLOEXEC, 0));
    if (!current)
        return -1;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        Fd next(::openat(current.fd, QFile::encodeName(parts[i]).constData(),
                         O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next)
            return -1;
        current = std::move(next);
    }
    return ::openat(current.fd, QFile::encodeName(parts.last()).constData(), flags | O_NOFOLLOW | O_CLOEXEC, mode);
}

// Opens `relative` (plain components) beneath the folder `root`; fails rather than resolve
// any component through a symbolic link.
int openBeneath(int root, const QString &relative, int flags, mode_t mode = 0)
{
    const int all = flags | O_NOFOLLOW | O_CLOEXEC;
    if (!g_forceWalk.load() && !g_noOpenat2.load()) {
        const int fd = openat2Beneath(root, QFile::encodeName(relative), all, mode);
        if (fd >= 0 || (errno != ENOSYS && errno != EPERM))
            return fd;
        g_noOpenat2 = true; // no openat2 here (or a seccomp filter refuses it): walk from now on
    }
    return walkBeneath(root, relative.split(u'/'), all, mode);
}

QString parentOf(const QString &relative)
{
    const qsizetype slash = relative.lastIndexOf(u'/');
    return slash < 0 ? QString() : relative.left(slash);
}
QString nameOf(const QString &relative)
{
    return relative.mid(relative.lastIndexOf(u'/') + 1);
}

// The folder holding `relative`, opened beneath root (root itself for a top-level name).
Fd parentBeneath(int root, const QString &relative)
{
    const QString parent = parentOf(relative);
    if (parent.isEmpty())
        return Fd(::fcntl(root, F_DUPFD_CLOEXEC, 0));
    return Fd(openBeneath(root, parent, O_PATH | O_DIRECTORY));
}

Error writeError(const Item &item, int err)
{
    return entryError(item.entry, QStringLiteral("cannot be written: %1").arg(QString::fromLocal8Bit(strerror(err))));
}

Status writeAll(int fd, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error::internal(
                QStringLiteral("Cannot write the unzipped code: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        }
        done += n;
    }
    return Ok{};
}

Status extractPlan(zip_t *za, const Plan &plan, int root, qint64 maxUnzipped, const std::atomic<bool> *cancel)
{
    qint64 total = 0;
    // Folders and files first (a folder sorts before what it holds), links last: nothing is
    // ever written through a link of the package, and every open refuses to follow one anyway.
    for (auto it = plan.items.cbegin(); it != plan.items.cend(); ++it) {
        const Item &item = it.value();
        if (item.kind == Kind::Link)
            continue;
        std::function<void(const QString &)> hook;
        {
            QMutexLocker lock(&g_hookLock);
            hook = g_hook;
        }
        if (hook)
            hook(it.key());
        Fd parent = parentBeneath(root, it.key());
        if (!parent)
            return writeError(item, errno);
        const QByteArray name = QFile::encodeName(nameOf(it.key()));
        if (item.kind == Kind::Folder) {
            if (::mkdirat(parent.fd, name.constData(), 0755) != 0 && errno != EEXIST)
                return writeError(item, errno);
            continue;
        }
        Fd out(::openat(parent.fd, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (!out)
            return writeError(item, errno);
        if (auto s = readEntry(za, item, total, maxUnzipped, cancel,
                               [&](QByteArrayView chunk) { return writeAll(out.fd, chunk); });
            !s)
            return s;
        const mode_t perms = (item.mode & 0777) ? ((item.mode & 0777) | S_IRUSR | S_IWUSR) : 0644;
        ::fchmod(out.fd, perms);
    }
    for (auto it = plan.items.cbegin(); it != plan.items.cend(); ++it) {
        const Item &item = it.value();
        if (item.kind != Kind::Link)
            continue;
        total += item.target.size();
        if (total > maxUnzipped)
            return tooLarge(maxUnzipped);
        Fd parent = parentBeneath(root, it.key());
        if (!parent
            || ::symlinkat(item.target.constData(), parent.fd, QFile::encodeName(nameOf(it.key())).constData()) != 0)
            return writeError(item, errno);
    }
    return Ok{};
}

// Empties a folder without following links (QDir::removeRecursively removes a link itself).
void emptyFolder(const QString &dir)
{
    const QDir d(dir);
    for (const QFileInfo &info :
         d.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (info.isDir() && !info.isSymLink())
            QDir(info.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(info.absoluteFilePath());
    }
}

} // namespace

Status extract(const QByteArray &bytes, const QString &dest, qint64 maxUnzipped, const std::atomic<bool> *cancel)
{
    auto za = open(bytes);
    if (!za)
        return za.error();
    const auto plan = makePlan(za.value().get(), maxUnzipped);
    if (!plan)
        return plan.error();
    Fd root(::open(QFile::encodeName(dest).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root)
        return Error::internal(QStringLiteral("Cannot open %1: %2").arg(dest, QString::fromLocal8Bit(strerror(errno))));
    const Status s = extractPlan(za.value().get(), plan.value(), root.fd, maxUnzipped, cancel);
    if (!s)
        emptyFolder(dest); // nothing of a refused package stays
    return s;
}

Result<codetree::Digest> inspect(const QByteArray &bytes, qint64 maxUnzipped)
{
    auto za = open(bytes);
    if (!za)
        return za.error();
    const auto plan = makePlan(za.value().get(), maxUnzipped);
    if (!plan)
        return plan.error();
    // The same bytes extract() would write, counted the same way, hashed in the order
    // codetree::files() lists them (relative paths sorted, caches aside).
    codetree::DigestBuilder digest;
    qint64 total = 0;
    for (auto it = plan->items.cbegin(); it != plan->items.cend(); ++it) {
        const Item &item = it.value();
        const bool counted = !codetree::isCache(it.key());
        if (item.kind == Kind::Folder)
            continue;
        if (item.kind == Kind::Link) {
            total += item.target.size();
            if (total > maxUnzipped)
                return tooLarge(maxUnzipped);
            if (counted)
                digest.addLink(it.key(), item.target);
            continue;
        }
        if (counted)
            digest.beginFile(it.key());
        if (auto s = readEntry(za.value().get(), item, total, maxUnzipped, nullptr,
                               [&](QByteArrayView chunk) -> Status {
                                   if (counted)
                                       digest.addContent(chunk);
                                   return Ok{};
                               });
            !s)
            return s.error();
    }
    return digest.result();
}

namespace {

// A zip source that reads one file of the tree when libzip asks for it (at zip_close), opened
// beneath the root without following any link: a file swapped for a link meanwhile fails.
struct TreeFile
{
    int root;
    QString relative;
    qint64 size;
    time_t mtime;
    Fd fd;
    zip_error_t error;
};

zip_int64_t treeFileCallback(void *userdata, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto *f = static_cast<TreeFile *>(userdata);
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        f->fd = Fd(openBeneath(f->root, f->relative, O_RDONLY));
        if (!f->fd) {
            zip_error_set(&f->error, ZIP_ER_OPEN, errno);
            return -1;
        }
        return 0;
    case ZIP_SOURCE_READ: {
        const ssize_t n = ::read(f->fd.fd, data, len);
        if (n < 0) {
            zip_error_set(&f->error, ZIP_ER_READ, errno);
            return -1;
        }
        return n;
    }
    case ZIP_SOURCE_CLOSE: f->fd = Fd(); return 0;
    case ZIP_SOURCE_STAT: {
        auto *st = static_cast<zip_stat_t *>(data);
        zip_stat_init(st);
        st->size = zip_uint64_t(f->size); // as listed; libzip measures what it really writes
        st->mtime = f->mtime;
        st->valid |= ZIP_STAT_SIZE | ZIP_STAT_MTIME;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR: return zip_error_to_data(&f->error, data, len);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&f->error);
        delete f;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default: zip_error_set(&f->error, ZIP_ER_OPNOTSUPP, 0); return -1;
    }
}

} // namespace

// The fixed entry time and compression of the zips Lambdesk makes.
constexpr zip_uint16_t kFixedDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
constexpr zip_uint16_t kFixedDosTime = 0;                       // 00:00:00
constexpr zip_uint32_t kDeflateLevel = 6;

Result<QByteArray> create(const QString &dir)
{
    QTemporaryFile tmp;
    if (!tmp.open())
        return Error::internal(QStringLiteral("Cannot create a temporary file for the zip"));
    const QByteArray path = QFile::encodeName(tmp.fileName());
    tmp.close();
    Fd root(::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root)
        return Error::internal(QStringLiteral("Cannot open %1").arg(dir));
    int errorCode = 0;
    zip_t *za = zip_open(path.constData(), ZIP_TRUNCATE, &errorCode);
    if (!za)
        return Error::internal(QStringLiteral("Cannot create a zip (libzip error %1)").arg(errorCode));
    auto fail = [&](const QString &rel) {
        zip_discard(za);
        return Error::internal(QStringLiteral("Cannot add %1 to the zip").arg(rel));
    };
    for (const QString &rel : codetree::files(dir)) {
        struct stat st;
        if (::fstatat(root.fd, QFile::encodeName(rel).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // gone meanwhile
        zip_source_t *src = nullptr;
        if (S_ISLNK(st.st_mode)) {
            // The link itself: its target text, never what it points at.
            Fd parent = parentBeneath(root.fd, rel);
            QByteArray target(4096, '\0');
            const ssize_t n = parent ? ::readlinkat(parent.fd, QFile::encodeName(nameOf(rel)).constData(),
                                                    target.data(), size_t(target.size()))
                                     : -1;
            if (n < 0)
                continue;
            void *copy = ::malloc(size_t(n) + 1);
            ::memcpy(copy, target.constData(), size_t(n));
            src = zip_source_buffer(za, copy, zip_uint64_t(n), 1);
            if (!src) {
                ::free(copy);
                return fail(rel);
            }
        } else if (S_ISREG(st.st_mode)) {
            auto *file = new TreeFile{root.fd, rel, qint64(st.st_size), st.st_mtime, Fd(), {}};
            zip_error_init(&file->error);
            src = zip_source_function(za, treeFileCallback, file);
            if (!src) {
                zip_error_fini(&file->error);
                delete file;
                return fail(rel);
            }
        } else {
            continue;
        }
        const zip_int64_t idx = zip_file_add(za, rel.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (idx < 0) {
            zip_source_free(src);
            return fail(rel);
        }
        // Deterministic: the same files make the same bytes (and so the same CodeSha256),
        // whatever their times, owners or read/write bits: one fixed time (1980-01-01 00:00,
        // set as a DOS time so that no time zone enters), modes reduced to what runs (0644,
        // 0755 when any execute bit is set, 0777 for a link), one compression.
        const mode_t mode = S_ISLNK(st.st_mode) ? (S_IFLNK | 0777) : (S_IFREG | ((st.st_mode & 0111) ? 0755 : 0644));
        if (zip_file_set_external_attributes(za, zip_uint64_t(idx), 0, ZIP_OPSYS_UNIX, zip_uint32_t(mode) << 16) != 0
            || zip_file_set_dostime(za, zip_uint64_t(idx), kFixedDosTime, kFixedDosDate, 0) != 0
            || zip_set_file_compression(za, zip_uint64_t(idx), S_ISLNK(st.st_mode) ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                        kDeflateLevel)
                != 0)
            return fail(rel);
    }
    if (zip_get_num_entries(za, 0) == 0) {
        // libzip writes no file for an archive without entries; the empty zip is its end record.
        zip_discard(za);
        return QByteArray(QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'));
    }
    if (zip_close(za) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(za));
        zip_discard(za);
        return Error::internal(QStringLiteral("Cannot write the zip: %1").arg(why));
    }
    QFile f(tmp.fileName());
    if (!f.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("Cannot read the zip back"));
    return f.readAll();
}

namespace testing {

void forceWalkFallback(bool force)
{
    g_forceWalk = force;
}

void setEntryHook(std::function<void(const QString &)> hook)
{
    QMutexLocker lock(&g_hookLock);
    g_hook = std::move(hook);
}

} // namespace testing

} // namespace lambdesk::ziparchive
