// The console's Lambda API (Tools › Lambda API): moving it to another port, and what the
// window says when that port cannot be had.
#include "widgettestsupport.h"

#include "api/apidialog.h"
#include "api/apiservercontroller.h"

#include <QLabel>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QtTest>

using namespace lambdesk;
using namespace widgettestsupport;

namespace {

// The status line of one HTTP request to 127.0.0.1:port ("" when nothing answers).
QByteArray statusLine(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(safetyNetMs(30000)))
        return {};
    socket.write("GET /2015-03-31/functions/ HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                 + "\r\nContent-Length: 0\r\n\r\n");
    QByteArray got;
    QSignalSpy ready(&socket, &QTcpSocket::readyRead);
    while (!got.contains("\r\n")) {
        if (!ready.wait(safetyNetMs(30000)))
            return {};
        got += socket.readAll();
    }
    return got.left(got.indexOf("\r\n"));
}

bool refused(quint16 port)
{
    QTcpSocket socket;
    QSignalSpy error(&socket, &QTcpSocket::errorOccurred);
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return (!error.isEmpty() || error.wait(safetyNetMs(30000)))
        && socket.error() == QAbstractSocket::ConnectionRefusedError;
}

} // namespace

class TestApiServerController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Choosing a port another program holds keeps the API where it is (it was closed first,
    // and then nothing listened), says so in words for the window, and keeps the saved port.
    void takenPortKeepsTheApiWhereItIs()
    {
        StartedHost h;
        ApiServerController api(h.host.get(), h.settings.get());
        QSignalSpy started(&api, &ApiServerController::started);
        QSignalSpy failed(&api, &ApiServerController::failed);
        api.start();
        QVERIFY(started.wait(backendStartMs()));
        QVERIFY(api.isRunning());
        const QString endpoint = api.endpoint();
        const quint16 old = quint16(QUrl(endpoint).port());
        QVERIFY(old != 0);
        QCOMPARE(statusLine(old), QByteArray("HTTP/1.1 200 OK"));

        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        api.setPort(squatter.serverPort());
        QVERIFY(failed.wait(backendStartMs()));
        QCOMPARE(started.size(), 1);
        QVERIFY(api.isRunning());
        QCOMPARE(api.endpoint(), endpoint);
        QCOMPARE(statusLine(old), QByteArray("HTTP/1.1 200 OK")); // still served there
        const QString message = failed.first().first().toString();
        QCOMPARE(api.lastError(), message);
        QVERIFY2(message.contains(QStringLiteral("Port %1 on 127.0.0.1 is already in use").arg(squatter.serverPort())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("goes on listening on %1").arg(endpoint)), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("lambdesk serve")) && !message.contains(QLatin1String("--port")),
                 qPrintable(message));
        QCOMPARE(h.settings->apiPort(), 0); // what the test started with: the taken port is not saved

        // The dialog says both: where it listens, and why the other port was refused.
        ApiDialog dialog(&api);
        const auto labels = dialog.findChildren<QLabel *>();
        const auto shows = [&](const QString &text) {
            return std::any_of(labels.cbegin(), labels.cend(),
                               [&](const QLabel *l) { return !l->isHidden() && l->text().contains(text); });
        };
        QVERIFY(shows(QStringLiteral("Listening on <b>%1</b>").arg(endpoint)));
        QVERIFY(shows(message));

        // A free port: the API moves there, the old one is let go, the port is saved, the
        // dialog's message goes.
        const quint16 free = [] {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            return probe.serverPort();
        }();
        api.setPort(free);
        QVERIFY(started.wait(backendStartMs()));
        QCOMPARE(api.endpoint(), QStringLiteral("http://127.0.0.1:%1").arg(free));
        QVERIFY(api.lastError().isEmpty());
        QCOMPARE(h.settings->apiPort(), int(free));
        QCOMPARE(statusLine(free), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(refused(old));
        QVERIFY(!shows(message));
    }

    // When the API cannot start at all, the window says it is not running and where to change
    // the port, not which command-line option to use.
    void takenPortAtStartSaysWhatToDo()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        StartedHost h;
        h.settings->setValue(settings::apiPort, int(squatter.serverPort()));
        ApiServerController api(h.host.get(), h.settings.get());
        QSignalSpy failed(&api, &ApiServerController::failed);
        api.start();
        QVERIFY(failed.wait(backendStartMs()));
        QVERIFY(!api.isRunning());
        const QString message = api.lastError();
        QVERIFY2(message.contains(QLatin1String("choose another port")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("choose another port. The Lambda API is not running.")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("--port")), qPrintable(message));
        ApiDialog dialog(&api);
        const auto labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [&](const QLabel *l) { return !l->isHidden() && l->text().contains(message); }));
    }
};

QTEST_MAIN(TestApiServerController)
#include "tst_apiservercontroller.moc"
