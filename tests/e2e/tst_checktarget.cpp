// `cmake --build build --target check` builds everything the tree holds that could stop compiling
// unnoticed: besides the tests, every benchmark in tests/bench/ (built, never run: they assert
// nothing and take minutes). Asked of the build tree this test was built in, through Ninja, the
// generator of every preset.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

class TestCheckTarget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsEveryBenchmark()
    {
        const QString build = QStringLiteral(LAMBDESK_BUILD_DIR);
        QFile cache(build + QStringLiteral("/CMakeCache.txt"));
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QVERIFY2(cache.readAll().contains("CMAKE_GENERATOR:INTERNAL=Ninja"),
                 "this check reads the Ninja build graph: configure with a preset (they all use Ninja)");

        // Everything `check` depends on, directly or not.
        QProcess ninja;
        ninja.start(
            QStringLiteral("ninja"),
            {QStringLiteral("-C"), build, QStringLiteral("-t"), QStringLiteral("inputs"), QStringLiteral("check")});
        QVERIFY(ninja.waitForFinished(120000));
        QCOMPARE(ninja.exitCode(), 0);
        const QList<QByteArray> inputs = ninja.readAllStandardOutput().split('\n');

        const QStringList benches = QDir(QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/bench"))
                                        .entryList({QStringLiteral("bench_*.cpp")}, QDir::Files);
        QVERIFY(benches.size() >= 3); // bench_http, bench_invoke, bench_peers at least
        for (const QString &source : benches) {
            const QByteArray target = "tests/bench/" + source.chopped(4).toUtf8();
            QVERIFY2(inputs.contains(target), QByteArray("check does not build " + target).constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCheckTarget)
#include "tst_checktarget.moc"
