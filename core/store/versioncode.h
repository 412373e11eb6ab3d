#pragma once

#include "model/error.h"
#include "store/codetree.h"
#include "store/gitpack.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <git2.h>

#include <optional>
#include <utility>

// How a publish records the code (store/versionstore.cpp's part that does the work): each file
// read once on up to 4 threads, hashed as a git blob, put into the snapshot (a hard link to the
// newest version's copy when that has the same content, else a read-only copy), and the
// objects the repository has not got written as one pack (store/gitpack.h).
namespace lambdesk::versionstore::code {

// The version a publish follows (HEAD): what its code's files are, and where its snapshot is.
// A file whose content it has already is linked from that snapshot (a hard link: snapshots
// are read-only, so versions may share an inode) and needs no new object.
struct Previous
{
    QString snapshot;                                                      // empty: no snapshot to link from
    QHash<QByteArray, std::pair<gitpack::ObjectId, git_filemode_t>> files; // by path under code/
    QSet<gitpack::ObjectId> ids;
};

gitpack::ObjectId idOf(const git_oid *oid);
git_oid oidOf(const gitpack::ObjectId &id);

// Copies the code (without the runtimes' caches) into `dest`, read-only, and records it in
// the repository. The tree's id goes to *tree (none for empty code), the copy's digest to
// *digest.
Status record(git_repository *repo, const QString &src, const QString &dest, const Previous &previous,
              std::optional<git_oid> *tree, codetree::Digest *digest);

} // namespace lambdesk::versionstore::code
