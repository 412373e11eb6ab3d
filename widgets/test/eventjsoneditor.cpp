#include "eventjsoneditor.h"

#include "common/inkicon.h"
#include "editor/codeeditor.h"
#include "model/jsoncheck.h"
#include "test/eventform.h"
#include "test/jsonlint.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lambdesk {

EventJsonEditor::EventJsonEditor(QWidget *parent) : QWidget(parent)
{
    m_format = new QPushButton(inkIcon(QStringLiteral(":/icons/format.svg")), tr("Format"), this);
    m_format->setToolTip(tr("Indent the JSON (two spaces, keys kept in order)"));
    m_editor = new CodeEditor(this);
    m_editor->setLanguage(CodeEditor::Language::Json);
    m_lint = new JsonLint(m_editor);
    m_message = makeErrorLabel(this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("<b>Event JSON</b>"), this), 1);
    row->addWidget(m_format);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_message);

    connect(m_format, &QPushButton::clicked, this, &EventJsonEditor::format);
    connect(m_lint, &JsonLint::checked, this, [this] {
        showError();
        Q_EMIT checked();
    });
    showError();
}

QString EventJsonEditor::text() const
{
    return m_editor->text();
}

bool EventJsonEditor::isValid()
{
    return m_lint->isValid();
}

QString EventJsonEditor::errorMessage()
{
    return m_lint->message();
}

QString EventJsonEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void EventJsonEditor::showError()
{
    const QString error = m_lint->message();
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    m_format->setEnabled(error.isEmpty());
}

void EventJsonEditor::refuse(const QString &why)
{
    m_message->setText(why + u' ' + m_lint->message());
    m_message->show();
}

void EventJsonEditor::format()
{
    if (!m_lint->isValid()) {
        m_editor->setFocus();
        return;
    }
    const QByteArray formatted = json::format(m_editor->text().toUtf8());
    if (formatted != m_editor->text().toUtf8()) {
        // Through the editor's undo stack, so Ctrl+Z brings the old layout back.
        m_editor->beginUndoAction();
        m_editor->selectAll();
        m_editor->replaceSelectedText(QString::fromUtf8(formatted));
        m_editor->endUndoAction();
    }
}

} // namespace lambdesk
