#include "learnpanel.h"

#include "backendhost.h"
#include "common/functionpage.h"
#include "common/theme.h"
#include "highlightoverlay.h"
#include "learn/lessontracker.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

constexpr int kLessonIdRole = Qt::UserRole + 1;

// A mark of the steps list: a check for a done step, a ring around a dot for the current one,
// an empty ring for one to come; drawn in the palette's colours (light and dark alike).
QPixmap stepMark(const QString &mark, const QPalette &palette, int size, qreal dpr)
{
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1.5, 1.5, size - 3, size - 3);
    if (mark == QLatin1String("done")) {
        const QColor fill = Theme::isDark(palette) ? QColor(0x4c, 0xb0, 0x5a) : QColor(0x1d, 0x81, 0x02);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawEllipse(box);
        QPen tick(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(tick);
        p.setBrush(Qt::NoBrush);
        const QPointF pts[] = {{size * 0.28, size * 0.52}, {size * 0.44, size * 0.68}, {size * 0.72, size * 0.36}};
        p.drawPolyline(pts, 3);
    } else {
        const QColor ink = mark == QLatin1String("current") ? palette.color(QPalette::Highlight)
                                                            : palette.color(QPalette::PlaceholderText);
        p.setPen(QPen(ink, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box);
        if (mark == QLatin1String("current")) {
            p.setPen(Qt::NoPen);
            p.setBrush(ink);
            p.drawEllipse(box.center(), size / 5.0, size / 5.0);
        }
    }
    return pm;
}

QString plain(const QLabel *label)
{
    QTextDocument doc;
    if (label->textFormat() == Qt::MarkdownText)
        doc.setMarkdown(label->text());
    else
        doc.setHtml(label->text());
    return doc.toPlainText().trimmed();
}

} // namespace

LearnPanel::LearnPanel(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent),
      m_ctx(context),
      m_tracker(new learn::LessonTracker(context.host->backend(), context.settings, this)),
      m_lessons(m_tracker->lessons())
{
    setObjectName(QStringLiteral("learnPanel"));
    m_pages = new QStackedWidget(this);

    // Page 1: every lesson, with how far the learner got.
    auto *listPage = new QWidget(m_pages);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(6, 6, 6, 6);
    auto *listIntro = new QLabel(tr("Short lessons done in the real console: each step is checked by watching what "
                                    "happens when you invoke, deploy and configure. Pick one to begin."),
                                 listPage);
    listIntro->setWordWrap(true);
    m_list = new QListWidget(listPage);
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setIconSize(QSize(16, 16));
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    listLayout->addWidget(listIntro);
    listLayout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showLesson(item->data(kLessonIdRole).toString()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showLesson(item->data(kLessonIdRole).toString()); });

    // Page 2: one lesson.
    auto *content = new QWidget;
    auto *cl = new QVBoxLayout(content);
    cl->setContentsMargins(6, 4, 6, 6);
    m_back = new QToolButton(content);
    m_back->setObjectName(QStringLiteral("lessonsBack"));
    m_back->setText(tr("‹ All lessons"));
    m_back->setAutoRaise(true);
    m_back->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_back, &QToolButton::clicked, this, [this] { showLesson({}); });
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_progress = new QLabel(content);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_intro = new QLabel(content);
    m_intro->setObjectName(QStringLiteral("lessonIntro"));
    m_intro->setTextFormat(Qt::MarkdownText);
    m_intro->setWordWrap(true);
    m_intro->setOpenExternalLinks(true);
    m_intro->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_start = new QPushButton(QIcon(QStringLiteral(":/icons/invoke.svg")), tr("Start lesson"), content);
    m_start->setObjectName(QStringLiteral("startLesson"));
    m_restart = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Restart lesson"), content);
    m_restart->setObjectName(QStringLiteral("restartLesson"));
    m_restart->setToolTip(tr("Forget this lesson's progress and begin again at its first step"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_start);
    buttons->addWidget(m_restart);
    buttons->addStretch(1);
    connect(m_start, &QPushButton::clicked, this, [this] { startLesson(m_shown); });
    connect(m_restart, &QPushButton::clicked, this, [this] { startLesson(m_shown, true); });

    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("lessonMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_done = new QLabel(content);
    m_done->setObjectName(QStringLiteral("lessonComplete"));
    m_done->setWordWrap(true);
    m_done->setTextFormat(Qt::RichText);
    m_done->hide();
    m_next = new QPushButton(content);
    m_next->setObjectName(QStringLiteral("nextLesson"));
    m_next->hide();
    connect(m_next, &QPushButton::clicked, this, [this] { showLesson(m_next->property("lesson").toString()); });

    auto *stepsTitle = new QLabel(tr("<b>Steps</b>"), content);
    m_stepsLayout = new QVBoxLayout;
    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsLayout->setSpacing(4);

    // The current step: what AWS does there and why, and where in the window it happens.
    m_current = new QFrame(content);
    m_current->setObjectName(QStringLiteral("currentStep"));
    auto *curLayout = new QVBoxLayout(m_current);
    curLayout->setContentsMargins(8, 6, 8, 6); // narrow: the dock may get 180 px beside a 1024 px window
    m_currentText = new QLabel(m_current);
    m_currentText->setObjectName(QStringLiteral("stepText"));
    m_currentText->setTextFormat(Qt::MarkdownText);
    m_currentText->setWordWrap(true);
    m_currentText->setOpenExternalLinks(true);
    m_currentText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_showMe = new QPushButton(tr("Show me"), m_current);
    m_showMe->setObjectName(QStringLiteral("showMe"));
    m_showMe->setToolTip(tr("Outline the part of the window where this step happens"));
    auto *waiting = new QLabel(tr("<i>Checked off by itself once it happens in the console.</i>"), m_current);
    waiting->setWordWrap(true);
    auto *showRow = new QHBoxLayout;
    showRow->setContentsMargins(0, 0, 0, 0);
    showRow->addWidget(m_showMe);
    showRow->addStretch(1);
    curLayout->addWidget(m_currentText);
    curLayout->addLayout(showRow);
    curLayout->addWidget(waiting);
    connect(m_showMe, &QPushButton::clicked, this, &LearnPanel::showMe);

    cl->addWidget(m_back, 0, Qt::AlignLeft);
    cl->addWidget(m_title);
    cl->addWidget(m_progress);
    cl->addWidget(m_intro);
    cl->addLayout(buttons);
    cl->addWidget(m_message);
    cl->addWidget(m_done);
    cl->addWidget(m_next, 0, Qt::AlignLeft);
    cl->addSpacing(4);
    cl->addWidget(stepsTitle);
    cl->addLayout(m_stepsLayout);
    cl->addStretch(1);
    m_scroll = new QScrollArea(m_pages);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // texts wrap instead
    m_scroll->setWidget(content);

    m_pages->addWidget(listPage);
    m_pages->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_tracker, &learn::LessonTracker::stepCompleted, this, &LearnPanel::onStepCompleted);
    connect(m_tracker, &learn::LessonTracker::lessonCompleted, this, &LearnPanel::onLessonCompleted);
    connect(m_tracker, &learn::LessonTracker::currentChanged, this, [this] {
        refreshList();
        refreshLesson();
        // A step that asks for a tab already open is done by the learner looking at it: the
        // tab is told once the tracker has finished this step.
        QTimer::singleShot(0, this, [this] {
            const learn::Lesson *l = lesson(m_tracker->currentLesson());
            const int step = m_tracker->currentStep();
            if (!l || step < 0 || step >= l->steps.size())
                return;
            pointAtStep(*l, step);
            if (m_tabs && l->steps.at(step).check == QLatin1String("ui.tab"))
                onTabChanged(m_tabs->currentIndex());
        });
    });

    restyle();
    buildList();
    // Back where the learner was: the lesson under way, else the list.
    showLesson(m_tracker->currentLesson());
}

LearnPanel::~LearnPanel() = default;

void LearnPanel::setFunctionTabs(QTabWidget *tabs)
{
    if (m_tabs)
        disconnect(m_tabs, nullptr, this, nullptr);
    m_tabs = tabs;
    if (tabs)
        connect(tabs, &QTabWidget::currentChanged, this, &LearnPanel::onTabChanged);
}

void LearnPanel::setOverlay(HighlightOverlay *overlay)
{
    m_overlay = overlay;
}

const learn::Lesson *LearnPanel::lesson(const QString &id) const
{
    for (const learn::Lesson &l : m_lessons) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

int LearnPanel::doneSteps(const learn::Lesson &lesson) const
{
    int done = 0;
    for (const learn::Step &s : lesson.steps)
        done += m_tracker->stepDone(lesson.id, s.id) ? 1 : 0;
    return done;
}

void LearnPanel::buildList()
{
    m_list->clear();
    for (const learn::Lesson &l : std::as_const(m_lessons)) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(kLessonIdRole, l.id);
        item->setToolTip(l.summary);
    }
    refreshList();
}

void LearnPanel::refreshList()
{
    const QString current = m_tracker->currentLesson();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const learn::Lesson *l = lesson(item->data(kLessonIdRole).toString());
        if (!l)
            continue;
        const int done = doneSteps(*l);
        const bool finished = m_tracker->lessonDone(l->id);
        QString progress;
        if (finished)
            progress = tr("Done");
        else if (l->id == current)
            progress = tr("In progress: %1 of %2 steps done").arg(done).arg(l->steps.size());
        else
            progress = tr("%1 of %2 steps done").arg(done).arg(l->steps.size());
        item->setText(l->title + u'\n' + progress);
        item->setData(Qt::AccessibleDescriptionRole, progress);
        const QString mark = finished ? QStringLiteral("done") : l->id == current ? QStringLiteral("current")
                                                                                   : QStringLiteral("todo");
        item->setIcon(QIcon(stepMark(mark, palette(), 16, devicePixelRatioF())));
    }
}

void LearnPanel::showLesson(const QString &lessonId)
{
    const learn::Lesson *l = lesson(lessonId);
    m_shown = l ? lessonId : QString();
    m_message->hide();
    if (!l) {
        m_pages->setCurrentIndex(0);
        refreshList();
        return;
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kLessonIdRole).toString() == lessonId)
            m_list->setCurrentRow(row);
    }
    m_pages->setCurrentIndex(1);
    refreshLesson();
}

void LearnPanel::refreshLesson()
{
    const learn::Lesson *l = lesson(m_shown);
    if (!l)
        return;
    const bool current = m_tracker->currentLesson() == l->id;
    const bool finished = m_tracker->lessonDone(l->id);
    const int step = current ? m_tracker->currentStep() : -1;
    const int done = doneSteps(*l);

    m_title->setText(QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(l->title.toHtmlEscaped()));
    m_progress->setText(finished ? tr("Done") : tr("%1 of %2 steps done").arg(done).arg(l->steps.size()));
    // Before it starts the intro says what the lesson is about; while it runs the steps matter.
    m_intro->setText(current && !finished ? l->summary : l->intro.isEmpty() ? l->summary : l->intro);

    const bool starting = m_starting == l->id;
    m_start->setVisible(!current && !finished);
    m_start->setText(done > 0 ? tr("Continue lesson") : tr("Start lesson"));
    m_restart->setVisible(current || finished || done > 0);
    m_start->setEnabled(!starting);
    m_restart->setEnabled(!starting);

    m_done->setVisible(finished);
    // Done: the next lesson not done yet, one click away.
    const learn::Lesson *next = nullptr;
    const qsizetype n = m_lessons.size(), at = l - m_lessons.constData();
    for (qsizetype i = at + 1; finished && !next && i < at + n; ++i) {
        const learn::Lesson &candidate = m_lessons.at(i % n);
        if (candidate.id != l->id && !m_tracker->lessonDone(candidate.id))
            next = &candidate;
    }
    m_next->setVisible(next);
    if (next) {
        m_next->setText(tr("Next lesson: %1").arg(next->title));
        m_next->setProperty("lesson", next->id);
    }
    if (finished) {
        m_done->setText(tr("<b>Lesson complete.</b> Every step of “%1” is done. Pick another lesson, or restart "
                           "this one to do it again.")
                            .arg(l->title.toHtmlEscaped()));
    }

    // The steps, each with its mark; the current one opens with its text and "Show me".
    m_stepsLayout->removeWidget(m_current);
    qDeleteAll(m_stepRows);
    m_stepRows.clear();
    const int size = fontMetrics().height();
    for (int i = 0; i < l->steps.size(); ++i) {
        const learn::Step &s = l->steps.at(i);
        const bool isDone = m_tracker->stepDone(l->id, s.id);
        const bool isCurrent = current && !finished && i == step && !isDone;
        const QString mark = isDone ? QStringLiteral("done") : isCurrent ? QStringLiteral("current")
                                                                         : QStringLiteral("todo");
        auto *row = new QWidget(m_current->parentWidget());
        row->setObjectName(QStringLiteral("step.") + s.id);
        row->setProperty("mark", mark);
        auto *rl = new QHBoxLayout(row);
        rl->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        icon->setPixmap(stepMark(mark, palette(), size, devicePixelRatioF()));
        icon->setAlignment(Qt::AlignTop);
        icon->setToolTip(isDone ? tr("Done") : isCurrent ? tr("Current step") : tr("Not done yet"));
        auto *text = new QLabel(row);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        const QString title = tr("%1. %2").arg(i + 1).arg(s.title.toHtmlEscaped());
        text->setText(isCurrent ? QStringLiteral("<b>%1</b>").arg(title) : title);
        if (!isDone && !isCurrent)
            text->setForegroundRole(QPalette::PlaceholderText);
        rl->addWidget(icon);
        rl->addWidget(text, 1);
        m_stepsLayout->addWidget(row);
        m_stepRows.append(row);
        if (isCurrent) {
            m_currentText->setText(s.text);
            m_showMe->setVisible(!s.highlight.isEmpty());
            m_stepsLayout->addWidget(m_current);
        }
    }
    m_current->setVisible(m_stepsLayout->indexOf(m_current) >= 0);
}

void LearnPanel::startLesson(const QString &lessonId, bool restart)
{
    const learn::Lesson *l = lesson(lessonId);
    if (!l || !m_starting.isEmpty())
        return;
    if (!m_ctx.host->isReady() || !m_ctx.host->runtimesKnown()) {
        // The function is made with this machine's runtimes: once they are known.
        setMessage(tr("Waiting for the backend to detect this machine's runtimes…"));
        const auto retry = [this, lessonId, restart] { startLesson(lessonId, restart); };
        const auto once = Qt::ConnectionType(Qt::SingleShotConnection | Qt::QueuedConnection);
        if (!m_ctx.host->isReady())
            connect(m_ctx.host, &BackendHost::started, this, retry, once);
        else
            connect(m_ctx.host, &BackendHost::runtimesDetected, this, retry, once);
        return;
    }
    if (m_overlay)
        m_overlay->clear(false);
    m_shown = lessonId;
    m_starting = lessonId;
    setMessage(tr("Preparing the lesson's function %1…").arg(l->function));
    refreshLesson();
    // Restart begins from the blueprint's code and configuration again (the function made anew).
    m_ctx.host->call(
        this,
        [lesson = *l, restart](Backend &b) -> Result<FunctionConfig> {
            const Result<QString> made = learn::ensureFunction(b, lesson, restart);
            if (!made)
                return made.error();
            return b.getFunction(made.value());
        },
        [this, lessonId, restart](Result<FunctionConfig> made) {
            m_starting.clear();
            if (!made) {
                setMessage(tr("The lesson cannot start: %1").arg(made.error().message), true);
                refreshLesson();
                Q_EMIT lessonStarted(lessonId, false);
                return;
            }
            m_message->hide();
            Q_EMIT functionReady(made.value());
            if (restart)
                m_tracker->resetProgress(lessonId);
            m_tracker->start(lessonId);
            showLesson(lessonId);
            Q_EMIT statusMessage(tr("Lesson started: %1").arg(lesson(lessonId)->title), 5000);
            Q_EMIT lessonStarted(lessonId, true);
        });
}

bool LearnPanel::showMe()
{
    const learn::Lesson *l = lesson(m_tracker->currentLesson());
    const int step = m_tracker->currentStep();
    if (!l || !m_overlay || step < 0 || step >= l->steps.size() || l->steps.at(step).highlight.isEmpty())
        return false;
    const learn::Step &s = l->steps.at(step);
    if (!m_overlay->highlight(s.highlight)) {
        Q_EMIT statusMessage(tr("That part of the window is not shown now."), 5000);
        return false;
    }
    m_highlightedStep = l->id + u'/' + s.id;
    return true;
}

void LearnPanel::pointAtStep(const learn::Lesson &l, int step)
{
    // A step that comes points at its part of the window by itself when that part is in view:
    // no tab switched under the learner's eyes (Show me does that on request).
    const QString key = l.steps.at(step).highlight;
    const QString id = l.id + u'/' + l.steps.at(step).id;
    if (!m_overlay || key.isEmpty() || !isVisible() || m_autoShown == id)
        return;
    QWidget *window = m_overlay->parentWidget();
    QWidget *target = HighlightOverlay::findTarget(window, key);
    if (!target)
        return;
    QTabWidget *tabs = key.startsWith(QLatin1String("tab."))
        ? qobject_cast<QTabWidget *>(target->parentWidget() ? target->parentWidget()->parentWidget() : nullptr)
        : nullptr;
    if (!(tabs ? tabs->tabBar()->isVisible() : target->isVisible()))
        return;
    m_autoShown = id;
    if (m_overlay->highlight(key))
        m_highlightedStep = id;
}

void LearnPanel::onStepCompleted(const QString &lessonId, int step)
{
    // The outline was about the step just done: it fades.
    const learn::Lesson *l = lesson(lessonId);
    if (m_overlay && l && step >= 0 && step < l->steps.size()
        && m_highlightedStep == lessonId + u'/' + l->steps.at(step).id) {
        m_overlay->clear(true);
        m_highlightedStep.clear();
    }
    if (l && step >= 0 && step < l->steps.size())
        Q_EMIT statusMessage(tr("Step done: %1").arg(l->steps.at(step).title), 6000);
    refreshList();
    refreshLesson();
    // The next step's text in view (the panel may be short: a projector's 640 px).
    QTimer::singleShot(0, this, [this] {
        if (m_current->isVisible())
            m_scroll->ensureWidgetVisible(m_current, 0, 16);
    });
}

void LearnPanel::onLessonCompleted(const QString &lessonId)
{
    if (m_overlay)
        m_overlay->clear(true);
    m_highlightedStep.clear();
    if (const learn::Lesson *l = lesson(lessonId))
        Q_EMIT statusMessage(tr("Lesson complete: %1").arg(l->title), 8000);
    refreshList();
    if (m_shown.isEmpty())
        showLesson(lessonId);
    else
        refreshLesson();
}

void LearnPanel::onTabChanged(int index)
{
    QWidget *page = m_tabs ? m_tabs->widget(index) : nullptr;
    const QString key = page ? page->property(learn::kTargetProperty).toString() : QString();
    if (!key.startsWith(QLatin1String("tab.")))
        return;
    QVariantMap fields{{QStringLiteral("tab"), key.mid(4)}};
    if (auto *functionPage = qobject_cast<FunctionPage *>(page)) // the function whose tab it is
        fields.insert(QStringLiteral("function"), functionPage->function().name);
    m_tracker->observe(QStringLiteral("ui.tab"), fields);
}

void LearnPanel::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setVisible(!text.isEmpty());
    restyle();
}

QString LearnPanel::stepText() const
{
    return m_current->isVisibleTo(this) || m_stepsLayout->indexOf(m_current) >= 0 ? plain(m_currentText) : QString();
}

QString LearnPanel::completionText() const
{
    return m_done->isHidden() ? QString() : plain(m_done);
}

QString LearnPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QStringList LearnPanel::stepMarks() const
{
    QStringList marks;
    for (const QWidget *row : m_stepRows)
        marks << row->property("mark").toString();
    return marks;
}

void LearnPanel::restyle()
{
    // Tinted boxes from the theme's tones, readable in light and dark.
    const auto info = Theme::toneColors(Theme::Tone::Info, palette());
    const auto success = Theme::toneColors(Theme::Tone::Success, palette());
    const auto error = Theme::toneColors(Theme::Tone::Error, palette());
    m_current->setStyleSheet(
        QStringLiteral("#currentStep { background: %1; border: 1px solid %2; border-radius: 6px; } "
                       "#currentStep QLabel { color: %3; background: transparent; }")
            .arg(info.background.name(), info.border.name(), info.text.name()));
    m_done->setStyleSheet(
        QStringLiteral("#lessonComplete { background: %1; border: 1px solid %2; border-radius: 6px; color: %3; "
                       "padding: 8px; }")
            .arg(success.background.name(), success.border.name(), success.text.name()));
    const bool isError = m_message->property("error").toBool();
    m_message->setStyleSheet(isError ? QStringLiteral("#lessonMessage { color: %1; }").arg(error.text.name())
                                     : QString());
}

void LearnPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_current) {
        restyle();
        refreshList();
        refreshLesson();
    } else if (event->type() == QEvent::FontChange && m_current) {
        // Widgets under a style sheet keep the font they were polished with: set the sheets
        // again so the step's box follows a new application font (presenter mode's zoom).
        restyle();
    }
}

} // namespace lambdesk
