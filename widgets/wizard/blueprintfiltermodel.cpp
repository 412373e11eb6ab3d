#include "blueprintfiltermodel.h"

#include "blueprintlistmodel.h"

namespace lambdesk {

BlueprintFilterModel::BlueprintFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Availability changes with the runtime (dataChanged), so filtering must follow it.
    setDynamicSortFilter(true);
}

void BlueprintFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
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

} // namespace lambdesk
