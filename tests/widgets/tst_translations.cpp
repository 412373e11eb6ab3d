// The console's translations (translations/): every text of German and Simplified Chinese is
// translated and keeps its placeholders and HTML; the committed .ts files hold every text of
// today's sources (lupdate run here over them); the data files' texts (blueprints, event
// templates, lessons) translate through the .qm compiled into the program; the language choice
// and English's plural forms. No display needed.
#include "common/i18n.h"
#include "learn/lesson.h"
#include "runtime/resourcelimits.h"
#include "settings.h"
#include "store/catalogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>
#include <memory>

using namespace lambdesk;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // lupdate's disambiguation: part of the message's identity
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString name() const
    {
        return QStringLiteral("[%1] \"%2\"%3")
            .arg(context, source.left(160), comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        m.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QString tsPath(const QString &code)
{
    return QStringLiteral(LAMBDESK_SOURCE_DIR "/translations/lambdesk_%1.ts").arg(code);
}

// The placeholders of a text, sorted: %1..%99, %L1, %n.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?[1-9][0-9]?)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

// The HTML tags of a text ("b", "/b", "br"), sorted; only real tag names, so "<none>" is text.
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "<(/?)(a|b|i|u|p|br|tt|ol|ul|li|h[1-6]|code|pre|span|div|table|tr|td|th|small|big|em|strong|hr|img|font|nobr|sup|sub|kbd|blockquote)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out << m.captured(1) + m.captured(2).toLower();
    }
    out.sort();
    return out;
}

// How many plural forms a language has (Qt's numerus rules: German one/other, Chinese one).
int pluralForms(const QString &code)
{
    return code == u"zh_CN" ? 1 : 2;
}

// Runs a program to its end; its combined output, or why it failed.
bool run(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *output = program + u' ' + args.join(u' ') + QStringLiteral(" failed: ") + p.errorString() + u'\n'
            + QString::fromUtf8(p.readAll());
        return false;
    }
    *output = QString::fromUtf8(p.readAll());
    return true;
}

// Every problem on a line of its own (QtTest cuts a failure's message short), then the first ones
// in the message.
QString report(const QStringList &problems)
{
    for (const QString &p : problems)
        qWarning().noquote() << p;
    QStringList shown = problems.mid(0, 5);
    if (problems.size() > shown.size())
        shown << QStringLiteral("… and %1 more").arg(problems.size() - shown.size());
    return QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) + shown.join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QList<Message> m_fresh;                           // lupdate over today's sources
    QList<std::pair<QString, QString>> m_dataStrings; // (context, text) of the data files
    QString m_freshError;

    QTranslator *loaded(const QString &code)
    {
        static std::map<QString, std::unique_ptr<QTranslator>> translators;
        auto &t = translators[code];
        if (!t) {
            t = std::make_unique<QTranslator>();
            if (!t->load(QStringLiteral(":/i18n/lambdesk_%1.qm").arg(code)))
                return nullptr;
        }
        return t.get();
    }

private Q_SLOTS:
    // Today's texts: the data files' (extract_data_strings.py into a temporary datastrings.cpp)
    // and the sources' (lupdate over app/, widgets/, core/ and that file, as the
    // update_translations target does).
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString src = QStringLiteral(LAMBDESK_SOURCE_DIR);
        const QString dataCpp = m_tmp.filePath(QStringLiteral("datastrings.cpp"));
        const QString dataJson = m_tmp.filePath(QStringLiteral("datastrings.json"));
        QString out;
        if (!run(QStringLiteral("python3"),
                 {src + QStringLiteral("/translations/extract_data_strings.py"), QStringLiteral("--source-dir"), src,
                  QStringLiteral("--output"), dataCpp, QStringLiteral("--json"), dataJson},
                 &out)) {
            m_freshError = out;
            return;
        }
        QFile json(dataJson);
        QVERIFY(json.open(QIODevice::ReadOnly));
        for (const QJsonValue &v : QJsonDocument::fromJson(json.readAll()).array()) {
            const QJsonObject o = v.toObject();
            m_dataStrings.append({o.value(u"context").toString(), o.value(u"source").toString()});
        }
        const QString fresh = m_tmp.filePath(QStringLiteral("fresh.ts"));
        if (!run(QStringLiteral(LAMBDESK_LUPDATE),
                 {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"),
                  QStringLiteral("cpp,h"), src + QStringLiteral("/app"), src + QStringLiteral("/widgets"),
                  src + QStringLiteral("/core"), dataCpp, QStringLiteral("-ts"), fresh},
                 &out)) {
            m_freshError = out;
            return;
        }
        m_fresh = readTs(fresh, &m_freshError);
    }

    void languagesFinished_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    // Every message translated (not "unfinished", no empty form), its placeholders and HTML
    // tags kept, a plural message with the language's number of forms.
    void languagesFinished()
    {
        QFETCH(QString, code);
        QString error;
        const QList<Message> messages = readTs(tsPath(code), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1000);
        QStringList unfinished, broken;
        for (const Message &m : messages) {
            if (m.type == u"vanished" || m.type == u"obsolete")
                continue;
            const bool empty = m.forms.isEmpty()
                || std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return f.isEmpty(); });
            if (m.type == u"unfinished" || empty) {
                unfinished << m.name();
                continue;
            }
            if (m.numerus && m.forms.size() != pluralForms(code))
                broken << QStringLiteral("%1: %2 plural forms, %3 has %4")
                              .arg(m.name())
                              .arg(m.forms.size())
                              .arg(code)
                              .arg(pluralForms(code));
            QStringList want = placeholders(m.source);
            if (m.numerus && !want.contains(QStringLiteral("%n"))) {
                want << QStringLiteral("%n");
                want.sort();
            }
            for (const QString &f : m.forms) {
                // A placeholder may appear more than once in a translation ("%1 … %1"): compare the sets.
                QStringList got = placeholders(f);
                got.removeDuplicates();
                QStringList wantSet = want;
                wantSet.removeDuplicates();
                if (got != wantSet)
                    broken << QStringLiteral("%1 -> \"%2\": placeholders %3, expected %4")
                                  .arg(m.name(), f, got.join(u' '), wantSet.join(u' '));
                if (htmlTags(f) != htmlTags(m.source))
                    broken << QStringLiteral("%1 -> \"%2\": HTML tags %3, expected %4")
                                  .arg(m.name(), f, htmlTags(f).join(u' '), htmlTags(m.source).join(u' '));
            }
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(code + QStringLiteral(": untranslated ") + report(unfinished)));
        QVERIFY2(broken.isEmpty(), qPrintable(code + QStringLiteral(": ") + report(broken)));
    }

    void inSyncWithSources_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }
    // Every text of today's sources is in the committed file (English: every plural one);
    // texts gone from the sources are only reported (the next lupdate drops them).
    void inSyncWithSources()
    {
        QFETCH(QString, code);
        QVERIFY2(m_freshError.isEmpty(), qPrintable(m_freshError));
        QVERIFY(m_fresh.size() > 1000);
        QString error;
        const QList<Message> committed = readTs(tsPath(code), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> have, wanted;
        for (const Message &m : committed)
            have.insert(m.key());
        QStringList missing;
        for (const Message &m : m_fresh) {
            if (code == u"en" && !m.numerus)
                continue;
            wanted.insert(m.key());
            if (!have.contains(m.key()))
                missing << m.name();
        }
        QStringList stale;
        for (const Message &m : committed) {
            if (!wanted.contains(m.key()) && m.type != u"vanished" && m.type != u"obsolete")
                stale << m.name();
        }
        if (!stale.isEmpty())
            qWarning().noquote() << code << "no longer in the sources (run update_translations):" << report(stale);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1: not in translations/lambdesk_%1.ts (run the update_translations "
                                           "target, then translate them): ")
                                .arg(code)
                            + report(missing)));
    }

    // English's plural file: every plural message reads "1 function" / "2 functions".
    void englishPlurals()
    {
        QString error;
        const QList<Message> messages = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.numerus || m.forms.size() != 2 || m.forms.at(0).isEmpty() || m.forms.at(1).isEmpty()
                || m.forms.at(0).contains(QStringLiteral("(s)")) || m.forms.at(1).contains(QStringLiteral("(s)")))
                problems << m.name();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("en: ") + report(problems)));
        QVERIFY(i18n::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("lambdesk::MainWindow", "%n minute(s)", nullptr, 1),
                 QStringLiteral("1 minute"));
        QCOMPARE(QCoreApplication::translate("lambdesk::MainWindow", "%n minute(s)", nullptr, 5),
                 QStringLiteral("5 minutes"));
        QCOMPARE(QCoreApplication::translate("lambdesk::SamImportDialog", "%n function(s) to import.", nullptr, 1),
                 QStringLiteral("1 function to import."));
    }

    void dataStringsTranslate_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    // Every blueprint, event template and lesson text translates through the .qm compiled into
    // this program (":/i18n/", resources of the static lambdesk_widgets).
    void dataStringsTranslate()
    {
        QFETCH(QString, code);
        QVERIFY2(m_freshError.isEmpty(), qPrintable(m_freshError));
        QTranslator *t = loaded(code);
        QVERIFY2(t, qPrintable(QStringLiteral(":/i18n/lambdesk_%1.qm is not in the program").arg(code)));
        QVERIFY(!t->isEmpty());
        // Every blueprint and template the catalogs list is among the data strings.
        QSet<QString> known;
        for (const auto &[context, text] : std::as_const(m_dataStrings))
            known.insert(context + u'\x1f' + text);
        QStringList problems;
        for (const Blueprint &b : catalogs::blueprints()) {
            for (const QString &text : {b.title, b.summary, b.description}) {
                if (!text.isEmpty() && !known.contains(QStringLiteral("blueprint:") + b.id + u'\x1f' + text))
                    problems << QStringLiteral("[blueprint:%1] \"%2\" is not collected").arg(b.id, text);
            }
        }
        for (const EventTemplate &tpl : catalogs::eventTemplates()) {
            if (!known.contains(QStringLiteral("eventtemplate") + u'\x1f' + tpl.title))
                problems << QStringLiteral("[eventtemplate] \"%1\" is not collected").arg(tpl.title);
        }
        QVERIFY(catalogs::blueprints().size() >= 10);
        QVERIFY(catalogs::eventTemplates().size() >= 20);
        for (const auto &[context, text] : std::as_const(m_dataStrings)) {
            if (t->translate(context.toUtf8().constData(), text.toUtf8().constData()).isEmpty())
                problems << QStringLiteral("[%1] \"%2\" has no %3 translation").arg(context, text.left(160), code);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(code + QStringLiteral(": ") + report(problems)));
        // And the catalogs show them so once the language is installed.
        QVERIFY(i18n::install(code));
        const Blueprint *cold = catalogs::blueprint(QStringLiteral("cold-start-demo"));
        QVERIFY(cold);
        QVERIFY2(cold->displayTitle() != cold->title, qPrintable(cold->displayTitle()));
        QVERIFY2(cold->displaySummary() != cold->summary, qPrintable(cold->displaySummary()));
        QCOMPARE(cold->title, QStringLiteral("Cold starts and warm environments")); // the data keeps its English
        const EventTemplate *sqs = catalogs::eventTemplate(QStringLiteral("sqs"));
        QVERIFY(sqs);
        QVERIFY2(sqs->displayTitle() != sqs->title, qPrintable(sqs->displayTitle()));
        i18n::install(QStringLiteral("en"));
        QCOMPARE(cold->displayTitle(), cold->title);
    }

    // The units learn::builtInLessons() translates are exactly those extract_data_strings.py
    // collected (the two read the lesson files alike), and in German they come out German.
    void lessonUnitsCollected()
    {
        QVERIFY2(m_freshError.isEmpty(), qPrintable(m_freshError));
        QSet<QString> known;
        for (const auto &[context, text] : std::as_const(m_dataStrings))
            known.insert(context + u'\x1f' + text);
        QVERIFY(i18n::install(QStringLiteral("en")));
        const QList<learn::Lesson> english = learn::builtInLessons();
        QVERIFY(english.size() >= 10);
        QStringList problems;
        int units = 0;
        for (const learn::Lesson &l : english) {
            const QString context = QStringLiteral("lesson:") + l.id;
            QStringList texts{l.title, l.summary, l.intro};
            for (const learn::Step &s : l.steps)
                texts << s.title << s.text;
            for (const QString &text : std::as_const(texts)) {
                if (text.isEmpty())
                    continue;
                ++units;
                if (!known.contains(context + u'\x1f' + text))
                    problems << QStringLiteral("[%1] \"%2\" is not collected by extract_data_strings.py")
                                    .arg(context, text.left(160));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
        QVERIFY(units > 50);
        QVERIFY(i18n::install(QStringLiteral("de")));
        const QList<learn::Lesson> german = learn::builtInLessons();
        QCOMPARE(german.size(), english.size());
        for (int i = 0; i < german.size(); ++i) {
            QVERIFY2(german.at(i).title != english.at(i).title, qPrintable(german.at(i).title));
            QCOMPARE(german.at(i).steps.size(), english.at(i).steps.size());
        }
        QVERIFY(i18n::install(QStringLiteral("en")));
    }

    // Core's line on the limits ("Limits: cgroup v1 (memory, CPU quota, pids)") in the status
    // bar and the CPU share's tooltip: as core says it in English, every part translated in
    // German, and core's own lines recognised (a change of wording there fails here).
    void limitsLineInTheLanguage()
    {
        const QString v1 = QStringLiteral("Limits: cgroup v1 (memory, CPU quota, pids)");
        const QString v2 = QStringLiteral("Limits: cgroup v2 (memory)");
        const QString chosen = QStringLiteral(
            "Limits: watchdog (memory sampled every 20 ms, no CPU quota) — chosen by LAMBDESK_LIMITS");
        const QString notWritable = QStringLiteral(
            "Limits: watchdog (memory sampled every 20 ms, no CPU quota) — cgroups are not writable here");
        QVERIFY(i18n::install(QStringLiteral("en")));
        for (const QString &line : {v1, v2, chosen, notWritable})
            QCOMPARE(i18n::limitsText(line), line);

        QVERIFY(i18n::install(QStringLiteral("de")));
        QCOMPARE(i18n::limitsText(v1), QStringLiteral("Grenzen: cgroup v1 (Arbeitsspeicher, CPU-Kontingent, PIDs)"));
        QCOMPARE(i18n::limitsText(v2), QStringLiteral("Grenzen: cgroup v2 (Arbeitsspeicher)"));
        QCOMPARE(i18n::limitsText(chosen),
                 QStringLiteral("Grenzen: Watchdog (Arbeitsspeicher alle 20 ms gemessen, kein CPU-Kontingent) — "
                                "gewählt durch LAMBDESK_LIMITS"));
        QVERIFY(!i18n::limitsText(notWritable).contains(QLatin1String("not writable")));
        QCOMPARE(i18n::limitsText(QStringLiteral("something else")), QStringLiteral("something else"));
        // What core says on this machine, and in the watchdog mode, is recognised.
        {
            const std::unique_ptr<ResourceControl> detected = ResourceControl::detect();
            QVERIFY(detected);
            const QString line = detected->describe();
            QVERIFY2(i18n::limitsText(line) != line, qPrintable(line));
            QVERIFY2(!i18n::limitsText(line).contains(QLatin1String("memory")), qPrintable(i18n::limitsText(line)));
        }
        {
            const QByteArray before = qgetenv("LAMBDESK_LIMITS");
            qputenv("LAMBDESK_LIMITS", "watchdog");
            const std::unique_ptr<ResourceControl> watchdog = ResourceControl::detect();
            if (before.isEmpty())
                qunsetenv("LAMBDESK_LIMITS");
            else
                qputenv("LAMBDESK_LIMITS", before);
            QVERIFY(watchdog);
            QCOMPARE(watchdog->describe(), chosen);
        }
        QVERIFY(i18n::install(QStringLiteral("zh_CN")));
        QCOMPARE(i18n::limitsText(v1), QStringLiteral("限制：cgroup v1（内存、CPU 配额、进程数）"));
        QVERIFY(i18n::install(QStringLiteral("en")));
    }

    void qmFilesInProgram()
    {
        for (const QString &code : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            QTranslator t;
            QVERIFY2(t.load(QStringLiteral(":/i18n/lambdesk_%1.qm").arg(code)), qPrintable(code));
            QVERIFY(!t.isEmpty());
        }
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system German") << QString() << QStringList{QStringLiteral("de-DE"), QStringLiteral("en-US")}
                                       << QStringLiteral("de");
        QTest::newRow("system Austrian German")
            << QString() << QStringList{QStringLiteral("de-AT")} << QStringLiteral("de");
        QTest::newRow("system Simplified Chinese")
            << QString() << QStringList{QStringLiteral("zh-Hans-CN"), QStringLiteral("zh-CN"), QStringLiteral("zh")}
            << QStringLiteral("zh_CN");
        QTest::newRow("system Traditional Chinese, then English")
            << QString() << QStringList{QStringLiteral("zh-Hant-TW"), QStringLiteral("en-GB")} << QStringLiteral("en");
        QTest::newRow("system French, then German")
            << QString() << QStringList{QStringLiteral("fr-FR"), QStringLiteral("de-CH")} << QStringLiteral("de");
        QTest::newRow("system unknown") << QString() << QStringList{QStringLiteral("fr-FR")} << QStringLiteral("en");
        QTest::newRow("no system languages") << QString() << QStringList() << QStringLiteral("en");
        QTest::newRow("chosen over the system")
            << QStringLiteral("zh_CN") << QStringList{QStringLiteral("de-DE")} << QStringLiteral("zh_CN");
        QTest::newRow("chosen English") << QStringLiteral("en") << QStringList{QStringLiteral("de-DE")}
                                        << QStringLiteral("en");
        QTest::newRow("unknown setting follows the system")
            << QStringLiteral("xx") << QStringList{QStringLiteral("de-DE")} << QStringLiteral("de");
    }
    void resolve()
    {
        QFETCH(QString, setting);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(i18n::resolve(setting, system), expected);
    }

    // The default locale follows the language (keeping the system's region when it is of it);
    // German numbers have a decimal comma.
    void locales()
    {
        QCOMPARE(i18n::localeFor(QStringLiteral("de"), QLocale(QStringLiteral("en_US"))).name(),
                 QStringLiteral("de_DE"));
        QCOMPARE(i18n::localeFor(QStringLiteral("de"), QLocale(QStringLiteral("de_AT"))).name(),
                 QStringLiteral("de_AT"));
        QCOMPARE(i18n::localeFor(QStringLiteral("zh_CN"), QLocale::c()).name(), QStringLiteral("zh_CN"));
        QCOMPARE(i18n::localeFor(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))).name(),
                 QStringLiteral("en_US"));
        QCOMPARE(i18n::localeFor(QStringLiteral("en"), QLocale(QStringLiteral("en_GB"))).name(),
                 QStringLiteral("en_GB"));
        QVERIFY(i18n::install(QStringLiteral("de")));
        QCOMPARE(i18n::installedLanguage(), QStringLiteral("de"));
        QCOMPARE(QLocale().toString(15.74, 'f', 2), QStringLiteral("15,74"));
        QCOMPARE(QStringLiteral("%L1 ms").arg(15.74, 0, 'f', 2), QStringLiteral("15,74 ms"));
        QVERIFY(QCoreApplication::translate("lambdesk::MainWindow", "&File") != QStringLiteral("&File"));
        // Installing another language replaces the first one's translators.
        QVERIFY(i18n::install(QStringLiteral("zh_CN")));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        const QString file = QCoreApplication::translate("lambdesk::MainWindow", "&File");
        QVERIFY2(file.contains(QChar(0x6587)), qPrintable(file)); // 文件
        QVERIFY(i18n::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("lambdesk::MainWindow", "&File"), QStringLiteral("&File"));
        QCOMPARE(QLocale().toString(15.74, 'f', 2), QStringLiteral("15.74"));
    }

    // At start: the setting, else the system's languages.
    void installFromSettings()
    {
        const QString path = m_tmp.filePath(QStringLiteral("settings.ini"));
        Settings s(path);
        s.setValue(settings::language, QStringLiteral("de"));
        QCOMPARE(i18n::installFromSettings(s), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        s.setValue(settings::language, QStringLiteral("en"));
        QCOMPARE(i18n::installFromSettings(s), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
