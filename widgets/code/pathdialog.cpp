#include "pathdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lambdesk {

PathDialog::PathDialog(const QString &title, const QString &label, const QString &initial, Validator validator,
                       QWidget *parent)
    : QDialog(parent), m_validator(std::move(validator))
{
    setWindowTitle(title);
    auto *text = new QLabel(label, this);
    text->setWordWrap(true);
    m_field = new QLineEdit(initial, this);
    m_field->setMinimumWidth(420);
    text->setBuddy(m_field);
    auto *hint = new QLabel(tr("<small>Relative to the function's code folder; use / for sub-folders, e.g. "
                               "<code>lib/helpers.py</code>.</small>"),
                            this);
    hint->setTextFormat(Qt::RichText);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#d13212"));
    // Room for a two-line message from the start: the dialog must not jump while typing.
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 2 + 4);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_field);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QLineEdit::textChanged, this, &PathDialog::revalidate);

    // Select the name without its extension, as file managers do, so typing renames it.
    const qsizetype slash = initial.lastIndexOf(u'/');
    const QString name = initial.mid(slash + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    m_field->setSelection(int(slash + 1), int(dot > 0 ? dot : name.size()));
    revalidate();
}

QString PathDialog::path() const
{
    return m_field->text().trimmed();
}

QString PathDialog::errorText() const
{
    return m_error->text();
}

bool PathDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void PathDialog::revalidate()
{
    const std::optional<QString> problem = m_validator ? m_validator(path()) : std::nullopt;
    // An empty field is not an error to shout about yet, just not acceptable.
    m_error->setText(problem && !path().isEmpty() ? *problem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!problem);
}

} // namespace lambdesk
