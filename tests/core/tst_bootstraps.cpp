// Our Python and Node.js bootstraps (resources/runtimes) with handlers whose module path would
// leave the code folder: AWS's Handler field allows any non-blank text, so the bootstraps
// refuse such a module as one that cannot be imported (Runtime.ImportModuleError).
#include "testsupport.h"

#include <QDir>
#include <QJsonObject>
#include <QTest>

using namespace lambdesk;
using namespace testsupport;

class TestBootstraps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void moduleOutsideCodeFolder_data();
    void moduleOutsideCodeFolder();
};

void TestBootstraps::moduleOutsideCodeFolder_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("handler");
    const int py = int(RuntimeFamily::Python), js = int(RuntimeFamily::Node);
    QTest::newRow("python ..") << py << QStringLiteral("../outside.handler");
    QTest::newRow("python ../..") << py << QStringLiteral("lib/../../outside.handler");
    QTest::newRow("python absolute") << py << QStringLiteral("/tmp/outside.handler");
    QTest::newRow("node ..") << js << QStringLiteral("../outside.handler");
    QTest::newRow("node absolute") << js << QStringLiteral("/etc/passwd.handler");
}

void TestBootstraps::moduleOutsideCodeFolder()
{
    QFETCH(int, family);
    QFETCH(QString, handler);
    TestBackend tb;
    // The code folder, and beside it a module the handler points at.
    QTemporaryDir dir;
    const QString code = dir.filePath(QStringLiteral("code"));
    QDir().mkpath(code);
    const bool python = family == int(RuntimeFamily::Python);
    const QString ext = python ? QStringLiteral(".py") : QStringLiteral(".js");
    const QByteArray source = python ? "def handler(event, context):\n    return 'escaped'\n"
                                     : "exports.handler = async () => 'escaped';\n";
    for (const QString &path :
         QStringList{code + QStringLiteral("/app") + ext, dir.filePath(QStringLiteral("outside")) + ext}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(source);
    }
    FunctionConfig c = tb.config(QStringLiteral("fn"), RuntimeFamily(family), QStringLiteral("app.handler"));
    QVERIFY(tb.create(c, code));
    c.handler = handler;
    const auto updated = tb.backend->updateConfiguration(c);
    QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
    const auto r = tb.invoke(QStringLiteral("fn"));
    QVERIFY(r.ok());
    QCOMPARE(r->functionError, QStringLiteral("Unhandled"));
    const QJsonObject o = object(r->payload);
    QCOMPARE(o.value(u"errorType").toString(), QStringLiteral("Runtime.ImportModuleError"));
    QVERIFY2(o.value(u"errorMessage").toString().contains(u"inside the function's code folder"),
             r->payload.constData());
}

QTEST_GUILESS_MAIN(TestBootstraps)
#include "tst_bootstraps.moc"
