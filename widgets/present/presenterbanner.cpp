#include "presenterbanner.h"

#include "invoke/invocationresult.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace lambdesk {

namespace {
constexpr int kMargin = 16;    // from the window's edges
constexpr int kKeysMs = 2500;  // a keystroke stays this long
constexpr int kNoteMs = 12000; // an outcome stays this long (an invocation under way stays until its end)
} // namespace

PresenterBanner::PresenterBanner(QWidget *window) : QWidget(window), m_keys(new QLabel(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("presenterBanner"));
    // An overlay: clicks go through to what is under it.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_TranslucentBackground);
    setFocusPolicy(Qt::NoFocus);
    m_keys->setObjectName(QStringLiteral("presenterKeys"));
    m_note->setObjectName(QStringLiteral("presenterNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_keys->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(22, 10, 22, 10);
    layout->setSpacing(28);
    layout->addWidget(m_keys);
    layout->addWidget(m_note);
    m_keysTimer.setSingleShot(true);
    m_noteTimer.setSingleShot(true);
    connect(&m_keysTimer, &QTimer::timeout, this, [this] {
        m_keys->clear();
        updateVisibility();
    });
    connect(&m_noteTimer, &QTimer::timeout, this, [this] {
        m_note->clear();
        updateVisibility();
    });
    window->installEventFilter(this);
    applyStyle();
    hide();
}

QString PresenterBanner::keysText() const
{
    return m_keys->text();
}

QString PresenterBanner::noteText() const
{
    return m_note->text();
}

void PresenterBanner::showKeys(const QString &keys)
{
    m_keys->setText(keys);
    m_keysTimer.start(kKeysMs);
    updateVisibility();
}

void PresenterBanner::showNote(const QString &text, bool error)
{
    m_note->setText(text);
    m_noteError = error;
    // "Invoking …" stays until its outcome replaces it; an outcome fades after a while.
    if (text.endsWith(u'…'))
        m_noteTimer.stop();
    else
        m_noteTimer.start(kNoteMs);
    updateVisibility();
    update();
}

void PresenterBanner::clear()
{
    m_keys->clear();
    m_note->clear();
    m_keysTimer.stop();
    m_noteTimer.stop();
    updateVisibility();
}

QString PresenterBanner::outcome(const InvocationResult &r)
{
    const QString ms = QLocale().toString(r.durationMs, 'f', 1);
    switch (r.status) {
    case InvocationStatus::Throttled: return tr("%1: 429 TooManyRequestsException").arg(r.functionName);
    case InvocationStatus::Queued: return tr("%1: 202, queued").arg(r.functionName);
    case InvocationStatus::DryRun: return tr("%1: 204, DryRun").arg(r.functionName);
    default: break;
    }
    if (r.isError() || r.status == InvocationStatus::Failed || r.status == InvocationStatus::TimedOut) {
        const QString type = r.errorType.isEmpty() ? r.functionError : r.errorType;
        return tr("%1: %2, %3 ms").arg(r.functionName, type.isEmpty() ? QStringLiteral("Unhandled") : type, ms);
    }
    // AWS answers a successful synchronous invocation with 200.
    return tr("%1: 200, %2 ms").arg(r.functionName, ms);
}

void PresenterBanner::updateVisibility()
{
    m_keys->setVisible(!m_keys->text().isEmpty());
    m_note->setVisible(!m_note->text().isEmpty());
    const bool any = m_keys->isVisibleTo(this) || m_note->isVisibleTo(this);
    setVisible(any);
    if (any) {
        place();
        raise();
    }
}

void PresenterBanner::place()
{
    QWidget *window = parentWidget();
    if (!window)
        return;
    layout()->activate();
    const int width = std::min(sizeHint().width(), window->width() - 2 * kMargin);
    const int height = sizeHint().height();
    setGeometry((window->width() - width) / 2, window->height() - height - kMargin, width, height);
}

void PresenterBanner::applyStyle()
{
    // Big, bold keys; the sentence a little smaller. The application font is the zoomed one in
    // presenter mode, so the banner grows with the zoom.
    QFont keys = font();
    keys.setPointSizeF(QFontInfo(font()).pointSizeF() * 1.6);
    keys.setBold(true);
    QFont note = font();
    note.setPointSizeF(QFontInfo(font()).pointSizeF() * 1.35);
    m_keys->setFont(keys);
    m_note->setFont(note);
    // The bubble is the palette's text colour and its text the window colour: dark on a light
    // theme, light on a dark one, always the strongest contrast the theme has.
    QPalette p = palette();
    for (QLabel *l : {m_keys, m_note}) {
        QPalette lp = l->palette();
        lp.setColor(QPalette::WindowText, p.color(QPalette::Window));
        l->setPalette(lp);
    }
}

void PresenterBanner::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        // The window's (inherited) font and palette: a zoom step, another theme.
        applyStyle();
        if (isVisible())
            place();
    }
}

bool PresenterBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        if (isVisible())
            place();
    }
    return QWidget::eventFilter(watched, event);
}

void PresenterBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor bubble = palette().color(QPalette::WindowText);
    bubble.setAlpha(230);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);
    p.fillPath(path, bubble);
    if (m_noteError && m_note->isVisible()) {
        // A red strip before an error's sentence: the audience sees at once that it failed.
        const QRect n = m_note->geometry();
        p.fillRect(QRect(n.left() - 14, n.top() + 2, 6, n.height() - 4), QColor(0xd1, 0x32, 0x12));
    }
}

} // namespace lambdesk
