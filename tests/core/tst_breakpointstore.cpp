// The debugger's breakpoints per function (store/breakpointstore.h, Backend::breakpoints and
// setBreakpoints): validation (a file inside the code folder, a line from 1; the errors name
// Breakpoints[i].File / .Line), kept across a Backend restart, a broken file reported and kept.
#include "testsupport.h"

#include "store/breakpointstore.h"

using namespace lambdesk;

namespace {

debug::Breakpoint bp(const QString &file, int line, const QString &condition = {}, const QString &log = {},
                     bool enabled = true)
{
    debug::Breakpoint b;
    b.file = file;
    b.line = line;
    b.condition = condition;
    b.logMessage = log;
    b.enabled = enabled;
    return b;
}

} // namespace

class TestBreakpointStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_code;

private Q_SLOTS:
    void initTestCase()
    {
        QDir(m_code.path()).mkpath(QStringLiteral("lib"));
        QFile(m_code.path() + QStringLiteral("/app.py")).open(QIODevice::WriteOnly);
        QFile(m_code.path() + QStringLiteral("/lib/util.mjs")).open(QIODevice::WriteOnly);
        QFile::link(QStringLiteral("/etc/hostname"), m_code.path() + QStringLiteral("/escape.py"));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");      // empty: valid
        QTest::addColumn<QString>("normalized"); // the file as kept
        QTest::newRow("plain") << "app.py" << 3 << "" << "app.py";
        QTest::newRow("sub folder") << "lib/util.mjs" << 1 << "" << "lib/util.mjs";
        QTest::newRow("dot slash") << "./app.py" << 2 << "" << "app.py";
        QTest::newRow("double slash") << "lib//util.mjs" << 2 << "" << "lib/util.mjs";
        QTest::newRow("not there yet") << "new.py" << 1 << "" << "new.py";
        QTest::newRow("empty") << "" << 1 << "Breakpoints[0].File" << "";
        QTest::newRow("absolute") << "/etc/passwd" << 1 << "Breakpoints[0].File" << "";
        QTest::newRow("dot dot") << "../other/app.py" << 1 << "Breakpoints[0].File" << "";
        QTest::newRow("inner dot dot") << "lib/../../x.py" << 1 << "Breakpoints[0].File" << "";
        QTest::newRow("backslash") << "lib\\util.mjs" << 1 << "Breakpoints[0].File" << "";
        QTest::newRow("the folder") << "." << 1 << "Breakpoints[0].File" << "";
        QTest::newRow("symlink out") << "escape.py" << 1 << "Breakpoints[0].File" << "";
        QTest::newRow("line 0") << "app.py" << 0 << "Breakpoints[0].Line" << "";
        QTest::newRow("negative line") << "app.py" << -4 << "Breakpoints[0].Line" << "";
    }
    void validate()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, normalized);
        const auto r = breakpointstore::validate({bp(file, line)}, m_code.path());
        if (field.isEmpty()) {
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QCOMPARE(r->first().file, normalized);
            QCOMPARE(r->first().line, line);
        } else {
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::InvalidParameter);
            QCOMPARE(r.error().field, field);
            QVERIFY2(r.error().message.startsWith(field), qPrintable(r.error().message));
        }
    }

    // The index in the field is the breakpoint's.
    void errorNamesTheIndex()
    {
        const auto r = breakpointstore::validate({bp(QStringLiteral("app.py"), 1), bp(QStringLiteral("app.py"), 0)},
                                                 m_code.path());
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("Breakpoints[1].Line"));
    }

    // Saved with every field, kept across a restart of the Backend; a bad list changes nothing.
    void persistsAcrossRestart()
    {
        QTemporaryDir ws;
        QTemporaryDir code;
        QDir(code.path()).mkpath(QStringLiteral("lib"));
        QFile(code.path() + QStringLiteral("/app.py")).open(QIODevice::WriteOnly);
        const QList<debug::Breakpoint> wanted{bp(QStringLiteral("app.py"), 3),
                                              bp(QStringLiteral("app.py"), 5, QStringLiteral("x > 1")),
                                              bp(QStringLiteral("lib/util.mjs"), 7, {}, QStringLiteral("x is {x}"), false)};
        {
            Backend::Options o;
            o.workspace = ws.path();
            o.persistLogs = false;
            Backend b(o);
            QVERIFY(b.start());
            FunctionConfig c;
            c.name = QStringLiteral("fn");
            c.runtime = QStringLiteral("provided.al2023");
            c.handler = QStringLiteral("x.y");
            QVERIFY(b.createFunction(c, CodeSource::directory(code.path())));
            QVERIFY(b.breakpoints(QStringLiteral("fn"))->isEmpty());
            QSignalSpy changed(&b, &Backend::breakpointsChanged);
            QVERIFY(b.setBreakpoints(QStringLiteral("fn"), wanted));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(changed.first().at(0).toString(), QStringLiteral("fn"));
            const Status bad = b.setBreakpoints(QStringLiteral("fn"), {bp(QStringLiteral("../x"), 1)});
            QVERIFY(!bad);
            QCOMPARE(bad.error().field, QStringLiteral("Breakpoints[0].File"));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(b.breakpoints(QStringLiteral("nope")).error().kind, Error::Kind::NotFound);
            QCOMPARE(b.setBreakpoints(QStringLiteral("nope"), {}).error().kind, Error::Kind::NotFound);
            b.stop();
        }
        Backend::Options o;
        o.workspace = ws.path();
        o.persistLogs = false;
        Backend b(o);
        QVERIFY(b.start());
        const auto read = b.breakpoints(QStringLiteral("fn"));
        QVERIFY(read);
        QCOMPARE(read.value(), wanted);
        // Not part of the code: the package's hash is the same as before.
        QVERIFY(!QFile::exists(b.codeDir(QStringLiteral("fn")) + QStringLiteral("/breakpoints.json")));
        b.stop();
    }

    // A file that cannot be read is reported (naming it), and a later save keeps it aside.
    void brokenFileReported()
    {
        QTemporaryDir dir;
        const QString file = breakpointstore::fileOf(dir.path());
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"Breakpoints\": [ {\"File\": \"app.py\", ");
        f.close();
        const auto read = breakpointstore::read(dir.path());
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(file), qPrintable(read.error().message));
        QVERIFY(breakpointstore::write(dir.path(), {bp(QStringLiteral("app.py"), 2)}));
        QFile kept(file + QStringLiteral(".broken"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{\"Breakpoints\": [ {\"File\": \"app.py\", "));
        QCOMPARE(breakpointstore::read(dir.path())->size(), 1);

        QFile wrong(file);
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("{\"Breakpoints\": 3}");
        wrong.close();
        QVERIFY(!breakpointstore::read(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestBreakpointStore)
#include "tst_breakpointstore.moc"
