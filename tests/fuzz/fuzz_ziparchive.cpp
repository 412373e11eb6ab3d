// The zip reader (core/io/ziparchive): a deployment package from CreateFunction or
// UpdateFunctionCode, extracted into a temporary folder that is removed afterwards.
//
// Besides not crashing: nothing lands outside the code folder, no link kept inside it leads
// out of it, and no more bytes are written than the limit, whatever the archive declares.

#include "fuzzsupport.h"
#include "io/ziparchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

constexpr qint64 kLimit = 1024 * 1024; // small, so that a fuzzed bomb costs little
constexpr int kDepth = 4;              // levels between the temporary folder and the code folder

bool inside(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root + u'/');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryDir tmp;
    FUZZ_CHECK(tmp.isValid());
    // tmp/l0/l1/l2/l3/code: an entry that climbs out of code is caught in one of the levels.
    const QString base = QFileInfo(tmp.path()).canonicalFilePath(); // links are compared with it
    QString parent = base;
    for (int i = 0; i < kDepth; ++i)
        parent += QStringLiteral("/l%1").arg(i);
    const QString code = parent + QStringLiteral("/code");
    FUZZ_CHECK(QDir().mkpath(code));

    const lambdesk::Status status = lambdesk::ziparchive::extract(fuzzsupport::bytes(data, size), code, kLimit);
    if (!status)
        FUZZ_CHECK(!status.error().message.isEmpty());

    // Every level above code holds only the next one.
    QString level = base;
    for (int i = 0; i <= kDepth; ++i) {
        const QStringList entries = QDir(level).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                          | QDir::NoDotAndDotDot);
        const QString expected = i < kDepth ? QStringLiteral("l%1").arg(i) : QStringLiteral("code");
        if (entries != QStringList{expected})
            std::fprintf(stderr, "%s holds %s\n", qPrintable(level), qPrintable(entries.join(u' ')));
        FUZZ_CHECK(entries == QStringList{expected});
        level += u'/' + expected;
    }
    const QString root = QFileInfo(code).canonicalFilePath();
    qint64 written = 0;
    QDirIterator it(code, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories); // does not descend through links
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isSymLink()) {
            // Where it really leads; for a link to nothing (yet), where its text says.
            QString resolved = info.canonicalFilePath();
            if (resolved.isEmpty())
                resolved = QDir::cleanPath(info.symLinkTarget());
            if (!inside(resolved, root))
                std::fprintf(stderr, "%s leads to %s\n", qPrintable(info.filePath()), qPrintable(resolved));
            FUZZ_CHECK(inside(resolved, root));
        } else if (info.isFile()) {
            written += info.size();
        }
    }
    FUZZ_CHECK(written <= kLimit);
    return 0; // ~QTemporaryDir removes it all
}
