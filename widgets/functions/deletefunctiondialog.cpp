#include "deletefunctiondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lambdesk {

DeleteFunctionDialog::DeleteFunctionDialog(const QString &function, const QString &detail, QWidget *parent)
    : QDialog(parent), m_function(function)
{
    setObjectName(QStringLiteral("confirmDelete"));
    setWindowTitle(tr("Delete function"));
    const QString name = function.toHtmlEscaped();
    QString text = tr("Deleting <b>%1</b> removes its code, its configuration and its test events from the "
                      "workspace. This cannot be undone.")
                       .arg(name);
    if (!detail.isEmpty())
        text += QStringLiteral("<br>") + detail;
    auto *what = new QLabel(text, this);
    what->setTextFormat(Qt::RichText);
    what->setWordWrap(true);
    auto *ask = new QLabel(tr("To confirm, type the function's name, <b>%1</b>:").arg(name), this);
    ask->setTextFormat(Qt::RichText);
    ask->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("confirmName"));
    m_name->setPlaceholderText(function);
    ask->setBuddy(m_name);
    m_hint = new QLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    // Enter deletes only once the name is typed (a disabled default button does nothing);
    // Escape cancels.
    m_delete->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addSpacing(6);
    layout->addWidget(ask);
    layout->addWidget(m_name);
    layout->addWidget(m_hint);
    layout->addStretch(1); // the hint comes and goes: the rest keeps its place
    layout->addWidget(buttons);
    // Long names and texts wrap instead of making the dialog wider than a small screen.
    setMinimumWidth(360);
    setMaximumWidth(560);

    connect(m_name, &QLineEdit::textChanged, this, &DeleteFunctionDialog::updateButton);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
    m_name->setFocus();
}

void DeleteFunctionDialog::updateButton()
{
    const QString typed = m_name->text();
    const bool matches = typed == m_function;
    m_delete->setEnabled(matches);
    // Say why Delete stays off once something was typed (names are case-sensitive).
    m_hint->setText(typed.isEmpty() || matches
                        ? QString()
                        : tr("Type %1 exactly as it is written to enable Delete.").arg(m_function));
    m_hint->setVisible(!m_hint->text().isEmpty());
}

} // namespace lambdesk
