#include "model/stacktrace.h"

#include <QTest>

using namespace lambdesk;
using stacktrace::Frame;

Q_DECLARE_METATYPE(std::optional<lambdesk::stacktrace::Frame>)

namespace {
std::optional<Frame> frame(const char *path, int line, int column = 0, const char *function = "")
{
    return Frame{QString::fromUtf8(path), line, column, QString::fromUtf8(function)};
}
// JSON written with single quotes (readable in C++ source): every ' becomes ".
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}
} // namespace

class TestStackTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<std::optional<Frame>>("expected");

        // Python (traceback.format_list)
        QTest::newRow("python frame") << QStringLiteral(
            "  File \"/ws/functions/f/code/lambda_function.py\", line 42, in lambda_handler")
                                      << frame("/ws/functions/f/code/lambda_function.py", 42, 0, "lambda_handler");
        QTest::newRow("python module level") << QStringLiteral("  File \"/task/app.py\", line 3, in <module>")
                                             << frame("/task/app.py", 3, 0, "<module>");
        QTest::newRow("python path with spaces")
            << QStringLiteral("  File \"/my code/a b.py\", line 7, in run") << frame("/my code/a b.py", 7, 0, "run");
        QTest::newRow("python syntax error form")
            << QStringLiteral("  File \"/task/lambda_function.py\" Line 5") << frame("/task/lambda_function.py", 5);
        QTest::newRow("python code line") << QStringLiteral("    raise ValueError(x)") << std::optional<Frame>();
        QTest::newRow("python relative file")
            << QStringLiteral("  File \"<string>\", line 1, in <module>") << std::optional<Frame>();
        QTest::newRow("python traceback header")
            << QStringLiteral("Traceback (most recent call last):") << std::optional<Frame>();

        // Node ESM (file:// URLs)
        QTest::newRow("node esm named") << QStringLiteral(
            "    at validate (file:///ws/functions/f/code/index.mjs:26:11)")
                                        << frame("/ws/functions/f/code/index.mjs", 26, 11, "validate");
        QTest::newRow("node esm async") << QStringLiteral("    at async Runtime.handler (file:///task/index.mjs:38:3)")
                                        << frame("/task/index.mjs", 38, 3, "Runtime.handler");
        QTest::newRow("node esm anonymous")
            << QStringLiteral("    at file:///task/lib/util.mjs:4:9") << frame("/task/lib/util.mjs", 4, 9);
        QTest::newRow("node esm percent-encoded") << QStringLiteral("    at run (file:///my%20code/index.mjs:2:5)")
                                                  << frame("/my code/index.mjs", 2, 5, "run");
        QTest::newRow("node esm syntax error head")
            << QStringLiteral("file:///task/index.mjs:3") << frame("/task/index.mjs", 3);
        // Node CommonJS (plain paths)
        QTest::newRow("node cjs named") << QStringLiteral("    at exports.handler (/task/index.js:5:9)")
                                        << frame("/task/index.js", 5, 9, "exports.handler");
        QTest::newRow("node cjs constructor") << QStringLiteral("    at new Order (/task/order.js:12:13)")
                                              << frame("/task/order.js", 12, 13, "new Order");
        QTest::newRow("node cjs object anonymous") << QStringLiteral("    at Object.<anonymous> (/task/index.js:1:7)")
                                                   << frame("/task/index.js", 1, 7, "Object.<anonymous>");
        QTest::newRow("node cjs anonymous")
            << QStringLiteral("    at /task/index.js:8:15") << frame("/task/index.js", 8, 15);
        QTest::newRow("node cjs syntax error head")
            << QStringLiteral("/task/index.js:10") << frame("/task/index.js", 10);
        // Not the user's files
        QTest::newRow("node internal") << QStringLiteral(
            "    at Module._compile (node:internal/modules/cjs/loader:1256:14)")
                                       << std::optional<Frame>();
        QTest::newRow("node builtin anonymous") << QStringLiteral("    at node:fs:453:3") << std::optional<Frame>();
        QTest::newRow("node native") << QStringLiteral("    at Array.map (<anonymous>)") << std::optional<Frame>();
        QTest::newRow("node eval") << QStringLiteral(
            "    at eval (eval at run (file:///task/index.mjs:3:1), <anonymous>:1:1)")
                                   << std::optional<Frame>();
        QTest::newRow("node error message")
            << QStringLiteral("TypeError: Cannot read properties of undefined (reading 'total')")
            << std::optional<Frame>();
        QTest::newRow("empty") << QString() << std::optional<Frame>();
    }
    void parseLine()
    {
        QFETCH(QString, line);
        QFETCH(std::optional<Frame>, expected);
        const auto got = stacktrace::parseLine(line);
        QCOMPARE(got.has_value(), expected.has_value());
        if (expected) {
            QCOMPARE(got->path, expected->path);
            QCOMPARE(got->line, expected->line);
            QCOMPARE(got->column, expected->column);
            QCOMPARE(got->function, expected->function);
        }
    }

    void fromErrorDocument_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QStringList>("framePaths");
        QTest::addColumn<QList<int>>("frameLines");

        QTest::newRow("python stackTrace") << j(
            "{'errorMessage': 'quantity must be a whole number >= 1, got -3',"
            "'errorType': 'ValidationError', 'requestId': 'r1', 'stackTrace': ["
            "'  File \\u0022/task/lambda_function.py\\u0022, line 38, in lambda_handler\\n    validate(event)\\n',"
            "'  File \\u0022/task/lambda_function.py\\u0022, line 30, in validate\\n    raise ValidationError(\\u0022quantity\\u0022, x)\\n']}")
                                           << 4
                                           << QStringList{QStringLiteral("/task/lambda_function.py"),
                                                          QStringLiteral("/task/lambda_function.py")}
                                           << QList<int>{38, 30};
        QTest::newRow("python syntax error") << j(
            "{'errorMessage': 'Syntax error in module lambda_function: invalid syntax',"
            "'errorType': 'Runtime.UserCodeSyntaxError', 'stackTrace': ['  File \\u0022/task/lambda_function.py\\u0022 Line 4\\n    def f(:\\n']}")
                                             << 2 << QStringList{QStringLiteral("/task/lambda_function.py")}
                                             << QList<int>{4};
        QTest::newRow("python 3.6 lists")
            << j("{'errorMessage': 'x', 'errorType': 'KeyError',"
                 "'stackTrace': [['/var/task/app.py', 12, 'handler', 'return event[x]']]}")
            << 2 << QStringList{QStringLiteral("/var/task/app.py")} << QList<int>{12};
        QTest::newRow("node esm trace") << j(
            "{'errorType': 'TypeError',"
            "'errorMessage': 'Cannot read properties of undefined (reading total)', 'trace': ["
            "'TypeError: Cannot read properties of undefined (reading total)',"
            "'    at Runtime.handler (file:///task/index.mjs:34:37)',"
            "'    at Runtime.handleOnceNonStreaming (file:///opt/lambdesk/runtime/nodejs/bootstrap.mjs:310:25)',"
            "'    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)']}")
                                        << 4
                                        << QStringList{QStringLiteral("/task/index.mjs"),
                                                       QStringLiteral("/opt/lambdesk/runtime/nodejs/bootstrap.mjs")}
                                        << QList<int>{34, 310};
        QTest::newRow("node cjs trace") << j(
            "{'errorType': 'Error', 'errorMessage': 'boom', 'trace': ["
            "'Error: boom', '    at exports.handler (/task/index.js:3:9)', '    at /task/lib.js:8:1']}")
                                        << 3
                                        << QStringList{QStringLiteral("/task/index.js"), QStringLiteral("/task/lib.js")}
                                        << QList<int>{3, 8};
        QTest::newRow("node stack string") << j("{'errorType': 'Error', 'errorMessage': 'boom',"
                                                "'stack': 'Error: boom\\n    at handler (file:///task/index.mjs:2:9)'}")
                                           << 2 << QStringList{QStringLiteral("/task/index.mjs")} << QList<int>{2};
        QTest::newRow("trace wins over stack") << j("{'trace': ['    at a (/task/a.js:1:1)'],"
                                                    "'stack': ['    at b (/task/b.js:2:2)']}")
                                               << 1 << QStringList{QStringLiteral("/task/a.js")} << QList<int>{1};
        QTest::newRow("empty stackTrace falls back to trace")
            << j("{'stackTrace': [], 'trace': ['    at a (/task/a.js:5:1)']}") << 1
            << QStringList{QStringLiteral("/task/a.js")} << QList<int>{5};
        QTest::newRow("no trace") << j(
            "{'errorType': 'Sandbox.Timedout', 'errorMessage': 'Task timed out after 3.00 seconds'}")
                                  << 0 << QStringList{} << QList<int>{};
        QTest::newRow("not an object") << j("['  File \\u0022/task/a.py\\u0022, line 1, in f']") << 0 << QStringList{}
                                       << QList<int>{};
        QTest::newRow("not json") << QByteArray("Internal error") << 0 << QStringList{} << QList<int>{};
    }
    void fromErrorDocument()
    {
        QFETCH(QByteArray, document);
        QFETCH(int, lines);
        QFETCH(QStringList, framePaths);
        QFETCH(QList<int>, frameLines);
        const auto parsed = stacktrace::fromErrorDocument(document);
        QCOMPARE(parsed.size(), lines);
        const auto frames = stacktrace::framesOf(parsed);
        QStringList paths;
        QList<int> numbers;
        for (const Frame &f : frames) {
            paths << f.path;
            numbers << f.line;
        }
        QCOMPARE(paths, framePaths);
        QCOMPARE(numbers, frameLines);
    }

    void pythonEntryKeepsCodeLines()
    {
        const auto parsed = stacktrace::fromErrorDocument(
            j("{'stackTrace': ['  File \\u0022/task/x.py\\u0022, line 2, in f\\n    return 1 / 0\\n']}"));
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed.at(0).text, QStringLiteral("  File \"/task/x.py\", line 2, in f"));
        QVERIFY(parsed.at(0).frame.has_value());
        QCOMPARE(parsed.at(1).text, QStringLiteral("    return 1 / 0"));
        QVERIFY(!parsed.at(1).frame.has_value());
    }
};

QTEST_GUILESS_MAIN(TestStackTrace)
#include "tst_stacktrace.moc"
