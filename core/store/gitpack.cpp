#include "gitpack.h"

#include <QDir>
#include <QFileInfo>

#include <openssl/evp.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace lambdesk::gitpack {

namespace {

const char *typeName(Type type)
{
    switch (type) {
    case Type::Commit: return "commit";
    case Type::Tree: return "tree";
    case Type::Blob: return "blob";
    case Type::Tag: return "tag";
    }
    return "blob";
}

struct Sha1
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    Sha1() { EVP_DigestInit_ex(ctx, EVP_sha1(), nullptr); }
    ~Sha1() { EVP_MD_CTX_free(ctx); }
    void add(QByteArrayView bytes) { EVP_DigestUpdate(ctx, bytes.data(), size_t(bytes.size())); }
    ObjectId result()
    {
        ObjectId id;
        unsigned int n = 0;
        EVP_DigestFinal_ex(ctx, id.raw.data(), &n);
        return id;
    }
};

void appendBigEndian(QByteArray &out, quint32 v)
{
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    out.append(b, 4);
}

// The entry header of a pack: type and size, 4 bits then 7 bits per byte, low bits first.
QByteArray entryHeader(Type type, qsizetype size)
{
    QByteArray h;
    quint64 s = quint64(size);
    unsigned char c = (unsigned char)((int(type) << 4) | (s & 0x0f));
    s >>= 4;
    while (s) {
        h.append(char(c | 0x80));
        c = (unsigned char)(s & 0x7f);
        s >>= 7;
    }
    h.append(char(c));
    return h;
}

// Writes `bytes` as `path` (read-only, as git's packs are) through a temporary file and a
// rename. Not synced to disk: libgit2 and git do not sync their objects either by default.
Status writeReadOnly(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo::exists(path))
        return Ok{}; // named after its content: the same file
    const QByteArray temporary = QFile::encodeName(path + QStringLiteral(".tmp"));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0444);
    if (fd < 0)
        return Error::internal(
            QStringLiteral("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0) {
            const int e = errno;
            ::close(fd);
            ::unlink(temporary.constData());
            return Error::internal(
                QStringLiteral("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(strerror(e))));
        }
        done += n;
    }
    if (::close(fd) != 0 || ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(temporary.constData());
        return Error::internal(QStringLiteral("Cannot write %1").arg(path));
    }
    return Ok{};
}

} // namespace

ObjectId hash(Type type, QByteArrayView content)
{
    Sha1 sha;
    const QByteArray header = QByteArray(typeName(type)) + ' ' + QByteArray::number(content.size());
    sha.add(QByteArrayView(header.constData(), header.size() + 1)); // with its '\0'
    sha.add(content);
    return sha.result();
}

QString hex(const ObjectId &id)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(id.raw.data()), 20).toHex());
}

QByteArray deflate(QByteArrayView content)
{
    // One stream per thread, reset for each object: a fresh deflateInit allocates and clears
    // about 270 KB, which for 2,000 small files cost more than compressing them.
    struct Stream
    {
        z_stream z{};
        bool ready = deflateInit(&z, Z_BEST_SPEED) == Z_OK;
        ~Stream()
        {
            if (ready)
                deflateEnd(&z);
        }
    };
    thread_local Stream stream;
    if (!stream.ready || deflateReset(&stream.z) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream.z, uLong(content.size()))), Qt::Uninitialized);
    stream.z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(content.data()));
    stream.z.avail_in = uInt(content.size());
    stream.z.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.z.avail_out = uInt(out.size());
    if (::deflate(&stream.z, Z_FINISH) != Z_STREAM_END)
        return {};
    out.truncate(qsizetype(stream.z.total_out));
    return out;
}

QByteArray treeContent(QList<TreeEntry> entries)
{
    // Git's order: byte order of the names, a folder's name read as "name/".
    auto key = [](const TreeEntry &e) { return e.isTree() ? e.name + '/' : e.name; };
    std::sort(entries.begin(), entries.end(), [&](const TreeEntry &a, const TreeEntry &b) { return key(a) < key(b); });
    QByteArray out;
    for (const TreeEntry &e : entries) {
        out += e.mode;
        out += ' ';
        out += e.name;
        out += '\0';
        out.append(reinterpret_cast<const char *>(e.id.raw.data()), 20);
    }
    return out;
}

void Pack::add(const ObjectId &id, Type type, qsizetype size, QByteArray compressed)
{
    if (m_index.contains(id))
        return;
    m_index.insert(id, m_entries.size());
    m_entries.append(Entry{id, type, size, std::move(compressed)});
}

qint64 Pack::bytes() const
{
    qint64 total = 0;
    for (const Entry &e : m_entries)
        total += e.compressed.size();
    return total;
}

Status Pack::write(const QString &gitDir) const
{
    if (m_entries.isEmpty())
        return Ok{};
    // The pack: "PACK", version 2, the count, the entries, then the SHA-1 of all that.
    QByteArray pack;
    pack.reserve(12 + bytes() + 8 * m_entries.size() + 20);
    pack.append("PACK", 4);
    appendBigEndian(pack, 2);
    appendBigEndian(pack, quint32(m_entries.size()));
    struct Placed
    {
        ObjectId id;
        quint64 offset;
        quint32 crc;
    };
    std::vector<Placed> placed;
    placed.reserve(size_t(m_entries.size()));
    for (const Entry &e : m_entries) {
        const quint64 offset = quint64(pack.size());
        const QByteArray header = entryHeader(e.type, e.size);
        pack += header;
        pack += e.compressed;
        uLong crc = crc32(0, reinterpret_cast<const Bytef *>(header.constData()), uInt(header.size()));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(e.compressed.constData()), uInt(e.compressed.size()));
        placed.push_back({e.id, offset, quint32(crc)});
    }
    Sha1 packSha;
    packSha.add(pack);
    const ObjectId packId = packSha.result();
    pack.append(reinterpret_cast<const char *>(packId.raw.data()), 20);

    // The index (version 2): fan-out, sorted ids, CRCs, offsets (large ones in a table of
    // their own), the pack's checksum, then the SHA-1 of the index.
    std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) { return a.id.raw < b.id.raw; });
    QByteArray idx;
    idx.append("\377tOc", 4);
    appendBigEndian(idx, 2);
    quint32 fanout[256] = {};
    for (const Placed &p : placed)
        ++fanout[p.id.raw[0]];
    quint32 running = 0;
    for (quint32 &f : fanout) {
        running += f;
        f = running;
    }
    for (quint32 f : fanout)
        appendBigEndian(idx, f);
    for (const Placed &p : placed)
        idx.append(reinterpret_cast<const char *>(p.id.raw.data()), 20);
    for (const Placed &p : placed)
        appendBigEndian(idx, p.crc);
    QList<quint64> large;
    for (const Placed &p : placed) {
        if (p.offset < 0x80000000ULL) {
            appendBigEndian(idx, quint32(p.offset));
        } else {
            appendBigEndian(idx, 0x80000000U | quint32(large.size()));
            large.append(p.offset);
        }
    }
    for (quint64 offset : large) {
        appendBigEndian(idx, quint32(offset >> 32));
        appendBigEndian(idx, quint32(offset));
    }
    idx.append(reinterpret_cast<const char *>(packId.raw.data()), 20);
    Sha1 idxSha;
    idxSha.add(idx);
    const ObjectId idxId = idxSha.result();
    idx.append(reinterpret_cast<const char *>(idxId.raw.data()), 20);

    const QString dir = gitDir + QStringLiteral("/objects/pack");
    if (!QDir().mkpath(dir))
        return Error::internal(QStringLiteral("Cannot create %1").arg(dir));
    const QString stem = dir + QStringLiteral("/pack-") + hex(packId);
    if (auto s = writeReadOnly(stem + QStringLiteral(".pack"), pack); !s)
        return s;
    return writeReadOnly(stem + QStringLiteral(".idx"), idx);
}

} // namespace lambdesk::gitpack
