#include "learn/lesson.h"

#include "backend.h"
#include "learn/condition.h"
#include "learn/lessontracker.h"
#include "store/catalogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace lambdesk::learn {

namespace {

const QStringList kFrontKeys = {QStringLiteral("id"),        QStringLiteral("title"),    QStringLiteral("summary"),
                                QStringLiteral("blueprint"), QStringLiteral("function"), QStringLiteral("requires")};
const QStringList kStepKeys = {QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("where"),
                               QStringLiteral("highlight"), QStringLiteral("record")};

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}

// "file:line: message", with the key the rule is about as the error's field.
Error at(const QString &file, int line, const QString &key, const QString &message)
{
    return Error::invalid(key, QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message));
}

QString unquoted(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.startsWith(u'"') && v.endsWith(u'"')) || (v.startsWith(u'\'') && v.endsWith(u'\''))))
        return v.mid(1, v.size() - 2);
    return v;
}

// "key: value" (the value may be empty); false when the line is not of that shape.
bool splitKeyValue(const QString &line, QString *key, QString *value)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*):(\\s+(.*))?$"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return false;
    *key = m.captured(1);
    *value = m.captured(3).trimmed();
    return true;
}

// Sets the member that a schema key names (a key not in the list is left alone).
void assignField(const QString &key, const QString &value,
                 std::initializer_list<std::pair<QStringView, QString *>> fields)
{
    for (const auto &[name, member] : fields) {
        if (key == name) {
            *member = value;
            return;
        }
    }
}

bool fieldKnown(const QString &kind, const QString &field)
{
    for (const QString &f : LessonTracker::fields(kind)) {
        if (f == field)
            return true;
        if (f.endsWith(QStringLiteral(".*")) && field.startsWith(f.chopped(1)) && field.size() > f.size() - 1)
            return true;
    }
    return false;
}

QString listed(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

bool isHeading(const QString &line)
{
    return line.startsWith(QStringLiteral("## ")) || line == QStringLiteral("##");
}

bool isFence(const QString &line)
{
    return line.trimmed().startsWith(QStringLiteral("```")) || line.trimmed().startsWith(QStringLiteral("~~~"));
}

// The text from line index `n` up to the next "## " heading outside a code fence (or the end),
// trimmed; `n` is left at that heading.
QString textUpToHeading(const QStringList &lines, int &n)
{
    bool fenced = false;
    QStringList text;
    for (; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        if (isFence(line))
            fenced = !fenced;
        if (!fenced && isHeading(line))
            break;
        text << line;
    }
    return text.join(u'\n').trimmed();
}

} // namespace

Result<Lesson> parseLesson(const QByteArray &markdown, const QString &fileName)
{
    const QString file = fileName.isEmpty() ? QStringLiteral("lesson") : QFileInfo(fileName).fileName();
    QStringList lines = QString::fromUtf8(markdown).split(u'\n');
    for (QString &l : lines) {
        if (l.endsWith(u'\r'))
            l.chop(1);
    }
    // The last line with anything on it (a file ends with a newline).
    const int lastLine = int(lines.size()) - (lines.size() > 1 && lines.last().isEmpty() ? 1 : 0);
    Lesson lesson;
    int n = 0; // index of the line being read; its number is n + 1

    // ---- front matter ----
    if (lines.isEmpty() || lines.first().trimmed() != u"---")
        return at(file, 1, {},
                  QStringLiteral("a lesson starts with its front matter: a line \"---\", the keys (%1), "
                                 "and a closing \"---\"")
                      .arg(listed(kFrontKeys)));
    QHash<QString, int> seen;
    int closing = -1;
    QString listKey; // "requires" while its "- item" lines follow
    for (n = 1; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        const QString trimmed = line.trimmed();
        if (trimmed == u"---") {
            closing = n;
            break;
        }
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (trimmed.startsWith(QStringLiteral("- ")) || trimmed == u"-") {
            if (listKey.isEmpty())
                return at(file, n + 1, {}, QStringLiteral("a list item belongs under \"requires:\""));
            const QString item = unquoted(trimmed.mid(1));
            if (!idPattern().match(item).hasMatch())
                return at(file, n + 1, QStringLiteral("requires"),
                          QStringLiteral("a required feature is a name of lower-case letters, digits and dashes, "
                                         "got \"%1\"")
                              .arg(item));
            lesson.needs << item;
            continue;
        }
        listKey.clear();
        QString key, value;
        if (!splitKeyValue(trimmed, &key, &value))
            return at(file, n + 1, {},
                      QStringLiteral("front matter lines are \"key: value\", got \"%1\"").arg(trimmed));
        if (!kFrontKeys.contains(key))
            return at(
                file, n + 1, key,
                QStringLiteral("unknown key \"%1\" in the front matter (known: %2)").arg(key, listed(kFrontKeys)));
        if (seen.contains(key))
            return at(file, n + 1, key,
                      QStringLiteral("\"%1\" is given twice (first on line %2)").arg(key).arg(seen.value(key)));
        seen.insert(key, n + 1);
        if (key == u"requires") {
            QString v = value;
            if (v.startsWith(u'[')) {
                if (!v.endsWith(u']'))
                    return at(file, n + 1, key, QStringLiteral("a list in [ ] must end with ]"));
                v = v.mid(1, v.size() - 2);
            }
            if (v.trimmed().isEmpty()) {
                listKey = key;
                continue;
            }
            for (const QString &raw : v.split(u',')) {
                const QString item = unquoted(raw);
                if (!idPattern().match(item).hasMatch())
                    return at(file, n + 1, key,
                              QStringLiteral("a required feature is a name of lower-case letters, digits and dashes, "
                                             "got \"%1\"")
                                  .arg(item));
                lesson.needs << item;
            }
            continue;
        }
        value = unquoted(value);
        if (value.isEmpty())
            return at(file, n + 1, key, QStringLiteral("\"%1\" must not be empty").arg(key));
        assignField(key, value,
                    {{u"id", &lesson.id},
                     {u"title", &lesson.title},
                     {u"summary", &lesson.summary},
                     {u"blueprint", &lesson.blueprint},
                     {u"function", &lesson.function}});
    }
    if (closing < 0)
        return at(file, lastLine, {}, QStringLiteral("the front matter is not closed by a line \"---\""));
    for (const QString &key : {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"),
                               QStringLiteral("blueprint"), QStringLiteral("function")}) {
        if (!seen.contains(key))
            return at(file, closing + 1, key, QStringLiteral("the front matter must give \"%1\"").arg(key));
    }
    if (!idPattern().match(lesson.id).hasMatch())
        return at(file, seen.value(QStringLiteral("id")), QStringLiteral("id"),
                  QStringLiteral("a lesson id is lower-case letters, digits and dashes, got \"%1\"").arg(lesson.id));
    static const QRegularExpression fileRe(QStringLiteral("^(\\d+)-(.+)\\.md$"));
    if (const QRegularExpressionMatch m = fileRe.match(file); m.hasMatch()) {
        lesson.order = m.captured(1).toInt();
        if (m.captured(2) != lesson.id)
            return at(file, seen.value(QStringLiteral("id")), QStringLiteral("id"),
                      QStringLiteral("the id \"%1\" must be the file name's \"%2\" (files are NN-<id>.md)")
                          .arg(lesson.id, m.captured(2)));
    }
    if (!catalogs::blueprint(lesson.blueprint))
        return at(file, seen.value(QStringLiteral("blueprint")), QStringLiteral("blueprint"),
                  QStringLiteral("unknown blueprint \"%1\" (resources/blueprints/ has none of that name)")
                      .arg(lesson.blueprint));
    static const QRegularExpression functionRe(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!functionRe.match(lesson.function).hasMatch())
        return at(file, seen.value(QStringLiteral("function")), QStringLiteral("function"),
                  QStringLiteral("a function name is 1 to 64 letters, digits, dashes or underscores, got \"%1\"")
                      .arg(lesson.function));

    // ---- intro, then the steps ----
    n = closing + 1;
    lesson.intro = textUpToHeading(lines, n);

    QHash<QString, int> stepLines;  // step id -> its heading's line
    QHash<QString, int> recordedBy; // $name -> the line of the record that keeps it
    while (n < lines.size()) {
        const int headingLine = n + 1;
        Step step;
        step.title = lines.at(n).mid(2).trimmed();
        if (step.title.isEmpty())
            return at(file, headingLine, QStringLiteral("title"),
                      QStringLiteral("a step's heading \"## \" needs a title"));
        ++n;
        // Schema lines: right after the heading, up to the first blank line.
        QHash<QString, int> keys;
        for (; n < lines.size() && !lines.at(n).trimmed().isEmpty(); ++n) {
            const QString line = lines.at(n).trimmed();
            QString key, value;
            if (!splitKeyValue(line, &key, &value))
                return at(file, n + 1, {},
                          QStringLiteral("a step's heading is followed directly by its schema lines \"key: value\" "
                                         "(%1), then a blank line and its text; got \"%2\"")
                              .arg(listed(kStepKeys), line));
            if (!kStepKeys.contains(key))
                return at(file, n + 1, key,
                          QStringLiteral("unknown key \"%1\" in step \"%2\" (known: %3)")
                              .arg(key, step.title, listed(kStepKeys)));
            if (keys.contains(key))
                return at(file, n + 1, key,
                          QStringLiteral("\"%1\" is given twice in step \"%2\" (first on line %3)")
                              .arg(key, step.title)
                              .arg(keys.value(key)));
            keys.insert(key, n + 1);
            assignField(key, value,
                        {{u"id", &step.id},
                         {u"check", &step.check},
                         {u"where", &step.where},
                         {u"highlight", &step.highlight},
                         {u"record", &step.record}});
        }
        if (keys.isEmpty())
            return at(file, headingLine + 1, QStringLiteral("check"),
                      QStringLiteral("step \"%1\" has no schema lines: its heading must be followed directly by "
                                     "\"id:\" and \"check:\" lines")
                          .arg(step.title));
        if (!keys.contains(QStringLiteral("id")))
            return at(file, headingLine, QStringLiteral("id"),
                      QStringLiteral("step \"%1\" has no \"id:\"").arg(step.title));
        if (!idPattern().match(step.id).hasMatch())
            return at(file, keys.value(QStringLiteral("id")), QStringLiteral("id"),
                      QStringLiteral("a step id is lower-case letters, digits and dashes, got \"%1\"").arg(step.id));
        if (stepLines.contains(step.id))
            return at(file, keys.value(QStringLiteral("id")), QStringLiteral("id"),
                      QStringLiteral("duplicate step id \"%1\" (first on line %2)")
                          .arg(step.id)
                          .arg(stepLines.value(step.id)));
        stepLines.insert(step.id, headingLine);
        if (!keys.contains(QStringLiteral("check")))
            return at(file, headingLine, QStringLiteral("check"),
                      QStringLiteral("step \"%1\" has no \"check:\" (the event kind that completes it)").arg(step.id));
        if (!LessonTracker::eventKinds().contains(step.check))
            return at(file, keys.value(QStringLiteral("check")), QStringLiteral("check"),
                      QStringLiteral("unknown event kind \"%1\" (known: %2)")
                          .arg(step.check, listed(LessonTracker::eventKinds())));
        if (keys.contains(QStringLiteral("where"))) {
            const int line = keys.value(QStringLiteral("where"));
            const auto clauses = parseCondition(step.where);
            if (!clauses)
                return at(file, line, QStringLiteral("where"), clauses.error().message);
            for (const Clause &c : clauses.value()) {
                if (!fieldKnown(step.check, c.field))
                    return at(file, line, QStringLiteral("where"),
                              QStringLiteral("unknown field \"%1\" in where: %2 has %3")
                                  .arg(c.field, step.check, listed(LessonTracker::fields(step.check))));
                if (!c.recorded.isEmpty() && !recordedBy.contains(c.recorded))
                    return at(file, line, QStringLiteral("where"),
                              QStringLiteral("$%1 is not recorded by an earlier step (\"record: %1 = field\")")
                                  .arg(c.recorded));
            }
        }
        if (keys.contains(QStringLiteral("highlight")) && !highlightTargets().contains(step.highlight))
            return at(file, keys.value(QStringLiteral("highlight")), QStringLiteral("highlight"),
                      QStringLiteral("unknown highlight target \"%1\" (known: %2)")
                          .arg(step.highlight, listed(highlightTargets())));
        if (keys.contains(QStringLiteral("record"))) {
            const int line = keys.value(QStringLiteral("record"));
            const auto record = parseRecord(step.record);
            if (!record)
                return at(file, line, QStringLiteral("record"), record.error().message);
            if (!fieldKnown(step.check, record->field))
                return at(file, line, QStringLiteral("record"),
                          QStringLiteral("unknown field \"%1\" in record: %2 has %3")
                              .arg(record->field, step.check, listed(LessonTracker::fields(step.check))));
            if (recordedBy.contains(record->name))
                return at(file, line, QStringLiteral("record"),
                          QStringLiteral("$%1 is recorded twice (first on line %2)")
                              .arg(record->name)
                              .arg(recordedBy.value(record->name)));
            recordedBy.insert(record->name, line);
        }
        // The text: up to the next step's heading.
        step.text = textUpToHeading(lines, n);
        if (step.text.isEmpty())
            return at(file, headingLine, QStringLiteral("text"),
                      QStringLiteral("step \"%1\" has no text: after its schema lines and a blank line, say what "
                                     "AWS does and why")
                          .arg(step.id));
        lesson.steps << step;
    }
    if (lesson.steps.isEmpty())
        return at(file, lastLine, {},
                  QStringLiteral("a lesson needs at least one step (a \"## Title\" heading with its schema lines)"));
    return lesson;
}

Lesson translated(const Lesson &lesson)
{
    const QByteArray context = QByteArrayLiteral("lesson:") + lesson.id.toUtf8();
    const auto tr = [&](const QString &unit) {
        if (unit.isEmpty())
            return unit;
        return QCoreApplication::translate(context.constData(), unit.toUtf8().constData());
    };
    Lesson out = lesson;
    out.title = tr(lesson.title);
    out.summary = tr(lesson.summary);
    out.intro = tr(lesson.intro);
    for (Step &s : out.steps) {
        s.title = tr(s.title);
        s.text = tr(s.text);
    }
    return out;
}

QList<Lesson> builtInLessons()
{
    return loadLessons(QStringLiteral(":/lessons"));
}

QList<Lesson> loadLessons(const QString &folder)
{
    QList<Lesson> lessons;
    const QStringList available = features();
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("[0-9]*.md")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto parsed = parseLesson(f.readAll(), name);
        if (!parsed) { // tst_lessonparser keeps the shipped ones valid
            qWarning("Lesson %s skipped: %s", qPrintable(name), qPrintable(parsed.error().message));
            continue;
        }
        bool shown = true;
        for (const QString &need : parsed->needs)
            shown = shown && available.contains(need);
        if (shown)
            lessons << translated(parsed.value());
    }
    std::stable_sort(lessons.begin(), lessons.end(),
                     [](const Lesson &a, const Lesson &b) { return a.order < b.order; });
    return lessons;
}

QStringList features()
{
    // What this build offers a lesson (README of resources/lessons lists what each means).
    return {QStringLiteral("invoke"),        QStringLiteral("logs"),        QStringLiteral("code-editor"),
            QStringLiteral("configuration"), QStringLiteral("environment"), QStringLiteral("versions"),
            QStringLiteral("aliases"),       QStringLiteral("concurrency"), QStringLiteral("async"),
            QStringLiteral("monitor"),       QStringLiteral("cost")};
}

QStringList highlightTargets()
{
    return {
        QStringLiteral("functions.list"),     QStringLiteral("function.header"),    QStringLiteral("tab.code"),
        QStringLiteral("tab.test"),           QStringLiteral("tab.monitor"),        QStringLiteral("tab.configuration"),
        QStringLiteral("tab.aliases"),        QStringLiteral("tab.versions"),       QStringLiteral("code.editor"),
        QStringLiteral("code.deploy"),        QStringLiteral("test.event"),         QStringLiteral("test.invoke"),
        QStringLiteral("results.panel"),      QStringLiteral("results.report"),     QStringLiteral("logs.view"),
        QStringLiteral("config.general"),     QStringLiteral("config.memory"),      QStringLiteral("config.timeout"),
        QStringLiteral("config.environment"), QStringLiteral("config.concurrency"), QStringLiteral("config.async"),
        QStringLiteral("monitor.charts"),     QStringLiteral("monitor.cost"),       QStringLiteral("versions.publish"),
        QStringLiteral("versions.list"),      QStringLiteral("aliases.create"),     QStringLiteral("aliases.list")};
}

Result<QString> ensureFunction(Backend &backend, const Lesson &lesson, bool recreate, RuntimeFamily only)
{
    if (lesson.function.isEmpty())
        return Error::invalid(QStringLiteral("function"),
                              QCoreApplication::translate("learn", "The lesson names no function"));
    if (backend.getFunction(lesson.function)) {
        if (!recreate)
            return lesson.function;
        if (const Status s = backend.deleteFunction(lesson.function); !s)
            return s.error();
    }
    // The blueprint in Python when Python is here, else in Node.js; a blueprint made for one
    // language ("hello-world-python") has its twin in the other ("hello-world-nodejs").
    QStringList candidates{lesson.blueprint};
    if (lesson.blueprint.endsWith(QStringLiteral("-python")))
        candidates << lesson.blueprint.chopped(6) + QStringLiteral("nodejs");
    else if (lesson.blueprint.endsWith(QStringLiteral("-nodejs")))
        candidates << lesson.blueprint.chopped(6) + QStringLiteral("python");
    Error last = Error::notFound(QStringLiteral("Blueprint %1 not found").arg(lesson.blueprint));
    for (const RuntimeFamily family : {RuntimeFamily::Python, RuntimeFamily::Node}) {
        if (only != RuntimeFamily::Unknown && family != only)
            continue;
        const RuntimeInfo *runtime = backend.runtimes().preferred(family);
        if (!runtime)
            continue;
        for (const QString &id : candidates) {
            const Blueprint *b = catalogs::blueprint(id);
            if (!b || !b->supports(family))
                continue;
            FunctionConfig c;
            c.name = lesson.function;
            c.runtime = runtime->id;
            c.handler = b->handlers.value(family);
            c.description = QCoreApplication::translate("learn", "Lesson: %1").arg(lesson.title).left(256);
            c.memorySize = b->memorySize;
            c.timeout = b->timeout;
            c.environment = b->environment;
            auto made = backend.createFunction(c, CodeSource::blueprint(b->id));
            if (made)
                return lesson.function;
            last = made.error();
        }
    }
    if (last.kind == Error::Kind::NotFound)
        return Error{Error::Kind::Unavailable,
                     QCoreApplication::translate("learn",
                                                 "The lesson \"%1\" needs Python or Node.js, and neither is "
                                                 "installed")
                         .arg(lesson.title),
                     {}};
    return last;
}

} // namespace lambdesk::learn
