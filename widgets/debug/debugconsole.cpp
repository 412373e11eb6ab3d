#include "debugconsole.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace lambdesk {

DebugConsole::DebugConsole(QWidget *parent) : QWidget(parent)
{
    m_output = new QPlainTextEdit(this);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMaximumBlockCount(5000);
    m_output->setMinimumHeight(fontMetrics().height() * 2);
    m_output->setPlaceholderText(tr("Logpoint messages and the values of expressions appear here."));
    m_input = new QLineEdit(this);
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setPlaceholderText(tr("Evaluate in the selected frame (Enter; Up/Down: history)"));
    m_input->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_input);
    connect(m_input, &QLineEdit::returnPressed, this, &DebugConsole::submit);
}

void DebugConsole::submit()
{
    const QString expression = m_input->text().trimmed();
    if (expression.isEmpty())
        return;
    m_history.removeAll(expression);
    m_history.append(expression);
    while (m_history.size() > kMaxHistory)
        m_history.removeFirst();
    m_historyPos = int(m_history.size());
    m_typed.clear();
    m_input->clear();
    Q_EMIT evaluateRequested(expression);
}

bool DebugConsole::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up && m_historyPos > 0) {
            if (m_historyPos == m_history.size())
                m_typed = m_input->text();
            m_input->setText(m_history.at(--m_historyPos));
            return true;
        }
        if (key->key() == Qt::Key_Down && m_historyPos < m_history.size()) {
            ++m_historyPos;
            m_input->setText(m_historyPos == m_history.size() ? m_typed : m_history.at(m_historyPos));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DebugConsole::append(const QString &html)
{
    m_output->appendHtml(html);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void DebugConsole::appendOutput(const QString &category, const QString &text)
{
    const QString body = text.endsWith(u'\n') ? text.chopped(1) : text;
    const QString colour = category == u"stderr" ? QStringLiteral("#c0392b")
                           : category == u"debugger" ? palette().color(QPalette::PlaceholderText).name()
                                                     : palette().color(QPalette::Text).name();
    append(QStringLiteral("<span style='color:%1; white-space:pre-wrap'>%2</span>")
               .arg(colour, body.toHtmlEscaped()));
}

void DebugConsole::appendResult(const QString &expression, const QString &value, const QString &type)
{
    const QString dim = palette().color(QPalette::PlaceholderText).name();
    append(QStringLiteral("<span style='color:%1'>&gt; %2</span>").arg(dim, expression.toHtmlEscaped()));
    append(QStringLiteral("<span style='white-space:pre-wrap'>%1</span>%2")
               .arg(value.toHtmlEscaped(),
                    type.isEmpty() ? QString()
                                   : QStringLiteral(" <span style='color:%1'>(%2)</span>").arg(dim, type.toHtmlEscaped())));
}

void DebugConsole::appendError(const QString &expression, const QString &message)
{
    const QString dim = palette().color(QPalette::PlaceholderText).name();
    if (!expression.isEmpty())
        append(QStringLiteral("<span style='color:%1'>&gt; %2</span>").arg(dim, expression.toHtmlEscaped()));
    append(QStringLiteral("<span style='color:#c0392b; white-space:pre-wrap'>%1</span>").arg(message.toHtmlEscaped()));
}

void DebugConsole::appendNote(const QString &text)
{
    append(QStringLiteral("<i style='color:%1; white-space:pre-wrap'>%2</i>")
               .arg(palette().color(QPalette::PlaceholderText).name(), text.toHtmlEscaped()));
}

void DebugConsole::clearOutput()
{
    m_output->clear();
}

void DebugConsole::setInputEnabled(bool enabled, const QString &placeholder)
{
    m_input->setEnabled(enabled);
    m_input->setPlaceholderText(placeholder.isEmpty()
                                    ? tr("Evaluate in the selected frame (Enter; Up/Down: history)")
                                    : placeholder);
}

QString DebugConsole::text() const
{
    return m_output->toPlainText();
}

} // namespace lambdesk
