#include "explainpopup.h"

#include "common/theme.h"
#include "learn/glossary.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCursor>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QStyle>
#include <QStyleOption>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

namespace lambdesk {

namespace {

constexpr char kKeyProperty[] = "lambdeskExplain";
constexpr char kPartsProperty[] = "lambdeskExplainParts";
constexpr char kSeparatorProperty[] = "lambdeskExplainSeparator";
// How long the pointer may be neither on the explained part nor on the card (crossing the gap
// between them) before the card hides.
constexpr int kGraceMs = 300;

QPointer<ExplainPopup> g_card;

// While the card shows, the application's events that may end it (pointer moves, Esc, a click
// elsewhere) go through here; a separate object so that the card's own filter on the explained
// widgets (ToolTip) is not run twice.
class PointerWatch : public QObject
{
public:
    explicit PointerWatch(std::function<bool(QObject *, QEvent *)> handler, QObject *parent)
        : QObject(parent), m_handler(std::move(handler))
    {}
    bool eventFilter(QObject *watched, QEvent *event) override { return m_handler(watched, event); }

private:
    std::function<bool(QObject *, QEvent *)> m_handler;
};

PointerWatch *g_watch = nullptr;

} // namespace

ExplainPopup *ExplainPopup::instance()
{
    if (!g_card) {
        g_card = new ExplainPopup;
        connect(qApp, &QCoreApplication::aboutToQuit, g_card.data(), &QObject::deleteLater);
    }
    return g_card;
}

ExplainPopup::ExplainPopup(QWidget *parent) : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint)
{
    setObjectName(QStringLiteral("explainCard"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("explainTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold; // only the weight: the size follows the application's font (presenter mode's zoom)
    bold.setBold(true);
    m_title->setFont(bold);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("explainText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("explainLink"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_link->setOpenExternalLinks(false);
    m_link->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_link->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    const int m = fontMetrics().height() / 2 + 2;
    layout->setContentsMargins(m, m - 2, m, m - 2);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_link, 0, Qt::AlignLeft);

    connect(m_link, &QLabel::linkActivated, this, [this](const QString &link) {
        hideCard();
        QDesktopServices::openUrl(QUrl(link));
    });
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(kGraceMs);
    connect(&m_hideTimer, &QTimer::timeout, this, &ExplainPopup::hideUnlessHovered);
}

void ExplainPopup::attach(QWidget *widget, const QString &termKey)
{
    if (!widget)
        return;
    widget->setProperty(kKeyProperty, termKey);
    widget->removeEventFilter(instance());
    widget->installEventFilter(instance());
}

void ExplainPopup::attachResolver(QWidget *widget, Resolver resolve)
{
    if (!widget)
        return;
    ExplainPopup *card = instance();
    if (!card->m_resolvers.contains(widget))
        connect(widget, &QObject::destroyed, card, [card](QObject *gone) { card->m_resolvers.remove(gone); });
    card->m_resolvers.insert(widget, std::move(resolve));
    widget->removeEventFilter(card);
    widget->installEventFilter(card);
}

QString ExplainPopup::titleText() const
{
    return m_title->text();
}

QString ExplainPopup::bodyText() const
{
    return m_text->text();
}

bool ExplainPopup::showFor(const QString &termKey, const QRect &globalRect, QWidget *host)
{
    const glossary::Term *term = glossary::find(termKey);
    if (!term)
        return false;
    m_key = term->key;
    m_url = term->docsUrl;
    m_title->setText(term->title);
    m_text->setText(term->text);
    applyPalette();
    m_link->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(m_url.toHtmlEscaped(), tr("Learn more in the AWS documentation").toHtmlEscaped()));
    m_link->setToolTip(m_url);
    m_host = host;
    disconnect(m_hostGone);
    if (host) // a view that rebuilds its labels (a new result) takes the card with them
        m_hostGone = connect(host, &QObject::destroyed, this, [this] { hideCard(); });
    m_rect = globalRect;
    m_pointer = globalRect.center();
    m_overCard = false;
    m_hideTimer.stop();
    place(globalRect, host);
    if (!g_watch) {
        g_watch = new PointerWatch(
            [this](QObject *watched, QEvent *event) {
                switch (event->type()) {
                case QEvent::MouseMove: {
                    m_pointer = static_cast<QMouseEvent *>(event)->globalPosition().toPoint();
                    if (geometry().contains(m_pointer) || m_rect.contains(m_pointer))
                        m_hideTimer.stop();
                    else if (!m_hideTimer.isActive())
                        m_hideTimer.start();
                    break;
                }
                case QEvent::Hide:
                    if (watched == m_host)
                        hideCard();
                    break;
                case QEvent::Leave:
                    if (watched == m_host) {
                        m_pointer = QCursor::pos();
                        m_hideTimer.start();
                    }
                    break;
                case QEvent::KeyPress:
                    if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
                        hideCard();
                        return true;
                    }
                    break;
                case QEvent::MouseButtonPress:
                case QEvent::MouseButtonDblClick: {
                    const QPoint at = static_cast<QMouseEvent *>(event)->globalPosition().toPoint();
                    if (!geometry().contains(at))
                        hideCard();
                    break;
                }
                case QEvent::Wheel: hideCard(); break;
                case QEvent::ApplicationStateChange:
                    if (QGuiApplication::applicationState() != Qt::ApplicationActive)
                        hideCard();
                    break;
                default: break;
                }
                return false;
            },
            this);
        qApp->installEventFilter(g_watch);
    }
    show();
    raise();
    Q_EMIT shown(m_key);
    return true;
}

void ExplainPopup::hideCard()
{
    m_hideTimer.stop();
    disconnect(m_hostGone);
    if (g_watch) {
        qApp->removeEventFilter(g_watch);
        g_watch->deleteLater();
        g_watch = nullptr;
    }
    m_host = nullptr;
    if (!isVisible())
        return;
    hide();
    Q_EMIT hidden();
}

void ExplainPopup::hideUnlessHovered()
{
    if (!isVisible())
        return;
    if (m_overCard || geometry().contains(m_pointer) || (m_host && m_rect.contains(m_pointer)))
        return;
    hideCard();
}

void ExplainPopup::applyPalette()
{
    // The application's palette as it is now (the theme may have changed since the last card).
    QPalette p = QApplication::palette();
    p.setColor(QPalette::Window, p.color(QPalette::Base));
    p.setColor(QPalette::WindowText, p.color(QPalette::Text));
    setPalette(p);
    setAutoFillBackground(true);
    m_text->setForegroundRole(QPalette::WindowText);
}

void ExplainPopup::place(const QRect &globalRect, QWidget *host)
{
    QScreen *screen = QGuiApplication::screenAt(globalRect.center());
    if (!screen && host)
        screen = host->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect avail = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    // About 46 characters a line, narrower on a narrow screen.
    const int width = std::min(fontMetrics().averageCharWidth() * 46 + 2 * layout()->contentsMargins().left(),
                               avail.width() - 8);
    layout()->activate();
    const int height = std::min(heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height(),
                                avail.height() - 8);
    resize(width, height);
    const int gap = 2;
    // Under the part; over it when the screen ends below; inside the screen either way.
    int y = globalRect.bottom() + 1 + gap;
    if (y + height > avail.bottom() + 1)
        y = globalRect.top() - gap - height;
    y = std::clamp(y, avail.top(), std::max(avail.top(), avail.bottom() + 1 - height));
    // At the pointer's side of a wide part (a long label), at its left edge otherwise.
    int x = globalRect.width() > width ? QCursor::pos().x() - width / 4 : globalRect.left();
    if (!globalRect.contains(QCursor::pos()))
        x = globalRect.left();
    x = std::clamp(x, avail.left(), std::max(avail.left(), avail.right() + 1 - width));
    move(x, y);
}

bool ExplainPopup::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Enter:
        m_overCard = true;
        m_hideTimer.stop();
        break;
    case QEvent::Leave:
        m_overCard = false;
        m_pointer = QCursor::pos();
        m_hideTimer.start();
        break;
    default: break;
    }
    return QFrame::event(event);
}

void ExplainPopup::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    const QPalette &p = palette();
    painter.setPen(Theme::isDark(QApplication::palette()) ? p.color(QPalette::Light) : p.color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

bool ExplainPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return QFrame::eventFilter(watched, event);
    auto *widget = static_cast<QWidget *>(watched);
    const QPoint at = static_cast<QHelpEvent *>(event)->pos();
    if (const auto it = m_resolvers.constFind(watched); it != m_resolvers.cend()) {
        QRect part;
        const QString key = (*it)(at, &part);
        if (!key.isEmpty() && showFor(key, QRect(widget->mapToGlobal(part.topLeft()), part.size()), widget))
            return true;
        if (isVisible() && m_host == widget)
            hideCard();
        return false; // the widget's own tooltip, if it has one
    }
    const QString key = widget->property(kKeyProperty).toString();
    if (!key.isEmpty() && showFor(key, QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size()), widget))
        return true;
    return false;
}

namespace explain {

QString keyForField(const QString &awsField)
{
    static const QHash<QString, QString> keys{
        {QStringLiteral("Description"), QStringLiteral("config.description")},
        {QStringLiteral("Runtime"), QStringLiteral("config.runtime")},
        {QStringLiteral("Handler"), QStringLiteral("config.handler")},
        {QStringLiteral("MemorySize"), QStringLiteral("config.memory")},
        {QStringLiteral("EphemeralStorage.Size"), QStringLiteral("config.ephemeralStorage")},
        {QStringLiteral("Timeout"), QStringLiteral("config.timeout")},
        {QStringLiteral("Architectures"), QStringLiteral("config.architecture")},
        {QStringLiteral("Environment"), QStringLiteral("config.environment")},
        {QStringLiteral("ReservedConcurrentExecutions"), QStringLiteral("config.reservedConcurrency")},
        {QStringLiteral("ProvisionedConcurrentExecutions"), QStringLiteral("config.provisionedConcurrency")},
        {QStringLiteral("MaximumRetryAttempts"), QStringLiteral("config.retryAttempts")},
        {QStringLiteral("MaximumEventAgeInSeconds"), QStringLiteral("config.maximumEventAge")},
        {QStringLiteral("DeadLetterConfig"), QStringLiteral("config.deadLetterQueue")},
        {QStringLiteral("DestinationConfig"), QStringLiteral("config.destinations")},
        {QStringLiteral("LogFormat"), QStringLiteral("config.logFormat")},
        {QStringLiteral("ApplicationLogLevel"), QStringLiteral("config.applicationLogLevel")},
        {QStringLiteral("SystemLogLevel"), QStringLiteral("config.systemLogLevel")},
        {QStringLiteral("AuthType"), QStringLiteral("config.functionUrlAuthType")},
        {QStringLiteral("Cors"), QStringLiteral("config.functionUrlCors")},
        {QStringLiteral("Layers"), QStringLiteral("config.layers")},
    };
    return keys.value(awsField);
}

void attachFormLabel(QFormLayout *form, QWidget *field, const QString &termKey)
{
    if (form && field && !termKey.isEmpty())
        ExplainPopup::attach(form->labelForField(field), termKey);
}

void attachGroupTitle(QGroupBox *box, const QString &termKey)
{
    ExplainPopup::attachResolver(box, [box, termKey](const QPoint &pos, QRect *part) {
        QStyleOptionGroupBox option;
        option.initFrom(box);
        option.text = box->title();
        option.lineWidth = 1;
        option.midLineWidth = 0;
        option.textAlignment = box->alignment();
        option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
        if (box->isCheckable())
            option.subControls |= QStyle::SC_GroupBoxCheckBox;
        if (box->isFlat())
            option.features |= QStyleOptionFrame::Flat;
        QRect title = box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
        if (box->isCheckable())
            title |= box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxCheckBox, box);
        if (!title.contains(pos))
            return QString();
        *part = title;
        return termKey;
    });
}

void attachFormLabels(QFormLayout *form, const QStringList &keys)
{
    for (int row = 0; row < std::min<int>(form->rowCount(), int(keys.size())); ++row) {
        const QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
        if (item && item->widget() && !keys.at(row).isEmpty())
            ExplainPopup::attach(item->widget(), keys.at(row));
    }
}

namespace {

// The character of `text`, drawn from x = 0 in `font`, under x; -1 past its end.
qsizetype charAtX(const QString &text, const QFont &font, int x)
{
    if (x < 0)
        return -1;
    const QFontMetrics fm(font);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (fm.horizontalAdvance(text.left(i + 1)) > x)
            return i;
    }
    return -1;
}

// The line of a block (a <pre> keeps lines apart with line separators) around `pos`.
glossary::Span spanInBlock(const QString &block, qsizetype pos, qsizetype *lineStart)
{
    const qsizetype start = pos > 0 ? block.lastIndexOf(QChar(QChar::LineSeparator), pos - 1) + 1 : 0;
    qsizetype end = block.indexOf(QChar(QChar::LineSeparator), pos);
    if (end < 0)
        end = block.size();
    *lineStart = start;
    return glossary::termSpanAt(block.mid(start, end - start), pos - start);
}

// QLabel keeps its rich text in a document of its own; where it has none (plain text), one
// laid out as the label lays out its text.
const QTextDocument *labelDocument(QLabel *label, QTextDocument *fallback)
{
    if (const auto *doc = label->findChild<QTextDocument *>())
        return doc;
    fallback->setDefaultFont(label->font());
    fallback->setDocumentMargin(0);
    if (label->wordWrap())
        fallback->setTextWidth(label->contentsRect().width());
    if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText)
        fallback->setHtml(label->text());
    else
        fallback->setPlainText(label->text());
    return fallback;
}

} // namespace

void attachReportLines(QAbstractItemView *view, int column)
{
    ExplainPopup::attachResolver(view->viewport(), [view, column](const QPoint &pos, QRect *part) {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid() || index.column() != column)
            return QString();
        const QString text = index.data(Qt::DisplayRole).toString();
        const QVariant fontData = index.data(Qt::FontRole);
        const QFont font = fontData.isValid() ? fontData.value<QFont>() : view->font();
        const QRect cell = view->visualRect(index);
        // The delegate draws the text inside the cell's text margin.
        const int left = cell.left() + view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        const qsizetype at = charAtX(text, font, pos.x() - left);
        const glossary::Span span = at < 0 ? glossary::Span{} : glossary::termSpanAt(text, at);
        if (span.key.isEmpty())
            return QString();
        const QFontMetrics fm(font);
        const int x = left + fm.horizontalAdvance(text.left(span.start));
        *part = QRect(x, cell.top(), fm.horizontalAdvance(text.mid(span.start, span.length)), cell.height())
                    .intersected(cell);
        return span.key;
    });
}

void attachReportLines(QTextEdit *view)
{
    ExplainPopup::attachResolver(view->viewport(), [view](const QPoint &pos, QRect *part) {
        const QTextCursor cursor = view->cursorForPosition(pos);
        // cursorForPosition answers the nearest position: make sure the pointer is on that character.
        const QRect caret = view->cursorRect(cursor);
        if (std::abs(caret.center().y() - pos.y()) > caret.height())
            return QString();
        const QTextBlock block = cursor.block();
        qsizetype lineStart = 0;
        qsizetype inBlock = cursor.positionInBlock();
        // The nearest position may be the boundary after the character under the pointer.
        if (inBlock > 0 && caret.left() > pos.x())
            --inBlock;
        const glossary::Span span = spanInBlock(block.text(), inBlock, &lineStart);
        if (span.key.isEmpty())
            return QString();
        QTextCursor from(block), to(block);
        from.setPosition(block.position() + int(lineStart + span.start));
        to.setPosition(block.position() + int(lineStart + span.start + span.length));
        *part = view->cursorRect(from).united(view->cursorRect(to));
        return span.key;
    });
}

void attachLabelParts(QLabel *label, const QStringList &keys, const QString &separator)
{
    label->setProperty(kPartsProperty, keys);
    label->setProperty(kSeparatorProperty, separator);
    ExplainPopup::attachResolver(label, [label](const QPoint &pos, QRect *part) {
        const QStringList keys = label->property(kPartsProperty).toStringList();
        const QString separator = label->property(kSeparatorProperty).toString();
        QTextDocument fallback;
        const QTextDocument *doc = labelDocument(label, &fallback);
        // Where QLabel puts its document: the contents, less margin and indent, centred vertically
        // unless aligned otherwise.
        QRectF area = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(),
                                                     -label->margin());
        if (label->indent() > 0 && (label->alignment() & Qt::AlignLeft))
            area.setLeft(area.left() + label->indent());
        const qreal height = doc->documentLayout()->documentSize().height();
        if (label->alignment() & Qt::AlignVCenter)
            area.setTop(area.top() + std::max<qreal>(0, (area.height() - height) / 2));
        else if (label->alignment() & Qt::AlignBottom)
            area.setTop(area.top() + std::max<qreal>(0, area.height() - height));
        const int at = doc->documentLayout()->hitTest(QPointF(pos) - area.topLeft(), Qt::ExactHit);
        if (at < 0)
            return QString();
        const QString plain = doc->toPlainText();
        // Which part: count the separators before the character.
        qsizetype start = 0;
        int index = 0;
        for (;;) {
            const qsizetype next = plain.indexOf(separator, start);
            if (next < 0 || next >= at)
                break;
            start = next + separator.size();
            ++index;
        }
        qsizetype end = plain.indexOf(separator, start);
        if (end < 0)
            end = plain.size();
        if (at >= end || index >= keys.size() || keys.at(index).isEmpty())
            return QString();
        // The part's rectangle on its line (a wrapped part: from its start to its line's end).
        const QTextBlock block = doc->findBlock(int(start));
        const QTextLayout *layout = block.layout();
        const int inBlock = int(start) - block.position();
        const QTextLine line = layout->lineForTextPosition(inBlock);
        if (line.isValid()) {
            const qreal x1 = line.cursorToX(inBlock);
            const int endInBlock = std::min<int>(int(end) - block.position(), line.textStart() + line.textLength());
            const qreal x2 = line.cursorToX(endInBlock);
            const QPointF origin = area.topLeft() + layout->position();
            *part = QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()).toAlignedRect();
        } else {
            *part = label->rect();
        }
        return keys.at(index);
    });
}

} // namespace explain

} // namespace lambdesk
