#pragma once

// Watches the Backend's real events (the one invocation channel, configuration, code, versions,
// aliases, concurrency...) and completes the current lesson's steps in order, each only when an
// event of its kind satisfies its condition. Lives on the GUI thread (or a test's), connected to
// the Backend's signals (queued across threads). Progress is kept in Settings::learnProgress.

#include "learn/lesson.h"

#include <QHash>
#include <QObject>
#include <QVariantMap>

#include <memory>

namespace lambdesk {
class Backend;
class Settings;
} // namespace lambdesk

namespace lambdesk::learn {

class LessonTracker : public QObject
{
    Q_OBJECT
public:
    LessonTracker(Backend *backend, Settings *settings, QObject *parent = nullptr);
    ~LessonTracker() override;

    QList<Lesson> lessons() const;
    // Replaces the lessons (builtInLessons() by default): tests and lesson authors' previews.
    void setLessons(const QList<Lesson> &lessons);
    // Starts (or resumes at its first step not done) a lesson; false for an unknown id.
    bool start(const QString &lessonId);
    void stop();
    QString currentLesson() const;
    int currentStep() const; // index into steps; steps().size() when the lesson is done
    bool stepDone(const QString &lessonId, const QString &stepId) const;
    bool lessonDone(const QString &lessonId) const;
    void resetProgress(const QString &lessonId); // forget what was done (the lesson starts over)
    // The values the lesson's steps kept ("record: slow = durationMs"), by name.
    QVariantMap recorded(const QString &lessonId) const;

    // The event kinds a step may check, and the fields each offers (for the lessons' README and
    // for parse-time checks of `check`/`where`).
    static QStringList eventKinds();
    static QStringList fields(const QString &eventKind);

    // Feeds one event (the Backend's signals are turned into these; tests may call it too).
    // The Learn panel feeds the UI's: "ui.tab" {tab: code|test|monitor|configuration|aliases|
    // versions, function (optional)}. An event naming another function than the current
    // lesson's is ignored; one naming none counts. resources/lessons/README.md lists them all.
    void observe(const QString &eventKind, const QVariantMap &fields);

Q_SIGNALS:
    void stepCompleted(const QString &lessonId, int step);
    void lessonCompleted(const QString &lessonId);
    void currentChanged(const QString &lessonId, int step);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lambdesk::learn
