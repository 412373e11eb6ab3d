#include "logfilterproxy.h"

#include "logs/logmodel.h"

namespace lambdesk {

LogFilterProxy::LogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{}

void LogFilterProxy::setFunction(const QString &name)
{
    if (name == m_function)
        return;
    m_function = name;
    invalidateRowsFilter();
}

void LogFilterProxy::setRequestId(const QString &requestId)
{
    if (requestId == m_requestId)
        return;
    m_requestId = requestId;
    invalidateRowsFilter();
}

void LogFilterProxy::setMinimumLevel(loglevel::Level level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateRowsFilter();
}

void LogFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool LogFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex idx = sourceModel()->index(row, LogModel::MessageColumn, parent);
    if (!m_function.isEmpty() && idx.data(LogModel::FunctionRole).toString() != m_function)
        return false;
    const QString request = idx.data(LogModel::RequestIdRole).toString();
    if (!m_requestId.isEmpty() && request != m_requestId)
        return false;
    if (m_level != loglevel::Level::None && idx.data(LogModel::LevelRole).toInt() < int(m_level))
        return false;
    if (m_text.isEmpty())
        return true;
    return idx.data(LogModel::LineTextRole).toString().contains(m_text, Qt::CaseInsensitive)
        || request.startsWith(m_text, Qt::CaseInsensitive);
}

} // namespace lambdesk
