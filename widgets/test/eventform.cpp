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
    auto *modeRow = new QWidget(this);
    auto *modeLayout = new QHBoxLayout(modeRow);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    modeLayout->addWidget(m_createMode);
    modeLayout->addWidget(m_editMode);
    modeLayout->addStretch(1);
    auto *pickerRow = new QWidget(this);
    auto *pickerLayout = new QHBoxLayout(pickerRow);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    pickerLayout->addWidget(m_events, 1);
    pickerLayout->addWidget(m_templates, 1);
    auto *sharingRow = new QWidget(this);
    auto *sharingLayout = new QHBoxLayout(sharingRow);
    sharingLayout->setContentsMargins(0, 0, 0, 0);
    sharingLayout->addWidget(m_private);
    sharingLayout->addWidget(m_shareable);
    sharingLayout->addStretch(1);
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
    m_cells = {new QLabel(tr("Test event action"), this),
               modeRow,
               m_pickerLabel,
               pickerRow,
               new QLabel(tr("Event name"), this),
               m_name,
               new QLabel(tr("Event sharing"), this),
               sharingRow,
               m_nameError};
    arrange(false);

    connect(m_name, &QLineEdit::textChanged, this, &EventForm::changed);
    connect(m_private, &QRadioButton::toggled, this, &EventForm::changed);
    setCreating(true);
}

void EventForm::arrange(bool stacked)
{
    m_stacked = stacked;
    for (QWidget *cell : std::as_const(m_cells))
        m_grid->removeWidget(cell);
    // Pairs 0 and 1 (action, picker) and 2 and 3 (name, sharing) side by side, or one a row.
    for (int pair = 0; pair < 4; ++pair) {
        const int row = stacked ? pair : pair / 2;
        const int column = stacked ? 0 : (pair % 2) * 2;
        m_grid->addWidget(m_cells.at(pair * 2), row, column);
        m_grid->addWidget(m_cells.at(pair * 2 + 1), row, column + 1);
    }
    m_grid->addWidget(m_nameError, stacked ? 4 : 2, 1, 1, stacked ? 1 : 3);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, stacked ? 0 : 1);
}

int EventForm::leastWidth(bool stacked) const
{
    // The widest cell of each column, from the cells' own minimums (texts change: "Private (3 of 10)").
    int columns[4] = {0, 0, 0, 0};
    for (int pair = 0; pair < 4; ++pair) {
        const int column = stacked ? 0 : (pair % 2) * 2;
        for (int i = 0; i < 2; ++i) {
            const QWidget *cell = m_cells.at(pair * 2 + i);
            columns[column + i] = std::max(columns[column + i],
                                           cell->minimumSizeHint().expandedTo(cell->minimumSize()).width());
        }
    }
    const int gaps = (stacked ? 1 : 3) * m_grid->horizontalSpacing();
    return columns[0] + columns[1] + columns[2] + columns[3] + gaps;
}

QSize EventForm::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    size.setWidth(std::min(size.width(), leastWidth(true)));
    return size;
}

void EventForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool stacked = width() < leastWidth(false);
    if (stacked != m_stacked)
        arrange(stacked);
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
