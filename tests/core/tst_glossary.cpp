// The glossary behind the console's hover explanations (issue 17): every term complete, with a
// page of AWS's documentation; every error type the runtimes and the backend can report explained
// (read from the code, so that a new error type without a term fails here); REPORT lines as the
// backend writes them mapped field by field.
#include "learn/glossary.h"
#include "runtime/logformat.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QtTest>

using namespace lambdesk;

namespace {

QString read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Every Runtime.* / Sandbox.* / Function.* error type the product can produce, from where they
// are defined: the backend's sources (core/, but not the debugger's CDP method names), the
// Python bootstrap's _Fault constants and the Node bootstrap's error classes (named
// `Runtime.${name}`).
QSet<QString> errorTypesInCode()
{
    const QString root = QStringLiteral(LAMBDESK_SOURCE_DIR);
    QSet<QString> types;
    const QRegularExpression literal(QStringLiteral("\"((?:Runtime|Sandbox|Function)\\.[A-Z][A-Za-z]*)"));
    QDirIterator it(root + QStringLiteral("/core"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/core/debug/")) || path.contains(QLatin1String("/core/learn/")))
            continue;
        for (const auto &m : literal.globalMatch(read(path)))
            types.insert(m.captured(1));
    }
    const QString python = read(root + QStringLiteral("/resources/runtimes/python/bootstrap.py"));
    for (const auto &m : literal.globalMatch(python))
        types.insert(m.captured(1));
    const QString node = read(root + QStringLiteral("/resources/runtimes/nodejs/bootstrap.mjs"));
    const qsizetype from = node.indexOf(QLatin1String("const errorClasses = {"));
    const qsizetype to = node.indexOf(QLatin1String("\n};"), from);
    if (from >= 0 && to > from) {
        const QRegularExpression cls(QStringLiteral("\n  ([A-Za-z]+): class "));
        for (const auto &m : cls.globalMatch(node.mid(from, to - from)))
            types.insert(QStringLiteral("Runtime.") + m.captured(1));
    }
    return types;
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTermIsComplete()
    {
        const QStringList keys = glossary::keys();
        QVERIFY(keys.size() >= 40);
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size()); // no key twice
        for (const QString &key : keys) {
            const glossary::Term *t = glossary::find(key);
            QVERIFY2(t, qPrintable(key));
            QCOMPARE(t->key, key);
            QVERIFY2(!t->title.isEmpty(), qPrintable(key));
            // Two or three plain sentences.
            QVERIFY2(t->text.size() >= 80 && t->text.size() <= 420, qPrintable(key + u' ' + t->text));
            QVERIFY2(t->text.endsWith(u'.'), qPrintable(key));
            QVERIFY2(!t->text.contains(u'<'), qPrintable(key)); // plain text, no markup
            QVERIFY2(t->docsUrl.startsWith(QLatin1String("https://docs.aws.amazon.com/lambda/latest/dg/"))
                         || t->docsUrl.startsWith(QLatin1String("https://docs.aws.amazon.com/lambda/latest/api/")),
                     qPrintable(key + u' ' + t->docsUrl));
            QVERIFY2(QUrl(t->docsUrl).isValid(), qPrintable(t->docsUrl));
            QVERIFY2(t->docsUrl.contains(QLatin1String(".html")), qPrintable(t->docsUrl));
            QCOMPARE(glossary::find(key), t); // the same term each time: callers may keep the pointer
        }
        QVERIFY(!glossary::find(QStringLiteral("no.such.key")));
    }

    // The terms the console hooks up (the memory slider, REPORT fields, configuration forms).
    void consoleTermsExist()
    {
        for (const char *key : {"report.line",
                                "report.duration",
                                "report.billedDuration",
                                "report.memorySize",
                                "report.maxMemoryUsed",
                                "report.initDuration",
                                "config.cpuShare",
                                "config.memory",
                                "config.timeout",
                                "config.ephemeralStorage",
                                "config.handler",
                                "config.runtime",
                                "config.architecture",
                                "config.description",
                                "config.environment",
                                "config.reservedConcurrency",
                                "config.provisionedConcurrency",
                                "config.maximumEventAge",
                                "config.retryAttempts",
                                "config.destinations",
                                "config.deadLetterQueue",
                                "config.logFormat",
                                "config.applicationLogLevel",
                                "config.systemLogLevel",
                                "config.functionUrlAuthType",
                                "config.functionUrlCors",
                                "config.layers"})
            QVERIFY2(glossary::find(QString::fromLatin1(key)), key);
        const glossary::Term *cpu = glossary::find(QStringLiteral("config.cpuShare"));
        QVERIFY(cpu->text.contains(QLatin1String("1,769 MB")));
        QVERIFY(cpu->text.contains(QLatin1String("10,240 MB")));
        QVERIFY(cpu->docsUrl.endsWith(QLatin1String("/configuration-memory.html")));
    }

    void everyErrorTypeOfTheProductIsExplained()
    {
        const QSet<QString> types = errorTypesInCode();
        // What the code defines today, at least: a reader that finds nothing must not pass.
        for (const char *known :
             {"Runtime.ExitError", "Runtime.OutOfMemory", "Sandbox.Timedout", "Function.ResponseSizeTooLarge",
              "Runtime.ImportModuleError", "Runtime.HandlerNotFound", "Runtime.UserCodeSyntaxError",
              "Runtime.NodeJsExit", "Runtime.UnhandledPromiseRejection", "Runtime.MarshalError", "Runtime.Unknown"})
            QVERIFY2(types.contains(QString::fromLatin1(known)), known);
        QStringList missing;
        for (const QString &type : types) {
            const glossary::Term *t = glossary::forErrorType(type);
            if (!t)
                missing << type;
            else
                QCOMPARE(t->title, type);
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("error types without a term: ") + missing.join(u' ')));
        // Not of those families, but shown as error types too.
        QVERIFY(glossary::forErrorType(QStringLiteral("Unhandled")));
        QVERIFY(glossary::forErrorType(QStringLiteral("TooManyRequestsException")));
        // A handler's own exception is not AWS's to explain.
        QVERIFY(!glossary::forErrorType(QStringLiteral("ValueError")));
        QVERIFY(!glossary::forErrorType(QString()));
    }

    // Error types named in log lines and messages.
    void errorTypesInText()
    {
        const QString line = QStringLiteral("[ERROR] Runtime.ImportModuleError: Unable to import module 'x'");
        const qsizetype at = line.indexOf(QLatin1String("Runtime"));
        const glossary::Span span = glossary::termSpanAt(line, at + 12);
        QCOMPARE(span.key, QStringLiteral("error.Runtime.ImportModuleError"));
        QCOMPARE(span.start, at);
        QCOMPARE(line.mid(span.start, span.length), QStringLiteral("Runtime.ImportModuleError"));
        QCOMPARE(glossary::termSpanAt(line, 2).key, QString());                  // [ERROR]
        QCOMPARE(glossary::termSpanAt(line, line.indexOf(u'x')).key, QString()); // the message
        const QString sentence = QStringLiteral("It stopped with Sandbox.Timedout.");
        const glossary::Span timedOut = glossary::termSpanAt(sentence, sentence.indexOf(QLatin1String("Timedout")));
        QCOMPARE(timedOut.key, QStringLiteral("error.Sandbox.Timedout"));
        QCOMPARE(sentence.mid(timedOut.start, timedOut.length), QStringLiteral("Sandbox.Timedout")); // not the stop
        QCOMPARE(glossary::termSpanAt(sentence, sentence.size() - 1).key, QString());
        QCOMPARE(glossary::termSpanAt(QStringLiteral("ValueError: bad value"), 3).key, QString()); // the handler's own
        // In a REPORT line, its fields.
        const QString report = QStringLiteral("REPORT RequestId: a\tDuration: 1.00 ms");
        QCOMPARE(glossary::termSpanAt(report, report.indexOf(QLatin1String("Duration")) + 1).key,
                 QStringLiteral("report.duration"));
    }

    // Texts follow the language the console runs in (looked up when asked for, so a change of
    // language while it runs shows); AWS's terms (REPORT fields, error types) keep their names.
    void textsAreTranslated()
    {
        struct Marking : QTranslator
        {
            bool isEmpty() const override { return false; }
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                return qstrcmp(context, "glossary") == 0 ? QStringLiteral("[de] ") + QString::fromUtf8(source)
                                                         : QString();
            }
        } translator;
        const glossary::Term *duration = glossary::find(QStringLiteral("report.duration"));
        const QString english = duration->text;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(glossary::find(QStringLiteral("report.duration")), duration);
        QCOMPARE(duration->text, QStringLiteral("[de] ") + english);
        QCOMPARE(duration->title, QStringLiteral("Duration"));
        QCOMPARE(glossary::forErrorType(QStringLiteral("Sandbox.Timedout"))->title, QStringLiteral("Sandbox.Timedout"));
        QCOMPARE(glossary::find(QStringLiteral("config.timeout"))->title, QStringLiteral("[de] Timeout"));
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QCOMPARE(glossary::find(QStringLiteral("report.duration"))->text, english);
    }

    void reportFields_data()
    {
        QTest::addColumn<bool>("shownWithSpaces"); // the log views show tabs as runs of spaces
        QTest::newRow("as written") << false;
        QTest::newRow("as shown") << true;
    }
    void reportFields()
    {
        QFETCH(bool, shownWithSpaces);
        logformat::Report r{QStringLiteral("8f5f0f58-aaaa"),     15.744, 16, 128, 56, 130.491, QStringLiteral("error"),
                            QStringLiteral("Runtime.ExitError"), {}};
        QString line = logformat::report(r);
        if (shownWithSpaces)
            line.replace(u'\t', QStringLiteral("   "));
        const auto keyAt = [&line](const QString &text, qsizetype offset = 1) {
            const qsizetype at = line.indexOf(text);
            return at < 0 ? QStringLiteral("(absent)") : glossary::reportSpanAt(line, at + offset).key;
        };
        QCOMPARE(keyAt(QStringLiteral("REPORT")), QStringLiteral("report.line"));
        QCOMPARE(keyAt(QStringLiteral("RequestId")), QStringLiteral("report.requestId"));
        QCOMPARE(keyAt(QStringLiteral("Duration: 15.74")), QStringLiteral("report.duration"));
        QCOMPARE(keyAt(QStringLiteral("Billed Duration")), QStringLiteral("report.billedDuration"));
        QCOMPARE(keyAt(QStringLiteral("16 ms")), QStringLiteral("report.billedDuration")); // the value too
        QCOMPARE(keyAt(QStringLiteral("Memory Size")), QStringLiteral("report.memorySize"));
        QCOMPARE(keyAt(QStringLiteral("Max Memory Used")), QStringLiteral("report.maxMemoryUsed"));
        QCOMPARE(keyAt(QStringLiteral("Init Duration")), QStringLiteral("report.initDuration"));
        QCOMPARE(keyAt(QStringLiteral("Runtime.ExitError")), QStringLiteral("error.Runtime.ExitError"));
        QCOMPARE(keyAt(QStringLiteral("Status")), QString()); // no term
        // The span is the whole field, so the card can stand under it.
        const qsizetype billed = line.indexOf(QLatin1String("Billed Duration"));
        const glossary::Span span = glossary::reportSpanAt(line, billed + 3);
        QCOMPARE(span.start, billed);
        QCOMPARE(line.mid(span.start, span.length), QStringLiteral("Billed Duration: 16 ms"));
        // Between two fields, and in lines that are not REPORT lines, nothing.
        QCOMPARE(glossary::reportSpanAt(line, billed - 1).key, QString());
        QCOMPARE(glossary::reportSpanAt(QStringLiteral("Duration: 5 ms"), 2).key, QString());
        QCOMPARE(glossary::reportSpanAt(line, line.size()).key, QString());

        const QString init = logformat::initReport(52.21, QStringLiteral("error"), QStringLiteral("Runtime.Unknown"));
        QCOMPARE(glossary::reportSpanAt(init, init.indexOf(QLatin1String("Init Duration")) + 2).key,
                 QStringLiteral("report.initDuration"));
        QCOMPARE(glossary::reportSpanAt(init, init.indexOf(QLatin1String("Runtime.Unknown")) + 2).key,
                 QStringLiteral("error.Runtime.Unknown"));
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
