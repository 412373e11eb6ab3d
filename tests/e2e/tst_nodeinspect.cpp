// `lambdesk invoke NAME --debug-port P` with Node's own CLI debugger (`node inspect`, a client
// nobody here wrote) attaching to the function's inspector: it stops at the handler's
// `debugger;` statement, sets a breakpoint with sb(), continues to it, evaluates a local, and the
// CLI prints the function's response.
#include "../core/testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace testsupport;

namespace {

const char kHandler[] = "export const handler = async (event) => {\n" // 1
                        "  debugger;\n"                               // 2
                        "  const greeting = 'hello ' + event.name;\n" // 3
                        "  const shout = greeting.toUpperCase();\n"   // 4
                        "  return { greeting, shout };\n"             // 5
                        "};\n";

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// Waits until `buffer` (filled by the process's readyRead) satisfies `done`.
template<typename Pred>
bool waitForOutput(QProcess &p, Pred done)
{
    QSignalSpy read(&p, &QProcess::readyRead);
    QSignalSpy finished(&p, &QProcess::finished);
    return waitForSignals(read, [&] { return done() || !finished.isEmpty(); }, safetyNetMs(60000)) && done();
}

} // namespace

class TestNodeInspect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nodeInspectDrivesAnInvocation()
    {
        QTemporaryDir workspace, code;
        {
            QFile f(code.filePath(QStringLiteral("app.mjs")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kHandler);
        }
        const CliRun created = runCli({QStringLiteral("create"), QStringLiteral("insp"), QStringLiteral("--runtime"),
                                       QStringLiteral("nodejs20.x"), QStringLiteral("--handler"),
                                       QStringLiteral("app.handler"), QStringLiteral("--code"), code.path()},
                                      workspace.path());
        QVERIFY2(created.code == 0, created.err.constData());

        const quint16 port = freePort();
        QProcess cli;
        QByteArray cliOut, cliErr;
        connect(&cli, &QProcess::readyReadStandardOutput, &cli, [&] { cliOut += cli.readAllStandardOutput(); });
        connect(&cli, &QProcess::readyReadStandardError, &cli, [&] { cliErr += cli.readAllStandardError(); });
        cli.start(qEnvironmentVariable("LAMBDESK_BINARY"),
                  {QStringLiteral("invoke"), QStringLiteral("insp"), QStringLiteral("--payload"),
                   QStringLiteral(R"({"name":"node"})"), QStringLiteral("--debug-port"), QString::number(port),
                   QStringLiteral("--workspace"), workspace.path()});
        QVERIFY(cli.waitForStarted());
        // The CLI says where the debugger is awaited, then passes on the runtime's line saying its
        // inspector listens (node inspect gives up after a few tries).
        const QByteArray waiting = "Waiting for a debugger on 127.0.0.1:" + QByteArray::number(port);
        const QByteArray listening = "Debugger listening on ws://127.0.0.1:" + QByteArray::number(port);
        QVERIFY2(waitForOutput(cli, [&] { return cliErr.contains(listening); }), cliErr.constData());
        QVERIFY2(cliErr.contains(waiting), cliErr.constData());
        QVERIFY(!cliErr.contains("Debugger attached\n")); // nobody let the runtime go yet

        QProcess ide;
        ide.setProcessChannelMode(QProcess::MergedChannels);
        QByteArray ideOut;
        connect(&ide, &QProcess::readyRead, &ide, [&] { ideOut += ide.readAll(); });
        ide.start(QStringLiteral("node"), {QStringLiteral("inspect"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(ide.waitForStarted());
        auto stoppedAt = [&](const QByteArray &where) {
            return waitForOutput(ide, [&] {
                const qsizetype at = ideOut.lastIndexOf("break in ");
                return at >= 0 && ideOut.indexOf(where, at) > at && ideOut.indexOf("debug> ", at) > at;
            });
        };
        // The `debugger;` statement.
        QVERIFY2(stoppedAt("app.mjs:2"), QByteArray(ideOut + "\n--- lambdesk:\n" + cliErr).constData());
        // 'code/app.mjs': the bare name also matches the bootstrap's data: URL that imports the module.
        ide.write("sb('code/app.mjs', 4)\n");
        QVERIFY2(waitForOutput(ide, [&] { return ideOut.count("debug> ") >= 3; }), ideOut.constData());
        ide.write("cont\n");
        QVERIFY2(stoppedAt("app.mjs:4"), ideOut.constData());
        ide.write("exec greeting\n");
        QVERIFY2(waitForOutput(ide, [&] { return ideOut.contains("'hello node'"); }), ideOut.constData());
        ide.write("cont\n");

        QVERIFY2(waitForOutput(cli, [&] { return cli.state() == QProcess::NotRunning || cliOut.contains("HELLO NODE"); }),
                 cliErr.constData());
        QVERIFY(cli.waitForFinished(safetyNetMs(60000)));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(cliOut.contains(R"("shout":"HELLO NODE")"), cliOut.constData());
        ide.write(".exit\n");
        ide.closeWriteChannel();
        if (!ide.waitForFinished(safetyNetMs(10000)))
            ide.kill();
    }
};

QTEST_GUILESS_MAIN(TestNodeInspect)
#include "tst_nodeinspect.moc"
