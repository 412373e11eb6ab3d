#pragma once

#include "model/error.h"
#include "model/functionversion.h"
#include "store/codetree.h"

#include <QList>
#include <QString>

// The published versions of one function, recorded with libgit2 in a repository of the
// function's own, so that plain git reads them in the function's folder:
//
//   <functionDir>/.git                 the repository; its work tree is the function's folder
//   tag vN (annotated, message = description) -> a commit on main whose tree is
//       code/...          the version's files
//       function.json     its configuration (LastModified left out: publishing again with
//                         nothing changed builds the same tree)
//       version.json      {"Version","Description","LastModified"}
//   <functionDir>/versions/N/code      the snapshot version N runs from: materialised once,
//                                      read-only (files and folders), never re-extracted
//
// `git log` lists the versions, `git show v3:code/index.py` shows a file, `git diff v2 v3`
// what changed; the index follows the last publish, so `git status -- code` shows what
// $LATEST's code changed since (function.json always differs: the live one has LastModified).
//
// A publish (store/versioncode.h) reads each file once (on up to 4 threads), writes the
// objects the repository has not got as ONE pack (store/gitpack.h) rather than a loose file
// each, and makes the snapshot with a hard link to the newest version's copy of every file
// that did not change (snapshots are read-only, so versions may share an inode; $LATEST never
// shares one with them).
//
// Every call blocks on disk and git work: call it off the GUI thread and off the thread that
// serves HTTP. Calls are serialised (one lock for all functions).
//
// A repository that is missing while snapshots exist, or that libgit2 cannot read, is an
// error that names it; nothing is created or deleted then, so nothing is made worse.
namespace lambdesk::versionstore {

QString repositoryDir(const QString &functionDir);
QString snapshotDir(const QString &functionDir, int number); // <functionDir>/versions/N/code

// Every version, oldest first (empty for a function never published).
Result<QList<FunctionVersion>> list(const QString &functionDir);

struct Published
{
    FunctionVersion version;
    bool created = false; // false: nothing changed since the newest version, which this is
};

// Records $LATEST (the code under <functionDir>/code, described by `latest`) as the next
// version. `expectedTree` is the codetree digest the code must have (its package's): code
// that changes meanwhile is refused rather than recorded half-edited. `stagingDir`: an empty
// folder on the workspace's file system (it is emptied).
Result<Published> publish(const QString &functionDir, const FunctionConfig &latest, const QString &description,
                          const codetree::Digest &expectedTree, const QString &stagingDir);

// Deletes version N: its tag and its snapshot (the commit stays in the history).
Status remove(const QString &functionDir, int number);

// Makes version N's snapshot from the repository when it is missing (a crash, a hand
// deletion); nothing when it is there.
Status materialise(const QString &functionDir, int number, const QString &stagingDir);

// Snapshots are read-only: this makes a tree writable again so that it can be deleted.
void makeWritable(const QString &path);

} // namespace lambdesk::versionstore
