// `lambdesk invoke NAME --debug-port PORT` as a user runs it with an IDE: the real binary waits
// for an outside debugger, which the test plays with a small Debug Adapter Protocol client (as VS
// Code's Python attach does: initialize, attach, configurationDone); the runtime goes on once it
// attached, and the response comes on stdout.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

using namespace lambdesk;
using testsupport::safetyNetMs;

namespace {

// A free port on 127.0.0.1 (for the outside debugger to attach to).
quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

// A minimal DAP client: Content-Length framed JSON, requests with increasing seq.
class DapClient : public QObject
{
public:
    QTcpSocket socket;
    QByteArray buffer;
    QList<QJsonObject> messages;
    int seq = 0;

    void send(const QString &command, const QJsonObject &arguments = {})
    {
        QJsonObject o{{QStringLiteral("seq"), ++seq},
                      {QStringLiteral("type"), QStringLiteral("request")},
                      {QStringLiteral("command"), command},
                      {QStringLiteral("arguments"), arguments}};
        const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        socket.write("Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    void read()
    {
        buffer += socket.readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = -1;
            for (const QByteArray &line : buffer.left(end).split('\n'))
                if (line.trimmed().toLower().startsWith("content-length:"))
                    length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            if (length < 0 || buffer.size() < end + 4 + length)
                return;
            messages.append(QJsonDocument::fromJson(buffer.mid(end + 4, length)).object());
            buffer.remove(0, end + 4 + length);
        }
    }
};

} // namespace

class TestDebugCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_ws;
    QTemporaryDir m_code;

private Q_SLOTS:
    void cleanupTestCase() { versionstore::makeWritable(m_ws.path()); }

    void pythonWithOutsideDebugger()
    {
        QFile app(m_code.path() + QStringLiteral("/app.py"));
        QVERIFY(app.open(QIODevice::WriteOnly));
        app.write("def handler(event, context):\n    return {'debugged': event.get('n', 0) + 1}\n");
        app.close();
        auto r = testsupport::runCli({QStringLiteral("create"), QStringLiteral("dbg"), QStringLiteral("--runtime"),
                                      QStringLiteral("python3.11"), QStringLiteral("--handler"),
                                      QStringLiteral("app.handler"), QStringLiteral("--code"), m_code.path()},
                                     m_ws.path());
        QVERIFY2(r.code == 0, r.err.constData());

        // A bad port is refused before anything runs.
        r = testsupport::runCli({QStringLiteral("invoke"), QStringLiteral("dbg"), QStringLiteral("--debug-port"),
                                 QStringLiteral("80")},
                                m_ws.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--debug-port"), r.err.constData());

        const quint16 port = freePort();
        QVERIFY(port != 0);
        QProcess cli;
        cli.start(qEnvironmentVariable("LAMBDESK_BINARY"),
                  {QStringLiteral("invoke"), QStringLiteral("dbg"), QStringLiteral("--payload"),
                   QStringLiteral("{\"n\": 41}"), QStringLiteral("--debug-port"), QString::number(port),
                   QStringLiteral("--workspace"), m_ws.path()});
        QVERIFY(cli.waitForStarted());
        QByteArray err;
        const QByteArray waiting = "Waiting for a debugger on 127.0.0.1:" + QByteArray::number(port) + " (debugpy) ...";
        QSignalSpy errRead(&cli, &QProcess::readyReadStandardError);
        QVERIFY2(testsupport::waitForSignals(
                     errRead, [&] { return (err += cli.readAllStandardError()).contains(waiting); }, safetyNetMs(60000)),
                 err.constData());

        DapClient dap;
        dap.socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(dap.socket.waitForConnected(safetyNetMs(10000)));
        QObject::connect(&dap.socket, &QTcpSocket::readyRead, &dap, [&dap] { dap.read(); });
        dap.send(QStringLiteral("initialize"), {{QStringLiteral("adapterID"), QStringLiteral("debugpy")},
                                                {QStringLiteral("clientID"), QStringLiteral("tst_debugcli")},
                                                {QStringLiteral("linesStartAt1"), true},
                                                {QStringLiteral("columnsStartAt1"), true},
                                                {QStringLiteral("pathFormat"), QStringLiteral("path")}});
        dap.send(QStringLiteral("attach"), {{QStringLiteral("justMyCode"), true}});
        QSignalSpy socketRead(&dap.socket, &QTcpSocket::readyRead);
        const auto has = [&](const QString &type, const QString &name) {
            for (const QJsonObject &m : dap.messages)
                if (m.value(QStringLiteral("type")).toString() == type
                    && (m.value(QStringLiteral("event")).toString() == name
                        || m.value(QStringLiteral("command")).toString() == name))
                    return true;
            return false;
        };
        QVERIFY2(testsupport::waitForSignals(socketRead, [&] { return has(QStringLiteral("event"), QStringLiteral("initialized")); },
                                             safetyNetMs(30000)),
                 "no initialized event");
        dap.send(QStringLiteral("configurationDone"));

        QSignalSpy finished(&cli, &QProcess::finished);
        QVERIFY(finished.wait(safetyNetMs(60000)));
        err += cli.readAllStandardError();
        const QByteArray out = cli.readAllStandardOutput();
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(err.contains("Debugger attached"), err.constData());
        QVERIFY2(err.indexOf(waiting) < err.indexOf("Debugger attached"), err.constData());
        QVERIFY2(out.contains("{\"debugged\": 42}") || out.contains("{\"debugged\":42}"), out.constData());
        QVERIFY2(err.contains("\tDebugger: stopped "), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDebugCli)
#include "tst_debugcli.moc"
