// JSON payload checks with line and column, and formatting that keeps the user's key order.
#include "model/jsoncheck.h"

#include <QtTest>

using namespace lambdesk;

class TestJsonCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("object") << QByteArray("{\"a\": 1}");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("string") << QByteArray("\"hello\"");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("spaces") << QByteArray("  \n {\"a\": [true, false, null]}\n");
        QTest::newRow("unicode") << QByteArray("{\"name\": \"Zoë €\"}");
    }
    void valid()
    {
        QFETCH(QByteArray, text);
        const auto e = json::check(text);
        QVERIFY2(!e, e ? qPrintable(e->message) : "");
    }
    void invalid_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("bare word") << QByteArray("{x}") << 1 << 2;
        QTest::newRow("second line") << QByteArray("{\n  \"a\": 1,\n  \"b\" 2\n}") << 3 << 7;
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << 1 << 9;
        QTest::newRow("unterminated") << QByteArray("{\"a\": \"b}") << 1 << 10;
        QTest::newRow("empty") << QByteArray("") << 1 << 1;
        QTest::newRow("two values") << QByteArray("{} {}") << 1 << 4;
        QTest::newRow("after unicode") << QByteArray("{\"é\": x}") << 1 << 7;
        // Found by tests/fuzz/fuzz_jsoncheck: a number past a double's range threw an exception
        // check() did not catch, and an invocation payload with one ended the backend.
        QTest::newRow("number out of range") << QByteArray("{\"a\": 1e400}") << 1 << 7;
        QTest::newRow("huge exponent") << QByteArray("[1,\n 5E+7222222222222222222]") << 2 << 2;
    }
    void invalid()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto e = json::check(text);
        QVERIFY(e);
        QCOMPARE(e->line, line);
        QCOMPARE(e->column, column);
        QVERIFY2(e->message.contains(QStringLiteral("line %1, column %2").arg(line).arg(column)),
                 qPrintable(e->message));
    }
    void numberOutOfRangeIsNamed()
    {
        const auto e = json::check("{\"a\": -1e400}");
        QVERIFY(e);
        QVERIFY2(e->message.startsWith(QLatin1String("number out of range")), qPrintable(e->message));
    }
    void formatKeepsOrder()
    {
        const QByteArray out = json::format("{\"zeta\":1,\"alpha\":{\"b\":[1,2],\"a\":\"x\"}}");
        QCOMPARE(
            out,
            QByteArray(
                "{\n  \"zeta\": 1,\n  \"alpha\": {\n    \"b\": [\n      1,\n      2\n    ],\n    \"a\": \"x\"\n  }\n}\n"));
        QCOMPARE(json::format("not json"), QByteArray("not json"));
        QCOMPARE(json::format("\"é\""), QByteArray("\"é\"\n"));
    }
    // Found while writing tests/fuzz/fuzz_jsoncheck: pretty-printing indents each line by its depth, so deep
    // nesting grew quadratically (a 60 KB response became 1.8 GB) and overflowed the stack
    // (nlohmann's dump recurses once per level). Valid JSON past the limits is left as it is.
    void formatLeavesDeepOrHugeTextAlone_data()
    {
        QTest::addColumn<QByteArray>("text");
        const auto nested = [](int depth, const QByteArray &inner) -> QByteArray {
            return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
        };
        QTest::newRow("200000 deep") << nested(200000, {});
        QTest::newRow("5000 deep") << nested(5000, "1");
        QByteArray wide("0");
        for (int i = 0; i < 300000; ++i)
            wide += ",0";
        QTest::newRow("wide, 250 deep") << nested(250, wide);
    }
    void formatLeavesDeepOrHugeTextAlone()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!json::check(text)); // valid JSON all the same
        QCOMPARE(json::format(text), text);
    }
    void formatStillIndentsNesting()
    {
        const QByteArray deep = QByteArray(100, '[') + QByteArray(100, ']');
        const QByteArray out = json::format(deep);
        QVERIFY(out.contains(QByteArray("\n" + QByteArray(2 * 99, ' ') + "[]")));
        QVERIFY(!json::check(out));
    }
};

QTEST_GUILESS_MAIN(TestJsonCheck)
#include "tst_jsoncheck.moc"
