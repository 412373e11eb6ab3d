#pragma once

#include <QSortFilterProxyModel>

namespace lambdesk {

// Filters the blueprint list by a search text (title, summary, description, events) and,
// optionally, to the blueprints that come in the chosen runtime's language.
class BlueprintFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit BlueprintFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setOnlyAvailable(bool only);
    bool onlyAvailable() const { return m_onlyAvailable; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_onlyAvailable = false;
};

} // namespace lambdesk
