#include "logview.h"

#include "logmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace lambdesk {

namespace {
// Filters on function (exact) and on text anywhere in the line.
class LogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString function;
    QString text;
    void refresh() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex idx = sourceModel()->index(row, LogModel::MessageColumn, parent);
        if (!function.isEmpty() && idx.data(LogModel::FunctionRole).toString() != function)
            return false;
        if (text.isEmpty())
            return true;
        return idx.data(Qt::DisplayRole).toString().contains(text, Qt::CaseInsensitive)
            || idx.data(LogModel::RequestIdRole).toString().startsWith(text, Qt::CaseInsensitive);
    }
};
} // namespace

LogView::LogView(LogModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *filter = new LogFilter(this);
    filter->setSourceModel(model);
    m_proxy = filter;

    m_scope = new QComboBox(this);
    m_scope->addItems({tr("Selected function"), tr("All functions")});
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by text or request id"));
    m_filter->setClearButtonEnabled(true);
    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setChecked(true);
    auto *clear = new QPushButton(tr("Clear"), this);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setColumnWidth(LogModel::TimeColumn, 100);
    m_table->setColumnWidth(LogModel::FunctionColumn, 130);
    m_table->setColumnWidth(LogModel::RequestColumn, 80);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scope);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_follow);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &LogView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, &LogView::applyFilter);
    connect(clear, &QPushButton::clicked, m_model, &LogModel::clear);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            QTimer::singleShot(0, m_table, &QTableView::scrollToBottom);
    });
}

void LogView::setSelectedFunction(const QString &name)
{
    m_selected = name;
    applyFilter();
}

void LogView::applyFilter()
{
    auto *filter = static_cast<LogFilter *>(m_proxy);
    filter->function = m_scope->currentIndex() == 0 ? m_selected : QString();
    filter->text = m_filter->text();
    filter->refresh();
    if (m_follow->isChecked())
        m_table->scrollToBottom();
}

int LogView::visibleRows() const
{
    return m_proxy->rowCount();
}

} // namespace lambdesk
