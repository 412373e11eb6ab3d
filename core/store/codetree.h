#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace lambdesk::codetree {

// Relative paths of the regular files and symbolic links under root, sorted, without caches
// that the runtimes write themselves (__pycache__, .pyc) so that running code does not change
// its identity. Links are listed, never followed (a link to a folder is not walked into);
// FIFOs, sockets and devices are left out.
QStringList files(const QString &root);

// Caches the runtimes write: not part of the code's identity.
bool isCache(const QString &relative);

struct Digest
{
    QString sha256Base64; // as AWS shows CodeSha256
    qint64 size = 0;      // total bytes of the files
};
Digest digest(const QString &root);

// The digest of a tree fed entry by entry, in the order files() lists them: what digest()
// computes from a folder and what a zip's inspection computes without unpacking it.
// SHA-256 with the CPU's SHA instructions where it has them (OpenSSL): Qt's own SHA-256 is
// ten times slower, and a publish digests the whole tree.
class DigestBuilder
{
public:
    DigestBuilder();
    ~DigestBuilder();
    DigestBuilder(const DigestBuilder &) = delete;
    DigestBuilder &operator=(const DigestBuilder &) = delete;
    void beginFile(const QString &relative);
    void addContent(QByteArrayView bytes);
    void addLink(const QString &relative, const QByteArray &target);
    Digest result();

private:
    void add(QByteArrayView bytes);
    struct State;
    std::unique_ptr<State> m_state;
    qint64 m_size = 0;
};

// Copies the tree src into dst (which must not exist), keeping the executable bits.
bool copyTree(const QString &src, const QString &dst, QString *error);
bool removeTree(const QString &path);

// A path inside root that names a file the user may create or edit: relative, no "..",
// no absolute part. Returns the cleaned relative path, or an empty string when it escapes.
QString safeRelativePath(const QString &relative);

} // namespace lambdesk::codetree
