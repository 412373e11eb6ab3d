#include "blueprintfiltermodel.h"

#include "blueprintlistmodel.h"

namespace lambdesk {

BlueprintFilterModel::BlueprintFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Availability changes with the runtime (dataChanged), so filtering must follow it.
    setDynamicSortFilter(true);
    sort(0); // by rank (lessThan): the teaching order until something is searched
}

void BlueprintFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidate(); // filter and rank again
}

void BlueprintFilterModel::setOnlyAvailable(bool only)
{
    if (only == m_onlyAvailable)
        return;
    m_onlyAvailable = only;
    invalidateFilter();
}

bool BlueprintFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyAvailable && !index.data(BlueprintListModel::AvailableRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    // Every word must appear somewhere ("sqs batch" finds the SQS batch processor).
    const QString text = index.data(BlueprintListModel::SearchTextRole).toString();
    const QStringList words = m_search.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&text](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
}

int BlueprintFilterModel::rank(const QModelIndex &sourceIndex) const
{
    if (m_search.isEmpty())
        return 0;
    const QStringList words = m_search.split(u' ', Qt::SkipEmptyParts);
    const auto hasAll = [&words](const QString &text) {
        return std::all_of(words.cbegin(), words.cend(),
                           [&text](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
    };
    const auto *model = qobject_cast<const BlueprintListModel *>(sourceModel());
    const Blueprint *b = model ? model->blueprintAt(sourceIndex.row()) : nullptr;
    if (!b)
        return 2;
    if (hasAll(b->displayTitle()) || hasAll(b->title))
        return 0;
    QStringList near{b->id, b->title, b->summary, b->displayTitle(), b->displaySummary()};
    for (const Blueprint::Event &e : b->events)
        near << e.name;
    return hasAll(near.join(u' ')) ? 1 : 2;
}

bool BlueprintFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = rank(left), r = rank(right);
    return l != r ? l < r : left.row() < right.row();
}

} // namespace lambdesk
