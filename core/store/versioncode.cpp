#include "versioncode.h"

#include <QFile>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace lambdesk::versionstore::code {

namespace {

QString gitMessage()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("unknown libgit2 error");
}

// One file of the code being published.
struct CodeFile
{
    QString rel;
    bool link = false;
    bool executable = false;
    QByteArray content; // the bytes, or a link's target
    gitpack::ObjectId id;
    bool isNew = false;    // the previous version has not got this content
    QByteArray compressed; // then: the object's zlib stream
    std::optional<Error> error;

    git_filemode_t mode() const
    {
        return link ? GIT_FILEMODE_LINK : executable ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
    }
};

Status writeAll(const QByteArray &path, const QByteArray &content, mode_t mode)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return Error::internal(QStringLiteral("Cannot write %1").arg(QString::fromLocal8Bit(path)));
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, size_t(content.size() - done));
        if (n <= 0) {
            ::close(fd);
            return Error::internal(QStringLiteral("Cannot write %1").arg(QString::fromLocal8Bit(path)));
        }
        done += n;
    }
    ::close(fd);
    return Ok{};
}

// Reads one file of src, hashes it as a git blob, and puts it into the snapshot dest:
// a hard link to the previous version's copy when that has the same content, else a
// read-only copy. Compresses the blob when the previous version has not got it.
void recordFile(CodeFile &f, const QString &src, const QString &dest, const Previous &previous)
{
    const QByteArray from = QFile::encodeName(src + u'/' + f.rel);
    const QByteArray to = QFile::encodeName(dest + u'/' + f.rel);
    struct stat st;
    if (::lstat(from.constData(), &st) != 0) {
        f.error = Error::conflict(QStringLiteral("%1 went away while it was being published").arg(f.rel));
        return;
    }
    if (S_ISLNK(st.st_mode)) {
        QByteArray target(4096, '\0');
        const ssize_t n = ::readlink(from.constData(), target.data(), size_t(target.size()));
        if (n < 0) {
            f.error = Error::internal(QStringLiteral("Cannot read the link %1").arg(f.rel));
            return;
        }
        target.truncate(n);
        if (::symlink(target.constData(), to.constData()) != 0) {
            f.error = Error::internal(QStringLiteral("Cannot write %1").arg(QString::fromLocal8Bit(to)));
            return;
        }
        f.link = true;
        f.content = target;
    } else {
        // O_NOFOLLOW: a file swapped for a link meanwhile is not read through.
        const int fd = ::open(from.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            f.error = Error::conflict(QStringLiteral("%1 went away while it was being published").arg(f.rel));
            return;
        }
        f.content.resize(qsizetype(st.st_size));
        qsizetype got = 0;
        for (;;) {
            if (got == f.content.size())
                f.content.resize(got + 65536);
            const ssize_t n = ::read(fd, f.content.data() + got, size_t(f.content.size() - got));
            if (n <= 0)
                break;
            got += n;
        }
        ::close(fd);
        f.content.truncate(got);
        f.executable = st.st_mode & 0111;
    }
    f.id = gitpack::hash(gitpack::Type::Blob, f.content);
    if (!f.link) {
        bool linked = false;
        if (!previous.snapshot.isEmpty()) {
            const auto was = previous.files.constFind(f.rel.toUtf8());
            if (was != previous.files.cend() && was->first == f.id && was->second == f.mode())
                linked = ::link(QFile::encodeName(previous.snapshot + u'/' + f.rel).constData(), to.constData()) == 0;
        }
        if (!linked) {
            if (auto s = writeAll(to, f.content, f.executable ? 0555 : 0444); !s) {
                f.error = s.error();
                return;
            }
        }
    }
    f.isNew = !previous.ids.contains(f.id);
    if (f.isNew)
        f.compressed = gitpack::deflate(f.content);
}

// A folder of the tree being built: files and sub-folders by name.
struct DirNode
{
    QMap<QByteArray, DirNode> dirs;
    QMap<QByteArray, std::pair<gitpack::ObjectId, git_filemode_t>> files;
};

QByteArray modeText(git_filemode_t mode)
{
    switch (mode) {
    case GIT_FILEMODE_BLOB_EXECUTABLE: return "100755";
    case GIT_FILEMODE_LINK: return "120000";
    case GIT_FILEMODE_TREE: return "40000";
    default: return "100644";
    }
}

// The tree objects of `node` and below, put into the pack when the repository has not got them.
gitpack::ObjectId packTree(git_odb *odb, gitpack::Pack &pack, const DirNode &node)
{
    QList<gitpack::TreeEntry> entries;
    for (auto it = node.dirs.cbegin(); it != node.dirs.cend(); ++it)
        entries.append({it.key(), modeText(GIT_FILEMODE_TREE), packTree(odb, pack, it.value())});
    for (auto it = node.files.cbegin(); it != node.files.cend(); ++it)
        entries.append({it.key(), modeText(it->second), it->first});
    const QByteArray content = gitpack::treeContent(entries);
    const gitpack::ObjectId id = gitpack::hash(gitpack::Type::Tree, content);
    const git_oid oid = oidOf(id);
    if (!pack.contains(id) && !git_odb_exists_ext(odb, &oid, GIT_ODB_LOOKUP_NO_REFRESH))
        pack.add(id, gitpack::Type::Tree, content.size(), gitpack::deflate(content));
    return id;
}

} // namespace

gitpack::ObjectId idOf(const git_oid *oid)
{
    gitpack::ObjectId id;
    memcpy(id.raw.data(), oid->id, 20);
    return id;
}

git_oid oidOf(const gitpack::ObjectId &id)
{
    git_oid oid;
    memcpy(oid.id, id.raw.data(), 20);
    return oid;
}

Status record(git_repository *repo, const QString &src, const QString &dest, const Previous &previous,
              std::optional<git_oid> *tree, codetree::Digest *digest)
{
    QList<CodeFile> files;
    const QStringList rels = codetree::files(src);
    files.reserve(rels.size());
    QStringList dirs{QString()};
    QSet<QString> known{QString()};
    for (const QString &rel : rels) {
        files.append(CodeFile{rel});
        const qsizetype slash = rel.lastIndexOf(u'/');
        if (slash > 0 && dirs.last() != rel.left(slash)) {
            // Every parent first ("a" sorts before "a/b"): made in order.
            QString dir = rel.left(slash);
            QStringList chain;
            while (!dir.isEmpty() && !known.contains(dir)) {
                known.insert(dir);
                chain.prepend(dir);
                const qsizetype up = dir.lastIndexOf(u'/');
                dir = up > 0 ? dir.left(up) : QString();
            }
            dirs.append(chain);
        }
    }
    for (const QString &dir : dirs) {
        if (::mkdir(QFile::encodeName(dest + u'/' + dir).constData(), 0755) != 0 && errno != EEXIST)
            return Error::internal(QStringLiteral("Cannot create %1").arg(dest + u'/' + dir));
    }

    std::atomic<qsizetype> next{0};
    std::atomic<bool> failed{false};
    auto work = [&] {
        for (qsizetype i = next++; i < files.size() && !failed; i = next++) {
            recordFile(files[i], src, dest, previous);
            if (files[i].error)
                failed = true;
        }
    };
    std::vector<std::thread> helpers;
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 4);
    for (int t = 1; t < threads && files.size() > 16; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &t : helpers)
        t.join();
    // The snapshot is read-only: its folders too, deepest first (files were made so).
    for (auto d = dirs.crbegin(); d != dirs.crend(); ++d)
        ::chmod(QFile::encodeName(dest + u'/' + *d).constData(), 0555);
    for (const CodeFile &f : files) {
        if (f.error)
            return *f.error;
    }

    codetree::DigestBuilder builder;
    for (const CodeFile &f : files) {
        if (f.link) {
            builder.addLink(f.rel, f.content);
        } else {
            builder.beginFile(f.rel);
            builder.addContent(f.content);
        }
    }
    *digest = builder.result();

    git_odb *odb = nullptr;
    if (git_repository_odb(&odb, repo) != 0)
        return Error::internal(QStringLiteral("Cannot open the object database: %1").arg(gitMessage()));
    std::unique_ptr<git_odb, void (*)(git_odb *)> odbGuard(odb, git_odb_free);
    gitpack::Pack pack;
    DirNode root;
    for (CodeFile &f : files) {
        if (f.isNew && f.compressed.isEmpty())
            return Error::internal(QStringLiteral("Cannot compress %1").arg(f.rel));
        if (f.isNew && !pack.contains(f.id)) {
            const git_oid oid = oidOf(f.id);
            if (!git_odb_exists_ext(odb, &oid, GIT_ODB_LOOKUP_NO_REFRESH))
                pack.add(f.id, gitpack::Type::Blob, f.content.size(), std::move(f.compressed));
        }
        const QList<QByteArray> parts = f.rel.toUtf8().split('/');
        DirNode *node = &root;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            node = &node->dirs[parts.at(i)];
        node->files.insert(parts.last(), {f.id, f.mode()});
    }
    tree->reset();
    if (!files.isEmpty())
        *tree = oidOf(packTree(odb, pack, root));
    if (auto s = pack.write(QString::fromLocal8Bit(git_repository_path(repo))); !s)
        return s.error();
    if (pack.count() > 0)
        git_odb_refresh(odb);
    return Ok{};
}

} // namespace lambdesk::versionstore::code
