#pragma once

#include "model/error.h"
#include "store/codetree.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

// The deployment packages of a function, as AWS keeps them: the exact zip a function (or one of
// its versions) was deployed with, whose SHA-256 is its CodeSha256 and whose size its CodeSize.
// Code made in Lambdesk (a folder, a blueprint, the editor) is packaged by ziparchive::create,
// which makes the same zip of the same files.
//
//   <functionDir>/packages/<hex sha-256>.zip    the package, named after its content
//   <functionDir>/packages/<hex sha-256>.tree   {"TreeSha256","TreeSize"}: the codetree digest
//                                               of the files it unpacks to
//
// Packages are written before the configuration that names them, so a kill at any instant
// leaves at worst a package nobody names (removed by prune()).
namespace lambdesk::packages {

struct Package
{
    QByteArray bytes;
    codetree::Digest digest; // of the bytes: CodeSha256, CodeSize
    codetree::Digest tree;   // of the files inside (codetree::digest): tells a changed folder
};

// The package of a zip's bytes and of the tree they unpack to.
Package fromZip(QByteArray zip, const codetree::Digest &tree);
codetree::Digest digestOf(const QByteArray &bytes);

QString dirOf(const QString &functionDir);
QString pathOf(const QString &functionDir, const QString &codeSha256);

// Writes the package (atomically; nothing when it is there already, or for an empty Package).
Status store(const QString &functionDir, const Package &package);
// The package named by codeSha256, or NotFound naming the file that is missing.
Result<QByteArray> read(const QString &functionDir, const QString &codeSha256);
bool exists(const QString &functionDir, const QString &codeSha256);
// The digest of the files the package unpacks to, when it is recorded.
std::optional<codetree::Digest> treeOf(const QString &functionDir, const QString &codeSha256);
// Deletes every package whose CodeSha256 is not in `keep`.
void prune(const QString &functionDir, const QSet<QString> &keep);

} // namespace lambdesk::packages
