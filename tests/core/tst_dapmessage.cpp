// The Debug Adapter Protocol's framing (debug/dapmessage.h): whole messages out of a stream
// that arrives in any pieces; a bad or oversized frame is an error, never a crash.
#include "debug/dapmessage.h"

#include <QJsonDocument>
#include <QtTest>

using namespace lambdesk;

class TestDapMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QByteArray>>("bodies");
        QTest::addColumn<QByteArray>("rest");

        QTest::newRow("one") << QByteArray("Content-Length: 2\r\n\r\n{}") << QList<QByteArray>{"{}"} << QByteArray();
        QTest::newRow("two in one read")
            << QByteArray("Content-Length: 2\r\n\r\n{}Content-Length: 7\r\n\r\n{\"a\":1}")
            << QList<QByteArray>{"{}", "{\"a\":1}"} << QByteArray();
        QTest::newRow("unfinished body stays")
            << QByteArray("Content-Length: 2\r\n\r\n{}Content-Length: 7\r\n\r\n{\"a\"") << QList<QByteArray>{"{}"}
            << QByteArray("Content-Length: 7\r\n\r\n{\"a\"");
        QTest::newRow("unfinished header stays")
            << QByteArray("Content-Length: 2\r\n") << QList<QByteArray>{} << QByteArray("Content-Length: 2\r\n");
        QTest::newRow("other headers ignored")
            << QByteArray("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n[]")
            << QList<QByteArray>{"[]"} << QByteArray();
        QTest::newRow("name in any case, spaces")
            << QByteArray("content-length:   3  \r\n\r\n123") << QList<QByteArray>{"123"} << QByteArray();
        QTest::newRow("empty body") << QByteArray("Content-Length: 0\r\n\r\n") << QList<QByteArray>{QByteArray()}
                                    << QByteArray();
        QTest::newRow("utf-8 counted in bytes")
            << QByteArray("Content-Length: 8\r\n\r\n\"h\xc3\xa9llo\"") << QList<QByteArray>{"\"h\xc3\xa9llo\""}
            << QByteArray();
    }
    void takes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QByteArray>, bodies);
        QFETCH(QByteArray, rest);
        // Whole, and byte by byte: the same messages whatever the pieces.
        for (const bool piecewise : {false, true}) {
            QByteArray buffer;
            QList<QByteArray> got;
            const auto drain = [&] {
                while (true) {
                    const dap::Taken t = dap::takeMessage(buffer);
                    QVERIFY2(t.status != dap::Taken::Invalid, qPrintable(t.error));
                    if (t.status == dap::Taken::NeedMore)
                        return;
                    got.append(t.body);
                }
            };
            if (piecewise) {
                for (const char c : input) {
                    buffer.append(c);
                    drain();
                }
            } else {
                buffer = input;
                drain();
            }
            QCOMPARE(got, bodies);
            QCOMPARE(buffer, rest);
        }
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");

        QTest::newRow("no length") << QByteArray("Content-Type: x\r\n\r\n{}") << "without a Content-Length";
        QTest::newRow("negative") << QByteArray("Content-Length: -2\r\n\r\n{}") << "invalid Content-Length";
        QTest::newRow("not a number") << QByteArray("Content-Length: 2x\r\n\r\n{}") << "invalid Content-Length";
        QTest::newRow("empty value") << QByteArray("Content-Length:\r\n\r\n{}") << "invalid Content-Length";
        QTest::newRow("huge number") << QByteArray("Content-Length: 99999999999999999999999\r\n\r\n")
                                     << "invalid Content-Length";
        QTest::newRow("twice") << QByteArray("Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}")
                               << "invalid Content-Length";
        QTest::newRow("line without a name") << QByteArray("garbage\r\n\r\n{}") << "without a name";
        QTest::newRow("body over the limit") << QByteArray("Content-Length: 1025\r\n\r\n") << "larger than 1024 bytes";
        QTest::newRow("header over the limit, unfinished") << QByteArray(300, 'x') << "longer than 256 bytes";
        QTest::newRow("header over the limit, finished")
            << QByteArray("X-Pad: " + QByteArray(300, 'x') + "\r\nContent-Length: 2\r\n\r\n{}") << "longer than 256 bytes";
    }
    void rejects()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        dap::Limits limits;
        limits.maxHeaderBytes = 256;
        limits.maxBodyBytes = 1024;
        QByteArray buffer = input;
        const dap::Taken t = dap::takeMessage(buffer, limits);
        QCOMPARE(t.status, dap::Taken::Invalid);
        QVERIFY2(t.error.contains(error), qPrintable(t.error));
        QCOMPARE(buffer, input);
    }

    void requestRoundTrip()
    {
        QByteArray buffer = dap::request(7, QStringLiteral("evaluate"),
                                         QJsonObject{{QStringLiteral("expression"), QStringLiteral("1 + 1")}});
        buffer += dap::request(8, QStringLiteral("configurationDone"));
        dap::Taken t = dap::takeMessage(buffer);
        QCOMPARE(t.status, dap::Taken::Message);
        const auto first = dap::parse(t.body);
        QVERIFY(first);
        QCOMPARE(first->value(u"seq").toInt(), 7);
        QCOMPARE(first->value(u"type").toString(), QStringLiteral("request"));
        QCOMPARE(first->value(u"command").toString(), QStringLiteral("evaluate"));
        QCOMPARE(first->value(u"arguments").toObject().value(u"expression").toString(), QStringLiteral("1 + 1"));
        t = dap::takeMessage(buffer);
        const auto second = dap::parse(t.body);
        QVERIFY(second);
        QVERIFY(!second->contains(u"arguments")); // none rather than {}
        QVERIFY(buffer.isEmpty());
    }

    void parseRejectsWhatIsNotAnObject_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("array") << QByteArray("[1]");
        QTest::newRow("truncated") << QByteArray("{\"a\":");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("hello");
    }
    void parseRejectsWhatIsNotAnObject()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!dap::parse(body));
    }

    void undecorated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("frame") << "handler (Current frame)" << "handler";
        QTest::newRow("exception")
            << "ValueError       (note: full exception trace is shown but execution is paused at: handler)"
            << "ValueError";
        QTest::newRow("plain") << "<module>" << "<module>";
        QTest::newRow("dotted") << "json.decoder.JSONDecodeError" << "json.decoder.JSONDecodeError";
    }
    void undecorated()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(dap::undecorated(text), plain);
    }
};

QTEST_GUILESS_MAIN(TestDapMessage)
#include "tst_dapmessage.moc"
