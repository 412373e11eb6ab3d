// The Node.js engine's pure parts (core/debug/cdpvalues): remote objects as the console shows
// them, the url regex of a breakpoint's file, script urls as files, the /json/list answer and
// logpoint conditions.
#include "debug/cdpvalues.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace lambdesk::debug;

class TestCdpValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void renderValue_data()
    {
        QTest::addColumn<QByteArray>("remote");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("type");
        QTest::newRow("string") << QByteArray("{\"type\":\"string\",\"value\":\"hello\"}") << "'hello'" << "string";
        QTest::newRow("string escapes") << QByteArray("{\"type\":\"string\",\"value\":\"it's\\n\\\\\"}") << "'it\\'s\\n\\\\'" << "string";
        QTest::newRow("number") << QByteArray("{\"type\":\"number\",\"value\":42,\"description\":\"42\"}") << "42" << "number";
        QTest::newRow("negative zero") << QByteArray("{\"type\":\"number\",\"unserializableValue\":\"-0\",\"description\":\"-0\"}") << "-0" << "number";
        QTest::newRow("NaN") << QByteArray("{\"type\":\"number\",\"unserializableValue\":\"NaN\",\"description\":\"NaN\"}") << "NaN" << "number";
        QTest::newRow("bigint") << QByteArray("{\"type\":\"bigint\",\"unserializableValue\":\"10n\",\"description\":\"10n\"}") << "10n" << "bigint";
        QTest::newRow("boolean") << QByteArray("{\"type\":\"boolean\",\"value\":true}") << "true" << "boolean";
        QTest::newRow("undefined") << QByteArray("{\"type\":\"undefined\"}") << "undefined" << "undefined";
        QTest::newRow("null") << QByteArray("{\"type\":\"object\",\"subtype\":\"null\",\"value\":null}") << "null" << "null";
        QTest::newRow("symbol") << QByteArray("{\"type\":\"symbol\",\"description\":\"Symbol(k)\",\"objectId\":\"1\"}") << "Symbol(k)" << "symbol";
        QTest::newRow("array") << QByteArray("{\"type\":\"object\",\"subtype\":\"array\",\"className\":\"Array\",\"description\":\"Array(3)\",\"objectId\":\"1\"}")
                               << "Array(3)" << "array";
        QTest::newRow("error") << QByteArray("{\"type\":\"object\",\"subtype\":\"error\",\"className\":\"TypeError\",\"description\":\"TypeError: boom\\n    at handler (file:///var/task/app.mjs:3:9)\",\"objectId\":\"1\"}")
                               << "TypeError: boom" << "error";
        QTest::newRow("object preview")
            << QByteArray("{\"type\":\"object\",\"className\":\"Object\",\"description\":\"Object\",\"objectId\":\"1\",\"preview\":{\"type\":\"object\",\"description\":\"Object\",\"overflow\":false,\"properties\":[{\"name\":\"a\",\"type\":\"number\",\"value\":\"1\"},{\"name\":\"b\",\"type\":\"string\",\"value\":\"x\"},{\"name\":\"c\",\"type\":\"object\",\"value\":\"Object\"},{\"name\":\"d\",\"type\":\"object\",\"subtype\":\"array\",\"value\":\"Array(2)\"},{\"name\":\"e\",\"type\":\"object\",\"subtype\":\"null\",\"value\":\"null\"},{\"name\":\"f\",\"type\":\"function\",\"value\":\"\"}]}}")
            << "{a: 1, b: 'x', c: {…}, d: Array(2), e: null, f: ƒ}" << "object";
        QTest::newRow("overflowing preview")
            << QByteArray("{\"type\":\"object\",\"className\":\"Object\",\"description\":\"Object\",\"objectId\":\"1\",\"preview\":{\"type\":\"object\",\"overflow\":true,\"properties\":[{\"name\":\"a\",\"type\":\"number\",\"value\":\"1\"}]}}")
            << "{a: 1, …}" << "object";
        QTest::newRow("class instance")
            << QByteArray("{\"type\":\"object\",\"className\":\"Point\",\"description\":\"Point\",\"objectId\":\"1\",\"preview\":{\"type\":\"object\",\"overflow\":false,\"properties\":[{\"name\":\"x\",\"type\":\"number\",\"value\":\"1\"}]}}")
            << "Point {x: 1}" << "object";
        QTest::newRow("map") << QByteArray("{\"type\":\"object\",\"subtype\":\"map\",\"className\":\"Map\",\"description\":\"Map(1)\",\"objectId\":\"1\"}") << "Map(1)" << "map";
        QTest::newRow("function") << QByteArray("{\"type\":\"function\",\"className\":\"Function\",\"description\":\"function add(a, b) { return a + b; }\",\"objectId\":\"1\"}")
                                  << "ƒ add(a, b)" << "function";
        QTest::newRow("async function") << QByteArray("{\"type\":\"function\",\"className\":\"AsyncFunction\",\"description\":\"async function handler(event) {\\n}\",\"objectId\":\"1\"}")
                                        << "ƒ async handler(event)" << "function";
        QTest::newRow("nothing") << QByteArray("{}") << "" << "";
    }
    void renderValue()
    {
        QFETCH(QByteArray, remote);
        QFETCH(QString, value);
        QFETCH(QString, type);
        const QJsonObject o = QJsonDocument::fromJson(remote).object();
        QCOMPARE(cdp::renderValue(o), value);
        QCOMPARE(cdp::typeName(o), type);
    }

    void urlRegex_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("matches");
        QTest::newRow("commonjs path") << "/var/task" << "app.js" << "/var/task/app.js" << true;
        QTest::newRow("es module url") << "/var/task" << "app.mjs" << "file:///var/task/app.mjs" << true;
        QTest::newRow("root with slash") << "/var/task/" << "lib/util.mjs" << "file:///var/task/lib/util.mjs" << true;
        QTest::newRow("space in the path") << "/tmp/my code" << "a b.mjs" << "file:///tmp/my%20code/a%20b.mjs" << true;
        QTest::newRow("space, commonjs") << "/tmp/my code" << "a b.js" << "/tmp/my code/a b.js" << true;
        QTest::newRow("dot is literal") << "/var/task" << "app.js" << "/var/task/appxjs" << false;
        QTest::newRow("other folder") << "/var/task" << "app.js" << "/opt/var/task/app.js" << false;
        QTest::newRow("longer name") << "/var/task" << "app.js" << "/var/task/app.json" << false;
        QTest::newRow("sub folder file") << "/var/task" << "app.js" << "/var/task/lib/app.js" << false;
    }
    void urlRegex()
    {
        QFETCH(QString, root);
        QFETCH(QString, file);
        QFETCH(QString, url);
        QFETCH(bool, matches);
        // V8 matches with JavaScript's RegExp; the patterns use only what both dialects share.
        const QRegularExpression re(cdp::urlRegex(root, file));
        QVERIFY(re.isValid());
        QCOMPARE(re.match(url).hasMatch(), matches);
    }

    void relativeFile_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("file");
        QTest::newRow("path") << "/var/task/app.js" << "app.js";
        QTest::newRow("url") << "file:///var/task/lib/a%20b.mjs" << "lib/a b.mjs";
        QTest::newRow("outside") << "/var/runtime/nodejs/bootstrap.mjs" << "";
        QTest::newRow("node internal") << "node:internal/timers" << "";
        QTest::newRow("dot dot") << "/var/task/../etc/passwd" << "";
        QTest::newRow("the root itself") << "/var/task" << "";
        QTest::newRow("prefix only") << "/var/tasks/app.js" << "";
        QTest::newRow("empty") << "" << "";
    }
    void relativeFile()
    {
        QFETCH(QString, url);
        QFETCH(QString, file);
        QCOMPARE(cdp::relativeFile(cdp::scriptPath(url), QStringLiteral("/var/task")), file);
    }

    void webSocketUrl_data()
    {
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<QString>("url");
        QTest::newRow("node") << QByteArray("[{\"id\":\"a\",\"type\":\"node\",\"webSocketDebuggerUrl\":\"ws://127.0.0.1:9229/a\"}]") << "ws://127.0.0.1:9229/a";
        QTest::newRow("empty list") << QByteArray("[]J") << "";
        QTest::newRow("no url") << QByteArray("[{\"id\":\"a\"}]") << "";
        QTest::newRow("not ws") << QByteArray("[{\"webSocketDebuggerUrl\":\"http://x\"}]") << "";
        QTest::newRow("not json") << QByteArray("<html>") << "";
        QTest::newRow("object") << QByteArray("{\"webSocketDebuggerUrl\":\"ws://x\"}") << "";
    }
    void webSocketUrl()
    {
        QFETCH(QByteArray, list);
        QFETCH(QString, url);
        QCOMPARE(cdp::webSocketUrl(list), url);
    }

    void logpointCondition_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("expression");
        QTest::newRow("plain") << "reached" << "" << "(log(\"reached\"), false)";
        QTest::newRow("expression") << "n is {event.n}!" << "" << "(log(\"n is \" + String((event.n)) + \"!\"), false)";
        QTest::newRow("quotes") << "say \"hi\" `x`" << "" << "(log(\"say \\\"hi\\\" `x`\"), false)";
        QTest::newRow("conditional") << "{a}" << "a > 1" << "((a > 1) ? (log(String((a))), false) : false)";
        QTest::newRow("unclosed brace") << "a {b" << "" << "(log(\"a {b\"), false)";
        QTest::newRow("empty") << "{}" << "" << "(log(\"\"), false)";
    }
    void logpointCondition()
    {
        QFETCH(QString, message);
        QFETCH(QString, condition);
        QFETCH(QString, expression);
        QCOMPARE(cdp::logpointCondition(message, condition, QStringLiteral("log")), expression);
    }
};

QTEST_GUILESS_MAIN(TestCdpValues)
#include "tst_cdpvalues.moc"
