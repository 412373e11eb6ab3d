#include "packages.h"

#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace lambdesk::packages {

namespace {

// The file name: hex, so that it is safe in a path (base64 has '/').
QString hexOf(const QString &codeSha256)
{
    return QString::fromLatin1(QByteArray::fromBase64(codeSha256.toLatin1()).toHex());
}

QString treePathOf(const QString &functionDir, const QString &codeSha256)
{
    return dirOf(functionDir) + u'/' + hexOf(codeSha256) + QStringLiteral(".tree");
}

} // namespace

codetree::Digest digestOf(const QByteArray &bytes)
{
    return {QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64()),
            qint64(bytes.size())};
}

Package fromZip(QByteArray zip, const codetree::Digest &tree)
{
    Package p;
    p.digest = digestOf(zip);
    p.bytes = std::move(zip);
    p.tree = tree;
    return p;
}

QString dirOf(const QString &functionDir)
{
    return functionDir + QStringLiteral("/packages");
}

QString pathOf(const QString &functionDir, const QString &codeSha256)
{
    return dirOf(functionDir) + u'/' + hexOf(codeSha256) + QStringLiteral(".zip");
}

bool exists(const QString &functionDir, const QString &codeSha256)
{
    return !codeSha256.isEmpty() && QFileInfo(pathOf(functionDir, codeSha256)).isFile();
}

Status store(const QString &functionDir, const Package &package)
{
    if (package.digest.sha256Base64.isEmpty())
        return Ok{}; // no package to keep
    const QString zip = pathOf(functionDir, package.digest.sha256Base64);
    const QJsonObject tree{{QStringLiteral("TreeSha256"), package.tree.sha256Base64},
                           {QStringLiteral("TreeSize"), package.tree.size}};
    // The tree record first: a package is only taken as present once its zip is.
    if (auto s = Workspace::writeFileAtomically(treePathOf(functionDir, package.digest.sha256Base64),
                                                QJsonDocument(tree).toJson(QJsonDocument::Compact));
        !s)
        return s;
    if (QFileInfo(zip).size() == package.digest.size)
        return Ok{}; // the same name is the same content
    return Workspace::writeFileAtomically(zip, package.bytes);
}

Result<QByteArray> read(const QString &functionDir, const QString &codeSha256)
{
    QFile f(pathOf(functionDir, codeSha256));
    if (codeSha256.isEmpty() || !f.open(QIODevice::ReadOnly))
        return Error::notFound(
            QStringLiteral("The deployment package with CodeSha256 %1 is missing (%2)").arg(codeSha256, f.fileName()));
    return f.readAll();
}

std::optional<codetree::Digest> treeOf(const QString &functionDir, const QString &codeSha256)
{
    QFile f(treePathOf(functionDir, codeSha256));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QString sha = o.value(QStringLiteral("TreeSha256")).toString();
    if (sha.isEmpty())
        return std::nullopt;
    return codetree::Digest{sha, qint64(o.value(QStringLiteral("TreeSize")).toDouble())};
}

void prune(const QString &functionDir, const QSet<QString> &keep)
{
    QSet<QString> keepHex;
    for (const QString &sha : keep)
        keepHex.insert(hexOf(sha));
    QDir dir(dirOf(functionDir));
    for (const QString &file : dir.entryList(QDir::Files)) {
        const QString stem = file.section(u'.', 0, 0);
        if (!keepHex.contains(stem))
            dir.remove(file);
    }
}

} // namespace lambdesk::packages
