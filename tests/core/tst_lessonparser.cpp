// Lesson files (resources/lessons/README.md): good and bad texts, each error naming the line
// and the rule; every built-in lesson parses and uses only known targets, event kinds and
// fields; conditions hold exactly when they should; the translated units are the ones the
// i18n tooling extracts.

#include "learn/condition.h"
#include "learn/lesson.h"
#include "learn/lessontracker.h"
#include "store/catalogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace lambdesk;
using namespace lambdesk::learn;

namespace {

const QByteArray kFront = "---\n"
                          "id: demo\n"
                          "title: A demo\n"
                          "summary: One sentence.\n"
                          "blueprint: cold-start-demo\n"
                          "function: learn-demo\n"
                          "---\n";

QByteArray withSteps(const QByteArray &steps)
{
    return kFront + "\nIntro text.\n\n" + steps;
}

const QByteArray kStep = "## Invoke it\n"
                         "id: one\n"
                         "check: invocation.finished\n"
                         "\n"
                         "Press Test.\n";

// Marks every lesson unit it is asked for, so a test can see what went through translate().
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        const QString c = QString::fromUtf8(context);
        if (!c.startsWith(QStringLiteral("lesson:")))
            return {};
        return u'[' + c + u'|' + QString::fromUtf8(sourceText) + u']';
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestLessonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodLessons_data();
    void goodLessons();
    void badLessons_data();
    void badLessons();
    void stepsAndIntro();
    void builtInLessonsParse();
    void builtInLessonsAreShown();
    void lessonsNeedingMissingFeaturesAreHidden();
    void conditions_data();
    void conditions();
    void badConditions_data();
    void badConditions();
    void translatedUnits();
};

void TestLessonParser::goodLessons_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QStringList>("needs");

    QTest::newRow("minimal") << withSteps(kStep) << QStringLiteral("07-demo.md") << 1 << QStringList();
    QTest::newRow("no file prefix") << withSteps(kStep) << QStringLiteral("demo.md") << 1 << QStringList();
    QTest::newRow("requires in brackets")
        << QByteArray(kFront).replace("function:", "requires: [invoke, versions]\nfunction:") + "\n" + kStep
        << QStringLiteral("01-demo.md") << 1 << QStringList{QStringLiteral("invoke"), QStringLiteral("versions")};
    QTest::newRow("requires as a list") << QByteArray(kFront).replace("function:",
                                                                      "requires:\n  - invoke\n  - async\nfunction:")
            + "\n" + kStep << QStringLiteral("01-demo.md")
                                        << 1 << QStringList{QStringLiteral("invoke"), QStringLiteral("async")};
    QTest::newRow("quoted values and comments")
        << QByteArray(kFront).replace("title: A demo", "# a comment\ntitle: \"A demo: quoted\"") + "\n" + kStep
        << QStringLiteral("01-demo.md") << 1 << QStringList();
    QTest::newRow("every key, a recorded value")
        << withSteps("## Cold\n"
                     "id: cold\n"
                     "check: invocation.finished\n"
                     "where: coldStart == true, status == \"Succeeded\"\n"
                     "highlight: results.report\n"
                     "record: init = initDurationMs\n"
                     "\n"
                     "Text one.\n"
                     "\n"
                     "## Warm\n"
                     "id: warm\n"
                     "check: invocation.finished\n"
                     "where: coldStart == false, durationMs < $init, payload.body.message contains \"Hi\"\n"
                     "\n"
                     "Text two.\n")
        << QStringLiteral("01-demo.md") << 2 << QStringList();
    QTest::newRow("CRLF line ends") << withSteps(kStep).replace("\n", "\r\n") << QStringLiteral("01-demo.md") << 1
                                    << QStringList();
    QTest::newRow("a fenced ## in the text")
        << withSteps("## One\nid: one\ncheck: code.deployed\n\n```\n## not a step\n```\nText.\n")
        << QStringLiteral("01-demo.md") << 1 << QStringList();
    QTest::newRow("an unknown feature is no error")
        << QByteArray(kFront).replace("function:", "requires: teleport\nfunction:") + "\n" + kStep
        << QStringLiteral("01-demo.md") << 1 << QStringList{QStringLiteral("teleport")};
}

void TestLessonParser::goodLessons()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, file);
    QFETCH(int, steps);
    QFETCH(QStringList, needs);
    const auto lesson = parseLesson(text, file);
    QVERIFY2(lesson.ok(), qPrintable(lesson.ok() ? QString() : lesson.error().message));
    QCOMPARE(lesson->id, QStringLiteral("demo"));
    QCOMPARE(lesson->steps.size(), steps);
    QCOMPARE(lesson->needs, needs);
    QCOMPARE(lesson->blueprint, QStringLiteral("cold-start-demo"));
    QCOMPARE(lesson->function, QStringLiteral("learn-demo"));
    QVERIFY(lesson->title.startsWith(QStringLiteral("A demo")));
    QCOMPARE(lesson->order, file.startsWith(u'0') ? file.left(2).toInt() : 0);
}

void TestLessonParser::badLessons_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("rule"); // a part of the message
    QTest::addColumn<QString>("field");

    const QByteArray front = kFront;
    QTest::newRow("no front matter") << QByteArray("# Title\n") + kStep << 1 << QStringLiteral("front matter")
                                     << QString();
    QTest::newRow("front matter not closed")
        << QByteArray("---\nid: demo\ntitle: x\n") << 3 << QStringLiteral("not closed") << QString();
    QTest::newRow("unknown front key") << QByteArray(front).replace("title: A demo", "colour: blue") + kStep << 3
                                       << QStringLiteral("unknown key \"colour\" in the front matter")
                                       << QStringLiteral("colour");
    QTest::newRow("front key twice") << QByteArray(front).replace("summary:", "title: Again\nsummary:") + kStep << 4
                                     << QStringLiteral("\"title\" is given twice (first on line 3)")
                                     << QStringLiteral("title");
    QTest::newRow("missing title") << QByteArray(front).replace("title: A demo\n", "") + kStep << 6
                                   << QStringLiteral("must give \"title\"") << QStringLiteral("title");
    QTest::newRow("empty summary") << QByteArray(front).replace("One sentence.", "") + kStep << 4
                                   << QStringLiteral("\"summary\" must not be empty") << QStringLiteral("summary");
    QTest::newRow("not key: value") << QByteArray(front).replace("title: A demo", "just words") + kStep << 3
                                    << QStringLiteral("\"key: value\"") << QString();
    QTest::newRow("bad requires") << QByteArray(front).replace("function:", "requires: Big Feature\nfunction:") + kStep
                                  << 6 << QStringLiteral("required feature") << QStringLiteral("requires");
    QTest::newRow("list item without requires") << QByteArray(front).replace("function:", "- invoke\nfunction:") + kStep
                                                << 6 << QStringLiteral("belongs under \"requires:\"") << QString();
    QTest::newRow("bad lesson id") << QByteArray(front).replace("id: demo", "id: Demo_1") + kStep << 2
                                   << QStringLiteral("lesson id") << QStringLiteral("id");
    QTest::newRow("unknown blueprint") << QByteArray(front).replace("cold-start-demo", "no-such-blueprint") + kStep << 5
                                       << QStringLiteral("unknown blueprint \"no-such-blueprint\"")
                                       << QStringLiteral("blueprint");
    QTest::newRow("bad function name") << QByteArray(front).replace("learn-demo", "learn demo!") + kStep << 6
                                       << QStringLiteral("function name") << QStringLiteral("function");
    QTest::newRow("no steps") << front + "\nJust an intro.\n" << 9 << QStringLiteral("at least one step") << QString();
    QTest::newRow("heading without schema")
        << withSteps("## One\n\nText.\n") << 12 << QStringLiteral("no schema lines") << QStringLiteral("check");
    QTest::newRow("text right after the heading")
        << withSteps("## One\nPress Test to invoke.\n") << 12 << QStringLiteral("followed directly by its schema lines")
        << QString();
    QTest::newRow("unknown step key") << withSteps("## One\nid: one\ncheck: code.deployed\ncolour: red\n\nText.\n")
                                      << 14 << QStringLiteral("unknown key \"colour\" in step \"One\"")
                                      << QStringLiteral("colour");
    QTest::newRow("step key twice") << withSteps("## One\nid: one\ncheck: code.deployed\ncheck: code.deployed\n\nT.\n")
                                    << 14 << QStringLiteral("\"check\" is given twice") << QStringLiteral("check");
    QTest::newRow("missing step id") << withSteps("## One\ncheck: code.deployed\n\nText.\n") << 11
                                     << QStringLiteral("no \"id:\"") << QStringLiteral("id");
    QTest::newRow("bad step id") << withSteps("## One\nid: Step One\ncheck: code.deployed\n\nText.\n") << 12
                                 << QStringLiteral("step id") << QStringLiteral("id");
    QTest::newRow("duplicate step id") << withSteps(kStep + "\n## Again\nid: one\ncheck: code.deployed\n\nText.\n")
                                       << 18 << QStringLiteral("duplicate step id \"one\" (first on line 11)")
                                       << QStringLiteral("id");
    QTest::newRow("missing check") << withSteps("## One\nid: one\n\nText.\n") << 11 << QStringLiteral("no \"check:\"")
                                   << QStringLiteral("check");
    QTest::newRow("unknown event kind") << withSteps("## One\nid: one\ncheck: invocation.done\n\nText.\n") << 13
                                        << QStringLiteral("unknown event kind \"invocation.done\"")
                                        << QStringLiteral("check");
    QTest::newRow("unknown field in where")
        << withSteps("## One\nid: one\ncheck: invocation.finished\nwhere: temperature > 3\n\nText.\n") << 14
        << QStringLiteral("unknown field \"temperature\" in where") << QStringLiteral("where");
    QTest::newRow("a field of another kind")
        << withSteps("## One\nid: one\ncheck: code.deployed\nwhere: coldStart == true\n\nText.\n") << 14
        << QStringLiteral("unknown field \"coldStart\" in where: code.deployed has") << QStringLiteral("where");
    QTest::newRow("where without operator")
        << withSteps("## One\nid: one\ncheck: invocation.finished\nwhere: coldStart true\n\nText.\n") << 14
        << QStringLiteral("an operator must follow the field") << QStringLiteral("where");
    QTest::newRow("unrecorded value") << withSteps(
        "## One\nid: one\ncheck: invocation.finished\nwhere: durationMs < $slow\n\nText.\n")
                                      << 14 << QStringLiteral("$slow is not recorded by an earlier step")
                                      << QStringLiteral("where");
    QTest::newRow("unknown highlight target")
        << withSteps("## One\nid: one\ncheck: invocation.finished\nhighlight: the.moon\n\nText.\n") << 14
        << QStringLiteral("unknown highlight target \"the.moon\"") << QStringLiteral("highlight");
    QTest::newRow("bad record") << withSteps("## One\nid: one\ncheck: invocation.finished\nrecord: durationMs\n\nT.\n")
                                << 14 << QStringLiteral("record must be \"name = field\"") << QStringLiteral("record");
    QTest::newRow("record of an unknown field")
        << withSteps("## One\nid: one\ncheck: invocation.finished\nrecord: x = speed\n\nText.\n") << 14
        << QStringLiteral("unknown field \"speed\" in record") << QStringLiteral("record");
    QTest::newRow("a step without text") << withSteps("## One\nid: one\ncheck: code.deployed\n") << 11
                                         << QStringLiteral("has no text") << QStringLiteral("text");
    QTest::newRow("id is not the file name's")
        << QByteArray(front).replace("id: demo", "id: other") + kStep << 2
        << QStringLiteral("must be the file name's \"demo\"") << QStringLiteral("id");
}

void TestLessonParser::badLessons()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    const auto lesson = parseLesson(text, QStringLiteral("03-demo.md"));
    QVERIFY(!lesson.ok());
    const QString message = lesson.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("03-demo.md:%1: ").arg(line)), qPrintable(message));
    QVERIFY2(message.contains(rule), qPrintable(message));
    QCOMPARE(lesson.error().field, field);
}

void TestLessonParser::stepsAndIntro()
{
    const auto lesson = parseLesson(withSteps("## Cold\n"
                                              "id: cold\n"
                                              "check: invocation.finished\n"
                                              "where: coldStart == true\n"
                                              "highlight: results.report\n"
                                              "record: init = initDurationMs\n"
                                              "\n"
                                              "  Line one of the text.\n"
                                              "Line two, with `code`.\n"
                                              "\n"),
                                    QStringLiteral("02-demo.md"));
    QVERIFY(lesson.ok());
    QCOMPARE(lesson->intro, QStringLiteral("Intro text."));
    QCOMPARE(lesson->order, 2);
    const Step &s = lesson->steps.first();
    QCOMPARE(s.id, QStringLiteral("cold"));
    QCOMPARE(s.title, QStringLiteral("Cold"));
    QCOMPARE(s.check, QStringLiteral("invocation.finished"));
    QCOMPARE(s.where, QStringLiteral("coldStart == true"));
    QCOMPARE(s.highlight, QStringLiteral("results.report"));
    QCOMPARE(s.record, QStringLiteral("init = initDurationMs"));
    QCOMPARE(s.text, QStringLiteral("Line one of the text.\nLine two, with `code`."));
}

void TestLessonParser::builtInLessonsParse()
{
    const QDir dir(QStringLiteral(":/lessons"));
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 10, qPrintable(files.join(u' ')));
    QSet<QString> ids, functions;
    QSet<int> orders;
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto lesson = parseLesson(f.readAll(), name);
        QVERIFY2(lesson.ok(), qPrintable(lesson.ok() ? QString() : lesson.error().message));
        QVERIFY2(!ids.contains(lesson->id), qPrintable(name));
        QVERIFY2(!functions.contains(lesson->function), qPrintable(name));
        QVERIFY2(!orders.contains(lesson->order), qPrintable(name));
        ids << lesson->id;
        functions << lesson->function;
        orders << lesson->order;
        QVERIFY2(lesson->function.startsWith(QStringLiteral("learn-")), qPrintable(name));
        QVERIFY2(!lesson->intro.isEmpty(), qPrintable(name));
        const Blueprint *b = catalogs::blueprint(lesson->blueprint);
        QVERIFY(b);
        QVERIFY2(b->supports(RuntimeFamily::Python) || b->supports(RuntimeFamily::Node), qPrintable(name));
        QVERIFY2(lesson->steps.size() >= 2, qPrintable(name));
        for (const QString &need : lesson->needs)
            QVERIFY2(features().contains(need), qPrintable(name + u' ' + need));
        for (const Step &s : lesson->steps) {
            const QString where = name + u' ' + s.id;
            QVERIFY2(LessonTracker::eventKinds().contains(s.check), qPrintable(where));
            QVERIFY2(!s.highlight.isEmpty() && highlightTargets().contains(s.highlight), qPrintable(where));
            const auto clauses = parseCondition(s.where);
            QVERIFY2(clauses.ok(), qPrintable(where));
            const QStringList known = LessonTracker::fields(s.check);
            for (const Clause &c : clauses.value()) {
                bool ok = known.contains(c.field);
                for (const QString &f : known)
                    ok = ok || (f.endsWith(QStringLiteral(".*")) && c.field.startsWith(f.chopped(1)));
                QVERIFY2(ok, qPrintable(where + u' ' + c.field));
            }
            // Two or three sentences; a text that grew into a page would not fit the panel.
            const qsizetype sentences = s.text.count(QRegularExpression(QStringLiteral("[.!?](\\s|$)")));
            QVERIFY2(sentences >= 1 && sentences <= 4, qPrintable(where));
            QVERIFY2(s.text.size() < 400, qPrintable(where));
        }
    }
    // The twelve subjects of issue 17.
    for (const char *id :
         {"first-function", "event-and-context", "cold-start", "statelessness", "timeouts", "memory-and-cpu", "errors",
          "environment-variables", "concurrency", "async", "versions-and-aliases", "cost"})
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
}

void TestLessonParser::builtInLessonsAreShown()
{
    // Every shipped lesson needs only features this build has, so all are shown, in order.
    const QList<Lesson> lessons = builtInLessons();
    const QStringList files = QDir(QStringLiteral(":/lessons")).entryList({QStringLiteral("*.md")});
    QCOMPARE(lessons.size(), files.size());
    for (qsizetype i = 1; i < lessons.size(); ++i)
        QVERIFY(lessons.at(i - 1).order < lessons.at(i).order);
    QVERIFY(!features().contains(QStringLiteral("teleport")));
}

void TestLessonParser::lessonsNeedingMissingFeaturesAreHidden()
{
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    const auto lesson = [](const QByteArray &id, const QByteArray &needs) -> QByteArray {
        return QByteArray(kFront)
                   .replace("id: demo", QByteArray("id: " + id))
                   .replace("function:", QByteArray("requires: " + needs + "\nfunction:"))
            + "\n" + kStep;
    };
    write(QStringLiteral("02-shown.md"), lesson("shown", "[invoke, versions]"));
    write(QStringLiteral("01-hidden.md"), lesson("hidden", "[invoke, teleport]"));
    write(QStringLiteral("03-broken.md"),
          lesson("broken", "[invoke]").replace("check: invocation.finished", "check: x"));
    write(QStringLiteral("README.md"), "# Not a lesson\n");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("03-broken.md:12: unknown event kind")));
    const QList<Lesson> lessons = loadLessons(dir.path());
    QCOMPARE(lessons.size(), 1);
    QCOMPARE(lessons.first().id, QStringLiteral("shown"));
    QCOMPARE(lessons.first().order, 2);
}

void TestLessonParser::conditions_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantMap>("event");
    QTest::addColumn<QVariantMap>("recorded");
    QTest::addColumn<bool>("holds");

    const QVariantMap cold{
        {QStringLiteral("coldStart"), true},
        {QStringLiteral("status"), QStringLiteral("Succeeded")},
        {QStringLiteral("durationMs"), 812.5},
        {QStringLiteral("memorySize"), 128},
        {QStringLiteral("executedVersion"), QStringLiteral("2")},
        {QStringLiteral("payload"),
         QByteArray(R"({"statusCode":200,"body":"{\"message\": \"Hello, world!\"}","items":[1,2]})")}};
    const QVariantMap none;
    QTest::newRow("empty: any event") << QString() << cold << none << true;
    QTest::newRow("bool") << QStringLiteral("coldStart == true") << cold << none << true;
    QTest::newRow("bool !=") << QStringLiteral("coldStart != true") << cold << none << false;
    QTest::newRow("string") << QStringLiteral("status == \"Succeeded\"") << cold << none << true;
    QTest::newRow("string, other value") << QStringLiteral("status == \"Failed\"") << cold << none << false;
    QTest::newRow("all clauses") << QStringLiteral("coldStart == true, memorySize >= 1769") << cold << none << false;
    QTest::newRow("numbers") << QStringLiteral("durationMs > 800, durationMs <= 812.5, memorySize < 129") << cold
                             << none << true;
    QTest::newRow("missing field") << QStringLiteral("initDurationMs > 0") << cold << none << false;
    QTest::newRow("missing field, !=") << QStringLiteral("initDurationMs != 0") << cold << none << false;
    QTest::newRow("recorded") << QStringLiteral("durationMs < $slow") << cold
                              << QVariantMap{{QStringLiteral("slow"), 1000}} << true;
    QTest::newRow("recorded, not yet") << QStringLiteral("durationMs < $slow") << cold << none << false;
    QTest::newRow("a number in a string")
        << QStringLiteral("executedVersion == $first") << cold << QVariantMap{{QStringLiteral("first"), 2}} << true;
    QTest::newRow("json path into a JSON string")
        << QStringLiteral("payload.body.message == \"Hello, world!\"") << cold << none << true;
    QTest::newRow("json number") << QStringLiteral("payload.statusCode == 200") << cold << none << true;
    QTest::newRow("json array index") << QStringLiteral("payload.items.1 == 2") << cold << none << true;
    QTest::newRow("json path missing") << QStringLiteral("payload.nothing == 1") << cold << none << false;
    QTest::newRow("contains") << QStringLiteral("payload contains \"Hello\"") << cold << none << true;
    QTest::newRow("comma in a string") << QStringLiteral("payload.body.message == \"Hello, world!\", coldStart == true")
                                       << cold << none << true;
    QTest::newRow("map field") << QStringLiteral("environment.STAGE == \"prod\"")
                               << QVariantMap{{QStringLiteral("environment"),
                                               QVariantMap{{QStringLiteral("STAGE"), QStringLiteral("prod")}}}}
                               << none << true;
}

void TestLessonParser::conditions()
{
    QFETCH(QString, where);
    QFETCH(QVariantMap, event);
    QFETCH(QVariantMap, recorded);
    QFETCH(bool, holds);
    const auto clauses = parseCondition(where);
    QVERIFY2(clauses.ok(), qPrintable(clauses.ok() ? QString() : clauses.error().message));
    QCOMPARE(learn::holds(clauses.value(), event, recorded), holds);
}

void TestLessonParser::badConditions_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("rule");
    QTest::newRow("no operator") << QStringLiteral("coldStart") << QStringLiteral("an operator must follow");
    QTest::newRow("no value") << QStringLiteral("coldStart ==") << QStringLiteral("a value must follow");
    QTest::newRow("empty clause") << QStringLiteral("coldStart == true,") << QStringLiteral("an empty clause");
    QTest::newRow("open string") << QStringLiteral("status == \"Succeeded") << QStringLiteral("not closed");
    QTest::newRow("word value") << QStringLiteral("status == Succeeded") << QStringLiteral("must be a number");
    QTest::newRow("ordered string") << QStringLiteral("status < \"S\"") << QStringLiteral("strings compare with");
    QTest::newRow("ordered bool") << QStringLiteral("coldStart > false") << QStringLiteral("true and false compare");
    QTest::newRow("contains a number") << QStringLiteral("log contains 3") << QStringLiteral("contains takes");
    QTest::newRow("bad recorded name") << QStringLiteral("durationMs < $1x") << QStringLiteral("recorded value is $");
    QTest::newRow("no field") << QStringLiteral("== 3") << QStringLiteral("does not start with a field");
}

void TestLessonParser::badConditions()
{
    QFETCH(QString, where);
    QFETCH(QString, rule);
    const auto clauses = parseCondition(where);
    QVERIFY(!clauses.ok());
    QVERIFY2(clauses.error().message.contains(rule), qPrintable(clauses.error().message));
}

void TestLessonParser::translatedUnits()
{
    const auto parsed = parseLesson(withSteps(kStep), QStringLiteral("01-demo.md"));
    QVERIFY(parsed.ok());
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const Lesson t = translated(parsed.value());
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(t.title, QStringLiteral("[lesson:demo|A demo]"));
    QCOMPARE(t.summary, QStringLiteral("[lesson:demo|One sentence.]"));
    QCOMPARE(t.intro, QStringLiteral("[lesson:demo|Intro text.]"));
    QCOMPARE(t.steps.first().title, QStringLiteral("[lesson:demo|Invoke it]"));
    QCOMPARE(t.steps.first().text, QStringLiteral("[lesson:demo|Press Test.]"));
    // What the tracker matches on is never translated.
    QCOMPARE(t.steps.first().id, QStringLiteral("one"));
    QCOMPARE(t.steps.first().check, QStringLiteral("invocation.finished"));
}

QTEST_GUILESS_MAIN(TestLessonParser)
#include "tst_lessonparser.moc"
