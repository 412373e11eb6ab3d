// Settings: typed values with their defaults, a change signal only for a real change, the region
// checked when read, and where the user's file lives. Under CTest that is the test's own home
// (tests/CMakeLists.txt), never ~/.config: userFileIsTheTestsOwn proves it for every test.
#include "settings.h"
#include "store/workspace.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lambdesk;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAndChanges();
    void region_data();
    void region();
    void apiPort_data();
    void apiPort();
    void userFileIsTheTestsOwn();
};

void TestSettings::defaultsAndChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lambdesk.ini"));
    {
        Settings s(path);
        QCOMPARE(s.fileName(), path);
        QCOMPARE(s.value(settings::apiPort), 9001);
        QCOMPARE(s.value(settings::apiHost), QStringLiteral("127.0.0.1"));
        QCOMPARE(s.value(settings::apiRequireSignature), false);
        QCOMPARE(s.value(settings::idleTimeoutMinutes), 10);
        // One typed signal per key: a watcher of the port hears the port, nothing else.
        QList<int> ports;
        QList<QStringList> origins;
        QObject context;
        s.onChanged(settings::apiPort, &context, [&](int port) { ports.append(port); });
        s.onChanged(settings::apiAllowedOrigins, &context, [&](const QStringList &o) { origins.append(o); });
        s.setValue(settings::apiPort, 9123);
        s.setValue(settings::apiPort, 9123); // the same again: no change
        s.setValue(settings::apiAllowedOrigins, QStringList{QStringLiteral("http://localhost:3000")});
        s.setValue(settings::idleTimeoutMinutes, 5); // nobody watches it
        QCOMPARE(ports, QList<int>{9123});
        QCOMPARE(origins, QList<QStringList>{QStringList{QStringLiteral("http://localhost:3000")}});
        // A family: one key per item, each with its own value.
        s.setValue(settings::lastTestEvent.of(QStringLiteral("fn-a")), QStringLiteral("private:first"));
        QCOMPARE(s.value(settings::lastTestEvent.of(QStringLiteral("fn-a"))), QStringLiteral("private:first"));
        QCOMPARE(s.value(settings::lastTestEvent.of(QStringLiteral("fn-b"))), QString());
        s.sync();
    }
    const Settings again(path);
    QCOMPARE(again.value(settings::apiPort), 9123);
    QCOMPARE(again.value(settings::apiAllowedOrigins), QStringList{QStringLiteral("http://localhost:3000")});
}

void TestSettings::apiPort_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("used");
    QTest::addColumn<bool>("problem");
    QTest::newRow("a port") << "9123" << 9123 << false;
    QTest::newRow("any free one") << "0" << 0 << false;
    QTest::newRow("the highest") << "65535" << 65535 << false;
    QTest::newRow("too high") << "70000" << 9001 << true;
    QTest::newRow("negative") << "-1" << 9001 << true;
    QTest::newRow("a word") << "http" << 9001 << true;
}

// A port in the settings file that is no port is not used (not even wrapped into one): the
// default is, and the message names the setting, the rule and the file.
void TestSettings::apiPort()
{
    QFETCH(QString, stored);
    QFETCH(int, used);
    QFETCH(bool, problem);
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("lambdesk.ini")));
    s.setValue(Setting<QString>{settings::apiPort.key, {}}, stored);
    QString why;
    QCOMPARE(s.apiPort(&why), used);
    QCOMPARE(!why.isEmpty(), problem);
    if (problem) {
        QVERIFY2(why.contains(QLatin1String("0 to 65535")) && why.contains(settings::apiPort.key)
                     && why.contains(QLatin1String("'") + stored + QLatin1String("'")),
                 qPrintable(why));
    }
}

void TestSettings::region_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("used");
    QTest::addColumn<bool>("problem");
    QTest::newRow("valid") << "eu-west-3"
                           << "eu-west-3" << false;
    QTest::newRow("gov") << "us-gov-west-1"
                         << "us-gov-west-1" << false;
    QTest::newRow("a city") << "Frankfurt"
                            << "us-east-1" << true;
    QTest::newRow("empty") << ""
                           << "us-east-1" << true;
}

void TestSettings::region()
{
    QFETCH(QString, stored);
    QFETCH(QString, used);
    QFETCH(bool, problem);
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("lambdesk.ini")));
    s.setValue(settings::region, stored);
    QString why;
    QCOMPARE(s.region(&why), used);
    QCOMPARE(!why.isEmpty(), problem);
    if (problem) { // it names the rule, the key and the file, and what is used instead
        QVERIFY2(why.contains(u"Region must look like an AWS region"), qPrintable(why));
        QVERIFY2(why.contains(u"backend/region"), qPrintable(why));
        QVERIFY2(why.contains(s.fileName()), qPrintable(why));
        QVERIFY2(why.endsWith(u"using us-east-1"), qPrintable(why));
    }
}

// Settings() and the default workspace resolve inside this test's home under the build tree,
// which starts empty: a test reads nothing of the user's and writes nothing there.
void TestSettings::userFileIsTheTestsOwn()
{
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    const QString homes = QStringLiteral(LAMBDESK_BUILD_DIR "/tests/homes/");
    QVERIFY2(configHome.startsWith(homes) && dataHome.startsWith(homes),
             "run the tests through ctest: tests/CMakeLists.txt gives each its own XDG_CONFIG_HOME and XDG_DATA_HOME");
    QVERIFY(qEnvironmentVariableIsEmpty("LAMBDESK_WORKSPACE"));
    QVERIFY2(QDir(configHome).isEmpty(), qPrintable(configHome)); // emptied before the run

    Settings user;
    QCOMPARE(user.fileName(), configHome + QStringLiteral("/Lambdesk/lambdesk.ini"));
    QVERIFY(!user.fileName().startsWith(QDir::homePath() + QStringLiteral("/.config/")));
    QCOMPARE(user.value(settings::apiPort), settings::apiPort.defaultValue); // nothing of the user's
    user.setValue(settings::theme, QStringLiteral("dark"));
    user.sync();
    QVERIFY(QFile::exists(configHome + QStringLiteral("/Lambdesk/lambdesk.ini")));

    QCOMPARE(Workspace::defaultRoot(), dataHome + QStringLiteral("/lambdesk"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
