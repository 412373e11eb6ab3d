#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace lambdesk {

NoticeBar::NoticeBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBar"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_close = new QToolButton(this);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(4);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 3, 3, 3);
    row->addWidget(m_text, 1);
    row->addLayout(m_buttons);
    row->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &NoticeBar::dismiss);
    hide();
}

void NoticeBar::showMessage(Level level, const QString &text, const QList<Action> &actions)
{
    m_level = level;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    // Colours of the AWS console's flash bars, softened for a strip inside a page.
    QString bg, border;
    switch (level) {
    case Level::Info:
        bg = dark ? QStringLiteral("#1d3347") : QStringLiteral("#e8f2fb");
        border = QStringLiteral("#0972d3");
        break;
    case Level::Success:
        bg = dark ? QStringLiteral("#1d3a22") : QStringLiteral("#ebf6e9");
        border = QStringLiteral("#1d8102");
        break;
    case Level::Warning:
        bg = dark ? QStringLiteral("#3d3419") : QStringLiteral("#fff7e0");
        border = QStringLiteral("#b78a00");
        break;
    case Level::Error:
        bg = dark ? QStringLiteral("#45201c") : QStringLiteral("#fdecea");
        border = QStringLiteral("#d13212");
        break;
    }
    setStyleSheet(
        QStringLiteral(
            "QFrame#noticeBar { background:%1; border:1px solid %2; border-left:4px solid %2; border-radius:3px; }")
            .arg(bg, border));
    m_text->setText(text);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        // deleteLater: the button being clicked may be the one that asked for this message.
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (const Action &action : actions) {
        auto *button = new QPushButton(action.text, this);
        button->setObjectName(action.objectName);
        connect(button, &QPushButton::clicked, this, [this, run = action.run] {
            dismiss();
            if (run)
                run();
        });
        m_buttons->addWidget(button);
    }
    show();
}

void NoticeBar::dismiss()
{
    if (isHidden() && m_text->text().isEmpty())
        return;
    hide();
    m_text->clear();
    Q_EMIT dismissed();
}

QString NoticeBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

bool NoticeBar::trigger(const QString &text)
{
    for (int i = 0; i < m_buttons->count(); ++i) {
        if (auto *button = qobject_cast<QPushButton *>(m_buttons->itemAt(i)->widget());
            button && button->text() == text) {
            button->click();
            return true;
        }
    }
    return false;
}

} // namespace lambdesk
