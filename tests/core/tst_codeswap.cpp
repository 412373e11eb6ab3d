// UpdateFunctionCode's swap of a function's code folder survives a kill at any instant: at the
// next start the function has its old code or its new code, whole, with the CodeSha256 and
// CodeSize of the code that is there, and no half-made folder is left.
#include "store/codeswap.h"
#include "store/codetree.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace lambdesk;

namespace {

const QString kFn = QStringLiteral("fn");

void writeTree(const QString &dir, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/lib")));
    QVERIFY(Workspace::writeFileAtomically(dir + QStringLiteral("/app.py"), content));
    QVERIFY(Workspace::writeFileAtomically(dir + QStringLiteral("/lib/util.py"), "# " + content));
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

FunctionConfig config(const QString &codeDir)
{
    FunctionConfig c;
    c.name = kFn;
    c.runtime = QStringLiteral("python3.11");
    c.handler = QStringLiteral("app.handler");
    const codetree::Digest d = codetree::digest(codeDir);
    c.codeSha256 = d.sha256Base64;
    c.codeSize = d.size;
    c.lastModified = QStringLiteral("2026-01-01T00:00:00.000+0000");
    return c;
}

} // namespace

class TestCodeSwap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_old, m_new; // reference trees: the code before and after
    FunctionConfig m_before, m_after;

    // The workspace after a restart: open() recovers, readFunction() says what is stored.
    static void expectWhole(const QString &root, const FunctionConfig &expected, const QByteArray &appContent)
    {
        Workspace ws(root);
        QVERIFY(ws.open());
        const QString code = ws.codeDir(kFn);
        QCOMPARE(read(code + QStringLiteral("/app.py")), appContent);
        QCOMPARE(read(code + QStringLiteral("/lib/util.py")), "# " + appContent);
        const auto stored = ws.readFunction(kFn);
        QVERIFY(stored);
        const codetree::Digest onDisk = codetree::digest(code);
        QCOMPARE(stored->codeSha256, onDisk.sha256Base64);
        QCOMPARE(stored->codeSize, onDisk.size);
        QCOMPARE(stored->codeSha256, expected.codeSha256);
        QCOMPARE(stored->lastModified, expected.lastModified);
        // Nothing half-made is left beside the code.
        QCOMPARE(QDir(ws.functionDir(kFn)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("code"), QStringLiteral("events"), QStringLiteral("function.json")}));
    }

    QString makeWorkspace(QTemporaryDir &dir)
    {
        Workspace ws(dir.path());
        if (!ws.open())
            return {};
        auto staged = ws.makeStagingDir();
        writeTree(staged.value() + QStringLiteral("/code"), "v1");
        if (!ws.installFunction(m_before, staged.value() + QStringLiteral("/code")))
            return {};
        return dir.path();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_old = m_dir.filePath(QStringLiteral("old"));
        m_new = m_dir.filePath(QStringLiteral("new"));
        writeTree(m_old, "v1");
        writeTree(m_new, "v2");
        m_before = config(m_old);
        m_after = config(m_new);
        m_after.lastModified = QStringLiteral("2026-02-02T00:00:00.000+0000");
        QVERIFY(m_before.codeSha256 != m_after.codeSha256);
    }

    // Killed after each step of the swap (and after the last one): the next start finds one
    // whole version of the code, and the stored hash describes it.
    void killedAtEveryStep_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("newCode"); // the update took effect
        for (int step = 1; step <= codeswap::kSteps; ++step)
            QTest::addRow("after step %d", step) << step << (step >= codeswap::kSwappedStep);
    }
    void killedAtEveryStep()
    {
        QFETCH(int, step);
        QFETCH(bool, newCode);
        QTemporaryDir dir;
        const QString root = makeWorkspace(dir);
        QVERIFY(!root.isEmpty());
        {
            Workspace ws(root);
            QVERIFY(ws.open());
            auto staged = ws.makeStagingDir();
            writeTree(staged.value() + QStringLiteral("/code"), "v2");
            codeswap::testing::stopAfterStep(step);
            const Status s = ws.replaceCode(m_after, staged.value() + QStringLiteral("/code"));
            codeswap::testing::stopAfterStep(0);
            QVERIFY(!s); // "killed": the rest of the swap never ran
        }
        expectWhole(root, newCode ? m_after : m_before, newCode ? "v2" : "v1");
    }

    void completeSwap()
    {
        QTemporaryDir dir;
        const QString root = makeWorkspace(dir);
        QVERIFY(!root.isEmpty());
        {
            Workspace ws(root);
            QVERIFY(ws.open());
            auto staged = ws.makeStagingDir();
            writeTree(staged.value() + QStringLiteral("/code"), "v2");
            QVERIFY(ws.replaceCode(m_after, staged.value() + QStringLiteral("/code")));
            QCOMPARE(read(ws.codeDir(kFn) + QStringLiteral("/app.py")), QByteArray("v2"));
            QCOMPARE(ws.readFunction(kFn)->codeSha256, m_after.codeSha256);
        }
        expectWhole(root, m_after, "v2");
    }

    // What the old two renames left when killed between them: only code.old. It is restored.
    void leftoverOfOldRenamesIsRestored()
    {
        QTemporaryDir dir;
        const QString root = makeWorkspace(dir);
        QVERIFY(!root.isEmpty());
        const QString fn = root + QStringLiteral("/functions/fn");
        QVERIFY(QDir().rename(fn + QStringLiteral("/code"), fn + QStringLiteral("/code.old")));
        expectWhole(root, m_before, "v1");
    }

    // The states a kill leaves, written by hand: the new code in place (its hash written beside
    // it before the swap) while function.json still describes the old one.
    void swappedButConfigNotWritten()
    {
        QTemporaryDir dir;
        const QString root = makeWorkspace(dir);
        QVERIFY(!root.isEmpty());
        const QString fn = root + QStringLiteral("/functions/fn");
        QVERIFY(QDir().rename(fn + QStringLiteral("/code"), fn + QStringLiteral("/code.old")));
        writeTree(fn + QStringLiteral("/code"), "v2");
        QVERIFY(Workspace::writeFileAtomically(
            fn + QStringLiteral("/code.swap"),
            QJsonDocument(QJsonObject{{QStringLiteral("CodeSha256"), m_after.codeSha256},
                                      {QStringLiteral("CodeSize"), m_after.codeSize},
                                      {QStringLiteral("LastModified"), m_after.lastModified}})
                .toJson()));
        expectWhole(root, m_after, "v2");
    }

    void killedBetweenTheRenames()
    {
        QTemporaryDir dir;
        const QString root = makeWorkspace(dir);
        QVERIFY(!root.isEmpty());
        const QString fn = root + QStringLiteral("/functions/fn");
        writeTree(fn + QStringLiteral("/code.new"), "v2");
        QVERIFY(Workspace::writeFileAtomically(
            fn + QStringLiteral("/code.swap"),
            QJsonDocument(QJsonObject{{QStringLiteral("CodeSha256"), m_after.codeSha256},
                                      {QStringLiteral("CodeSize"), m_after.codeSize},
                                      {QStringLiteral("LastModified"), m_after.lastModified}})
                .toJson()));
        QVERIFY(QDir().rename(fn + QStringLiteral("/code"), fn + QStringLiteral("/code.old")));
        expectWhole(root, m_before, "v1");
    }
};

QTEST_GUILESS_MAIN(TestCodeSwap)
#include "tst_codeswap.moc"
