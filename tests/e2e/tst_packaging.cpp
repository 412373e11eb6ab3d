// Desktop integration as the distribution's own tools judge it: the .desktop entry and the
// AppStream metainfo validate, `cmake --install` lays out a working installation, and CPack
// makes a .deb whose dependencies include the Qt plugins loaded at run time.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString appId = QStringLiteral("dev.lambdesk.Lambdesk");

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.out = p.readAll();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

QString source(const QString &relative)
{
    return QStringLiteral(LAMBDESK_SOURCE_DIR "/") + relative;
}

QString tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qFatal("%s is not installed: run packaging/install-deps.sh", qPrintable(name));
    return path;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void desktopEntryValidates()
    {
        const Run r = run(tool(QStringLiteral("desktop-file-validate")),
                          {source(QStringLiteral("packaging/") + appId + QStringLiteral(".desktop"))});
        QVERIFY2(r.exitCode == 0 && r.out.trimmed().isEmpty(), r.out.constData());
    }
    void metainfoValidates()
    {
        const Run r = run(tool(QStringLiteral("appstreamcli")),
                          {QStringLiteral("validate"), QStringLiteral("--no-net"),
                           source(QStringLiteral("packaging/") + appId + QStringLiteral(".metainfo.xml"))});
        QVERIFY2(r.exitCode == 0, r.out.constData());
    }
    void appNamesItsDesktopEntry()
    {
        // Wayland compositors find the window's icon and name through this id.
        QFile main(source(QStringLiteral("app/main.cpp")));
        QVERIFY(main.open(QIODevice::ReadOnly));
        QVERIFY(main.readAll().contains(QByteArray("setDesktopFileName(QStringLiteral(\"" + appId.toUtf8() + "\"))")));
    }
    void installLaysOutAWorkingApp()
    {
        QTemporaryDir root;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DESTDIR"), root.path());
        const Run install = run(tool(QStringLiteral("cmake")),
                                {QStringLiteral("--install"), QStringLiteral(LAMBDESK_BUILD_DIR),
                                 QStringLiteral("--prefix"), QStringLiteral("/usr")},
                                env);
        QVERIFY2(install.exitCode == 0, install.out.constData());
        const QString usr = root.path() + QStringLiteral("/usr");
        const QStringList files{QStringLiteral("/bin/lambdesk"),
                                QStringLiteral("/share/applications/") + appId + QStringLiteral(".desktop"),
                                QStringLiteral("/share/metainfo/") + appId + QStringLiteral(".metainfo.xml"),
                                QStringLiteral("/share/icons/hicolor/scalable/apps/") + appId + QStringLiteral(".svg")};
        for (const QString &file : files)
            QVERIFY2(QFile::exists(usr + file), qPrintable(usr + file));
        // Resources are compiled in: the installed binary alone lists its runtimes.
        const Run version = run(usr + QStringLiteral("/bin/lambdesk"), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith("lambdesk " LAMBDESK_VERSION), version.out.constData());
        const Run blueprints = run(usr + QStringLiteral("/bin/lambdesk"), {QStringLiteral("blueprints")});
        QCOMPARE(blueprints.exitCode, 0);
        QVERIFY2(blueprints.out.contains("hello-world"), blueprints.out.constData());
    }
    void debianPackage()
    {
        QTemporaryDir out;
        const Run cpack = run(tool(QStringLiteral("cpack")),
                              {QStringLiteral("--config"), QStringLiteral(LAMBDESK_BUILD_DIR "/CPackConfig.cmake"),
                               QStringLiteral("-B"), out.path()});
        QVERIFY2(cpack.exitCode == 0, cpack.out.constData());
        const QStringList debs = QDir(out.path()).entryList({QStringLiteral("*.deb")});
        QCOMPARE(debs.size(), 1);
        QVERIFY2(debs.first().startsWith(QStringLiteral("lambdesk_" LAMBDESK_VERSION "_")), qPrintable(debs.first()));
        const QString deb = out.filePath(debs.first());
        const Run info = run(tool(QStringLiteral("dpkg-deb")),
                             {QStringLiteral("--field"), deb, QStringLiteral("Depends")});
        QCOMPARE(info.exitCode, 0);
        for (const char *dep :
             {"libqt6sql6-sqlite", "libqt6svg6", "libqt6widgets6", "libqt6httpserver6", "libqscintilla2-qt6"})
            QVERIFY2(info.out.contains(dep), info.out.constData());
        const Run contents = run(tool(QStringLiteral("dpkg-deb")), {QStringLiteral("--contents"), deb});
        QVERIFY2(contents.out.contains("./usr/bin/lambdesk"), contents.out.constData());
        QVERIFY2(contents.out.contains(QByteArray("./usr/share/applications/" + appId.toUtf8() + ".desktop")),
                 contents.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
