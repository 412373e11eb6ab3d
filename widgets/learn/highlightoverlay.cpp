#include "highlightoverlay.h"

#include "common/theme.h"
#include "learn/lesson.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVariantAnimation>

namespace lambdesk {

namespace {

// The tab widget whose page `page` is (a QTabWidget keeps its pages in a QStackedWidget).
QTabWidget *tabWidgetOf(const QWidget *page)
{
    auto *stack = page ? qobject_cast<QStackedWidget *>(page->parentWidget()) : nullptr;
    return stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
}

bool isTabKey(const QString &key)
{
    return key.startsWith(QLatin1String("tab."));
}

// Whether every tab widget around `w` shows the page that holds it (it would be visible once
// its dock or its collapsed panel is shown).
bool inCurrentTabs(const QWidget *w, const QWidget *window)
{
    for (; w && w != window; w = w->parentWidget()) {
        if (QTabWidget *tabs = tabWidgetOf(w); tabs && tabs->currentWidget() != w)
            return false;
    }
    return true;
}

QRect rectIn(const QWidget *w, const QWidget *window, const QRect &local)
{
    return QRect(w->mapTo(window, local.topLeft()), local.size());
}

} // namespace

HighlightOverlay::HighlightOverlay(QWidget *window)
    : QWidget(window),
      m_window(window),
      m_pulse(new QVariantAnimation(this)),
      m_fade(new QVariantAnimation(this)),
      m_hold(new QTimer(this))
{
    setObjectName(QStringLiteral("highlightOverlay"));
    // Drawn over the window, never in the way: clicks go to what is under the outline.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    window->installEventFilter(this);

    // A short pulse draws the eye to the outline; then it stays still until it fades.
    m_pulse->setStartValue(0.0);
    m_pulse->setEndValue(1.0);
    m_pulse->setDuration(900);
    m_pulse->setLoopCount(3);
    m_pulse->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_pulse, &QVariantAnimation::valueChanged, this, qOverload<>(&QWidget::update));

    m_fade->setStartValue(1.0);
    m_fade->setEndValue(0.0);
    m_fade->setDuration(600);
    connect(m_fade, &QVariantAnimation::valueChanged, this, qOverload<>(&QWidget::update));
    connect(m_fade, &QVariantAnimation::finished, this, &HighlightOverlay::finish);

    m_hold->setSingleShot(true);
    connect(m_hold, &QTimer::timeout, this, [this] { clear(true); });
}

QWidget *HighlightOverlay::findTarget(const QWidget *window, const QString &key)
{
    if (!window || key.isEmpty())
        return nullptr;
    QList<QWidget *> found;
    const auto children = window->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (w->property(learn::kTargetProperty).toString() == key)
            found.append(w);
    }
    if (found.isEmpty())
        return nullptr;
    // A part may exist twice (the result panel of the Code and of the Test tab): the one the
    // user sees, else the one in the tab shown, else the one in the tab its key names.
    for (QWidget *w : std::as_const(found)) {
        if (w->isVisibleTo(window))
            return w;
    }
    for (QWidget *w : std::as_const(found)) {
        if (inCurrentTabs(w, window))
            return w;
    }
    // Else the one in the tab its key names ("test.invoke": the Test tab's; results: the Test tab's).
    QString home = key.section(u'.', 0, 0);
    if (home == QLatin1String("results"))
        home = QStringLiteral("test");
    else if (home == QLatin1String("config"))
        home = QStringLiteral("configuration");
    const QString homeTab = QStringLiteral("tab.") + home;
    for (QWidget *w : std::as_const(found)) {
        for (const QWidget *a = w; a && a != window; a = a->parentWidget()) {
            if (tabWidgetOf(a) && a->property(learn::kTargetProperty).toString() == homeTab)
                return w;
        }
    }
    return found.last();
}

QWidget *HighlightOverlay::revealTarget(QWidget *window, const QString &key)
{
    QWidget *target = findTarget(window, key);
    if (!target)
        return nullptr;
    // A tab is pointed at, not opened: what must show is the tab bar.
    QTabWidget *ownTabs = isTabKey(key) ? tabWidgetOf(target) : nullptr;
    QWidget *shown = ownTabs ? static_cast<QWidget *>(ownTabs) : target;
    for (QWidget *w = shown; w && w != window; w = w->parentWidget()) {
        if (QTabWidget *tabs = tabWidgetOf(w); tabs && tabs->currentWidget() != w)
            tabs->setCurrentWidget(w);
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
        }
    }
    // Layouts of pages just shown settle first, so that the scroll areas know where it is.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // The tab shown now may hold a visible twin of the one chosen hidden (the memory size's
    // value in view mode, its editor in edit mode).
    if (!ownTabs && !target->isVisibleTo(window)) {
        if (QWidget *visible = findTarget(window, key); visible && visible->isVisibleTo(window))
            target = shown = visible;
    }
    for (QWidget *w = shown->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w); scroll && scroll->widget()
            && scroll->widget()->isAncestorOf(shown)) {
            scroll->ensureWidgetVisible(shown, 24, 24);
        }
    }
    if (ownTabs)
        return target;
    // Hidden by something else (a collapsed result panel): its nearest visible part.
    QWidget *visible = target;
    while (visible && visible != window && !visible->isVisibleTo(window))
        visible = visible->parentWidget();
    return visible == window ? nullptr : visible;
}

bool HighlightOverlay::highlight(const QString &key)
{
    if (!m_window)
        return false;
    QWidget *target = revealTarget(m_window, key);
    if (!target)
        return false;
    unwatch();
    m_key = key;
    m_target = target;
    m_group.clear();
    if (QWidget *parent = target->parentWidget();
        parent && target->property(learn::kTargetProperty).toString() == key && !isTabKey(key)) {
        const auto siblings = parent->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (QWidget *w : siblings) {
            if (w != target && w->property(learn::kTargetProperty).toString() == key)
                m_group.append(w);
        }
    }
    watch(target);
    m_fade->stop();
    setGeometry(m_window->rect());
    raise();
    show();
    m_pulse->stop();
    m_pulse->start();
    if (m_holdMs > 0)
        m_hold->start(m_holdMs);
    update();
    Q_EMIT highlighted(key);
    return true;
}

void HighlightOverlay::clear(bool fade)
{
    if (!isHighlighting())
        return;
    m_hold->stop();
    if (fade && isVisible()) {
        if (m_fade->state() != QAbstractAnimation::Running)
            m_fade->start();
        return;
    }
    m_fade->stop();
    finish();
}

void HighlightOverlay::finish()
{
    m_pulse->stop();
    unwatch();
    m_key.clear();
    m_target = nullptr;
    m_group.clear();
    hide();
    Q_EMIT cleared();
}

QRect HighlightOverlay::targetRect() const
{
    if (!m_target || !m_window)
        return {};
    QRect rect;
    const QWidget *clipFrom = m_target;
    if (QTabWidget *tabs = isTabKey(m_key) ? tabWidgetOf(m_target) : nullptr) {
        QTabBar *bar = tabs->tabBar();
        const int index = tabs->indexOf(m_target);
        if (index < 0 || !bar->isVisibleTo(m_window))
            return {};
        rect = rectIn(bar, m_window, bar->tabRect(index));
        clipFrom = bar;
        rect &= rectIn(bar, m_window, bar->rect());
    } else {
        if (!m_target->isVisibleTo(m_window))
            return {};
        rect = rectIn(m_target, m_window, m_target->rect());
        for (const QPointer<QWidget> &w : m_group) {
            if (w && w->isVisibleTo(m_window))
                rect |= rectIn(w, m_window, w->rect());
        }
    }
    // Only what its scroll areas and splitters show of it.
    for (const QWidget *w = clipFrom->parentWidget(); w && w != m_window; w = w->parentWidget())
        rect &= rectIn(w, m_window, w->rect());
    return rect;
}

QColor HighlightOverlay::outlineColor() const
{
    // AWS's orange: it stands out on the light and on the dark theme, and on the blue of a
    // selection; a shade brighter on dark backgrounds.
    return Theme::isDark(palette()) ? QColor(0xff, 0xa4, 0x1c) : QColor(0xe0, 0x6a, 0x00);
}

void HighlightOverlay::paintEvent(QPaintEvent *)
{
    const QRect rect = targetRect();
    if (rect.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double opacity = m_fade->state() == QAbstractAnimation::Running ? m_fade->currentValue().toDouble() : 1.0;
    p.setOpacity(opacity);
    const QColor color = outlineColor();
    const QRectF outline = QRectF(rect).adjusted(-3.5, -3.5, 3.5, 3.5);

    // A soft halo, then the outline itself.
    QColor halo = color;
    halo.setAlphaF(0.28);
    p.setPen(QPen(halo, 7));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(outline, 7, 7);
    p.setPen(QPen(color, 3));
    p.drawRoundedRect(outline, 6, 6);

    if (m_pulse->state() == QAbstractAnimation::Running) {
        const double t = m_pulse->currentValue().toDouble();
        QColor ring = color;
        ring.setAlphaF(std::max(0.0, 0.85 * (1.0 - t)));
        const double grow = 3.5 + 14.0 * t;
        p.setPen(QPen(ring, 3));
        p.drawRoundedRect(QRectF(rect).adjusted(-grow, -grow, grow, grow), 6 + grow / 2, 6 + grow / 2);
    }
}

void HighlightOverlay::watch(QWidget *target)
{
    QWidget *from = target;
    if (QTabWidget *tabs = isTabKey(m_key) ? tabWidgetOf(target) : nullptr)
        from = tabs->tabBar();
    for (QWidget *w = from; w && w != m_window; w = w->parentWidget()) {
        w->installEventFilter(this);
        m_watched.append(w);
    }
}

void HighlightOverlay::unwatch()
{
    for (const QPointer<QWidget> &w : std::as_const(m_watched)) {
        if (w)
            w->removeEventFilter(this);
    }
    m_watched.clear();
}

bool HighlightOverlay::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
        if (watched == m_window)
            setGeometry(m_window->rect());
        [[fallthrough]];
    case QEvent::Move:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::LayoutRequest:
        // The window resized, a splitter moved, a scroll area scrolled, a tab changed: the
        // outline follows (the rectangle is computed when painting).
        if (isHighlighting())
            update();
        break;
    case QEvent::ChildAdded:
        // A dock added later must not cover the outline.
        if (watched == m_window && isHighlighting())
            QTimer::singleShot(0, this, [this] { raise(); });
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lambdesk
