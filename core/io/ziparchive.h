#pragma once

#include "model/error.h"
#include "store/codetree.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace lambdesk::ziparchive {

// AWS's limits for a deployment package.
inline constexpr qint64 kMaxUnzippedBytes = 262144000; // 250 MB
inline constexpr qint64 kMaxZippedBytes = 52428800;    // 50 MB, direct upload

// Extracts a zip held in memory into dest (an existing, empty folder), keeping Unix permissions
// (an executable bootstrap stays executable) and symbolic links that, fully resolved, stay
// inside the package. No path is ever resolved through a link (openat2 with RESOLVE_BENEATH |
// RESOLVE_NO_SYMLINKS, or a walk that opens every component with O_NOFOLLOW). The unpacked size
// is the bytes really written, never what the archive declares. Refuses (InvalidParameter,
// field ZipFile, naming the entry) entries that would land outside dest, links that leave the
// package, entries beneath a link, archives over the limit, anything that is not a readable
// zip; on a refusal dest is left empty. `cancel` (optional) stops the work early.
Status extract(const QByteArray &zip, const QString &dest, qint64 maxUnzipped = kMaxUnzippedBytes,
               const std::atomic<bool> *cancel = nullptr);

// Everything extract() checks, without writing anything: the digest the extracted tree will
// have (codetree::digest), or the refusal extract() would give. For DryRun.
Result<codetree::Digest> inspect(const QByteArray &zip, qint64 maxUnzipped = kMaxUnzippedBytes);

// A zip of every file under dir but the runtimes' caches (codetree::files), made
// deterministically: the same files give the same bytes (sorted entries, one fixed time, modes
// 0644/0755/0777-link, deflate level 6), so the zip can be the code's identity (CodeSha256). A
// symbolic link is stored as a link (its target, Unix mode S_IFLNK), never followed; only
// regular files and links are stored (no FIFO can make it hang).
Result<QByteArray> create(const QString &dir);

namespace testing {
// Uses the O_NOFOLLOW walk even where openat2 exists (as on kernels before 5.6).
void forceWalkFallback(bool force);
// Called (on the thread that extracts) before each entry is written; empty: none.
void setEntryHook(std::function<void(const QString &entry)> hook);
} // namespace testing

} // namespace lambdesk::ziparchive
