#pragma once

#include "model/runtimeinfo.h"
#include "store/catalogs.h"

#include <QAbstractListModel>

namespace lambdesk {

// The blueprints in teaching order (hello world first), each enabled only when it comes in
// the language of the chosen runtime; a disabled one says which runtime it needs.
class BlueprintListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        SummaryRole,
        LanguagesRole,  // "Python · Node.js"
        AvailableRole,  // comes in the chosen runtime's language
        ReasonRole,     // why not, when not available
        SearchTextRole, // everything a search may match
    };

    explicit BlueprintListModel(QObject *parent = nullptr);
    // Tests and callers that want their own list; the default is catalogs::blueprints().
    void setBlueprints(const QList<Blueprint> &blueprints);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setFamily(RuntimeFamily family);
    RuntimeFamily family() const { return m_family; }
    const Blueprint *blueprintAt(int row) const;
    int rowOf(const QString &id) const;

    static QString familyDisplayName(RuntimeFamily family);
    static QString languages(const Blueprint &blueprint);

private:
    QList<Blueprint> m_blueprints;
    RuntimeFamily m_family = RuntimeFamily::Unknown;
};

} // namespace lambdesk
