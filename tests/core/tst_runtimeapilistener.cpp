// The Runtime API's listening port: who may connect, how many connections it took, and that a
// connection it takes has Nagle's algorithm off (a runtime pipelines its result with its next
// /next, and the answers to both must not wait for each other's ACK).
#include "testsupport.h"

#include "runtime/runtimeapilistener.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace lambdesk;
using namespace testsupport;

class TestRuntimeApiListener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptedConnectionsHaveNoDelayAndAreCounted()
    {
        RuntimeApiListener listener([](qintptr) { return true; });
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> clients;
        for (int i = 0; i < 3; ++i) {
            auto *client = new QTcpSocket(this);
            client->connectToHost(QHostAddress::LocalHost, listener.serverPort());
            clients.append(client);
            QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections(), safetyNetMs(30000));
            QTcpSocket *server = listener.nextPendingConnection();
            QVERIFY(server);
            QCOMPARE(server->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
        }
        QCOMPARE(listener.acceptedCount(), 3);
        QCOMPARE(listener.refusedCount(), 0);
        qDeleteAll(clients);
    }

    void refusedConnectionsAreClosedAndCounted()
    {
        RuntimeApiListener listener([](qintptr) { return false; });
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        QTcpSocket client;
        QSignalSpy closed(&client, &QTcpSocket::disconnected);
        client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QVERIFY(closed.wait(safetyNetMs(30000)));
        QCOMPARE(listener.refusedCount(), 1);
        QCOMPARE(listener.acceptedCount(), 0);
        QVERIFY(!listener.hasPendingConnections());
    }
};

QTEST_GUILESS_MAIN(TestRuntimeApiListener)
#include "tst_runtimeapilistener.moc"
