#include "environmenteditor.h"

#include "common/explainpopup.h"
#include "common/theme.h"
#include "environmentmodel.h"
#include "model/validation.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lambdesk {

EnvironmentEditor::EnvironmentEditor(QWidget *parent) : QWidget(parent), m_model(new EnvironmentModel(this))
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("environmentTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(EnvironmentModel::KeyColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(EnvironmentModel::KeyColumn, 240);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(150);
    m_table->setAccessibleName(tr("Environment variables"));

    m_empty = new QLabel(tr("No environment variables. Your code reads them with <tt>os.environ</tt> (Python) "
                            "or <tt>process.env</tt> (Node.js)."),
                         this);
    m_empty->setWordWrap(true);

    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add environment variable"), this);
    m_remove = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Remove"), this);
    m_remove->setToolTip(tr("Remove the selected variables"));
    m_gauge = new QProgressBar(this);
    m_gauge->setObjectName(QStringLiteral("environmentGauge"));
    m_gauge->setRange(0, validation::kMaxEnvironmentBytes);
    m_gauge->setMinimumWidth(m_gauge->fontMetrics().horizontalAdvance(QStringLiteral("0000 of 4096 bytes")) + 40);
    m_gauge->setMaximumWidth(320);
    m_gauge->setAlignment(Qt::AlignCenter);
    m_gauge->setToolTip(tr("Keys and values together may take at most 4 KB (4096 bytes, counted as UTF-8), "
                           "as on AWS."));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addStretch(1);
    m_sizeLabel = new QLabel(tr("Size:"), this);
    bar->addWidget(explain::explained(m_sizeLabel, QStringLiteral("config.environment")));
    bar->addWidget(m_gauge);

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("environmentErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *hint = new QLabel(
        tr("Keys start with a letter and contain only letters, digits and underscores. "
           "Keys Lambda sets itself (AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, _HANDLER, …) are reserved. "
           "Values are always strings."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(bar);
    layout->addWidget(m_errors);
    layout->addWidget(hint);

    connect(m_add, &QPushButton::clicked, this, &EnvironmentEditor::addVariable);
    connect(m_remove, &QPushButton::clicked, this, &EnvironmentEditor::removeSelected);
    connect(m_model, &EnvironmentModel::contentsChanged, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnvironmentEditor::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EnvironmentEditor::refresh);
    setEditing(false);
}

void EnvironmentEditor::setEditing(bool editing)
{
    m_editing = editing;
    m_model->setEditable(editing);
    m_table->setEditTriggers(editing ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_add->setVisible(editing);
    m_remove->setVisible(editing);
    refresh();
}

void EnvironmentEditor::addVariable()
{
    if (!m_editing)
        return;
    const int row = m_model->addVariable();
    const QModelIndex key = m_model->index(row, EnvironmentModel::KeyColumn);
    m_table->setCurrentIndex(key);
    m_table->edit(key);
}

void EnvironmentEditor::removeSelected()
{
    if (!m_editing)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_model->removeRow(row);
}

void EnvironmentEditor::refresh()
{
    const int rows = m_model->rowCount();
    m_table->setVisible(rows > 0 || m_editing);
    m_empty->setVisible(rows == 0 && !m_editing);
    // An empty table in view mode needs no budget.
    m_gauge->setVisible(rows > 0 || m_editing);
    m_sizeLabel->setVisible(rows > 0 || m_editing);
    m_remove->setEnabled(m_table->selectionModel()->hasSelection() || m_table->currentIndex().isValid());

    const int size = m_model->byteSize();
    const bool over = size > validation::kMaxEnvironmentBytes;
    m_gauge->setValue(qMin(size, validation::kMaxEnvironmentBytes));
    m_gauge->setFormat(tr("%1 of 4096 bytes").arg(size));
    // The chunk turns amber near the budget and red past it, in shades of the theme shown now
    // (changeEvent sets them again on a new theme) under which the palette's text stays readable.
    const Theme::Tone tone = over ? Theme::Tone::Error : size > 3500 ? Theme::Tone::Warning : Theme::Tone::Success;
    m_gauge->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px; "
                                          "background: palette(base); color: palette(text); text-align: center; "
                                          "min-height: 18px; } QProgressBar::chunk { background: %1; }")
                               .arg(Theme::toneColors(tone, palette()).fill.name()));
    const QStringList errors = m_model->errors();
    m_errors->setText(errors.join(u'\n'));
    m_errors->setVisible(!errors.isEmpty());
}

void EnvironmentEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_errors)
        refresh();
}

} // namespace lambdesk
