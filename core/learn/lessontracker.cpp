#include "learn/lessontracker.h"

#include "backend.h"
#include "learn/condition.h"
#include "settings.h"
#include "threadhandoff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QThread>

namespace lambdesk::learn {

namespace {

// The progress JSON: {"<lesson>": ["step", ...], "$recorded": {"<lesson>": {"name": value}}}.
const QString kRecordedKey = QStringLiteral("$recorded");

QString statusText(InvocationStatus s)
{
    switch (s) {
    case InvocationStatus::Running: return QStringLiteral("Running");
    case InvocationStatus::Succeeded: return QStringLiteral("Succeeded");
    case InvocationStatus::Failed: return QStringLiteral("Failed");
    case InvocationStatus::TimedOut: return QStringLiteral("TimedOut");
    case InvocationStatus::Queued: return QStringLiteral("Queued");
    case InvocationStatus::DryRun: return QStringLiteral("DryRun");
    case InvocationStatus::Throttled: return QStringLiteral("Throttled");
    }
    return {};
}

// What the tracker knows of a function, to tell what a change signal changed.
struct Known
{
    bool valid = false;
    QString codeSha256;
    int newestVersion = 0;
    QMap<QString, FunctionAlias> aliases;
};

struct Snapshot
{
    bool exists = false;
    QString codeSha256;
    int newestVersion = 0;
    QMap<QString, FunctionAlias> aliases;
};

Snapshot snapshotOf(Backend &b, const QString &function)
{
    Snapshot s;
    const auto config = b.getFunction(function);
    if (!config)
        return s;
    s.exists = true;
    s.codeSha256 = config->codeSha256;
    if (const auto versions = b.listVersions(function); versions && !versions->isEmpty())
        s.newestVersion = versions->last().number;
    if (const auto aliases = b.listAliases(function); aliases) {
        for (const FunctionAlias &a : aliases.value())
            s.aliases.insert(a.name, a);
    }
    return s;
}

} // namespace

struct LessonTracker::Private
{
    LessonTracker *q;
    QPointer<Backend> backend;
    QPointer<Settings> settings;
    QList<Lesson> lessons;
    QString current;
    int step = 0;
    QHash<QString, QStringList> done;                // lesson -> its done step ids
    QHash<QString, QVariantMap> recorded;            // lesson -> name -> value
    QHash<QString, QList<QList<Clause>>> conditions; // lesson -> each step's clauses
    QHash<QString, Known> known;                     // function -> what we know of it

    const Lesson *lesson(const QString &id) const
    {
        for (const Lesson &l : lessons) {
            if (l.id == id)
                return &l;
        }
        return nullptr;
    }

    void parseConditions()
    {
        conditions.clear();
        for (const Lesson &l : lessons) {
            QList<QList<Clause>> perStep;
            for (const Step &s : l.steps) {
                const auto c = parseCondition(s.where);
                // A condition that does not parse never holds (parseLesson refuses such files).
                perStep << (c ? c.value() : QList<Clause>{Clause{QStringLiteral("$invalid"), {}, {}, {}}});
            }
            conditions.insert(l.id, perStep);
        }
    }

    int firstNotDone(const Lesson &l) const
    {
        const QStringList &ids = done.value(l.id);
        int i = 0;
        while (i < l.steps.size() && ids.contains(l.steps.at(i).id))
            ++i;
        return i;
    }

    void load()
    {
        done.clear();
        recorded.clear();
        if (!settings)
            return;
        const QJsonObject o = QJsonDocument::fromJson(settings->value(settings::learnProgress)).object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == kRecordedKey) {
                const QJsonObject r = it.value().toObject();
                for (auto jt = r.begin(); jt != r.end(); ++jt)
                    recorded.insert(jt.key(), jt.value().toObject().toVariantMap());
                continue;
            }
            QStringList ids;
            for (const QJsonValue &v : it.value().toArray())
                ids << v.toString();
            done.insert(it.key(), ids);
        }
    }

    void save()
    {
        if (!settings)
            return;
        QJsonObject o;
        for (auto it = done.cbegin(); it != done.cend(); ++it) {
            if (!it->isEmpty())
                o.insert(it.key(), QJsonArray::fromStringList(*it));
        }
        QJsonObject r;
        for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
            if (!it->isEmpty())
                r.insert(it.key(), QJsonObject::fromVariantMap(*it));
        }
        if (!r.isEmpty())
            o.insert(kRecordedKey, r);
        settings->setValue(settings::learnProgress, QJsonDocument(o).toJson(QJsonDocument::Compact));
        settings->setValue(settings::learnCurrentLesson, current);
    }

    // Runs work(Backend&) where the Backend lives, then then(result) on the tracker's thread.
    template<typename T>
    void query(std::function<T(Backend &)> work, std::function<void(T)> then)
    {
        if (!backend)
            return;
        if (backend->thread() == QThread::currentThread()) {
            then(work(*backend));
            return;
        }
        // The answer goes through an object that outlives the tracker on its thread (the
        // application, for the GUI thread's tracker), and the tracker is checked there: one
        // deleted while the Backend works is never touched. (A tracker on another thread
        // receives it itself.)
        QPointer<LessonTracker> self(q);
        QObject *app = QCoreApplication::instance();
        QObject *home = app && app->thread() == q->thread() ? app : static_cast<QObject *>(q);
        QMetaObject::invokeMethod(
            backend.data(),
            handOff([b = backend, home, self, work = std::move(work), then = std::move(then)]() mutable {
                if (!b)
                    return;
                T result = work(*b);
                QMetaObject::invokeMethod(home,
                                          handOff([self, result = std::move(result), then = std::move(then)]() mutable {
                                              if (self)
                                                  then(std::move(result));
                                          }),
                                          Qt::QueuedConnection);
            }),
            Qt::QueuedConnection);
    }

    // What the tracker knows of `function` (its code, versions, aliases), read afresh.
    void snapshot(const QString &function)
    {
        if (function.isEmpty())
            return;
        query<Snapshot>([function](Backend &b) { return snapshotOf(b, function); },
                        [this, function](Snapshot s) {
                            if (!s.exists)
                                return;
                            Known &k = known[function];
                            k.valid = true;
                            k.codeSha256 = s.codeSha256;
                            k.newestVersion = s.newestVersion;
                            k.aliases = s.aliases;
                        });
    }

    QString currentFunction() const
    {
        const Lesson *l = lesson(current);
        return l ? l->function : QString();
    }

    void connectBackend();
};

void LessonTracker::Private::connectBackend()
{
    Backend *b = backend.data();
    if (!b)
        return;
    // Connected with the tracker as context: queued when the Backend lives on another thread.
    connect(b, &Backend::invocationStarted, q, [this](const InvocationStart &s) {
        q->observe(QStringLiteral("invocation.started"),
                   {{QStringLiteral("function"), s.function},
                    {QStringLiteral("qualifier"), s.qualifier},
                    {QStringLiteral("requestId"), s.requestId},
                    {QStringLiteral("source"), sourceName(s.source)},
                    {QStringLiteral("attempt"), s.attempt},
                    {QStringLiteral("async"), s.source == InvocationSource::EventQueue},
                    {QStringLiteral("debugged"), s.debugged}});
    });
    connect(b, &Backend::invocationFinished, q, [this](const InvocationResult &r) {
        QVariantMap f{{QStringLiteral("function"), r.functionName},
                      {QStringLiteral("qualifier"), r.qualifier},
                      {QStringLiteral("executedVersion"), r.executedVersion},
                      {QStringLiteral("requestId"), r.requestId},
                      {QStringLiteral("status"), statusText(r.status)},
                      {QStringLiteral("coldStart"), r.coldStart()},
                      {QStringLiteral("durationMs"), r.durationMs},
                      {QStringLiteral("billedMs"), r.billedMs},
                      {QStringLiteral("memorySize"), r.memorySizeMb},
                      {QStringLiteral("maxMemoryUsed"), r.maxMemoryUsedMb},
                      {QStringLiteral("errorType"), r.errorType},
                      {QStringLiteral("functionError"), r.functionError},
                      {QStringLiteral("source"), sourceName(r.source)},
                      {QStringLiteral("attempt"), r.attempt},
                      {QStringLiteral("async"), r.source == InvocationSource::EventQueue},
                      {QStringLiteral("payload"), r.payload}};
        if (r.initDurationMs)
            f.insert(QStringLiteral("initDurationMs"), *r.initDurationMs);
        if (r.cpuThrottledMs) // only where a cgroup CPU quota applies
            f.insert(QStringLiteral("cpuThrottledMs"), *r.cpuThrottledMs);
        QStringList log;
        for (const LogLine &l : r.logs)
            log << l.text;
        f.insert(QStringLiteral("log"), log.join(u'\n'));
        q->observe(QStringLiteral("invocation.finished"), f);
    });
    connect(b, &Backend::functionUpdated, q, [this](const FunctionConfig &c) {
        QVariantMap env;
        for (auto it = c.environment.cbegin(); it != c.environment.cend(); ++it)
            env.insert(it.key(), it.value());
        Known &k = known[c.name];
        const bool codeChanged = k.valid && k.codeSha256 != c.codeSha256;
        k.valid = true;
        k.codeSha256 = c.codeSha256;
        q->observe(QStringLiteral("function.updated"),
                   {{QStringLiteral("function"), c.name},
                    {QStringLiteral("memorySize"), c.memorySize},
                    {QStringLiteral("timeout"), c.timeout},
                    {QStringLiteral("ephemeralStorage"), c.ephemeralStorage},
                    {QStringLiteral("runtime"), c.runtime},
                    {QStringLiteral("handler"), c.handler},
                    {QStringLiteral("description"), c.description},
                    {QStringLiteral("codeSha256"), c.codeSha256},
                    {QStringLiteral("environment"), env}});
        if (codeChanged)
            q->observe(QStringLiteral("code.deployed"),
                       {{QStringLiteral("function"), c.name},
                        {QStringLiteral("codeSha256"), c.codeSha256},
                        {QStringLiteral("codeSize"), c.codeSize}});
    });
    connect(b, &Backend::functionsChanged, q, [this] {
        // The lesson's function may just have been made (ensureFunction): learn its state.
        const QString f = currentFunction();
        if (!f.isEmpty() && !known.value(f).valid)
            snapshot(f);
    });
    connect(b, &Backend::functionDeleted, q, [this](const QString &name) { known.remove(name); });
    connect(b, &Backend::environmentsRetired, q, [this](const QString &function, const QString &reason) {
        q->observe(QStringLiteral("environments.retired"),
                   {{QStringLiteral("function"), function}, {QStringLiteral("reason"), reason}});
    });
    connect(b, &Backend::versionsChanged, q, [this](const QString &function) {
        struct Versions
        {
            int newest = 0;
            QString description;
        };
        query<Versions>(
            [function](Backend &b) {
                Versions v;
                if (const auto list = b.listVersions(function); list && !list->isEmpty()) {
                    v.newest = list->last().number;
                    v.description = list->last().config.description;
                }
                return v;
            },
            [this, function](Versions v) {
                Known &k = known[function];
                const int before = k.newestVersion;
                k.newestVersion = v.newest;
                if (v.newest > before)
                    q->observe(QStringLiteral("version.published"),
                               {{QStringLiteral("function"), function},
                                {QStringLiteral("version"), v.newest},
                                {QStringLiteral("description"), v.description}});
            });
    });
    connect(b, &Backend::aliasesChanged, q, [this](const QString &function) {
        query<QMap<QString, FunctionAlias>>(
            [function](Backend &b) {
                QMap<QString, FunctionAlias> out;
                if (const auto list = b.listAliases(function); list) {
                    for (const FunctionAlias &a : list.value())
                        out.insert(a.name, a);
                }
                return out;
            },
            [this, function](QMap<QString, FunctionAlias> now) {
                Known &k = known[function];
                const QMap<QString, FunctionAlias> before = k.aliases;
                k.aliases = now;
                for (auto it = now.cbegin(); it != now.cend(); ++it) {
                    const bool created = !before.contains(it.key());
                    if (!created && before.value(it.key()) == *it)
                        continue;
                    q->observe(
                        QStringLiteral("alias.changed"),
                        {{QStringLiteral("function"), function},
                         {QStringLiteral("alias"), it->name},
                         {QStringLiteral("version"), it->functionVersion},
                         {QStringLiteral("additionalVersion"), it->additionalVersion},
                         {QStringLiteral("additionalWeight"), it->additionalWeight},
                         {QStringLiteral("change"), created ? QStringLiteral("created") : QStringLiteral("updated")}});
                }
                for (auto it = before.cbegin(); it != before.cend(); ++it) {
                    if (!now.contains(it.key()))
                        q->observe(QStringLiteral("alias.changed"),
                                   {{QStringLiteral("function"), function},
                                    {QStringLiteral("alias"), it->name},
                                    {QStringLiteral("change"), QStringLiteral("deleted")}});
                }
            });
    });
    connect(b, &Backend::concurrencyChanged, q, [this](const QString &function) {
        if (function.isEmpty()) // the account limit
            return;
        query<std::optional<int>>(
            [function](Backend &b) {
                const auto r = b.functionConcurrency(function);
                return r ? r.value() : std::nullopt;
            },
            [this, function](std::optional<int> reserved) {
                QVariantMap f{{QStringLiteral("function"), function}, {QStringLiteral("removed"), !reserved}};
                if (reserved)
                    f.insert(QStringLiteral("reserved"), *reserved);
                q->observe(QStringLiteral("concurrency.changed"), f);
            });
    });
    connect(b, &Backend::eventInvokeConfigChanged, q, [this](const QString &function) {
        query<QList<EventInvokeConfig>>(
            [function](Backend &b) {
                const auto r = b.listEventInvokeConfigs(function);
                return r ? r.value() : QList<EventInvokeConfig>{};
            },
            [this, function](QList<EventInvokeConfig> configs) {
                for (const EventInvokeConfig &c : configs)
                    q->observe(QStringLiteral("async.config.changed"),
                               {{QStringLiteral("function"), function},
                                {QStringLiteral("qualifier"), c.qualifier},
                                {QStringLiteral("maximumRetryAttempts"), c.retries()},
                                {QStringLiteral("maximumEventAgeInSeconds"), c.maxEventAgeSeconds()},
                                {QStringLiteral("onSuccess"), c.onSuccess},
                                {QStringLiteral("onFailure"), c.onFailure}});
            });
    });
    connect(b, &Backend::asyncDelivered, q,
            [this](const QString &function, const QString &requestId, const QString &kind, const QString &target,
                   const QString &error) {
                q->observe(QStringLiteral("async.delivered"),
                           {{QStringLiteral("function"), function},
                            {QStringLiteral("requestId"), requestId},
                            {QStringLiteral("kind"), kind},
                            {QStringLiteral("target"), target},
                            {QStringLiteral("error"), error}});
            });
}

LessonTracker::LessonTracker(Backend *backend, Settings *settings, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->backend = backend;
    d->settings = settings;
    d->lessons = builtInLessons();
    d->parseConditions();
    d->load();
    d->connectBackend();
    // A new tracker resumes where the last one stopped.
    if (settings) {
        const QString last = settings->value(settings::learnCurrentLesson);
        if (const Lesson *l = d->lesson(last)) {
            d->current = last;
            d->step = d->firstNotDone(*l);
            d->snapshot(l->function);
        }
    }
}

LessonTracker::~LessonTracker() = default;

QList<Lesson> LessonTracker::lessons() const
{
    return d->lessons;
}

void LessonTracker::setLessons(const QList<Lesson> &lessons)
{
    d->lessons = lessons;
    d->parseConditions();
    if (const Lesson *l = d->lesson(d->current))
        d->step = d->firstNotDone(*l);
    else
        d->current.clear();
}

bool LessonTracker::start(const QString &lessonId)
{
    const Lesson *l = d->lesson(lessonId);
    if (!l)
        return false;
    d->current = lessonId;
    d->step = d->firstNotDone(*l);
    d->snapshot(l->function);
    d->save();
    Q_EMIT currentChanged(d->current, d->step);
    return true;
}

void LessonTracker::stop()
{
    if (d->current.isEmpty())
        return;
    d->current.clear();
    d->step = 0;
    d->save();
    Q_EMIT currentChanged(QString(), 0);
}

QString LessonTracker::currentLesson() const
{
    return d->current;
}

int LessonTracker::currentStep() const
{
    return d->step;
}

bool LessonTracker::stepDone(const QString &lessonId, const QString &stepId) const
{
    return d->done.value(lessonId).contains(stepId);
}

bool LessonTracker::lessonDone(const QString &lessonId) const
{
    const Lesson *l = d->lesson(lessonId);
    return l && !l->steps.isEmpty() && d->firstNotDone(*l) == l->steps.size();
}

QVariantMap LessonTracker::recorded(const QString &lessonId) const
{
    return d->recorded.value(lessonId);
}

void LessonTracker::resetProgress(const QString &lessonId)
{
    d->done.remove(lessonId);
    d->recorded.remove(lessonId);
    if (d->current == lessonId)
        d->step = 0;
    d->save();
    if (d->current == lessonId)
        Q_EMIT currentChanged(d->current, d->step);
}

QStringList LessonTracker::eventKinds()
{
    return {QStringLiteral("invocation.started"),
            QStringLiteral("invocation.finished"),
            QStringLiteral("function.updated"),
            QStringLiteral("code.deployed"),
            QStringLiteral("environments.retired"),
            QStringLiteral("version.published"),
            QStringLiteral("alias.changed"),
            QStringLiteral("concurrency.changed"),
            QStringLiteral("async.config.changed"),
            QStringLiteral("async.delivered"),
            QStringLiteral("ui.tab")};
}

QStringList LessonTracker::fields(const QString &eventKind)
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("invocation.started"),
         {QStringLiteral("function"), QStringLiteral("qualifier"), QStringLiteral("requestId"),
          QStringLiteral("source"), QStringLiteral("attempt"), QStringLiteral("async"), QStringLiteral("debugged")}},
        {QStringLiteral("invocation.finished"),
         {QStringLiteral("function"),       QStringLiteral("qualifier"),      QStringLiteral("executedVersion"),
          QStringLiteral("requestId"),      QStringLiteral("status"),         QStringLiteral("coldStart"),
          QStringLiteral("initDurationMs"), QStringLiteral("cpuThrottledMs"), QStringLiteral("durationMs"),
          QStringLiteral("billedMs"),       QStringLiteral("memorySize"),     QStringLiteral("maxMemoryUsed"),
          QStringLiteral("errorType"),      QStringLiteral("functionError"),  QStringLiteral("source"),
          QStringLiteral("attempt"),        QStringLiteral("async"),          QStringLiteral("log"),
          QStringLiteral("payload"),        QStringLiteral("payload.*")}},
        {QStringLiteral("function.updated"),
         {QStringLiteral("function"), QStringLiteral("memorySize"), QStringLiteral("timeout"),
          QStringLiteral("ephemeralStorage"), QStringLiteral("runtime"), QStringLiteral("handler"),
          QStringLiteral("description"), QStringLiteral("codeSha256"), QStringLiteral("environment.*")}},
        {QStringLiteral("code.deployed"),
         {QStringLiteral("function"), QStringLiteral("codeSha256"), QStringLiteral("codeSize")}},
        {QStringLiteral("environments.retired"), {QStringLiteral("function"), QStringLiteral("reason")}},
        {QStringLiteral("version.published"),
         {QStringLiteral("function"), QStringLiteral("version"), QStringLiteral("description")}},
        {QStringLiteral("alias.changed"),
         {QStringLiteral("function"), QStringLiteral("alias"), QStringLiteral("version"),
          QStringLiteral("additionalVersion"), QStringLiteral("additionalWeight"), QStringLiteral("change")}},
        {QStringLiteral("concurrency.changed"),
         {QStringLiteral("function"), QStringLiteral("reserved"), QStringLiteral("removed")}},
        {QStringLiteral("async.config.changed"),
         {QStringLiteral("function"), QStringLiteral("qualifier"), QStringLiteral("maximumRetryAttempts"),
          QStringLiteral("maximumEventAgeInSeconds"), QStringLiteral("onSuccess"), QStringLiteral("onFailure")}},
        {QStringLiteral("async.delivered"),
         {QStringLiteral("function"), QStringLiteral("requestId"), QStringLiteral("kind"), QStringLiteral("target"),
          QStringLiteral("error")}},
        {QStringLiteral("ui.tab"), {QStringLiteral("function"), QStringLiteral("tab")}},
    };
    return table.value(eventKind);
}

void LessonTracker::observe(const QString &eventKind, const QVariantMap &fields)
{
    const Lesson *l = d->lesson(d->current);
    if (!l || d->step >= l->steps.size())
        return;
    // Events count only for the lesson's function (UI events may name none).
    if (fields.contains(QStringLiteral("function"))
        && fields.value(QStringLiteral("function")).toString() != l->function)
        return;
    const Step &step = l->steps.at(d->step);
    if (step.check != eventKind)
        return;
    QVariantMap &recorded = d->recorded[l->id];
    if (!holds(d->conditions.value(l->id).value(d->step), fields, recorded))
        return;
    if (!step.record.isEmpty()) {
        if (const auto r = parseRecord(step.record)) {
            if (const auto v = fieldValue(fields, r->field))
                recorded.insert(r->name, *v);
        }
    }
    const QString lessonId = l->id;
    const int completed = d->step;
    QStringList &ids = d->done[lessonId];
    if (!ids.contains(step.id))
        ids << step.id;
    d->step = d->firstNotDone(*l);
    const bool finished = d->step >= l->steps.size();
    d->save();
    Q_EMIT stepCompleted(lessonId, completed);
    if (finished)
        Q_EMIT lessonCompleted(lessonId);
    Q_EMIT currentChanged(lessonId, d->step);
}

} // namespace lambdesk::learn
