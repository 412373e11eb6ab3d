#pragma once

// Lessons (issue 17): data files under resources/lessons/ (Markdown with a small step schema,
// documented in resources/lessons/README.md), parsed here, checked against real events by
// LessonTracker (lessontracker.h), shown by widgets/learn/LearnPanel. No GUI here.

#include "model/error.h"
#include "model/runtimeinfo.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lambdesk {
class Backend;
}

namespace lambdesk::learn {

// One step: done only when an event of kind `check` happens that satisfies `where`.
struct Step
{
    QString id;        // unique within its lesson ("first-invoke")
    QString title;     // translated on load
    QString text;      // Markdown, two or three sentences: what AWS does and why (translated)
    QString highlight; // a target key of the window (see highlightTargets below), or empty
    QString check;     // event kind, see tracker's eventKinds()
    QString where;     // condition over the event's fields ("coldStart == true, memorySize >= 1769")
    QString record;    // optional "name = field": keeps a field of the completing event for later steps ($name)
};

struct Lesson
{
    QString id;        // file name without order prefix and .md ("cold-start")
    int order = 0;     // from the file name's prefix ("03-cold-start.md")
    QString title;     // translated
    QString summary;   // one sentence (translated)
    QString blueprint; // the blueprint the lesson's function is made from ("cold-start-demo")
    QString function;  // the function's name in the workspace ("learn-cold-start")
    QStringList needs; // product features the lesson needs (front matter "requires:"); an unknown one hides the lesson
    QString intro;     // Markdown before the first step (translated)
    QList<Step> steps;
};

// Parses one lesson file; errors name the file, the line and the rule.
Result<Lesson> parseLesson(const QByteArray &markdown, const QString &fileName);
// The same lesson with its texts translated (QCoreApplication::translate("lesson:<id>", unit)
// for the front matter's title and summary, the intro, each step's title and text).
Lesson translated(const Lesson &lesson);

// The lessons shipped in resources (":/lessons/*.md"), in order, texts translated through
// QCoreApplication::translate("lesson:<id>", ...), without those whose `needs` names a feature
// this build lacks (features()).
QList<Lesson> builtInLessons();
// The same for the NN-<id>.md files of another folder (a lesson author's, a test's); files that
// do not parse are left out with a warning naming the line and the rule.
QList<Lesson> loadLessons(const QString &dir);
QStringList features(); // the feature names lessons may require ("invoke", "versions", "aliases", ...)

// The keys a step may highlight; each is a widget of the main window carrying the dynamic
// property kTargetProperty with that value (or, for "tab.*", a tab of the function's tab bar).
inline constexpr const char *kTargetProperty = "lambdeskTarget";
QStringList highlightTargets();

// Makes the lesson's function from its blueprint when it does not exist yet (the Python variant
// when Python is installed, else the Node.js one; a "-python" blueprint falls back to its
// "-nodejs" twin). With `recreate`, an existing one is deleted first: the lesson starts over
// from the blueprint's code and configuration. Runs on the backend thread (Backend's rule).
// `family` other than Unknown asks for that language only (tests run every lesson in both).
// The answer: the function's name.
Result<QString> ensureFunction(Backend &backend, const Lesson &lesson, bool recreate = false,
                               RuntimeFamily family = RuntimeFamily::Unknown);

} // namespace lambdesk::learn
