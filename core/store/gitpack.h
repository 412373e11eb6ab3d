#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <cstring>

// Git objects written the fast way for the version store (store/versionstore.h): hashed with
// the CPU's SHA instructions (OpenSSL) and written as ONE packfile with its .idx, as
// `git pack-objects` would, instead of one zlib file per object. Plain git and libgit2 read
// the pack (git fsck, git show). Blobs may be hashed and compressed on several threads; the
// Pack itself is used from one thread.
namespace lambdesk::gitpack {

struct ObjectId
{
    std::array<unsigned char, 20> raw{};
    friend bool operator==(const ObjectId &, const ObjectId &) = default;
    friend size_t qHash(const ObjectId &id, size_t seed = 0) noexcept
    {
        size_t h;
        memcpy(&h, id.raw.data(), sizeof h);
        return h ^ seed;
    }
};

enum class Type { Commit = 1, Tree = 2, Blob = 3, Tag = 4 };

// Git's object id: SHA-1 of "<type> <size>\0" followed by the content.
ObjectId hash(Type type, QByteArrayView content);
QString hex(const ObjectId &id);

// The zlib stream of `content` as a pack entry holds it (level 1: git's packs are read back
// at any level; publishing is what waits for it).
QByteArray deflate(QByteArrayView content);

// One entry of a tree: the name, the mode git writes ("100644", "100755", "120000", "40000").
struct TreeEntry
{
    QByteArray name;
    QByteArray mode;
    ObjectId id;
    bool isTree() const { return mode == "40000"; }
};
// The content of a tree object: its entries in git's order (folders sort as "name/").
QByteArray treeContent(QList<TreeEntry> entries);

class Pack
{
public:
    // Adds an object whose zlib stream is `compressed` (once per id; a second add is ignored).
    void add(const ObjectId &id, Type type, qsizetype size, QByteArray compressed);
    bool contains(const ObjectId &id) const { return m_index.contains(id); }
    qsizetype count() const { return m_entries.size(); }
    qint64 bytes() const;

    // Writes objects/pack/pack-<sha>.pack and its .idx (the .pack first: git takes a pack as
    // present once its .idx is). Nothing for an empty pack.
    Status write(const QString &gitDir) const;

private:
    struct Entry
    {
        ObjectId id;
        Type type;
        qsizetype size;
        QByteArray compressed;
    };
    QList<Entry> m_entries;
    QHash<ObjectId, qsizetype> m_index;
};

} // namespace lambdesk::gitpack
