#include "eventform.h"

#include "model/validation.h"
#include "test/savedeventcombo.h"
#include "test/templatepicker.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace lambdesk {

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, QColor(0xd1, 0x32, 0x12));
    l->setPalette(p);
    l->hide();
    return l;
}

EventForm::EventForm(QWidget *parent) : QWidget(parent)
{
    m_createMode = new QRadioButton(tr("Create new event"), this);
    m_editMode = new QRadioButton(tr("Edit saved event"), this);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_createMode);
    modes->addButton(m_editMode);
    m_pickerLabel = new QLabel(this);
    m_events = new SavedEventCombo(this);
    m_templates = new TemplatePicker(this);
    m_name = new QLineEdit(this);
    m_name->setMaxLength(64); // longer than allowed, so the rule's message shows instead of silent truncation
    m_name->setPlaceholderText(tr("e.g. s3-put-photo"));
    m_name->setToolTip(
        tr("1 to %1 letters, digits, dots (.), hyphens (-) or underscores (_)").arg(validation::kMaxEventNameLength));
    m_nameError = makeErrorLabel(this);
    m_private = new QRadioButton(this);
    m_private->setToolTip(tr("Only this function sees it; a function can have %1").arg(validation::kMaxPrivateEvents));
    m_shareable = new QRadioButton(tr("Shareable"), this);
    m_shareable->setToolTip(tr("Every function of this workspace can use it"));
    auto *sharing = new QButtonGroup(this);
    sharing->addButton(m_private);
    sharing->addButton(m_shareable);
    m_private->setChecked(true);

    // Row 0: what to do (and with which saved event or template); row 1: name and sharing.
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_createMode);
    modeRow->addWidget(m_editMode);
    modeRow->addStretch(1);
    auto *pickerRow = new QHBoxLayout;
    pickerRow->addWidget(m_events, 1);
    pickerRow->addWidget(m_templates, 1);
    auto *sharingRow = new QHBoxLayout;
    sharingRow->addWidget(m_private);
    sharingRow->addWidget(m_shareable);
    sharingRow->addStretch(1);
    auto *form = new QGridLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    form->setHorizontalSpacing(10);
    form->addWidget(new QLabel(tr("Test event action"), this), 0, 0);
    form->addLayout(modeRow, 0, 1);
    form->addWidget(m_pickerLabel, 0, 2);
    form->addLayout(pickerRow, 0, 3);
    form->addWidget(new QLabel(tr("Event name"), this), 1, 0);
    form->addWidget(m_name, 1, 1);
    form->addWidget(new QLabel(tr("Event sharing"), this), 1, 2);
    form->addLayout(sharingRow, 1, 3);
    form->addWidget(m_nameError, 2, 1, 1, 3);

    connect(m_name, &QLineEdit::textChanged, this, &EventForm::changed);
    connect(m_private, &QRadioButton::toggled, this, &EventForm::changed);
    setCreating(true);
}

void EventForm::setCreating(bool creating)
{
    m_createMode->setChecked(creating);
    m_editMode->setChecked(!creating);
    m_pickerLabel->setText(creating ? tr("Template") : tr("Saved event"));
    m_events->setVisible(!creating);
    m_templates->setVisible(creating);
}

void EventForm::refresh()
{
    m_editMode->setEnabled(!m_events->isEmpty());
    m_editMode->setToolTip(m_events->isEmpty() ? tr("No saved events yet") : QString());
    m_private->setText(
        tr("Private (%1 of %2)").arg(m_events->privateNames().size()).arg(validation::kMaxPrivateEvents));
    const auto e = nameError();
    m_nameError->setText(e ? e->message : QString());
    m_nameError->setVisible(e.has_value());
}

QString EventForm::name() const
{
    return m_name->text().trimmed();
}

std::optional<Error> EventForm::nameError() const
{
    const QString n = name();
    return n.isEmpty() ? std::nullopt : validation::eventName(n);
}

bool EventForm::isShared() const
{
    return m_shareable->isChecked();
}

void EventForm::setShared(bool shared)
{
    (shared ? m_shareable : m_private)->setChecked(true);
}

} // namespace lambdesk
