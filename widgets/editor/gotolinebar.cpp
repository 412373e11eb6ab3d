#include "gotolinebar.h"

#include "codeeditor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace lambdesk {

GoToLineBar::GoToLineBar(QWidget *parent) : QWidget(parent)
{
    m_label = new QLabel(tr("Go to line:"), this);
    m_field = new QLineEdit(this);
    m_field->setMaximumWidth(m_field->fontMetrics().horizontalAdvance(QStringLiteral("00000:000")) + 24);
    m_field->setToolTip(tr("A line number, or line:column"));
    m_label->setBuddy(m_field);
    auto *goButton = new QPushButton(tr("Go"), this);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color:#d13212"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(tr("Close (Escape)"));
    closeButton->setAutoRaise(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 4, 2);
    row->addWidget(m_label);
    row->addWidget(m_field);
    row->addWidget(goButton);
    row->addWidget(m_error, 1);
    row->addWidget(closeButton);
    m_field->installEventFilter(this);
    connect(goButton, &QPushButton::clicked, this, [this] {
        if (go(m_field->text()))
            close();
    });
    connect(closeButton, &QToolButton::clicked, this, &GoToLineBar::close);
    connect(m_field, &QLineEdit::textEdited, m_error, &QLabel::clear);
    hide();
}

void GoToLineBar::setEditor(CodeEditor *editor)
{
    m_editor = editor;
}

void GoToLineBar::open()
{
    if (!m_editor)
        return;
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    m_field->setPlaceholderText(tr("1–%1").arg(m_editor->lines()));
    m_field->setText(QString::number(line + 1));
    m_error->clear();
    show();
    m_field->setFocus();
    m_field->selectAll();
}

void GoToLineBar::close()
{
    hide();
    if (m_editor)
        m_editor->setFocus();
    Q_EMIT closed();
}

QString GoToLineBar::errorText() const
{
    return m_error->text();
}

bool GoToLineBar::go(const QString &text)
{
    if (!m_editor)
        return false;
    const int lines = m_editor->lines();
    const QStringList parts = text.trimmed().split(u':');
    bool lineOk = false, columnOk = true;
    const int line = parts.value(0).trimmed().toInt(&lineOk);
    int column = 1;
    if (parts.size() == 2 && !parts[1].trimmed().isEmpty())
        column = parts[1].trimmed().toInt(&columnOk);
    if (!lineOk || !columnOk || parts.size() > 2 || column < 1) {
        m_error->setText(tr("Type a line number (1–%1), or line:column").arg(lines));
        return false;
    }
    if (line < 1 || line > lines) {
        m_error->setText(tr("Line must be between 1 and %1").arg(lines));
        return false;
    }
    m_error->clear();
    m_editor->goToLine(line, column);
    return true;
}

bool GoToLineBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (go(m_field->text()))
                close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lambdesk
