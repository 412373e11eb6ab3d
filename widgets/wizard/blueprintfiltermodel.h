#pragma once

#include <QSortFilterProxyModel>

namespace lambdesk {

// Filters the blueprint list by a search text (title, summary, description, events) and,
// optionally, to the blueprints that come in the chosen runtime's language. A search ranks the
// blueprints whose title has every word first, then those whose summary (or id, or an event's
// name) does, then the rest; within a rank, and without a search, the teaching order stays.
class BlueprintFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit BlueprintFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setOnlyAvailable(bool only);
    bool onlyAvailable() const { return m_onlyAvailable; }

    // 0: every word of the search is in the title; 1: in the summary, id or events; 2: elsewhere.
    int rank(const QModelIndex &sourceIndex) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    bool m_onlyAvailable = false;
};

} // namespace lambdesk
